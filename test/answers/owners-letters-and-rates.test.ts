import { describe, expect, it } from 'vitest';
import { addressedIn, foldedWords, speaksIn } from '../../src/answers/folded.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A ferry firm's owner, a minister's letter to its boss, a central bank's growth forecast and a share of nights
// booked. Invented articles.
const context = knowledgeFixture('owners-letters-and-rates', [
  {
    file: 'ferries.md',
    title: 'Harbourline Ferries sacks 600 crew',
    date: '2022-03-19',
    paragraphs: [
      'Harbourline Ferries sacked 600 crew members by video message on Thursday.',
      'The company said Harbourline Ferries would not survive without cheaper crews.',
      'The minister’s letter to its boss Tom Aske says the company "appears to have failed" to consult staff.',
      'Harbourline Ferries is owned by Gulfport Holdings, which also runs ports in Spain.',
    ],
  },
  {
    file: 'bank.md',
    title: 'Central bank raises rates and cuts its growth forecast',
    date: '2022-03-17',
    paragraphs: [
      'The Marland central bank raised interest rates on Wednesday to bring down inflation.',
      'Bank officials now expect the economy to grow 2.8% this year, down from 4% in December.',
      'The move ends a policy of cheap money put in place two years ago.',
      'Marland is in its worst financial crisis in decades, with foreign exchange reserves shrinking by more than 16% to $1.93bn in March.',
    ],
  },
  {
    file: 'stays.md',
    title: 'Long stays grow at a home-rental site',
    date: '2022-02-16',
    paragraphs: [
      'Nearly a quarter of nights booked on Roomly in the last three months of 2021 were for four weeks or longer.',
      'Roomly said its revenue rose 78% in the quarter.',
    ],
  },
]);

describe('owners, letters and rates', () => {
  it('answers who the parent company is with the sentence that says who owns it', async () => {
    const a = ask(await context(), 'who is the parent company of harbourline ferries');
    expect(snippets(a).slice(0, 2).join(' ')).toContain('owned by Gulfport Holdings');
  });

  it('does not read the one a letter is addressed to as speaking', () => {
    const sentence = foldedWords('The minister’s letter to its boss Tom Aske says the company failed.');
    const forms = [['tom', 'aske'], ['aske']];
    expect(addressedIn(sentence, forms)).toBe(true);
    expect(speaksIn(sentence, forms)).toBe(false);
    expect(speaksIn(foldedWords('Tom Aske says the company failed.'), forms)).toBe(true);
  });

  it('refuses the words of someone only written to', async () => {
    const a = ask(await context(), 'What did Harbourline boss Tom Aske say to justify the sackings?');
    expect(a.empty).toBe(true);
  });

  it('reads "how fast will it grow" as asking the growth, answered by the rate', async () => {
    expect(readQuestion('how fast will the economy grow', () => false).predicate).toBe('grow');
    const a = ask(await context(), 'how fast does the marland central bank now think the economy will grow this year');
    expect(snippets(a)[0]).toContain('grow 2.8% this year');
  });

  it('answers how much something dropped with the sentence where it shrank', async () => {
    const a = ask(await context(), "How much did Marland's foreign currency reserves drop?");
    expect(snippets(a)[0]).toContain('shrinking by more than 16%');
  });

  it('does not count nights with a share of them', async () => {
    const a = ask(await context(), 'How many nights in total were booked on Roomly in the fourth quarter?');
    expect(snippets(a).join(' ')).not.toContain('Nearly a quarter of nights');
  });
});
