import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatementItem } from '../api/queries.ts';
import { ArticleReader } from './ArticleReader.tsx';
import type { EventItem } from '../api/queries.ts';
import { EventCard, StatementCard } from './FactCards.tsx';
import { SearchBox } from './SearchBox.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const article = {
  id: 'a1',
  title: 'Mexican President Touts Progress',
  source: 'Example Times',
  url: 'https://example.org/a1',
  publishedAt: '2026-01-09T00:00:00Z',
  publishedAtPrecision: 'DAY' as const,
};
const statement = (over: Partial<StatementItem>): StatementItem => ({
  id: 's1',
  text: 'There are very compelling results',
  kind: 'DIRECT',
  verb: 'emphasized',
  date: '2026-01-09',
  datePrecision: 'DAY',
  dateText: 'Friday',
  stance: null,
  sourceCount: 1,
  speakers: [{ id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum', kind: 'PERSON' }],
  about: [{ id: 'country:MX', name: 'Mexico', kind: 'COUNTRY' }],
  evidence: [
    { sentence: '“There are very compelling results,” Sheinbaum emphasized about Mexico.', start: 0, end: 70, article },
  ],
  ...over,
});

/** Answer GraphQL POSTs from a table keyed by operation name. */
function stubApi(answers: Record<string, unknown>) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { operationName } = JSON.parse(init.body as string) as { operationName: string };
    return new Response(JSON.stringify({ data: answers[operationName] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('StatementCard', () => {
  it('tells direct quotes from reported speech and highlights speaker surname and topic', () => {
    render(<StatementCard statement={statement({})} onOpenArticle={() => undefined} />);
    expect(screen.getByText('Direct quote')).toBeTruthy();
    expect(screen.getByText('“There are very compelling results”')).toBeTruthy();
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Sheinbaum', 'Mexico']);
    cleanup();
    render(
      <StatementCard
        statement={statement({ kind: 'INDIRECT', text: 'urged more action' })}
        onOpenArticle={() => undefined}
      />,
    );
    expect(screen.getByText('Reported speech')).toBeTruthy();
    expect(screen.getByText('urged more action')).toBeTruthy();
  });

  it('copies a citation in one click', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<StatementCard statement={statement({})} onOpenArticle={() => undefined} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-citation'));
    });
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining(
        '— Claudia Sheinbaum, on 2026-01-09. Reported in “Mexican President Touts Progress”, Example Times, published 2026-01-09. https://example.org/a1',
      ),
    );
    expect(screen.getByText('Copied ✓')).toBeTruthy();
  });

  it('opens the article from its evidence', () => {
    const open = vi.fn();
    render(<StatementCard statement={statement({})} onOpenArticle={open} />);
    fireEvent.click(screen.getByText(article.title));
    expect(open).toHaveBeenCalledWith('a1');
  });
});

describe('EventCard', () => {
  const sentence = 'Trump threatened Mexico with tariffs on Monday.';
  const event = (over: Partial<EventItem>): EventItem =>
    ({
      id: 'e1',
      type: 'THREATEN',
      code: '13',
      quad: 'VERBAL_CONFLICT',
      label: 'Threaten',
      modality: 'ASSERTED',
      date: '2026-01-01',
      datePrecision: 'MONTH',
      dateText: 'in January',
      summary: sentence,
      sourceCount: 1,
      sources: [{ id: 'person:donald-trump', name: 'Donald Trump', kind: 'PERSON' }],
      targets: [{ id: 'country:MX', name: 'Mexico', kind: 'COUNTRY' }],
      evidence: [{ sentence, start: 0, end: sentence.length, article }],
      ...over,
    }) as EventItem;

  it('prints its sentence once and its date at the precision the text gave', () => {
    render(<EventCard event={event({})} onOpenArticle={() => undefined} />);
    const card = screen.getByTestId('event-card');
    expect(card.textContent.split('tariffs').length - 1).toBe(1);
    expect(screen.getByTestId('fact-date').textContent).toBe('January 2026 (“in January”)');
  });

  it('says undated instead of a day', () => {
    render(
      <EventCard
        event={event({ date: null, datePrecision: null, dateText: null, summary: 'Another summary.' })}
        onOpenArticle={() => undefined}
      />,
    );
    expect(screen.getByTestId('fact-date').textContent).toBe('undated');
    expect(screen.getByText('Another summary.')).toBeTruthy();
  });
});

describe('SearchBox', () => {
  it('autocompletes with kinds shown and picks with the keyboard', async () => {
    const fetchMock = stubApi({
      SearchEntities: {
        searchEntities: [
          {
            score: 9,
            matched: 'Sheinbaum',
            entity: { id: 'person:claudia-sheinbaum', kind: 'PERSON', name: 'Claudia Sheinbaum', articleCount: 1 },
          },
          {
            score: 2,
            matched: 'Mexico',
            entity: { id: 'country:MX', kind: 'COUNTRY', name: 'Mexico', articleCount: 1 },
          },
        ],
      },
    });
    const onPick = vi.fn();
    render(<SearchBox onPick={onPick} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'Sheinb' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toContain('Claudia Sheinbaum');
    expect(options[0]).toContain('Person');
    expect(options[1]).toContain('Country');
    const body = JSON.parse(fetchMock.mock.calls[0]![1].body as string) as { variables: { query: string } };
    expect(body.variables.query).toBe('Sheinb');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith({ id: 'country:MX', kind: 'COUNTRY', name: 'Mexico', articleCount: 1 });
  });

  it('shows the API error instead of an empty list', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: 'Search is down', extensions: { code: 'TIMEOUT' } }] }), {
            status: 200,
          }),
      ),
    );
    render(<SearchBox onPick={() => undefined} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Rubio' } });
    await waitFor(() => expect(screen.getByText('Search is down')).toBeTruthy());
  });
});

