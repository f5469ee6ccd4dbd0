import { sniffFormat } from '@newsgraph/extract';

export type SourceFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

/** The format a file name announces, or null for files ingestion does not read. */
export function formatForFile(path: string): SourceFormat | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  return BY_EXTENSION[path.slice(dot).toLowerCase()] ?? null;
}

/** Standard input has no name: JSON, a feed, front matter, HTML or plain text, judged by its first characters. */
export function sniffSourceFormat(content: string): SourceFormat {
  const head = content.slice(0, 1024).trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // One object per line is JSONL; a single (possibly pretty-printed) object is JSON.
    const firstLine = head.split('\n', 1)[0]!.trim();
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^<(?:rss|feed)\b/i.test(head))
    return 'feed';
  return sniffFormat(content);
}
