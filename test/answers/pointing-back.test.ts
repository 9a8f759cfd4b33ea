import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { RANKING } from '../../src/answers/ranking.ts';
import { type PassageScoring, scorePassages } from '../../src/answers/score-passages.ts';
import { fold, type Hit, processTerm, tokenize } from '../../src/search/index.ts';

/** A sentence found for a question, as the search gives it (only what the weighing reads). */
function hit(id: string, paragraph: number, snippet: string): Hit {
  return {
    id,
    article: 'a',
    paragraph,
    snippet,
    score: 1,
    kind: 'sentence',
    speakers: [],
    matched: [],
  } as unknown as Hit;
}

/** The index terms of a sentence, and of the paragraphs beside it. */
const termsOf = (text: string) => new Set(tokenize(text).flatMap((w) => processTerm(fold(w)) ?? []));

/** The weighing of one question's passages, with the paragraphs around each passage given. */
function weigh(
  question: string,
  passages: readonly [Hit, string][],
  paragraphs: readonly [Hit, string][] = [],
): string[] {
  const q = readQuestion(question, () => false);
  const own = new Map(passages.map(([h]) => [h.id, termsOf(h.snippet)]));
  const around = new Map(passages.map(([h, beside]) => [h.id, termsOf(`${h.snippet} ${beside}`)]));
  const paragraphOf = new Map(paragraphs.map(([h, rest]) => [h.id, termsOf(`${h.snippet} ${rest}`)]));
  const scoring = {
    ctx: { paragraph: () => null },
    question: q,
    found: [],
    subjectFound: undefined,
    speaker: undefined,
    speakerNames: new Set<string>(),
    whoSaid: false,
    elided: () => false,
    folded: (h: Hit) =>
      ` ${tokenize(h.snippet)
        .map((w) => fold(w))
        .join(' ')} `,
    uses: (h: Hit, t: string) => own.get(h.id)?.has(t) ?? false,
    passageUses: (h: Hit, t: string) => (paragraphOf.get(h.id) ?? own.get(h.id))?.has(t) ?? false,
    aroundUses: (h: Hit, t: string) => around.get(h.id)?.has(t) ?? false,
    quotedFigures: [],
    asked: [],
    past: false,
    promise: false,
    money: false,
    perUnit: null,
    listsCountries: false,
    wherePlace: false,
    askedPlace: () => false,
    measure: false,
    figureAsked: false,
    change: false,
    countsHowMany: false,
    spokenMonths: [],
    months: [],
    days: [],
    weights: RANKING,
  } as unknown as PassageScoring;
  return scorePassages(
    passages.map(([h]) => h),
    scoring,
  ).map((s) => s.hit.id);
}

describe('a sentence that points back to what the paragraph before names', () => {
  const before = 'Two former flight attendants were charged with breaking quarantine rules.';
  const charged = hit('charged', 2, before);
  const question = 'what did the flight attendants do at the restaurants';

  it('holds the question words of the paragraph its pronoun points back to', () => {
    const went = hit('went', 3, 'They went to restaurants and a bar before testing positive.');
    expect(
      weigh(question, [
        [charged, ''],
        [went, before],
      ])[0],
    ).toBe('went');
  });

  it('does not when it names its own subject, which points back to nothing', () => {
    const diners = hit('diners', 3, 'Diners went to restaurants and a bar before testing positive.');
    expect(
      weigh(question, [
        [charged, ''],
        [diners, before],
      ])[0],
    ).toBe('charged');
  });
});

describe('a sentence and the rest of its paragraph', () => {
  const question = 'what did the flight attendants do at the restaurants';
  const charged = hit('charged', 2, 'Police said the flight crew were charged on Tuesday.');
  const went = hit('went', 3, 'Diners went to restaurants and a bar before testing positive.');

  it('holds the question words of the rest of its paragraph, at part of their weight', () => {
    const rest = 'Both were flight attendants who had flown in from abroad.';
    expect(
      weigh(
        question,
        [
          [charged, ''],
          [went, ''],
        ],
        [[went, rest]],
      )[0],
    ).toBe('went');
  });

  it('does not when its paragraph holds nothing more of the question', () => {
    expect(
      weigh(
        question,
        [
          [charged, ''],
          [went, ''],
        ],
        [[went, 'The bar has since closed.']],
      )[0],
    ).toBe('charged');
  });
});
