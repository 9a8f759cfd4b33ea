import { describe, expect, it } from 'vitest';
import { describesSpeaker } from '../../src/answers/asked-names.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Someone told by what they do or lead, a speaker described by a name, and a name in a clause of circumstance.
// Invented articles.
const context = knowledgeFixture('speakers-and-leaders', [
  {
    file: 'funds.md',
    title: 'Hedge funds stumble',
    date: '2022-02-03',
    paragraphs: [
      'Larchmont Capital Management and Osprey Partners underperformed the broader equity markets in January as rising rates battered growth stocks.',
      "Osprey Partners, which managed $40 billion at year-end, lost 9%, and Dana Whitfield's $11.7 billion Larchmont Capital slumped 15%, according to people familiar with the matter.",
    ],
  },
  {
    file: 'race.md',
    title: 'A vulnerable seat',
    date: '2022-03-09',
    paragraphs: [
      'Rep. Nora Fell, who dismissed inflation worries, has been targeted by the party committee as a vulnerable member heading into the midterms.',
      '"I am not going to blame it on the president," Fell told host Bob Arden.',
    ],
  },
  {
    file: 'grocer.md',
    title: 'Shop owners feel the squeeze',
    date: '2022-01-07',
    paragraphs: [
      'Prices keep rising in Millbrook, where the economy depends on small shops, and the Fed is expected to raise rates.',
      '"Until the labor shortage ends, you are going to see prices increase," said Tom Varga, who owns a grocery store there.',
    ],
  },
  {
    file: 'spacs.md',
    title: 'A contrarian bet',
    date: '2022-01-29',
    paragraphs: [
      'Investors worried about the central bank are fleeing blank-check companies.',
      'Blank-check companies are now so out of favor that they are undervalued, according to Ezra Lindqvist, the founder of Cobalt Capital.',
    ],
  },
]);

describe('someone told by what they are doing', () => {
  it('is a person who does it, not whom the question names', async () => {
    const question = 'Who is the Republican running against Nora Fell in the midterms?';
    expect(readQuestion(question, () => false).type).toBe('who');
    expect(readQuestion(question, () => false).predicate).toBe(processTerm('running'));
    const ctx = await context();
    // No article names her opponent: the host she spoke to is no answer.
    expect(ask(ctx, question).empty).toBe(true);
  });
});

describe('who runs a body', () => {
  it('is told first by the passage that names a person beside it', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'who runs larchmont capital again?'))[0]).toContain('Dana Whitfield');
  });
});

describe('a speaker described by a name', () => {
  it('is not the name, when it only says which one or what study', () => {
    expect(describesSpeaker('what did the millbrook grocery store owner say', 'millbrook')).toBe(true);
    expect(describesSpeaker('what did that Cornell study say about emissions', 'Cornell')).toBe(true);
    // Whom someone told is after the verb: the name before it speaks.
    expect(
      describesSpeaker('What did Devon CEO Rick Munro tell lawmakers at the hearing', 'Devon CEO Rick Munro'),
    ).toBe(false);
    expect(describesSpeaker('what did millbrook say', 'millbrook')).toBe(false);
  });

  it('answers with what the one described said, though the place is never quoted', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'so what did the millbrook grocery store owner say about when the labor shortage ends');
    expect(answer.empty).toBe(false);
    expect(snippets(answer).join(' ')).toContain('Until the labor shortage ends');
  });
});

describe('a name in a clause of circumstance after "as the"', () => {
  it('is the setting, not what the answer must name', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'What does Ezra Lindqvist think investors should buy as the Fed tightens?');
    expect(snippets(answer)[0]).toContain('undervalued');
  });
});

describe('the subject after "did" in a "which" question', () => {
  it('is not the verb asked about: "which firms did the GOP senators want put on the list"', () => {
    const read = (q: string) => readQuestion(q, (w) => w === 'gop').predicate;
    expect(read('which firms did the GOP senators want put on the blacklist')).not.toBe(processTerm('senators'));
    expect(read('which companies did the lawmakers ban')).toBe(processTerm('ban'));
    expect(read('which bank did the board approve')).toBe(processTerm('approve'));
  });
});
