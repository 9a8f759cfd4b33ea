/**
 * The names a question asks about, found in the knowledge: by any alias, a seat of government ("the Kremlin" for
 * Russia), US/UK spellings, initials ("CS"), a lower-case or misspelt name (the closest person, said so); and who
 * speaks for a name (its people's quotations, sentences where it speaks in the reporter's words).
 */
import { escapeRegExp } from '../regexp.ts';
import { fold, isStopword, processTerm, tokenize } from '../search/index.ts';
import { referenceRarity } from '../stories/index.ts';
import { type AnswerContext, memo, type Stepwise, stepwise } from './context.ts';
import { isCountryName, isDictionaryWord, isEnglishWord } from './english.ts';
import { articlesWith, containsForm, foldedSentences, foldedWords, speaksIn } from './folded.ts';
import { editDistanceWithin, givenNameForms, nameWords, wordsNear } from './names.ts';
import { closestPerson, type Person, people, peopleNamedBy, personByShortName } from './people.ts';
import { isAcronym, PERSON_NOUNS, type Question, type QuestionName } from './question.ts';
import { ROLE } from './ranking.ts';
import { definedShortForms } from './short-forms.ts';
import { namesOfTicker } from './tickers.ts';
import { isStateName, stateAbbreviation, stateOfCode } from './us-states.ts';

/** A name of the question as found in the knowledge. */
export interface FoundName {
  readonly asked: QuestionName;
  /** The person or body it resolved to, when the articles quote, cite or name one by it. */
  readonly person: Person | null;
  /** Folded word sequences that mean this name in a sentence (full name, aliases, surname, initials' expansion). */
  readonly forms: readonly (readonly string[])[];
  /** Articles that mention it. */
  readonly articles: ReadonlySet<string>;
  /** Set when the name was misspelt: what it was taken to mean. */
  readonly corrected: string | null;
}

/** People (or story names) one step of the name lookups below reads. */
const NAMES_STEP = 250;

/** Words a knowledge writes as names: every word of the names of its people and bodies, and of its stories' names. */
export function knowledgeNameWords(ctx: AnswerContext): ReadonlySet<string> {
  return knowledgeNameWordsBuilder(ctx).value();
}

/** {@link knowledgeNameWords}, to build step by step (see {@link stepwise}). */
export function knowledgeNameWordsBuilder(ctx: AnswerContext): Stepwise<ReadonlySet<string>> {
  const whole = ctx.whole ?? ctx;
  return stepwise(whole, 'name-words', function* () {
    const out = new Set<string>();
    for (const [i, p] of people(whole).entries()) {
      if (i % NAMES_STEP === NAMES_STEP - 1) yield;
      for (const n of [p.name, ...p.aliases]) for (const w of nameWords(n)) out.add(w);
    }
    yield;
    for (const s of whole.stories.list) for (const n of s.names) for (const w of nameWords(n)) out.add(w);
    return out;
  });
}

/**
 * For a question typed in lower case: is this word a name? A name of this knowledge, a word news writes as a name,
 * or a word found nowhere (not in the articles, not in news at large, not a misspelling of an article's word).
 */
export function nameTest(ctx: AnswerContext): (word: string) => boolean {
  const known = knowledgeNameWords(ctx);
  const rarity = referenceRarity();
  const phrases = knownPhrases(ctx);
  return (word) => {
    // A run of words that is a name of the knowledge as a whole ("white house").
    if (word.includes(' ')) return phrases.has(word);
    // A preposition or conjunction is no name, though a name holds it ("Under Armour"): "twitter under musk" is two.
    if (JOINING_WORDS.has(word)) return false;
    // Letters joined by an ampersand name a company ("p&o", "at&t", "s&p"), typed in lower case too.
    if (/^\p{L}{1,3}&\p{L}{1,3}$/u.test(word)) return true;
    // "hk", "nyc": the initials of a name of the knowledge, typed in lower case.
    if (word.length <= 3 && !isEnglishWord(word) && byInitials(ctx).has(word)) return true;
    // "ns2": the initials of a name and the number written after it ("Nord Stream 2").
    const numbered = NUMBERED_INITIALS.exec(word);
    if (numbered && byInitials(ctx).has(numbered[1] as string)) return true;
    // A country's short name ("uk"); not "us", which is the pronoun too (see countryOffices for "the us trade …").
    if (word !== 'us' && COUNTRY_SHORT_NAMES.has(word)) return true;
    // A country, though a dictionary holds its word too ("chile", "turkey"): in a question on the news, the country.
    if (isCountryName(word)) return true;
    if (word.length < 3) return false;
    if (known.has(word) || rarity.names.has(word)) return true;
    if (rarity.frequency.has(word) || ctx.index.knows(word) || processTerm(word) === null) return false;
    // An ordinary word the articles do not use ("negotiated", "whats") is no name to look for; nor one the word
    // list holds only in its plural ("payout": "payouts").
    if (isEnglishWord(word) || isEnglishWord(`${word}s`)) return false;
    // Three letters no list holds ("aoc", "mdt"): initials or a ticker typed in lower case, not a misspelling.
    if (word.length === 3) return isTypedInitials(word);
    return word.length >= 4 && ctx.index.suggest(word, 1).length === 0;
  };
}

/** Whether a lower-case word of two to five letters is no word of the dictionaries: initials or a ticker typed so. */
export function isTypedInitials(word: string): boolean {
  return /^[a-z]{2,5}$/.test(word) && !isEnglishWord(word) && !isDictionaryWord(word);
}

/** Whether a person is written with a title typed before their name ("sen", "senator": Sen. Elizabeth Warren). */
function holdsTitle(person: Person, typed: readonly string[]): boolean {
  const titles = typed.map((w) => TITLE_FORMS.get(w) ?? w);
  const written = [person.name, ...person.aliases, ...person.roles].map((n) =>
    tokenize(n).map((w) => TITLE_FORMS.get(fold(w)) ?? fold(w)),
  );
  return titles.length > 0 && titles.every((t) => written.some((ws) => ws.includes(t)));
}

/** Initials typed with the number of the name after them ("ns2", "g7"): the letters, then the number. */
const NUMBERED_INITIALS = /^([a-z]{2,4})(\d{1,2})$/;

/** Titles typed short, by the word they stand for. */
const TITLE_FORMS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['prof', 'professor'],
  ['det', 'detective'],
  ['sgt', 'sergeant'],
  ['insp', 'inspector'],
]);

/** Offices a person holds for another, named by the one they serve ("Ng's lawyer", "the senator's spokeswoman"). */
const SERVING_OFFICES =
  /^(?:lawyer|lawyers|attorney|attorneys|counsel|spokes(?:man|woman|person)|representative|aide|adviser|advisor|agent|publicist)$/;

/** An office as one word whatever the speaker's sex: a "spokesman" asked is the "spokesperson" written. */
function sameOffice(word: string): string {
  return word.replace(/^spokes(?:man|woman|person)$/, 'spokesperson');
}

/**
 * The person who holds an office for someone named by it ("ng's defence lawyer": Marc Agnifilo, "the lawyer" of an
 * article on Ng): a person of the knowledge whose role is that office, in the articles on the one served. The one the
 * articles mention most when several are.
 */
