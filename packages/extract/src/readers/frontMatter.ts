import { CORE_SCHEMA, load } from 'js-yaml';
import { ExtractInputError } from '../errors.ts';

/** Front matter of a news article is a handful of keys; anything bigger is not an article header. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export interface FrontMatter {
  /** The YAML mapping (empty when there is no front matter). */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line, verbatim. */
  content: string;
}

const CLOSING_LINE = /^---[ \t]*\r?$/gm;

const refuse = (message: string) => new ExtractInputError('UNREADABLE', message);

/**
 * Splits `---` YAML front matter from a Markdown body and parses it with js-yaml's CORE schema (plain
 * mappings, strings, numbers, booleans, null: no custom tags, no timestamps, no merge keys).
 * Written instead of gray-matter on purpose: gray-matter picks a parser by the name the file writes after the
 * opening `---` and merges caller engines over its own, which include an eval-based JavaScript engine; here no
 * name read from the file ever selects code. Any language tag other than yaml/yml is refused.
 */
export function readFrontMatter(markdown: string): FrontMatter {
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  // `----` and longer is a Markdown rule, not a front-matter fence.
  if (!text.startsWith('---') || text.startsWith('----')) return { data: {}, content: markdown };
  const eol = text.indexOf('\n');
  const language = (eol === -1 ? text.slice(3) : text.slice(3, eol)).trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    throw refuse(
      `front matter marked "---${language.slice(0, 40)}" is refused: only YAML front matter (a plain "---" line) is read`,
    );
  }
  if (eol === -1) throw refuse('front matter opened with "---" is never closed by a "---" line');
  const start = eol + 1;
  CLOSING_LINE.lastIndex = start;
  const close = CLOSING_LINE.exec(text);
  if (!close) throw refuse('front matter opened with "---" is never closed by a "---" line');
  const yaml = text.slice(start, close.index);
  if (yaml.length > MAX_FRONT_MATTER_CHARS)
    throw refuse(`front matter is ${yaml.length} characters, over the limit of ${MAX_FRONT_MATTER_CHARS}`);
  const afterClose = close.index + close[0].length;
  const content = text.startsWith('\n', afterClose) ? text.slice(afterClose + 1) : text.slice(afterClose);
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA, json: false });
  } catch (err) {
    // js-yaml's own errors, and a RangeError from absurd nesting: all mean the header is unreadable.
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw refuse(`front matter is not valid YAML: ${reason}`);
  }
  if (data === undefined || data === null) return { data: {}, content };
  if (typeof data !== 'object' || Array.isArray(data))
    throw refuse('front matter must be "key: value" lines (a YAML mapping)');
  return { data: data as Record<string, unknown>, content };
}
