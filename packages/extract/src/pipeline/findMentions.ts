import nlp from 'compromise';
import type { EntityKind } from '@newsgraph/model';
import { GROUP_HEADS, GROUP_MODIFIERS, NON_ENTITY_CAPS, matchGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { matchTitle } from './roleTitles.ts';
import type { Sentence } from './splitSentences.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Mention {
  start: number;
  end: number;
  kind: EntityKind;
  /** Canonical name when known (gazetteer, group head); for runs, the surface text. */
  name: string;
  iso2?: string;
  adjective?: boolean;
  /** How it was found; short names are linked to full names later. */
  via: 'gazetteer' | 'title' | 'run' | 'group' | 'known';
  sentence: number;
}

export interface TitleHit {
  title: string;
  /** Start of the whole role phrase (country/organisation word or title). */
  start: number;
  titleStart: number;
  titleEnd: number;
  /** Mention the title belongs to when written before it ("U.S." in "U.S. President"). */
  of?: Mention;
  person: Mention;
  former: boolean;
  sentence: number;
}

export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  headline: boolean;
}

const CONNECTORS = new Set(['de', 'la', 'del', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'ben', 'du', 'le', 'y']);
const ORG_KEYWORDS = new Set([
  'Ministry', 'Army', 'Navy', 'Forces', 'Party', 'Council', 'Bank', 'Agency', 'Commission', 'Committee', 'Court', 'Parliament',
  'Congress', 'Senate', 'Assembly', 'Union', 'Organization', 'Organisation', 'Corporation', 'Company', 'Inc', 'Ltd', 'Association',
  'Institute', 'University', 'Office', 'Department', 'Administration', 'Guard', 'Police', 'Service', 'Front', 'Movement', 'Alliance',
  'Coalition', 'Fund', 'Authority', 'Agreement', 'Treaty', 'Accord', 'Pact', 'Cartel', 'Brigade', 'Battalion', 'Command', 'Federation',
  'League', 'Foundation', 'Group', 'Corps', 'Directorate', 'Secretariat', 'Cabinet', 'Government', 'Tribunal', 'Bureau', 'Initiative',
  'Program', 'Programme', 'Airlines', 'Energy', 'Oil', 'Petroleum', 'Holdings', 'Network', 'Times', 'Post', 'Journal', 'News', 'Press',
]);
const ORG_HEADS = new Set(['Ministry', 'Department', 'Bank', 'Organization', 'Organisation', 'Council', 'Office', 'Commission', 'Court', 'Union', 'League', 'Federation', 'Party', 'Institute', 'University', 'Association', 'Committee', 'Agency', 'Board', 'Movement', 'Front', 'Army', 'Republic', 'Kingdom', 'People’s', "People's"]);
const LOC_KEYWORDS = new Set(['Sea', 'Ocean', 'Gulf', 'River', 'Strait', 'Bay', 'Province', 'Region', 'Valley', 'Mountains', 'Island', 'Islands', 'Peninsula', 'Desert', 'Canal', 'City', 'County', 'Oblast', 'Border', 'Corridor', 'Plateau', 'Basin', 'Lake', 'Airport', 'Port', 'Square', 'District', 'Governorate', 'Highlands', 'Coast', 'Pass']);
// Capitalised only because they open a sentence or a headline.
const FUNCTION_CAPS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its', 'Our',
  'But', 'And', 'Or', 'In', 'On', 'At', 'As', 'After', 'Before', 'While', 'When', 'If', 'Although', 'Though', 'Since', 'Because', 'With',
  'Without', 'For', 'From', 'By', 'To', 'Of', 'Under', 'Over', 'During', 'Despite', 'Amid', 'Among', 'Meanwhile', 'However', 'Still',
  'Yet', 'Also', 'Both', 'Many', 'Some', 'Several', 'Most', 'Other', 'Others', 'Such', 'Security', 'Officials', 'Experts', 'Analysts',
  'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Asked', 'According', 'Earlier', 'Later', 'Last', 'Next', 'Now',
  'Today', 'Yesterday', 'Tomorrow', 'Then', 'Thus', 'So', 'Not', 'No', 'Yes', 'All', 'Each', 'Every', 'One', 'Two', 'Three', 'Until',
  'Once', 'Instead', 'Indeed', 'Even', 'Only', 'Just', 'More', 'Few', 'Any', 'My', 'Your', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.',
  'Dr.', 'Sources', 'Residents', 'Witnesses', 'Police', 'Troops', 'Forces', 'Authorities', 'Government', 'Ministry', 'Lawmakers',
  'Critics', 'Supporters', 'Observers', 'Diplomats', 'Leaders', 'Western', 'Eastern', 'Northern', 'Southern', 'New', 'Further',
  'Despite', 'Unilateral', 'Agreed', 'Absolutely', 'Maintaining', 'Focusing', 'Effective', 'Diplomatic', 'Military', 'Former',
]);
const TITLE_MODIFIERS = new Set(['Deputy', 'Vice', 'First', 'Acting', 'Assistant', 'Under', 'Senior', 'Chief', 'Interim', 'Special', 'Junior', 'State', 'Foreign', 'External', 'Affairs']);
const FORMER = new Set(['former', 'removed', 'ousted', 'deposed', 'late', 'ex', 'then', 'exiled', 'toppled', 'impeached', 'outgoing']);
const ALLCAPS_STOP = new Set(['AM', 'PM', 'TV', 'OK', 'GDP', 'CEO', 'COVID', 'AI', 'PS', 'ET', 'GMT', 'UTC', 'EST', 'BBC']);

