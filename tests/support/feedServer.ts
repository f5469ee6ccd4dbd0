import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the test server saw: each request's path and the conditional headers it carried. */
export interface SeenRequest {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A real HTTP server on a free loopback port serving feeds and pages from a mutable route table, recording every
 * request. For the feed tests: routes are swapped during a test (a new item appears, a feed breaks).
 */
export async function startFeedServer() {
  const routes = new Map<string, Route>();
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push({ path, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
    const route = routes.get(path);
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    routes,
    seen,
    requestsTo: (path: string) => seen.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;

/**
 * A document served with an ETag and Last-Modified, answering 304 when the request's validators match — as a
 * well-behaved feed host does. `body()` is read per request so the test can change the document.
 */
export function conditional(
  contentType: string,
  body: () => string,
  lastModified = 'Wed, 25 Nov 2026 08:00:00 GMT',
): Route {
  return (req, res) => {
    const text = body();
    const etag = `"${Buffer.from(text).toString('base64url').slice(-16)}-${text.length}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified }).end(text);
  };
}

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface TestItem {
  title: string;
  link: string;
  date: string;
  /** HTML body; none → the feed reader must fetch the linked page. */
  body?: string;
}

export function rss(title: string, items: TestItem[], prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${xmlEscape(title)}</title><link>http://example.test/</link><description>t</description>
${items
  .map(
    (i) =>
      `<item><title>${xmlEscape(i.title)}</title><link>${xmlEscape(i.link)}</link><guid>${xmlEscape(i.link)}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate>${
        i.body ? `<content:encoded><![CDATA[${i.body}]]></content:encoded>` : ''
      }</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atom(title: string, items: TestItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${xmlEscape(title)}</title><id>urn:test:${encodeURIComponent(title)}</id><updated>2026-11-25T08:00:00Z</updated>
${items
  .map(
    (i) =>
      `<entry><title>${xmlEscape(i.title)}</title><link href="${xmlEscape(i.link)}"/><id>${xmlEscape(i.link)}</id><updated>${i.date}</updated>${
        i.body ? `<content type="html">${xmlEscape(i.body)}</content>` : ''
      }</entry>`,
  )
  .join('\n')}
</feed>`;
}

/** A news page as Readability expects one: a headline and paragraphs inside <article>. */
export function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${xmlEscape(title)}</title><meta property="article:published_time" content="2026-11-24T10:00:00Z"></head>
<body><nav>Home | World | Politics</nav><article><h1>${xmlEscape(title)}</h1>${paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join('')}</article><footer>© Test</footer></body></html>`;
}
