import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "Who were charged with …": the passage with the verb may name no one ("officials charged two people"); the one
// that names them and tells the rest answers first.
const context = knowledgeFixture('who-named', [
  {
    file: 'coins.md',
    title: 'Police seize stolen coins',
    date: '2022-02-10',
    paragraphs: [
      'Police seized coins worth $3bn that were stolen from the Vexa exchange in 2016.',
      'Officials also charged two people on Tuesday with attempting to launder the stolen coins.',
      'The exchange said it was pleased the funds had been recovered.',
      'A complaint alleges Ilya Marek and his wife, Dana Holt, laundered about 25,000 of the stolen coins from Vexa.',
    ],
  },
  {
    file: 'court.md',
    title: 'Court rules on city flag',
    date: '2022-05-02',
    paragraphs: [
      'The Supreme Court ruled that Boston violated the free speech rights of a group that wanted to fly a Christian flag.',
      '"The city did not make the flags it raised a form of government speech," Justice Amos Reddle wrote for the court.',
    ],
  },
  {
    file: 'nominees.md',
    title: 'Nominees commit to limits',
    date: '2022-02-09',
    paragraphs: [
      'Three nominees to the central bank promised lawmakers that they would not take finance jobs for four years after leaving the bank.',
      'Their promises came at the urging of Senator Ada Corbin, who has criticised the revolving door.',
    ],
  },
  {
    file: 'cruises.md',
    title: 'Senator urges a pause in cruises',
    date: '2021-12-29',
    paragraphs: [
      'After reports of outbreaks aboard cruise ships, one senator is calling on health officials to pause sailings.',
      'Sen. Tom Reyes, a Democrat, posted an appeal to the health agency to halt cruising for now.',
    ],
  },
  {
    file: 'stairs.md',
    title: 'Missing girl found under stairs',
    date: '2022-02-17',
    paragraphs: [
      'Police had searched the house several times without finding the girl.',
      'An hour into the search, one detective took a closer look at the wooden staircase and felt something was off about it.',
      'The chief said officers had been searching the house with a dog for hours before the staircase was checked.',
      'Det. Ivo Marsh pointed his flashlight at a gap in the steps. Marsh saw a blanket, and police took the staircase apart.',
    ],
  },
  {
    file: 'verdict.md',
    title: 'Former officer Dana Kolb found guilty',
    date: '2021-12-23',
    paragraphs: [
      'Live updates: Outcome reached in Dana Kolb trial',
      'Dana Kolb, the former police officer, was found guilty on Thursday of manslaughter.',
      'Kolb testified for hours during the trial and broke down in tears several times.',
      'Judge Rosa Lind thanked the jury, which midway through deliberations appeared to struggle to reach a consensus.',
    ],
  },
]);

describe('who did something, asked in the passive', () => {
  it('reads "who were charged with" and "who has been charged with" as who, with the verb', () => {
    const never = () => false;
    for (const q of [
      'Who were charged with laundering the coins?',
      'Who has been charged with laundering the coins?',
    ]) {
      const read = readQuestion(q, never);
      expect(read.type).toBe('who');
      expect(read.predicate).toBe(processTerm('charged'));
    }
    // A name after "is" stays a question of who someone is.
    expect(readQuestion('who is ted cruz', never).type).toBe('whois');
  });

  it('answers with the passage that names them before one with the verb that names no one', async () => {
    const answer = ask(await context(), 'Who were charged with laundering the coins stolen from Vexa?');
    expect(snippets(answer)[0]).toMatch(/Ilya Marek and his wife, Dana Holt, laundered/);
    expect(snippets(answer)).toContainEqual(expect.stringMatching(/charged two people/));
  });

  it('reads a city typed in lower case before an ordinary word as a name ("boston christian flag")', async () => {
    const answer = ask(await context(), 'who wrote the main opinion in the boston christian flag case');
    // Not "no article mentions boston christian": the city is found, and the ordinary word left to the search.
    expect(answer.empty).toBe(false);
    expect(snippets(answer)).toContainEqual(expect.stringMatching(/Justice Amos Reddle wrote/));
  });

  it('answers "which senator" first by the passage naming one by that title', async () => {
    const answer = ask(
      await context(),
      "which senator got the nominees to promise they wouldn't take finance jobs after leaving",
    );
    expect(snippets(answer)[0]).toMatch(/Senator Ada Corbin/);
  });

  it('reads the title written short before a name ("Sen. Tom Reyes") for "which senator"', async () => {
    const answer = ask(
      await context(),
      'Which senator asked the health agency to halt cruise sailings over outbreaks?',
    );
    expect(snippets(answer)[0]).toMatch(/^Sen\. Tom Reyes/);
  });

  it('reads "the name of the detective who …" as who, and the title written short in the paragraph ("Det.")', async () => {
    const answer = ask(
      await context(),
      'whats the name of the detective who noticed something off about the staircase?',
    );
    expect(answer.empty).toBe(false);
    expect(snippets(answer)[0]).toMatch(/Marsh/);
  });

  it('reads "who was the judge in …" as a person by their role, named after the title', async () => {
    const answer = ask(await context(), 'who was the judge in the dana kolb trial');
    expect(snippets(answer)[0]).toMatch(/^Judge Rosa Lind/);
  });
});
