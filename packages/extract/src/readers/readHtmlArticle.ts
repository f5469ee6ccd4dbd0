import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from './articleInput.ts';
import { normalizePublishedAt } from './normalizeDate.ts';

const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'DT',
  'DD',
  'FIGCAPTION',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM tree with one line per block element, so sentences and paragraphs survive. */
function blockText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') return flush();
    const block = BLOCK.has(name) || name === 'DIV' || name === 'SECTION' || name === 'ARTICLE';
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

interface Queryable {
  querySelector(sel: string): { getAttribute(name: string): string | null } | null;
}

function metaContent(document: Queryable, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** HTML page → article text via Readability (scripts, navigation and styles dropped); never executes scripts. */
export function readHtmlArticle(html: string): ArticleInput {
  const { document } = parseHTML(html);
  let publishedAt: string | undefined;
  try {
    publishedAt = normalizePublishedAt(
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[itemprop="datePublished"]',
        'time[datetime]',
      ]),
    );
  } catch {
    publishedAt = undefined; // a malformed meta date is not worth failing the article for
  }
  const url = metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const source = metaContent(document, ['meta[property="og:site_name"]']);
  let title: string | undefined;
  let text = '';
  try {
    const article = new Readability(document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
      text = blockText(inner.body);
    }
    title = article?.title?.trim() || undefined;
  } catch {
    text = '';
  }
  if (!text) {
    // Readability gives up on short pages; fall back to the whole body, still without scripts.
    const fresh = parseHTML(html).document;
    text = blockText(fresh.body);
    title ??= fresh.querySelector('title')?.textContent.trim() || undefined;
  }
  const out: ArticleInput = { text };
  if (title) out.title = title;
  if (publishedAt) out.publishedAt = publishedAt;
  if (url) out.url = url;
  if (source) out.source = source;
  return out;
}
