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
