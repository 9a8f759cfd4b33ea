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
import type { Article } from '../../knowledge/types.ts';
import type { EntityIndex } from '../entities/index.ts';
import { maskQuotes, ORG_HEADS, ROLE_WORDS, SPEECH_VERBS, wordSet } from '../language/index.ts';
import { type Attributor, createAttributor, type SpeechClause, speechClauses } from '../speakers/index.ts';
import type { Sentence } from '../types.ts';
import type { Quantity } from './quantities.ts';
import { isCapitalised, type Token } from './tokens.ts';

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

/** Auxiliaries and adverbs between a subject and its reporting verb ("has also said", "now says"). */
const AUXILIARIES = wordSet(
  'have has had also later previously reportedly now still again repeatedly already recently publicly separately then today first',
);

/** Is the quantity the agent of an attribution: right after "according to", or the subject of a speech verb? */
export function isAttributionSource(tokens: readonly Token[], q: Quantity, unitEnd: number): boolean {
  // Only people speak: "another £100 added to bills" is no source.
  const unit = tokens[unitEnd - 1];
  if (q.currency || unit?.text === '%' || unit?.kind !== 'word' || !isPeopleNoun(unit.lower)) return false;
  if (tokens[q.first - 1]?.lower === 'to' && tokens[q.first - 2]?.lower === 'according') return true;
  let k = unitEnd;
  while (tokens[k] && AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.kind === 'word' && SPEECH_VERBS.has(verb.lower);
}

/** Is a plural noun one for people who may speak ("officials", "sources", "witnesses", "dockworkers")? */
function isPeopleNoun(word: string): boolean {
  return GROUP_HEADS.has(word) || ROLE_WORDS.has(word) || /(?:ers|ors|ists|ians|ants|ents|men|people)$/.test(word);
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
const CLAIM_VERBS = wordSet(
  'said says say stated states state estimated estimates estimate reported reports report told tells claimed claims claim announced announces assessed assesses assess believes believe believed put puts',
);
/** Words that end a source noun phrase. */
const NP_BOUNDARY = wordSet(
  'that which who whom whose where when while as and but or because since after before on in at for with by from familiar, quoted cited citing',
);
/** Connectors that stay inside a name: "Institute for the Study of War", "Analysts at the Institute". */
const NAME_CONNECTORS = new Set(['of', 'for', 'at', 'on']);

/**
 * Does token `k` end a source noun phrase? Only a word written in lower case ("the WHO" is a name), and
 * not a connector between capitalised words.
 */
function isBoundaryAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.text !== t.lower || !NP_BOUNDARY.has(t.lower)) return false;
  if (NAME_CONNECTORS.has(t.lower)) {
    const before = tokens[k - 1];
    const after = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
    if (before && after && isCapitalised(before) && isCapitalised(after)) return false;
  }
  return true;
}
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Text of tokens `[from, to)` with a leading article dropped, or null when nothing names a source. */
function sourcePhrase(tokens: readonly Token[], from: number, to: number, text: string): string | null {
  let a = from;
  while (a < to && DETERMINERS.has(tokens[a]?.lower ?? '')) a++;
  if (a >= to) return null;
  const words = tokens.slice(a, to);
  if (words.length === 1 && PRONOUNS.has(words[0]?.lower ?? '')) return null;
  if (!words.some((w) => w.kind === 'word' && /\p{L}{2,}/u.test(w.text) && !AUXILIARIES.has(w.lower))) return null;
  // "the Internet infrastructure company", "the retailer": a definite description of a company stands for one
  // named before, which this module cannot tell; the attribution module resolves those or leaves them unnamed.
  // "the source", "the official": a definite singular person stands for somebody named before, or nobody.
  const head = (words.at(-1) as Token).lower;
  const definite = a > from && tokens[a - 1]?.lower === 'the';
  if (definite && (COMPANY_HEADS.has(head) || (ROLE_WORDS.has(head) && !/s$/.test(head)))) return null;
  return text.slice((tokens[a] as Token).start, (tokens[to - 1] as Token).end);
}

/** Heads of descriptions of one company among many ("the firm", "the retailer"): never a source's name. */
const COMPANY_HEADS = wordSet(
  'company firm retailer maker giant lender operator chain group business manufacturer carrier airline bank insurer startup conglomerate provider supplier producer developer platform brand',
);

