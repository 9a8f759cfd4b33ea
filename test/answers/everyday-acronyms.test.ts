import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A media group's results beside a social network's metaverse spending. Invented articles.
const context = knowledgeFixture('everyday-acronyms', [
  {
    file: 'media.md',
    title: 'Northwind results beat forecasts',
    date: '2022-02-09',
    paragraphs: [
      'Operating profit from broadcast and cable television at Northwind totaled $1.5 billion in the quarter, a 13 percent decline, which the company attributed to higher programming costs.',
      'Operating profit at Northwind Parks totaled $2.45 billion.',
    ],
  },
  {
    file: 'social.md',
    title: 'Lumen spent $10 billion on the metaverse',
    date: '2022-02-02',
    paragraphs: [
      'The spending dragged down Lumen’s quarterly profits, which fell 8 percent, to $10.3 billion.',
      'If you own a non-fungible token, virtual-reality headset or a Northwind streaming account, you are part of the metaverse.',
    ],
  },
]);

describe('an acronym English uses as a word ("TV")', () => {
  it('is not read as the initials of words an article happens to write together ("token virtual")', async () => {
    const a = ask(await context(), "Why did profit at Northwind's TV networks go down last quarter?");
    expect(snippets(a)[0]).toContain('broadcast and cable television');
    expect(a.notes.join(' ')).not.toContain('token virtual');
  });
});
