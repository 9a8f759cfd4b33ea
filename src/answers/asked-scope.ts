/**
 * What a question asks about, found in the knowledge before any passage is searched: its names (by any alias,
 * spelling or initials), the articles that hold them all, whose words it asks for, and whether the articles can know
 * it at all. A question the knowledge cannot answer is refused here, with the reason.
 */

import { escapeRegExp } from '../regexp.ts';
import { fold, processTerm, tokenize } from '../search/index.ts';
import { referenceRarity } from '../stories/index.ts';
import type { Asked } from './ask.ts';
import { asksFigureByName, asksMeasureOfEvent } from './asked-facts.ts';
import {
  acronymInText,
  asGovernment,
  capitalsNamed,
  countryOffices,
  describedSpeaker,
  describesByCountry,
  describesSpeaker,
  type FoundName,
  findName,
  isCountry,
  isDescribingWord,
  isKnownName,
  isPlainWord,
  isTypedInitials,
  nameTest,
  officeHolder,
  quotedRoles,
  shownName,
  speakerAmong,
  speaksSomewhere,
  speechSubject,
  splitName,
  voicesOf,
  weakNameTest,
} from './asked-names.ts';
import { officeOfAnother, officeOfSpeaker } from './asked-offices.ts';
import { askedSources, isPublisherName } from './asked-sources.ts';
import { tooLateFor } from './asked-time.ts';
import { CIRCUMSTANCE } from './asked-whether.ts';
import { asksForAuthor, authorsOf } from './authors.ts';
import { monthMisspelt } from './chat-text.ts';
import { type AnswerContext, memo } from './context.ts';
import { dictionaryNeighbours, isCountryName, isEnglishWord } from './english.ts';
import { articlesWith } from './folded.ts';
import { officeHolderAsked } from './office-holders.ts';
import {
  isAcronym,
  namesAsPlace,
  type Question,
  type QuestionName,
  readQuestion,
  speaksInQuestion,
} from './question.ts';
import { respell, splitJoined } from './spelling.ts';
import { namesOfTicker } from './tickers.ts';
import { isStateName } from './us-states.ts';

/** The names a question asks about, found, and where the answer may be. */
export interface AskedScope {
  /** The question as read, after spelling and the publishers asked as sources. */
  readonly question: Question;
  /** The names asked about, as the knowledge writes them. */
  readonly found: FoundName[];
  /** The articles that hold every name found; null when the question names none. */
  readonly allowed: Set<string> | null;
  /** Whose words a speech question asks for, as asked. */
  readonly subjectFound: FoundName | undefined;
  /** The same, read as its government where it is a capital or a country. */
  readonly speaker: FoundName | undefined;
  /** The people who speak for the speaker. */
  readonly voices: ReadonlySet<string>;
  /** Whether any of them is quoted. */
  readonly quoted: boolean;
  /** The question with its names masked, to read its words of time. */
  readonly timeText: string;
  /** Whether a figure is asked, known only once its period is over. */
  readonly figure: boolean;
  /** The corrections to show beside an answer ("Showing Dmitry Peskov for 'pesckov'"). */
  readonly showing: () => string[];
  /** The words a misspelt question was read with, to search. */
  readonly respelledWords: readonly string[];
}

/**
 * Reads what a question asks about: its {@link AskedScope}, or `done` when it is answered or refused already (a
 * byline, a name no article mentions, someone never quoted, a day after every article).
 */
