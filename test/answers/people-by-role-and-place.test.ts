import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A person asked by their office in a country ("which uk minister"), by what they did ("the fund manager who bought
// the shares"), a count set in a country ("how many troops are in Belarus") and whose words are told. Invented articles.
const context = knowledgeFixture('people-by-role-and-place', [
  {
    file: 'exit.md',
    title: 'Northwell Energy to quit its Russian ventures',
    date: '2022-03-01',
    paragraphs: [
      'Northwell Energy said on Monday it would exit its joint ventures with a Russian gas producer. The UK has urged companies to cut their ties with Russia.',
      'Northwell did not take long to follow its rival to the exit from Russian oil and gas.',
      'Business Secretary Pamela Orrin applauded the decision by Northwell to yield to pressure from ministers.',
    ],
  },
  {
    file: 'stake.md',
    title: 'Castlegate Holdings bought shares in games maker before takeover',
    date: '2022-02-19',
    paragraphs: [
      'Castlegate Holdings bought about 14 million shares of Pixelforge before its takeover by a software giant.',
      'Its chairman said the stake was bought by one of the two investment managers who work independently of him.',
      '"The investment manager\'s purchase was no bonanza for him or for Castlegate," the chairman wrote.',
    ],
  },
  {
    file: 'speech.md',
    title: 'Investor Hal Brenner warns on Veloria',
    date: '2022-01-31',
    paragraphs: [
      'Billionaire investor Hal Brenner warned that Veloria faces a property crisis.',
      "The billionaire said in a speech at Larchmont University's Policy Institute on Monday that the crisis would deepen.",
      'With regard to Ostmark, Brenner said Veloria\'s leaders had "lost the confidence" of investors in Castport.',
      'Brenner said Veloria would have to confront its rivals in Ostmark, warning of "far-reaching consequences".',
    ],
  },
  {
    file: 'pears.md',
    title: 'France halts pear imports from Veloria',
    date: '2022-02-18',
    paragraphs: [
      'France has suspended all imports of pears from Veloria after an inspector was threatened.',
      'Growers in Veloria ship most of their crop abroad.',
      'Inspectors will stay away until their safety is assured, officials said.',
      'Velorian President Ana Castell claimed the move signals a trade war meant to protect rival growers.',
    ],
  },
  {
    file: 'remarks.md',
    title: 'Investor Hal Brenner attacks French leader',
    date: '2022-02-01',
    paragraphs: [
      'Investor Hal Brenner said French President Ana Roux had lost the trust of markets.',
      '"Markets will turn against Ana Roux," Brenner said, adding that the outlook "does not look good."',
    ],
  },
  {
    file: 'drills.md',
    title: 'Troops gather for joint drills',
    date: '2022-02-10',
    paragraphs: [
      'Some 30,000 Russian troops are in Belarus for joint drills, officials in Kyiv said.',
      'The drills are due to end on February 20.',
    ],
  },
]);

describe('a person by their office or their act, a count by its country', () => {
  it('reads "which uk minister" as asking who, after the office is read as the country\'s', () => {
    expect(readQuestion("which uk's minister praised northwell", () => false).type).toBe('who');
  });

  it('answers who praised with the sentence where they applauded', async () => {
    const a = ask(await context(), 'which uk minister praised northwell for pulling out');
    expect(snippets(a)[0]).toContain('Pamela Orrin applauded');
  });

  it('refuses the name of a manager no article names, though sentences speak of them', async () => {
    const a = ask(
      await context(),
      "What's the name of the Castlegate investment manager who bought the Pixelforge shares?",
    );
    expect(a.empty).toBe(true);
  });

  it('answers where someone gave a talk with the sentence on their speech', async () => {
    const a = ask(await context(), 'Where did Hal Brenner give his talk warning about Veloria?');
    expect(snippets(a)[0]).toContain('in a speech at Larchmont University');
  });

  it("answers what someone said of the article's subject in words told, not quoted, that do not repeat it", async () => {
    const a = ask(await context(), 'What did Ana Castell say about France halting pear imports?');
    expect(snippets(a)[0]).toContain('Ana Castell claimed the move signals a trade war');
  });

  it('does not take a leader asked about for the government asked to speak', async () => {
    const a = ask(await context(), "How did the French government respond to Brenner's remarks about Roux?");
    expect(a.empty).toBe(true);
  });

  it("answers a count set in a country with the count of another country's troops there", async () => {
    const a = ask(await context(), 'How many troops are in Belarus?');
    expect(snippets(a)[0]).toContain('30,000 Russian troops');
  });

  it("refuses the words of someone's lawyers when no article quotes them, not giving his own", async () => {
    const a = ask(await context(), "What did Brenner's lawyers say about his remarks on markets?");
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain("No article quotes Brenner's lawyers");
  });
});
