import { Q } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { EventCard, StatementCard } from './FactCards.tsx';
import { EntityChip, KindBadge } from './KindBadge.tsx';
import { ErrorBox, Loading } from './States.tsx';

/** One entity: who it is, roles over time, its events and statements in date order, its articles. */
export function EntityPanel({
  id,
  onOpenEntity,
  onOpenArticle,
  onStatementHistory,
  onExpand,
}: {
  id: string;
  onOpenEntity: (id: string) => void;
  onOpenArticle: (id: string) => void;
  onStatementHistory: (id: string) => void;
  onExpand: (id: string) => void;
}) {
  const { data, error, loading, reload } = useApi(Q.entityDetail, { id });
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (loading || !data) return <Loading label="Loading entity…" />;
  const e = data.entity;
  if (!e) return <ErrorBox error={new Error(`No entity with id ${id}.`)} />;
  // One timeline: events and statements interleaved by date.
  const timeline = [
    ...e.events.edges.map((x) => ({ date: x.node.date ?? '', key: x.node.id, event: x.node })),
    ...e.statements.edges.map((x) => ({ date: x.node.date ?? '', key: x.node.id, statement: x.node })),
  ].sort((a, b) => (a.date === '' ? 1 : 0) - (b.date === '' ? 1 : 0) || a.date.localeCompare(b.date)); // undated last
  return (
    <div className="panel-body" data-testid="entity-panel">
      <header className="panel-head">
        <KindBadge kind={e.kind} />
        <h2>{e.name}</h2>
        {e.aliases.length > 0 && <p className="muted small">also: {e.aliases.slice(0, 6).join(' · ')}</p>}
        {e.description && <p>{e.description}</p>}
        <dl className="facts-grid">
          <dt>Articles</dt>
          <dd>{e.articleCount}</dd>
          <dt>First seen</dt>
          <dd>{e.firstSeen?.slice(0, 10) ?? '—'}</dd>
          <dt>Last seen</dt>
          <dd>{e.lastSeen?.slice(0, 10) ?? '—'}</dd>
          <dt>Events</dt>
          <dd>{e.events.totalCount}</dd>
          <dt>Statements</dt>
          <dd>{e.statements.totalCount}</dd>
        </dl>
        <div className="btn-row">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="open-statements"
            onClick={() => onStatementHistory(e.id)}
          >
            Statement history
          </button>
          <button type="button" className="btn" onClick={() => onExpand(e.id)}>
            Expand neighbours
          </button>
        </div>
        <p className="hint">Shift-click a second entity on the map for the shortest path between them.</p>
      </header>

      <section>
        <h3>Roles over time</h3>
        {e.roles.length === 0 ? (
          <p className="muted small">No roles asserted.</p>
        ) : (
          <ol className="roles">
            {e.roles.map((r, i) => (
              <li key={i}>
                <span className="role-date">{r.asOf ?? 'undated'}</span>
                <EntityChip entity={r.holder} onOpen={onOpenEntity} /> <span className="muted">{r.title}</span>{' '}
                <EntityChip entity={r.organization} onOpen={onOpenEntity} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section>
        <h3>
          Timeline <span className="muted small">events and statements, oldest first</span>
        </h3>
        {timeline.length === 0 && <p className="muted small">Nothing dated yet.</p>}
        {timeline.map((item) =>
          'event' in item ? (
            <EventCard key={item.key} event={item.event} onOpenArticle={onOpenArticle} onOpenEntity={onOpenEntity} />
          ) : 'statement' in item ? (
            <StatementCard
              key={item.key}
              statement={item.statement}
              onOpenArticle={onOpenArticle}
              onOpenEntity={onOpenEntity}
            />
          ) : null,
        )}
      </section>

      <section>
        <h3>Articles</h3>
        <ul className="article-list">
          {e.mentions.edges.map(({ node }) => (
            <li key={node.article.id}>
              <button type="button" className="link" onClick={() => onOpenArticle(node.article.id)}>
                {node.article.title}
              </button>
              <span className="muted small">
                {' '}
                {node.article.source ?? 'unknown outlet'} · {node.article.publishedAt.slice(0, 10)} · {node.count}×
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
