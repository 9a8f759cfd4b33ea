import { describe, expect, it } from 'vitest';
import { processTerm, termsOf } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A tennis player's visa case. Invented article.
const context = knowledgeFixture('released-from-detention', [
  {
    file: 'visa.md',
    title: 'Judge orders tennis star freed from immigration detention',
    date: '2022-01-10',
    paragraphs: [
      'World No. 1 Lukas Varga will be allowed to defend his title at the Harbour Open this month, after a judge quashed the decision to cancel his visa and end his detention.',
      'Following hours of arguments, Justice Helen Marsh ordered Varga to be released from a hotel detention facility within 30 minutes of the ruling.',
      'Varga had been held since Thursday.',
    ],
  },
]);

describe('someone "let out of" detention', () => {
  it('is someone released: "which judge ordered him let out" is answered by who ordered his release', async () => {
    const a = ask(await context(), 'which judge ordered varga let out of detention');
    expect(snippets(a)[0]).toContain('Justice Helen Marsh ordered Varga to be released');
  });
});

describe('the phrase "let … out of"', () => {
  it('keeps whoever is let out among the words', () => {
    expect(termsOf('the judge let Varga out of detention')).toEqual(
      expect.arrayContaining([processTerm('Varga'), processTerm('released')]),
    );
  });
});
