import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A charge, then the penalty told in a paragraph of its own. Invented article.
const context = knowledgeFixture('penalties-asked', [
  {
    file: 'charged.md',
    title: 'Former cabin crew charged over quarantine breach',
    date: '2022-01-18',
    paragraphs: [
      'Police say two former flight attendants have been arrested and charged for breaking the city quarantine rules.',
      'The two former flight attendants returned from abroad in late December and went to restaurants and a bar.',
      'If convicted, they could face up to six months in prison and a fine of up to $640.',
      'Officials said the city recorded 14 new local infections on Monday.',
    ],
  },
]);

describe('the penalty someone could get', () => {
  it('answers "what could they face if convicted" with the term and the fine, before the story of the charge', async () => {
    const a = ask(await context(), 'what could the flight attendants face if convicted');
    expect(snippets(a)[0]).toContain('up to six months in prison');
  });
});