export function scopeOf(ctx: AnswerContext, text: string, limit: number): AskedScope | { readonly done: Asked } {
  const answered = (asked: Asked) => ({ done: asked });
  // Offices and capitals are read as the names they stand for ("the uk trade minister", "the Ukrainian capital").
  const read = (t: string) => readQuestion(capitalsNamed(countryOffices(t)), nameTest(ctx), weakNameTest(ctx));
  let question = read(text);
  // Who wrote an article is in its byline, not in its sentences.
  if (asksForAuthor(question.text, ctx)) {
    const byline = authorsOf(ctx, question.text, limit);
    return answered({ question, hits: byline.hits, refusal: [], corrections: [], notes: byline.notes });
  }
  // "What do the BBC and the New York Times give for …": the publishers are where to look, not words to find.
  const sourced = askedSources(ctx, text);
  if (sourced.articles) question = read(sourced.text);
  // A misspelt word ("trainin") is read as the articles' word, and the answer says so.
  const respelled = respell(ctx.index, question);
  question = splitJoined(ctx.index, respelled.question, (a, b) => writtenApart(ctx, a, b));
  const found: FoundName[] = [];
  const missing: QuestionName[] = [];
  for (const name of question.names) {
    // "easyJet's CEO": the office is whoever holds it there, found with its owner, not any CEO the articles name.
    if (officeOfAnother(question, name)) continue;
    // "Biden and Xi": two names, each found on its own, not the phrase one sentence happens to write.
    // "US-UK steel rules" too: countries joined by a hyphen are two names, not a phrase one article writes.
    const countries = name.text.split(/(?<=\p{L})-(?=\p{L})/u);
    const twoCountries = countries.length > 1 && countries.every((c) => isCountry(fold(c)));
    const joined = /\s(?:and|&)\s/i.test(name.text) || twoCountries ? splitName(ctx, name) : [];
    const f = joined.length > 1 ? null : findName(ctx, name);
    // "What did Ng's lawyer say": the person who holds that office for Ng, whom the articles quote by name.
    const holder = f?.person
      ? null
      : (officeHolder(ctx, name) ??
        (!f && question.type === 'speech' && name === question.names[0] ? describedSpeaker(ctx, name) : null));
    const parts = f || holder ? [] : joined.length > 1 ? joined : splitName(ctx, name);
    if (holder) found.push(holder);
    else if (f) found.push(f);
    else if (parts.length > 0) found.push(...parts);
    else missing.push(name);
  }
  // "Which waters did Kyiv say …", "after Beijing backed the listings": a capital that speaks or acts is its
  // government, whatever the question asks (a speech question's speaker is read so below); not a place ("in Kyiv").
  // The speaker asked is theirs too: "what has Washington said" is answered where the articles name the United States.
  const asker = question.type === 'speech' ? speechSubject(question, found) : undefined;
  const askerAt = asker ? found.indexOf(asker) : -1;
  for (const [i, f] of found.entries()) {
    if (
      f === asker ||
      (question.type !== 'speech' &&
        (speaksInQuestion(question.text, f.asked.text) || !namesAsPlace(question.text, f.asked.text)))
    ) {
      found[i] = asGovernment(ctx, f);
    }
  }
  // "How did the Chinese government respond to Soros's remarks about Xi": the government speaks, not the leader the
  // question names as its subject; the forms of another name asked are not the speaker's.
  const speaking = found[askerAt];
  if (speaking && isCountry(fold(speaking.asked.text))) {
    const others = found.filter((_, j) => j !== askerAt);
    const taken = new Set(others.flatMap((f) => f.forms.map((form) => form.join(' '))));
    const kept = speaking.forms.filter((form) => !taken.has(form.join(' ')));
    const samePerson = others.some((f) => f.person !== null && f.person?.name === speaking.person?.name);
    if (kept.length > 0 && kept.length < speaking.forms.length) {
      found[askerAt] = { ...speaking, forms: kept, person: samePerson ? null : speaking.person };
    }
  }
  // An acronym the articles never write may stand for words they write in full ("BTGs": battalion tactical groups).
  // "How many Russians are in Belarus": people of a country are counted as troops, staff or residents, not by the
  // country's adjective.
  if (question.counted !== null && isCountry(question.counted)) question = { ...question, counted: null };
  // Typed in lower case too ("how many btgs"): a short word that is no English word, read as its capitals.
  const typedShort = (m: QuestionName) =>
    !m.capitalised &&
    /^[a-z]{2,5}s?$/.test(m.text) &&
    !isEnglishWord(m.text) &&
    !referenceRarity().frequency.has(m.text);
  // Not an acronym English uses as a word ("TV", "CEO"): it stands for nothing the articles spell out.
  const everyday = (m: QuestionName) => m.acronym && isEnglishWord(m.text.toLowerCase().replace(/s$/, ''));
  for (const name of missing.filter((m) => (m.acronym && !everyday(m)) || typedShort(m))) {
    const asCapitals = name.acronym
      ? name
      : { ...name, text: name.text.replace(/^[a-z]+?(?=s?$)/, (w) => w.toUpperCase()) };
    const spelled = acronymInText(ctx, asCapitals, articlesWithAll(found));
    if (spelled) {
      found.push(spelled);
      missing.splice(missing.indexOf(name), 1);
      // "How many BTGs": what is counted is the head of the words it stands for ("groups").
      const head = spelled.forms[0]?.at(-1);
      if (question.counted !== null && question.counted === processTerm(name.text) && head) {
        question = { ...question, counted: processTerm(head) };
      }
    }
  }
  // "Sakhalin-II LNG": an acronym one article writes ("Yamal LNG") may be spelt out in the article asked about
  // ("liquefied natural gas"). When no article holds every name, its words where the other names are count too.
  if (articlesWithAll(found)?.size === 0) {
    for (const [i, f] of found.entries()) {
      if (!f.asked.acronym) continue;
      const spelled = acronymInText(ctx, f.asked, articlesWithAll(found.filter((g) => g !== f)));
      if (spelled) {
        found[i] = {
          ...f,
          forms: [...f.forms, ...spelled.forms],
          articles: new Set([...f.articles, ...spelled.articles]),
        };
      }
    }
  }
  // Read when an answer is returned, so a name let go below says nothing.
  const showing = () => [
    ...found.filter((f) => f.corrected).map((f) => `Showing ${f.corrected} for "${f.asked.text}".`),
    ...respelled.notes,
  ];
  const refuse = (reason: string): Asked => ({ question, hits: [], refusal: [reason], corrections: showing() });
  // Whose words are asked for must be in the articles; other names may be the asker's words for the subject (a
  // product's name the articles never use), unless none of the question's names is found at all.
  // The speaker is the last name before the verb ("Bank of England governor Andrew Bailey"), else the first.
  const subject =
    question.type === 'speech'
      ? (speakerAmong(question, question.names, (n) => n.text) ?? question.names[0])
      : undefined;
  // An office of a name not found as such ("Putin's spokesman") falls back on the name itself.
  const subjectMissing =
    subject !== undefined &&
    missing.includes(subject) &&
    !found.some((f) => subject.text.toLowerCase().startsWith(`${f.asked.text.toLowerCase()}'`));
  // Nor for those who speak for someone but are not them ("Shkreli's lawyers", "her family"): their words are not
  // his, and no article quotes them by name.
  if (subject !== undefined && missing.includes(subject) && OTHERS_OF.test(subject.text)) {
    return answered({ question, hits: [], refusal: [`No article quotes ${subject.text}.`], corrections: [] });
  }
  // A lone lower-case word that is neither in the articles nor a name news writes ("pics") may be chat's word for
  // something, not a name: it alone does not make the question unanswerable.
  // Nor is a lower-case nationality before a noun ("the chinese livestreamer"): a description, not a name.
  // Initials typed in lower case ("aoc", "mdt") are a name, though: no chat word is spelt so.
  const named = missing.filter(
    (m) =>
      m.capitalised ||
      m.acronym ||
      (/\s/.test(m.text) && !describesByCountry(m)) ||
      isKnownName(m.text) ||
      (m.text.length <= 3 && isTypedInitials(fold(m.text))),
  );
  // A country is no asker's word for something else: one no article names leaves the question unanswered.
  // Not the country of an office found ("the uk trade minister": whoever holds it, though no article names the UK).
  const inOffice = (m: QuestionName) =>
    found.some((f) => f.person !== null && fold(f.asked.text).startsWith(`${fold(m.text)}'s `));
  // Nor is a US state ("stores in Texas"): a place no article names is where none of them reports from.
  const countries = missing.filter(
    (m) => (isCountry(fold(m.text)) || isCountryName(fold(m.text)) || isStateName(fold(m.text))) && !inOffice(m),
  );
  // A word found nowhere, typed as a name ("how many flights did ryanair cancel"): what the question is about is in
  // no article, though its other names are. Not a misspelling of an article's word, an English word or a month
  // ("febuary").
  const unknown = missing.filter(
    (m) =>
      !m.capitalised &&
      !/\s/.test(m.text) &&
      m.text.length >= 5 &&
      !isEnglishWord(m.text) &&
      !isKnownName(m.text) &&
      ctx.index.suggest(m.text, 1).length === 0 &&
      monthMisspelt(m.text) === null &&
      // Last: the first look at the large word list reads it from disk.
      dictionaryNeighbours(m.text).length === 0,
  );
  // "kohl's ceo michelle gass": the holder of the office is named, and no article names them; their owner's words
  // are not theirs.
  const holder = subject !== undefined && missing.includes(subject) ? unknownHolder(ctx, subject.text) : null;
  if (holder) return answered(refuse(`No article mentions "${holder}".`));
  // "What is Goldman forecasting for US GDP growth": a short form in capitals that no article writes, nor spells out,
  // names what the question is about; no other name found makes up for it. Not an office ("CEO"), which the articles
  // write in words.
  const unwritten = missing.filter((m) =>
    m.text.split(/[\s-]+/).some(
      (w) =>
        isAcronym(w) &&
        !OFFICE_SHORT_FORMS.has(w.toLowerCase().replace(/s$/, '')) &&
        !isCountry(fold(w)) &&
        articlesWith(ctx, [[fold(w)]]).size === 0 &&
        acronymInText(ctx, { text: w, capitalised: true, acronym: true }, null) === null &&
        // Nor a ticker of a company the articles name ("MCD board picks": McDonald's).
        namesOfTicker(w).every((n) => articlesWith(ctx, [tokenize(n).map((t) => fold(t))]).size === 0),
    ),
  );
  // Nor is a name that owns what is asked ("morgan stanley's call on rate hikes"): the figure or view is theirs, and
  // another's on the same subject does not answer.
  // Not a country whose office is asked ("the uk trade minister"): whoever holds it is found, named or not by country.
  const owners = named.filter(
    (m) =>
      ownsWhatIsAsked(question.text, m.text) &&
      !inOffice(m) &&
      !isCountry(fold(m.text)) &&
      !isCountryName(fold(m.text)) &&
      !OFFICE_AFTER.test(
        question.text.slice(question.text.toLowerCase().indexOf(m.text.toLowerCase()) + m.text.length),
      ),
  );
  if (
    subjectMissing ||
    (named.length > 0 && found.length === 0) ||
    owners.length > 0 ||
    countries.length > 0 ||
    unknown.length > 0 ||
    unwritten.length > 0
  ) {
    const absent =
      subjectMissing && subject
        ? [subject]
        : countries.length > 0
          ? countries
          : unknown.length > 0
            ? unknown
            : unwritten.length > 0
              ? unwritten
              : owners.length > 0
                ? owners
                : named;
    return answered(refuse(`No article mentions ${absent.map((m) => `"${m.text}"`).join(' or ')}.`));
  }

  // The articles that hold every name found (the answer is about them, not merely on their topic). When none holds
  // them all, a plain word of a lower-case question taken for a name ("prices") is let go, and so is a capitalised
  // word that describes ("the Western alliance").
  let allowed = articlesWithAll(found);
  // So is a country before its institution or its people ("the uk government", "UK motorists"): an article of the
  // country's own press writes "the government", "drivers".
  // And a publisher of the articles ("what Fox program did Malpass speak to"): where the words were, not who said them.
  const loose = (f: FoundName) =>
    isPlainWord(f.asked) ||
    isDescribingWord(f.asked) ||
    countryOfInstitution(question.text, f.asked.text) ||
    isPublisherName(ctx, f.asked.text);
  if (allowed !== null && allowed.size === 0 && found.some(loose)) {
    const names = found.filter((f) => !loose(f));
    found.splice(0, found.length, ...names);
    allowed = articlesWithAll(found);
  }
  // "Where's Bob Michele putting money now that the Fed is tightening": a name only in a clause of circumstance is
  // the setting, not what the answer is about.
  const circumstance = CIRCUMSTANCE.exec(question.text);
  if (allowed !== null && allowed.size === 0 && circumstance) {
    const clause = question.text.slice(circumstance.index).toLowerCase();
    const head = question.text.slice(0, circumstance.index).toLowerCase();
    const setting = (f: FoundName) =>
      clause.includes(f.asked.text.toLowerCase()) && !head.includes(f.asked.text.toLowerCase());
    if (found.some(setting) && found.some((f) => !setting(f))) {
      found.splice(0, found.length, ...found.filter((f) => !setting(f)));
      allowed = articlesWithAll(found);
    }
  }
  if (allowed !== null && allowed.size === 0) {
    return answered(refuse(`No article mentions ${found.map(shownName).join(' together with ')}.`));
  }
  // The publishers asked as sources narrow the articles, unless none of theirs holds the names asked about.
  if (sourced.articles) {
    const theirs = [...sourced.articles].filter((id) => allowed === null || allowed.has(id));
    if (theirs.length > 0) allowed = new Set(theirs);
  }

  const asSpeaker = question.type === 'speech' ? speechSubject(question, found) : undefined;
  // "What did the Scranton grocery store owner say", "what did the Cornell study say": a name that only describes
  // the one speaking, or the study that found it, is not the speaker when it is never quoted itself.
  const subjectFound =
    asSpeaker && describesSpeaker(question.text, asSpeaker.asked.text) && !speaksAnywhere(ctx, asSpeaker)
      ? undefined
      : asSpeaker;
  const askedSpeaker = subjectFound && asGovernment(ctx, subjectFound);
  // "What did Goldman's CFO say", "DeSantis's press secretary": whoever holds the office asked speaks; the chief
  // executive's words are not the finance chief's, and no one's are when no article gives anyone the office.
  // Not a country's office ("Russia's foreign minister"), which the government's voices and the capitals answer.
  const officeTyped =
    askedSpeaker?.person && askedSpeaker.person.kind !== 'place'
      ? officeOfSpeaker(question.text, askedSpeaker)
      : undefined;
  const office =
    officeTyped && !isCountry(fold(officeTyped.owner)) && !isCountryName(fold(officeTyped.owner))
      ? officeTyped
      : undefined;
  const officeHolding =
    askedSpeaker && office ? officeHolderAsked(ctx, askedSpeaker, office, voicesOf(ctx, askedSpeaker)) : null;
  if (office && !officeHolding) {
    return answered(refuse(`No article quotes ${office.owner}'s ${office.office}.`));
  }
  const speaker = officeHolding ?? askedSpeaker;
  const voices = speaker ? voicesOf(ctx, speaker) : new Set<string>();
  const quotedNames = memo(ctx.whole ?? ctx, 'quoted-names', () => new Set(quotedRoles(ctx).map((p) => p.name)));
  const quoted = [...voices].some((v) => quotedNames.has(v));
  if (speaker && !quoted && !speaksSomewhere(ctx, speaker)) {
    return answered(refuse(`${shownName(speaker)} is mentioned in the articles but never quoted.`));
  }

  // A question about a day (or a month's figure) after every article it concerns was written: none can know it.
  const concerned = () => (allowed === null ? ctx.articles : ctx.articles.filter((a) => allowed.has(a.id)));
  // A figure is asked for by "how many" or by its name ("the inflation rate for March"); not a length or distance
  // ("how long did the lockdown last in March"), which an event has from its start, not once its month is over.
  const figure =
    (question.type === 'quantity' && !asksMeasureOfEvent(question.text)) || asksFigureByName(question.text);
  // The names found are no words of time: "will smith" typed in lower case is no future.
  const timeText = found
    .flatMap((f) => [f.person?.name ?? '', f.asked.text])
    .filter((n) => n !== '')
    .reduce((t, n) => t.replace(new RegExp(String.raw`\b${escapeRegExp(n)}\b`, 'gi'), 'X'), question.text);
  const late = tooLateFor(timeText, figure, concerned);
  if (late) return answered(refuse(late));
  return {
    question,
    found,
    allowed,
    subjectFound,
    speaker,
    voices,
    quoted,
    timeText,
    figure,
    showing,
    respelledWords: respelled.words,
  };
}

