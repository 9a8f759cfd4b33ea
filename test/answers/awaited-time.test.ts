import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A vaccine trial that has begun, and a takeover awaiting approval. Invented articles.
const context = knowledgeFixture('awaited-time', [
  {
    file: 'trial.md',
    title: 'First patients vaccinated in HIV vaccine trial',
    date: '2022-01-31',
    paragraphs: [
      'The first participants have been vaccinated in a Phase 1 trial of an experimental HIV vaccine from Cellora, the company announced last week.',
      'The trial will follow 56 adults, who will receive the vaccine over several months.',
      'The trial is expected to run until the spring of next year.',
    ],
  },
  {
    file: 'takeover.md',
    title: 'Brightline agrees to buy Coastway',
    date: '2022-01-18',
    paragraphs: [
      'Brightline agreed to buy the game maker Coastway for $69 billion.',
      'The acquisition is expected to close in fiscal 2023, subject to regulatory approval.',
    ],
  },
]);

describe('when something awaited is to happen', () => {
  it('is not told by a passage on something else to come ("when are results expected": the trial runs until …)', async () => {
    const a = ask(await context(), "When are results expected from Cellora's HIV vaccine trial?");
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('No article says when that is to happen');
  });

  it('is told where the thing is named in other words ("the deal": the acquisition)', async () => {
    const a = ask(await context(), 'When is the deal for Coastway expected to close?');
    expect(snippets(a)[0]).toContain('expected to close in fiscal 2023');
  });
});
