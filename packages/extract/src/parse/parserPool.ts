// One spaCy worker per core (ingest), or one (CLI): texts go to the least busy worker; long texts are cut into
// paragraph chunks first so no single parse exceeds spaCy's max_length and memory stays bounded.
import { availableParallelism } from 'node:os';
import { concatParsedDocs, shiftParsedDoc, type ParsedDocData, type WorkerInfo } from './parsedDoc.ts';
import { SpacyWorker } from './spacyWorker.ts';

/** spaCy refuses texts over 1 000 000 characters; chunks stay well under it and keep each reply small. */
export const PARSE_CHUNK_CHARS = 100_000;

export interface TextParser {
  parse(texts: string[]): Promise<ParsedDocData[]>;
  info(): Promise<WorkerInfo>;
  close(): Promise<void>;
}

export class ParserPool implements TextParser {
  private readonly workers: SpacyWorker[];

  constructor(
    size = 1,
    private readonly chunkChars = PARSE_CHUNK_CHARS,
  ) {
    const n = Math.max(1, Math.min(size, availableParallelism()));
    this.workers = Array.from({ length: n }, () => new SpacyWorker());
  }

  info(): Promise<WorkerInfo> {
    return this.workers[0]!.ready;
  }

  async parse(texts: string[]): Promise<ParsedDocData[]> {
    const plans = texts.map((t) => chunkText(t, this.chunkChars));
    const flat = plans.flatMap((p) => p.map((c) => c.text));
    const parsed = await this.leastBusy().parse(flat);
    let k = 0;
    return plans.map((chunks) => {
      const parts: ParsedDocData[] = [];
      let tokenBase = 0;
      for (const c of chunks) {
        const d = parsed[k++]!;
        parts.push(shiftParsedDoc(d, c.offset, tokenBase));
        tokenBase += d.tokens.start.length;
      }
      return parts.length === 1 ? parts[0]! : concatParsedDocs(parts);
    });
  }

  private leastBusy(): SpacyWorker {
    return this.workers.reduce((a, b) => (b.load < a.load ? b : a));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

/** Cuts a text at paragraph (else line, else space) boundaries into chunks of at most PARSE_CHUNK_CHARS. */
export function chunkText(text: string, max = PARSE_CHUNK_CHARS): { text: string; offset: number }[] {
  if (text.length <= max) return [{ text, offset: 0 }];
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find(
        (i) => i > max / 2,
      );
      if (cut !== undefined) end = start + cut + 1;
    }
    out.push({ text: text.slice(start, end), offset: start });
    start = end;
  }
  return out;
}