/** "according to X" anywhere in the sentence, X being any noun phrase ("port officials", "the UN"). */
function accordingTo(tokens: readonly Token[], text: string, skip: (t: Token) => boolean): string | null {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to' || skip(tokens[k] as Token)) continue;
    let end = k + 2;
    while (end < tokens.length && tokens[end]?.kind !== 'punct' && !isBoundaryAt(tokens, end)) end++;
    const phrase = sourcePhrase(tokens, k + 2, end, text);
    if (phrase) return phrase;
  }
  return null;
}

/** A source phrase with its position (paragraph offset of its first character). */
interface Source {
  readonly name: string;
  readonly at: number;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const RELATIVES = new Set(['which', 'who', 'that']);

/**
 * Where the subject of a verb at `end` ends, past a relative clause: "The authority, which said…" (the verb
 * is in the clause) and "The authority, which said…, now says" (the verb follows it) both name "The authority".
 */
function beforeRelativeClause(tokens: readonly Token[], end: number): number {
  if (RELATIVES.has(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.text === ',') return end - 2;
  if (tokens[end - 1]?.text !== ',') return end;
  for (let k = end - 2; k > 0; k--) {
    if (tokens[k]?.text === ',' && RELATIVES.has(tokens[k + 1]?.lower ?? '')) return k;
  }
  return end;
}

/** The subject of the last reporting verb before token `first`: "the coastguard has stated that…". */
function reportingSubject(
  tokens: readonly Token[],
  first: number,
  text: string,
  skip: (t: Token) => boolean,
): Source | null {
  for (let v = first - 1; v > 0; v--) {
    const verb = tokens[v] as Token;
    if (!CLAIM_VERBS.has(verb.lower) || skip(verb)) continue;
    // A passive ("Russia is believed to…", "it is estimated that…") names no claimant.
    if (BE.has(tokens[v - 1]?.lower ?? '')) return null;
    // "put" claims only as "organisers put the figure at 20,000".
    if ((verb.lower === 'put' || verb.lower === 'puts') && tokens[first - 1]?.lower !== 'at') continue;
    if ((verb.lower === 'put' || verb.lower === 'puts') && first - v > 8) continue;
    let end = v;
    while (end > 0 && AUXILIARIES.has(tokens[end - 1]?.lower ?? '')) end--;
    end = beforeRelativeClause(tokens, end);
    let start = end;
    while (start > 0 && tokens[start - 1]?.kind !== 'punct' && !isBoundaryAt(tokens, start - 1)) start--;
    const name = sourcePhrase(tokens, start, end, text);
    return name ? { name, at: (tokens[start] as Token).start } : null;
  }
  return null;
}

/** Words that may follow a trailing reporting verb: the end of the sentence or a time or place adjunct. */
const AFTER_TRAILING_VERB = wordSet(
  'on in at last this earlier late during yesterday today tonight overnight while after before when adding citing via monday tuesday wednesday thursday friday saturday sunday',
);

/**
 * A trailing common-noun reporting clause after offset `from`: "…, a US defense official said on March 1."
 * With `afterQuote`, the clause may follow the closing mark directly ("…joined," a senior official told CNN).
 */
function trailingSource(tokens: readonly Token[], from: number, text: string, afterQuote: boolean): string | null {
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  // Where the clause may start: right after the closing mark, or after any later comma.
  const starts = afterQuote ? [first] : tokens.flatMap((t, k) => (k >= first && t.text === ',' ? [k + 1] : []));
  for (const s of starts) {
    let npStart = s;
    while (tokens[npStart]?.kind === 'punct') npStart++;
    let v = npStart;
    while (tokens[v]?.kind === 'word' && !CLAIM_VERBS.has(tokens[v]?.lower ?? '') && v - npStart < 6) {
      if (v > npStart && isBoundaryAt(tokens, v)) break;
      v++;
    }
    const verb = tokens[v];
    if (!verb || !CLAIM_VERBS.has(verb.lower) || verb.lower.startsWith('put') || v === npStart) continue;
    const next = tokens[v + 1];
    const closes = !next || next.kind === 'punct' || AFTER_TRAILING_VERB.has(next.lower) || verb.lower.startsWith('t');
    if (!closes) continue;
    const words = tokens.slice(npStart, v);
    if (words.length === 1 && PRONOUNS.has(words[0]?.lower ?? '')) return null;
    return sourcePhrase(tokens, npStart, v, text);
  }
  return null;
}

/** Where the attributed name (or an alias) is last written before `before` in the text, or -1. */
function mentionBefore(text: string, from: number, before: number, names: readonly string[]): number {
  const window = text.slice(from, before).toLowerCase();
  let best = -1;
  for (const n of names) {
    const i = window.lastIndexOf(n.toLowerCase());
    if (i >= 0) best = Math.max(best, from + i);
  }
  return best;
}

/**
 * The attribution module's name, or the whole source phrase when that name is only part of a common-noun
 * phrase: "agency" → "UN refugee agency", "Polish" → "Polish border guards", "Viasna" → "Viasna human
 * rights center". A person's name is never traded for a phrase with a role ("NATO chief Jens Stoltenberg").
 */
export function fuller(name: string, phrase: string | null): string {
  if (!phrase || phrase === name) return name;
  if (name === name.toLowerCase() && phrase.endsWith(` ${name}`)) return phrase;
  const rest = phrase.startsWith(`${name} `) ? phrase.slice(name.length + 1) : null;
  if (!name.includes(' ') && rest !== null && /^\p{Ll}/u.test(rest)) return phrase;
  return name;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Builds the claimant look-up for one article (one reading-order walk, shared by all its figures).
 *
 * Rules, in order: a number that is itself the source is no figure; inside a quotation, the quotation's
 * speaker; "according to X"; the subject of the nearest reporting verb before the figure (the attribution
 * module's named agent, or a later common-noun subject: "police said…, while organisers put the figure
 * at…"); a presupposed "the fact…" clause is the reporter's; a trailing ", X said."; else the reporter (null).
 */
export function claimantResolver(article: Article, given?: Attributor): ClaimantOf {
  const attributor = given ?? createAttributor(article);
  const textOf = new Map(article.paragraphs.map((p) => [p.number, p.text]));
  const maskedOf = new Map(article.paragraphs.map((p) => [p.number, maskQuotes(p.text)]));

  /** The speech clauses of each sentence, read once however many figures it holds. */
  const clausesOf = new Map<Sentence, readonly SpeechClause[]>();
  /** "…, President Volodymyr Zelensky said." after the figure: a named agent after a comma. */
  const trailing = (sentence: Sentence, end: number): string | null => {
    const masked = maskedOf.get(sentence.paragraph) ?? '';
    let clauses = clausesOf.get(sentence);
    if (!clauses) {
      clauses = speechClauses(masked, sentence.start, sentence.end, () => false);
      clausesOf.set(sentence, clauses);
    }
    for (const c of clauses) {
      const from = Math.min(c.agentStart, c.verbStart);
      if (c.form === 'according' || from < end || !/,\s*$/.test(masked.slice(end, from))) continue;
      // The clause must close the sentence ("…, the minister said on Friday."), not open a main clause.
      if (!/^[^,;:]{0,40}(?:[,;:]|$)/.test(masked.slice(c.verbEnd, sentence.end))) continue;
      if (c.agent.kind === 'pronoun' || c.agent.kind === 'statement') continue;
      return attributor.index.lookup(c.agent.name)?.name ?? sourceName(c.agent.name, attributor.index);
    }
    return null;
  };

  /**
   * The article's canonical name for a phrase this module read itself ("Mr Zelensky" → "Volodymyr Zelensky"), a
   * well-formed unnamed source ("port officials", "the regional fishing council"), or null for a fragment.
   */
  const canonical = (name: string | null): string | null =>
    name === null ? null : (attributor.index.lookup(name)?.name ?? sourceName(name, attributor.index));
  const decide = claimRules(attributor, textOf, trailing);
  return (sentence, start, end, tokens, q, unitEnd) => {
    const claim = decide(sentence, start, end, tokens, q, unitEnd);
    // The attribution module's own speaker (an entity or a group it read at a verb) needs no second check.
    const a = attributor.claimantAt(sentence.paragraph, start, end);
    if (a && claim.name === a.name) return claim;
    return { ...claim, name: canonical(claim.name) };
  };
}

/** The ordered rules of {@link claimantResolver}, before names are made canonical. */
function claimRules(
  attributor: ReturnType<typeof createAttributor>,
  textOf: ReadonlyMap<number, string>,
  trailing: (sentence: Sentence, end: number) => string | null,
): ClaimantOf {
  return (sentence, start, end, tokens, q, unitEnd) => {
    if (isAttributionSource(tokens, q, unitEnd)) return { name: null, isSource: true };
    const text = textOf.get(sentence.paragraph) ?? '';
    const a = attributor.claimantAt(sentence.paragraph, start, end);
    if (a?.rule === 'inside-quote') return { name: a.name, isSource: false };
    // "…for the eight men and four women on the jury, such issues were far…, said Ms. Stefanek": a definite
    // count is known background; the clause closing the sentence claims the rest.
    const det = tokens[q.first - 1];
    if (a?.rule === 'clause-later-in-sentence' && det && /^(?:the|its|their|his|her)$|['’]s$/.test(det.lower)) {
      return { name: null, isSource: false };
    }
    const spans = attributor.quoteSpans(sentence.paragraph);
    const quote = spans.find((s) => s.outerStart <= start && start < s.outerEnd);
    if (quote) return { name: trailingSource(tokens, quote.outerEnd, text, true), isSource: false };
    const phrase = normalise(text.slice(start, end));
    // The claimant phrase contains the figure: "two US officials familiar with…" is who speaks, not a count.
    if (a && phrase && normalise(a.name).includes(phrase)) return { name: null, isSource: true };
    if (isPresupposed(tokens, q.first)) return { name: null, isSource: false };
    const quoted = (t: Token) => spans.some((s) => s.outerStart <= t.start && t.end <= s.outerEnd);
    const according = accordingTo(tokens, text, quoted);
    if (a?.rule === 'according-to') return { name: fuller(a.name, according), isSource: false };
    if (according && !a) return { name: according, isSource: false };
    const own = reportingSubject(tokens, q.first, text, quoted);
    if (a) {
      const at = mentionBefore(text, sentence.start, start, [a.name, ...a.aliases]);
      const later = own !== null && at >= 0 && own.at > at;
      // A bare common noun ("agency") is better told by the whole phrase ("UN refugee agency").
      return { name: later ? (own?.name ?? a.name) : fuller(a.name, own?.name ?? null), isSource: false };
    }
    return { name: own?.name ?? trailing(sentence, end) ?? trailingSource(tokens, end, text, false), isSource: false };
  };
}

/** Plural nouns for people that speak as a group without a name ("officials", "organisers", "the media"). */
const GROUP_HEADS = wordSet(
  'officials analysts experts economists researchers scientists sources media authorities organisers organizers police residents witnesses investigators prosecutors lawmakers leaders executives strategists traders investors diplomats observers critics activists campaigners unions workers employees coastguard regulators',
);
/** Documents whose issuer is the claimant ("FactSet data" → FactSet). */
const DOCUMENT_NOUNS = wordSet(
  'data report reports survey analysis study poll figures statistics estimates research filing census',
);
/** Words that never modify a source's head noun: they start or link clauses. */
const NOT_MODIFIERS = wordSet(
  'that which who whom whose when where while is are was were be been has have had will would can could may might to in on with by from as than compared',
);
/** Lower-case words that may sit inside a source's name ("Institute for the Study of War"). */
const SOURCE_CONNECTORS = new Set(['of', 'for', 'at', 'the', 'and', 'on']);

/**
 * A source phrase this module read from the words around a figure, kept only when it is a whole noun phrase
 * naming who speaks: its last word a person, group or body noun ("port officials", "regional fishing council"),
 * its other words names, modifiers or connectors, never a verb ("GasBuddy data compiled") or a stray word
 * ("In the United", "monthly"). "<Name> data" gives the name when the article knows it. Otherwise null.
 */
export function sourceName(phrase: string, index: Pick<EntityIndex, 'lookup'>): string | null {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  const head = (words.at(-1) as string).toLowerCase().replace(/['’]s$/, '');
  if (DOCUMENT_NOUNS.has(head) && words.length >= 2) {
    const issuer = index.lookup(words.slice(0, -1).join(' '));
    return issuer ? issuer.name : null;
  }
  if (!ROLE_WORDS.has(head) && !ORG_HEADS.has(head) && !GROUP_HEADS.has(head)) return null;
  const body = words.slice(0, -1);
  const wellFormed = body.every((w, i) => {
    const lower = w.toLowerCase();
    if (/\d/.test(w)) return false;
    if (/^\p{Lu}/u.test(w)) return true;
    if (SOURCE_CONNECTORS.has(lower)) return i > 0 || lower === 'the';
    // Modifiers such as "regional fishing" or "US-based" may stand before the head; verbs and clause words not.
    return !SPEECH_VERBS.has(lower) && !NOT_MODIFIERS.has(lower);
  });
  return wellFormed ? phrase.replace(/^the\s+/i, '') : null;
}