export function officeHolder(ctx: AnswerContext, asked: QuestionName): FoundName | null {
  const m = /^(.+?)['’]s?\s+(?:[\p{L}-]+\s+)*?([\p{L}-]+)$/u.exec(asked.text.trim());
  const owner = m?.[1];
  const office = sameOffice(fold(m?.[2] ?? ''));
  if (!owner || !SERVING_OFFICES.test(office)) return null;
  const served = findName(ctx, { text: owner, capitalised: true, acronym: false });
  if (!served) return null;
  const holders = people(ctx.whole ?? ctx)
    .filter(
      (p) =>
        p.kind === 'person' &&
        [...p.roles, ...p.aliases].some((r) => tokenize(r).some((w) => sameOffice(fold(w)) === office)),
    )
    .map((p) => ({ p, in: p.mentions.filter((x) => served.articles.has(x.article)).length }))
    .filter((x) => x.in > 0)
    .sort((a, b) => b.in - a.in);
  const holder = holders[0]?.p;
  if (!holder) return null;
  const found = findName(ctx, { text: holder.name, capitalised: true, acronym: false });
  // Shown as whom the answer is for ("Showing Dmitry Peskov for "Putin's spokesman"").
  return found ? { ...found, asked, corrected: holder.name } : null;
}

/**
 * Someone a question describes in plain words instead of naming ("the testing industry's trade body"): the one
 * quoted person or body whose name and roles hold most of those words, at least two and half of them ("Tom Watson,
 * chairman of the Laboratory and Testing Industry Organisation"). None when two hold as many.
 */
export function describedSpeaker(ctx: AnswerContext, asked: QuestionName): FoundName | null {
  if (asked.capitalised) return null;
  const words = tokenize(asked.text)
    .map((w) => fold(w).replace(/['’]s$/, ''))
    .filter((w) => w.length > 2 && !JOINING_WORDS.has(w));
  if (words.length < 2) return null;
  const scored = people(ctx.whole ?? ctx)
    .filter((p) => p.quotes.length > 0)
    .map((p) => {
      const own = new Set([p.name, ...p.roles, ...p.aliases].flatMap((r) => tokenize(r).map((w) => fold(w))));
      return { p, held: words.filter((w) => own.has(w)).length };
    })
    .filter((x) => x.held >= 2 && x.held * 2 >= words.length)
    .sort((a, b) => b.held - a.held);
  const [best, next] = scored;
  if (!best || (next && next.held === best.held)) return null;
  const found = findName(ctx, { text: best.p.name, capitalised: true, acronym: false });
  return found ? { ...found, asked } : null;
}

/** The short forms news writes a title in before a name ("Sen." for "senator"), capitalised; none for most. */
export function titleShortForms(title: string): string[] {
  const full = title.toLowerCase();
  return [...TITLE_FORMS]
    .filter(([, t]) => t === full)
    .map(([short]) => short.charAt(0).toUpperCase() + short.slice(1));
}

/** Prepositions, conjunctions and articles, which join names and are none. */
const JOINING_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor of for to in on at by with from into onto under over after before about against between through during without within since until upon via per than as'.split(
    ' ',
  ),
);

/** Folded words as an article writes them ("American Trucking Associations", "battalion tactical groups"). */
function asWritten(ctx: AnswerContext, words: readonly string[], articles: ReadonlySet<string>): string {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])${words.map(escapeRegExp).join(String.raw`[\s-]+`)}(?![\p{L}])`,
    'iu',
  );
  for (const id of articles) {
    for (const p of ctx.article(id)?.paragraphs ?? []) {
      const m = pattern.exec(p.text);
      if (m) return m[0];
    }
  }
  return words.join(' ');
}

/** Is the word a name news writes with a capital (in the reference news set)? */
export function isKnownName(word: string): boolean {
  return referenceRarity().names.has(fold(word));
}

/** The knowledge's names of several words, as folded phrases ("white house"), once per knowledge. */
function knownPhrases(ctx: AnswerContext): ReadonlySet<string> {
  const whole = ctx.whole ?? ctx;
  return memo(whole, 'name-phrases', () => {
    const out = new Set<string>();
    const add = (n: string) => {
      const words = nameWords(n);
      if (words.length > 1) out.add(words.join(' '));
    };
    for (const p of people(whole)) for (const n of [p.name, ...p.aliases]) add(n);
    for (const s of whole.stories.list) for (const n of s.names) add(n);
    return out;
  });
}

/**
 * For a question typed in lower case: is this word, taken alone, an ordinary word that merely appears inside a name
 * of the knowledge ("tax" of the Tax Foundation), not a name news writes with a capital?
 */
export function weakNameTest(ctx: AnswerContext): (word: string) => boolean {
  const rarity = referenceRarity();
  // An ordinary word: in the word list, or common in news at large ("jobs", which the list holds only as a name).
  // Common in news only if longer than an acronym typed in lower case ("nbc").
  // A country is a name, though a dictionary holds its word too ("chile", "turkey").
  return (word) =>
    !rarity.names.has(word) &&
    !isCountryName(word) &&
    (isEnglishWord(word) ||
      // The large list holds given names too ("colleen"): a word of the knowledge's names stays a name.
      (isDictionaryWord(word) && !knowledgeNameWords(ctx).has(word)) ||
      (word.length > 3 && rarity.frequency.has(word))) &&
    !byInitials(ctx).has(word);
}

/** The multi-word names of the knowledge whose initials spell an acronym ("CS" → "Credit Suisse"). */
function expansions(ctx: AnswerContext, acronym: string): string[][] {
  // The initials are the capitals ("of" and "and" have none in a name's initials); a small word written inside the
  // acronym must be in the name ("BofA" is Bank of America, not British Airways).
  // "BTGs": a plural acronym's "s" is no letter of it.
  const bare = acronym.replace(/(?<=\p{Lu})s$/u, '');
  const joiners = bare.match(/\p{Ll}+/gu) ?? [];
  const names = byInitials(ctx).get(bare.replace(/[^\p{Lu}]/gu, '').toLowerCase()) ?? [];
  return names.filter((words) => joiners.every((j) => words.includes(j.toLowerCase())));
}

/**
 * Acronyms of the press whose letters are not the initials of what they name ("GOP": the Republicans), or whose
 * words no article may write as a name of its people or stories ("LA": Los Angeles).
 */
const PRESS_ACRONYMS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['gop', [['republican'], ['republicans']]],
  // Cities chat writes by their initials.
  ['la', [['los', 'angeles']]],
  ['nyc', [['new', 'york']]],
  ['sf', [['san', 'francisco']]],
  // The president's yearly address, whose "the" the initials keep.
  ['sotu', [['state', 'of', 'the', 'union']]],
]);

/** Articles read for an acronym's words when no other name of the question narrows them. */
const ACRONYM_SCAN_LIMIT = 300;

/**
 * An acronym the articles never write, read as the words it stands for where they write them in full ("BTGs" in a
 * question, "battalion tactical groups" in the text): the most frequent run of words whose initials spell it, in
 * the given articles (those holding the question's other names), or in all of them in a small knowledge.
 */
export function acronymInText(
  ctx: AnswerContext,
  asked: QuestionName,
  articles: ReadonlySet<string> | null,
): FoundName | null {
  // Each capital is a word's initial; a small word written inside the acronym ("MoD": Ministry of Defence, "BofA")
  // is the start of a short word of the name.
  const parts = (asked.text.replace(/(?<=\p{Lu})s$/u, '').match(/\p{Lu}|\p{Ll}+/gu) ?? []).map((p) => ({
    start: p.toLowerCase(),
    small: p !== p.toUpperCase(),
  }));
  if (parts.filter((p) => !p.small).length < 2) return null;
  // A capital's word is no function word: "ATA" is not "act there are".
  const fits = (w: string, p: { start: string; small: boolean }) =>
    p.small ? w.length <= 3 && w.startsWith(p.start) : w.length >= 3 && w.startsWith(p.start) && !isStopword(w);
  const sentences = foldedSentences(ctx);
  const ids = articles ?? (sentences.size <= ACRONYM_SCAN_LIMIT ? new Set(sentences.keys()) : new Set<string>());
  const counts = new Map<string, { words: string[]; articles: Set<string> }>();
  for (const id of ids) {
    for (const sentence of sentences.get(id) ?? []) {
      const words = sentence.trim().split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        const run = spelledFrom(words, i, parts, fits);
        if (run === null) continue;
        const key = run.join(' ');
        const seen = counts.get(key) ?? { words: run, articles: new Set<string>() };
        seen.articles.add(id);
        counts.set(key, seen);
      }
    }
  }
  const best = [...counts.values()].sort((a, b) => b.articles.size - a.articles.size)[0];
  if (!best) return null;
  return {
    asked,
    person: null,
    forms: [best.words],
    articles: best.articles,
    corrected: asWritten(ctx, best.words, best.articles),
  };
}

/** Small words a name's initials leave out ("Director of National Intelligence": DNI). */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on']);

/**
 * The words from `start` whose initials spell the parts in turn, passing over the small words initials leave out
 * (not first, and only where the part does not fit them: the "o" of "MoD" is "of"). Null when they do not spell it.
 */
function spelledFrom<P>(
  words: readonly string[],
  start: number,
  parts: readonly P[],
  fits: (word: string, part: P) => boolean,
): string[] | null {
  const run: string[] = [];
  let at = start;
  for (const part of parts) {
    while (
      run.length > 0 &&
      at < words.length &&
      !fits(words[at] as string, part) &&
      INITIALS_SKIP.has(words[at] as string)
    ) {
      run.push(words[at] as string);
      at++;
    }
    const word = words[at];
    if (word === undefined || !fits(word, part)) return null;
    run.push(word);
    at++;
  }
  return run;
}

/**
 * The knowledge's names by their initials ("credit suisse" under "cs", "bank of america" under "ba"), as the words
 * a sentence writes them, in directory order, once per knowledge.
 */
export function byInitials(ctx: AnswerContext): ReadonlyMap<string, string[][]> {
  return byInitialsBuilder(ctx).value();
}

/** {@link byInitials}, to build step by step (see {@link stepwise}). */
export function byInitialsBuilder(ctx: AnswerContext): Stepwise<ReadonlyMap<string, string[][]>> {
  const whole = ctx.whole ?? ctx;
  return stepwise(whole, 'initials', function* () {
    const out = new Map<string, string[][]>();
    const names = [...people(whole).map((p) => p.name), ...whole.stories.list.flatMap((s) => s.names)];
    for (const [i, n] of names.entries()) {
      if (i % NAMES_STEP === NAMES_STEP - 1) yield;
      const words = nameWords(n);
      // As a sentence's folded words have it ("bank of unitedstates": the index folds America).
      const folded = tokenize(n).map((w) => fold(w));
      const written = folded[0] === 'the' ? folded.slice(1) : folded;
      const add = (initials: string, form: string[]) => {
        const list = out.get(initials);
        if (list) list.push(form);
        else out.set(initials, [form]);
      };
      const initials = words
        .filter((w) => !['the', 'of', 'and', 's'].includes(w))
        .map((w) => w[0])
        .join('');
      add(initials, written);
      // "boe" for the Bank of England: chat types the "of" of a name's initials too (not in capitals: "BOE" is
      // read by its capitals, see expansions).
      const withOf = words
        .filter((w) => !['the', 'and', 's'].includes(w))
        .map((w) => w[0])
        .join('');
      if (withOf !== initials) add(withOf, written);
      // "jpm" for "JPMorgan (Chase)": the capitals of a word written with capitals inside, for that word.
      for (const word of tokenize(n)) {
        const capitals = word.replace(/[^\p{Lu}]/gu, '');
        if (capitals.length >= 2 && /\p{Ll}{2}/u.test(word)) add(capitals.toLowerCase(), [fold(word)]);
      }
      // "nyt" for "The New York Times Company": a company's initials leave its legal suffix out.
      if (written.length > 2 && COMPANY_SUFFIXES.has(written.at(-1) ?? '')) {
        add(initials.slice(0, -1), written.slice(0, -1));
      }
    }
    return out;
  });
}

/** The words that close a company's legal name, folded. */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  'company co inc corp corporation group ltd plc holdings llc'.split(' '),
);

/**
 * Whether a name read from a lower-case question is one common English word ("prices"): a word the knowledge
 * also uses in a name, but as likely the asker's plain word.
 */
export function isPlainWord(name: QuestionName): boolean {
  return !name.capitalised && !/\s/.test(name.text.trim()) && referenceRarity().frequency.has(fold(name.text));
}

/**
 * Is the name a capitalised word that describes rather than names ("the Western alliance", "European leaders"): an
 * English adjective, which the articles may say otherwise ("the West")?
 */
export function isDescribingWord(name: QuestionName): boolean {
  const word = fold(name.text.trim());
  return !/\s/.test(word) && /(?:ern|an|ish|ese|ic|al)$/.test(word) && isEnglishWord(word);
}

/** Finds one asked name in the knowledge; null when no article mentions it, even misspelt. */
export function findName(ctx: AnswerContext, asked: QuestionName): FoundName | null {
  const words = tokenize(asked.text).map((w) => fold(w));
  // A country or its people by one word ("Russian", "Kazakhstan") is no one's name, though a title written before a
  // name holds it ("Russian Finance Minister Anton Siluanov", "a Kazakhstan-based journalist").
  const country = words.length === 1 && (isCountry(words[0] as string) || isCountryName(words[0] as string));
  const byPeople = country ? [] : peopleNamedBy(ctx.whole ?? ctx, words);
  // A name after its title ("NATO Secretary General Jens Stoltenberg"): the person its last words name, when one.
  // Or after a title typed short ("sen. warren": Senator Elizabeth Warren).
  if (byPeople.length === 0 && (words.length > 2 || (words.length === 2 && TITLES.has(words[0] as string)))) {
    for (let i = 1; i <= Math.max(1, words.length - 2) && byPeople.length === 0; i++) {
      const rest = words.slice(i);
      // Not the office after a body's possessive ("McDonald's CEO": "s ceo"), which names no one by itself.
      if (rest[0] === 's' || rest.every((w) => TITLES.has(w) || ROLE.test(w))) continue;
      const named = peopleNamedBy(ctx.whole ?? ctx, rest);
      // Several share the name ("Warren" Buffett): the one the title before it belongs to ("Senator Warren").
      const titled = named.filter((p) => holdsTitle(p, words.slice(0, i)));
      if (named.length === 1) byPeople.push(...named);
      else if (titled.length === 1) byPeople.push(...titled);
    }
  }
  // A surname after titles, a party and a seat only ("Tory MP Parish", "Democratic Sen. Manchin"): the one person
  // of that surname.
  const surname = words.at(-1) as string;
  const described = words.slice(0, -1);
  if (
    byPeople.length === 0 &&
    described.length > 0 &&
    described.every((w) => TITLES.has(w) || ROLE.test(w) || PARTY_OR_SEAT.has(w))
  ) {
    const named = peopleNamedBy(ctx.whole ?? ctx, [surname]);
    if (named.length === 1) byPeople.push(...named);
  }
  // As a name is written (capitalised), so that "united states" meets the index's one token for it.
  const written = tokenize(titleCase(asked.text)).map((w) => fold(w));
  const forms: (readonly string[])[] = [words, ...(written.join(' ') !== words.join(' ') ? [written] : [])];
  for (const p of byPeople) forms.push(...formsOf(ctx, p));
  // The same person written with the full or the short form of the given name elsewhere ("Patrick Toomey").
  const twins = byPeople.length > 0 ? nicknameTwins(ctx, byPeople) : [];
  for (const p of twins) forms.push(...formsOf(ctx, p));
  if (asked.acronym) forms.push(...expansions(ctx, asked.text), ...(PRESS_ACRONYMS.get(words.join(' ')) ?? []));
  // A ticker or short form an article defines in brackets ("Bed Bath & Beyond (BBBY)"): the name, wherever written.
  if (asked.acronym) forms.push(...(definedShortForms(ctx).get(words.join('')) ?? []));
  // A ticker no article writes ("AMZN pop after hours"): the company's names, shown as the name read when only
  // they are found (not "JPM", whose capitals the articles' "JPMorgan" already has).
  // Typed in lower case too ("mdt"), when no ordinary word.
  const tickerLike = asked.acronym || (!asked.capitalised && words.length === 1 && isTypedInitials(words[0] as string));
  const ticker =
    tickerLike && articlesWith(ctx, [words]).size === 0 ? namesOfTicker(asked.text.trim().toUpperCase()) : [];
  const tickerOnly = ticker.length > 0 && articlesWith(ctx, forms).size === 0;
  // A name of several words is also written as one ("Exxon Mobil", "ExxonMobil").
  forms.push(
    ...ticker.flatMap((n) => {
      const words = tokenize(n).map((w) => fold(w));
      return words.length > 1 ? [words, [words.join('')]] : [words];
    }),
  );
  // "The European Central Bank" asked, "the ECB" written: a name of three words or more by its initials, where an
  // article writes them.
  const spelled = words.filter((w) => !INITIALS_SKIP.has(w));
  const initials = spelled.map((w) => w[0]).join('');
  if (!asked.acronym && spelled.length >= 3 && articlesWith(ctx, [[initials]]).size > 0) forms.push([initials]);
  // A US state typed by its postal code ("CA"), which news writes out ("California").
  const state = asked.acronym && /^\p{Lu}{2}$/u.test(asked.text.trim()) ? stateOfCode(asked.text.trim()) : undefined;
  if (state) forms.push(state.split(' '));
  // A state asked by name, which agency style abbreviates after a town ("Mesa, Ariz.").
  const abbreviation = stateAbbreviation(words.join(' '));
  if (abbreviation) forms.push(tokenize(abbreviation).map((w) => fold(w)));
  else if (!asked.capitalised && words.length === 1 && (words[0] as string).length <= 3) {
    forms.push(...expansions(ctx, asked.text.toUpperCase()));
  }
  // "ns2": a name by its initials, with the number written after it ("Nord Stream 2").
  const numbered = words.length === 1 ? NUMBERED_INITIALS.exec(words[0] as string) : null;
  if (numbered) {
    for (const form of byInitials(ctx).get(numbered[1] as string) ?? []) forms.push([...form, numbered[2] as string]);
  }
  // Names the index folds into one token ("US", "U.S.", "United States", "America") meet through it.
  const term = tokenize(asked.text).length === 1 ? processTerm(asked.text) : null;
  if (term && /^(unitedstates|unitedkingdom)$/.test(term)) forms.push([term]);
  // A short name typed in lower case ("uk"), which the index folds only as written in capitals.
  const short = words.length === 1 ? COUNTRY_SHORT_NAMES.get(words[0] as string) : undefined;
  if (short && short !== term) forms.push([short]);
  // News names a government by its seat ("the Kremlin said"): a country asked about speaks through it.
  const seat = GOVERNMENT_OF_COUNTRY.get(term ?? words.join(' '))?.seat;
  if (seat) forms.push(seat.split(' '));
  // A country's adjective or people name the country ("Polish leaders", "the Russians": Poland, Russia), and a
  // country is named by its capital too. Not the adjective for the country: "Russian" is in too many sentences to
  // tell one that speaks of Russia.
  const key = words.join(' ');
  const nation = GOVERNMENTS.find((g) => [g.adjective, `${g.adjective}s`].includes(key) || g.country === (term ?? key));
  if (nation) forms.push([nation.country], nation.capital.split(' '));
  // A name in the plural names its products ("how many Teslas", "Boeings"): the name itself.
  const one = words.length === 1 ? (words[0] as string) : '';
  if (/[^s']s$/.test(one) && one.length > 4) forms.push([one.slice(0, -1)]);
  // A member of a party or a people asked in the singular ("dem", "Democrat"), whom news names in the plural ("the
  // Democrats' Senate campaign arm").
  if (/(?:at|an|ist)$/.test(one) && one.length > 4) forms.push([`${one}s`]);
  const found = articlesWith(ctx, forms);
  if (found.size > 0) {
    const byTicker = tickerOnly
      ? (ticker.find((n) => articlesWith(ctx, [tokenize(n).map((w) => fold(w))]).size > 0) ?? null)
      : null;
    return { asked, person: byPeople[0] ?? null, forms, articles: found, corrected: byTicker };
  }
  // A government asked by its seat that no article names so ("the Kremlin"): the articles name it by its country or
  // capital ("Moscow said", "Russia's president").
  const governed = GOVERNMENTS.find((g) => g.seat === key);
  if (governed) {
    const byCountry = [[governed.country], governed.capital.split(' ')];
    const naming = articlesWith(ctx, byCountry);
    if (naming.size > 0) return { asked, person: null, forms: byCountry, articles: naming, corrected: null };
  }
  // The start of a longer name, typed short ("Citi": Citigroup), when only one name word starts so.
  const longer = words.length === 1 ? longerName(ctx, words[0] as string) : null;
  if (longer) {
    return {
      asked,
      person: null,
      forms: [[longer.word]],
      articles: longer.articles,
      corrected: titleCase(longer.word),
    };
  }
  // A name the articles write as two words, typed as one ("Nordstream": Nord Stream).
  const joined = words.length === 1 ? asTwoWords(ctx, words[0] as string) : null;
  if (joined) return { asked, person: null, forms: [joined.words], articles: joined.articles, corrected: null };
  // A name clipped to the starts of its words ("Amex": American Express).
  const clipped = words.length === 1 ? clippedName(ctx, words[0] as string) : null;
  if (clipped) {
    return {
      asked,
      person: null,
      forms: [clipped.words],
      articles: clipped.articles,
      corrected: titleCase(clipped.words.join(' ')),
    };
  }
  // A misspelling of a name the articles use ("pesckov" → Peskov, "Daniel Eck" → Daniel Ek): taken when one person
  // is the closest, with every asked word close to a word of their name.
  // An acronym is typed as it is or not at all: "GOP" is no misspelling of "GDP". A country is spelt as it is too:
  // "Bulgaria" is no misspelling of the jeweller Bulgari, nor "Minsk" of the town of Pinsk.
  // Nor a word of three letters or fewer alone: one edit from "boe" (the Bank of England) is "Joe", a guess.
  if (
    asked.acronym ||
    (words.length === 1 && (words[0] as string).length <= 3) ||
    isCountryName(fold(asked.text)) ||
    GOVERNMENT_OF_CAPITAL.has(fold(asked.text))
  ) {
    return null;
  }
  const person =
    closestPerson(ctx.whole ?? ctx, words) ?? personByShortName(ctx.whole ?? ctx, words) ?? holderOf(ctx, words);
  if (!person) return respelledName(ctx, asked, words);
  const fixedForms = formsOf(ctx, person);
  const fixed = articlesWith(ctx, fixedForms);
  if (fixed.size === 0) return null;
  return { asked, person, forms: fixedForms, articles: fixed, corrected: person.name };
}

/**
 * A name of a body or place with a word misspelt ("Citzens Advice": Citizens Advice): each word the knowledge's
 * names lack read as the one name word closest to it (one edit, two from seven letters, same first letter), when
 * the articles write the words so mended.
 */
function respelledName(ctx: AnswerContext, asked: QuestionName, words: readonly string[]): FoundName | null {
  const known = knowledgeNameWords(ctx);
  const mended: string[] = [];
  for (const word of words) {
    if (known.has(word) || word.length < 4) {
      mended.push(word);
      continue;
    }
    const [best, next] = wordsNear(word, known, word.length >= 7 ? 2 : 1);
    // The one closest word, or none: two as close are a guess.
    if (best === undefined || (next !== undefined && next.edits === best.edits)) return null;
    mended.push(best.word);
  }
  if (mended.every((w, i) => w === words[i])) return null;
  const articles = articlesWith(ctx, [mended]);
  if (articles.size === 0) return null;
  return { asked, person: null, forms: [mended], articles, corrected: titleCase(mended.join(' ')) };
}

/** The one name word of the knowledge that a word of four letters or more begins, with the articles holding it. */
function longerName(ctx: AnswerContext, word: string): { word: string; articles: Set<string> } | null {
  if (word.length < 4) return null;
  const starting = [...knowledgeNameWords(ctx)].filter((w) => w.length > word.length + 1 && w.startsWith(word));
  if (starting.length !== 1) return null;
  const articles = articlesWith(ctx, [[starting[0] as string]]);
  return articles.size > 0 ? { word: starting[0] as string, articles } : null;
}

/**
 * The one name of two or three words of the knowledge that a word runs together from the starts of its words, each
 * of two letters or more ("amex": American Express), with the articles that write it.
 */
function clippedName(ctx: AnswerContext, word: string): { words: string[]; articles: Set<string> } | null {
  if (word.length < 4 || word.length > 9) return null;
  const found = new Map<string, string[]>();
  for (const [initials, forms] of byInitials(ctx)) {
    if (initials[0] !== word[0] || initials.length < 2 || initials.length > 3) continue;
    for (const form of forms) {
      const words = form.filter((w) => !['the', 'of', 'and', 's'].includes(w));
      if (words.length === initials.length && runsStartsOf(word, words)) found.set(form.join(' '), form);
    }
  }
  const [only] = found.values();
  if (found.size !== 1 || !only) return null;
  const articles = articlesWith(ctx, [only]);
  return articles.size > 0 ? { words: only, articles } : null;
}

/** Is the word the starts of the words run together, two letters or more of each? */
function runsStartsOf(word: string, words: readonly string[]): boolean {
  const [head, ...rest] = words;
  if (head === undefined) return word === '';
  for (let length = 2; length <= Math.min(head.length, word.length); length++) {
    if (head.startsWith(word.slice(0, length)) && runsStartsOf(word.slice(length), rest)) return true;
  }
  return false;
}

/** The two words of the knowledge's names a word runs together, with the articles writing them side by side. */
function asTwoWords(ctx: AnswerContext, word: string): { words: string[]; articles: Set<string> } | null {
  const known = knowledgeNameWords(ctx);
  for (let i = 3; i <= word.length - 3; i++) {
    const pair = [word.slice(0, i), word.slice(i)];
    if (!pair.every((w) => known.has(w))) continue;
    const articles = articlesWith(ctx, [pair]);
    if (articles.size > 0) return { words: pair, articles };
  }
  return null;
}

/**
 * What chat calls an office and news writes otherwise: "top diplomat" is a foreign minister or secretary of state.
 * General usage of the press, not of any article.
 */
const OFFICES: ReadonlyMap<string, readonly string[]> = new Map([
  ['top diplomat', ['foreign minister', 'foreign secretary', 'secretary of state', 'foreign affairs minister']],
  ['foreign minister', ['foreign minister', 'foreign secretary', 'secretary of state', 'foreign affairs minister']],
  ['defence chief', ['defense minister', 'defense secretary', 'defence minister', 'defence secretary']],
  ['defense chief', ['defense minister', 'defense secretary', 'defence minister', 'defence secretary']],
  ['central bank chief', ['central bank governor', 'central bank chair', 'governor', 'chair']],
  ['leader', ['president', 'prime minister', 'chancellor']],
  ['finance chief', ['chief financial officer', 'cfo', 'finance director', 'finance chief']],
  ['cfo', ['chief financial officer', 'cfo', 'finance director', 'finance chief']],
  // A company's "CEO" is as often its "chief executive"; a board's "chair" its "chairman" or "chairwoman".
  ['ceo', ['chief executive', 'ceo', 'chief executive officer']],
  ['chief executive', ['chief executive', 'ceo', 'chief executive officer']],
  ['chair', ['chair', 'chairman', 'chairwoman', 'chairperson']],
  ['board chair', ['chair', 'chairman', 'chairwoman', 'chairperson']],
  // A country's or a body's one holder of a title written as it is asked ("Mexico's president": Mexican President).
  ['president', ['president']],
  ['prime minister', ['prime minister', 'premier']],
  ['premier', ['premier', 'prime minister']],
  ['chancellor', ['chancellor']],
  ['spokesman', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['spokeswoman', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['founder', ['founder', 'co founder']],
]);

/**
 * A department's head is its minister in one country and its secretary in another ("the UK trade minister" is the
 * International Trade Secretary): both titles, and the department's name with "international" before it.
 */
function ministerOrSecretary(office: string): readonly string[] {
  const m = /^(.+) (minister|secretary)$/.exec(office);
  if (!m) return [office];
  const [, department, title] = m as unknown as [string, string, string];
  const other = title === 'minister' ? 'secretary' : 'minister';
  return [
    office,
    `${department} ${other}`,
    `international ${department} ${title}`,
    `international ${department} ${other}`,
  ];
}

/** A deputy's title is written with "vice" too ("deputy foreign minister": vice foreign minister), and back. */
function withDeputies(titles: readonly string[]): readonly string[] {
  return titles.flatMap((t) => {
    const other = t.replace(/^(deputy|vice)\b/, (w) => (w === 'deputy' ? 'vice' : 'deputy'));
    return other === t ? [t] : [t, other];
  });
}

/** Words of a title that name no body ("the company's chief executive"). */
const BODYLESS_WORDS: ReadonlySet<string> = new Set(['the', 's', 'its', 'their', 'company', 'firm', 'group', 'and']);

/** Words chat uses for whoever heads a body ("NATO's chief", "the union's boss"). */
const HEAD_WORDS = new Set(['chief', 'head', 'boss', 'leader', 'top', 'ceo']);

/** The titles news gives the head of a body. */
const HEAD_TITLES = [
  'secretary general',
  'chief executive',
  'ceo',
  'chief',
  'head',
  'chair',
  'chairman',
  'chairwoman',
  'president',
  'director general',
  'director',
  'leader',
  'governor',
  'commissioner',
];

/**
 * Whether a role (folded, padded with spaces) writes a title with a prefix on one long word: a "migration minister"
 * is the "Immigration Minister", as chat drops the prefix the office's name carries.
 */
function holdsPrefixed(role: string, title: string): boolean {
  const words = role.trim().split(' ');
  const wanted = title.split(' ');
  return words.some((_, i) =>
    wanted.every((w, k) => {
      const r = words[i + k];
      return r !== undefined && (r === w || (w.length >= 6 && r.endsWith(w) && r.length - w.length <= 2));
    }),
  );
}

/**
 * The one person whose role is the office a description asks for ("France's top diplomat" → the French Foreign
 * Minister, "NATO's chief" → its Secretary General), of the country or body it names; null when none or several
 * hold it.
 */
function holderOf(ctx: AnswerContext, words: readonly string[]): Person | null {
  const country = GOVERNMENTS.find(
    (g) =>
      words.includes(g.country) ||
      words.includes(g.adjective) ||
      words.some((w) => COUNTRY_SHORT_NAMES.get(w) === g.country),
  );
  // A body named before a possessive ("nato s chief"), when it is no country…
  const possessive = words.indexOf('s');
  // …or before the word for its head ("the nato chief").
  const cut = possessive > 0 ? possessive : HEAD_WORDS.has(words.at(-1) ?? '') ? words.length - 1 : -1;
  const owner = !country && cut > 0 ? words.slice(0, cut).join(' ') : null;
  const office = (owner === null ? words : words.slice(possessive > 0 ? possessive + 1 : cut))
    .filter(
      (w) =>
        w !== 's' &&
        w !== country?.country &&
        w !== country?.adjective &&
        !(country && COUNTRY_SHORT_NAMES.get(w) === country.country),
    )
    .join(' ');
  const titles = withDeputies(
    OFFICES.get(office) ??
      (owner !== null && HEAD_WORDS.has(office)
        ? HEAD_TITLES
        : office.includes(' ')
          ? ministerOrSecretary(office)
          : []),
  );
  if (titles.length === 0) return null;
  // A country the table lacks, named in a role by its adjective, which shares its first letters ("Greek" for
  // "greece", "Italian" for "italy").
  const byAdjective = (role: string) =>
    owner !== null &&
    owner.length >= 4 &&
    isCountryName(owner) &&
    role.split(' ').some((w) => w.length >= 4 && w !== owner && w.slice(0, 4) === owner.slice(0, 4));
  const holding = (strict: boolean) =>
    people(ctx.whole ?? ctx).filter((p) =>
      p.roles.some((role) => {
        const r = ` ${tokenize(role)
          .map((w) => fold(w))
          .join(' ')} `;
        const holds = titles.some((t) => r.includes(` ${t} `) || holdsPrefixed(r, t));
        const ofCountry = !country || r.includes(` ${country.country} `) || r.includes(` ${country.adjective} `);
        return holds && (!strict || (ofCountry && (owner === null || r.includes(` ${owner} `) || byAdjective(r))));
      }),
    );
  const holders = holding(true);
  if (holders.length === 1) return holders[0] as Person;
  if (holders.length > 1 || (owner === null && !country)) return null;
  // A role written without its body or country ("said chief financial officer X" in an article on the company,
  // "International Trade Secretary X" in one on Britain): the one holder of the title in the articles that name it.
  const named = owner !== null ? [owner.split(' ')] : country ? [[country.country], [country.adjective]] : [];
  const ofBody = articlesWith(ctx, named);
  // Not one whose title names another body ("chief executive of Fizzco", "Tesla CEO").
  const bodyless = (p: Person) =>
    p.roles.some((role) =>
      tokenize(role)
        .map((w) => fold(w))
        .every((w) => BODYLESS_WORDS.has(w) || titles.some((t) => t.split(' ').includes(w))),
    );
  const near = holding(false).filter((p) => bodyless(p) && p.mentions.some((m) => ofBody.has(m.article)));
  if (near.length === 1) return near[0] as Person;
  // Several hold the title in those articles (an article on five companies' chiefs): the one named where the body
  // is, in the same paragraph or the one before ("McDonald's will close its restaurants." / "…, the company's
  // chief executive, said").
  const beside = near.filter((p) =>
    p.mentions.some(
      (m) =>
        ofBody.has(m.article) &&
        m.paragraphs.some((n) =>
          [n, n - 1].some((k) => containsForm(foldedWords(ctx.paragraph(m.article, k) ?? ''), named)),
        ),
    ),
  );
  return beside.length === 1 ? (beside[0] as Person) : null;
}

/**
 * Words side by side in a question may be several names ("Russia Belarus troops", "white house call"): when the run
 * is no name of the articles, it is read as the longest names found from left to right. Each word must be part of
 * a name found, except, in a question typed in lower case, a common word that merely follows a name ("call" in
 * "what did the white house call …"), which is left to the question's other words.
 */
export function splitName(ctx: AnswerContext, asked: QuestionName): FoundName[] {
  // "UK-Russia talks", "the Belarus-Ukraine border": names joined by a hyphen are split too.
  const parts = asked.text.split(/\s+|(?<=\p{L})-(?=\p{Lu})/u).filter((p) => !/^(and|&)$/i.test(p));
  if (parts.length < 2 || parts.some((p) => /^(of|de|del|da|van|von)$/i.test(p))) return [];
  const known = knowledgeNameWords(ctx);
  // "Jamie Dimon" is one person, whom no article names: not a "Jamie" of another article and a word let go. The
  // last word is a name news writes, which no article here does, and no English word ("tim cook").
  const last = fold(parts.at(-1) ?? '');
  if (parts.length === 2 && !known.has(last) && isKnownName(last) && !isEnglishWord(last)) return [];
  const common = referenceRarity().frequency;
  const found: FoundName[] = [];
  for (let i = 0; i < parts.length; ) {
    let hit: FoundName | null = null;
    let j = parts.length;
    for (; j > i && hit === null; j--) {
      const words = parts.slice(i, j);
      // Each name must be a name of the knowledge, not merely words of its text ("Tim Cook" is not "tim" and "cook").
      // A lone common word of a lower-case run is a word ("call", "jack up"), unless it is a country ("russia").
      // Not a city or another name no dictionary holds ("boston christian flag": Boston is a name).
      const lone =
        words.length === 1 &&
        !asked.capitalised &&
        common.has(fold(words[0] ?? '')) &&
        isEnglishWord(fold(words[0] ?? '')) &&
        !isCountry(fold(words[0] ?? ''));
      // A country or its capital is a name whether or not a person's name holds it ("Moscow and Minsk").
      const nameWord = (w: string) => known.has(fold(w)) || isCountry(fold(w)) || GOVERNMENT_OF_CAPITAL.has(fold(w));
      // An acronym beside another name ("Russian MoD") is read as one: by the words it stands for.
      const acronym = words.length === 1 && asked.capitalised && isAcronym(words[0] ?? '');
      if (j - i < parts.length && !lone && (acronym || words.every(nameWord))) {
        const part = { text: words.join(' '), capitalised: asked.capitalised, acronym };
        // Found as written, else an acronym spelt out, else a capital's government ("Minsk" is no misspelt "Pinsk").
        const asWritten = findName(ctx, part);
        const f =
          (asWritten?.corrected ? null : asWritten) ??
          (acronym ? acronymInText(ctx, part, null) : capitalGovernment(ctx, part, asked.capitalised));
        // A misspelt part is no name of the question; an acronym spelt out is.
        if (f && (!f.corrected || acronym)) hit = f;
      }
    }
    if (hit) {
      found.push(hit);
      i = j + 1;
    } else if (!asked.capitalised && common.has(fold(parts[i] ?? ''))) i++;
    else return [];
  }
  return found;
}

/** How news copy names a country's government: by the country, its adjective, its capital, or its seat. */
interface Government {
  /** The country as an index token or folded name ("unitedstates", "north korea"). */
  readonly country: string;
  readonly adjective: string;
  /** The capital that stands for the government ("Kyiv says"). */
  readonly capital: string;
  /** The seat that stands for it ("the Kremlin said"), where the press uses one. */
  readonly seat?: string;
}

/** A lower-case name that opens with a country's adjective ("chinese livestreamer"): a description, not a name. */
export function describesByCountry(name: QuestionName): boolean {
  const first = fold(name.text).split(/\s+/)[0] ?? '';
  return !name.capitalised && isCountry(first) && !isCountryName(first);
}

/** Is the folded word a country of the table, by name, adjective or short name ("russia", "ukrainian", "uk")? */
export function isCountry(word: string): boolean {
  return countryKey(word) !== null;
}

/**
 * The country a word names or describes ("russian", "us", "u.s.", "britain"), as the key of the table of
 * governments; null for any other word.
 */
export function countryOfWord(word: string): string | null {
  return countryKey(word.replace(/\./g, ''));
}

/** The table's key of a country named or described by the word as written. */
function countryKey(word: string): string | null {
  return (
    COUNTRY_SHORT_NAMES.get(word) ??
    GOVERNMENTS.find((g) => g.country === word || g.adjective === word)?.country ??
    null
  );
}

/** Short names chat gives a country ("the uk trade minister"), as the table's country. */
const COUNTRY_SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['uk', 'unitedkingdom'],
  ['britain', 'unitedkingdom'],
  ['us', 'unitedstates'],
  ['usa', 'unitedstates'],
  ['america', 'unitedstates'],
]);

/** General knowledge of how the press writes, not of any article. */
const GOVERNMENTS: readonly Government[] = [
  { country: 'russia', adjective: 'russian', capital: 'moscow', seat: 'kremlin' },
  { country: 'unitedstates', adjective: 'american', capital: 'washington', seat: 'white house' },
  { country: 'unitedkingdom', adjective: 'british', capital: 'london', seat: 'downing street' },
  { country: 'france', adjective: 'french', capital: 'paris', seat: 'elysee' },
  { country: 'china', adjective: 'chinese', capital: 'beijing', seat: 'zhongnanhai' },
  { country: 'ukraine', adjective: 'ukrainian', capital: 'kyiv' },
  { country: 'belarus', adjective: 'belarusian', capital: 'minsk' },
  { country: 'germany', adjective: 'german', capital: 'berlin' },
  { country: 'poland', adjective: 'polish', capital: 'warsaw' },
  { country: 'japan', adjective: 'japanese', capital: 'tokyo' },
  { country: 'iran', adjective: 'iranian', capital: 'tehran' },
  { country: 'turkey', adjective: 'turkish', capital: 'ankara' },
  { country: 'canada', adjective: 'canadian', capital: 'ottawa' },
  { country: 'taiwan', adjective: 'taiwanese', capital: 'taipei' },
  { country: 'north korea', adjective: 'north korean', capital: 'pyongyang' },
  { country: 'south korea', adjective: 'south korean', capital: 'seoul' },
  { country: 'israel', adjective: 'israeli', capital: 'jerusalem' },
  { country: 'india', adjective: 'indian', capital: 'delhi' },
];

const GOVERNMENT_OF_COUNTRY = new Map(GOVERNMENTS.map((g) => [g.country, g]));

/** The countries of the table a sentence's folded words name, each once ("ukraine russia germany and france"). */
export function countriesIn(folded: string): number {
  return GOVERNMENTS.filter((g) => ` ${folded} `.includes(` ${g.country} `)).length;
}
const GOVERNMENT_OF_CAPITAL = new Map(GOVERNMENTS.map((g) => [g.capital, g]));

/** A government's office, written after its country in chat ("the uk trade minister"). */
const COUNTRY_OFFICE =
  /\b(?:[Tt]he\s+)?([\p{L}.]+)\s+((?:(?:deputy|vice|foreign|trade|defen[cs]e|finance|economy|energy|health|interior|home|prime) ){0,2}(?:minister|secretary|ambassador|envoy|president|chancellor|spokes(?:man|woman|person)))\b/giu;

/** Short names of the two countries chat writes most ("uk", "us"), as the table's keys. */
const COUNTRY_SHORT: ReadonlyMap<string, string> = new Map([
  ['uk', 'unitedkingdom'],
  ['u.k.', 'unitedkingdom'],
  ['britain', 'unitedkingdom'],
  ['us', 'unitedstates'],
  ['u.s.', 'unitedstates'],
  ['america', 'unitedstates'],
]);

/**
 * "The UK trade minister", "the us ambassador": a country's office written after its name, read as the possessive
 * ("UK's trade minister"), so that whoever holds it is looked for. Not before a name ("UK Trade Minister Anne Lee").
 */
export function countryOffices(text: string): string {
  return text.replace(COUNTRY_OFFICE, (whole, country: string, office: string, at: number) => {
    const key = fold(country);
    const named = /^\s+\p{Lu}/u.test(text.slice(at + whole.length));
    return !named && GOVERNMENT_OF_COUNTRY.has(COUNTRY_SHORT.get(key) ?? key) ? `${country}'s ${office}` : whole;
  });
}

