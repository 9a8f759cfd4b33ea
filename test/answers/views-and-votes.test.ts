import { describe, expect, it } from 'vitest';
import { asksWhatSum, readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A forecaster's view now beside the one it replaced, and a count of those who did something. Invented articles.
const context = knowledgeFixture('views-and-votes', [
  {
    file: 'forecast.md',
    title: 'Brackwell Bank now sees four rate hikes this year',
    date: '2022-01-11',
    paragraphs: [
      'Brackwell Bank previously penciled in three interest rate increases this year, in line with the central bank’s own projections.',
      'Brackwell Bank economists now predict four rate hikes this year, citing faster inflation.',
      'The central bank meets next in March.',
      'Dana Merritt will take over as Brackwell Bank chief economist on July 1, replacing a colleague who retired.',
    ],
  },
  {
    file: 'walkout.md',
    title: 'Baristas walk out at a coffee shop in Elmwood',
    date: '2022-01-05',
    paragraphs: [
      'Baristas at a Copperkettle coffee shop in Elmwood walked out on Tuesday, saying the store was understaffed.',
      'The walkout, involving about half a dozen employees, will last the rest of the week, an organiser said.',
    ],
  },
]);

describe('a view held now, and a count of those who acted', () => {
  it('answers what a forecaster now expects with its new view, not the one it replaced', async () => {
    const a = ask(await context(), 'How many interest rate increases does Brackwell Bank now expect this year?');
    expect(snippets(a)[0]).toContain('now predict four rate hikes');
  });

  it('reads the act of whoever is going to do it, and a sum asked by its name after "what"', () => {
    expect(readQuestion('Who is going to run the Boston Fed?', () => false).predicate).toBe('run');
    expect(readQuestion('who is set to lead the bank', () => false).predicate).toBe('lead');
    expect(asksWhatSum('what salary will she get as president')).toBe(true);
    expect(asksWhatSum('what bonus did he get')).toBe(true);
    expect(asksWhatSum('what role will she get')).toBe(false);
  });

  it('refuses a salary no article gives, not answering with the appointment', async () => {
    const a = ask(await context(), 'what salary will dana merritt get as brackwell bank chief economist');
    expect(a.empty).toBe(true);
  });

  it('refuses a figure on a short form no article writes, though the rest of the question is found', async () => {
    const a = ask(await context(), 'What is Brackwell Bank forecasting for US GDP growth this year?');
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article mentions "US GDP"');
  });

  it('does not refuse an office typed as a short form the articles write in words', async () => {
    const a = ask(await context(), 'Who is replacing Dana Merritt as CEO?');
    expect(a.notes.join(' ')).not.toContain('No article mentions');
  });

  it('reads the verb after the counted as the act asked about', () => {
    expect(readQuestion('how many workers voted against the union at the store', () => false).predicate).toBe('vote');
    expect(readQuestion('how many armed men stormed the bank', () => false).predicate).toBe('storm');
  });

  it('refuses a count of those who voted when no passage tells a vote', async () => {
    const a = ask(await context(), 'how many workers voted against the union at the elmwood copperkettle');
    expect(a.empty).toBe(true);
  });
});
