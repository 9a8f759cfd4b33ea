/**
 * How each passage found for a question is weighed before the gates of `ask.ts` read them: its search score, sharpened,
 * times what it holds of the question (its names, its other words, the thing counted, the verb), of the answer's form
 * (a quotation, a figure, a place, a date) and of the time asked.
 */

import type { Hit } from '../search/index.ts';
import { countriesIn, type FoundName } from './asked-names.ts';
import type { AnswerContext } from './context.ts';
import { containsForm, speaksIn } from './folded.ts';
import type { Question } from './question.ts';
import {
  countsItself,
  FUTURE,
  givesMeasure,
  givesPerUnit,
  inMonths,
  MEASURE_WEIGHT,
  MONEY,
  namesNewName,
  namesNewPlace,
  onDays,
  type RankingWeights,
  typeFit,
  withoutYears,
} from './ranking.ts';
import { asksItself, figuresIn, lastMonthOf, nextMonthOf } from './sentence-facts.ts';

/** What the weighing reads of a question, as `ask.ts` has read it. */
export interface PassageScoring {
  readonly ctx: AnswerContext;
  readonly question: Question;
  /** The names asked about, as the knowledge writes them. */
  readonly found: readonly FoundName[];
  /** The one whose words a speech question asks for, whose name their quotations rarely hold. */
  readonly subjectFound: FoundName | undefined;
  /** The speaker asked about, as a government where it is one. */
  readonly speaker: FoundName | undefined;
  /** The people who speak for the speaker. */
  readonly speakerNames: ReadonlySet<string>;
  /** "Who said …": a quotation, whose speaker is the answer. */
  readonly whoSaid: boolean;
  /** Whether a passage's count is told in its paragraph, the number before an elided noun. */
  readonly elided: (h: Hit) => boolean;
  /** A passage's text, folded. */
  readonly folded: (h: Hit) => string;
  /** Whether a passage uses an index term, or a word news uses for it. */
  readonly uses: (h: Hit, term: string) => boolean;
  /** Whether a passage's paragraph uses an index term. */
  readonly passageUses: (h: Hit, term: string) => boolean;
  /** Whether a passage's paragraph or one beside it uses an index term. */
  readonly aroundUses: (h: Hit, term: string) => boolean;
  /** Figures the asker adds after the question ("i keep seeing 7.3%"). */
  readonly quotedFigures: readonly string[];
  /** The subject of someone's words asked about, as index terms. */
  readonly asked: readonly string[];
  /** Asked in the past, of what was done. */
  readonly past: boolean;
  /** Asked of a promise ("what did she pledge"). */
  readonly promise: boolean;
  /** A sum of money asked. */
  readonly money: boolean;
  /** The unit a figure is asked by ("share" in "how much per share"), or null. */
  readonly perUnit: string | null;
  /** "Which countries …": several named. */
  readonly listsCountries: boolean;
  /** "Where …" of a place, not of an origin. */
  readonly wherePlace: boolean;
  /** "Which agency …", "which royal …": one thing or body asked by its kind, which a name answers. */
  readonly whichAsked: boolean;
  /** Whether a word is a place the question names itself. */
  readonly askedPlace: (word: string) => boolean;
  /** A measure asked ("how long", "how far"). */
  readonly measure: boolean;
  /** A figure asked with "what" by its kind ("what return"). */
  readonly figureAsked: boolean;
  /** A change asked (a rise, a fall). */
  readonly change: boolean;
  /** "How many …". */
  readonly countsHowMany: boolean;
  /** The months a speech question names, as patterns. */
  readonly spokenMonths: readonly RegExp[];
  /** The months asked ("2022-03", or "03" without a year). */
  readonly months: readonly string[];
  /** The days asked. */
  readonly days: readonly string[];
  readonly weights: RankingWeights;
}

/** A passage and its weight. */
export interface ScoredHit {
  readonly hit: Hit;
  readonly score: number;
}

