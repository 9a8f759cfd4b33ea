/**
 * Who states a figure. The attribution module decides who speaks or claims any span of an article (the
 * speaker of an enclosing quotation, "according to X", "X said that…", "X has stated that…"); this adds
 * the two rules that only matter for figures:
 * - a number that is itself the source ("according to two US officials", "three witnesses said") is not
 *   a figure but part of a claimant;
 * - a figure inside a presupposed clause ("X said the fact Putin had recognised two territories…") is
 *   stated by the reporter, not by the speaker: the speaker comments on it without asserting it;
 * - when the attribution module finds no named agent, a common-noun source still counts: "according to
 *   port officials", "the coastguard has stated that…", "local media reported that…" (outside quotations).
 */
import type { Article } from '../knowledge/types.ts';
import { createAttributor } from './attribution.ts';
import type { Quantity } from './figure-numbers.ts';
import type { Token } from './figure-tokens.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { Entity, Sentence } from './types.ts';

/** Who states a figure, and whether the figure is itself the source ("according to two US officials"). */
export interface Claim {
  readonly name: string | null;
  readonly isSource: boolean;
}

/** Looks up the claim of the figure spanning `start`–`end` (paragraph offsets) of `sentence`. */
export type ClaimantOf = (
  sentence: Sentence,
  start: number,
  end: number,
  tokens: readonly Token[],
  q: Quantity,
  unitEnd: number,
) => Claim;

const AUXILIARIES = new Set(['have', 'has', 'had', 'also', 'later', 'previously', 'reportedly']);

/** Is the quantity the agent of an attribution: right after "according to", or the subject of a speech verb? */
export function isAttributionSource(tokens: readonly Token[], q: Quantity, unitEnd: number): boolean {
  if (tokens[q.first - 1]?.lower === 'to' && tokens[q.first - 2]?.lower === 'according') return true;
  let k = unitEnd;
  while (tokens[k] && AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.kind === 'word' && SPEECH_VERBS.has(verb.lower);
}

/** Is the figure inside a presupposed "the fact (that)…" clause after the last speech verb before it? */
export function isPresupposed(tokens: readonly Token[], first: number): boolean {
  let verb = -1;
  for (let k = first - 1; k >= 0; k--) {
    if (SPEECH_VERBS.has(tokens[k]?.lower ?? '')) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return false;
  for (let k = verb + 1; k < first - 1; k++) {
    if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'fact') return true;
  }
  return false;
}

/** Reporting verbs strong enough to make a common-noun subject the claimant of what follows. */
const CLAIM_VERBS = new Set(
  'said says say stated states state estimated estimates estimate reported reports report told tells claimed claims claim announced announces assessed assesses assess believes believe believed put puts'.split(
    ' ',
  ),
);
/** Words that end a source noun phrase. */
const NP_BOUNDARY = new Set(
  'that which who whom whose where when while as and but or because since after before on in at for with by from familiar, quoted cited citing'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Text of tokens `[from, to)` with a leading article dropped, or null when nothing names a source. */
function sourcePhrase(tokens: readonly Token[], from: number, to: number, text: string): string | null {
  let a = from;
  while (a < to && DETERMINERS.has(tokens[a]?.lower ?? '')) a++;
  if (a >= to) return null;
  const words = tokens.slice(a, to);
  if (words.length === 1 && PRONOUNS.has(words[0]?.lower ?? '')) return null;
  if (!words.some((w) => w.kind === 'word' && /\p{L}{3,}/u.test(w.text))) return null;
  return text.slice((tokens[a] as Token).start, (tokens[to - 1] as Token).end);
}

/** "according to X" anywhere in the sentence, X being any noun phrase ("port officials", "the UN"). */
function accordingTo(tokens: readonly Token[], text: string, skip: (t: Token) => boolean): string | null {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to' || skip(tokens[k] as Token)) continue;
    let end = k + 2;
    while (end < tokens.length && tokens[end]?.kind !== 'punct' && !NP_BOUNDARY.has(tokens[end]?.lower ?? '')) end++;
    const phrase = sourcePhrase(tokens, k + 2, end, text);
    if (phrase) return phrase;
  }
  return null;
}

/** The subject of the last reporting verb before token `first`: "the coastguard has stated that…". */
function reportingSubject(
  tokens: readonly Token[],
  first: number,
  text: string,
  skip: (t: Token) => boolean,
): string | null {
  for (let v = first - 1; v > 0; v--) {
    const verb = tokens[v] as Token;
    if (!CLAIM_VERBS.has(verb.lower) || skip(verb)) continue;
    let end = v;
    while (end > 0 && AUXILIARIES.has(tokens[end - 1]?.lower ?? '')) end--;
    let start = end;
    while (start > 0 && tokens[start - 1]?.kind !== 'punct' && !NP_BOUNDARY.has(tokens[start - 1]?.lower ?? ''))
      start--;
    return sourcePhrase(tokens, start, end, text);
  }
  return null;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Builds the claimant look-up for one article (one reading-order walk, shared by all its figures). */
export function claimantResolver(
  article: Article,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): ClaimantOf {
  const attributor = createAttributor(article);
  const textOf = new Map(article.paragraphs.map((p) => [p.number, p.text]));
  /** Common-noun sources the attribution module does not name; never inside a quotation. */
  const fallbackClaimant = (
    sentence: Sentence,
    start: number,
    tokens: readonly Token[],
    q: Quantity,
  ): string | null => {
    const spans = attributor.quoteSpans(sentence.paragraph);
    const quoted = (t: Token) => spans.some((s) => s.outerStart <= t.start && t.end <= s.outerEnd);
    if (spans.some((s) => s.outerStart <= start && start < s.outerEnd)) return null;
    if (isPresupposed(tokens, q.first)) return null;
    const text = textOf.get(sentence.paragraph) ?? '';
    return accordingTo(tokens, text, quoted) ?? reportingSubject(tokens, q.first, text, quoted);
  };
  return (sentence, start, end, tokens, q, unitEnd) => {
    if (isAttributionSource(tokens, q, unitEnd)) return { name: null, isSource: true };
    const a = attributor.claimantAt(sentence.paragraph, start, end);
    if (!a) return { name: fallbackClaimant(sentence, start, tokens, q), isSource: false };
    if (a.rule === 'inside-quote') return { name: a.name, isSource: false };
    const paragraph = article.paragraphs.find((p) => p.number === sentence.paragraph);
    const phrase = paragraph ? normalise(paragraph.text.slice(start, end)) : '';
    // The claimant phrase contains the figure: "two US officials familiar with…" is who speaks, not a count.
    if (phrase && normalise(a.name).includes(phrase)) return { name: null, isSource: true };
    if (isPresupposed(tokens, q.first)) return { name: null, isSource: false };
    return { name: a.name, isSource: false };
  };
}
