/**
 * Answering a free question: read it (`question.ts`), find the names it asks about in the knowledge (by any
 * alias, spelling or initials, or a close misspelling), search the sentences of the articles that hold them, rank by
 * what the question asks for (a figure for "how many", a date for "when", the speaker's own words for "what did X
 * say"), keep only results near the best, and answer honestly not at all when the articles do not hold the answer:
 * a name no article mentions, someone never quoted, a verb no sentence uses.
 */
import { fold, type Hit, processTerm, termsOf, tokenize } from '../search/index.ts';
import { referenceRarity } from '../stories/index.ts';
import { type AnswerContext, memo, type Stepwise, stepwise } from './context.ts';
import { articlesWith, containsForm, foldedSentences, foldedWords } from './folded.ts';
import { nameWords } from './names.ts';
import { closestPerson, type Person, people, peopleNamedBy, quotingIndex } from './people.ts';
import { type Question, type QuestionName, type QuestionType, readQuestion } from './question.ts';

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

/** The outcome of a question. */
export interface Asked {
  readonly question: Question;
  /** Best first; empty when the articles do not answer. */
  readonly hits: readonly Hit[];
  /** Why there is no answer, in plain sentences; empty when there are hits or nothing more can be said. */
  readonly refusal: readonly string[];
  /** "Showing Dmitry Peskov for 'pesckov'." */
  readonly corrections: readonly string[];
}

/**
 * How much each sign that a sentence answers the question multiplies its search score. Chosen on labelled question
 * sets (`scripts/tune-ranking.ts`) and checked on sets held back while choosing.
 */
export interface RankingWeights {
  /** A quotation by the speaker asked about, found by the speaker search. */
  readonly spoken: number;
  /** Each name of the question found in the sentence. */
  readonly name: number;
  /** The sentence is the asked speaker's. */
  readonly speaker: number;
  /** The sentence names what a "how many" counts. */
  readonly counted: number;
  /** The sentence uses the question's verb (or a word news uses for it). */
  readonly predicate: number;
  /** A past-tense question meets a forecast. */
  readonly future: number;
  /** The first paragraph counts 1 + lead, the second 1 + lead/2… (news puts what matters first). */
  readonly lead: number;
  /** Results scoring below this share of the best are padding, not answers. */
  readonly floor: number;
  /** The article was written when the time the question names was news. */
  readonly time: number;
  /** A question about how far something rose or fell meets a percentage. */
  readonly percent: number;
  /** The sentence uses all of the question's other content words (scaled by the share it uses). */
  readonly cover: number;
  /** A "how much" question (not of a change) meets a sum of money. */
  readonly money: number;
  /** Share of a factual question's words the answering passage must use, below which the question is refused. */
  readonly coverFloor: number;
}

/** The weights in use. */
export const RANKING: RankingWeights = {
  spoken: 1.5,
  name: 1.35,
  speaker: 1.6,
  counted: 1.4,
  predicate: 1.4,
  future: 0.7,
  lead: 0.3,
  floor: 0.3,
  time: 2,
  percent: 1.3,
  cover: 1.5,
  money: 1.4,
  coverFloor: 0.3,
};

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
function nameTest(ctx: AnswerContext): (word: string) => boolean {
  const known = knowledgeNameWords(ctx);
  const rarity = referenceRarity();
  return (word) => {
    if (word.length < 3) return false;
    if (known.has(word) || rarity.names.has(word)) return true;
    if (rarity.frequency.has(word) || ctx.index.knows(word) || processTerm(word) === null) return false;
    return word.length >= 4 && ctx.index.suggest(word, 1).length === 0;
  };
}

/** The multi-word names of the knowledge whose initials spell an acronym ("CS" → "Credit Suisse"). */
function expansions(ctx: AnswerContext, acronym: string): string[][] {
  return byInitials(ctx).get(acronym.replace(/\./g, '').toLowerCase()) ?? [];
}

/** The knowledge's names by their initials ("credit suisse" under "cs"), in directory order, once per knowledge. */
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
      const ws = nameWords(n).filter((w) => !['the', 'of', 'and', 's'].includes(w));
      const initials = ws.map((w) => w[0]).join('');
      const list = out.get(initials);
      if (list) list.push(ws);
      else out.set(initials, [ws]);
    }
    return out;
  });
}

