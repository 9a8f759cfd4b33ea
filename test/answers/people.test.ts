import { describe, expect, it } from 'vitest';
import { people } from '../../src/answers/people.ts';
import { knowledgeFixture } from './seed.ts';

const context = knowledgeFixture('people', [
  {
    file: 'harbour-a.md',
    title: 'Harbour board weighs tolls',
    date: '2022-03-01',
    paragraphs: [
      '“We will not raise the tolls this year,” said Margaret J. Okafor, the harbour board chair.',
      'The board meets again in April.',
    ],
  },
  {
    file: 'harbour-b.md',
    title: 'Harbour tolls stay flat',
    date: '2022-03-04',
    paragraphs: [
      '“The budget holds without new tolls,” Margaret Okafor told reporters on Friday.',
      'Shipping firms welcomed the news.',
    ],
  },
]);

describe('people across articles', () => {
  it('are one person however publishers write the full name (middle initial or not)', async () => {
    const ctx = await context();
    const okafor = people(ctx).filter((p) => /Okafor/.test(p.name));
    expect(okafor).toHaveLength(1);
    expect(okafor[0]?.quotes).toHaveLength(2);
    expect([okafor[0]?.name, ...(okafor[0]?.aliases ?? [])]).toEqual(
      expect.arrayContaining(['Margaret J. Okafor', 'Margaret Okafor']),
    );
  });
});