const isCapWord = (t: Token | undefined): t is Token => !!t && t.word && t.cap;

/** Headlines (Title Case or ALL CAPS lines) capitalise every word, so only known names are trusted there. */
function isHeadline(tokens: Token[], text: string, s: Sentence): boolean {
  const words = tokens.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const letters = text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase()) return true;
  const caps = words.filter((t) => t.cap).length;
  const endsLikeSentence = /[.!?"”]$/.test(text.slice(s.start, s.end));
  return caps / words.length >= 0.6 && !endsLikeSentence;
}

export function tokenizeSentences(text: string, sentences: Sentence[]): SentenceTokens[] {
  return sentences.map((sentence) => {
    const tokens = tokenize(text, sentence.start, sentence.end);
    return { sentence, tokens, headline: isHeadline(tokens, text, sentence) };
  });
}

interface NlpTags {
  byStart: Map<number, string[]>;
}

// Tags of a sentence's words by offset within the sentence; sentences repeated verbatim (wire boilerplate) are tagged once.
const MAX_TAG_CACHE = 5000;
const tagsByText = new Map<string, [number, string[]][]>();

function nlpTags(text: string, s: Sentence, cache: Map<number, NlpTags>): NlpTags {
  const hit = cache.get(s.index);
  if (hit) return hit;
  const sentence = text.slice(s.start, s.end);
  let rel = tagsByText.get(sentence);
  if (!rel) {
    // compromise tags words in context (FirstName, Place, Organization, Verb …); offsets map back onto our tokens.
    const json = nlp(sentence).json({ offset: true }) as { terms: { offset: { start: number }; tags: string[] }[] }[];
    rel = json.flatMap((sent) => sent.terms.map((t): [number, string[]] => [t.offset.start, t.tags]));
    if (tagsByText.size >= MAX_TAG_CACHE) tagsByText.clear();
    tagsByText.set(sentence, rel);
  }
  const byStart = new Map<number, string[]>();
  for (const [off, tags] of rel) byStart.set(s.start + off, tags);
  const out = { byStart };
  cache.set(s.index, out);
  return out;
}

export interface MentionScan {
  mentions: Mention[];
  titles: TitleHit[];
  /** compromise gender of first names, by mention start. */
  femaleStarts: Set<number>;
  maleStarts: Set<number>;
}

