/**
 * Mentions: the places where a paragraph names a person, body or place, with the role written around the name
 * ("Kremlin spokesperson Dmitry Peskov", "Gen. Valery Gerasimov, the Chief of the Russian General Staff,"). A
 * mention is read from the words themselves; which entity it names is decided later, over the whole article.
 */
import {
  isCapitalised,
  isCommonWord,
  isNounOrAdjective,
  joinTokens,
  looksLikeRole,
  lowerHeadAhead,
  NOT_NAMES,
  ORG_HEADS,
  ORG_NAME_WORDS,
  type PhraseReading,
  phraseBefore,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  readPhrase,
  SPEECH_VERBS,
  TITLES,
  type Token,
  tokenize,
} from '../language/index.ts';

/** One place in the text where a phrase names a person, body or place. */
export interface Mention {
  readonly paragraph: number;
  /** Offsets within the paragraph text. */
  readonly start: number;
  readonly end: number;
  readonly reading: PhraseReading;
  /** Does the phrase open its sentence? A capitalised word there may be a common word ("Work covers…"). */
  readonly sentenceInitial: boolean;
  /** A short form given in brackets right after the name: "Department for Transport (DfT)". */
  readonly short?: string;
}

/**
 * What the whole article says about capitalised words, so that a sentence's first word is read as a name only
 * when the article supports it: "Following Brexit, …" starts with a common word, "Amazon said" with a name.
 */
export interface NameContext {
  /** Lower-cased words the article writes capitalised away from a sentence's start. */
  readonly capitalisedMid: ReadonlySet<string>;
  /** Lower-cased words the article writes in lower case. */
  readonly lowerCase: ReadonlySet<string>;
}

/** Builds the {@link NameContext} of an article's paragraphs (quotations included: they are the same words). */
export function nameContextOf(paragraphs: ReadonlyArray<{ text: string }>): NameContext {
  const capitalisedMid = new Set<string>();
  const lowerCase = new Set<string>();
  for (const p of paragraphs) {
    let prev: Token | undefined;
    for (const t of tokenize(p.text)) {
      if (/^\p{Ll}/u.test(t.text)) lowerCase.add(t.lower);
      else if (/^\p{Lu}/u.test(t.text) && prev && /^[\p{L}\p{N},;]/u.test(prev.text)) capitalisedMid.add(t.lower);
      prev = t;
    }
  }
  return { capitalisedMid, lowerCase };
}

/** Is the paragraph a headline in capitals ("RUSSIA CONFLICT STOKES ENERGY CONCERNS")? It names nobody reliably. */
function isShouting(text: string): boolean {
  // A lower-case ASCII letter changes under upper-casing: no need to collect the letters.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase();
}

