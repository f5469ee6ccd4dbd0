import { Q } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { nameSpans } from '../text/highlightSegments.ts';
import { EventCard, StatementCard } from './FactCards.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { EntityChip } from './KindBadge.tsx';
import { ErrorBox, Loading } from './States.tsx';
import { plural } from '../text/plural.ts';

/** The evidence behind one connection: events, statements, co-mention sentences, roles — names highlighted. */
export function EdgePanel({
  pair,
  onOpenEntity,
  onOpenArticle,
}: {
  pair: readonly [string, string];
  onOpenEntity: (id: string) => void;
  onOpenArticle: (id: string) => void;
}) {
  const vars = { sourceId: pair[0], targetId: pair[1] };
  const evidence = useApi(Q.edgeEvidence, vars);
  if (evidence.error) return <ErrorBox error={evidence.error} onRetry={evidence.reload} />;
  if (!evidence.data) return <Loading label="Loading evidence…" />;
  const ev = evidence.data.edgeEvidence;
  const highlight = [ev.a, ev.b].map((x) => ({ id: x.id, kind: x.kind, names: [x.name, ...x.aliases] }));
  const total = ev.events.length + ev.statements.length + ev.coMentions.length + ev.roles.length;
  return (
    <div className="panel-body" data-testid="edge-panel">
      <header className="panel-head">
        <p className="eyebrow">Connection</p>
        <h2 className="pair">
          <EntityChip entity={ev.a} onOpen={onOpenEntity} /> <span className="muted">and</span>{' '}
          <EntityChip entity={ev.b} onOpen={onOpenEntity} />
        </h2>
        <p className="muted small">
          {plural(ev.events.length, 'event')} · {plural(ev.statements.length, 'statement')} ·{' '}
          {plural(ev.coMentions.length, 'shared article')} · {plural(ev.roles.length, 'role')}
        </p>
      </header>
      {total === 0 && <p className="muted">No evidence found for this pair.</p>}
      {ev.events.length > 0 && (
        <section>
          <h3>Events</h3>
          {ev.events.map((e) => (
            <EventCard
              key={e.id}
              event={e}
              highlight={highlight}
              onOpenArticle={onOpenArticle}
              onOpenEntity={onOpenEntity}
            />
          ))}
        </section>
      )}
      {ev.statements.length > 0 && (
        <section>
          <h3>Statements</h3>
          {ev.statements.map((s) => (
            <StatementCard
              key={s.id}
              statement={s}
              highlight={highlight}
              onOpenArticle={onOpenArticle}
              onOpenEntity={onOpenEntity}
            />
          ))}
        </section>
      )}
      {ev.roles.length > 0 && (
        <section>
          <h3>Roles</h3>
          <ul className="roles">
            {ev.roles.map((r, i) => (
              <li key={i}>
                <EntityChip entity={r.holder} onOpen={onOpenEntity} /> <span className="muted">{r.title}</span>{' '}
                <EntityChip entity={r.organization} onOpen={onOpenEntity} />{' '}
                <span className="muted small">{r.asOf ?? ''}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {ev.coMentions.length > 0 && (
        <section>
          <h3>Mentioned together</h3>
          {ev.coMentions.map((c) => (
            <article key={c.article.id} className="card">
              <button type="button" className="link" onClick={() => onOpenArticle(c.article.id)}>
                {c.article.title}
              </button>
              <span className="muted small">
                {' '}
                {c.article.source ?? 'unknown outlet'} · {c.article.publishedAt.slice(0, 10)}
              </span>
              {c.sentences.slice(0, 4).map((s) => (
                <blockquote key={s.start} className="evidence">
                  <p className="evidence-sentence">
                    <HighlightedText text={s.text} spans={nameSpans(s.text, highlight)} />
                  </p>
                </blockquote>
              ))}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