/** First pass: gazetteer names, titled people, capitalised runs and group nouns in each sentence. */
export function findMentions(text: string, sents: SentenceTokens[], extra?: Map<string, GazetteerEntry>): MentionScan {
  const mentions: Mention[] = [];
  const titles: TitleHit[] = [];
  const femaleStarts = new Set<number>();
  const maleStarts = new Set<number>();
  const tagCache = new Map<number, NlpTags>();

  for (const st of sents) {
    const { tokens, sentence, headline } = st;
    const texts = tokens.map((t) => t.text);
    const lower = texts.map((t) => t.toLowerCase());
    const firstWord = tokens.findIndex((t) => t.word);
    let i = 0;
    const push = (m: Omit<Mention, 'sentence'>) => {
      const full = { ...m, sentence: sentence.index };
      mentions.push(full);
      return full;
    };
    while (i < tokens.length) {
      const tok = tokens[i]!;
      if (!tok.word) { i++; continue; }
      // Group nouns are lower-case, so they are looked for before the capitalisation rules.
      if (GROUP_HEADS.has(lower[i]!)) {
        const mod = i > 0 && GROUP_MODIFIERS.has(lower[i - 1]!) ? i - 1 : i;
        const already = mentions.length && mentions[mentions.length - 1]!.end > tokens[mod]!.start;
        if (!already) push({ start: tokens[mod]!.start, end: tok.end, kind: 'Group', name: lower[i]!, via: 'group' });
        i++;
        continue;
      }
      const gaz = matchGazetteer(texts, i, extra);
      if (gaz) {
        const j = i + gaz.tokens.length;
        // "Mexican Army", "Russian Defense Ministry": a country word opening an organisation's name.
        if (gaz.kind === 'Country' && !headline && !matchTitle(lower, j)) {
          let k = j;
          while (isCapWord(tokens[k]) && !NON_ENTITY_CAPS.has(texts[k]!) && !matchGazetteer(texts, k, extra)) k++;
          if (k > j && ORG_KEYWORDS.has(texts[k - 1]!)) {
            push({ start: tok.start, end: tokens[k - 1]!.end, kind: 'Organization', name: text.slice(tok.start, tokens[k - 1]!.end), via: 'run' });
            i = k;
            continue;
          }
        }
        push({ start: tok.start, end: tokens[j - 1]!.end, kind: gaz.kind, name: gaz.name, ...(gaz.iso2 ? { iso2: gaz.iso2 } : {}), adjective: gaz.adjective, via: 'gazetteer' });
        i = j;
        continue;
      }
      if (headline) { i++; continue; }
      const title = matchTitle(lower, i);
      if (title && (tok.cap || i === firstWord || isCapWord(tokens[i + title.tokens.length]))) {
        let j = i + title.tokens.length;
        // "spokesman, Colonel Abdoulaye Sangaré": titles can chain; the name starts after the last one.
        for (let guard = 0; guard < 3; guard++) {
          const skip = tokens[j]?.text === ',' ? 1 : 0;
          const more = isCapWord(tokens[j + skip]) ? matchTitle(lower, j + skip) : undefined;
          if (!more || !isCapWord(tokens[j + skip + more.tokens.length])) break;
          j += skip + more.tokens.length;
        }
        // Modifiers written before the title belong to it: "Deputy Secretary of State", "First Vice Foreign Minister".
        let titleFrom = i;
        while (titleFrom > 0 && TITLE_MODIFIERS.has(texts[titleFrom - 1]!)) titleFrom--;
        const end = runEnd(tokens, j, lower);
        if (end > j) {
          const person = push({ start: tokens[j]!.start, end: tokens[end - 1]!.end, kind: 'Person', name: text.slice(tokens[j]!.start, tokens[end - 1]!.end), via: 'title' });
          const prev = mentions[mentions.length - 2];
          const adjacentOf = prev && prev.sentence === sentence.index && (prev.kind === 'Country' || prev.kind === 'Organization') && /^[\s’']*(?:s\s*)?$/.test(text.slice(prev.end, tokens[titleFrom]!.start)) ? prev : undefined;
          const before = i > 0 ? lower[i - 1]! : '';
          const former = FORMER.has(before) || (adjacentOf !== undefined && i > 1 && FORMER.has(lower[tokens.indexOf(tokens.find((t) => t.start === adjacentOf.start)!) - 1] ?? ''));
          const written = text.slice(tokens[titleFrom]!.start, tokens[i + title.tokens.length - 1]!.end);
          titles.push({ title: written, start: adjacentOf ? adjacentOf.start : tokens[titleFrom]!.start, titleStart: tokens[titleFrom]!.start, titleEnd: tokens[j - 1]!.end, ...(adjacentOf ? { of: adjacentOf } : {}), person, former, sentence: sentence.index });
          const tags = nlpTags(text, sentence, tagCache).byStart.get(tokens[j]!.start) ?? [];
          if (tags.includes('FemaleName')) femaleStarts.add(person.start);
          if (tags.includes('MaleName')) maleStarts.add(person.start);
          i = end;
          continue;
        }
      }
      if (!tok.cap) { i++; continue; }
      let start = i;
      // A capitalised function word opening a sentence is not a name.
      if (FUNCTION_CAPS.has(tok.text) || NON_ENTITY_CAPS.has(tok.text)) { i++; continue; }
      let end = runEnd(tokens, start, lower);
      if (end === start) { i++; continue; }
      const runTexts = texts.slice(start, end);
      const atSentenceStart = start === firstWord || (start > 0 && /^["“‘(]$/.test(texts[start - 1]!) && start - 1 === firstWord);
      const kind = classifyRun(text, runTexts, tokens, start, end, sentence, tagCache, atSentenceStart, femaleStarts, maleStarts);
      if (kind) {
        push({ start: tokens[start]!.start, end: tokens[end - 1]!.end, kind, name: text.slice(tokens[start]!.start, tokens[end - 1]!.end), via: 'run' });
      }
      i = end;
    }
  }
  return { mentions, titles, femaleStarts, maleStarts };
}

/** End (exclusive) of a run of capitalised words from i, joining name particles (de la) and org connectors (of). */
function runEnd(tokens: Token[], i: number, lower: string[]): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    // "Kestrian Prime Minister Irena Varga": a title inside a run starts a new phrase.
    if (j > i && t.cap && matchTitle(lower, j)) break;
    if (isCapWord(t) && !NON_ENTITY_CAPS.has(t.text) && !(j > i && startsKnownNonPerson(tokens, j))) { j++; continue; }
    if (j > i && CONNECTORS.has(t.text) && isCapWord(tokens[j + 1]) || (j > i && CONNECTORS.has(t.text) && CONNECTORS.has(tokens[j + 1]?.text ?? '') && isCapWord(tokens[j + 2]))) { j++; continue; }
    if (j > i && (t.text === 'of' || t.text === 'for' || t.text === 'and') && ORG_HEADS.has(tokens[i]!.text) && isCapWord(tokens[j + 1])) { j++; continue; }
    if (j > i && (t.text === 'of' || t.text === 'for') && ORG_HEADS.has(tokens[i]!.text) && tokens[j + 1]?.text === 'the' && isCapWord(tokens[j + 2])) { j += 2; continue; }
    break;
  }
  // Never end on a particle.
  while (j > i && !isCapWord(tokens[j - 1])) j--;
  return j;
}

function startsKnownNonPerson(tokens: Token[], j: number): boolean {
  const e = matchGazetteer(tokens.map((t) => t.text), j);
  return !!e && e.kind === 'Country' && !e.adjective;
}

function classifyRun(
  text: string,
  runTexts: string[],
  tokens: Token[],
  start: number,
  end: number,
  sentence: Sentence,
  tagCache: Map<number, NlpTags>,
  atSentenceStart: boolean,
  female: Set<number>,
  male: Set<number>,
): EntityKind | null {
  const last = runTexts[runTexts.length - 1]!;
  if (ORG_KEYWORDS.has(last) && runTexts.length > 1) return 'Organization';
  if (LOC_KEYWORDS.has(last) && runTexts.length > 1) return 'Location';
  if (runTexts.length === 1 && /^[A-Z]{2,6}$/.test(last) && !ALLCAPS_STOP.has(last)) return 'Organization';
  if (runTexts.length === 1 && atSentenceStart) return null; // decided later against names known from elsewhere
  const tags = nlpTags(text, sentence, tagCache).byStart;
  const first = tags.get(tokens[start]!.start) ?? [];
  const all = tokens.slice(start, end).map((t) => tags.get(t.start) ?? []);
  const count = (tag: string) => all.filter((t) => t.includes(tag)).length;
  if (first.includes('FemaleName')) female.add(tokens[start]!.start);
  if (first.includes('MaleName')) male.add(tokens[start]!.start);
  if (runTexts.length >= 2 && (first.includes('FirstName') || count('Person') >= Math.ceil(runTexts.length / 2))) return 'Person';
  if (count('Organization') > 0) return 'Organization';
  if (count('Place') > 0 || count('City') > 0 || count('Region') > 0) return 'Location';
  if (runTexts.length >= 2 && runTexts.length <= 4) {
    // Unknown multi-word names: "X Y said" or "X Y, who" reads as a person.
    const after = text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 24);
    if (/^(?:,\s*(?:who|a|an|the)\b|\s+(?:said|says|told|added|noted|warned|stated|argued|insisted|wrote)\b)/.test(after)) return 'Person';
  }
  if (runTexts.length === 1 && count('Person') > 0 && !atSentenceStart) return 'Person';
  return null;
}
