import { describe, expect, it } from 'vitest';
import { fuller, isPresupposed } from '../../src/extract/figures/claimant.ts';
import { tokenize } from '../../src/extract/figures/tokens.ts';
import { figuresIn } from './figures-helpers.ts';

const claims = (...paragraphs: string[]) => figuresIn(...paragraphs).map((f) => [f.text, f.claimant]);

describe('extractFigures: claimants', () => {
  it('is null in the reporter’s own voice', () => {
    expect(claims('The port handles 4,000 ships a year.')).toEqual([['4,000 ships', null]]);
  });

  it('credits "according to X", wherever it sits in the sentence', () => {
    expect(claims('According to the Harbour Institute, a shipping think tank, 40 tankers are idle.')).toEqual([
      ['40 tankers', 'Harbour Institute'],
    ]);
    expect(claims('Some 300 vessels are waiting, according to port officials.')).toEqual([
      ['Some 300 vessels', 'port officials'],
    ]);
  });

  it('credits the subject of a speech verb before the figure, including "has stated that"', () => {
    expect(claims('The coastguard has stated that it expects up to 50 boats.')).toEqual([
      ['up to 50 boats', 'coastguard'],
    ]);
    const found = claims(
      'Fisheries Minister Anna Berg said on Monday that the fleet had too few boats, estimating only a few hundred.',
    );
    expect(found).toEqual([['a few hundred', 'Anna Berg']]);
  });

  it('credits the speaker of a quotation that contains the figure, across a pronoun', () => {
    const found = claims(
      'Tom Reyes, the harbour master, met reporters on Friday.',
      '“We have lost 12 trawlers this winter,” he said.',
    );
    expect(found).toEqual([['12 trawlers', 'Tom Reyes']]);
  });

  it('counts the sources themselves in the reporter’s voice, and they still claim the other figures', () => {
    expect(claims('The fleet lost 70% of its boats, according to two port officials.')).toEqual([
      ['70%', 'two port officials'],
      ['two port officials', null],
    ]);
    expect(claims('Three dockworkers said the cranes had stopped.')).toEqual([['Three dockworkers', null]]);
  });

  it('lets only people be the source: money "added" to bills is a figure of the sentence', () => {
    expect(claims('Bills will rise, with another £100 added to each household.')).toEqual([['£100', null]]);
  });

  it('credits a trailing reporting clause after a comma, named or not', () => {
    expect(claims('At least 40 boats sank in the storm, Fisheries Minister Anna Berg said on Monday.')).toEqual([
      ['At least 40 boats', 'Anna Berg'],
    ]);
    expect(claims('The navy lost 12 patrol boats in a week, a senior coastguard official said.')).toEqual([
      ['12 patrol boats', 'senior coastguard official'],
    ]);
  });

  it('credits a common-noun speaker right after a quotation', () => {
    expect(claims('"We think up to 300 boats are stranded," a port spokesman told reporters.')).toEqual([
      ['up to 300 boats', 'port spokesman'],
    ]);
  });

  it('prefers a later reporting subject over an earlier speaker', () => {
    expect(
      claims('About 6,000 people marched, Police Chief Ian Marsh said, while organisers put the figure at 20,000.'),
    ).toEqual([
      ['About 6,000 people', 'Ian Marsh'],
      ['20,000', 'organisers'],
    ]);
  });

  it('reads a trailing clause that ends with a weekday', () => {
    expect(claims('More than 900 boats are idle, the regional fishing council said Tuesday.')).toEqual([
      ['More than 900 boats', 'regional fishing council'],
    ]);
  });

  it('skips adverbs between a subject and its verb', () => {
    expect(
      claims('The port authority, which said last week that 500 boats were idle, now says 700 have left.'),
    ).toEqual([
      ['500 boats', 'port authority'],
      ['700', 'port authority'],
    ]);
  });

  it('keeps connectors inside a capitalised source name', () => {
    expect(claims('According to the Institute for the Study of War, some 200 tanks were lost.')).toEqual([
      ['some 200 tanks', 'Institute for the Study of War'],
    ]);
  });

  it('credits a two-letter body, and a body that puts the figure higher', () => {
    expect(claims('The UN said 3.7 million people had left.')).toEqual([['3.7 million people', 'UN']]);
    expect(claims('The port counted 900 boats.', 'Fishermen put the figure far higher, at more than 1,500.')).toEqual([
      ['900 boats', null],
      ['more than 1,500', 'Fishermen'],
    ]);
  });

  it('gives a fallback source its canonical name in the article', () => {
    expect(
      claims('Harbour chief Anna Berg opened the port.', '“Some 40 boats sank,” Ms Berg told a local radio station.'),
    ).toEqual([['Some 40 boats', 'Anna Berg']]);
  });

  it('names no claimant for a passive report', () => {
    expect(claims('The fleet is believed to have 300 boats.', 'It is estimated that 40 boats sank.')).toEqual([
      ['300 boats', null],
      ['40 boats', null],
    ]);
  });

  it('does not take what images or data show for a claim', () => {
    expect(claims('Images from Maxar showed camps hundreds of miles away.')).toEqual([['hundreds of miles', null]]);
  });

  it('leaves a figure in a presupposed clause to the reporter', () => {
    expect(claims('Berg said the fact the council had closed two harbours made no difference.')).toEqual([
      ['two harbours', null],
    ]);
  });
});

describe('isPresupposed', () => {
  it('needs "the fact" after a speech verb and before the figure', () => {
    const t = tokenize('Despite the fact it rained, she said 40 boats sailed.');
    expect(
      isPresupposed(
        t,
        t.findIndex((x) => x.text === '40'),
      ),
    ).toBe(false);
    const u = tokenize('She said the fact that 40 boats sailed mattered.');
    expect(
      isPresupposed(
        u,
        u.findIndex((x) => x.text === '40'),
      ),
    ).toBe(true);
  });
});

describe('fuller', () => {
  it('prefers the whole common-noun phrase to a fragment of it', () => {
    expect(fuller('agency', 'UN refugee agency')).toBe('UN refugee agency');
    expect(fuller('Polish', 'Polish border guards')).toBe('Polish border guards');
  });

  it('keeps a person’s name and ignores a missing phrase', () => {
    expect(fuller('Jens Stoltenberg', 'NATO chief Jens Stoltenberg')).toBe('Jens Stoltenberg');
    expect(fuller('Jens Stoltenberg', 'Jens Stoltenberg said')).toBe('Jens Stoltenberg');
    expect(fuller('Reuters', null)).toBe('Reuters');
  });
});