/**
 * The person an office is asked of by name ("michelle gass" in "kohl's ceo michelle gass"), when the articles know
 * neither the name nor its surname; null otherwise.
 */
function unknownHolder(ctx: AnswerContext, subject: string): string | null {
  const m = /['’]s\s+(?:[\p{L}-]+\s+){1,3}?(\p{L}+)\s+(\p{L}+)$/u.exec(subject);
  const [given, surname] = [m?.[1] ?? '', m?.[2] ?? ''];
  if (!isKnownName(given) || isEnglishWord(fold(given)) || ctx.index.knows(fold(surname))) return null;
  return `${given} ${surname}`;
}

/** Does an article write the two words side by side, apart or hyphenated ("work force", "sell-off")? */
function writtenApart(ctx: AnswerContext, first: string, second: string): boolean {
  const pattern = new RegExp(String.raw`\b${escapeRegExp(first)}[\s-]+${escapeRegExp(second)}\b`, 'i');
  // Only articles that use both words are read: in an archive, far fewer than those that use the first.
  const withFirst = ctx.index.articlesUsing(first) ?? new Set<string>();
  const withSecond = ctx.index.articlesUsing(second);
  for (const id of withFirst) {
    if (withSecond && !withSecond.has(id)) continue;
    if (ctx.article(id)?.paragraphs.some((p) => pattern.test(p.text))) return true;
  }
  return false;
}

/** The articles that hold every one of the names; null when there are none. */
function articlesWithAll(found: readonly FoundName[]): Set<string> | null {
  let allowed: Set<string> | null = null;
  for (const f of found) {
    if (allowed === null) allowed = new Set(f.articles);
    else for (const a of allowed) if (!f.articles.has(a)) allowed.delete(a);
  }
  return allowed;
}

/**
 * Is the name a country the question writes before one of its institutions or its people ("the UK government", "UK
 * motorists", "US importers"), which the country's own press names without it?
 */
function countryOfInstitution(text: string, name: string): boolean {
  return (
    (isCountry(fold(name)) || isCountryName(fold(name))) &&
    new RegExp(
      String.raw`\b${escapeRegExp(name)}\s+(?:government|treasury|authorities|regulators?|officials|ministers?|parliament|taxpayers?|motorists|drivers|consumers|households|families|homeowners|renters|borrowers|savers|shoppers|importers|exporters|employers|workers|retailers|farmers|voters|residents|patients|students)\b`,
      'i',
    ).test(text)
  );
}

/** Whether a name found is quoted or speaks anywhere in the articles, as itself or as its government. */
function speaksAnywhere(ctx: AnswerContext, name: FoundName): boolean {
  const speaker = asGovernment(ctx, name);
  const quotedNames = memo(ctx.whole ?? ctx, 'quoted-names', () => new Set(quotedRoles(ctx).map((p) => p.name)));
  return [...voicesOf(ctx, speaker)].some((v) => quotedNames.has(v)) || speaksSomewhere(ctx, speaker);
}

/** Offices chat writes as short forms, which the articles may write in words ("chief executive"). */
const OFFICE_SHORT_FORMS: ReadonlySet<string> = new Set(
  'ceo cfo coo cto cio cmo mp mep pm vp svp evp md gm ag da gop'.split(' '),
);

/** People of someone who are not them: a name's lawyers, family, aides or critics ("Shkreli's lawyers"). */
const OTHERS_OF =
  /['’]s?\s+(?:lawyers?|attorneys?|counsel|legal team|family|relatives|parents|children|supporters|critics|rivals|opponents|aides?|advisers?|advisors?|allies|friends|colleagues)$/i;

/** Whether a name is written as the owner of something the question asks ("Morgan Stanley's forecast"). */
function ownsWhatIsAsked(text: string, name: string): boolean {
  return new RegExp(String.raw`\b${escapeRegExp(name)}['’]s?\s+\p{L}`, 'iu').test(text);
}

/** An office after a possessive ("'s trade minister", "'s CEO"): whoever holds it is asked, found by the office. */
const OFFICE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:minister|secretary|ceo|cfo|chief|president|chair(?:man|woman)?|boss|head|governor|spokes(?:man|woman|person)|ambassador|envoy|leader)\b/iu;
