import { useEffect, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { Q, type StatementItem } from '../api/queries.ts';
import { statementsCsv } from '../export/csv.ts';
import { useApi } from '../hooks/useApi.ts';
import { downloadText } from '../export/download.ts';
import { StatementCard } from './FactCards.tsx';
import { SearchBox } from './SearchBox.tsx';
import { Empty, ErrorBox, Loading } from './States.tsx';
import { plural } from '../text/plural.ts';

type KindFilter = 'ALL' | 'DIRECT' | 'INDIRECT';

/** The journalist's view: every statement of a speaker (optionally about a topic) in date order. */
export function StatementHistory({
  speaker,
  topic,
  onSpeaker,
  onTopic,
  onOpenArticle,
  onOpenEntity,
}: {
  speaker: string | null;
  topic: string | null;
  onSpeaker: (id: string | null) => void;
  onTopic: (id: string | null) => void;
  onOpenArticle: (id: string) => void;
  onOpenEntity: (id: string) => void;
}) {
  const [kind, setKind] = useState<KindFilter>('ALL');
  const [names, setNames] = useState<Record<string, string>>({});
  const filter = speaker ? { speakerIds: [speaker], ...(topic ? { aboutIds: [topic] } : {}) } : null;
  const first = useApi(Q.statementHistory, filter ? { filter, first: 100 } : null);
  const [more, setMore] = useState<{ items: StatementItem[]; cursor: string | null; hasNext: boolean }>({
    items: [],
    cursor: null,
    hasNext: false,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => {
    const page = first.data?.statements;
    setMore({ items: [], cursor: page?.pageInfo.endCursor ?? null, hasNext: page?.pageInfo.hasNextPage ?? false });
  }, [first.data]);
  const all = [...(first.data?.statements.edges.map((e) => e.node) ?? []), ...more.items];
  const shown = all.filter((s) => kind === 'ALL' || s.kind === kind);
  const speakerName =
    names[speaker ?? ''] ?? all.flatMap((s) => s.speakers).find((x) => x.id === speaker)?.name ?? speaker;
  const topicName = names[topic ?? ''] ?? all.flatMap((s) => s.about).find((x) => x.id === topic)?.name ?? topic;
  const direct = all.filter((s) => s.kind === 'DIRECT').length;

  const loadMore = async (): Promise<void> => {
    if (!filter || !more.cursor) return;
    setLoadingMore(true);
    try {
      const page = await request(Q.statementHistory, { filter, first: 100, after: more.cursor });
      setMore((m) => ({
        items: [...m.items, ...page.statements.edges.map((e) => e.node)],
        cursor: page.statements.pageInfo.endCursor,
        hasNext: page.statements.pageInfo.hasNextPage,
      }));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="history" data-testid="statement-history">
      <header className="history-head">
        <div>
          <p className="eyebrow">Statement history</p>
          <h2>
            {speaker ? speakerName : 'Pick a speaker'}
            {topic ? <span className="muted"> about {topicName}</span> : null}
          </h2>
          {speaker && first.data && (
            <p className="muted small">
              {plural(first.data.statements.totalCount, 'statement')} · {plural(direct, 'direct quote')} ·{' '}
              {all.length - direct} reported · oldest first
            </p>
          )}
        </div>
        <div className="history-pickers">
          <label>
            <span>Speaker</span>
            <SearchBox
              testId="speaker-search"
              placeholder={speaker ? `Change speaker (${speakerName})` : 'Search a speaker…'}
              onPick={(e) => {
                setNames((n) => ({ ...n, [e.id]: e.name }));
                onSpeaker(e.id);
              }}
            />
          </label>
          <label>
            <span>Topic (optional)</span>
            <SearchBox
              testId="topic-search"
              placeholder={topic ? `About ${topicName}` : 'Any topic'}
              onPick={(e) => {
                setNames((n) => ({ ...n, [e.id]: e.name }));
                onTopic(e.id);
              }}
            />
          </label>
          {topic && (
            <button type="button" className="btn btn-small" onClick={() => onTopic(null)}>
              Clear topic
            </button>
          )}
        </div>
        <div className="history-tools">
          <div className="segmented" role="radiogroup" aria-label="Statement kind">
            {(['ALL', 'DIRECT', 'INDIRECT'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="radio"
                aria-checked={kind === k}
                className={kind === k ? 'on' : ''}
                onClick={() => setKind(k)}
              >
                {k === 'ALL' ? 'All' : k === 'DIRECT' ? 'Direct quotes' : 'Reported speech'}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="btn"
            data-testid="export-csv"
            disabled={shown.length === 0}
            onClick={() =>
              downloadText(
                `statements-${(speakerName ?? 'speaker').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`,
                statementsCsv(shown),
                'text/csv',
              )
            }
          >
            Export CSV
          </button>
        </div>
      </header>
      {!speaker && (
        <Empty>
          Search for a person to see everything they said, in date order, each statement linked to its article.
        </Empty>
      )}
      {first.error && <ErrorBox error={first.error} onRetry={first.reload} />}
      {speaker && first.loading && <Loading label="Loading statements…" />}
      {speaker && first.data && shown.length === 0 && (
        <Empty>No statements{kind !== 'ALL' ? ' of this kind' : ''}.</Empty>
      )}
      <ol className="history-list">
        {shown.map((s) => (
          <li key={s.id}>
            <StatementCard statement={s} onOpenArticle={onOpenArticle} onOpenEntity={onOpenEntity} />
          </li>
        ))}
      </ol>
      {more.hasNext && (
        <button type="button" className="btn" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
      {speaker && (
        <button type="button" className="btn btn-small history-clear" onClick={() => onSpeaker(null)}>
          Clear speaker
        </button>
      )}
    </div>
  );
}
