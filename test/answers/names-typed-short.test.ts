import { describe, expect, it } from 'vitest';
import { decisionAsked } from '../../src/answers/asked-facts.ts';
import { whatIsAsked } from '../../src/answers/chat-text.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A bank's economists, an oil major's move, a speech and a takeover. Invented articles about real bodies, so that
// the short forms chat types for them are the ones a user would.
const context = knowledgeFixture('names-typed-short', [
  {
    file: 'economists.md',
    title: 'Goldman Sachs now sees four Fed hikes this year',
    date: '2022-01-10',
    paragraphs: [
      'Goldman Sachs economists now expect four rate hikes this year.',
      'Goldman Sachs economists said the labour market was tight, and Goldman Sachs analysts agreed.',
      'Goldman Sachs said its economists see inflation staying high, and Goldman Sachs clients were told so.',
      'Goldman Sachs economists expect the balance sheet to shrink, Goldman Sachs said in its note.',
      "The Wall Street firm's chief economist, Dara Whitcombe, said in a note Sunday that she expects four hikes.",
    ],
  },
  {
    file: 'move.md',
    title: 'ExxonMobil to move its headquarters to Houston',
    date: '2022-02-01',
    paragraphs: ['ExxonMobil is relocating its head office from Irving, Texas to Houston in mid-2023.'],
  },
  {
    file: 'speech.md',
    title: 'President to use State of the Union to rally allies',
    date: '2022-03-01',
    paragraphs: [
      'Commerce Secretary Dana Reyes is the designated survivor for the State of the Union, the cabinet member who stays away in case disaster strikes.',
    ],
  },
  {
    file: 'stake.md',
    title: 'Buffett says Berkshire had no prior knowledge of the Activision deal',
    date: '2022-02-19',
    paragraphs: [
      'Microsoft plans to buy Activision Blizzard, a deal expected to close next year.',
      'Buffett said in a letter that Berkshire had "no prior knowledge" of the Activision-Microsoft deal when it bought shares.',
    ],
  },
]);

describe('what someone knew of a decision', () => {
  it('is asked of what they knew, not refused as a decision still awaited', async () => {
    const a = ask(await context(), 'did buffett know msft was gonna buy ATVI before berkshire got in?');
    expect(a.notes.join(' ')).not.toMatch(/before the outcome/);
    expect(snippets(a).join(' ')).toContain('no prior knowledge');
    // The reading itself: what someone knew of a deal asks no decision; whether the deal was done does.
    expect(decisionAsked('did buffett know microsoft was going to buy activision')).toBeNull();
    expect(decisionAsked('did microsoft buy activision')).not.toBeNull();
  });
});

describe('names typed short', () => {
  it('reads a ticker whose company the articles write as one word ("XOM": ExxonMobil)', async () => {
    const a = ask(await context(), 'where is XOM relocating its head office to');
    expect(snippets(a)[0]).toContain('Houston');
  });

  it('reads "SOTU" as the State of the Union, its "the" kept in the initials', async () => {
    const a = ask(await context(), 'which cabinet member stayed away from the SOTU in case disaster struck?');
    expect(snippets(a)[0]).toContain('Dana Reyes');
  });

  it('reads "the s&p tank" as a fall, though the name holds an ampersand', () => {
    expect(whatIsAsked('how much did the s&p tank when the minutes dropped?')).toBe(
      'how much did the s&p fall when the minutes dropped?',
    );
  });
});

describe('an office asked by its owner', () => {
  it("names the holder from a sentence below the best few that writes the office, not the owner's name", async () => {
    const a = ask(await context(), "who's goldman's chief economist?");
    expect(snippets(a)[0]).toContain('Dara Whitcombe');
  });
});
