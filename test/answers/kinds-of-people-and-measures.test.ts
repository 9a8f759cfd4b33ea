import { describe, expect, it } from 'vitest';
import { asksCauseOfDeath, givesCauseOfDeath } from '../../src/answers/asked-details.ts';
import { withOneFirst } from '../../src/answers/candidates.ts';
import { givesMeasure } from '../../src/answers/ranking.ts';
import type { Hit } from '../../src/search/index.ts';
import { ask, chat, knowledgeFixture, snippets } from './seed.ts';

// A plane crash whose pilot is never named, a union leader quoted on flying, a hiking tragedy and a lawsuit's
// letter. Invented articles.
const context = knowledgeFixture('kinds-of-people-and-measures', [
  {
    file: 'crash.md',
    title: 'Private jet crashes on landing in Portavia',
    date: '2023-07-01',
    paragraphs: [
      'Seven people were killed on Tuesday after a private jet crashed while making an emergency landing at Portavia airport.',
      'The jet was flying to Miami when it turned back 15 minutes after takeoff, officials said.',
      'The cause of the crash is not yet known.',
    ],
  },
  {
    file: 'union.md',
    title: 'Flight attendants union attacks new isolation rules',
    date: '2023-07-02',
    paragraphs: [
      '"Sick crew flying a jet is how a jet crashed before," said Dana Reyes, the flight attendants union\'s president.',
      'About 2,000 Skyway Airlines employees have recently tested positive, the company said.',
    ],
  },
  {
    file: 'hike.md',
    title: 'Hikers found dead near Granite Falls',
    date: '2023-07-03',
    paragraphs: [
      'Family photos, an unsent text and several unanswered calls detail the final hours of a couple who died on a trail near Granite Falls last summer.',
      'Tom Avery and Lina Park died from hyperthermia, with possible dehydration, the sheriff said.',
      'The last photo was a screen shot of a map, taken just before noon.',
      'Rescuers found the couple 1.5 miles from their car on the Ridge Loop trail.',
      'On the trail the temperature ranged between 105 and 108 degrees that afternoon.',
    ],
  },
  {
    file: 'letter.md',
    title: 'Carmaker tells judge regulator is harassing its founder',
    date: '2023-07-04',
    paragraphs: [
      "In a letter to Judge Mara Quinn, the carmaker's attorney Felix Marsh accused the regulator of trying to muzzle its founder.",
      'The regulator declined to comment on the letter.',
    ],
  },
  {
    file: 'audit.md',
    title: 'Accountants drop property developer',
    date: '2023-07-05',
    paragraphs: [
      "The accounting firm that prepared developer Rex Hale's annual financial statements says the documents should no longer be relied upon.",
      'In a letter to his lawyer, Brightwater LLP advised the company to tell anyone who had the documents not to use them. The firm also said it was ending its work for Hale.',
      'A judge ruled on Thursday that Hale must testify in the state investigation.',
      'Mr Hale must sit for sworn testimony within 21 days.',
    ],
  },
]);

describe('the best passage that names whom a question asks for', () => {
  const hit = (paragraph: number, snippet: string) => ({ hit: { paragraph, snippet } as unknown as Hit });
  const story = hit(1, 'The accounting firm that prepared the statements says they should no longer be relied upon.');
  const naming = hit(2, 'Brightwater LLP advised the company not to use them.');
  const other = hit(3, 'A judge ruled on Thursday.');
  const names = (h: Hit) => h.snippet.includes('LLP');

  // The story's sentence names nothing at all; the judge's names no one either, but says "Thursday".
  const nothing = (h: Hit) => !/\s\p{Lu}/u.test(h.snippet);

  it('comes first when the best tells the story without naming anything', () => {
    expect(withOneFirst([story, naming, other], names, nothing)?.[0]).toBe(naming);
  });

  it('leaves the order when the best names something else, or one of the few names one', () => {
    expect(withOneFirst([other, naming, story], names, nothing)).toEqual([other, naming, story]);
    expect(withOneFirst([naming, story, other], names, nothing)).toEqual([naming, story, other]);
    expect(withOneFirst([story, other], names, nothing)).toBeNull();
  });
});

describe('a deadline to testify', () => {
  it('is told as the time to sit for testimony', async () => {
    const a = ask(await context(), 'so the judge said hale has to testify... how long does he have to do it');
    expect(snippets(a)[0]).toContain('within 21 days');
  });
});

describe('a person asked for by what they are', () => {
  it('is refused when no passage names one of that kind, though another is named on the same words', async () => {
    const a = ask(await context(), 'whats the name of the pilot who was flying the jet that crashed');
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article names who that is');
  });

  it('finds a lawyer named as an attorney', async () => {
    const a = ask(await context(), 'who is the lawyer who wrote to the judge for the carmaker');
    expect(snippets(a)[0]).toContain('attorney Felix Marsh');
  });
});

describe('a name said again in brackets', () => {
  it('is read as the name alone ("SKY (skyway)")', async () => {
    expect(chat('how many SKY (skyway) staff tested positive lately')).toBe(
      'how many SKY staff tested positive lately',
    );
  });
});

describe('a cause of death', () => {
  it('is asked with an adverb between ("what actually killed") and typed short ("wat")', async () => {
    expect(asksCauseOfDeath('what actually killed the hikers')).toBe(true);
    const a = ask(await context(), 'wat actually killed that couple on the granite falls hike');
    expect(snippets(a)[0]).toContain('died from hyperthermia');
  });

  it('is not a screen shot', () => {
    expect(givesCauseOfDeath('The last photo was a screen shot of a map.')).toBe(false);
    expect(givesCauseOfDeath('He was shot dead outside his home.')).toBe(true);
  });
});

describe('a temperature asked', () => {
  it('is told in degrees, not by a distance beside it', async () => {
    expect(givesMeasure('The temperature ranged between 105 and 108 degrees.', 'how hot was it')).toBe(true);
    expect(givesMeasure('Rescuers found them 1.5 miles from their car.', 'how hot was it')).toBe(false);
    const a = ask(await context(), 'how hot was it on the trail where they found the granite falls hikers');
    expect(snippets(a).slice(0, 2).join(' ')).toContain('between 105 and 108 degrees');
  });
});
