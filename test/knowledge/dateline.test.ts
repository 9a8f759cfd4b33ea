import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/knowledge/dateline.ts';

describe('parseDateline', () => {
  it.each([
    [
      'date 2020-01-02 By Ann Lee and Bo Chan, ABC',
      { date: '2020-01-02', byline: ['Ann Lee', 'Bo Chan'], publisher: 'ABC' },
    ],
    ['By Ann Lee, Reuters', { date: null, byline: ['Ann Lee'], publisher: 'Reuters' }],
    ['By Ann Lee, The Harbour Gazette', { date: null, byline: ['Ann Lee'], publisher: 'The Harbour Gazette' }],
    ['Published: 2019-12-31', { date: '2019-12-31', byline: [], publisher: null }],
    ['By Ann Lee, Bo Chan', { date: null, byline: ['Ann Lee', 'Bo Chan'], publisher: null }],
  ])('reads %j', (line, expected) => {
    expect(parseDateline(line)).toEqual(expected);
  });

  it.each([
    'Russia and Belarus began drills on Thursday.',
    'Officials said the vote was close, by a narrow margin.',
    'A first line\nand a second line',
    '',
  ])('leaves prose alone: %j', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});
