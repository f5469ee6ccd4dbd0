import { useState } from 'react';
import type { EventItem, EvidenceItem, StatementItem } from '../api/queries.ts';
import { formatCitation } from '../export/citation.ts';
import { publishedLabel, safeHref } from '../text/articleLinks.ts';
import { factDateLabel } from '../text/factDate.ts';
import { nameSpans } from '../text/highlightSegments.ts';
import { plural } from '../text/plural.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { EntityChip } from './KindBadge.tsx';

export interface Highlightable {
  id: string;
  kind?: string;
  names: readonly string[];
}

const COOPERATION = new Set(['VERBAL_COOPERATION', 'MATERIAL_COOPERATION']);

/** Names to highlight for an entity: its name and, for people, the surname articles use on second mention. */
function namesOf(e: { id: string; name: string; kind: string }): Highlightable {
  const surname = e.kind === 'PERSON' ? e.name.split(/\s+/).slice(-1)[0] : undefined;
  return { id: e.id, kind: e.kind, names: surname && surname !== e.name ? [e.name, surname] : [e.name] };
}

function Evidence({
  evidence,
  highlight,
  onOpenArticle,
}: {
  evidence: EvidenceItem;
  highlight: readonly Highlightable[];
  onOpenArticle: (id: string) => void;
}) {
  return (
    <blockquote className="evidence">
      <p className="evidence-sentence">
        <HighlightedText text={evidence.sentence} spans={nameSpans(evidence.sentence, highlight)} />
      </p>
      <footer>
        <button type="button" className="link" onClick={() => onOpenArticle(evidence.article.id)}>
          {evidence.article.title}
        </button>
        <span className="muted">
          {' · '}
          {evidence.article.source ?? 'unknown outlet'} · published{' '}
          {publishedLabel(evidence.article.publishedAt, evidence.article.publishedAtPrecision)}
        </span>
        {safeHref(evidence.article.url) && (
          <>
            {' · '}
            <a href={safeHref(evidence.article.url)!} target="_blank" rel="noreferrer noopener">
              source ↗
            </a>
          </>
        )}
      </footer>
    </blockquote>
  );
}

/** The summary is the event's sentence (ingest writes it so): print it once, in the evidence below, not twice. */
function repeatsEvidence(summary: string, evidence: readonly EvidenceItem[]): boolean {
  const norm = (t: string) => t.replace(/…$/, '').replace(/\s+/g, ' ').trim();
  const s = norm(summary);
  return evidence.slice(0, 3).some((ev) => norm(ev.sentence).startsWith(s) || s.startsWith(norm(ev.sentence)));
}

/** The fact's own date at its precision; an undated fact says so (and is placed at its publication date elsewhere). */
function FactDate({
  date,
  precision,
  text,
}: {
  date: string | null | undefined;
  precision: string | null | undefined;
  text: string | null | undefined;
}) {
  return (
    <span
      className={`fact-date${date ? '' : ' undated'}`}
      data-testid="fact-date"
      title={date ? undefined : 'The text gives no date; the map places it at its publication date'}
    >
      {factDateLabel(date, precision)}
      {text ? ` (“${text}”)` : ''}
    </span>
  );
}

export function EventCard({
  event,
  highlight = [],
  onOpenArticle,
  onOpenEntity,
}: {
  event: EventItem;
  highlight?: readonly Highlightable[];
  onOpenArticle: (id: string) => void;
  onOpenEntity?: (id: string) => void;
}) {
  const names = highlight.length ? highlight : [...event.sources, ...event.targets].map(namesOf);
  return (
    <article className="card fact" data-testid="event-card">
      <header className="fact-head">
        <span className={`pill ${COOPERATION.has(event.quad) ? 'pill-coop' : 'pill-conflict'}`}>{event.label}</span>
        {event.modality !== 'ASSERTED' && <span className="pill pill-modality">{event.modality.toLowerCase()}</span>}
        <FactDate date={event.date} precision={event.datePrecision} text={event.dateText} />
      </header>
      <div className="fact-actors">
        {event.sources.map((e) => (
          <EntityChip key={e.id} entity={e} {...(onOpenEntity ? { onOpen: onOpenEntity } : {})} />
        ))}
        <span className="arrow">→</span>
        {event.targets.map((e) => (
          <EntityChip key={e.id} entity={e} {...(onOpenEntity ? { onOpen: onOpenEntity } : {})} />
        ))}
      </div>
      {event.summary && !repeatsEvidence(event.summary, event.evidence) && (
        <p className="fact-summary">{event.summary}</p>
      )}
      {event.evidence.slice(0, 3).map((ev, i) => (
        <Evidence key={i} evidence={ev} highlight={names} onOpenArticle={onOpenArticle} />
      ))}
      {event.sourceCount > 1 && <p className="muted small">{plural(event.sourceCount, 'outlet')}</p>}
    </article>
  );
}

export function CopyCitation({ statement }: { statement: StatementItem }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="btn btn-small"
      data-testid="copy-citation"
      onClick={() => {
        navigator.clipboard.writeText(formatCitation(statement)).then(
          () => setCopied('done'),
          () => setCopied('failed'),
        );
        window.setTimeout(() => setCopied('idle'), 1800);
      }}
    >
      {copied === 'done' ? 'Copied ✓' : copied === 'failed' ? 'Copy failed' : 'Copy citation'}
    </button>
  );
}

export function StatementCard({
  statement,
  highlight = [],
  onOpenArticle,
  onOpenEntity,
}: {
  statement: StatementItem;
  highlight?: readonly Highlightable[];
  onOpenArticle: (id: string) => void;
  onOpenEntity?: (id: string) => void;
}) {
  const names = highlight.length ? highlight : [...statement.speakers, ...statement.about].map(namesOf);
  const direct = statement.kind === 'DIRECT';
  return (
    <article
      className={`card fact statement ${direct ? 'is-direct' : 'is-indirect'}`}
      data-testid="statement-card"
      data-date={statement.date ?? ''}
    >
      <header className="fact-head">
        <span className={`pill ${direct ? 'pill-direct' : 'pill-indirect'}`}>
          {direct ? 'Direct quote' : 'Reported speech'}
        </span>
        <FactDate date={statement.date} precision={statement.datePrecision} text={statement.dateText} />
        <span className="spacer" />
        <CopyCitation statement={statement} />
      </header>
      <p className={direct ? 'quote' : 'reported'}>{direct ? `“${statement.text}”` : statement.text}</p>
      <div className="fact-actors">
        {statement.speakers.map((e) => (
          <EntityChip key={e.id} entity={e} {...(onOpenEntity ? { onOpen: onOpenEntity } : {})} />
        ))}
        {statement.verb && <span className="muted">{statement.verb}</span>}
        {statement.about.length > 0 && <span className="muted">about</span>}
        {statement.about.map((e) => (
          <EntityChip key={e.id} entity={e} {...(onOpenEntity ? { onOpen: onOpenEntity } : {})} />
        ))}
      </div>
      {statement.evidence.slice(0, 2).map((ev, i) => (
        <Evidence key={i} evidence={ev} highlight={names} onOpenArticle={onOpenArticle} />
      ))}
    </article>
  );
}
