import type { Span } from '../extractionSchema.ts';

export interface PageSegments {
  body: Span;
  chrome: { start: number; end: number; reason: string }[];
  comments: Span[];
}

// Whole lines that are page furniture wherever they appear.
const CHROME_LINE: [RegExp, string][] = [
  [/^listen to (?:the|this) (?:article|story)(?:\s*\(?\d+ min\)?)?$/i, 'audio player'],
  [
    /^(?:advertisement|advert|sponsored|share(?: this (?:article|story))?|print|save|subscribe(?: now)?|sign up.*newsletter.*|follow us.*|read more|skip to (?:main )?content)$/i,
    'page furniture',
  ],
];
// Lines that end the article body: everything after them is widget or comments.
const BODY_END_LINE: [RegExp, string][] = [
  [/^fact[- ]?check(?:er)?$/i, 'fact-check widget'],
  [
    /^(?:related(?: articles| stories| coverage)?|more (?:from|on) .{0,40}|recommended(?: for you)?|you may also like|trending(?: now)?)$/i,
    'related links',
  ],
];
const COMMENTS_HEADER =
  /^(?:\d[\d,.]*k?\s+comments?|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|add a comment|join the (?:conversation|discussion)|reader comments)$/i;

interface Line {
  start: number;
  end: number;
  trimmed: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, trimmed });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** Splits a scraped page into body, chrome and reader comments; offsets index into `text` unchanged. */
export function segmentPage(text: string): PageSegments {
  const lines = linesOf(text);
  const chrome: PageSegments['chrome'] = [];
  const comments: Span[] = [];
  let bodyStart = -1;
  let bodyEnd = -1;
  let mode: 'body' | 'trailer' | 'comments' = 'body';
  for (const line of lines) {
    // Only short lines can be furniture; a long line is prose even if it starts like a header.
    const short = line.trimmed.length <= 80;
    if (mode === 'comments') {
      comments.push({ start: line.start, end: line.end });
      continue;
    }
    if (short && bodyStart !== -1 && COMMENTS_HEADER.test(line.trimmed)) {
      chrome.push({ start: line.start, end: line.end, reason: 'comments header' });
      mode = 'comments';
      continue;
    }
    const furniture = short ? CHROME_LINE.find(([re]) => re.test(line.trimmed)) : undefined;
    if (furniture) {
      chrome.push({ start: line.start, end: line.end, reason: furniture[1] });
      continue;
    }
    const ender = short && bodyStart !== -1 ? BODY_END_LINE.find(([re]) => re.test(line.trimmed)) : undefined;
    if (ender) {
      chrome.push({ start: line.start, end: line.end, reason: ender[1] });
      mode = 'trailer';
      continue;
    }
    if (mode === 'trailer') {
      chrome.push({ start: line.start, end: line.end, reason: 'widget text' });
      continue;
    }
    if (bodyStart === -1) bodyStart = line.start;
    bodyEnd = line.end;
  }
  const body = bodyStart === -1 ? { start: 0, end: 0 } : { start: bodyStart, end: bodyEnd };
  return { body, chrome, comments };
}
