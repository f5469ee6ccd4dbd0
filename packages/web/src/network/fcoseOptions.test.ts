import { describe, expect, it } from 'vitest';
import { firstLoadSettings, type FcoseSettings } from './fcoseOptions.ts';

const base: FcoseSettings = { quality: 'default', randomize: true, idealEdgeLength: 40, numIter: 2500 };

describe('firstLoadSettings', () => {
  it("keeps fcose's own run where it fits the budget (small networks)", () => {
    expect(firstLoadSettings(200, 300, base)).toEqual(base);
  });

  it('bounds CoSE by iterations × (nodes + edges) on large first loads, never below 200 iterations', () => {
    expect(firstLoadSettings(1000, 3586, base)).toEqual({ ...base, maxIterations: 300 });
    expect(firstLoadSettings(500, 3000, base).maxIterations).toBe(Math.round((300 * 4586) / 3500));
    expect(firstLoadSettings(2000, 7287, base).maxIterations).toBe(200);
    expect(firstLoadSettings(3200, 57342, base).maxIterations).toBe(200);
  });
});
