import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A burning ship, before anyone knows how it ends, and a ship that did sink. Invented articles.
const context = knowledgeFixture('outcome-asked-later', [
  {
    file: 'fire.md',
    title: 'Car carrier ablaze in the Atlantic',
    date: '2022-02-18',
    paragraphs: [
      'The ship, named Aurora Vale, was travelling from Emden in Germany when it caught fire off the Azores.',
      '"The owner is in contact with the logistics agent to draw up a plan for towing the ship," the navy said.',
    ],
  },
  {
    file: 'ferry.md',
    title: 'Ferry sinks after collision',
    date: '2022-02-20',
    paragraphs: ['The ferry Northern Star sank on Sunday after a collision in the channel, and all crew were rescued.'],
  },
]);

describe('how something turned out, asked after the articles', () => {
  it('is refused when no passage tells the act asked, only the story before it', async () => {
    const a = ask(await context(), 'did the aurora vale end up sinking');
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article says how it turned out');
  });

  it('is answered when a passage tells it', async () => {
    const a = ask(await context(), 'did the northern star actually sink');
    expect(snippets(a)[0]).toContain('sank on Sunday');
  });

  it('is not refused for a question in the present, which the story may answer without the verb', async () => {
    const a = ask(await context(), 'is the aurora vale being towed');
    expect(a.empty).toBe(false);
  });
});
