import type { EntityKind, Figure, Quote } from '../extract/types.ts';
import type { SearchIndex } from '../search/index.ts';
import { type AnswerContext, memo, type Stepwise, sortInSteps, stepwise } from './context.ts';
import { editDistanceWithin, givenNameForms, nameWords, wordsMatch } from './names.ts';

/** A person or body across all articles: how they are named, their roles, their words and their figures. */
export interface Person {
  readonly name: string;
  readonly kind: EntityKind | null;
  readonly roles: readonly string[];
  readonly aliases: readonly string[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  /** Where each article mentions them. */
  readonly mentions: ReadonlyArray<{ readonly article: string; readonly paragraphs: readonly number[] }>;
}

interface Draft {
  name: string;
  kind: EntityKind | null;
  roles: Set<string>;
  aliases: Set<string>;
  quotes: Quote[];
  figures: Figure[];
  mentions: Map<string, Set<number>>;
}

/**
 * Everyone the articles quote, cite as a source of figures, or name, merged by canonical name across articles.
 * Computed once per context. Ordered by how much they say: quotes, then figures, then mentions.
 */
export function people(ctx: AnswerContext): readonly Person[] {
  return peopleBuilder(ctx).value();
}

/** The people directory of a context, to build step by step (see {@link stepwise}). */
export function peopleBuilder(ctx: AnswerContext): Stepwise<readonly Person[]> {
  return stepwise(ctx, 'people', () => directory(ctx));
}

/** Articles whose facts one step of the directory reads. */
const DIRECTORY_STEP = 20;

function* directory(ctx: AnswerContext): Generator<void, Person[], void> {
  const drafts = new Map<string, Draft>();
  const draft = (name: string): Draft => {
    const key = mergeKey(name);
    let d = drafts.get(key);
    if (!d) {
      d = { name, kind: null, roles: new Set(), aliases: new Set(), quotes: [], figures: [], mentions: new Map() };
      drafts.set(key, d);
    } else if (d.name !== name) d.aliases.add(name);
    return d;
  };
  let read = 0;
  for (const facts of ctx.facts) {
    if (++read % DIRECTORY_STEP === 0) yield;
    for (const e of facts.entities) {
      const d = draft(e.name);
      d.kind ??= e.kind;
      if (e.role) d.roles.add(e.role);
      for (const a of e.aliases) d.aliases.add(a);
      const m = d.mentions.get(facts.article) ?? new Set<number>();
      for (const p of e.paragraphs) m.add(p);
      d.mentions.set(facts.article, m);
    }
    for (const q of facts.quotes) {
      if (!q.speaker || q.kind === 'term') continue;
      const d = draft(q.speaker);
      if (q.speakerRole) d.roles.add(q.speakerRole);
      for (const a of q.speakerAliases) d.aliases.add(a);
      d.quotes.push(q);
    }
    for (const f of facts.figures) if (f.claimant) draft(f.claimant).figures.push(f);
  }
  yield;
  const list: Person[] = [];
  const weight = new Map<Person, number>();
  for (const d of drafts.values()) {
    if (list.length % DIRECTORY_STEP_PEOPLE === DIRECTORY_STEP_PEOPLE - 1) yield;
    const p: Person = {
      name: d.name,
      kind: d.kind,
      roles: [...d.roles],
      aliases: [...d.aliases].filter((a) => a !== d.name),
      quotes: d.quotes,
      figures: d.figures,
      mentions: [...d.mentions].map(([article, ps]) => ({ article, paragraphs: [...ps].sort((a, b) => a - b) })),
    };
    list.push(p);
    weight.set(
      p,
      p.quotes.length * 100 + p.figures.length * 10 + p.mentions.reduce((n, m) => n + m.paragraphs.length, 0),
    );
  }
  yield;
  // A collator compares as `localeCompare` does, without setting up the comparison again for every pair.
  return yield* sortInSteps(
    list,
    (a, b) => (weight.get(b) as number) - (weight.get(a) as number) || COLLATOR.compare(a.name, b.name),
  );
}

/**
 * One key for the ways publishers write one person's full name: "Jerome H. Powell" and "Jerome Powell", "António
 * Horta-Osório" and "Antonio Horta-Osorio" (middle initials and accents left out). A one-word name keeps its own key.
 */
function mergeKey(name: string): string {
  const words = nameWords(name);
  const kept = words.filter((w) => w.length > 1);
  return kept.length >= 2 ? kept.join(' ') : words.join(' ');
}

/** People one step of the directory's last stage makes. */
const DIRECTORY_STEP_PEOPLE = 250;

const COLLATOR = new Intl.Collator();

/** Every way a person is named: canonical name, aliases and roles. */
export function namesOf(p: Person): string[] {
  return [p.name, ...p.aliases, ...p.roles];
}

/**
 * The words of everyone's names, and which people each word names, built once per context: a query looks up the
 * people one of its words names instead of splitting every name of the archive.
 */
export interface NameIndex {
  readonly all: readonly Person[];
  /** By position in `all`: the words of each of {@link namesOf}, canonical name first. */
  readonly words: readonly (readonly (readonly string[])[])[];
  /** How many of each person's `words` are the name and aliases (the rest are roles). */
  readonly ownNames: readonly number[];
  /** A word of any name, alias or role → positions of the people it names, ascending. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** A word of a name or alias (not a role) → positions of those people, ascending. */
  readonly byNameWord: ReadonlyMap<string, readonly number[]>;
  /** Every key of `byWord`, sorted, for the words a partly typed word begins. */
  readonly sorted: readonly string[];
  /** Every key of `byNameWord` by length, for words a misspelling may stand for. */
  readonly nameWordsByLength: ReadonlyMap<number, readonly string[]>;
}

/** People one step of the name index reads. */
const NAME_INDEX_STEP = 250;

/** The name index of a context (see {@link NameIndex}), built on first use. */
export function nameIndex(ctx: AnswerContext): NameIndex {
  return nameIndexBuilder(ctx).value();
}

/** The name index of a context, to build step by step (see {@link stepwise}). */
export function nameIndexBuilder(ctx: AnswerContext): Stepwise<NameIndex> {
  return stepwise(ctx, 'name-index', function* () {
    const all = people(ctx);
    const byWord = new Map<string, number[]>();
    const byNameWord = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, word: string, i: number) => {
      const list = map.get(word);
      if (!list) map.set(word, [i]);
      else if (list.at(-1) !== i) list.push(i);
    };
    const words: (readonly string[])[][] = [];
    for (const [i, p] of all.entries()) {
      if (i % NAME_INDEX_STEP === NAME_INDEX_STEP - 1) yield;
      const own = [p.name, ...p.aliases].map(nameWords);
      const roles = p.roles.map(nameWords);
      for (const ws of own) for (const w of ws) add(byNameWord, w, i);
      for (const ws of [...own, ...roles]) for (const w of ws) add(byWord, w, i);
      words.push([...own, ...roles]);
    }
    yield;
    const nameWordsByLength = new Map<number, string[]>();
    for (const w of byNameWord.keys()) {
      const list = nameWordsByLength.get(w.length);
      if (list) list.push(w);
      else nameWordsByLength.set(w.length, [w]);
    }
    return {
      all,
      words,
      ownNames: all.map((p) => 1 + p.aliases.length),
      byWord,
      byNameWord,
      sorted: [...byWord.keys()].sort(),
      nameWordsByLength,
    };
  });
}

