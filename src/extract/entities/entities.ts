import nlp from 'compromise';
import type { Article } from '../../knowledge/types.ts';
import {
  isCapitalised,
  joinTokens,
  looksLikeRole,
  lowerHeadAhead,
  maskQuotes,
  type PhraseReading,
  phraseBefore,
  ROLE_WORDS,
  readPhrase,
  SPEECH_VERBS,
  stripPossessive,
  TITLES,
  type Token,
  tokenize,
} from '../language/index.ts';
import type { Entity, EntityKind, Sentence } from '../types.ts';

/** One place in the text where a phrase names a person, body or place. */
export interface Mention {
  readonly paragraph: number;
  /** Offsets within the paragraph text. */
  readonly start: number;
  readonly end: number;
  readonly reading: PhraseReading;
  /** Does the phrase open its sentence? A capitalised word there may be a common word ("Work covers…"). */
  readonly sentenceInitial: boolean;
}

/**
 * Finds the noun phrases of a text that name somebody or something: maximal runs of capitalised words with
 * the role words written before them ("Kremlin spokesperson Dmitry Peskov"), plus lower-case bodies
 * ("Russia's defense ministry"). An appositive role that follows a name ("Gen. Valery Gerasimov, the Chief of
 * the Russian General Staff,") or precedes it ("Ukraine's Defense Minister, Oleksiy Reznikov") is attached.
 */