/**
 * A question's "the Ukrainian capital" or "Russia's capital", written as the city ("Kyiv"), which is how the articles
 * name it.
 */
export function capitalsNamed(text: string): string {
  return text.replace(/\b(?:the\s+)?([\p{L} ]+?)(?:['’]s)?\s+capital(?:\s+city)?\b/giu, (whole, words: string) => {
    const tail = words.trim().split(/\s+/).slice(-2);
    for (const n of [2, 1]) {
      const key = tail.slice(-n).join(' ').toLowerCase();
      const g = GOVERNMENTS.find((x) => x.adjective === key || x.country === key);
      if (g && (n === 1 || tail.length === 2)) {
        const kept = words
          .trim()
          .split(/\s+/)
          .slice(0, -n)
          .join(' ')
          .replace(/\s*\bthe$/i, '');
        // In the case the question is typed in: a capital in a lower-case question would make its other names,
        // typed in lower case, read as plain words.
        const capital = text === text.toLowerCase() ? g.capital : titleCase(g.capital);
        return `${kept ? `${kept} ` : ''}${capital}`;
      }
    }
    return whole;
  });
}

/**
 * A speaker asked for by a capital ("what does Kyiv think") speaks through its government: the country's name,
 * adjective and seat join the forms ("Ukrainian officials said", "Ukraine's government has stated"), and the
 * articles that use them join its articles. Any other name is returned as it is.
 */
export function asGovernment(ctx: AnswerContext, name: FoundName): FoundName {
  const words = tokenize(name.asked.text).map((w) => fold(w));
  const government = words.length === 1 ? GOVERNMENT_OF_CAPITAL.get(words[0] ?? '') : undefined;
  if (!government) return name;
  const extra = [government.country, government.adjective, government.seat]
    .filter((w): w is string => w !== undefined)
    .map((w) => w.split(' '));
  return {
    ...name,
    forms: [...name.forms, ...extra],
    articles: new Set([...name.articles, ...articlesWith(ctx, extra)]),
  };
}

/**
 * A capital named beside another name ("Moscow and Minsk") that no article writes: its government, by the country's
 * name, adjective or seat. Null for any other name, or when no article names the government either.
 */
function capitalGovernment(ctx: AnswerContext, asked: QuestionName, capitalised: boolean): FoundName | null {
  if (!capitalised || !GOVERNMENT_OF_CAPITAL.has(fold(asked.text))) return null;
  const government = asGovernment(ctx, {
    asked,
    person: null,
    forms: [[fold(asked.text)]],
    articles: new Set(),
    corrected: null,
  });
  return government.articles.size > 0 ? government : null;
}

/**
 * A found name as an answer shows it: the spelling it was taken for, the name as typed when capitalised, or, typed in
 * lower case, the person's own name when it holds every word typed ("lloyd blankfein": Lloyd Blankfein), else the
 * words with capitals ("uk": UK).
 */
export function shownName(f: FoundName): string {
  if (f.corrected) return f.corrected;
  if (f.asked.capitalised) return f.asked.text;
  const typed = tokenize(f.asked.text).map((w) => fold(w));
  const own = f.person ? tokenize(f.person.name).map((w) => fold(w)) : [];
  if (f.person && typed.every((w) => own.includes(w))) return f.person.name;
  // Two letters, or three that make no English word ("irs", "cdc"), are initials: shown in capitals.
  return titleCase(
    f.asked.text.replace(/\b\p{L}{2,3}\b/gu, (w) =>
      w.length === 2 || !isEnglishWord(w.toLowerCase()) ? w.toUpperCase() : w,
    ),
  );
}

/** Each word with a capital first letter, as a name is written. */
export function titleCase(text: string): string {
  // A word runs on past an apostrophe: "Scotland's", not "Scotland'S".
  return text.replace(/\p{L}+(?:['’]\p{L}+)*/gu, (w) =>
    w.length <= 3 && w === w.toUpperCase() ? w : w[0]?.toUpperCase() + w.slice(1),
  );
}

/** A party or a seat written before a politician's name ("Tory MP", "Democratic Rep."). */
const PARTY_OR_SEAT = new Set(
  'tory conservative labour democrat democratic republican gop liberal mp mep congressman congresswoman'.split(' '),
);

/** Titles that name nobody by themselves: an alias that is only one of them is not a way to find the person. */
const TITLES = new Set(
  'mr mrs ms miss dr sen senator rep gov president prof sir dame lord lady gen col capt judge justice rev st'.split(
    ' ',
  ),
);

/**
 * The word sequences that name a person in a sentence: name and aliases, less bare titles and roles ("Sen.",
 * "CEO", "chief executive"), words of description written in lower case ("daughter"), and a one-word name that
 * another person is better known by (the surname of a family: "Trump" names Donald Trump, not his daughter).
 */
function formsOf(ctx: AnswerContext, person: Person): (readonly string[])[] {
  const owners = oneWordOwners(ctx);
  return (
    [person.name, ...person.aliases.filter((a) => !/^\p{Ll}/u.test(a))]
      .map(nameWords)
      .filter(
        (ws) => ws.length > 1 || (ws.length === 1 && ((ws[0] as string).length > 2 || shortSurname(ws[0] as string))),
      )
      .filter((ws) => ws.length > 1 || (owners.get(ws[0] as string) ?? person.name) === person.name)
      // "Baytown Texas" read as a person: a place's last word is no short name of it, as a surname is of a person.
      .filter(
        (ws) =>
          ws.length > 1 || person.kind !== 'person' || !(isCountry(ws[0] as string) || isStateName(ws[0] as string)),
      )
      .filter((ws) => !ws.every((w) => TITLES.has(w) || ROLE.test(w)))
      // A fragment of a description ("owner of the") names nobody: a name does not end on a little word.
      .filter((ws) => !DANGLING.has(ws.at(-1) as string))
  );
}

/**
 * A surname of two letters ("Ng", "Xi", "Li") that is the person's last name and no English word: it names them in
 * "Mr. Ng". Not initials written as a name ("US").
 */
function shortSurname(word: string): boolean {
  return word.length === 2 && !isEnglishWord(word) && !COUNTRY_SHORT_NAMES.has(word);
}

/**
 * For each one-word name that several people carry, the one the articles mention most (in the most paragraphs):
 * the reader takes a bare surname for the best-known bearer. Once per knowledge.
 */
function oneWordOwners(ctx: AnswerContext): ReadonlyMap<string, string> {
  const whole = ctx.whole ?? ctx;
  return memo(whole, 'one-word-owners', () => {
    const best = new Map<string, { name: string; weight: number }>();
    for (const p of people(whole)) {
      const weight = p.mentions.reduce((n, m) => n + m.paragraphs.length, 0) + p.quotes.length;
      for (const alias of [p.name, ...p.aliases]) {
        const ws = nameWords(alias);
        if (ws.length !== 1) continue;
        const w = ws[0] as string;
        const held = best.get(w);
        if (!held || weight > held.weight) best.set(w, { name: p.name, weight });
      }
    }
    return new Map([...best].map(([w, b]) => [w, b.name]));
  });
}

/** Words a name never ends with. */
const DANGLING = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'to', 'in', 'at', 'on', 'by', 'with']);

/**
 * The name a "what did X say" question asks about: the last name before the verb of speech, the head of the subject
 * ("What did Twitter chairman Bret Taylor say about Musk's offer" → Bret Taylor).
 */
export function speechSubject(question: Question, found: readonly FoundName[]): FoundName | undefined {
  return speakerAmong(question, found, (f) => f.asked.text);
}

/**
 * The speaker among names asked, found in the articles or not (see {@link speechSubject}): "What did Bank of England
 * governor Andrew Bailey say" asks for Andrew Bailey's words, not the Bank's.
 */
export function speakerAmong<T>(question: Question, names: readonly T[], textOf: (name: T) => string): T | undefined {
  // "What was Senator Warren's reaction to the deal": her reaction is her words; the name before it speaks.
  const verb =
    SPEECH_IN_QUESTION.exec(question.text)?.index ?? REACTION.exec(question.text)?.index ?? question.text.length;
  let subject: T | undefined;
  let subjectAt = -1;
  const lower = question.text.toLowerCase();
  const span = (f: T) => {
    const at = lower.indexOf(textOf(f).toLowerCase());
    return { at, end: at + textOf(f).length };
  };
  // A name inside a longer one asked ("chief" in "nato's chief") is not a speaker of its own.
  const inside = (f: T) =>
    names.some((g) => {
      const a = span(f);
      const b = span(g);
      return g !== f && b.at >= 0 && b.at <= a.at && b.end >= a.end && b.end - b.at > a.end - a.at;
    });
  // "… according to Kyiv": the name after it speaks; "according to analysts" names no one.
  const according = lower.search(/\baccording to\b/);
  if (according >= 0) return names.find((f) => !inside(f) && span(f).at > according);
  // "what did lynch from the RMT say": the body after "from" only tells which Lynch; he speaks.
  const ofAnother = (f: T) =>
    names.some((g) => {
      const a = span(g);
      return g !== f && a.at >= 0 && /^\s+(?:from|of|at)\s+(?:the\s+)?$/.test(lower.slice(a.end, span(f).at));
    });
  for (const f of names) {
    if (inside(f) || ofAnother(f)) continue;
    const at = span(f).at;
    // The last name before the verb; of two starting together ("France's top diplomat", "France"), the longer.
    const later =
      at > subjectAt || (at === subjectAt && textOf(f).length > (subject === undefined ? 0 : textOf(subject).length));
    if (at >= 0 && at < verb && later) {
      subject = f;
      subjectAt = at;
    }
  }
  // With every name after the verb ("what do analysts say about Russia"), the speaker is not named.
  return subject ?? (verb < question.text.length ? undefined : names[0]);
}

/** Someone's reaction or response to something, after the possessive of their name. */
const REACTION = /['’]s? (?:reaction|response|verdict|take|view)s? (?:to|on)\b/i;

/** A verb of speech in a question. */
const SPEECH_IN_QUESTION =
  /\b(say|said|says|saying|tell|told|think|thinks|thought|argue|argued|claim|claimed|warn|warned|write|wrote|promise|promised|respond|responded|react|reacted|admit|admitted|mean|comment|commented|insist|insisted|explain|explained|give|gave)\b/i;

/**
 * Who speaks for a name: the person it resolved to, and the people whose role names it ("Kremlin spokesperson"
 * speaks for the Kremlin, "White House press secretary" for the White House).
 */
export function voicesOf(ctx: AnswerContext, name: FoundName): Set<string> {
  const out = new Set<string>();
  // Their name as each quotation writes it ("Scott D. Sheffield" beside "Scott Sheffield").
  if (name.person) for (const n of [name.person.name, ...name.person.aliases]) out.add(n);
  // Their roles ("the Kremlin's spokesman"), or their own name when it holds the name asked ("MoD": the Russian
  // Ministry of Defense, found as the words it stands for).
  for (const p of quotedRoles(ctx)) {
    if (p.roles.some((r) => containsForm(r, name.forms)) || containsForm(foldedWords(p.name), name.forms))
      out.add(p.name);
    // "Pat Toomey" and "Patrick Toomey": one person, written by a short form of the given name in one article.
    else if (name.person && sameByNickname(name.person.name, p.name)) out.add(p.name);
  }
  return out;
}

/**
 * The people whose name is one of `found`'s written another way: with the given name's other form ("Pat" for
 * "Patrick"), or with the family name transliterated a letter apart ("Karim Masimov", "Karim Massimov").
 */
function nicknameTwins(ctx: AnswerContext, found: readonly Person[]): Person[] {
  return people(ctx.whole ?? ctx).filter(
    (p) =>
      p.kind === 'person' &&
      !found.includes(p) &&
      found.some((f) => sameByNickname(f.name, p.name) || sameBySpelling(f.name, p.name)),
  );
}

/** Letters a family name needs before a one-letter difference reads as the same name transliterated. */
const SPELLING_TWIN_LENGTH = 6;

/**
 * Whether two names are one person's spelt by two publishers: the same given name, and family names of six letters
 * or more one edit apart ("Nazarbayev", "Nazarbaev"), as names from other alphabets are written.
 */
export function sameBySpelling(a: string, b: string): boolean {
  const [x, y] = [foldedWords(a).trim().split(' '), foldedWords(b).trim().split(' ')];
  if (x.length !== 2 || y.length !== 2 || x[0] !== y[0]) return false;
  const [fx, fy] = [x[1] as string, y[1] as string];
  return (
    fx !== fy &&
    Math.min(fx.length, fy.length) >= SPELLING_TWIN_LENGTH &&
    fx[0] === fy[0] &&
    editDistanceWithin(fx, fy, 1) <= 1
  );
}

/**
 * Whether two names are one person's, the given name of one a short form of the other's and the rest the same
 * ("Pat Toomey", "Patrick Toomey").
 */
export function sameByNickname(a: string, b: string): boolean {
  const [x, y] = [foldedWords(a).trim().split(' '), foldedWords(b).trim().split(' ')];
  if (x.length < 2 || x.length !== y.length || x.slice(1).join(' ') !== y.slice(1).join(' ')) return false;
  const [gx, gy] = [x[0] as string, y[0] as string];
  return gx !== gy && givenNameForms(gx).includes(gy);
}

/** The people quoted in the knowledge, with their roles as folded words, once per knowledge. */
export function quotedRoles(
  ctx: AnswerContext,
): ReadonlyArray<{ readonly name: string; readonly roles: readonly string[] }> {
  const whole = ctx.whole ?? ctx;
  return memo(whole, 'quoted-roles', () =>
    people(whole)
      .filter((p) => p.quotes.length > 0)
      .map((p) => ({
        name: p.name,
        roles: [...p.roles, ...p.quotes.flatMap((q) => appositiveOf(q.context, p.name))].map((r) => foldedWords(r)),
      })),
  );
}

/**
 * What a quotation's own sentence says the speaker is, after their name ("…," said Robert Frick, corporate economist
 * at Navy Federal Credit Union.): read where they are quoted, so the body they speak for is found ("what did the
 * Navy Federal economist say"), without making it a name of theirs.
 */
function appositiveOf(context: string, name: string): string[] {
  const at = context.indexOf(`${name}, `);
  if (at < 0) return [];
  const after = context.slice(at + name.length + 2);
  const m = /^([^,.;:"“”()]{3,80}?\b(?:at|of|for|with|from)\b[^,.;:"“”()]{2,60})(?:[,.;:"“”()]|$)/.exec(after);
  return m?.[1] ? [m[1]] : [];
}

/**
 * Whether a name is ever the one speaking: a sentence holding the name and a verb of speech ("the White House said",
 * "according to the ministry"), for names the quotations were not attributed to by name.
 */
export function speaksSomewhere(ctx: AnswerContext, name: FoundName): boolean {
  const sentences = foldedSentences(ctx);
  return [...name.articles].some((a) => (sentences.get(a) ?? []).some((s) => speaksIn(s, name.forms)));
}

/**
 * Whether the name, in the question, stands before the noun of the one who speaks ("the Scranton grocery store
 * owner", "the Notre Dame historian") or of a finding ("that Cornell study"): it says which one, not who speaks.
 */
export function describesSpeaker(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(name.toLowerCase());
  if (at < 0) return false;
  // Up to the verb of saying: "what did Muncrief tell lawmakers" names whom he told, not him.
  const after = lower.slice(at + name.length);
  const verb = SPEECH_IN_QUESTION.exec(after)?.index ?? after.length;
  return DESCRIBED_SPEAKER.test(after.slice(0, verb));
}

/** Up to three words, then the noun of someone who speaks or of a finding, right after a name. */
const DESCRIBED_SPEAKER = new RegExp(
  String.raw`^(?:'s)?\s+(?:[a-z-]+\s+){0,3}?(?:${PERSON_NOUNS}|owner|historian|professor|expert|resident|study|studies|report|survey|poll|paper|research|analysis)s?\b`,
);
