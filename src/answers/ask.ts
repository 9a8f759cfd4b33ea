/**
 * Answering a free question: read it (`question.ts`), find the names it asks about in the knowledge (by any
 * alias, spelling or initials, or a close misspelling), search the sentences of the articles that hold them, rank by
 * what the question asks for (a figure for "how many", a date for "when", the speaker's own words for "what did X
 * say"), keep only results near the best, and answer honestly not at all when the articles do not hold the answer:
 * a name no article mentions, someone never quoted, a verb no sentence uses.
 */

import { escapeRegExp } from '../regexp.ts';
import { fold, type Hit, processTerm, termsOf, tokenize } from '../search/index.ts';
import { COUNTRY_OF_ADJECTIVE } from '../shared-words.ts';
import { referenceRarity } from '../stories/index.ts';
import { countedAnswering } from './asked-count.ts';
import { asksAge, asksCauseOfDeath, givesAge, givesCauseOfDeath } from './asked-details.ts';
import {
  AMOUNT,
  asksFigureDone,
  asksFigureExpected,
  asksFormerWords,
  asksShare,
  awaitsOutcome,
  CALENDAR_WORD,
  decisionAsked,
  doneInPast,
  figureNamed,
  figureNameTerms,
  givesExpectation,
  givesNewName,
  givesOnlyExpectation,
  tellsConverse,
  tellsDecision,
} from './asked-facts.ts';
import { asGovernment, type FoundName, isCountry, shownName, titleShortForms } from './asked-names.ts';
import { namedAfterOffice, officeAsked, officeOf, writesOffice } from './asked-offices.ts';
import { scopeOf } from './asked-scope.ts';
import { candidatePassages } from './asked-search.ts';
import { monthsNamed, monthsWritten, namesQuarter, quartersNamed, tooLateFor } from './asked-time.ts';
import { answeringWithVerb, MONEY_VERB_TERMS, MONEY_WORD_TERMS, quotedIn } from './asked-verb.ts';
import { alsoAsked, SAYS_HOW_MANY, thingAskedToExist } from './asked-whether.ts';
import { othersFirst, setAside } from './besides.ts';
import { COVER_CANDIDATES, NAMING_CANDIDATES, putFirst, topParagraphs, verbOf, withOneFirst } from './candidates.ts';
import type { AnswerContext } from './context.ts';
import { defines, explainsName, meaningAsked, nameOriginAsked } from './defined-terms.ts';
import { addressedIn, containsForm, foldedWords, SPEECH_VERB, speaksIn } from './folded.ts';
import { hitWords } from './hit-words.ts';
import { namedAround, namedByParagraph, namedInParagraph, passageReader } from './passages.ts';
import {
  asksWhatSum,
  asksWhoSaid,
  BUSINESS_HEADS,
  PERSON_NOUNS,
  type Question,
  type QuestionType,
  questionType,
} from './question.ts';
import { firstQuestionOf } from './question-parts.ts';
import {
  answersHashtag,
  answersPenalty,
  askedDays,
  askedMonths,
  asksCountry,
  asksMeasure,
  asksOrigin,
  asksVenue,
  CAUSED,
  countsNear,
  inMonths,
  MONEY,
  NAMING_VERB,
  NUMBER,
  namesNewPlace,
  perUnitAsked,
  RANKING,
  type RankingWeights,
  ROLE,
  relatedIn,
  tellsLastTime,
  tellsTime,
  tellsVenue,
  withoutYears,
  years,
} from './ranking.ts';
import { scorePassages } from './score-passages.ts';
import { figuresIn, givesShare, lastMonthOf, saysUntold, toldAsEarlier, yearsOf } from './sentence-facts.ts';
import { shortFormAsked, spellsOut } from './spelled-out.ts';

/** The outcome of a question. */
export interface Asked {
  readonly question: Question;
  /** Best first; empty when the articles do not answer. */
  readonly hits: readonly Hit[];
  /** Why there is no answer, in plain sentences; empty when there are hits or nothing more can be said. */
  readonly refusal: readonly string[];
  /** "Showing Dmitry Peskov for 'pesckov'." */
  readonly corrections: readonly string[];
  /** What is said beside the hits, or instead of them (a byline no line of text carries). */
  readonly notes?: readonly string[];
}

/**
 * Answers a question from the context (a story's or the whole archive's): the hits, best first, at most `limit`, or
 * the reasons there are none.
 */
export function ask(ctx: AnswerContext, typed: string, limit: number, weights: RankingWeights = RANKING): Asked {
  // "Besides BP and Shell, did any other oil company …": asked without the names set aside, then those naming
  // someone else first (from more passages than shown, so that the reordering has some to choose from).
  const aside = setAside(typed);
  if (aside) {
    const asked = askOne(ctx, aside.rest, limit * 3, weights);
    return { ...asked, hits: othersFirst(ctx, asked.hits, aside).slice(0, limit) };
  }
  return askOne(ctx, typed, limit, weights);
}

/** {@link ask} for a question that sets no names aside. */
function askOne(ctx: AnswerContext, typed: string, limit: number, weights: RankingWeights): Asked {
  const text = asFigureQuestion(typed);
  const whole = askWhole(ctx, text, limit, weights);
  if (whole.hits.length > 0 || (whole.notes?.length ?? 0) > 0) return whole;
  // Two questions typed as one, of which the whole finds no answer: the first, read on its own, may have one.
  const first = firstQuestionOf(text);
  if (first === null) return whole;
  const part = askWhole(ctx, first, limit, weights);
  if (part.hits.length === 0) return whole;
  return { ...part, notes: [...(part.notes ?? []), `Answering the first question only: "${first}"`] };
}

/**
 * A figure typed as a bare phrase, as chat writes it ("tesla revenue for q4 2021"), asked as the question it stands
 * for ("what was tesla revenue for q4 2021"), so that it is answered by the figure of that name and time or not at all.
 */
function asFigureQuestion(text: string): string {
  if (questionType(text) !== 'none') return text;
  const asked = `what was ${text.trim()}`;
  return figureNamed(asked) !== null ? asked : text;
}