/** The passages weighed, best first (ties by id, so that the order is the same on every run). */
export function scorePassages(all: readonly Hit[], scoring: PassageScoring): ScoredHit[] {
  const { question, weights, folded, uses, speaker } = scoring;
  const paragraphNames = (h: Hit, month: RegExp) => month.test(scoring.ctx.paragraph(h.article, h.paragraph) ?? '');
  const top = Math.max(...all.map((h) => h.score));
  const scored = all.map((h) => {
    // The speaker's words are theirs whether quoted or told in the reporter's words ("the ministry has stated that").
    const reported = speaker !== undefined && speaksIn(folded(h), speaker.forms);
    let score = (h.score / top) ** weights.sharpness * typeFit(question, h, reported);
    // A name in the sentence counts, except the speaker's in a speech question: their quotations rarely name them.
    for (const f of scoring.found)
      if (f !== scoring.subjectFound && containsForm(folded(h), f.forms)) score *= weights.name;
    // The more of the question's other words a sentence uses, the more of the question it answers.
    if (question.content.length > 0) {
      const inSentence = question.content.filter((t) => uses(h, t));
      // A sentence that speaks of someone or something already named ("If convicted, they could face …") holds the
      // words of the paragraphs it points back to, at part of their weight; any other sentence, those of its own
      // paragraph (news spreads one fact over a paragraph's sentences), at half their weight.
      const [context, weight] = REFERS_BACK.test(h.snippet)
        ? [scoring.aroundUses, POINTED_BACK]
        : [scoring.passageUses, IN_PARAGRAPH];
      const inContext = question.content.filter((t) => !inSentence.includes(t) && context(h, t)).length;
      const covered = inSentence.length + weight * inContext;
      score *= 1 + weights.cover * (covered / question.content.length);
    }
    if ((scoring.speakerNames.size > 0 && h.speakers.some((n) => scoring.speakerNames.has(n))) || reported)
      score *= weights.speaker;
    // "Who said the scale may be larger": a quotation, whose speaker is the answer.
    else if (scoring.whoSaid && h.speakers.length > 0) score *= weights.speaker;
    if (question.counted && (uses(h, question.counted) || scoring.elided(h))) score *= weights.counted;
    // "How many containers": a count of them, not only a change in them ("a 20% increase in containers").
    if (scoring.countsHowMany && question.counted && !countsItself(h.snippet, question.counted))
      score *= weights.change;
    if (question.predicate && uses(h, question.predicate)) score *= weights.predicate;
    if (scoring.quotedFigures.length > 0 && figuresIn(h.snippet).some((f) => scoring.quotedFigures.includes(f)))
      score *= QUOTED_FIGURE;
    if (scoring.asked.length > 0 && scoring.asked.some((t) => scoring.passageUses(h, t))) score *= weights.subject;
    if (scoring.past && !scoring.promise && FUTURE.test(h.snippet)) score *= weights.future;
    // What someone promised is said in the future ("he would try", "will research").
    if (scoring.promise && FUTURE.test(h.snippet)) score *= 1 / weights.future;
    // "How much" without a change asks for a sum of money ("how much will shareholders get per share").
    if (scoring.money && MONEY.test(h.snippet)) score *= weights.money;
    // "How much per share": a figure by that unit ("$104 a share"), not the deal's total or the share price.
    if (scoring.perUnit && givesPerUnit(h.snippet, scoring.perUnit)) score *= PER_UNIT;
    // "Which countries take part": a sentence that lists several.
    if (scoring.listsCountries) {
      const named = countriesIn(folded(h));
      score *= named < 2 ? COUNTRY_WEIGHT : 1 + COUNTRY_WEIGHT * (Math.min(named, 4) - 1);
    }
    // "Where were the talks held": a place the question does not name already ("met in Baltimore").
    if (scoring.wherePlace && namesNewPlace(h.snippet, scoring.askedPlace)) score *= NEW_PLACE;
    // "Which agency signed off": a sentence that names one the question does not ("the National Highway …").
    else if (scoring.whichAsked && namesNewName(h.snippet, scoring.askedPlace)) score *= NEW_NAME;
    // "How long is the pipeline": a length (or a span of time), not any number in the sentence.
    // Of the thing asked about: "26 miles from the border" is no size of the market the question names.
    if (
      scoring.measure &&
      givesMeasure(h.snippet, question.text) &&
      (question.content.length === 0 || question.content.some((t) => uses(h, t)))
    )
      score *= MEASURE_WEIGHT;
    if (scoring.figureAsked && /\d/.test(withoutYears(h.snippet))) score *= MEASURE_WEIGHT;
    // How far something rose or fell is said in percent more often than in points.
    if (scoring.change && /%|\bper ?cent\b/i.test(h.snippet)) score *= weights.percent;
    // "How many hikes does Goldman now expect": the view held now, not the one it replaced ("Goldman previously
    // penciled in three").
    if (NOW_ASKED.test(question.text) && FORMER_VIEW.test(h.snippet)) score *= FORMER;
    // News puts what matters first: an article's opening paragraphs answer more often than its later ones. A
    // speaker's words come later, so a speech question does not favour the opening.
    if (question.type !== 'speech') score *= 1 + weights.lead / h.paragraph;
    // A sentence that asks ("Where are prices rising the fastest?", a headline) states nothing; a speaker's question
    // is still their words.
    if (question.type !== 'speech' && asksItself(h.snippet)) score *= weights.asking;
    // An article written when the question's time was news: "the first quarter of 2022" is reported in April.
    // "What did Powell say about hiking in March": their words that name the month, whenever they were said.
    if (scoring.spokenMonths.length > 0 && scoring.spokenMonths.some((m) => paragraphNames(h, m)))
      score *= weights.time;
    if (scoring.months.length > 0 && inMonths(h.date, scoring.months)) score *= weights.time;
    // "Rallied 7.5% last month", in an article of May, is April's figure.
    else if (scoring.months.length > 0 && inMonths(lastMonthOf(h), scoring.months)) score *= weights.time;
    // "Plans to shutter more than 30 stores next month", in an article of January, is February's.
    else if (scoring.months.length > 0 && inMonths(nextMonthOf(h), scoring.months)) score *= weights.time;
    // And on the day: "how far did the Dow fall on Jan 24" is reported on the 24th or the 25th.
    if (scoring.days.length > 0 && onDays(h.date, scoring.days)) score *= weights.time;
    return { hit: h, score };
  });
  scored.sort((a, b) => b.score - a.score || a.hit.id.localeCompare(b.hit.id));
  return scored;
}

