import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../src/extract/figures/subject.ts';
import { figuresIn } from './figures-helpers.ts';

const subjects = (...paragraphs: string[]) => figuresIn(...paragraphs).map((f) => f.subject);

describe('extractFigures: subjects', () => {
  it('brings different wordings of a border to one form', () => {
    expect(
      subjects(
        'Turkey has 20,000 troops on the Syrian border.',
        'There are 20,000 troops along Syria’s northern border.',
        'About 20,000 troops are near the border with Syria.',
      ),
    ).toEqual(["troops on Syria's border", "troops on Syria's border", "troops on Syria's border"]);
  });

  it('says "the border" when no country is named', () => {
    expect(subjects('Some 5,000 soldiers are massed at several points along the border.')).toEqual([
      'troops on the border',
    ]);
  });

  it('normalises in/into/inside a place to "in"', () => {
    expect(subjects('Moscow moved 3,000 troops into Moldova.', 'It keeps 1,500 troops inside Transnistria.')).toEqual([
      'troops in Moldova',
      'troops in Transnistria',
    ]);
  });

  it('takes the place before the figure when none follows it', () => {
    expect(subjects('There are 12 brigades in Armenia, with 9,000 soldiers.')).toEqual([
      'brigades in Armenia',
      'troops in Armenia',
    ]);
  });

  it('lets an elliptical figure inherit its antecedent’s place', () => {
    expect(subjects('Spies counted 4,000 troops in Georgia. Others believe up to 9,000 are there.')).toEqual([
      'troops in Georgia',
      'troops in Georgia',
    ]);
  });

  it('does not read "according to X" as a place, nor a possessive’s noun', () => {
    expect(subjects('Police held 300 people, according to Amnesty.')).toEqual(['people']);
    expect(subjects('The firm cut 200 jobs in Poland’s capital.')).toEqual(['jobs']);
  });

  it('does not take a body for a place', () => {
    expect(
      subjects('Analysts at the Institute counted 200 tanks.', 'It had 40 staff in the Defence Ministry.'),
    ).toEqual(['tanks', 'staff']);
  });

  it('says what a share is of', () => {
    expect(subjects('It has moved 60% of its combat forces to the Polish border.')).toEqual([
      "percent of troops on Poland's border",
    ]);
    expect(subjects('Turnout was 64%.')).toEqual(['percent']);
  });

  it('gives distances and sums no place', () => {
    expect(subjects('The town is 30 miles from Kyiv and owes $2m in Kyiv.')).toEqual(['miles', 'USD']);
  });
});

describe('subjectOf', () => {
  it('is null without a unit and canonical with one', () => {
    expect(subjectOf(null, 'in Belarus')).toBeNull();
    expect(subjectOf('forces', 'in Belarus')).toBe('troops in Belarus');
    expect(subjectOf('tanks', null)).toBe('tanks');
  });
});
