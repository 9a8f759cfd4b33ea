import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// An age told in the obituary's way ("He was 97."), and a company whose "&" the asker types as "and". Invented
// articles.
const context = knowledgeFixture('ages-and-joined-names', [
  {
    file: 'obituary.md',
    title: 'Olaf Brenn, chemist, dies',
    date: '2023-03-27',
    paragraphs: [
      'Olaf Brenn, a chemist whose work more than 60 years ago led to new kinds of screens, died on Sunday at his home in Oslo. He was 97.',
      'In 1950, the 20-year-old Brenn published his first paper.',
    ],
  },
  {
    file: 'stores.md',
    title: 'Larder Lamp & Linen to close stores',
    date: '2023-01-07',
    paragraphs: [
      'Larder Lamp & Linen plans to shutter more than 30 stores nationwide next month.',
      'So far, Larder Lamp & Linen has closed 170 locations as part of its turnaround.',
    ],
  },
]);

describe('an age asked', () => {
  it('is answered by the age told just after the sentence on the death', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'How old was the chemist Olaf Brenn when he died?'))[0]).toContain('He was 97.');
  });
});

describe('a name with "&" typed with "and"', () => {
  it('is one name, and what is counted is the noun after it', () => {
    const isName = (w: string) => ['larder', 'lamp', 'linen', 'larder lamp linen'].includes(w);
    const q = readQuestion('how many larder lamp and linen stores are closing next month', isName);
    expect(q.names.map((n) => n.text)).toContain('larder lamp and linen');
    expect(q.counted).toBe(processTerm('stores'));
  });

  it('answers with the count of the stores closing', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how many larder lamp and linen stores are closing next month'))[0]).toContain(
      'more than 30 stores',
    );
  });
});
