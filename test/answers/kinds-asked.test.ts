import { describe, expect, it } from 'vitest';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('kinds-asked', [
  {
    file: 'drills.md',
    title: 'Norland and Sudia begin joint drills',
    date: '2022-02-10',
    paragraphs: [
      'Norland sent troops to Sudia for joint military drills, raising fears in the region.',
      'The military drills, called "Northern Shield-2022," began in Sudia and will end February 20, the Norland Ministry of Defense announced Thursday in a statement.',
      '"The purpose of the exercise is to practise repelling external aggression while conducting a defensive operation," the statement said.',
      'The drills are taking place at the Alder and Brook training grounds, while the airfields of Cresta and Dunmore are also involved, it wrote.',
      'Officials in the region said the drills were the largest in years.',
    ],
  },
]);

describe('a kind of thing asked in keywords, and a purpose asked by its noun', () => {
  it('answers "airfields used in Northern Shield" with the paragraph naming the airfields', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'airfields used in northern shield?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/airfields of Cresta and Dunmore/);
  });

  it('answers "what is the goal of the maneuvers" with the passage on the purpose', async () => {
    const ctx = await context();
    for (const question of [
      'According to the Norland Ministry of Defense, what is the goal of the maneuvers?',
      'How did the Norland Defence Ministry describe the aim of the exercise?',
    ]) {
      const answer = ask(ctx, question);
      expectVerbatim(ctx, answer);
      expect(snippets(answer)[0]).toMatch(/The purpose of the exercise/);
    }
  });
});
