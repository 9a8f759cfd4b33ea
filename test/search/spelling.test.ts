import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../src/search/spelling.ts';
import { processTerm } from '../../src/search/terms.ts';

describe('British and American spellings', () => {
  it.each([
    ['organise', 'organize'],
    ['organisation', 'organization'],
    ['criticised', 'criticized'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['labourers', 'laborers'],
    ['neighbourhood', 'neighborhood'],
    ['centre', 'center'],
    ['kilometres', 'kilometers'],
    ['fibre', 'fiber'],
    ['licence', 'license'],
    ['practise', 'practice'],
    ['programme', 'program'],
  ])('reads %s as %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it.each([
    'promise',
    'exercises',
    'advisers',
    'surprised',
    'otherwise',
    'precise',
    'raise',
    'hours',
    'four',
    'tour',
    'genre',
    'acre',
    'massacre',
    'more',
    'there',
    'entire',
    'crisis',
    'enterprise',
  ])('leaves %s alone', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });

  it('gives both spellings one index term', () => {
    for (const [a, b] of [
      ['practise', 'practice'],
      ['Organised', 'organized'],
      ['LABOUR', 'labor'],
      ['theatres', 'theaters'],
    ]) {
      expect(processTerm(a as string)).toBe(processTerm(b as string));
    }
  });
});
