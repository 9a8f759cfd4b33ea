import { describe, expect, it } from 'vitest';
import { namesIn } from '../../src/extract/events/names.ts';
import { areEventNameVariants, groupEventNames } from '../../src/extract/index.ts';

describe('namesIn', () => {
  it('reads a quoted name after called/dubbed/code-named, with curly or straight marks', () => {
    expect(namesIn('The military drills, called “Allied Resolve-2022,” began.').map((n) => n.name)).toEqual([
      'Allied Resolve-2022',
    ]);
    expect(namesIn('The exercises, dubbed "Union Resolve 2022," will practice.').map((n) => n.name)).toEqual([
      'Union Resolve 2022',
    ]);
    expect(namesIn('The drill, code-named ‘Iron Wolf’, ended.').map((n) => n.name)).toEqual(['Iron Wolf']);
  });

  it('accepts a malformed opening mark', () => {
    expect(namesIn('The drills, called ”Steel Gate 2024,” began.').map((n) => n.name)).toEqual(['Steel Gate 2024']);
  });

  it('reads an unquoted capitalised name and a year name before the noun', () => {
    expect(namesIn('The exercise, code-named Steadfast Noon, began.').map((n) => n.name)).toEqual(['Steadfast Noon']);
    expect(namesIn('It recalled the Zapad-2021 exercises.').map((n) => n.name)).toEqual(['Zapad-2021']);
  });

  it('gives the offset of the name in the sentence', () => {
    const text = 'Drills called “Cold Sea” began.';
    const [found] = namesIn(text);
    expect(found && text.slice(found.start, found.start + found.name.length)).toBe('Cold Sea');
  });

  it('ignores scare quotes, "so-called" and lower-case clauses', () => {
    expect(namesIn('Lavrov called it “a dialogue of the deaf.”')).toEqual([]);
    expect(namesIn('He called “a dialogue of the deaf” the drills.')).toEqual([]);
    expect(namesIn('Talks in the so-called Normandy Format resumed.')).toEqual([]);
    expect(namesIn('')).toEqual([]);
  });
});

describe('areEventNameVariants', () => {
  it('joins names sharing a distinctive word and the year', () => {
    expect(areEventNameVariants('Allied Resolve-2022', 'Union Resolve 2022')).toBe(true);
    expect(areEventNameVariants('Zapad-2021', 'Zapad 2021')).toBe(true);
  });

  it('keeps different years and unrelated names apart', () => {
    expect(areEventNameVariants('Zapad-2017', 'Zapad-2021')).toBe(false);
    expect(areEventNameVariants('Allied Resolve-2022', 'Cold Response 2022')).toBe(false);
  });

  it('needs all distinctive words when one name has no year', () => {
    expect(areEventNameVariants('Cold Response', 'Cold Response 2022')).toBe(true);
    expect(areEventNameVariants('Cold Sea', 'Cold Response 2022')).toBe(false);
  });

  it('does not join on generic words alone', () => {
    expect(areEventNameVariants('Joint Exercise 2022', 'Joint Drills 2022')).toBe(false);
    expect(areEventNameVariants('', '2022')).toBe(false);
  });

  it('is symmetric', () => {
    const names = ['Allied Resolve-2022', 'Union Resolve 2022', 'Cold Response', 'Cold Response 2022', 'Zapad-2021'];
    for (const a of names) for (const b of names) expect(areEventNameVariants(a, b)).toBe(areEventNameVariants(b, a));
  });
});

describe('groupEventNames', () => {
  it('groups variants in first-seen order and drops repeats', () => {
    expect(groupEventNames(['Allied Resolve-2022', 'Zapad-2021', 'Union Resolve 2022', 'Allied Resolve-2022'])).toEqual(
      [['Allied Resolve-2022', 'Union Resolve 2022'], ['Zapad-2021']],
    );
  });
});

describe('namesIn after the noun', () => {
  it('reads a name right after "exercise" or "operation"', () => {
    expect(namesIn('NATO began the exercise Cold Response 2022 in Norway.').map((n) => n.name)).toEqual([
      'Cold Response 2022',
    ]);
    expect(namesIn('Troops joined Operation Atlantic Resolve.').map((n) => n.name)).toEqual(['Atlantic Resolve']);
  });

  it('does not take a subject after the noun for a name', () => {
    expect(namesIn('The exercise Russia held ended.')).toEqual([]);
    expect(namesIn('During the exercise Vladimir Putin watched.')).toEqual([]);
  });
});
