import { useEffect, useId, useState } from 'react';
import type { EntityKind } from '../api/queries.ts';
import { Q } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { ENTITY_STYLE } from '../network/palette.ts';
import { KindIcon } from './KindBadge.tsx';

export interface PickedEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

/** Entity search with autocomplete: debounced, keyboard-navigable, each hit with its kind. */
export function SearchBox({
  onPick,
  placeholder = 'Search people, countries, organisations…',
  kinds,
  autoFocus,
  testId = 'search',
}: {
  onPick: (entity: PickedEntity) => void;
  placeholder?: string;
  kinds?: EntityKind[];
  autoFocus?: boolean;
  testId?: string;
}) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  useEffect(() => {
    const t = window.setTimeout(() => setQuery(text.trim()), 160);
    return () => window.clearTimeout(t);
  }, [text]);
  const result = useApi(Q.searchEntities, query.length >= 2 ? { query, first: 8, ...(kinds ? { kinds } : {}) } : null);
  const hits = result.data?.searchEntities ?? [];
  const pick = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    onPick(hit.entity);
    setText('');
    setOpen(false);
  };
  return (
    <div className="search" data-testid={testId}>
      <input
        type="search"
        role="combobox"
        aria-expanded={open && query.length >= 2}
        aria-controls={listId}
        aria-autocomplete="list"
        placeholder={placeholder}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') pick(active);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && query.length >= 2 && (
        <ul className="search-list" id={listId} role="listbox">
          {result.loading && hits.length === 0 && <li className="search-note">Searching…</li>}
          {result.error && <li className="search-note error">{result.error.message}</li>}
          {!result.loading && !result.error && hits.length === 0 && (
            <li className="search-note">No entity matches “{query}”.</li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.entity.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <KindIcon kind={hit.entity.kind} />
              <span className="search-name">{hit.entity.name}</span>
              {hit.matched !== hit.entity.name && <span className="search-alias">“{hit.matched}”</span>}
              <span className="search-kind">{ENTITY_STYLE[hit.entity.kind].label}</span>
              <span className="search-count">{hit.entity.articleCount} art.</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