/** Positions of the people with a name word that starts with `prefix`, ascending. */
function byPrefix(index: NameIndex, prefix: string): number[] {
  let lo = 0;
  let hi = index.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.sorted[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<number>();
  for (let i = lo; i < index.sorted.length && (index.sorted[i] as string).startsWith(prefix); i++)
    for (const p of index.byWord.get(index.sorted[i] as string) ?? []) out.add(p);
  return [...out].sort((a, b) => a - b);
}

/**
 * The people a query names, best first: an exact canonical name first, then people named by an alias or role
 * ("Kremlin spokesperson"), then partial matches.
 */
export function findPeople(ctx: AnswerContext, query: string): Person[] {
  const q = nameWords(query);
  const first = q[0];
  if (first === undefined) return [];
  const index = nameIndex(ctx);
  // Only people with a name word equal to the first word typed (or, typed alone, starting with it) can match.
  const candidates = q.length === 1 && first.length >= 3 ? byPrefix(index, first) : (index.byWord.get(first) ?? []);
  const exact: Person[] = [];
  const other: Person[] = [];
  for (const i of candidates) {
    const words = index.words[i] as readonly (readonly string[])[];
    if (wordsMatch(q, words.slice(0, 1))) exact.push(index.all[i] as Person);
    else if (wordsMatch(q, words)) other.push(index.all[i] as Person);
  }
  return [...exact, ...other];
}

/** The people whose name or alias holds every one of `words` (folded), in the directory's order. */
export function peopleNamedBy(ctx: AnswerContext, words: readonly string[]): Person[] {
  const first = words[0];
  if (first === undefined) return [];
  const index = nameIndex(ctx);
  return (index.byNameWord.get(first) ?? []).flatMap((i) => {
    const own = (index.words[i] as readonly (readonly string[])[]).slice(0, index.ownNames[i]);
    return own.some((ws) => words.every((w) => ws.includes(w))) ? [index.all[i] as Person] : [];
  });
}

/**
 * The one person a short form of the given name and the surname name ("Fred Smith" → Frederick W. Smith, "Alex
 * Karp" → Alexander Karp); null when none or several are.
 */
export function personByShortName(ctx: AnswerContext, words: readonly string[]): Person | null {
  const given = words[0];
  const surname = words.at(-1);
  if (words.length < 2 || given === undefined || surname === undefined || given.length < 3) return null;
  const index = nameIndex(ctx);
  const found = new Set<Person>();
  for (const i of index.byNameWord.get(surname) ?? []) {
    const own = (index.words[i] as readonly (readonly string[])[]).slice(0, index.ownNames[i]);
    const shortened = own.some(
      (ws) => ws.at(-1) === surname && ws.some((w) => w !== given && w.length > given.length && w.startsWith(given)),
    );
    if (shortened) found.add(index.all[i] as Person);
  }
  return found.size === 1 ? ([...found][0] as Person) : null;
}

/** Edits allowed between an asked word and a name word: none for very short words, about one in four letters. */
function allowedEdits(word: string): number {
  return word.length < 3 ? 0 : Math.max(1, Math.floor(word.length / 4));
}

/**
 * The one person whose name (or alias) is closest to every typed word, within {@link allowedEdits} ("pesckov" →
 * Dmitry Peskov, "Daniel Eck" → Daniel Ek); null when none is, or two are equally close. An exact match is not a
 * misspelling, so it is not returned here. `only` narrows the people considered (e.g. to those quoted).
 */
export function closestPerson(
  ctx: AnswerContext,
  words: readonly string[],
  only: (p: Person) => boolean = () => true,
): Person | null {
  const first = words[0];
  if (first === undefined) return null;
  const index = nameIndex(ctx);
  // The name words within reach of each typed word, with their distance: found once, by length, not per person.
  const near = words.map((w) => {
    const max = allowedEdits(w);
    const out = new Map<string, number>();
    for (let n = w.length - max; n <= w.length + max; n++) {
      for (const x of index.nameWordsByLength.get(n) ?? []) {
        const d = editDistanceWithin(w, x, max);
        if (d <= max) out.set(x, d);
      }
    }
    // A given name typed in its other form ("larry" for Lawrence) is as near as one edit.
    for (const form of givenNameForms(w)) if (!out.has(form)) out.set(form, 1);
    return out;
  });
  const candidates = new Set<number>();
  for (const x of (near[0] as Map<string, number>).keys())
    for (const i of index.byNameWord.get(x) ?? []) candidates.add(i);
  let best = Number.POSITIVE_INFINITY;
  const found = new Set<Person>();
  for (const i of candidates) {
    const p = index.all[i] as Person;
    if (!only(p)) continue;
    for (const ws of (index.words[i] as readonly (readonly string[])[]).slice(0, index.ownNames[i])) {
      let total = 0;
      for (const m of near) {
        let d = Number.POSITIVE_INFINITY;
        for (const x of ws) d = Math.min(d, m.get(x) ?? Number.POSITIVE_INFINITY);
        total += d;
        if (total === Number.POSITIVE_INFINITY) break;
      }
      // An exact match is not a misspelling (and was not found); a name not within reach of every word is no match.
      if (total === 0 || total === Number.POSITIVE_INFINITY || total > best) continue;
      if (total < best) {
        best = total;
        found.clear();
      }
      found.add(p);
    }
  }
  return found.size === 1 ? ([...found][0] as Person) : null;
}

/**
 * The index narrowed to the articles where any of these speakers is quoted (any kind of quotation), so a search
 * filtered to their quotations never reads the documents of other articles. Scores do not change: a narrowed index
 * ranks with the whole archive's statistics.
 */
export function quotingIndex(ctx: AnswerContext, speakers: Iterable<string>): SearchIndex {
  const bySpeaker = quotingArticles(ctx);
  const articles = new Set<string>();
  for (const s of speakers) for (const a of bySpeaker.get(s) ?? []) articles.add(a);
  return ctx.index.scoped(articles);
}

/** The articles quoting each speaker (any kind of quotation), once per knowledge. */
export function quotingArticles(ctx: AnswerContext): ReadonlyMap<string, ReadonlySet<string>> {
  const whole = ctx.whole ?? ctx;
  return memo(whole, 'quoting-articles', () => {
    const out = new Map<string, Set<string>>();
    for (const f of whole.facts)
      for (const q of f.quotes) {
        if (!q.speaker) continue;
        const set = out.get(q.speaker) ?? new Set<string>();
        set.add(f.article);
        out.set(q.speaker, set);
      }
    return out;
  });
}