export function findMentions(text: string, paragraph = 0): Mention[] {
  const tokens = tokenize(text);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = runEnd(tokens, i);
    if (end === i) {
      i++;
      continue;
    }
    const range = phraseBefore(tokens, end);
    if (!range || range.from > i + 1) {
      i = end;
      continue;
    }
    const words = tokens.slice(range.from, range.to);
    let reading = readPhrase(words);
    if (reading && reading.kind !== 'pronoun') {
      reading = withAppositive(reading, tokens, range, text);
      const startTok = tokens[range.from] as Token;
      const endTok = tokens[range.to - 1] as Token;
      const sentenceInitial = /(^|[.!?]["\u201D\u2019]?)\s*["\u201C\u201D]?\s*$/u.test(text.slice(0, startTok.start));
      out.push({ paragraph, start: startTok.start, end: endTok.end, reading, sentenceInitial });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Index just after a run of words that could end a name, starting at `i` (equal to `i` when none starts). */
function runEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !isCapitalised(t)) return i;
  let j = i + 1;
  while (j < tokens.length) {
    const u = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (/['’]s$/.test(prev.text)) {
      // "Ukraine's Defense Minister": a possessive may be followed by a role written in lower case.
      if (/^\p{L}/u.test(u.text)) {
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
    if (['of', 'for', 'de', 'le'].includes(u.lower) && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

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

/** Generic last words of airline names, whose first word alone also names them ("Swiss" for "Swiss Air"). */
const AIRLINE_HEADS = new Set(['air', 'airlines', 'airways', 'airline']);

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
      if (r === null || r.kind === 'description') {
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
  return /^(chief|head|director|managing|publisher|associate|assistant|professor|spokes\w+|minister|secretary|president|chairman|chair|founder|editor|commander|leader|analyst|senior|deputy|ambassador|adviser|advisor|general|executive|chief|owner|ceo|lecturer|researcher|fellow)$/i.test(
    t.text,
  );
}

/** Words that identify a person as the same one across mentions: surname and "Mr/Ms/Dr Surname". */
function personAliases(name: string): string[] {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? name;
  // "Jean-Yves Le Drian" → "Le Drian"; compound surnames keep their particle.
  const particle =
    words.length >= 3 && /^(Le|La|De|Van|Von|Al|Du|Da|Del)$/.test(words.at(-2) ?? '')
      ? `${words.at(-2)} ${last}`
      : last;
  return [...new Set([particle, last, `Mr ${last}`, `Ms ${last}`, `Mrs ${last}`, `Dr ${last}`])];
}

/**
 * The article's entities with canonical names: a person is named by the fullest form the article gives
 * ("Dmitry Peskov"), and the surname alone, "Mr Surname" and the role become aliases.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, MutableEntity>();
  private readonly list: MutableEntity[] = [];

  /** Adds a mention, merging it with the entity it names. */
  add(m: Mention): void {
    const r = m.reading;
    if (r.kind === 'pronoun' || r.kind === 'statement' || r.kind === 'description') return;
    const kind: EntityKind =
      r.kind === 'organization' || r.kind === 'group' ? 'organization' : r.kind === 'place' ? 'place' : 'person';
    const existing = this.lookup(r.name);
    if (existing) {
      existing.paragraphs.add(m.paragraph);
      if (r.role && !existing.role) existing.role = r.role;
      if (r.role) existing.aliases.add(r.role);
      if (r.name !== existing.name) existing.aliases.add(r.name);
      if (r.kind === 'person' && existing.kind !== 'person' && existing.bare) existing.kind = 'person';
      if (r.gender && !existing.gender) existing.gender = r.gender;
      if (!m.sentenceInitial) existing.midSentence = true;
      return;
    }
    if (r.kind === 'name' && r.name.split(' ').length === 1) {
      // A bare single name is recorded but may later turn out to be a known person's surname.
      const e = this.create(r.name, 'organization', r.role, m.paragraph, true);
      if (r.gender) e.gender = r.gender;
      e.midSentence = !m.sentenceInitial;
      return;
    }
    const e = this.create(r.name, kind, r.role, m.paragraph, false);
    if (r.gender) e.gender = r.gender;
    // "Swiss Air" is also "Swiss", "Wizz Air" also "Wizz": a body's distinctive first word.
    const words = r.name.split(' ');
    if (kind === 'organization' && words.length === 2 && AIRLINE_HEADS.has((words[1] as string).toLowerCase())) {
      this.key(words[0] as string, e);
      const bare = this.list.find((x) => x !== e && x.bare && x.name === words[0]);
      if (bare) this.absorb(e, bare);
    }
    if (kind === 'person' && r.name.includes(' ')) {
      for (const a of personAliases(r.name)) this.key(a, e);
      // A bare surname seen earlier ("Peskov said" before "Dmitry Peskov") folds into the full name.
      const last = r.name.split(' ').at(-1) ?? '';
      const bare = this.list.find((x) => x !== e && x.bare && x.name === last);
      if (bare) this.absorb(e, bare);
    }
  }

  private absorb(into: MutableEntity, from: MutableEntity): void {
    for (const p of from.paragraphs) into.paragraphs.add(p);
    for (const a of from.aliases) into.aliases.add(a);
    into.midSentence ||= from.midSentence;
    this.list.splice(this.list.indexOf(from), 1);
    for (const [k, v] of this.byKey) if (v === from) this.byKey.set(k, into);
  }

  private create(name: string, kind: EntityKind, role: string | null, paragraph: number, bare: boolean): MutableEntity {
    const e: MutableEntity = {
      name,
      kind,
      role,
      aliases: new Set(),
      paragraphs: new Set([paragraph]),
      gender: null,
      bare,
      midSentence: true,
    };
    if (role) e.aliases.add(role);
    this.list.push(e);
    this.key(name, e);
    return e;
  }

  private key(alias: string, e: MutableEntity): void {
    const k = normKey(alias);
    if (!this.byKey.has(k)) this.byKey.set(k, e);
  }

  /** The entity a surface name refers to ("Peskov", "Mr Johnson", "the Kremlin"), if the article names it. */
  lookup(name: string): MutableEntity | undefined {
    const k = normKey(name);
    const hit = this.byKey.get(k);
    if (hit) return hit;
    const noTitle = k.replace(/^(mr|ms|mrs|dr|prof|gen|sir)\.?\s+/, '');
    const titled = this.byKey.get(noTitle);
    if (titled) return titled;
    // "the Commission" for "European Commission": the one body whose name ends with the word.
    if (!k.includes(' ')) {
      const bodies = this.list.filter(
        (e) => e.kind === 'organization' && !e.bare && e.name.toLowerCase().endsWith(` ${k}`),
      );
      if (bodies.length === 1) return bodies[0];
    }
    return undefined;
  }

  /**
   * Is this bare single word perhaps no name at all: only ever seen opening a sentence ("Work covers…") and
   * unknown to compromise as a proper noun?
   */
  isDoubtful(e: MutableEntity): boolean {
    return e.bare && !e.midSentence && taggedKind(e.name) === null;
  }

  /** The only entity whose role or name contains every word of a description ("prime minister"), if exactly one does. */
  describe(description: string): MutableEntity | undefined {
    const words = description.split(/\s+/);
    const hits = this.list.filter((e) => {
      const hay = `${e.role ?? ''} ${e.name}`.toLowerCase();
      return !e.bare && words.every((w) => hay.includes(w));
    });
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** Records that a person is referred to as "he" or "she". */
  setGender(name: string, gender: 'male' | 'female'): void {
    const e = this.lookup(name);
    if (e && !e.gender) e.gender = gender;
  }

  /**
   * Every entity, in order of first mention. A bare single name that no role, title or full name explains is
   * kept only when compromise recognises it as a place, person or organisation, and a body whose name starts
   * in lower case ("the firm") is no name at all.
   */
  entities(): Entity[] {
    const kept: MutableEntity[] = [];
    for (const e of this.list) {
      if (/^\p{Ll}/u.test(e.name) && !/^(two|three|four|some|several|many|other)\b/.test(e.name)) continue;
      if (e.bare) {
        const tagged = taggedKind(e.name);
        if (!tagged) continue;
        e.kind = tagged;
      } else if (e.kind === 'person' && taggedKind(e.name) === 'place') {
        e.kind = 'place';
      }
      kept.push(e);
    }
    return kept.map((e) => ({
      name: e.name,
      kind: e.kind,
      role: e.role,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      paragraphs: [...e.paragraphs].sort((a, b) => a - b),
    }));
  }
}

/** An entity while the index is being built; `bare` marks a single name not yet known to be a person. */
export interface MutableEntity {
  name: string;
  kind: EntityKind;
  role: string | null;
  aliases: Set<string>;
  paragraphs: Set<number>;
  gender: 'male' | 'female' | null;
  bare: boolean;
  /** Seen at least once away from the start of a sentence. */
  midSentence: boolean;
}

/** Is a capitalised word a plural common noun ("Residents", "Critics"): a group, not a name? */
export function isPluralCommonNoun(word: string): boolean {
  const doc = nlp(word);
  return doc.has('#Plural') && !doc.has('#ProperNoun');
}

/** What compromise's tagger makes of a name on its own, or null when it does not know it. */
function taggedKind(name: string): EntityKind | null {
  if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}\d*$/u.test(name)) return 'organization';
  const doc = nlp(name);
  if (doc.has('#Place')) return 'place';
  if (doc.has('#Organization')) return 'organization';
  if (doc.has('#Person')) return 'person';
  return null;
}

function normKey(name: string): string {
  return stripPossessive(name.trim())
    .replace(/^the\s+/i, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Builds the entity index of an article from its paragraphs. Names inside quotations count as mentions too,
 * so that the index knows everyone the article names.
 */
export function buildEntityIndex(paragraphs: ReadonlyArray<{ number: number; text: string }>): EntityIndex {
  const index = new EntityIndex();
  // Full names first, so that a bare surname met earlier can be folded in whatever the order.
  const all = paragraphs.flatMap((p) => findMentions(maskQuotes(p.text, ' '), p.number));
  for (const m of all) if (m.reading.kind === 'person') index.add(m);
  for (const m of all) if (m.reading.kind !== 'person') index.add(m);
  return index;
}

/** Finds the people, bodies and places an article names, with their roles and aliases. */
export function extractEntities(article: Article, _sentences: readonly Sentence[]): Entity[] {
  return buildEntityIndex(article.paragraphs).entities();
}
