import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { ingestPaths, renameEntity, type IngestWarning } from '@newsgraph/ingest';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';
import { gql, startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';
import { generateXssPayloads } from '../support/xssPayloads.ts';
import { openXssWatchedPage } from '../support/xssWatchedPage.ts';

// The permanent XSS suite (issue 12 §5): ≥ 1 000 generated payloads written through the normal ingest path (JSONL
// titles, sources, URLs, quoted statements and body text) and curation (entity names; each rename keeps the old
// name as an alias), then every panel of the page opened in real Chromium with a sentinel (`window.__xss`) and a
// dialog listener. Zero executions allowed; the test also counts how many payloads the page really showed as text,
// so a view that silently stopped rendering them cannot pass as "safe".
// The Add articles panel, whose strings come from uploads and feeds rather than the graph, has its cases in
// tests/web/add-articles-xss.test.ts (same payloads).

const PAYLOADS = generateXssPayloads();
const PER_ARTICLE = 100;
const RENAMED_ENTITIES = 6;
const RENAMES_PER_ENTITY = 40;
const isLinkPayload = (p: string) => /^\s*(?:[a-z&#;0-9][a-z\t&#;0-9]*:|\/\/)/i.test(p);

const PEOPLE = ['Elena Varga', 'Maria Lopez', 'Carlos Ruiz', 'Anna Novak'];

/** One article per chunk of payloads: in its title, its outlet, its quotes and its sentences. */
function corpusLines(): { lines: string[]; linkAttempts: number } {
  const lines: string[] = [];
  for (let k = 0; k * PER_ARTICLE < PAYLOADS.length; k++) {
    const chunk = PAYLOADS.slice(k * PER_ARTICLE, (k + 1) * PER_ARTICLE);
    const sentences: string[] = [];
    chunk.forEach((p, i) => {
      const speaker = PEOPLE[i % PEOPLE.length]!;
      sentences.push(`“${p}”, ${speaker} said on Monday.`);
      if (i % 10 === 0)
        sentences.push(`${speaker} met ${PEOPLE[(i + 1) % PEOPLE.length]} in Brazil to discuss trade with Mexico.`);
    });
    lines.push(
      JSON.stringify({
        title: chunk.join(' | '),
        source: chunk.slice(0, 25).join(' '),
        url: `https://xss.example/a${k}?q=${encodeURIComponent(chunk[0]!)}`,
        publishedAt: `2026-01-${String(5 + (k % 20)).padStart(2, '0')}`,
        text: sentences.join('\n'),
      }),
    );
  }
  // Link payloads as the article URL itself: ingest must drop them (warned), so none is stored or linked.
  const links = PAYLOADS.filter(isLinkPayload);
  links.forEach((p, i) =>
    lines.push(
      JSON.stringify({
        title: `Link note ${i}`,
        source: p,
        url: p,
        publishedAt: '2026-01-06',
        text: `Link note ${i} was filed.`,
      }),
    ),
  );
  return { lines, linkAttempts: links.length };
}

interface ViewReport {
  view: string;
  shown: number;
}

describe('XSS payloads in every panel (browser, real stack)', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const warnings: IngestWarning[] = [];
  let linkAttempts = 0;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const seen = new Set<string>();
  const reports: ViewReport[] = [];
  let entityIds: string[] = [];
  const articleIds: string[] = [];
  const started = Date.now();

  beforeAll(async () => {
    graph = await freshTestGraph();
    const dir = mkdtempSync(join(tmpdir(), 'ng-xss-'));
    const corpus = corpusLines();
    linkAttempts = corpus.linkAttempts;
    writeFileSync(join(dir, 'payloads.jsonl'), `${corpus.lines.join('\n')}\n`);
    const summary = await ingestPaths(graph, [dir], { workers: 0, onWarning: (w) => warnings.push(w) });
    if (summary.articles.failed > 0)
      throw new Error(
        `payload ingest failed: ${summary.errors
          .slice(0, 3)
          .map((e) => e.message)
          .join('; ')}`,
      );
    // This suite measures what runs, not limits: the deadline is generous (shared, slow machine) and the cost limit
    // high (the edge between the two busiest entities carries hundreds of payload facts, over the default 25 000).
    // NEWSGRAPH_XSS_WEB_DIST serves another build of the page (how the suite was seen red: a build whose
    // HighlightedText renders HTML); by default the page as shipped, built from the sources.
    const webDist = process.env.NEWSGRAPH_XSS_WEB_DIST;
    server = await startTestServer({
      graph,
      config: { queryTimeoutMs: 60_000, maxCost: 1_000_000, ...(webDist ? { webDist } : {}) },
    });

    // Entity names and aliases: the most-mentioned entities renamed through curation, one payload after another.
    const top = await gql<{ entities: { edges: { node: { id: string } }[] } }>(
      server.graphqlUrl,
      `{ entities(orderBy: ARTICLE_COUNT_DESC, first: ${RENAMED_ENTITIES}) { edges { node { id } } } }`,
    );
    entityIds = top.data!.entities.edges.map((e) => e.node.id);
    let next = 0;
    for (const id of entityIds)
      for (let r = 0; r < RENAMES_PER_ENTITY; r++) await renameEntity(graph, id, PAYLOADS[next++ % PAYLOADS.length]!);
    type ArticlePage = {
      articles: {
        edges: { node: { id: string; title: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    for (let after: string | null = null; ;) {
      const res: Awaited<ReturnType<typeof gql<ArticlePage>>> = await gql<ArticlePage>(
        server.graphqlUrl,
        'query($after: String) { articles(first: 50, after: $after) { edges { node { id title } } pageInfo { endCursor hasNextPage } } }',
        { after },
      );
      articleIds.push(
        ...res.data!.articles.edges.filter((e) => !e.node.title.startsWith('Link note')).map((e) => e.node.id),
      );
      if (!res.data!.articles.pageInfo.hasNextPage) break;
      after = res.data!.articles.pageInfo.endCursor;
    }

    if (!webDist) await buildWeb();
    browser = await launchChromium();
    page = await openXssWatchedPage(browser, { width: 1400, height: 900 }, dialogs, pageErrors);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  /** Opens a view, lets handlers (onerror, onload, timers) fire, then reads the sentinel and what was shown. */
  async function visit(view: string, ready: string, act?: () => Promise<void>): Promise<void> {
    await page.goto(`${server.url}/${view}`);
    try {
      await page.locator(ready).first().waitFor({ timeout: 120_000 });
    } catch (cause) {
      const body = await page.evaluate(() => document.body.innerText.slice(0, 600));
      throw new Error(
        `${view}: ${ready} never appeared (${(cause as Error).message.split('\n')[0]}); page errors: ${pageErrors.slice(-3).join(' | ')}; page: ${body}`,
        { cause },
      );
    }
    if (act) await act();
    await page.waitForTimeout(400);
    const { sentinel, text } = await page.evaluate(() => ({
      sentinel: (window as unknown as { __xss?: unknown }).__xss,
      text: document.body.innerText,
    }));
    expect(sentinel, `sentinel set in ${view}`).toBeUndefined();
    let shown = 0;
    for (const p of PAYLOADS) {
      if (!text.includes(p.trim())) continue;
      shown += 1;
      seen.add(p);
    }
    reports.push({ view, shown });
  }

  it('runs none of them anywhere', async () => {
    const [a, b] = entityIds;
    await visit('', '[data-testid="network-canvas"]');
    await visit('', '[data-testid="search"] input', async () => {
      await page.locator('[data-testid="search"] input').first().fill('alert');
      await page.waitForTimeout(800);
    });
    for (const id of entityIds) await visit(`?sel=${encodeURIComponent(id)}`, '[data-testid="entity-panel"]');
    await visit(`?sel=${encodeURIComponent(a!)},${encodeURIComponent(b!)}`, '[data-testid="path-panel"]');
    await visit(`?edge=${encodeURIComponent(a!)},${encodeURIComponent(b!)}`, '[data-testid="edge-panel"]');
    for (const id of entityIds.slice(0, 3))
      await visit(`?view=statements&speaker=${encodeURIComponent(id)}`, '[data-testid="statement-history"]');
    await visit(`?view=dyad&dyad=${encodeURIComponent(a!)},${encodeURIComponent(b!)}`, '[data-testid="dyad-view"]');
    for (const id of articleIds) await visit(`?article=${encodeURIComponent(id)}`, '[data-testid="article-text"]');

    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `xss suite: ${PAYLOADS.length} payloads, ${reports.length} views, ${seen.size} shown as text somewhere, ` +
        `${dialogs.length} dialogs, ${linkAttempts} link payloads → ${warnings.filter((w) => /url|scheme|protocol/.test(w.message)).length} dropped with a warning, ${seconds} s\n` +
        reports.map((r) => `  ${r.view || '/'}: ${r.shown}`).join('\n') +
        (pageErrors.length ? `\npage errors: ${[...new Set(pageErrors)].slice(0, 5).join(' | ')}` : ''),
    );
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(1000);
    expect(dialogs).toEqual([]);
    // Every link payload was refused at ingest (none stored, none linked) …
    expect(warnings.filter((w) => /url|scheme|protocol/.test(w.message)).length).toBeGreaterThanOrEqual(linkAttempts);
    // … and the page really showed the payloads as text: a view that stopped rendering them would hide a hole.
    expect(seen.size / PAYLOADS.length).toBeGreaterThan(0.9);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.filter((h) => !/^(?:https?:\/\/|[/?#])/i.test(h))).toEqual([]);
  }, 900_000);
});
