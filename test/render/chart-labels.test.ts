import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/charts/font.ts';
import { excerpt, fitLabel, headingLines } from '../../src/render/charts/labels.ts';

const SIZE = 11;
const SENTENCE =
  'Officials of the regional council said on Tuesday that the convoy reached the harbour before the talks resumed.';

/** The label's words, without ellipses and suffix, each found whole in the sentence. */
function wordsOf(label: string, suffix: string): string[] {
  return label
    .slice(0, -suffix.length)
    .replace(/…/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

describe('textWidth', () => {
  it('measures the chart font: wider for more or wider letters, bold wider than regular, zero for nothing', () => {
    expect(textWidth('', SIZE)).toBe(0);
    expect(textWidth('iiii', SIZE)).toBeLessThan(textWidth('WWWW', SIZE));
    expect(textWidth('Troops', SIZE, 'bold')).toBeGreaterThan(textWidth('Troops', SIZE));
    expect(textWidth('30,000', 2 * SIZE)).toBeCloseTo(2 * textWidth('30,000', SIZE), 6);
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits whole, with its citation', () => {
    expect(fitLabel('30,000 troops — Janes', ' [3]', 400, SIZE)).toBe('30,000 troops — Janes [3]');
  });

  it('cuts between words with an ellipsis, always keeping the citation and the room', () => {
    const label = fitLabel(SENTENCE, ' [12]', 150, SIZE);
    expect(label.endsWith('… [12]')).toBe(true);
    expect(textWidth(label, SIZE)).toBeLessThanOrEqual(150);
    for (const w of wordsOf(label, ' [12]')) expect(SENTENCE.split(' ')).toContain(w);
  });

  it('cuts inside a single word too long for the room, and gives the citation alone when nothing fits', () => {
    const label = fitLabel('Supercalifragilisticexpialidocious', ' [1]', 80, SIZE);
    expect(label).toMatch(/^Super\S*… \[1\]$/);
    expect(textWidth(label, SIZE)).toBeLessThanOrEqual(80);
    expect(fitLabel('anything', ' [1]', 5, SIZE)).toBe('[1]');
  });
});

describe('excerpt', () => {
  it('cuts around the date phrase, more before it than after, marking both cuts', () => {
    const label = excerpt(SENTENCE, 'on Tuesday', ' [4]', 260, SIZE);
    expect(label).toContain('said on Tuesday');
    expect(label.startsWith('…')).toBe(true);
    expect(label.endsWith('… [4]')).toBe(true);
    expect(textWidth(label, SIZE)).toBeLessThanOrEqual(260);
    const [before = '', after = ''] = label.slice(1, -' [4]'.length - 1).split('on Tuesday');
    expect(before.split(' ').length).toBeGreaterThan(after.split(' ').length);
  });

  it('finds a phrase inside punctuation and starts from the sentence when there is none or it is absent', () => {
    expect(excerpt('It began “Thursday,” officials said.', 'Thursday', ' [1]', 500, SIZE)).toBe(
      'It began “Thursday,” officials said. [1]',
    );
    expect(excerpt(SENTENCE, null, ' [2]', 120, SIZE).startsWith('Officials')).toBe(true);
    expect(excerpt(SENTENCE, 'on Friday', ' [2]', 120, SIZE).startsWith('Officials')).toBe(true);
  });

  it('always fits its room, keeps its citation, and uses only whole words of the sentence', () => {
    const words = fc.constantFrom(...SENTENCE.split(' '), 'on', 'Tuesday');
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 40, max: 500 }),
        (list, at, room) => {
          const sentence = list.join(' ');
          const phrase = list[Math.min(at, list.length - 1)] ?? null;
          const label = excerpt(sentence, phrase, ' [7]', room, SIZE);
          expect(label.endsWith('[7]')).toBe(true);
          if (label !== '[7]') expect(textWidth(label, SIZE)).toBeLessThanOrEqual(room);
          const whole = new Set(list);
          const inner = wordsOf(label, ' [7]');
          // Only a word cut by characters (no room for one whole word) may be partial, and then it is alone.
          if (inner.length > 1) for (const w of inner) expect(whole.has(w)).toBe(true);
        },
      ),
    );
  });
});

describe('headingLines', () => {
  const STORY = 'Regional council confirms the convoy reached the harbour before the talks resumed overnight';
  const bold = (text: string, size: number) => textWidth(text, size, 'bold');

  it('keeps a heading that fits on one line, and puts what it is above the story it names when it does not', () => {
    expect(headingLines('Timeline', 490, 15)).toEqual(['Timeline']);
    const lines = headingLines(`Timeline · ${STORY}`, 300, 15);
    expect(lines[0]).toBe('Timeline');
    expect(lines).toHaveLength(2);
    expect(lines[1]?.startsWith('Regional council')).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(bold(line, 15)).toBeLessThanOrEqual(300);
  });

  it('breaks a long heading without a part that fits alone after its last whole word, never past two lines', () => {
    const lines = headingLines(`${STORY} · ${STORY}`, 200, 12);
    expect(lines).toHaveLength(2);
    expect(STORY.startsWith(lines[0] ?? '-')).toBe(true);
    for (const line of lines) expect(bold(line, 12)).toBeLessThanOrEqual(200);
  });

  it('always fits its room in bold, in at most two lines', () => {
    const words = fc.constantFrom(...SENTENCE.split(' '), '·', 'Supercalifragilisticexpialidocious');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 40 }), fc.integer({ min: 60, max: 500 }), (list, room) => {
        const lines = headingLines(list.join(' '), room, 13);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) expect(bold(line, 13)).toBeLessThanOrEqual(room);
      }),
    );
  });
});
