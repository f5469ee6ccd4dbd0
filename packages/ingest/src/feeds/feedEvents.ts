import type { PollFeedResult } from './pollFeedResult.ts';

// In-process notice that the subscriptions changed (a feed added, a poll asked for), so the running scheduler looks
// at its due list now instead of at its next timer. Other processes (the CLI) are seen at the scheduler's next look.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onFeedsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function feedsChanged(): void {
  for (const listener of listeners) listener();
}

// Each finished poll (the scheduler's, a "poll now" or a CLI poll in this process), for whoever counts them — the
// API's /metrics. A listener that throws does not fail the poll.
type PollListener = (result: PollFeedResult) => void;
const pollListeners = new Set<PollListener>();

export function onFeedPolled(listener: PollListener): () => void {
  pollListeners.add(listener);
  return () => pollListeners.delete(listener);
}

export function feedPolled(result: PollFeedResult): void {
  for (const listener of pollListeners) {
    try {
      listener(result);
    } catch {
      // counting is not the poll's business
    }
  }
}