/** Is token `i` the first word of its sentence (after any opening quotation mark or bracket)? */
function opensSentence(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  // Only the end of the text before the word counts: the spaces right before it, an opening mark and the
  // spaces before that, then one or two marks of a sentence's end. Testing that tail, not the whole text
  // before the word, keeps the test linear in the paragraph's length.
  let k = t.start;
  while (k > 0 && /\s/u.test(text[k - 1] as string)) k--;
  // A quotation masked out with spaces comes right before: "“…,” Transport Minister Anna Kowalski said".
  if (t.start - k >= 3) return false;
  if (k > 0 && /["\u201C\u201D(]/u.test(text[k - 1] as string)) {
    k--;
    while (k > 0 && /\s/u.test(text[k - 1] as string)) k--;
  }
  const from = Math.max(0, k - 2);
  return (from === 0 ? SENTENCE_OPENS : SENTENCE_OPENS_INSIDE).test(text.slice(from, t.start));
}

/** The end of the text before a sentence's first word: the paragraph's start or a sentence's end, then marks. */
const SENTENCE_OPENS = /(^|[.!?]["\u201D\u2019)]?|[:\u2014])\s*["\u201C\u201D(]?\s*$/u;
/** The same for a tail cut out of the text: its start is not the paragraph's. */
const SENTENCE_OPENS_INSIDE = /([.!?]["\u201D\u2019)]?|[:\u2014])\s*["\u201C\u201D(]?\s*$/u;

/**
 * May the capitalised word that opens a sentence start a name? Titles and role words may ("Chancellor Rishi
 * Sunak said"); a common word ("Following", "Banks") may not unless the article also writes it capitalised
 * inside a sentence; an unknown word may unless the article also writes it in lower case.
 */
function mayOpenName(t: Token, next: Token | undefined, context: NameContext | undefined): boolean {
  if (TITLES.has(t.lower) || ROLE_WORDS.has(t.lower) || ORG_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))
    return true;
  if (context?.capitalisedMid.has(t.lower)) return true;
  if (NOT_NAMES.has(t.lower) && t.lower !== 'the') return false;
  // "Credit Suisse said", "Alfredo Ortiz told": a word that is only a noun, followed by a capitalised word that
  // is no common word, is the first word of a name ("Following Brexit" is not: "following" is a verb form).
  if (isCommonWord(t.text)) {
    return isNounOrAdjective(t.text) && next !== undefined && isCapitalised(next) && !isCommonWord(next.text);
  }
  return !context?.lowerCase.has(t.lower);
}

/**
 * Finds the noun phrases of a text that name somebody or something: maximal runs of capitalised words with
 * the role words written before them ("Kremlin spokesperson Dmitry Peskov"), plus lower-case bodies
 * ("Russia's defense ministry"). An appositive role that follows a name ("Gen. Valery Gerasimov, the Chief of
 * the Russian General Staff,") or precedes it ("Ukraine's Defense Minister, Oleksiy Reznikov") is attached.
 * With a {@link NameContext}, a common word opening a sentence is not taken for a name.
 */
export function findMentions(text: string, paragraph = 0, context?: NameContext): readonly Mention[] {
  if (!context) return mentionsIn(text, paragraph, context);
  // The entity index and the attributor read the same masked paragraphs of one article with one context:
  // the second reading is the first one's answer.
  let known = readings.get(context);
  if (!known) {
    known = new Map();
    readings.set(context, known);
  }
  const key = `${paragraph}\u0000${text}`;
  let found = known.get(key);
  if (!found) {
    found = mentionsIn(text, paragraph, context);
    known.set(key, found);
  }
  return found;
}

/** Mentions already found under a context, by paragraph and text; forgotten with the article's context. */
const readings = new WeakMap<NameContext, Map<string, readonly Mention[]>>();

function mentionsIn(text: string, paragraph: number, context: NameContext | undefined): Mention[] {
  if (isShouting(text)) return [];
  const tokens = tokenize(text);
  const out: Mention[] = [];
  let i = 0;
  /** Index just after the last word refused as a name's start: no phrase may reach back over it. */
  let floor = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // "Following Brexit, …": the common word that opens the sentence is not part of the name.
    if (
      isCapitalised(t) &&
      t.lower !== 'the' &&
      opensSentence(tokens, i, text) &&
      !mayOpenName(t, tokens[i + 1], context)
    ) {
      i++;
      floor = i;
      continue;
    }
    // "On Friday Russia's central bank chief…": a weekday or function word never starts a name.
    if (NOT_NAMES.has(t.lower) && t.lower !== 'the' && isCapitalised(t)) {
      i++;
      floor = i;
      continue;
    }
    const end = runEnd(tokens, i);
    if (end === i) {
      i++;
      continue;
    }
    const found = phraseBefore(tokens, end);
    if (!found) {
      i = end;
      continue;
    }
    // "Shares of JPMorgan": the refused sentence opener and its connector stay out of the name.
    let from = found.from;
    if (from < floor) {
      from = floor;
      while (from < i && /^\p{Ll}/u.test((tokens[from] as Token).text)) from++;
    }
    const range = { from, to: found.to };
    const words = tokens.slice(range.from, range.to);
    // "Dr. Pope's insight": a name ending in a possessive is read without it.
    const tail = words.at(-1);
    if (tail && isCapitalised(tail) && /\p{L}['’]s$/u.test(tail.text)) {
      const bare = tail.text.slice(0, -2);
      words[words.length - 1] = { ...tail, text: bare, lower: bare.toLowerCase(), end: tail.start + bare.length };
    }
    let reading = readPhrase(words);
    if (reading && reading.kind !== 'pronoun') {
      reading = withAppositive(reading, tokens, range, text);
      const startTok = tokens[range.from] as Token;
      const endTok = tokens[range.to - 1] as Token;
      const sentenceInitial = opensSentence(tokens, range.from, text);
      const short = shortFormAfter(tokens, range.to);
      out.push({
        paragraph,
        start: startTok.start,
        end: endTok.end,
        reading,
        sentenceInitial,
        ...(short ? { short } : {}),
      });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** "(DfT)", "(OCCRP)": a short form in brackets right after a name, as the article defines it. */
function shortFormAfter(tokens: readonly Token[], k: number): string | undefined {
  const open = tokens[k];
  const word = tokens[k + 1];
  const close = tokens[k + 2];
  if (open?.text !== '(' || !word || close?.text !== ')') return undefined;
  return /^\p{Lu}[\p{L}&.]{1,9}$/u.test(word.text) && /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}\p{Lu}/u.test(word.text)
    ? word.text
    : undefined;
}

/** Index just after a run of words that could end a name, starting at `i` (equal to `i` when none starts). */
function runEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !isCapitalised(t)) return i;
  let j = i + 1;
  let sawOf = false;
  while (j < tokens.length) {
    const u = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (/['’]s$/.test(prev.text)) {
      // "Ukraine's Defense Minister", "Russia's defense ministry": a possessive may be followed by a role or a
      // body written in lower case; "Dr. Pope's insight" ends the name at the possessive.
      if (isCapitalised(u) || ROLE_WORDS.has(u.lower) || ORG_HEADS.has(u.lower) || lowerHeadAhead(tokens, j) > j) {
        j++;
        continue;
      }
      break;
    }
    if (isCapitalised(u) || (/^\p{Ll}/u.test(u.text) && isTrailingHead(u))) {
      j++;
      continue;
    }
    // "Kremlin aide Oleg Sorokin": lower-case role words between a body and a person's name.
    let k = j;
    while (k < tokens.length && k - j < 3 && ROLE_WORDS.has((tokens[k] as Token).lower)) k++;
    if (k > j && tokens[k] && isCapitalised(tokens[k] as Token)) {
      j = k;
      continue;
    }
    const head = lowerHeadAhead(tokens, j);
    if (head > j) {
      j = head;
      continue;
    }
    const next = tokens[j + 1];
    // "Bank of England", "Department for Transport", "Council of the European Union", "Chairman of the Council":
    // "of"/"for" joins a name only after a body's or a role's head word ("Odessa for the Baltic" is two names).
    const joins =
      OF_HEADS.has(prev.lower) ||
      ORG_NAME_WORDS.has(prev.lower) ||
      ROLE_WORDS.has(prev.lower) ||
      TITLES.has(prev.lower);
    if ((['de', 'le'].includes(u.lower) || (joins && ['of', 'for'].includes(u.lower))) && next && isCapitalised(next)) {
      sawOf = true;
      j += 2;
      continue;
    }
    if (
      joins &&
      (u.lower === 'of' || u.lower === 'for') &&
      next?.lower === 'the' &&
      tokens[j + 2] &&
      isCapitalised(tokens[j + 2] as Token)
    ) {
      sawOf = true;
      j += 3;
      continue;
    }
    // "Johnson & Johnson", and "and" inside a body's "of" phrase: "Academy of Motion Picture Arts and Sciences".
    if ((u.text === '&' || (u.lower === 'and' && sawOf)) && next && isCapitalised(next) && !NOT_NAMES.has(next.lower)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Heads that take an "of" phrase inside a name, beyond bodies and roles: "House of Representatives". */
const OF_HEADS = new Set(['house', 'republic', 'kingdom', 'state', 'states', 'province', 'city', 'chamber', 'court']);

const TRAILING_HEADS = new Set([
  'ministry',
  'government',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'officials',
  'center',
  'centre',
  'office',
  'agency',
  'statement',
]);

function isTrailingHead(t: Token): boolean {
  return TRAILING_HEADS.has(t.lower);
}

/** Attaches a role written between commas right after a person's name, or a role phrase right before it. */
function withAppositive(
  reading: PhraseReading,
  tokens: readonly Token[],
  range: { from: number; to: number },
  text: string,
): PhraseReading {
  if (reading.kind !== 'person' && reading.kind !== 'name') return reading;
  if (reading.role && !reading.role.split(/\s+/).every((w) => TITLES.has(w.toLowerCase()))) return reading;
  // "Ukraine's Defense Minister, Oleksiy Reznikov": a role phrase, a comma, then the name.
  const comma = tokens[range.from - 1];
  if (comma?.text === ',') {
    const before = phraseBefore(tokens, range.from - 1);
    if (before) {
      const r = readPhrase(tokens.slice(before.from, before.to));
      // "A spokeswoman for The Times, Danielle Rhoades Ha": a role of a body, read as the body with its role.
      const ofBody = r !== null && r.role !== null && r.kind !== 'person';
      if (r === null || r.kind === 'description' || ofBody) {
        const roleText = joinTokens(tokens.slice(before.from, before.to)).replace(/^(the|a|an)\s+/i, '');
        if (looksLikeRole(roleText)) return { ...reading, kind: 'person', role: roleText };
      }
    }
  }
  // "Gen. Valery Gerasimov, the Chief of the Russian General Staff,": comma, optional "the", role up to a comma.
  const after = tokens[range.to];
  if (after?.text === ',') {
    let j = range.to + 1;
    const startJ = j;
    while (j < tokens.length && tokens[j]?.text !== ',' && tokens[j]?.text !== '.' && j - startJ < 14) {
      // "…Head of the Ukraine Forum at Chatham House agrees there is…": the appositive ends where a verb
      // follows a name.
      const t = tokens[j] as Token;
      if (j > startJ && /^\p{Ll}+s$/u.test(t.text) && isCapitalised(tokens[j - 1] as Token)) break;
      j++;
    }
    const appositive = tokens.slice(startJ, j);
    const head = appositive.filter((t) => t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'an')[0];
    if (head && isRoleHead(head) && !appositive.some((t) => SPEECH_VERBS.has(t.lower))) {
      const roleText = text.slice((appositive[0] as Token).start, (appositive.at(-1) as Token).end);
      return { ...reading, kind: 'person', role: roleText.replace(/^(the|a|an)\s+/i, '') };
    }
  }
  return reading;
}

function isRoleHead(t: Token): boolean {
  return /^(chief|head|director|managing|publisher|associate|assistant|professor|spokes\w+|minister|secretary|president|chairman|chair|founder|editor|commander|leader|analyst|senior|deputy|ambassador|adviser|advisor|general|executive|owner|ceo|lecturer|researcher|fellow)$/i.test(
    t.text,
  );
}
