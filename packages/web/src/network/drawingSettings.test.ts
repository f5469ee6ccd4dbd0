import { describe, expect, it, vi } from 'vitest';
import { LARGE_EDGES_KEY, largeThresholdSetting } from './drawingSettings.ts';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === LARGE_EDGES_KEY ? value : null) });

describe('largeThresholdSetting', () => {
  it('reads a whole number of edges, undefined when unset', () => {
    expect(largeThresholdSetting(storage('0'))).toBe(0);
    expect(largeThresholdSetting(storage(' 250 '))).toBe(250);
    expect(largeThresholdSetting(storage(null))).toBeUndefined();
    expect(largeThresholdSetting(undefined)).toBeUndefined();
  });

  it('ignores anything else, with a warning naming the setting', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of ['-1', '1.5', 'many', '', '1e3', '9999999999'])
      expect(largeThresholdSetting(storage(bad))).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(6);
    expect(String(warn.mock.calls[0]![0])).toContain(LARGE_EDGES_KEY);
    warn.mockRestore();
  });
});