/** Finds one asked name in the knowledge; null when no article mentions it, even misspelt. */
function findName(ctx: AnswerContext, asked: QuestionName): FoundName | null {
  const words = tokenize(asked.text).map((w) => fold(w));
  const byPeople = peopleNamedBy(ctx.whole ?? ctx, words);
  // As a name is written (capitalised), so that "united states" meets the index's one token for it.
  const written = tokenize(titleCase(asked.text)).map((w) => fold(w));
  const forms: (readonly string[])[] = [words, ...(written.join(' ') !== words.join(' ') ? [written] : [])];
  for (const p of byPeople) forms.push(...formsOf(p));
  if (asked.acronym) forms.push(...expansions(ctx, asked.text));
  // Names the index folds into one token ("US", "U.S.", "United States", "America") meet through it.
  const term = tokenize(asked.text).length === 1 ? processTerm(asked.text) : null;
  if (term && /^(unitedstates|unitedkingdom)$/.test(term)) forms.push([term]);
  // News names a government by its seat ("the Kremlin said"): a country asked about speaks through it.
  for (const seat of SEATS.get(term ?? words.join(' ')) ?? []) forms.push(seat.split(' '));
  const found = articlesWith(ctx, forms);
  if (found.size > 0) return { asked, person: byPeople[0] ?? null, forms, articles: found, corrected: null };
  // A misspelling of a name the articles use ("pesckov" → Peskov, "Daniel Eck" → Daniel Ek): taken when one person
  // is the closest, with every asked word close to a word of their name.
  const person = closestPerson(ctx.whole ?? ctx, words);
  if (!person) return null;
  const fixedForms = formsOf(person);
  const fixed = articlesWith(ctx, fixedForms);
  if (fixed.size === 0) return null;
  return { asked, person, forms: fixedForms, articles: fixed, corrected: person.name };
}

/**
 * Capitalised words side by side in a question may be several names ("Russia Belarus troops"): when the run is
 * no name of the articles, each of its words that is found is taken as a name, provided all of them are.
 */
function splitName(ctx: AnswerContext, asked: QuestionName): FoundName[] {
  const parts = asked.text.split(/\s+/).filter((p) => !/^(and|&)$/i.test(p));
  if (parts.length < 2 || parts.some((p) => /^(of|de|del|da|van|von)$/i.test(p))) return [];
  const known = knowledgeNameWords(ctx);
  const found: FoundName[] = [];
  for (const text of parts) {
    // Each part must be a name of the knowledge, not merely a word of its text ("Tim Cook" is not "tim" and "cook").
    if (!known.has(fold(text))) return [];
    const f = findName(ctx, { text, capitalised: asked.capitalised, acronym: false });
    if (!f || f.corrected) return [];
    found.push(f);
  }
  return found;
}

/**
 * Seats of government that stand for their country in news copy. General knowledge of how the press writes, not
 * of any article; keyed by a country's index token or folded name.
 */
const SEATS: ReadonlyMap<string, readonly string[]> = new Map([
  ['russia', ['kremlin']],
  ['unitedstates', ['white house']],
  ['unitedkingdom', ['downing street']],
  ['france', ['elysee']],
  ['china', ['zhongnanhai']],
]);

/** Each word with a capital first letter, as a name is written. */
function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (w) =>
    w.length <= 3 && w === w.toUpperCase() ? w : w[0]?.toUpperCase() + w.slice(1),
  );
}

/** Titles that name nobody by themselves: an alias that is only one of them is not a way to find the person. */
const TITLES = new Set(
  'mr mrs ms miss dr sen senator rep gov president prof sir dame lord lady gen col capt judge justice rev st'.split(
    ' ',
  ),
);

/**
 * The word sequences that name a person in a sentence: name and aliases, less bare titles and roles ("Sen.",
 * "CEO", "chief executive"), which name whoever holds them.
 */
function formsOf(person: Person): (readonly string[])[] {
  return [person.name, ...person.aliases]
    .map(nameWords)
    .filter((ws) => ws.length > 1 || (ws.length === 1 && (ws[0] as string).length > 2))
    .filter((ws) => !ws.every((w) => TITLES.has(w) || ROLE.test(w)));
}

/** A place named after a word that puts someone or something there: "in Kyiv", "attending the Wimbledon finals". */
const PLACE =
  /\b(?:in|at|to|from|near|inside|outside|attending|visiting|visited|attended|travelled to|traveled to|flew to|went to)\s+(?:the\s+)?\p{Lu}\p{L}+/u;

