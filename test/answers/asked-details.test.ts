import { describe, expect, it } from 'vitest';
import { asksAge, asksCauseOfDeath, givesAge, givesCauseOfDeath } from '../../src/answers/asked-details.ts';
import { asksQuarter, namesQuarter } from '../../src/answers/asked-time.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('asked-details', [
  {
    file: 'coach.md',
    title: 'Coach Ned Halloway dies',
    date: '2021-12-28',
    paragraphs: [
      'Hall of Famer Ned Halloway, whose teams never had a losing season, has died, the league said Tuesday night.',
      'Halloway, 85, passed away unexpectedly in the morning, according to the league.',
    ],
  },
  {
    file: 'singer.md',
    title: 'Singer Mara Quill dies',
    date: '2022-01-10',
    paragraphs: ['Folk singer Mara Quill died of cancer on Sunday at her home in Galway, her family said.'],
  },
  {
    file: 'carmaker.md',
    title: 'Voltra posts record year',
    date: '2022-01-27',
    paragraphs: [
      'Voltra posted a record annual profit of $5.5 billion.',
      'The carmaker delivered more than 936,000 vehicles in 2021, up 87% from the year before.',
      'Rival Ondex delivered 120,000 vehicles in the fourth quarter, the company said.',
    ],
  },
  {
    file: 'crash.md',
    title: 'Nine killed in plane crash',
    date: '2021-12-15',
    paragraphs: [
      'Nine people were killed on Wednesday after a private plane crashed while making an emergency landing.',
      'Among the victims was music producer Tomas Ruiz, better known as "Beat La Noche," according to his publicist.',
    ],
  },
  {
    file: 'bank.md',
    title: 'Bank names chairman',
    date: '2022-01-17',
    paragraphs: [
      'Ivo Brandt, a fund manager, said Ada Lerch was a choice that represented the stability the bank needs.',
      'Lerch takes over as chairman of Harwick Bank on Monday.',
    ],
  },
]);

describe('details asked in a form of their own', () => {
  it('reads ages, causes of death and quarters as news writes them', () => {
    expect(asksAge('How old was Ned Halloway when he died?')).toBe(true);
    expect(givesAge('Halloway, 85, passed away unexpectedly.')).toBe(true);
    expect(givesAge('The 85-year-old coach retired.')).toBe(true);
    expect(givesAge('Halloway, whose teams never lost, has died.')).toBe(false);
    // The sentence after the news of a death, and not a count or a share told of someone.
    expect(givesAge('He was 78.')).toBe(true);
    expect(givesAge('She was 31 when she joined the board.')).toBe(true);
    expect(givesAge('He was 3% short of the target.')).toBe(false);
    expect(givesAge('She was 12th in the race.')).toBe(false);
    expect(asksCauseOfDeath('what did ned halloway die of')).toBe(true);
    expect(asksCauseOfDeath('when did he die')).toBe(false);
    expect(givesCauseOfDeath('She died of cancer on Sunday.')).toBe(true);
    expect(givesCauseOfDeath('Halloway has died, the league said.')).toBe(false);
    expect(asksQuarter('how many subs did they add in q4')).toBe(true);
    expect(asksQuarter('How many vehicles did Voltra deliver in the fourth quarter of 2021?')).toBe(true);
    expect(asksQuarter('How many vehicles did Voltra deliver in 2021?')).toBe(false);
    expect(namesQuarter('It had a record fourth-quarter profit.')).toBe(true);
    expect(namesQuarter('It delivered 936,000 vehicles in 2021.')).toBe(false);
    expect(namesQuarter('Sales rose 11% in the October to December period.')).toBe(true);
  });

  it('answers "how old" by the sentence that gives the age, and "died of" only where a cause is told', async () => {
    const ctx = await context();
    const age = ask(ctx, 'How old was Ned Halloway when he died?');
    expectVerbatim(ctx, age);
    expect(snippets(age)[0]).toMatch(/^Halloway, 85, passed away/);
    // The articles say he died, never of what.
    expect(ask(ctx, 'what did ned halloway die of').empty).toBe(true);
    const cause = ask(ctx, 'what did mara quill die of');
    expect(snippets(cause)[0]).toMatch(/died of cancer/);
  });

  it('refuses "how old" of someone known by a stage name when no passage gives an age', async () => {
    const ctx = await context();
    expect(ask(ctx, 'How old was Beat La Noche when he died in the plane crash?').empty).toBe(true);
  });

  it("gives a quarter's figure only from a passage on the quarter", async () => {
    const ctx = await context();
    // The year's deliveries are no answer for its fourth quarter.
    expect(ask(ctx, 'How many vehicles did Voltra deliver in the fourth quarter of 2021?').empty).toBe(true);
    const year = ask(ctx, 'How many vehicles did Voltra deliver in 2021?');
    expect(snippets(year)[0]).toMatch(/936,000 vehicles/);
  });

  it('does not take "said X was …" for X speaking', async () => {
    const ctx = await context();
    // Brandt speaks of Lerch; Lerch says nothing.
    const lerch = ask(ctx, 'What has Ada Lerch said about the bank?');
    expect(lerch.empty).toBe(true);
  });
});
