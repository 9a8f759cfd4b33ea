import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// The verb a question asks about, where its words mislead: a noun after "had", a phrase of pay, a claim that is an
// act. Invented article.
const context = knowledgeFixture('verbs-read', [
  {
    file: 'pay.md',
    title: 'Harlow Partners publishes its pay report',
    date: '2024-03-01',
    paragraphs: [
      'Harlow Partners, the private equity firm, published its annual report on Friday.',
      'For 2023, Miles Ferrand’s compensation was $61 million, the report showed.',
    ],
  },
]);

const blame = knowledgeFixture('verbs-read-blame', [
  {
    file: 'candidate.md',
    title: 'Senate hopeful rips the governor',
    date: '2024-04-21',
    paragraphs: [
      'Senate candidate Dana Whitlock tore into the governor’s record and said voters are angry as inflation rates rage on.',
      'She said the inflation surge is caused by the state’s reliance on imported power.',
    ],
  },
]);

const verb = (question: string) => readQuestion(question, () => false).predicate;

describe('the verb of a question', () => {
  it('is none when "had" is the verb, and the participle after it when "had" is an auxiliary', () => {
    expect(verb('which big firms had blockbuster results this season?')).toBe(null);
    expect(verb('which banks had cut their rates')).toBe(processTerm('cut'));
    expect(verb('which firms have raised prices')).toBe(processTerm('raised'));
  });

  it('is the responsibility claimed, not a verb of speech', () => {
    expect(verb('which group claimed responsibility for the attack?')).toBe(processTerm('responsibility'));
    expect(verb('who claimed the election was stolen?')).toBe(null);
  });

  it('is earning for pay taken home, which the sum answers', async () => {
    expect(verb('how much did ferrand take home in 2023?')).toBe(processTerm('earn'));
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much did miles ferrand actually take home for 2023?'))[0]).toContain('$61 million');
  });
});

describe('a cause asked with "what … blame"', () => {
  it('is the sentence that tells a cause before one on the subject', async () => {
    const ctx = await blame();
    const answer = ask(ctx, 'so what did dana whitlock actually blame the inflation surge on?');
    expect(snippets(answer)[0]).toContain('caused by');
  });
});

const heads = knowledgeFixture('verbs-read-heads', [
  {
    file: 'gas.md',
    title: 'Gas company calls for tougher sanctions',
    date: '2024-03-04',
    paragraphs: [
      'Dana Whitlock, who runs Selvikgaz, said sanctions on the country’s energy exports should be tougher.',
      'The boss of the state-owned company added that pipelines were running at half their capacity.',
    ],
  },
]);

describe('who heads a body', () => {
  it('is told by the verb as well as by the office ("who runs it")', async () => {
    const ctx = await heads();
    expect(snippets(ask(ctx, "who's the boss of selvikgaz")).join(' ')).toContain('Dana Whitlock, who runs Selvikgaz');
  });
});
