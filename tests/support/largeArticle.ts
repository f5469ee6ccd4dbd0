import { createHash } from 'node:crypto';
import { writeArticleBatch, type ArticleFacts, type GraphConnection } from '@newsgraph/graph';
import { EXTRACTOR_VERSION } from '@newsgraph/extract';

export const LARGE_ARTICLE_ID = 'article:large-paged-reader-test';
export const SPEAKER_ID = 'person:paged-reader-speaker';
export const LATE_SENTENCE = 'Speaker Quillfeather said the late agreement would hold until spring.';

/** The large article's text and where things are in it (tests check the pages against these). */
export interface LargeArticle {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  /** Paragraph count of the body, the long one-line paragraph counting once. */
  paragraphs: number;
  /** Offsets of the one-line paragraph that is longer than a chunk. */
  longLine: { start: number; end: number };
  /** Offsets of the statement's sentence, in the paragraph `lateParagraph`. */
  late: { start: number; end: number; paragraph: number };
}

/**
 * A large article written straight into Neo4j with the product's own writer (extracting ~1 MB with spaCy takes
 * minutes; the reader only needs stored text, a mention and a fact): `paragraphs` paragraphs of about 330
 * characters, page chrome before the body and a comment-like trailer after it, one paragraph of 9 000 characters
 * on one line (paged in pieces), markup that must show as text, and a statement whose sentence is near the end.
 */
export function buildLargeArticle(paragraphs = 3_000): { facts: ArticleFacts; layout: LargeArticle } {
  const chrome = 'Skip to content\nShare this story\n';
  const parts: string[] = [];
  let at = chrome.length;
  let longLine = { start: 0, end: 0 };
  let late = { start: 0, end: 0, paragraph: 0 };
  const lateParagraph = paragraphs - 40;
  const mentionOffsets: number[] = [];
  for (let i = 0; i < paragraphs; i++) {
    let p: string;
    if (i === 5) {
      p = Array.from({ length: 900 }, (_, k) => `word${String(k).padStart(4, '0')}`).join(' ');
      longLine = { start: at, end: at + p.length };
    } else if (i === lateParagraph) {
      p = `Paragraph ${i}. ${LATE_SENTENCE} Other business followed.`;
      const s = at + p.indexOf(LATE_SENTENCE);
      late = { start: s, end: s + LATE_SENTENCE.length, paragraph: i };
    } else {
      p = `Paragraph ${i}. Quillfeather spoke <b>again</b> about the harbour, the tariffs and the ferry timetable, while delegates from both coasts compared notes on fishing quotas, grain prices and the winter schedule of the border crossings that the agreement reopened last year.`;
      mentionOffsets.push(at + p.indexOf('Quillfeather'), at + p.indexOf('Quillfeather') + 'Quillfeather'.length);
    }
    parts.push(p);
    at += p.length + 2;
  }
  const body = parts.join('\n\n');
  const text = `${chrome}${body}\n\nReader comments: none.`;
  const bodyStart = chrome.length;
  const bodyEnd = chrome.length + body.length;
  const facts: ArticleFacts = {
    article: {
      id: LARGE_ARTICLE_ID,
      url: 'https://example.org/large-paged-article',
      title: 'A very long report on the harbour agreement',
      source: 'Paging Test Wire',
      outlet: 'Paging Test Wire',
      publishedAt: '2026-03-04T00:00:00Z',
      publishedAtPrecision: 'day',
      publishedAtText: '2026-03-04',
      externalId: null,
      contentHash: createHash('sha256').update(text).digest('hex'),
      text,
      language: 'en',
      extractorVersion: EXTRACTOR_VERSION,
      bodyStart,
      bodyEnd,
      origin: 'tests/support/largeArticle.ts',
    },
    entities: [
      {
        id: SPEAKER_ID,
        kind: 'Person',
        name: 'Ada Quillfeather',
        aliases: ['Quillfeather'],
        iso2: null,
        keys: ['paged-reader-speaker'],
        upgradeName: false,
      },
    ],
    mentions: [{ entityId: SPEAKER_ID, offsets: mentionOffsets, referenceOffsets: [], names: ['Quillfeather'] }],
    roles: [],
    events: [],
    statements: [
      {
        id: 'statement:paged-reader-late',
        text: 'the late agreement would hold until spring',
        kind: 'indirect',
        verb: 'said',
        speakerText: 'Speaker Quillfeather',
        date: '2026-03-04',
        datePrecision: 'day',
        dateText: null,
        speakerIds: [SPEAKER_ID],
        aboutIds: [],
        sentence: LATE_SENTENCE,
        start: late.start,
        end: late.end,
        confidence: 0.9,
      },
    ],
    comments: [],
  };
  return { facts, layout: { text, bodyStart, bodyEnd, paragraphs, longLine, late } };
}

export async function writeLargeArticle(graph: GraphConnection, paragraphs?: number): Promise<LargeArticle> {
  const { facts, layout } = buildLargeArticle(paragraphs);
  await writeArticleBatch(graph, [facts]);
  return layout;
}