/** Answers like `Article.body`: pages of `first` chunks after a cursor (the chunk index) or from the chunk holding `at`. */
function bodyAnswer(chunks: { index: number; start: number; end: number; text: string }[]) {
  return (variables: { first?: number; after?: string | null; at?: number }) => {
    const first = variables.first ?? 20;
    const from =
      variables.at !== undefined
        ? chunks.findIndex((c) => c.end > variables.at!)
        : variables.after
          ? Number(variables.after) + 1
          : 0;
    const page = chunks.slice(from, from + first);
    return {
      article: {
        id: 'a1',
        body: {
          chunks: page,
          totalCount: chunks.length,
          length: chunks.reduce((n, c) => n + c.text.length, 0),
          pageInfo: { hasNextPage: from + page.length < chunks.length, endCursor: String(from + page.length - 1) },
        },
      },
    };
  };
}

/** GraphQL POSTs answered by operation name, each answer computed from the request's variables. */
function stubApiWith(answers: Record<string, (variables: never) => unknown>) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { operationName, variables } = JSON.parse(init.body as string) as { operationName: string; variables: never };
    return new Response(JSON.stringify({ data: answers[operationName]!(variables) }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const readerArticle = (over: Record<string, unknown> = {}) => ({
  article: { ...article, language: 'en', mentions: [], events: [], statements: [], comments: [], ...over },
});

describe('ArticleReader', () => {
  it('renders article text as text with mentions highlighted — markup in the article is never HTML', async () => {
    const text = 'Sheinbaum spoke. <img src=x onerror="alert(1)"><b>bold</b> Mexico.';
    stubApiWith({
      Article: () =>
        readerArticle({
          mentions: [
            {
              entity: { id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum', kind: 'PERSON' },
              spans: [{ start: 0, end: 9 }],
            },
            {
              entity: { id: 'country:MX', name: 'Mexico', kind: 'COUNTRY' },
              spans: [{ start: text.indexOf('Mexico'), end: text.indexOf('Mexico') + 6 }],
            },
          ],
          comments: [{ index: 0, text: 'Comment below.' }],
        }),
      ArticleBody: bodyAnswer([{ index: 0, start: 0, end: text.length, text }]),
    });
    render(<ArticleReader id="a1" onClose={() => undefined} onOpenEntity={() => undefined} />);
    const body = await screen.findByTestId('article-text');
    await waitFor(() => expect(body.textContent).toContain('Sheinbaum spoke.'));
    expect(body.querySelector('img, b')).toBeNull();
    expect(body.textContent).toContain('<img src=x onerror="alert(1)"><b>bold</b>');
    expect([...body.querySelectorAll('mark')].map((m) => [m.textContent, m.className])).toEqual([
      ['Sheinbaum', 'hl hl-person'],
      ['Mexico', 'hl hl-country'],
    ]);
    expect(body.textContent).not.toContain('Comment below');
    expect(screen.getByText(/^1 reader comment —/)).toBeTruthy();
  });

  it('pages the body: Show more appends the next page; Show in text opens the page holding the fact', async () => {
    // 45 paragraphs of 20 characters, one per line: pages of 20 chunks.
    const chunks = Array.from({ length: 45 }, (_, i) => {
      const text = `Paragraph ${String(i).padStart(3, '0')} text.`;
      return { index: i, start: i * 21, end: i * 21 + text.length, text };
    });
    const late = chunks[42]!;
    const fetchMock = stubApiWith({
      Article: () =>
        readerArticle({
          statements: [
            statement({
              evidence: [{ sentence: late.text, start: late.start + 10, end: late.start + 13, article }],
            }),
          ],
        }),
      ArticleBody: bodyAnswer(chunks),
    });
    // jsdom lays nothing out and has no scrollIntoView: record that the reader scrolls the sentence into view.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(<ArticleReader id="a1" onClose={() => undefined} onOpenEntity={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')).toHaveLength(20));
    fireEvent.click(screen.getByTestId('reader-more'));
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')).toHaveLength(40));
    expect(screen.getAllByTestId('article-chunk')[39]!.textContent).toBe('Paragraph 039 text.');
    expect(screen.queryByTestId('fact-focus')).toBeNull();

    fireEvent.click(screen.getByTestId('show-in-text'));
    const focus = await screen.findByTestId('fact-focus');
    // The whole sentence is marked, in the page the API was asked for by offset (`at`), not by paging up to it.
    expect(focus.textContent).toBe('Paragraph 042 text.');
    await waitFor(() => expect(scrolled).toHaveBeenCalled());
    expect(scrolled.mock.contexts.at(-1)).toBe(focus);
    const asked = fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body as string) as { variables: object });
    expect(asked.at(-1)!.variables).toMatchObject({ id: 'a1', at: late.start + 10 });
    expect(screen.getAllByTestId('article-chunk')[0]!.textContent).toBe('Paragraph 042 text.');
    fireEvent.click(screen.getByTestId('reader-from-start'));
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')[0]!.textContent).toBe('Paragraph 000 text.'));
  });

  it('scrolls its own sentence mark, not another element with the same test id elsewhere on the page', async () => {
    const chunks = Array.from({ length: 30 }, (_, i) => {
      const text = `Paragraph ${String(i).padStart(3, '0')} text.`;
      return { index: i, start: i * 21, end: i * 21 + text.length, text };
    });
    const late = chunks[25]!;
    stubApiWith({
      Article: () =>
        readerArticle({
          statements: [
            statement({ evidence: [{ sentence: late.text, start: late.start + 10, end: late.start + 13, article }] }),
          ],
        }),
      ArticleBody: bodyAnswer(chunks),
    });
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    // Another view's mark that happens to carry the same test id, earlier in the document than the reader's.
    render(
      <>
        <mark data-testid="fact-focus">elsewhere</mark>
        <ArticleReader id="a1" onClose={() => undefined} onOpenEntity={() => undefined} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')).toHaveLength(20));
    fireEvent.click(screen.getByTestId('show-in-text'));
    const own = await waitFor(() => {
      const mark = screen.getByTestId('article-text').querySelector('mark.fact-focus');
      expect(mark).not.toBeNull();
      return mark;
    });
    await waitFor(() => expect(scrolled).toHaveBeenCalled());
    expect(scrolled.mock.contexts.at(-1)).toBe(own);
  });

  it('a jump (Show in text, From the beginning) is not dropped while a next page is still loading', async () => {
    const chunks = Array.from({ length: 45 }, (_, i) => {
      const text = `Paragraph ${String(i).padStart(3, '0')} text.`;
      return { index: i, start: i * 21, end: i * 21 + text.length, text };
    });
    const late = chunks[22]!; // its page (22–41) has a next page and earlier paragraphs
    const answers = {
      Article: () =>
        readerArticle({
          statements: [
            statement({ evidence: [{ sentence: late.text, start: late.start + 10, end: late.start + 13, article }] }),
          ],
        }),
      ArticleBody: bodyAnswer(chunks),
    };
    // Next pages (`after`) never answer until aborted: the reader is busy when the user jumps.
    const aborted = vi.fn();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const { operationName, variables } = JSON.parse(init.body as string) as {
          operationName: keyof typeof answers;
          variables: { after?: string | null };
        };
        if (operationName === 'ArticleBody' && variables.after)
          return new Promise<Response>((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => {
              aborted();
              reject(new DOMException('aborted', 'AbortError'));
            });
          });
        return new Response(JSON.stringify({ data: answers[operationName](variables) }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    Element.prototype.scrollIntoView = vi.fn();
    render(<ArticleReader id="a1" onClose={() => undefined} onOpenEntity={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')).toHaveLength(20));
    fireEvent.click(screen.getByTestId('reader-more'));
    fireEvent.click(screen.getByTestId('show-in-text'));
    expect((await screen.findByTestId('fact-focus')).textContent).toBe('Paragraph 022 text.');
    expect(aborted).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('reader-more'));
    fireEvent.click(screen.getByTestId('reader-from-start'));
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')[0]!.textContent).toBe('Paragraph 000 text.'));
    expect(aborted).toHaveBeenCalledTimes(2);
  });

  it('From the beginning stays there while the fact is selected; Show in text again jumps back', async () => {
    const chunks = Array.from({ length: 45 }, (_, i) => {
      const text = `Paragraph ${String(i).padStart(3, '0')} text.`;
      return { index: i, start: i * 21, end: i * 21 + text.length, text };
    });
    const late = chunks[42]!;
    const fetchMock = stubApiWith({
      Article: () =>
        readerArticle({
          statements: [
            statement({ evidence: [{ sentence: late.text, start: late.start + 10, end: late.start + 13, article }] }),
          ],
        }),
      ArticleBody: bodyAnswer(chunks),
    });
    const bodyCalls = () =>
      fetchMock.mock.calls
        .map(([, init]) => JSON.parse(init.body as string) as { operationName: string; variables: { at?: number } })
        .filter((c) => c.operationName === 'ArticleBody');
    const firstShown = () => screen.getAllByTestId('article-chunk')[0]!.textContent;
    const settled = () =>
      waitFor(() => expect(screen.queryByTestId('reader-paging')?.textContent ?? '').not.toContain('loading'));
    Element.prototype.scrollIntoView = vi.fn();
    render(<ArticleReader id="a1" onClose={() => undefined} onOpenEntity={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')).toHaveLength(20));
    fireEvent.click(screen.getByTestId('show-in-text'));
    await screen.findByTestId('fact-focus');
    fireEvent.click(screen.getByTestId('reader-from-start'));
    await waitFor(() => expect(firstShown()).toBe('Paragraph 000 text.'));
    await settled();
    const afterFromStart = bodyCalls().length;
    // Let every effect and answer run out: nothing takes the reader back to the fact's page on its own.
    await new Promise((r) => setTimeout(r, 50));
    await settled();
    expect(bodyCalls()).toHaveLength(afterFromStart);
    expect(firstShown()).toBe('Paragraph 000 text.');
    // The user asks again for the same fact: it jumps again.
    fireEvent.click(screen.getByTestId('show-in-text'));
    expect((await screen.findByTestId('fact-focus')).textContent).toBe('Paragraph 042 text.');
    expect(bodyCalls().at(-1)!.variables.at).toBe(late.start + 10);
  });

  it('Show in text for an offset no paragraph holds keeps the text that is shown', async () => {
    const chunks = Array.from({ length: 25 }, (_, i) => {
      const text = `Paragraph ${String(i).padStart(3, '0')} text.`;
      return { index: i, start: i * 21, end: i * 21 + text.length, text };
    });
    const past = chunks[24]!.end + 100;
    const fetchMock = stubApiWith({
      Article: () =>
        readerArticle({
          statements: [statement({ evidence: [{ sentence: 'Gone.', start: past, end: past + 5, article }] })],
        }),
      ArticleBody: bodyAnswer(chunks),
    });
    Element.prototype.scrollIntoView = vi.fn();
    render(<ArticleReader id="a1" onClose={() => undefined} onOpenEntity={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('article-chunk')).toHaveLength(20));
    fireEvent.click(screen.getByTestId('show-in-text'));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([, init]) => (JSON.parse(init.body as string) as { variables: { at?: number } }).variables.at === past,
        ),
      ).toBe(true),
    );
    await waitFor(() => expect(screen.queryByTestId('reader-paging')?.textContent ?? '').not.toContain('loading'));
    expect(screen.getAllByTestId('article-chunk')).toHaveLength(20);
    expect(screen.getAllByTestId('article-chunk')[0]!.textContent).toBe('Paragraph 000 text.');
  });
});
