import { describe, expect, it } from 'vitest';
import { stateOfCode } from '../../src/answers/us-states.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('us-states', [
  {
    file: 'fuel.md',
    title: 'Fuel prices climb',
    date: '2022-03-04',
    paragraphs: [
      'Fuel prices are climbing across the country, with the national average at a record.',
      'In California, the average fuel price is now $5.07 per gallon.',
    ],
  },
]);

describe('a US state typed by its postal code', () => {
  it('is the state news writes out', async () => {
    expect(stateOfCode('CA')).toBe('california');
    expect(stateOfCode('nh')).toBe('new hampshire');
    expect(stateOfCode('XX')).toBeUndefined();
    const answer = ask(await context(), 'avg fuel price in CA?');
    expect(snippets(answer)[0]).toMatch(/In California, the average fuel price/);
  });
});