/** Words that give a reason. */
const REASON =
  /\b(because|after|over|amid|due to|following|as a result|since|so that|in order to|to avoid|breach|breaches|breached|reason|reasons)\b/i;
/** Words that name something. */
const NAMING = /\b(called|dubbed|named|known as|titled)\b|[“"][A-Z]/;
/** A sentence giving a role: "X, the …", "…'s chief executive X", "X is the …". */
const ROLE =
  /\b(chief|chair|chairman|chairwoman|president|executive|officer|director|minister|secretary|spokes(?:man|woman|person)|head|founder|ceo|cfo|leader|governor|senator|representative|analyst|professor|partner|manager|editor|host)\b/i;

/**
 * How much a hit answers what the question asks for, beyond sharing its words. `reported`: the hit is the asked
 * speaker's words told by the reporter, which answer a speech question as well as a quotation.
 */
function typeFit(question: Question, hit: Hit, reported = false): number {
  switch (question.type) {
    case 'quantity':
      return hit.hasFigure || /\d/.test(hit.snippet) ? 1.6 : 0.35;
    case 'when':
      // "…, TASS reported Wednesday": a sentence dated only by when it was said tells when it was said, not when
      // the thing asked about happens.
      if (onlyReportingDates(hit.snippet)) return 0.9;
      return hit.hasDate
        ? 1.6
        : /\b(19|20)\d\d\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(hit.snippet)
          ? 1.3
          : 0.6;
    case 'where':
      if (hit.locations > 0) return 1.3 + 0.15 * Math.min(hit.locations, 4);
      return PLACE.test(hit.snippet) ? 1.3 : 0.8;
    case 'why':
      return REASON.test(hit.snippet) ? 1.4 : 0.9;
    case 'name':
      return NAMING.test(hit.snippet) ? 1.8 : 0.7;
    case 'whois':
      // Who someone is, the reporter says (a role beside the name), not their own quotation.
      if (hit.kind === 'quote') return 0.5;
      return ROLE.test(hit.snippet) ? 1.6 : 0.8;
    case 'speech':
      return hit.kind === 'quote' || hit.hasQuote || reported ? 1.4 : 0.7;
    default:
      return 1;
  }
}

/** Words that put a sentence in the future or the conditional: a forecast, not what happened. */
const FUTURE =
  /\b(will|would|expects?|expected|expecting|forecasts?|projected|projects|guidance|plans? to|is set to|are set to|likely to|could|may)\b/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * The months (`YYYY-MM`, or `MM` when no year is given) in which articles answering a question would be written,
 * from the time the question names: "in January" → January; "the first quarter of 2022" → April and May 2022 (results
 * are reported after a quarter ends); "2021" → the year and the first months of the next. Empty when it names none.
 */
export function askedMonths(text: string): string[] {
  const q = fold(text);
  const year = /\b((?:19|20)\d\d)\b/.exec(q)?.[1];
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: string[] = [];
  const quarter = /\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter\b|\bq([1-4])\b/.exec(q);
  if (quarter) {
    const names: Record<string, number> = {
      first: 1,
      '1st': 1,
      second: 2,
      '2nd': 2,
      third: 3,
      '3rd': 3,
      fourth: 4,
      '4th': 4,
      final: 4,
    };
    const n = names[quarter[1] ?? ''] ?? Number(quarter[2]);
    for (const offset of [1, 2]) {
      const month = n * 3 + offset;
      const y = year ? Number(year) + (month > 12 ? 1 : 0) : null;
      const m = ((month - 1) % 12) + 1;
      out.push(y === null ? pad(m) : `${y}-${pad(m)}`);
    }
    return out;
  }
  MONTHS.forEach((name, i) => {
    // "may" is also a verb: only as a month next to a year or a day.
    if (name === 'may' && !/\bmay\s+\d|\d\s+may\b/.test(q)) return;
    if (new RegExp(`\\b${name}\\b`).test(q)) out.push(year ? `${year}-${pad(i + 1)}` : pad(i + 1));
  });
  if (out.length === 0 && year) {
    for (let m = 1; m <= 12; m++) out.push(`${year}-${pad(m)}`);
    out.push(`${Number(year) + 1}-01`, `${Number(year) + 1}-02`);
  }
  return out;
}

/** Whether an article's date falls in one of the asked months. */
function inMonths(date: string | null, months: readonly string[]): boolean {
  if (date === null) return false;
  return months.some((m) => (m.length === 2 ? date.slice(5, 7) === m : date.startsWith(m)));
}

/** Years a text names. */
function years(text: string): string[] {
  return text.match(/\b(?:19|20)\d\d\b/g) ?? [];
}

/**
 * The name a "what did X say" question asks about: the last name before the verb of speech, the head of the subject
 * ("What did Twitter chairman Bret Taylor say about Musk's offer" → Bret Taylor).
 */
function speechSubject(question: Question, found: readonly FoundName[]): FoundName | undefined {
  const verb = SPEECH_IN_QUESTION.exec(question.text)?.index ?? question.text.length;
  let subject: FoundName | undefined;
  for (const f of found) {
    const at = question.text.indexOf(f.asked.text);
    if (at >= 0 && at < verb) subject = f;
  }
  return subject ?? found[0];
}

/** A verb of speech in a question. */
const SPEECH_IN_QUESTION =
  /\b(say|said|says|saying|tell|told|think|thinks|thought|argue|argued|claim|claimed|warn|warned|write|wrote|promise|promised|respond|responded|react|reacted|admit|admitted|mean|comment|commented|insist|insisted|explain|explained)\b/i;

/**
 * Who speaks for a name: the person it resolved to, and the people whose role names it ("Kremlin spokesperson"
 * speaks for the Kremlin, "White House press secretary" for the White House).
 */
function voicesOf(ctx: AnswerContext, name: FoundName): Set<string> {
  const out = new Set<string>();
  if (name.person) out.add(name.person.name);
  for (const p of quotedRoles(ctx)) if (p.roles.some((r) => containsForm(r, name.forms))) out.add(p.name);
  return out;
}

/** The people quoted in the knowledge, with their roles as folded words, once per knowledge. */
export function quotedRoles(
  ctx: AnswerContext,
): ReadonlyArray<{ readonly name: string; readonly roles: readonly string[] }> {
  const whole = ctx.whole ?? ctx;
  return memo(whole, 'quoted-roles', () =>
    people(whole)
      .filter((p) => p.quotes.length > 0)
      .map((p) => ({ name: p.name, roles: p.roles.map(foldedWords) })),
  );
}

/** Whether a sentence uses the question's term, or a word news uses for the same thing ("cut" jobs, "loss of" jobs). */
function usesRelated(text: string, term: string): boolean {
  return relatedIn(termsOf(text), term);
}

/** {@link usesRelated} on a sentence's index terms. */
function relatedIn(terms: readonly string[], term: string): boolean {
  return terms.includes(term) || (RELATED.get(term) ?? []).some((t) => terms.includes(t));
}

/**
 * Answers a question from the context (a story's or the whole archive's): the hits, best first, at most `limit`, or
 * the reasons there are none.
 */
export function ask(ctx: AnswerContext, text: string, limit: number, weights: RankingWeights = RANKING): Asked {
  const question = readQuestion(text, nameTest(ctx));
  const found: FoundName[] = [];
  const missing: QuestionName[] = [];
  for (const name of question.names) {
    const f = findName(ctx, name);
    const parts = f ? [] : splitName(ctx, name);
    if (f) found.push(f);
    else if (parts.length > 0) found.push(...parts);
    else missing.push(name);
  }
  const corrections = found.filter((f) => f.corrected).map((f) => `Showing ${f.corrected} for "${f.asked.text}".`);
  const refuse = (reason: string): Asked => ({ question, hits: [], refusal: [reason], corrections });
  // Whose words are asked for must be in the articles; other names may be the asker's words for the subject (a
  // product's name the articles never use), unless none of the question's names is found at all.
  const subject = question.type === 'speech' ? question.names[0] : undefined;
  const subjectMissing = subject !== undefined && missing.includes(subject);
  if (subjectMissing || (missing.length > 0 && found.length === 0)) {
    const absent = subjectMissing && subject ? [subject] : missing;
    return refuse(`No article mentions ${absent.map((m) => `"${m.text}"`).join(' or ')}.`);
  }

  // The articles that hold every name found (the answer is about them, not merely on their topic).
  let allowed: Set<string> | null = null;
  for (const f of found) {
    if (allowed === null) allowed = new Set(f.articles);
    else for (const a of allowed) if (!f.articles.has(a)) allowed.delete(a);
  }
  if (allowed !== null && allowed.size === 0) {
    return refuse(`No article mentions ${found.map((f) => f.corrected ?? f.asked.text).join(' together with ')}.`);
  }

  const speaker = question.type === 'speech' ? speechSubject(question, found) : undefined;
  const voices = speaker ? voicesOf(ctx, speaker) : new Set<string>();
  const quotedNames = memo(ctx.whole ?? ctx, 'quoted-names', () => new Set(quotedRoles(ctx).map((p) => p.name)));
  const quoted = [...voices].some((v) => quotedNames.has(v));
  if (speaker && !quoted && !speaksSomewhere(ctx, speaker)) {
    return refuse(`${speaker.corrected ?? speaker.asked.text} is mentioned in the articles but never quoted.`);
  }

  const inScope = (h: Hit) => allowed === null || allowed.has(h.article);
  // The speaker's name as it is written, so a lower-case "what is the us saying" still searches the United States.
  const query = speaker ? `${question.core} ${titleCase(speaker.corrected ?? speaker.asked.text)}` : question.core;
  // Narrowed to the allowed articles, the index never reads the documents the filter would drop (same ranking).
  const raw = (allowed === null ? ctx.index : ctx.index.scoped(allowed)).search(query, {
    limit: 400,
    // Who someone is, the text says; the speaker field would rank their own quotations first.
    ...(question.type === 'whois' ? { fields: ['text'] as const } : {}),
    filter: allowed === null ? undefined : (d) => allowed.has(d.article),
  });
  const speakerNames = voices;
  const spoken =
    speakerNames.size > 0
      ? quotingIndex(ctx, speakerNames).search(
          [...question.content, question.predicate ?? ''].join(' ').trim() || text,
          {
            kinds: ['quote'],
            limit: 200,
            filter: (d) => d.speakers.some((n) => speakerNames.has(n)),
          },
        )
      : [];
  const all = [...spoken.map((h) => ({ ...h, score: h.score * weights.spoken })), ...raw].filter(inScope);
  if (all.length === 0) return { question, hits: [], refusal: [], corrections };

  const foldedOf = new Map<string, string>();
  const folded = (h: Hit) => {
    let f = foldedOf.get(h.id);
    if (f === undefined) {
      f = foldedWords(h.snippet);
      foldedOf.set(h.id, f);
    }
    return f;
  };
  // Each hit's terms are read by several tests below: computed once per hit.
  const termsOfHit = new Map<string, readonly string[]>();
  const uses = (h: Hit, term: string) => {
    let terms = termsOfHit.get(h.id);
    if (terms === undefined) {
      terms = termsOf(h.snippet);
      termsOfHit.set(h.id, terms);
    }
    return relatedIn(terms, term);
  };
  const askedYears = years(text);
  const months = askedMonths(text);
  const promise = /\b(promise[sd]?|pledge[sd]?|vow(?:s|ed)?|plans? to|intend(?:s|ed)? to)\b/i.test(text);
  const change = question.predicate !== null && ['fall', 'rise', 'lose', 'cut'].includes(question.predicate);
  const past = /\b(did|was|were|had)\b/i.test(text) && !/\b(will|would)\b/i.test(text);
  const money = question.type === 'quantity' && !change && /\bhow much\b(?! (time|longer|more time|of)\b)/i.test(text);
  const top = Math.max(...all.map((h) => h.score));
  const scored = all.map((h) => {
    // The speaker's words are theirs whether quoted or told in the reporter's words ("the ministry has stated that").
    const reported = speaker !== undefined && containsForm(folded(h), speaker.forms) && SPEECH_VERB.test(folded(h));
    let score = (h.score / top) * typeFit(question, h, reported);
    // A name in the sentence counts, except the speaker's in a speech question: their quotations rarely name them.
    for (const f of found) if (f !== speaker && containsForm(folded(h), f.forms)) score *= weights.name;
    // The more of the question's other words a sentence uses, the more of the question it answers.
    if (question.content.length > 0) {
      const covered = question.content.filter((t) => uses(h, t)).length;
      score *= 1 + weights.cover * (covered / question.content.length);
    }
    if ((speakerNames.size > 0 && h.speakers.some((n) => speakerNames.has(n))) || reported) score *= weights.speaker;
    if (question.counted && uses(h, question.counted)) score *= weights.counted;
    if (question.predicate && uses(h, question.predicate)) score *= weights.predicate;
    if (past && !promise && FUTURE.test(h.snippet)) score *= weights.future;
    // What someone promised is said in the future ("he would try", "will research").
    if (promise && FUTURE.test(h.snippet)) score *= 1 / weights.future;
    // "How much" without a change asks for a sum of money ("how much will shareholders get per share").
    if (money && MONEY.test(h.snippet)) score *= weights.money;
    // How far something rose or fell is said in percent more often than in points.
    if (change && /%|\bper ?cent\b/i.test(h.snippet)) score *= weights.percent;
    // News puts what matters first: an article's opening paragraphs answer more often than its later ones. A
    // speaker's words come later, so a speech question does not favour the opening.
    if (question.type !== 'speech') score *= 1 + weights.lead / h.paragraph;
    // An article written when the question's time was news: "the first quarter of 2022" is reported in April.
    if (months.length > 0 && inMonths(h.date, months)) score *= weights.time;
    return { hit: h, score };
  });
  scored.sort((a, b) => b.score - a.score || a.hit.id.localeCompare(b.hit.id));

  let answering = scored;
  // What someone said is answered by their words: when the asked speaker has quotations in the results, those;
  // for someone never quoted by name, only sentences where they speak ("Sinema said …").
  if (quoted && speaker) {
    // Their quotations, and sentences where they speak in the reporter's words ("the Kremlin has stated that …").
    const theirs = answering.filter(
      (s) =>
        s.hit.speakers.some((n) => speakerNames.has(n)) ||
        (containsForm(folded(s.hit), speaker.forms) && SPEECH_VERB.test(folded(s.hit))),
    );
    if (theirs.length > 0) answering = theirs;
  } else if (speaker) {
    answering = answering.filter((s) => containsForm(folded(s.hit), speaker.forms) && SPEECH_VERB.test(folded(s.hit)));
    if (answering.length === 0) {
      return refuse(
        `${speaker.corrected ?? speaker.asked.text} is mentioned in the articles but never quoted on this.`,
      );
    }
  }
  // A question about a given year is not answered by a sentence about another year ("won … in 2009").
  if (askedYears.length > 0) {
    answering = answering.filter((s) => {
      const named = years(s.hit.snippet);
      return named.length === 0 || named.some((y) => askedYears.includes(y));
    });
  }
  // The verb asked about ("who won", "how many … killed") must be in the answer, and what a "how many" counts:
  // a sentence on the topic without them does not answer, however well it matches the rest.
  if (question.predicate !== null && (question.type === 'who' || question.type === 'quantity')) {
    const verb = question.predicate;
    answering = answering.filter((s) => uses(s.hit, verb));
    if (answering.length === 0) {
      return refuse(`No article says that: no sentence on it uses "${verbOf(text, verb)}" or a word like it.`);
    }
  }
  if (question.type === 'quantity') {
    const counted = question.counted;
    answering = answering.filter((s) =>
      counted === null ? NUMBER.test(withoutYears(s.hit.snippet)) : countsNear(s.hit.snippet, counted),
    );
    if (answering.length === 0) return refuse('No article gives that number.');
  }
  // A who / how many / when / where question must find most of what it asks in the passage that answers it: a
  // passage on the topic that lacks the rest is the same story, not the answer ("who bought the restaurants" met by
  // who bought another chain).
  const first = answering[0];
  if (first && ANSWERED_BY_FACT.has(question.type)) {
    const wanted = [question.predicate, question.counted, ...question.content].filter((t): t is string => t !== null);
    const passage = ctx.paragraph(first.hit.article, first.hit.paragraph) ?? first.hit.snippet;
    const absent = wanted.filter((t) => !usesRelated(passage, t));
    if (wanted.length > 0 && 1 - absent.length / wanted.length < weights.coverFloor) {
      const words = absent.map((t) => verbOf(text, t)).slice(0, 4);
      return refuse(
        `No article says that: the closest passage does not speak of ${words.map((w) => `"${w}"`).join(', ')}.`,
      );
    }
  }
  const best = answering[0]?.score ?? 0;
  const out: Hit[] = [];
  const seen = new Set<string>();
  for (const { hit, score } of answering) {
    if (score < weights.floor * best) break;
    const key = `${hit.article}\0${hit.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit);
    if (out.length >= limit) break;
  }
  return { question, hits: out, refusal: [], corrections };
}

/** Words between a number and the noun it counts ("14 Russian battalion tactical groups"). */
const COUNT_WINDOW = 5;
/** Words between a noun and the amount after it ("profits at Elon Musk's electric car company soared to $3.3bn"). */
const AMOUNT_WINDOW = 10;

/**
 * Whether a sentence gives a number of the thing counted: a number within a few words of the counted noun (or a word
 * for it): "164 people", "two million subscribers", "200,000 fewer subscribers", "profit of $3.3bn".
 */
function countsNear(text: string, counted: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.some((token, i) => {
    if (!usesRelated(token, counted)) return false;
    // "164 people", "the loss of 474 jobs"; or an amount after its noun: "profit of $3.3bn", "revenue rose to $1bn".
    return tokens.slice(Math.max(0, i - COUNT_WINDOW), i + AMOUNT_WINDOW + 1).some((t) => NUMBER.test(t));
  });
}

/**
 * Whether a name is ever the one speaking: a sentence holding the name and a verb of speech ("the White House said",
 * "according to the ministry"), for names the quotations were not attributed to by name.
 */
function speaksSomewhere(ctx: AnswerContext, name: FoundName): boolean {
  const sentences = foldedSentences(ctx);
  return [...name.articles].some((a) =>
    (sentences.get(a) ?? []).some((s) => containsForm(s, name.forms) && SPEECH_VERB.test(s)),
  );
}

/** A verb of speech, in folded text. */
const SPEECH_VERB = / (said|says|say|told|tells|added|stated|wrote|according to|announced|statement) /;

const DAY_OR_MONTH =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const REPORTED_ON =
  /\b(?:said|says|reported|told|announced|added|wrote|stated|warned|tweeted)\s+(?:on\s+|late\s+|early\s+|last\s+)?$/i;

/** Whether every day or month a sentence names follows a verb of saying ("said Thursday"). */
function onlyReportingDates(text: string): boolean {
  const found = [...text.matchAll(DAY_OR_MONTH)];
  if (found.length === 0 || /\b\d{1,2}\b|\b(?:19|20)\d\d\b/.test(text)) return false;
  return found.every((m) => REPORTED_ON.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)));
}

/** A text without its years ("in 1991", "the 2022 season"): a year is when, never how many. */
function withoutYears(text: string): string {
  return text.replace(/\b(1[89]|20)\d\d\b(?![,.]?\d|\s*(%|percent|per cent))/g, ' ');
}

/** Question types answered by a fact (a name, a number, a date, a place), not by someone's words or reasons. */
const ANSWERED_BY_FACT: ReadonlySet<QuestionType> = new Set(['who', 'quantity', 'when', 'where']);

/** A sum of money: a currency sign or code beside a number, or a currency named. */
const MONEY =
  /[$£€¥]\s?\d|\d\s?(?:USD|EUR|GBP)\b|\b(?:USD|EUR|GBP)\s?\d|\b(?:dollars?|pounds?|euros?|yen|yuan|roubles?|rubles?|pence|cents?)\b/i;

/** A number in figures or words. */
const NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|quarter|third|few|several)\b/i;

/**
 * Words news uses for the same thing as a question's verb or noun, beyond the index's synonyms (which must stay
 * tight for search): jobs are "cut" or "lost"; subscribers are "lost" as "fewer"; people are "staff".
 */
const RELATED: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['cut', ['loss', 'lose', 'elimin', 'shed', 'layoff']],
      ['lose', ['loss', 'fewer', 'fall', 'cut', 'shed']],
      ['add', ['gain', 'rise', 'more', 'grew', 'grow']],
      ['fall', ['lose', 'loss', 'lower', 'down']],
      ['rise', ['gain', 'higher', 'up']],
      ['peopl', ['person', 'resid', 'victim', 'individu']],
      ['job', ['staff', 'worker', 'employe', 'post', 'role', 'peopl', 'layoff']],
      ['make', ['earn', 'profit', 'revenu']],
      ['send', ['deploi', 'dispatch', 'move', 'mass', 'pour', 'station']],
      ['arriv', ['reach', 'enter', 'land']],
    ] as const
  ).map(([term, related]) => [term, related]),
);

/** The question's own word for its verb, for messages ("won", not the index term "win"). */
function verbOf(text: string, term: string | null): string {
  if (term === null) return '';
  return tokenize(text).find((w) => processTerm(w) === term) ?? term;
}