/** A sentence whose subject points back: a pronoun among its first words ("If convicted, they could …"). */
const REFERS_BACK =
  /^(?:\S+\s+){0,3}?(?:he|she|they|it|his|her|their|its|the (?:company|firm|group|bank|pair|two|men|women))\b/i;

/** How much a question word counts when only the rest of the sentence's paragraph holds it. */
const IN_PARAGRAPH = 1 / 2;

/** How much a question word counts when only the paragraphs a pronoun points back to hold it. */
const POINTED_BACK = 2 / 3;

/** A question on the view held now ("does Goldman now expect", "the latest forecast"). */
const NOW_ASKED = /\b(?:now|currently|latest|newest|updated|revised)\b/i;

/** A sentence that gives a view since replaced ("previously penciled in three", "its earlier forecast"). */
const FORMER_VIEW =
  /\b(?:previously|formerly|had (?:earlier |previously |initially |originally )?(?:forecast|expected|predicted|projected|estimated|penciled|pencilled|called for|anticipated)|(?:earlier|initial|original|prior|previous|old) (?:forecasts?|estimates?|projections?|outlook|guidance|view|target))\b/i;

/** Weight of a sentence that gives a replaced view, for a question on the view held now. */
const FORMER = 0.3;

/** Weight of each country a sentence names beyond the first, for "which countries". */
const COUNTRY_WEIGHT = 0.5;

/** Weight of a passage that names a place the question does not, for "where". */
const NEW_PLACE = 1.5;

/** Weight of a passage that names something the question does not, for "which …". */
const NEW_NAME = 1.5;

/** Weight of a passage that gives a figure by the unit a question asks it by ("a share"). */
const PER_UNIT = 1.6;

/** Weight of a passage that gives a figure the asker quotes after the question. */
const QUOTED_FIGURE = 2;