/** {@link ask} for the question as one question. */
function askWhole(ctx: AnswerContext, text: string, limit: number, weights: RankingWeights): Asked {
  const scope = scopeOf(ctx, text, limit);
  if ('done' in scope) return scope.done;
  const { question, found, subjectFound, speaker, voices, quoted, timeText, figure, showing } = scope;
  const refuse = (reason: string): Asked => ({ question, hits: [], refusal: [reason], corrections: showing() });

  // The passages that may answer: the search over the articles that hold every name, and the speaker's own words.
  const lastTime = question.type === 'when' && /\blast\b/i.test(question.text);
  const speakerNames = voices;
  const all = candidatePassages(ctx, scope, text, weights);
  if (all.length === 0) return { question, hits: [], refusal: [], corrections: showing() };

  // Each hit's words are read by several tests below: split, folded and turned into terms once per hit.
  const { folded, uses } = hitWords();
  // What a passage holds of the question: its paragraph, its neighbours, its article.
  const passages = passageReader(ctx);
  const passageUses = passages.inParagraph;
  const askedYears = years(text);
  const months = askedMonths(text);
  const days = askedDays(text);
  const promise = /\b(promise[sd]?|pledge[sd]?|vow(?:s|ed)?|plans? to|intend(?:s|ed)? to)\b/i.test(text);
  // "What did O'Leary use to say about bitcoin": what he said before, which the article tells as past.
  const formerly = asksFormerWords(text);
  const change = question.predicate !== null && CHANGE_TERMS.has(question.predicate);
  const past = /\b(did|was|were|had)\b/i.test(text) && !/\b(will|would)\b/i.test(text);
  // "How much", or "what will X pay": a sum of money. Not "how much more do you pay": a difference, which news
  // gives as a share as often ("21 percent more").
  const money =
    question.type === 'quantity' &&
    (!change || /\bhow much money\b/i.test(text)) &&
    (/\bhow much\b(?! (time|longer|more|less|extra|higher|lower|cheaper|of)\b)/i.test(text) ||
      asksWhatSum(text) ||
      // "How rich is she": what she is worth.
      /\bhow (?:rich|wealthy)\b/i.test(text) ||
      // "How big was the fine": its size is a sum.
      /\bhow (?:big|large|high|steep|hefty)\b.*\b(?:fine|penalty|settlement|payout|compensation|bill|fee|bonus|salary)\b/i.test(
        text,
      ));
  const perUnit = question.type === 'quantity' ? perUnitAsked(text) : null;
  const whoSaid = question.type === 'who' && asksWhoSaid(text);
  const listsCountries = /\bwhich (?:(?:\d+|two|three|four|five|six) )?(?:countries|nations)\b/i.test(text);
  const measure = asksMeasure(text);
  // "What return did the fund post", "what level did the bank keep its rate at": a figure, asked with "what".
  const figureAsked = question.type === 'what' && WHAT_FIGURE.test(text);
  const countsHowMany = /\bhow many\b/i.test(text);
  // "…? i keep seeing 7.3% and 7.5%": figures the asker adds after the question are in the passages they ask about
  // (not a figure that names the subject, "the $44 billion deal").
  const quotedFigures = figuresIn(text.slice(text.indexOf('?') + 1 || text.length));
  // "What did Agrawal tell employees about their stock options": the subject asked about, not the occasion after it.
  const asked =
    question.type === 'speech' ? aboutTerms(text, OCCASION).filter((t) => question.content.includes(t)) : [];
  // Not "which country's factory": a country, weighed by the ranking beside the thing asked.
  const wherePlace = question.type === 'where' && !asksOrigin(question.text) && !asksCountry(question.text);
  // A place the question names, by any of its names ("Britain" for "uk", both one index term).
  const namedTerms = new Set([
    ...termsOf(question.text),
    ...found.flatMap((f) => f.forms.filter((form) => form.length === 1).map((form) => form[0] as string)),
  ]);
  const askedPlace = (word: string) => {
    const term = processTerm(word);
    return term === null || namedTerms.has(term) || namedTerms.has(word);
  };
  // The people asked by name: not one a body's name was read as ("the World Bank": its president), who may be
  // the answer to "who is the head of the World Bank".
  const askedPeople = new Set(
    found.flatMap((f) => (f.person && askedByName(f.asked.text, f.person.name) ? [f.person.name] : [])),
  );
  const namesNewPerson = (h: Hit) =>
    (namedByParagraph(ctx, 'person').get(`${h.article}\0${h.paragraph}`) ?? []).some((name) => !askedPeople.has(name));
  // Named in the sentence shown, by the last word of their name: "Johnson's lawmakers" elsewhere in the paragraph
  // does not tell who won the seat.
  const showsNewPerson = (h: Hit) =>
    (namedByParagraph(ctx, 'person').get(`${h.article}\0${h.paragraph}`) ?? []).some(
      (name) =>
        !askedPeople.has(name) &&
        new RegExp(String.raw`\b${escapeRegExp(name.split(/\s+/).at(-1) ?? name)}\b`).test(h.snippet),
    );
  // Or a body, for "which firm provided the imagery"; "who replaced Khan" asks for a person, not the parliament
  // that voted.
  const asksWhich = /\b(?:which|what)\s+\p{L}/iu.test(question.text);
  const askedNames = new Set(found.flatMap((f) => [f.person?.name ?? '', ...f.forms.map((form) => form.join(' '))]));
  const namesNewBody = (h: Hit) =>
    (namedByParagraph(ctx, 'organization').get(`${h.article}\0${h.paragraph}`) ?? []).some(
      (name) => !askedNames.has(name) && !askedNames.has(fold(name)),
    );
  const namesNewActor = (h: Hit) => namesNewPerson(h) || (asksWhich && namesNewBody(h));
  const asking =
    question.type === 'who'
      ? /^\s*(?:which|who(?:'s| is| was) the|what(?:'s| is| was|s)? (?:the )?name of the)\s+([a-z]+)\b/i.exec(
          question.text,
        )?.[1]
      : undefined;
  const titleAsked =
    asking && (ROLE.test(asking) || titleShortForms(asking).length > 0 || NAME_TITLES.test(asking))
      ? titledAs(asking)
      : null;
  // Written in full or cut short before a day or with its point ("Dec. 15", "Sept 3"), not a name ("Jan Kowalski").
  const spokenMonths = (question.type === 'speech' ? monthsNamed(text) : []).map((month) => {
    const short = month.slice(0, 3) + (month === 'september' ? 't?' : '');
    return new RegExp(String.raw`\b(?:${month}\b|${short}(?:\.|\s+\d))`, 'i');
  });
  const paragraphNames = (h: Hit, month: RegExp) => month.test(ctx.paragraph(h.article, h.paragraph) ?? '');
  // A number whose noun the sentence leaves out, counted just before in its paragraph ("… with 8,000 to 14,000
  // troops. The United States … is assessing up to 30,000 could take part."): it counts that noun too.
  const elided = (h: Hit) =>
    question.counted !== null &&
    ELIDED_COUNT.test(withoutYears(h.snippet)) &&
    countsNear(ctx.paragraph(h.article, h.paragraph) ?? '', question.counted);
  const scored = scorePassages(all, {
    ctx,
    question,
    found,
    subjectFound,
    speaker,
    speakerNames,
    whoSaid,
    elided,
    folded,
    uses,
    passageUses,
    aroundUses: passages.around,
    quotedFigures,
    asked,
    past,
    promise,
    money,
    perUnit,
    listsCountries,
    wherePlace,
    whichAsked: WHICH_ASKED.test(question.text),
    askedPlace,
    measure,
    figureAsked,
    change,
    countsHowMany,
    spokenMonths,
    months,
    days,
    weights,
  });

  let answering = scored;
  // "Which senator urged it": a passage among the best that names one by that title ("Senator Elizabeth Warren")
  // answers before those that name none.
  if (titleAsked) {
    // In the sentence or its paragraph: "Det. Erik Thiele pointed his flashlight …" opens the paragraph whose next
    // sentence tells what he saw.
    const titled = topParagraphs(answering, COVER_CANDIDATES * 2).filter((s) =>
      titleAsked.test(ctx.paragraph(s.hit.article, s.hit.paragraph) ?? s.hit.snippet),
    );
    answering = putFirst(titled, answering);
  }
  // "Where was the ferry detained": a passage among the best that names a place the question does not ("in Larne")
  // and is on what and whom it asks about ("The ferry was detained", the ferry named beside it) answers
  // before those that name no place. Not one on someone else ("Berg met Sorn in Rome" for where Kell met Sorn).
  // "Will the Russians pack up and leave Belarus when the drills wrap up": among the best, a passage that tells the
  // act asked about ("its troops will leave Belarus") answers before one on the rest ("the drills will end").
  // Not "does Reznikov think Russia can attack": there the passage must be his view, which the ranking weighs.
  if (
    question.type === 'yesno' &&
    question.predicate !== null &&
    !/\b(?:think|thinks|believe|believes|say|says|said|expect|expects|fear|fears)\b/i.test(question.text)
  ) {
    const act = question.predicate;
    const telling = answering.slice(0, COVER_CANDIDATES).filter((s) => uses(s.hit, act));
    answering = putFirst(telling, answering);
  }
  // "Did AT&T or Verizon respond to the letter": a sentence that says one named declined to comment (or did not
  // respond) answers, before the rest of the story.
  if (RESPONSE_ASKED.test(question.text) && found.length > 0) {
    const declining = answering
      .slice(0, COVER_CANDIDATES * 4)
      .filter((s) => NO_COMMENT.test(s.hit.snippet) && found.some((f) => containsForm(folded(s.hit), f.forms)));
    answering = putFirst(declining, answering);
  }
  // "What started the fire": among the best, a passage that tells a cause by its verb ("was the source of the
  // fire") answers before the one that tells the event again.
  if (question.type === 'why') {
    const causing = answering.slice(0, COVER_CANDIDATES + 1).filter((s) => CAUSED.test(s.hit.snippet));
    answering = putFirst(causing, answering);
  }
  // "What caused the refinery fire": a passage that tells a cause, or that it is not known yet ("the cause is under
  // investigation"); one that tells the fire again does not answer, and when none tells one, no article says.
  if (question.type === 'why' && CAUSE_OF_EVENT_ASKED.test(question.text)) {
    const telling = answering.slice(0, COVER_CANDIDATES * 2).filter((s) => TELLS_CAUSE.test(s.hit.snippet));
    if (telling.length === 0) return refuse('No article says what caused it.');
    answering = putFirst(telling, answering);
  }
  // "What could they get if convicted": among the best, the passage that tells a penalty ("If convicted, they could
  // face up to six months in prison"), which names them only by a pronoun, before those on the charge.
  answering = putFirst(
    answering.slice(0, COVER_CANDIDATES * 3).filter((s) => answersPenalty(question.text, s.hit.snippet)),
    answering,
  );
  // "What's the hashtag people are using to boycott them": a sentence that writes one ("mentions of #boycottpando"),
  // though it never says "hashtag", answers before those on the boycott.
  answering = putFirst(
    answering.filter((s) => answersHashtag(text, s.hit.snippet)),
    answering,
  );
  // "Who is Will Felps": among the best, a passage that tells who the person is ("said Will Felps, who teaches
  // management at …", "economist Ann Ruiz") answers before their words on something else.
  const identity = asksIdentity(question.text) ? found.find((f) => f.person !== null)?.person : undefined;
  if (identity) {
    const telling = answering
      .slice(0, COVER_CANDIDATES)
      .filter((s) => describesPerson(s.hit.snippet, identity.name, identity.roles));
    answering = putFirst(telling, answering);
  }
  // "What airfields are part of the drills": the things asked for by their kind; among the best few paragraphs,
  // those that name that kind answer before those on the rest of the question ("the drills, called …").
  // Asked in keywords too ("airfields used in allied resolve"), and a purpose by its noun ("what is the goal of the
  // maneuvers", "describe the aim of the exercise": the passage that says "the purpose of the exercise is").
  // "What kinds of military hardware has Moscow sent": the kind is the noun after "kinds of", before the verb.
  const kindAsked =
    question.type === 'what'
      ? (KIND_OF.exec(question.text)?.[1] ??
        /^\s*(?:what|which)\s+(?!(?:kinds|types|sorts)\b)([a-z]{4,}s)\s/i.exec(question.text)?.[1])
      : question.type === 'none'
        ? KIND_KEYWORDS.exec(question.text)?.[1]
        : undefined;
  const purposeAsked =
    question.type === 'what' || question.type === 'how' || question.type === 'none'
      ? purposeNoun(question.text)
      : undefined;
  // Not a verb after "what" ("what happens", "what does it mean").
  const kindTerm =
    kindAsked && !/^(?:does|goes|happens|means|seems|remains|stands|makes|takes|causes|counts)$/i.test(kindAsked)
      ? processTerm(kindAsked)
      : purposeAsked
        ? processTerm(purposeAsked)
        : null;
  if (kindTerm) {
    answering = putFirst(
      topParagraphs(answering, COVER_CANDIDATES * 2).filter((s) => uses(s.hit, kindTerm)),
      answering,
    );
  }
  // "What phrase did Lavrov use for the talks", "what did Lavrov call them": words in quotation marks; among the best
  // few paragraphs, those that quote and name one asked about answer first ("Lavrov called it a “dialogue of the
  // deaf”" before "Lavrov, who gave a gloomy assessment of their talks").
  if (question.type === 'what' && WORDS_ASKED.test(question.text)) {
    answering = putFirst(
      topParagraphs(answering, COVER_CANDIDATES * 2).filter(
        (s) => QUOTATION.test(s.hit.snippet) && found.some((f) => containsForm(folded(s.hit), f.forms)),
      ),
      answering,
    );
  }
  // "What does Libor stand for": a passage that spells it out answers, wherever the search put it.
  const shortForm = shortFormAsked(question.text);
  if (shortForm !== null)
    answering = putFirst(
      answering.filter((s) => spellsOut(shortForm, s.hit.snippet)),
      answering,
    );
  // "What does lowballing mean": the sentence that defines the word; "why is it called DALL-E": the one that tells
  // where the name comes from.
  const meaning = meaningAsked(question.text);
  if (meaning !== null)
    answering = putFirst(
      answering.filter((s) => defines(meaning, s.hit.snippet)),
      answering,
    );
  const origin = nameOriginAsked(question.text);
  if (origin !== null)
    answering = putFirst(
      answering.filter((s) => explainsName(origin, s.hit.snippet)),
      answering,
    );
  // "What fighter jet model is Russia sending": a model is named by its code ("SU-35", "A380"); among the best few
  // paragraphs, those that give one answer first.
  if (question.type === 'what' && /\b(?:models?|variants?|versions?)\b/i.test(question.text)) {
    answering = putFirst(
      topParagraphs(answering, COVER_CANDIDATES * 2).filter((s) => MODEL_CODE.test(s.hit.snippet)),
      answering,
    );
  }
  // "Does Ukraine think Russia is preparing an attack": whether they think so is told where they speak ("Ukraine's
  // government has stated that it believes …"); among the best few paragraphs, those first.
  const viewHolder =
    question.type === 'yesno'
      ? /^\s*(?:does|do|did)\s+(?:the\s+)?(.+?)\s+(?:even\s+|really\s+|actually\s+)?(?:think|believe|expect|fear)\b/i.exec(
          question.text,
        )?.[1]
      : undefined;
  const holderFound = viewHolder ? found.find((f) => fold(f.asked.text) === fold(viewHolder)) : undefined;
  if (holderFound) {
    const forms = asGovernment(ctx, holderFound).forms;
    answering = putFirst(
      topParagraphs(answering, COVER_CANDIDATES * 2).filter((s) => speaksIn(folded(s.hit), forms)),
      answering,
    );
  }
  // "What's OpenSea valued at": a sum, among the best, before a sentence on the funding without one.
  if (question.type === 'what' && VALUE_ASKED.test(question.text)) {
    answering = putFirst(
      topParagraphs(answering, COVER_CANDIDATES * 2).filter((s) => MONEY.test(s.hit.snippet)),
      answering,
    );
  }
  // "Which Fed official voted against the rate hike": a vote against ("the lone dissenter", "voted against"), among
  // the best, before a vote for it.
  if (VOTED_AGAINST.test(question.text)) {
    answering = putFirst(
      topParagraphs(answering, NAMING_CANDIDATES).filter((s) => AGAINST_TOLD.test(s.hit.snippet)),
      answering,
    );
  }
  // "When did the Fed last raise rates": "the first since 2018", among the best, before a date of what comes next.
  // "What price did the notes sink to": the level reached ("fell to as low as 62 cents"), before a move by so much
  // ("plunged 10 cents").
  if (question.type === 'quantity' && LEVEL_REACHED.test(text)) {
    const reached = answering.slice(0, COVER_CANDIDATES * 2).filter((s) => REACHED_LEVEL.test(s.hit.snippet));
    answering = putFirst(reached, answering);
  }
  if (lastTime) {
    const told = answering.slice(0, COVER_CANDIDATES * 2).filter((s) => tellsLastTime(s.hit.snippet));
    answering = putFirst(told, answering);
  }
  // Not "which countries take part": a list of countries, with no preposition before them.
  if (wherePlace && !listsCountries) {
    const named = found.filter((f) => !isCountry(fold(f.asked.text)));
    const held = (h: Hit) => question.content.filter((t) => passageUses(h, t)).length;
    const placed = answering.slice(0, COVER_CANDIDATES * 2).filter(
      (s) =>
        namesNewPlace(s.hit.snippet, askedPlace) &&
        (question.content.length === 0 || question.content.some((t) => passageUses(s.hit, t))) &&
        (named.every((f) => containsForm(folded(s.hit), f.forms)) ||
          // Or none of them, with them named around it ("The ferry was detained in Larne"), or with most of the
          // rest of the question ("Advisers from all four countries are due to meet Thursday in Berlin").
          (!named.some((f) => containsForm(folded(s.hit), f.forms)) &&
            (named.every((f) => namedAround(ctx, s.hit, f.forms)) || held(s.hit) * 2 > question.content.length))),
    );
    // The one that holds more of the question first ("due to meet Thursday in Berlin" before "from Ukraine").
    placed.sort((a, b) => held(b.hit) - held(a.hit));
    answering = putFirst(placed, answering);
  }
  // "Where was Milito when he spoke about the ban": among the best few, the sentence on the venue of their words
  // ("Milito made the comment at the CERAWeek conference in Houston") answers before their words themselves or
  // another place they named.
  if (question.type === 'where' && asksVenue(question.text)) {
    const speaking = found.find((f) => f.person !== null);
    const telling = answering
      .slice(0, COVER_CANDIDATES * 2)
      .filter((s) => tellsVenue(s.hit.snippet) && (!speaking || containsForm(folded(s.hit), speaking.forms)));
    answering = putFirst(telling, answering);
  }
  // "What did Sunak say about the steel deal": their words on something else do not answer. None of the passages
  // where they speak holds a word of the subject asked about.
  // Read over the paragraphs around their words, which may say it otherwise than the question; not over the whole
  // article, which may be on the subject while they speak of something else.
  // Not the occasion named after it ("about crypto at his January press conference"): that is when, not what.
  const occasion = occasionTerms(text);
  const aboutWords = aboutTerms(question.text, occasion.length > 0 ? OCCASION : TIME_AFTER).filter((t) =>
    question.content.includes(t),
  );
  // Not the words news writes everywhere ("companies", "pay", "officials"): near someone's words on anything, they
  // do not put those words on the subject; unless the subject has no other words.
  const generic = genericTerms(question.text);
  const telling = aboutWords.filter((t) => !generic.has(t));
  const topic = telling.length > 0 ? telling : aboutWords;
  // Or beside another name the question asks about ("what did Malinowski say about Manchin …"); not a country,
  // which is named everywhere.
  // Named in the subject asked about, not in the time or occasion after it ("about layoffs after the Musk deal").
  const subjectPart = aboutPart(text, TIME_AFTER);
  const others = found.filter(
    (f) =>
      f !== subjectFound &&
      !isCountry(fold(f.asked.text)) &&
      (subjectPart === null || subjectPart.toLowerCase().includes(f.asked.text.toLowerCase())),
  );
  // Their quotation may run on over the next paragraphs; the reporter's account of what they said is told in one
  // paragraph, and the next is often another's words ("Powell vowed tough action on prices" beside a word on the war).
  const spanOf = (h: Hit) => (h.speakers.some((n) => speakerNames.has(n)) ? TOPIC_SPAN : 0);
  const titleTerms = (id: string) => termsOf(ctx.article(id)?.meta.title ?? '');
  const onTopic = (theirs: readonly { hit: Hit }[]) =>
    topic.length === 0 ||
    theirs.some(
      (s) =>
        topic.some((t) => passages.within(s.hit, t, spanOf(s.hit))) ||
        // Their own words in an article whose opening paragraph names the subject: the article's subject. Not when
        // the subject is someone else's doing ("Hale's ban"), which their words need to name.
        (others.length === 0 &&
          spanOf(s.hit) > 0 &&
          topic.some((t) => passages.within({ ...s.hit, paragraph: 1 }, t, 0))) ||
        // Or their words told, not quoted ("López Obrador claimed the move signals a trade war"), in an article whose
        // headline names the subject; an opening paragraph may be on another's words.
        (others.length === 0 &&
          speaker !== undefined &&
          speaksIn(folded(s.hit), speaker.forms) &&
          topic.some((t) => relatedIn(titleTerms(s.hit.article), t))) ||
        // Or naming another name asked about after theirs, in an article headlined on it ("Psaki issued a statement
        // saying Manchin had …" under "Manchin's 'no' over Build Back Better"); not their own body before their name
        // ("Fed chair Ana Voss said").
        (speaker !== undefined &&
          speaksIn(folded(s.hit), speaker.forms) &&
          others.length > 0 &&
          others.every(
            (f) =>
              namedAround(ctx, s.hit, f.forms) ||
              containsForm(foldedWords(ctx.article(s.hit.article)?.meta.title ?? ''), f.forms),
          ) &&
          others.some((f) =>
            containsForm(
              afterSpeaker(folded(s.hit), speaker.forms),
              f.forms.filter((form) => !speaker.forms.some((own) => own.join(' ') === form.join(' '))),
            ),
          )) ||
        others.some((f) => !passages.background(s.hit.article, f.forms) && namedAround(ctx, s.hit, f.forms)),
    );
  // What someone said is answered by their words: when the asked speaker has quotations in the results, those;
  // for someone never quoted by name, only sentences where they speak ("Sinema said …").
  // Quoted elsewhere, but not among the passages found: read as someone never quoted.
  let heard = false;
  // Whether the passages are all the speaker's own words, quoted or told.
  let ownWords = false;
  if (quoted && speaker) {
    // Their quotations, and sentences where they speak in the reporter's words ("the Kremlin has stated that …").
    const theirs = answering.filter(
      (s) => s.hit.speakers.some((n) => speakerNames.has(n)) || speaksIn(folded(s.hit), speaker.forms),
    );
    heard = theirs.length > 0;
    ownWords = heard;
    if (theirs.length > 0) answering = theirs;
    if (theirs.length > 0 && !onTopic(theirs)) {
      return refuse(`${shownName(speaker)} is quoted in the articles, but not on this.`);
    }
    // Their own words on the subject, in quotation marks, before the reporter's account of them ("Peskov said the
    // drills have scaled up" after "'Yes, the scale may be larger than before,' Peskov said").
    // Only for what they said: what they promised or warned is told in the reporter's words as often.
    if (asked.length > 0 && /\b(?:say|said|says|tell|told)\b/i.test(text)) {
      const inQuotes = (h: Hit) => {
        const quoted = quotedIn(ctx.paragraph(h.article, h.paragraph) ?? '').join(' ');
        return h.speakers.some((n) => speakerNames.has(n)) && asked.every((t) => termsOf(quoted).includes(t));
      };
      const own = answering.slice(0, COVER_CANDIDATES).filter((s) => inQuotes(s.hit));
      if (own.length > 0) answering = putFirst(own, answering);
    }
    // "What did Pelosi say in December": their words of the month asked come before all else they said.
    answering = putFirst(
      answering.filter((s) => spokenMonths.some((m) => paragraphNames(s.hit, m))),
      answering,
    );
  }
  if (speaker && !heard) {
    const strict = answering.filter((s) => speaksIn(folded(s.hit), speaker.forms));
    // Failing that, a sentence where they are named beside words said for them ("X declined to comment, but its
    // spokesperson told …").
    answering =
      strict.length > 0
        ? strict
        : answering.filter(
            (s) =>
              // Named outside the quotation marks: inside them ("… the investment by Rio Tinto," it said) they
              // are spoken of by someone else.
              containsForm(foldedWords(s.hit.snippet.replace(QUOTED_SPAN, ' ')), speaker.forms) &&
              SPEECH_VERB.test(folded(s.hit)) &&
              // Not the one a letter is addressed to: the letter's writer speaks.
              !addressedIn(folded(s.hit), speaker.forms),
          );
    ownWords = strict.length > 0;
    // Named as speaking, but of something else ("Powell vowed tough action on prices" for his words on the war).
    if (answering.length === 0 || !onTopic(answering)) {
      return refuse(`${shownName(speaker)} is mentioned in the articles but never quoted on this.`);
    }
  }
  // "What did Powell say at his press conference": their words at that occasion, told near it; with none, their
  // words at another time ("Powell said he backed the move earlier this month") do not answer.
  if (speaker && occasion.length > 0) {
    const atIt = answering.filter((s) => occasion.every((t) => passages.within(s.hit, t, TOPIC_SPAN)));
    if (atIt.length === 0) return refuse(`${shownName(speaker)} is quoted in the articles, but not at that occasion.`);
  }
  // "What is China's digital currency called", "Lowe's comparable sales": what is asked is the possessor's. A passage
  // that names them neither in it nor beside it is about someone else's (their article's title is no help: the
  // articles on them tell of others too).
  const possessors =
    question.type === 'speech'
      ? []
      : found.filter((f) =>
          new RegExp(String.raw`\b${escapeRegExp(f.asked.text)}(?:'s|’s|s'|’)\s`, 'i').test(question.text),
        );
  const owned = (h: Hit) => possessors.every((f) => namedAround(ctx, h, f.forms));
  // A name asked of the possessor's thing is theirs or no answer ("China's digital currency": not the Fed's).
  if (possessors.length > 0 && question.type === 'name') {
    answering = answering.filter((s) => owned(s.hit));
    if (answering.length === 0) return refuse(`No article names that for ${possessors[0]?.asked.text}.`);
  }
  // So is whoever did something of theirs ("who led OpenSea's funding round"): not who led another company's. Not a
  // country's ("whose yachts did the Italians seize"), which acts where the articles name only its authorities.
  const owners = possessors.filter(
    (f) => !isCountry(fold(f.asked.text)) && COUNTRY_OF_ADJECTIVE[fold(f.asked.text)] === undefined,
  );
  if (owners.length > 0 && question.type === 'who') {
    answering = answering.filter((s) => owners.every((f) => namedAround(ctx, s.hit, f.forms)));
    if (answering.length === 0) return refuse(`No article says that of ${owners[0]?.asked.text}.`);
  }
  // "What was Netflix's revenue", "what did Tesla report for Q4 revenue": a figure of the one named, which a
  // passage gives only in a paragraph that names them (an article on several companies gives each one's in its own),
  // and with a number: "Tesla is scheduled to post its figures" gives none.
  // Not "which tech giant missed profit forecasts": who did it is asked, not the figure.
  if (question.type === 'what' && FIGURE_OF_NAMED.test(text) && !/^\s*which\b/i.test(text) && found.length > 0) {
    // "What were Tesla's Q4 earnings": a quarter's figure, which its paragraph names, or which the sentence reports
    // as the results just out ("reported earnings of $24.62 per share").
    const quarterly = quartersNamed(text).length > 0;
    // The one named owns the figure; a place the question sets it in ("the odds of a wave like the one recorded off
    // Vancouver Island") need not be named again beside it.
    const owners = found.filter(
      (f) => !new RegExp(String.raw`\b${PLACE_PREPOSITION} (?:the )?${escapeRegExp(f.asked.text)}\b`, 'i').test(text),
    );
    // A short form, typed in capitals or not, may be spelled out there ("gdp": "gross domestic product").
    const named = (h: Hit, f: FoundName) =>
      namedInParagraph(ctx, h, f.forms) ||
      // "The retailer posted a net loss of $276 million": the company the paragraph before names, told by its trade.
      (BY_TRADE.test(h.snippet) && namedAround(ctx, h, f.forms, false)) ||
      (/^\p{L}{2,6}$/u.test(f.asked.text) &&
        spellsOut(f.asked.text, ctx.paragraph(h.article, h.paragraph) ?? '', false));
    answering = answering.filter(
      (s) =>
        owners.every((f) => named(s.hit, f)) &&
        /\d/.test(withoutYears(s.hit.snippet)) &&
        (!quarterly ||
          /\breport(?:s|ed|ing)?\b/i.test(s.hit.snippet) ||
          namesQuarter(ctx.paragraph(s.hit.article, s.hit.paragraph) ?? '')),
    );
    if (answering.length === 0) return refuse(`No article gives that figure for ${shownName(found[0] as FoundName)}.`);
  }
  // "How much was Jonathan Gray paid": a person's figure is told beside their name, or just after it ("he"); another
  // executive's pay in the same article is not theirs.
  // Not a figure someone gives ("stew leonard says … saves you how much"), which their words give without their name.
  if (question.type === 'quantity' && !CLAIMED_FIGURE.test(text)) {
    const people = found.filter(
      (f) =>
        f.person?.kind === 'person' &&
        tokenize(f.asked.text).length > 1 &&
        tokenize(f.asked.text).every((w) => fold(f.person?.name ?? '').includes(fold(w))),
    );
    if (people.length > 0) {
      answering = answering.filter((s) => people.every((f) => namedAround(ctx, s.hit, f.forms, false)));
      if (answering.length === 0)
        return refuse(`No article gives that figure for ${shownName(people[0] as FoundName)}.`);
    }
  }
  // "What was core inflation in February": each word naming the figure is in the passage that gives it, or the
  // headline rate answers for the core one.
  if (question.type === 'what' && FIGURE_OF_NAMED.test(text)) {
    const naming = figureNameTerms(question.text);
    if (naming.length > 0) {
      answering = answering.filter((s) => naming.every((t) => passages.around(s.hit, t)));
      if (answering.length === 0) return refuse('No article gives that figure.');
    }
  }
  // Otherwise the possessor's passages among the best few come first; for a figure or a person, those that name the
  // possessor's office asked ("Kroger's chief executive … earned", for "how much was kroger's ceo paid") before them.
  if (possessors.length > 0) {
    // Not for what the office holder said or did, which the words of it find.
    const held =
      question.type === 'quantity' || question.type === 'who' ? officeAsked(question.text, possessors) : undefined;
    const inOffice = (h: Hit) => held !== undefined && officeOf(held.owner, held.office).test(fold(h.snippet));
    const best = answering.slice(0, COVER_CANDIDATES);
    answering = putFirst(
      [
        ...topParagraphs(answering, NAMING_CANDIDATES).filter((s) => inOffice(s.hit)),
        ...best.filter((s) => owned(s.hit) && !inOffice(s.hit)),
      ],
      answering,
    );
  }
  // "What was Robinhood's Q4 revenue": a passage on another quarter ("a weak revenue forecast for the first quarter")
  // gives another figure, unless it names the quarter asked too. The sentence, not its paragraph, which may go on to
  // another ("a $1.4 billion loss for the first three months … a healthy profit in the second quarter").
  const quarters = question.type === 'speech' ? [] : quartersNamed(text);
  if (quarters.length > 0) {
    answering = answering.filter((s) => {
      const named = quartersNamed(s.hit.snippet);
      return named.length === 0 || named.some((n) => quarters.includes(n));
    });
    if (answering.length === 0) return refuse('No article gives that for the quarter asked.');
  }
  // "What was the unemployment rate in April": a sentence that gives another month's ("3.6% in March") gives
  // another figure, unless it names the month asked too.
  const askedMonthNames = question.type === 'speech' || question.type === 'when' ? [] : monthsNamed(text);
  if (askedMonthNames.length > 0) {
    answering = answering.filter((s) => {
      // "Exports rose 15.2% last month, … from an 18.3% gain in December", written in February, gives January's.
      if (inMonths(lastMonthOf(s.hit), months)) return true;
      const named = monthsWritten(s.hit.snippet);
      return named.length === 0 || named.some((m) => askedMonthNames.includes(m));
    });
    if (answering.length === 0) return refuse('No article gives that for the month asked.');
  }
  // "Claims in the week ending Dec 18": a sentence on another day of that month ("the week ending Dec. 11") gives
  // another figure.
  if (days.length > 0 && question.type !== 'speech') {
    answering = answering.filter((s) => {
      const named = askedDays(s.hit.snippet);
      return (
        !named.some((d) => !days.includes(d) && days.some((a) => a.slice(0, 2) === d.slice(0, 2))) ||
        named.some((d) => days.includes(d))
      );
    });
    if (answering.length === 0) return refuse('No article gives that for the day asked.');
  }
  // "What are the drills called" is answered by a sentence that names them, when there is one.
  // It must name what is asked about: a passage holding one of the question's words or names ("the IEA's plan to
  // cut oil demand" is not answered by "the group, called OPEC Plus").
  if (question.type === 'name') {
    // A question of many words ("the law firm that lets staff work from home for a pay cut") is not met by a passage
    // that shares one of them ("working on the plan, dubbed …"): a third of them, at least.
    const wantedWords = Math.max(1, Math.ceil(question.content.length / 3));
    // And the thing whose name is asked ("the name of China's digital currency"): a passage naming a "digital
    // whiteboard company" names something else.
    const head = namedThing(
      question.text,
      question.names.flatMap((n) => tokenize(n.text).map((w) => fold(w))),
    );
    const thing = head !== null && question.content.includes(head) ? head : null;
    const about = (h: Hit) =>
      (thing === null || passages.around(h, thing)) &&
      (question.content.filter((t) => passages.around(h, t)).length >= wantedWords ||
        found.some((f) => containsForm(folded(h), f.forms)));
    // "The new book "Jump: …"", "the yacht Amore Vero": the thing asked with its name right after it names it, before
    // a naming verb on something else around it ("often called the Jail Blazers").
    // A name typed in the question is no news of it ("the company Tesla" for "what is Tesla's plant called").
    const typedWords = new Set(tokenize(question.text).map((w) => fold(w)));
    const direct = thing === null ? [] : answering.filter((s) => namesThingAfter(s.hit.snippet, thing, typedWords));
    const naming = answering.filter((s) => NAMING_VERB.test(s.hit.snippet) && about(s.hit));
    if (direct.length > 0) answering = putFirst(direct, naming.length > 0 ? naming : answering);
    else if (naming.length > 0) answering = naming;
    // Failing that, one in the article the best passage is from, which may call it otherwise and share none of the
    // question's words ("the creature, named Arthropleura" in an article on a giant millipede).
    else if (answering[0]) {
      const best = answering[0];
      const named = ctx.index
        .scoped(new Set([best.hit.article]))
        .search(NAMING_QUERY, { limit: 50, filter: (d) => d.article === best.hit.article })
        .filter((h) => NAMING_VERB.test(h.snippet) && owned(h))
        .map((hit) => ({ hit, score: best.score }));
      if (named.length > 0) answering = [...named, ...answering];
    }
    // And it must give a name: one not typed in the question, capitalised or quoted. "AMD will introduce new data
    // center chips next week" tells of the chip, not its name.
    const typed = new Set(tokenize(question.text).map((w) => fold(w)));
    const top = answering[0]?.score ?? 0;
    const shown = answering.slice(0, COVER_CANDIDATES).filter((s) => s.score >= weights.floor * top);
    if (shown.length > 0 && !shown.some((s) => givesNewName(s.hit.snippet, typed))) {
      return refuse('No article gives its name.');
    }
  }
  // A question about a given year is not answered by a sentence about another year ("won … in 2009").
  if (askedYears.length > 0) {
    answering = answering.filter((s) => {
      // A year the sentence measures against ("the fastest increase since February 1982") is not its time; "this
      // year" is its article's.
      const named = yearsOf(s.hit);
      if (named.length > 0) return named.some((y) => askedYears.includes(y));
      // A sentence that names no year is of its article's: not of a later year asked ("the end of 2025" in January
      // 2022), which only a sentence naming it gives.
      const written = Number(s.hit.date?.slice(0, 4));
      if (!Number.isFinite(written) || written === 0) return true;
      // Nor of an earlier year asked ("its 2017-2019 balance sheet reduction"), unless its paragraph or one beside it
      // names that year: a sentence of a 2022 article that names none tells of 2022.
      if (askedYears.some((y) => Number(y) === written)) return true;
      const around = [s.hit.paragraph - 1, s.hit.paragraph, s.hit.paragraph + 1]
        .map((n) => ctx.paragraph(s.hit.article, n) ?? '')
        .join(' ');
      return askedYears.some((y) => Number(y) < written && years(around).includes(y));
    });
  }
  // "How did the fund do in February": "last month" in an article of May is April, not the month asked.
  if (months.length > 0) {
    answering = answering.filter((s) => {
      const last = lastMonthOf(s.hit);
      return last === null || inMonths(last, months);
    });
  }
  // "What did O'Leary use to say": his words told as said before come first.
  if (formerly) {
    const earlier = answering.filter((s) => toldAsEarlier(s.hit, ctx.paragraph(s.hit.article, s.hit.paragraph) ?? ''));
    answering = putFirst(earlier, answering);
  }
  // "What share of the EU's gas comes from Russia": a passage that gives a share ("40%", "two-thirds") answers first.
  if (asksShare(text)) {
    const shares = answering.filter((s) => givesShare(s.hit.snippet));
    if (shares.length > 0) answering = putFirst(shares, answering);
  }
  // "How old was Madden": a passage that gives an age ("Madden, 85, …"); "what did he die of": one that tells the
  // cause. A passage that only says he died does not answer.
  const detail =
    // Someone named: a person of the knowledge, or a name of several words the articles give no person for (a stage
    // name in quotes, "Flow La Movie").
    asksAge(text) && found.some((f) => f.person !== null || (f.asked.capitalised && /\s/.test(f.asked.text.trim())))
      ? givesAge
      : asksCauseOfDeath(text) || asksCauseOfDeath(question.text)
        ? givesCauseOfDeath
        : null;
  if (detail) {
    const giving = answering.filter((s) => detail(s.hit.snippet));
    if (giving.length === 0) return refuse('No article gives that: the passages on it do not say.');
    answering = putFirst(giving, answering);
  }
  // "How much revenue did Chevron report": a figure asked as done, which a sentence giving only what was expected
  // ("analysts polled by FactSet calling for … sales of $45 billion") does not give.
  if (asksFigureDone(question.type, text)) {
    answering = answering.filter((s) => !givesOnlyExpectation(s.hit.snippet));
    if (answering.length === 0) return refuse('No article gives that figure as it came out, only what was expected.');
  }
  // "What sales does Meta expect": the passage that gives the outlook before the results just out.
  if (asksFigureExpected(question.type, text)) {
    const outlook = answering.slice(0, NAMING_CANDIDATES).find((s) => givesExpectation(s.hit.snippet));
    if (outlook) answering = putFirst([outlook], answering);
  }
  // What a "how many" counts must be beside a number in the answer, of the one asked about.
  if (question.type === 'quantity') {
    const counting = countedAnswering({
      ctx,
      question,
      text,
      found,
      answering,
      change,
      money,
      elided,
      folded,
      generic,
      passages,
    });
    if ('refusal' in counting) return refuse(counting.refusal);
    answering = counting.answering;
  }
  // The verb asked about ("who won", "how many … killed") must be in the answer, or a word news uses for it.
  if (question.predicate !== null && (question.type === 'who' || question.type === 'quantity')) {
    const verbed = answeringWithVerb({
      question,
      text,
      verb: question.predicate,
      answering,
      money,
      namesNewPerson,
      namesNewActor,
      passageUses,
      uses,
      weights,
    });
    if ('refusal' in verbed) return refuse(verbed.refusal);
    answering = verbed.answering;
  }
  // "Which bidder ended up buying it", "how did the vote turn out": the outcome, which a passage written before it
  // (a plan, an offer, a vote still to come) does not give.
  // The best passage is read: when it still awaits the outcome, so did the articles.
  // Another of the best few passages that tells the outcome (with the verb of the decision asked) answers before it.
  const decision =
    question.type === 'yesno' || question.type === 'how' || question.type === 'what' ? decisionAsked(text) : null;
  // An outcome asked of someone named is told of them: a passage on another's vote ("workers at two Starbucks stores
  // voted to unionize", in an article on REI's) does not answer, though it tells a decision. One of the names asked
  // is enough in the paragraph or the one before ("the Bessemer warehouse" in an article on Amazon's).
  const namedForOutcome = decision ? found.filter((f) => !isCountry(fold(f.asked.text))) : [];
  if (namedForOutcome.length > 0) {
    const named = namedForOutcome;
    answering = answering.filter((s) =>
      named.some((f) => containsForm(folded(s.hit), f.forms) || namedAround(ctx, s.hit, f.forms, false)),
    );
    if (answering.length === 0) return refuse('No article says how it turned out for the one asked about.');
  }
  // A passage that tells the decision awaits nothing, though a clause of it looks ahead ("the US has banned Russian
  // oil imports and Britain said it would phase them out").
  // Not what someone said of it ("did Tokyo say anything about the shutdown"): their words answer, however it ended.
  const awaits = (h: Hit) =>
    question.type !== 'speech' && awaitsOutcome(text, h.snippet) && !(decision && doneInPast(h.snippet, decision));
  if (answering[0] && awaits(answering[0].hit)) {
    const told = answering.slice(1, COVER_CANDIDATES).filter(
      (s) =>
        !awaits(s.hit) &&
        (decision === null || tellsDecision(s.hit.snippet, decision)) &&
        // The subject asked about, not another: "America's Cup winners" for "who won the finale", a witness's words
        // for "what sentence was she eventually given".
        (question.content.length === 0 || question.content.some((t) => !OUTCOME_TERMS.has(t) && passageUses(s.hit, t))),
    );
    if (told.length === 0) {
      return refuse('No article says how it turned out: the closest passage tells of it before the outcome.');
    }
    answering = putFirst(told, answering);
  }
  // "Did the jury convict her": a passage on the trial that says nothing of a verdict does not answer it.
  if (decision && !answering.slice(0, COVER_CANDIDATES).some((s) => tellsDecision(s.hit.snippet, decision))) {
    return refuse(
      `No article says whether it happened: no passage on it uses "${verbOf(text, decision, question.core)}" or a word like it.`,
    );
  }
  // "Did the UK sanction Abramovich as well", "did CBS also stop reporting": whether one more did what others did,
  // which a sentence tells only if it names them beside the act.
  const also = question.type === 'yesno' ? alsoAsked(text, question, found) : null;
  if (also) {
    const tells = (h: Hit) => also.subject(folded(h)) && uses(h, also.act);
    if (!answering.some((s) => tells(s.hit))) {
      return refuse(`No article says whether ${also.shown} did too.`);
    }
    answering = putFirst(
      answering.filter((s) => tells(s.hit)),
      answering,
    );
  }
  // "Did FedEx say how many packages it delivered": their words give a number, or they do not say.
  if ((question.type === 'speech' || question.type === 'yesno') && SAYS_HOW_MANY.test(text)) {
    const giving = answering.filter((s) => NUMBER.test(withoutYears(s.hit.snippet)));
    if (giving.length === 0) return refuse('No article gives that number.');
    answering = giving;
  }
  // "Were there any dissents at the meeting": whether such a thing was, which a passage on the meeting that does not
  // speak of it does not tell.
  const thing = question.type === 'yesno' ? thingAskedToExist(question.text) : [];
  if (
    thing.length > 0 &&
    !answering.slice(0, COVER_CANDIDATES).some((s) => thing.every((t) => passages.around(s.hit, t)))
  ) {
    return refuse('No article says whether there was: no passage on it speaks of it.');
  }
  // "What was the final Senate vote count", "what was Tesla's profit": a figure asked for by its name is given by a
  // passage with a number and that name (or, for a sum, an amount of money); one on the topic without them does not
  // answer.
  const namedFigure = question.type === 'what' ? figureNamed(question.text) : null;
  if (namedFigure) {
    const { kind, term } = namedFigure;
    answering = answering.filter((s) => {
      if (!NUMBER.test(withoutYears(s.hit.snippet))) return false;
      // A sum is given as an amount ("$2.4 billion", "up 8%"), not by a number in a name or a date ("COVID-19",
      // "Jan. 6").
      if (kind === 'sum' && !MONEY.test(s.hit.snippet) && !AMOUNT.test(s.hit.snippet)) return false;
      if (term === null) return true;
      if (kind === 'count') return countsNear(s.hit.snippet, term);
      return uses(s.hit, term) || (kind === 'sum' && MONEY.test(s.hit.snippet));
    });
    if (answering.length === 0) return refuse('No article gives that figure.');
    // A sum is told in money: "shares tumbled 15% after a weak revenue forecast" gives a share's fall, not the sum.
    // Of the outlook, when that is what is asked ("what revenue does it expect").
    const expected = asksFigureExpected(question.type, text);
    const inMoney = answering
      .slice(0, NAMING_CANDIDATES)
      .find((s) => MONEY.test(s.hit.snippet) && (!expected || givesExpectation(s.hit.snippet)));
    if (kind === 'sum' && inMoney && !MONEY.test(answering[0]?.hit.snippet ?? ''))
      answering = putFirst([inMoney], answering);
  }
  // "Who replaced Khan", "who is the governor of the central bank": an answer names someone (or a body) the question
  // does not. When none of the best passages names anyone new, the articles do not say who.
  // "Who is the head of the World Bank": their own words may rank above the sentence that names them, which then
  // answers first.
  // A sentence that writes no name the question does not ("The accounting firm that prepared his statements says …").
  const typedWords = new Set(tokenize(text).map((w) => fold(w)));
  const namesNothing = (h: Hit) =>
    !h.snippet
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Lu}/u.test(w) && !typedWords.has(fold(w.replace(/['’]s$|[^\p{L}\d]+$/gu, ''))));
  const nameFirst = (naming: (h: Hit) => boolean): boolean => {
    const named = withOneFirst(answering, naming, namesNothing);
    if (named) answering = named;
    return named !== null;
  };
  if (question.type === 'who' && !whoSaid && answering.length > 0) {
    // A person asked for by what they are ("who were the two prosecutors that quit") is a person, not a body.
    const whichPeople = asksWhichPeople(question.text);
    const officeWord = OFFICE_HOLDER.exec(fold(question.text))?.[1];
    const officeHolder = officeWord !== undefined;
    const leads = LEADS.test(fold(question.text));
    const person =
      asksForUnnamedPerson(question.text) || whichPeople || officeHolder || APPOINTED_AS.test(fold(question.text));
    // Someone new in a passage on that office ("governor", or what news writes for it), not anyone else named.
    const inOffice = (h: Hit) =>
      officeWord === undefined ||
      writesOffice(officeWord, foldedWords(ctx.paragraph(h.article, h.paragraph) ?? h.snippet));
    // The holder the office resolved to ("ConocoPhillips CEO Ryan Lance") is named, though the question found them.
    const holderIn = (h: Hit) =>
      officeHolder &&
      found.some((f) => {
        // Word by word as passages are read: "Holland-Kaye" is two words there.
        const words = f.person ? fold(f.person.name).split(/[\s-]+/) : [];
        return words.length > 1 && containsForm(folded(h), [words, words.slice(-1)]);
      });
    // "The pilot who was flying the jet": someone named where the passage or one beside it speaks of a pilot, not
    // a union leader quoted on flying.
    const kind = unnamedPersonKind(question.text);
    const ofKind = (h: Hit) =>
      kind === null ||
      kindsWritten(kind).some((k) => passages.around(h, k)) ||
      // Or by the title written short ("Det. Erik Thiele" for the detective).
      (titleAsked?.test(ctx.paragraph(h.article, h.paragraph) ?? h.snippet) ?? false);
    const namesSomeone = (h: Hit) => (person ? showsNewPerson(h) && ofKind(h) : namesNewPerson(h));
    if (!nameFirst((h) => (namesSomeone(h) && inOffice(h)) || holderIn(h) || (!person && namesNewBody(h)))) {
      return refuse('No article names who that is.');
    }
    // "Which senators …" is answered by their names: the best passage that gives them before one that does not.
    // "Who runs Melvin Capital": the one that names a person in the sentence shown ("Gabe Plotkin's Melvin Capital").
    // Failing that, a further one that names a person beside the verb asked ("Gregory Robbins, who runs the
    // company" after sentences on the company that name no one).
    const predicate = question.predicate;
    const naming =
      whichPeople || leads
        ? (answering.slice(0, COVER_CANDIDATES).find((s) => (leads ? showsNewPerson(s.hit) : namesNewPerson(s.hit))) ??
          (leads && predicate !== null
            ? answering
                .slice(COVER_CANDIDATES, NAMING_CANDIDATES)
                .find((s) => showsNewPerson(s.hit) && uses(s.hit, predicate))
            : undefined))
        : undefined;
    if (naming) answering = putFirst([naming], answering);
    // "Who is going to run the Boston Fed", "who is running CNN now that Zucker has gone": among the best few, the
    // sentence that tells of the succession and names the successor ("Collins will helm the central bank branch and
    // takes over July 1") answers before words about them.
    if (SUCCESSION_ASKED.test(fold(question.text))) {
      const told = answering
        .slice(0, NAMING_CANDIDATES)
        .filter((s) => SUCCESSION_TOLD.test(s.hit.snippet) && showsNewPerson(s.hit));
      answering = putFirst(told, answering);
    }
  }
  // "Which independent broadcasters shut down", "what consulting firm wrote the report": bodies asked for by their
  // kind, which the best passage that names one gives first.
  if (question.type === 'what' && WHICH_BODY.test(fold(question.text)) && answering.length > 0) {
    const naming = answering.slice(0, COVER_CANDIDATES).find((s) => namesNewBody(s.hit));
    if (naming) answering = putFirst([naming], answering);
  }
  // "Who is David Boies in the Epstein case": who he is, told where he is named; the case's other passages, which
  // hold more of the question's words, are not about him.
  const whoIs = question.type === 'whois' && question.names.length > 1 ? found[0] : undefined;
  if (whoIs?.person) {
    // The reporter's words on him before his own quotation, as for any "who is" question.
    const naming = answering.filter((s) => containsForm(folded(s.hit), whoIs.forms));
    answering = putFirst([...naming.filter((s) => s.hit.kind !== 'quote' && !s.hit.hasQuote), ...naming], answering);
  }
  // "Who is Robinhood's CEO": a passage that names someone in that office. The company's other news is not it.
  // "What's the name of First Horizon's chief executive" asks the same.
  const officeOfOwner =
    question.type === 'whois' || question.type === 'name' ? officeAsked(question.text, found) : undefined;
  const office = officeOfOwner?.office;
  const owner = officeOfOwner?.owner;
  if (office && owner && answering.length > 0) {
    const holds = (s: (typeof answering)[number]) =>
      officeOf(owner, office).test(fold(s.hit.snippet)) &&
      (namesNewPerson(s.hit) || namedAfterOffice(office, s.hit.snippet));
    if (!answering.slice(0, COVER_CANDIDATES).some(holds)) {
      // Below the best few, a sentence that names the holder ("The Wall Street firm's chief economist, Jan Hatzius,
      // said …", which does not write the firm's name) still answers first: the words of the office are common in
      // the articles on the owner, the sentence that names its holder rare.
      const holding = answering.filter(holds);
      if (holding.length === 0) return refuse('No article names who that is.');
      answering = putFirst(holding, answering);
    }
  }
  // "Who was Palmer's lawyer", "who is her husband": someone else, of that kind, named where the passage (or one
  // beside it) speaks of one; a passage on Palmer himself answers who he is, not who his lawyer is.
  const relation = question.type === 'whois' || question.type === 'who' ? relationAsked(question.text) : null;
  if (relation !== null && answering.length > 0) {
    const naming = answering
      .slice(0, NAMING_CANDIDATES)
      .filter((s) => showsNewPerson(s.hit) && kindsWritten(relation).some((k) => passages.around(s.hit, k)));
    if (naming.length === 0) return refuse('No article names who that is.');
    answering = putFirst(naming, answering);
  }
  // "Who was the pilot that ejected", "the name of the victim": someone the passages must name. When none of the
  // best names anyone new, the articles do not say who it was.
  if (asksForUnnamedPerson(question.text) && answering.length > 0 && !nameFirst(namesNewPerson)) {
    return refuse('No article names who that is.');
  }
  // "When is the deal expected to close": a time to come, which a passage tells with a time and a word of what is
  // ahead ("expected to close in fiscal 2023", "will take effect on Jan. 1"). One that dates only what was done
  // ("announced last week", "on Thursday") does not answer.
  if (question.type === 'when' && FUTURE_ASKED.test(question.text) && answering.length > 0) {
    // What is awaited ("when are results expected", "when is the deal due to close") is in the passage or beside
    // it: the trial's start, told with a date, does not say when its results come.
    const awaited = awaitedThing(question);
    if (awaited !== null) {
      answering = answering.filter((s) => passages.around(s.hit, awaited));
      if (answering.length === 0) return refuse('No article says when that is to happen.');
    }
    // A year the question names itself ("this year", "in 2022") is no answer to when in it.
    const typedYear = (h: Hit) => withoutYearAsked(text, h.date);
    const ahead = answering.slice(0, COVER_CANDIDATES * 2).some((s) => {
      const paragraph = ctx.paragraph(s.hit.article, s.hit.paragraph) ?? s.hit.snippet;
      const strip = typedYear(s.hit);
      return TIME_AHEAD.test(strip(s.hit.snippet)) || TIME_AHEAD.test(strip(paragraph));
    });
    if (!ahead) return refuse('No article says when that is to happen.');
    // The sentences that tell the time ahead come before one on what was done already ("Earlier in January, the
    // government scrapped …").
    answering = putFirst(
      answering
        .slice(0, COVER_CANDIDATES * 2)
        .filter(
          (s) =>
            TIME_AHEAD.test(typedYear(s.hit)(s.hit.snippet)) &&
            TOLD_AHEAD.test(s.hit.snippet) &&
            !TOLD_AS_DONE.test(s.hit.snippet),
        ),
      answering,
    );
  }
  // A who / how many / when / where question must find most of what it asks in the passage that answers it: a
  // passage on the topic that lacks the rest is the same story, not the answer ("who bought the restaurants" met by
  // who bought another chain).
  // "By what date must she pay": a passage on the act that tells no time ("within the prescribed time limit") does
  // not say when. Its paragraph may tell it in the next sentence.
  const timeTold = (h: Hit) => tellsTime(ctx.paragraph(h.article, h.paragraph) ?? h.snippet);
  if (
    question.type === 'when' &&
    answering.length > 0 &&
    !answering.slice(0, COVER_CANDIDATES).some((s) => timeTold(s.hit))
  ) {
    return refuse('No article says when: no passage on it tells a time.');
  }
  // An age or a cause of death, asked of someone named, is told in a sentence that may hold no other word of the
  // question ("He was 65."): the test of the detail above stands for the test of the question's words.
  if (answering.length > 0 && ANSWERED_BY_FACT.has(question.type) && !detail?.(answering[0]?.hit.snippet ?? '')) {
    // "Who is the head of the IRS": any office answers it ("IRS Commissioner X"), so the word for whoever heads
    // it need not be there.
    // Nor the verb when the best passage tells the act from its other side ("acquired … from" for "who sold").
    const conversely = answering[0] !== undefined && tellsConverse(question.predicate ?? '', answering[0].hit.snippet);
    // Nor a verb that only says the figure is money ("net"), which the sum tells.
    const moneyVerb = money && MONEY_VERB_TERMS.has(question.predicate ?? '');
    // Nor "price" or "cost" asked as a sum ("what's the price of the truck"), which the sum in the passage tells.
    const wanted = [conversely || moneyVerb ? null : question.predicate, question.counted, ...question.content].filter(
      (t): t is string =>
        t !== null && !(question.type === 'who' && HEAD_TERMS.has(t)) && !(money && MONEY_WORD_TERMS.has(t)),
    );
    // News spreads a fact over neighbouring paragraphs ("… said Monday." / "The fund, which runs …"): the
    // paragraphs either side count as the passage.
    // A paraphrase is no absence: "unplugging" the grid is told as "disconnect" it.
    const absentIn = (h: Hit) => wanted.filter((t) => !passages.aroundInOtherWords(h, t));
    // The passage itself must hold one of them: its neighbours only complete it.
    const enough = (h: Hit) =>
      wanted.some((t) => passageUses(h, t)) && 1 - absentIn(h).length / wanted.length >= weights.coverFloor;
    const first = answering[0] as (typeof answering)[number];
    // Refused when none of the best few passages holds enough of it (the ranking of those that answer stands),
    // unless the paragraph beside one of them says all of it: "The ship, named Felicity Ace, …" after "A cargo
    // ship … has sunk off the Azores" — the neighbour, which says it, answers.
    const best = answering.slice(0, COVER_CANDIDATES);
    if (wanted.length > 0 && !best.some((s) => enough(s.hit))) {
      const beside = answering.filter(
        (s) =>
          !best.includes(s) &&
          // Beside one of the best, or beside the best of all before the form of the answer was asked for ("the
          // huge market of Barabashovo." then "It is the biggest market …, with 15,000 shops").
          [...best, ...scored.slice(0, 1)].some(
            (b) => b.hit.article === s.hit.article && Math.abs(b.hit.paragraph - s.hit.paragraph) === 1,
          ) &&
          wanted.every((t) => passageUses(s.hit, t)),
      );
      if (beside.length > 0) answering = putFirst(beside, answering);
    }
    if (wanted.length > 0 && !answering.slice(0, COVER_CANDIDATES).some((s) => enough(s.hit))) {
      // What the passage lacks: over its neighbours too, or, when they hold it all, in the passage itself.
      const absent = absentIn(first.hit);
      const words = (absent.length > 0 ? absent : wanted.filter((t) => !passageUses(first.hit, t)))
        .map((t) => verbOf(text, t, question.core))
        .slice(0, 4);
      return refuse(
        `No article says that: the closest passage does not speak of ${words.map((w) => `"${w}"`).join(', ')}.`,
      );
    }
  }
  // "Did the ship end up sinking", "did the troops actually pull out": how it turned out, asked in the past, which
  // only a passage telling the act (or a word for it, in it or beside it) says; the story before it does not.
  const outcome = question.type === 'yesno' && OUTCOME_ASKED.test(text) ? outcomeVerb(text, question.predicate) : null;
  if (
    outcome !== null &&
    answering.length > 0 &&
    !answering.slice(0, COVER_CANDIDATES).some((s) => passages.aroundInOtherWords(s.hit, outcome))
  ) {
    return refuse(
      `No article says how it turned out: no passage on it uses "${verbOf(text, outcome, question.core)}" or a word like it.`,
    );
  }
  // "What sentence did he get": a "what" question's own words (or words news uses for them) are in the best passages
  // or beside them; passages that only name whom it asks about are on something else.
  // Not "what does she do for a living", answered by her office, whatever its words.
  if (question.type === 'what' && answering.length > 0 && !/\bfor a living\b/i.test(text)) {
    const words = [question.predicate, ...question.content].filter((t): t is string => t !== null);
    const speaks = (s: (typeof answering)[number]) => words.some((t) => passages.aroundInOtherWords(s.hit, t));
    if (words.length > 0 && !answering.slice(0, COVER_CANDIDATES).some(speaks)) {
      const shown = words.map((t) => `"${verbOf(text, t, question.core)}"`).slice(0, 4);
      return refuse(`No article says that: no passage on it speaks of ${shown.join(', ')}.`);
    }
  }
  // "What was the cause of death": a passage on it that says it is not known ("The cause of death was not
  // disclosed") tells that the articles do not give it. Only for what it says of all the question asks.
  if (question.content.length > 0 && question.type !== 'speech' && question.type !== 'yesno') {
    const untold = answering.slice(0, COVER_CANDIDATES).find((s) => saysUntold(s.hit.snippet, question.content));
    if (untold) return refuse(`The articles say it is not known: "${untold.hit.snippet}"`);
  }
  // The same over the articles of the passages that would answer: those written before the time asked about give
  // an earlier fact, not the one asked for (the other articles that name the same bodies may be on other stories).
  const answeringArticles = new Set(answering.slice(0, COVER_CANDIDATES).map((s) => s.hit.article));
  const tooEarly = tooLateFor(timeText, figure, () => ctx.articles.filter((a) => answeringArticles.has(a.id)));
  if (tooEarly && answeringArticles.size > 0) return refuse(tooEarly);
  const best = answering[0]?.score ?? 0;
  const out: Hit[] = [];
  const seen = new Set<string>();
  for (const { hit, score } of answering) {
    // Someone's own words on every telling word of the subject answer, however their name is written there ("what
    // has Washington said": "The United States has stated …" scores far below a sentence that writes "Washington").
    if (score < weights.floor * best) {
      if (!ownWords || topic.length === 0) break;
      if (!topic.every((t) => passageUses(hit, t))) continue;
    }
    const key = `${hit.article}\0${hit.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit);
    if (out.length >= limit) break;
  }
  return { question, hits: out, refusal: [], corrections: showing() };
}

/**
 * Verbs of a change, as index terms: "how much did exports grow" asks by how much (a share as often as a sum), not
 * for a sum of money.
 */
const CHANGE_TERMS: ReadonlySet<string> = new Set(
  ['fall', 'rise', 'lose', 'cut', 'grow', 'gain', 'shrink', 'slide', 'decrease', 'rally'].flatMap(
    (w) => processTerm(w) ?? [],
  ),
);

/** A value asked ("what is it valued at", "what's it worth"). */
const VALUE_ASKED = /\b(?:valued at|worth|valuation|value of)\b/i;

/** A vote asked against something ("which official voted against the hike"). */
const VOTED_AGAINST = /\bvot(?:e|es|ed|ing)\s+against\b/i;

/** A vote told against something: "voted against", "the lone dissenter", "opposed the move". */
const AGAINST_TOLD = /\b(?:against|dissent\w*|opposed|voted no)\b/i;

/** A number that stands for its noun before a verb ("up to 30,000 could take part", "some 5,000 were arrested"). */
const ELIDED_COUNT = /\b\d[\d,.]*\s+(?:could|would|will|may|might|can|are|were|have|had|did)\b/;

/** A model's code: capitals and digits, joined or by a hyphen ("SU-35", "A380", "F-35C", "S-400"). */
const MODEL_CODE = /\b\p{Lu}{1,4}-?\d{2,4}\p{Lu}?\b/u;

/** Titles news writes before a name ("Judge Regina Chu", "Sheriff Ana Ruiz"), besides offices. */
const NAME_TITLES =
  /^(?:judge|justice|detective|sergeant|captain|coach|mayor|colonel|lieutenant|admiral|commissioner|chancellor|sheriff|ambassador|inspector|prosecutor|pastor|rabbi|bishop)$/i;

/** A title before a name, in full or short ("which senator": "Senator Elizabeth Warren", "Sen. Richard Blumenthal"). */
function titledAs(title: string): RegExp {
  const lower = title.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  const short = titleShortForms(lower).map((t) => `|${t}\\.?`);
  return new RegExp(String.raw`\b(?:${capital}|${lower}${short.join('')})\s+\p{Lu}`, 'u');
}

/**
 * Does the question ask who someone is by what they are, naming no one ("who was the pilot that ejected", "what's
 * the name of the victim")?
 */
function asksForUnnamedPerson(text: string): boolean {
  return UNNAMED_PERSON.test(fold(text).replace(/[’']/g, "'"));
}

/**
 * "Which senators are pushing for more aid": people asked by an office only a person holds, so a body ("the
 * Senate", "a bipartisan group") does not answer it.
 */
function asksWhichPeople(text: string): boolean {
  return WHICH_PEOPLE.test(fold(text));
}

const WHICH_PEOPLE = new RegExp(
  String.raw`^which (?:[a-z-]+ ){0,2}(?:${PERSON_NOUNS}|senator|congressman|congresswoman|governor|mayor|minister|judge|justice|executive|ceo|analyst|economist|investor|billionaire|official|diplomat|general|strategist)s?\b`,
);

/**
 * "Who is the governor of Turkey's central bank", "who's the ceo at X": someone in an office, whom a passage naming
 * only a body ("Venezuela's central bank") does not give.
 */
const OFFICE_HOLDER =
  /^who(?:'s|’s| is| was| are| were) (?:the |a |an )?(?:new |current |former |acting |interim |top )?(ceo|chief executive|governor|head|chair|chairman|chairwoman|president|boss|leader|director|minister|secretary|mayor|founder|commissioner|spokes(?:man|woman|person)|chief)s? (?:of|at|for)\b/;

/**
 * "Who did Alecta appoint as its new chief executive", "who will they name as CEO": a person put in an office, whom a
 * passage on the company's other news does not name.
 */
const APPOINTED_AS = new RegExp(
  String.raw`^who (?:did|has|have|will|would|is|are) .{1,60}?\b(?:appoint|name|hire|pick|choose|tap|select|nominate|install|promote)(?:ed|d)? .{0,40}?\bas (?:its |their |the |his |her |a |an )?(?:new |next |interim |acting |permanent )?${ROLE.source}`,
);

/** "Who runs Melvin Capital", "who founded it": someone at the head of a body, told first by a person named beside it. */
const LEADS = /^who (?:runs|ran|leads|led|heads|headed|founded|co-founded|manages|managed|chairs|chaired)\b/;

/** A question on who comes next in an office: "who is going to run", "who's taking over", "now that X has gone". */
const SUCCESSION_ASKED =
  /^who(?:'s|’s| is| will| would)? (?:(?:going|set|due|expected|tipped|likely) to |now )?(?:run|running|lead|leading|head|heading|replac\w*|succeed\w*|tak\w* over|take the reins|in charge)\b|\bnow that\b.*\b(?:gone|left|quit|resigned|stepped down|departed|out)\b/;

/** A sentence that tells of a succession: who takes over, replaces, is named or serves in the meantime. */
const SUCCESSION_TOLD =
  /\b(?:will (?:helm|lead|run|head|take over|succeed|replace|serve as|become)|takes? over|take the reins|replacing|replaces|succeeds?|succeeding|successor|on an interim basis|interim|(?:was|been|is) (?:named|appointed|tapped)|(?:new|next) (?:president|chief|ceo|chair|chairman|leader|head))\b/i;

/** A person asked for by what they are: "who was the pilot that …", "the name of the victim in …". */
const UNNAMED_PERSON = new RegExp(
  String.raw`^(?:who(?:'s| is| was| were| are)|what(?:'s| is| was| were|s)? (?:the )?names? of) (?:the|a|an|that|this) (?:[a-z0-9-]+ ){0,2}(${PERSON_NOUNS})s? (?:who|that|whose|which|in|on|at|from|of|killed|hurt|injured|arrested|charged|running|challenging|standing|vying)\b`,
);

/** Words for a person that say nothing of what they do: anyone named is one. */
const ANY_PERSON = new Set(['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'child']);

/**
 * What the person asked by what they are is ("the pilot who was flying the jet": "pilot"), as an index term, or null
 * when that says nothing of them ("the man who …").
 */
function unnamedPersonKind(text: string): string | null {
  const noun = UNNAMED_PERSON.exec(fold(text).replace(/[’']/g, "'"))?.[1];
  return noun === undefined || ANY_PERSON.has(noun) ? null : processTerm(noun);
}

/**
 * Kinds of person news writes by their post rather than the word a reader uses: an "analyst" is as often a
 * "director of research" or a bank's "economist"; an "expert" a "professor". As index terms.
 */
const KINDS_WRITTEN: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['analyst', ['analyst', 'economist', 'strategist', 'research', 'researcher', 'expert', 'consultant']],
      ['expert', ['expert', 'analyst', 'professor', 'scientist', 'research', 'researcher', 'specialist']],
      ['official', ['official', 'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'director']],
      ['wife', ['wife', 'spouse', 'married']],
      ['husband', ['husband', 'spouse', 'married']],
    ] as const
  ).map(([kind, written]) => [
    processTerm(kind) ?? kind,
    written.map((w) => processTerm(w)).filter((t): t is string => t !== null),
  ]),
);

/**
 * The kind of person a question asks for by their tie to someone named ("who was Palmer's lawyer": "lawyer"), as an
 * index term; null when it asks no such thing. Offices ("Acme's CEO") are read elsewhere, as offices.
 */
function relationAsked(text: string): string | null {
  const kind = RELATION_ASKED.exec(fold(text).replace(/[’]/g, "'"))?.[1];
  return kind === undefined ? null : processTerm(kind);
}

/** "What caused the fire", "what sparked the protests", "the cause of the outage": the cause of an event asked. */
const CAUSE_OF_EVENT_ASKED =
  /\bwhat (?:\w+ )?(?:caused|causes|sparked|triggered|started|set off)\b|\bcauses? of (?:the |this |that )?(?!death\b)\w/i;

/** A sentence that tells a cause, or that it is still sought. */
const TELLS_CAUSE =
  /\b(?:caused by|causes? of|cause (?:is|was|remains|has)|because|due to|blamed?|blames|(?:sparked|triggered|ignited|started) by|started (?:when|after)|result(?:ed)? (?:of|from)|led to|source of|responsible for|investigat\w*|unknown|not (?:yet )?(?:known|clear)|unclear)\b/i;

/** "Who is/was X's lawyer / wife / coach …". */
const RELATION_ASKED =
  /^(?:who(?:'s| is| was| are| were)|what(?:'s| is| was|s)? (?:the )?names? of) (?:[\p{L}.-]+ ){0,3}?[\p{L}.-]+'s? (lawyer|attorney|wife|husband|spouse|partner|son|daughter|father|mother|brother|sister|coach|agent|doctor|girlfriend|boyfriend|fiancee?)s?\b/u;

/** The words (index terms) a passage may write for a kind of person asked, the kind itself first. */
function kindsWritten(kind: string): readonly string[] {
  return KINDS_WRITTEN.get(kind) ?? [kind];
}

/**
 * The index term of the thing whose name a question asks: the last word of "the name of China's digital currency",
 * or of "what is the new variant called". Null when the question is not put so.
 */
export function namedThing(text: string, nameWords: readonly string[] = []): string | null {
  const q = text.toLowerCase().replace(/[’]/g, "'");
  const phrase =
    /\bnames? of (?:the |a |an |this |that |their |its |his |her )?([\p{L}\d .'&-]+?)\s*(?:\?|$|[,;]| (?:that|which|who|whose|in|for|at|on|by|from|with|used|being|behind|after|before|during|is|was|are|were)\b)/u.exec(
      q,
    )?.[1] ??
    /^what(?:'s| is| was| are| were|s)? (?:the |a |an |this |that |their |its )?([\p{L}\d .'&-]+?) (?:being |going to be |to be )?(?:called|named|dubbed|known as)\b/u.exec(
      q,
    )?.[1];
  // "The bookshop jay penske opened": a clause after the thing, its verb and its names, is left out.
  const words = (phrase?.trim().split(/\s+/) ?? []).map((w) => w.replace(/'s?$/, ''));
  while (words.length > 1) {
    const end = words.at(-1) as string;
    if (!(/^[a-z]{3,}(?:ed|ing)$/.test(end) || nameWords.includes(fold(end)))) break;
    words.pop();
  }
  const last = words.at(-1);
  return last ? processTerm(last) : null;
}

/**
 * Does the sentence write the thing (by its index term, "book") with a name right after it, quoted or capitalised
 * ("the new book “Jump: …”", "the superyacht Lady M"), one the question does not type?
 */
function namesThingAfter(snippet: string, thing: string, typed: ReadonlySet<string>): boolean {
  const after = new RegExp(String.raw`\b${escapeRegExp(thing)}(\p{Ll}*)(,?)\s+(["“‘]?)([\p{L}\d'’-]+)`, 'gu');
  return [...snippet.matchAll(after)].some(
    ([, ending = '', comma, quote, word = '']) =>
      // The noun, not a verb made of it ("sanctioned Russian banks").
      !/(?:ed|ing)$/.test(ending) &&
      // Quoted, or capitalised right after it: after a comma a capital opens the next clause ("the drills, Gen. …"),
      // and a day is no name ("drills Thursday").
      (quote !== '' || (comma === '' && /^\p{Lu}\p{Ll}/u.test(word) && !CALENDAR_WORD.test(word))) &&
      !typed.has(fold(word.replace(/['’]s$/, ''))),
  );
}

/**
 * A yes/no question in the past on how something turned out: "did it end up …", "was it actually …", "… later on",
 * "… after they got back".
 */
const OUTCOME_ASKED =
  /^\s*(?:did|was|were|had|has|have)\b(?=.*\b(?:end(?:ed)? up|actually|later|eventually|ever|in the end|after|afterwards|finally|yet)\b)/i;

/**
 * The verb whose outcome a yes/no question asks, which the passages must use: its predicate, unless the verb after
 * "actually", "ever" or "end up" is a light one ("did the inmate who asked for a firing squad actually get one": not
 * the "asked" of the clause on whom, and "get" is told in any words), when there is none to require.
 */
function outcomeVerb(text: string, predicate: string | null): string | null {
  const after = /\b(?:actually|eventually|ever|finally|end(?:ed|s)? up)\s+([a-z]+)/i.exec(text)?.[1];
  if (after === undefined) return predicate;
  const term = processTerm(after);
  return term === null || LIGHT_VERBS.has(after.toLowerCase()) ? null : predicate;
}

/** Verbs that say little of what happened: the outcome is told in other words. */
const LIGHT_VERBS = new Set(
  'get gets got getting gotten have has had having do does did doing go goes went going happen happened make made be been being'.split(
    ' ',
  ),
);

/** The verbs that give a thing its name, searched for the sentence that names it. */
const NAMING_QUERY = 'named called dubbed nicknamed';

/** Chat's words for whoever heads a body, as index terms. */
const HEAD_TERMS: ReadonlySet<string> = new Set(
  ['head', 'boss', 'leader', 'chief'].flatMap((w) => processTerm(w) ?? []),
);

/** Question types answered by a fact (a name, a number, a date, a place), not by someone's words or reasons. */
const ANSWERED_BY_FACT: ReadonlySet<QuestionType> = new Set(['who', 'quantity', 'when', 'where']);

/**
 * The thing a question about a time to come waits for, as an index term: the noun after "when is / are / will"
 * ("when are results expected": result), or null when a name or no noun stands there.
 */
function awaitedThing(question: Question): string | null {
  const m = /^\s*when\s+(?:is|are|will|was|were)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([\p{L}-]+)\b/iu.exec(
    question.text,
  );
  const word = m?.[1];
  if (!word || FUTURE_ASKED.test(word)) return null;
  const named = question.names.some((n) => n.text.toLowerCase().split(/\s+/).includes(word.toLowerCase()));
  const term = processTerm(word);
  return named || term === null ? null : term;
}

/** A "when" asked of what is to come: expected, scheduled, supposed, due, set or planned to happen. */
const FUTURE_ASKED =
  /\b(?:expected|scheduled|supposed|slated|due|set|planned|planning|going|will|would|hoping|hope|aim(?:s|ing)?)\b/i;

/**
 * A time to come in a sentence: a word of what is ahead ("will", "expected", "by", "next", "later", "starting")
 * and a time it names (a month, a year, a season, a quarter or half, a weekday, "the end of").
 */
const TIME_AHEAD =
  /\b(?:will|would|could|expect(?:s|ed)?|schedul(?:e|ed)|set (?:to|for)|due|slated|before|no later than|around|plan(?:s|ned)?|next|later|by|until|till|starting|from|begin(?:s|ning)?|take effect|as of|as early as|as soon as|within|in)\b[^.;]{0,60}?(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|spring|summer|autumn|fall|winter|quarter|half|weeks?|months?|year|days?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|end of|beginning of|start of|mid-\w+)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)/i;

/** A word of what is ahead, which "in November" alone is not: "will", "expected", "from 4am on 11 February". */
const TOLD_AHEAD = /\b(?:will|would|expected|scheduled|set to|due to|slated|from|starting|take effect|takes effect)\b/i;

/** A sentence on what was done already: "Earlier in January, …", "two weeks ago", "has already". */
const TOLD_AS_DONE = /\b(?:earlier (?:in|this|last)|ago|already)\b/i;

/**
 * What takes out of a sentence the year a question names itself: "this year" (the year the article was written),
 * "next year" or "in 2022". "Could raise rates three or four times this year" says no more of when than the question
 * "when is the first hike this year" does.
 */
function withoutYearAsked(question: string, written: string | null): (sentence: string) => string {
  const year = Number(written?.slice(0, 4));
  const yearOf = (relative: string | undefined, digits: string | undefined): number =>
    digits ? Number(digits) : year + (YEAR_SHIFT[(relative ?? '').toLowerCase()] ?? 0);
  const named = new Set([...question.matchAll(YEAR_WRITTEN)].map((m) => yearOf(m[1], m[2])));
  if (named.size === 0) return (sentence) => sentence;
  return (sentence) =>
    sentence.replace(YEAR_WRITTEN, (all, relative?: string, digits?: string) =>
      named.has(yearOf(relative, digits)) ? '' : all,
    );
}

/** A year written out or said from now: "2022", "this year", "next year", "last year". */
const YEAR_WRITTEN = /\b(?:(this|next|last) year|((?:19|20)\d\d))\b/gi;

/** How far from the year an article was written each word for a year is. */
const YEAR_SHIFT: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };

/** Prepositions that set a name as the place of something ("recorded off Vancouver Island"), as a pattern. */
const PLACE_PREPOSITION = '(?:in|off|at|near|across|around|outside|inside)';

/** Words that ask for an outcome ("eventually", "finally"), as terms: they name no subject. */
const OUTCOME_TERMS: ReadonlySet<string> = new Set(
  ['eventually', 'finally', 'ultimately', 'afterwards', 'end'].flatMap((w) => processTerm(w) ?? []),
);

/** Paragraphs either side of a speaker's words where the subject asked about may be named. */
const TOPIC_SPAN = 2;

/**
 * The index terms of what a question asks someone's words about: the words after "about" ("… say about the deal"),
 * or with `subjectOnly` those before the occasion ("… about lithium on the earnings call").
 */
function aboutTerms(text: string, end?: RegExp): string[] {
  return termsOf(aboutPart(text, end) ?? '');
}

/**
 * The words after "about", up to where `end` turns to something else; for "did Rio Tinto say it would appeal", what
 * was said; null when the question has neither.
 */
function aboutPart(text: string, end?: RegExp): string | null {
  const m = /\b(?:about|regarding|concerning|on the subject of)\b(.*)$/i.exec(text) ?? SAID_CLAUSE.exec(text);
  if (!m) return null;
  const after = m[1] ?? '';
  const turn = end?.exec(after);
  return turn ? after.slice(0, turn.index) : after;
}

/** A yes/no question on someone's words, with what they would have said after its verb. */
const SAID_CLAUSE =
  /^\s*(?:did|does|do|has|have|had)\s+.+?\s+(?:(?:say|said|tell|told|talk|comment|mention|admit|acknowledg|warn|promis|vow|pledg)\w*|speak|spoke)\s+(?:that\s+)?(.*)$/i;

/** Where the words after "about" turn to a time ("… about layoffs after the Musk deal"). */
const TIME_AFTER = /\s(?:after|before|since|following|during|when|while|once)\s/i;

/** Share of the reference news articles above which a word is written everywhere. */
const GENERIC_SHARE = 0.05;

/** The index terms of the question's words that the reference news writes in more than {@link GENERIC_SHARE} of its articles. */
function genericTerms(text: string): ReadonlySet<string> {
  const news = referenceRarity();
  const out = new Set<string>();
  for (const word of tokenize(text)) {
    const share = (news.frequency.get(fold(word)) ?? 0) / Math.max(1, news.documents);
    const term = processTerm(word);
    if (term !== null && share > GENERIC_SHARE) out.add(term);
  }
  return out;
}

/**
 * The index terms of the occasion a speech question names ("say at his press conference", "told on the earnings
 * call"): an event where words are said. Empty when it names none.
 */
function occasionTerms(text: string): string[] {
  const m = SPOKEN_AT.exec(text);
  return m?.[1] ? termsOf(m[1]) : [];
}

const SPOKEN_AT =
  /\b(?:say|said|says|tell|told|speak|spoke|talk|talked|announce|announced)(?:\s+about\s+[^?]{1,60}?)?\s+(?:at|during|on|in)\s+(?:the|his|her|their|its|a|an)\s+((?:[a-z'-]+\s+){0,2}(?:conference|call|hearing|interview|meeting|summit|speech|briefing|rally|debate|testimony|podcast))\b/i;

/** Where the words after "about" turn to the occasion ("… about lithium on the earnings call", "… in March"). */
const OCCASION = /\s(?:on|at|in|during|when|after|before|while|to|with)\s/i;

/** Words that make a name a body's ("World Bank", "Labor Department", "Acme Group"). */
const ORG_WORD =
  /\b(?:bank|department|ministry|agency|group|company|corp|corporation|inc|ltd|association|federation|union|council|committee|commission|fund|institute|university|party|office|authority|board|service|services|airlines?|motors|holdings)\b/i;

/** Is the person asked by their own name (a word of it, or a misspelling: no word of a body's name they head)? */
function askedByName(asked: string, name: string): boolean {
  const words = new Set(tokenize(name).map((w) => fold(w)));
  return tokenize(asked).some((w) => words.has(fold(w))) || !ORG_WORD.test(asked);
}

/** A "what" question asking for a figure by the kind of figure ("what return", "what level … at"). */
const WHAT_FIGURE =
  /^\s*(?:so\s+)?what(?:'s|’s|s| is| was| were)?\s+(?:the\s+)?(?:level|return|rate|price|percentage|percent|amount|number|figure|size|total|sum|share|yield|score|margin|growth|pace)\b/i;

/** A figure asked as someone's claim: "X says … how much", "what rate did Summers predict". */
const CLAIMED_FIGURE =
  /\b(?:say|says|said|told|tells|warn|warns|warned|predicts?|predicted|thinks?|thought|expects?|expected|estimates?|estimated|mentioned|according to|per)\b/i;

/** A number that counts: any but a sum of money ("£2m", "$40") or a share ("the vehicle maker's stock sank 12%"). */
/** Bodies asked for by their kind: "which independent broadcasters …", "what consulting firm …". */
const WHICH_BODY =
  /^(?:what|which) (?:[a-z-]+ ){0,2}(?:firm|company|companies|bank|agency|agencies|fund|lender|insurer|retailer|carrier|airline|automaker|brokerage|startup|publisher|network|outlet|newspaper|broadcaster|station|channel|consultancy|regulator|watchdog)s? (?!is |are |was |were )[a-z]/;

/** A "what" question asking a company's or a country's figure by its name ("what was X's revenue"). */
const FIGURE_OF_NAMED =
  /\b(?:revenue|revenues|sales|profit|profits|earnings|income|loss|losses|eps|margin|margins|guidance|dividend|valuation|forecast|gdp|unemployment rate|inflation rate|expense ratio|interest cost|interest rate|yield|odds|price target)\b|^\s*what(?:'s|’s|s| is| was)\s+(?:the\s+)?(?:[\w.&'’-]+\s+){0,2}(?:inflation|unemployment|jobless rate|cpi)\s*(?:rate\s*)?(?:in|for|at|last|this|now|\?|$)/i;

/** "What price did it sink to", "what level did it climb to": the level a move reached, asked. */
const LEVEL_REACHED =
  /\b(?:fall|fell|fallen|drop|dropped|sink|sank|sunk|slide|slid|plunge|plunged|tumble|tumbled|rise|rose|risen|climb|climbed|jump|jumped|surge|surged|soar|soared|rally|rallied|hit|reach|reached|get|got|go|went)\s+to\s*(?:\??\s*$|(?:during|in|on|after|before|amid|when)\b)/i;

/** A move told by the level it reached ("fell to as low as 62 cents", "closed at $87.48"). */
const REACHED_LEVEL = /\b(?:to|at)\s+(?:as (?:low|high) as\s+|about\s+|around\s+|nearly\s+|a record\s+)?[$£€]?\d/i;

/** Words asked for as words: "what phrase did X use", "what term did they give it", "what did X call it". */
const WORDS_ASKED =
  /^\s*what\s+(?:(?:phrase|words?|term|expression|label|description)s?\s+(?:did|does|do|has|have|had)\b|(?:did|does|do|has|have|had)\s+.+?\s+call\b)/i;

/** A quotation in a sentence, in straight or curly marks. */
/** The folded words after the first of the forms of a name (all of them when it is not there). */
function afterSpeaker(folded: string, forms: readonly (readonly string[])[]): string {
  const at = forms
    .map((form) => ({ form, i: folded.indexOf(` ${form.join(' ')} `) }))
    .filter((x) => x.form.length > 0 && x.i >= 0)
    .sort((a, b) => a.i - b.i)[0];
  return at ? folded.slice(at.i + at.form.join(' ').length + 1) : folded;
}

/** Whether someone responded, replied, reacted or commented is asked. */
const RESPONSE_ASKED =
  /^\s*(?:did|has|have|had|does|do|will)\s+.+?\s+(?:respond|responded|reply|replied|react|reacted|comment|commented)\b/i;

/** A sentence that says someone did not respond: "declined to comment", "did not immediately respond to a request". */
const NO_COMMENT =
  /\b(?:declined|refused) to (?:comment|respond)\b|\bdid not (?:immediately )?(?:respond|reply|return|comment)\b|\bcould not (?:immediately )?be reached\b|\bno comment\b|\bdeclined (?:a |multiple |repeated )?requests? for comment\b|\bnot (?:immediately )?available for comment\b/i;

/** A stretch of words in quotation marks. */
const QUOTED_SPAN = /["“][^"”]*["”]/g;

const QUOTATION = /["“][^"”]{3,}["”]/;

/** "What kinds of military hardware has …": the thing asked for by its kind, the noun before the verb. */
const KIND_OF =
  /^\s*(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\s+(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could)\b/i;

/** Things asked in keywords by their kind: a plural noun first, then what it is of ("airfields used in …"). */
const KIND_KEYWORDS =
  /^\s*(?:[a-z-]+\s+)?([a-z]{4,}s)\s+(?:used|involved|in|for|of|at|near|around|taking|being|part)\b/i;

/** The noun a purpose is asked by ("the goal of the maneuvers", "what goal do they give"), or undefined. */
function purposeNoun(text: string): string | undefined {
  const m = PURPOSE_ASKED.exec(text);
  return m?.[1] ?? m?.[2];
}

/** A purpose asked by its noun ("the goal of", "the official aim of"). */
const PURPOSE_ASKED =
  /\bthe\s+(?:\w+\s+)?(goal|aim|purpose|objective|intent|intention)s?\s+(?:of|for|behind)\b|^\s*what\s+(?:\w+\s+)?(goal|aim|purpose|objective)s?\s+(?:do|does|did|is|are|was|were|has|have)\b/i;

/** "Who is Will Felps", "who's Anna Belkina": a question of who a named person is, and nothing more. */
function asksIdentity(text: string): boolean {
  return /^\s*[Ww]ho(?:'s|’s| is| was)\s+(?:[\p{L}.'’-]+\s*){1,4}\??\s*$/u.test(text);
}

/**
 * Whether a sentence tells who the person is: their full name with a description after it ("Will Felps, who
 * teaches …", "Ann Ruiz, a professor …") or one of their roles before it ("economist Ann Ruiz").
 */
function describesPerson(snippet: string, name: string, roles: readonly string[]): boolean {
  const n = escapeRegExp(name);
  if (
    new RegExp(String.raw`\b${n}\s*(?:,|\(|—|–)\s*(?:who|whose|a|an|the|\p{Ll}+\s+(?:of|at|for)\b)`, 'u').test(snippet)
  ) {
    return true;
  }
  return roles.some((r) => r.length > 2 && new RegExp(String.raw`${escapeRegExp(r)}\s*,?\s*${n}\b`, 'i').test(snippet));
}

/**
 * A sentence that opens on a company told by its trade ("The retailer posted …", "The newly public brokerage …"),
 * after a word that joins it to the sentence before ("Now the company is staring down …").
 */
const BY_TRADE = new RegExp(
  String.raw`^\W*(?:(?:now|but|and|yet|still|so|meanwhile|today|instead),?\s+)?the\s+(?:[a-z-]+\s+){0,2}?(?:${BUSINESS_HEADS}|brokerage|giant|group)\b`,
  'i',
);

/** "Which agency …", "…, like which church": a question asking for one thing or body by its kind. */
const WHICH_ASKED = /(?:^|[?,;:!.(]\s*|\blike\s+|\band\s+)which\s+(?!of\b)\p{L}/iu;
