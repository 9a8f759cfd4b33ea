import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId, type PageRef } from '../../src/discord/customId.ts';
import { CUSTOM_ID_MAX } from '../../src/render/limits.ts';

const KEYS = ['speaker', 'topic', 'limit'];
const keysFor = (command: string) => (command === 'quotes' ? KEYS : undefined);

describe('encodePageId / decodePageId', () => {
  it('encodes values positionally, leaving out trailing empty ones', () => {
    expect(encodePageId({ command: 'quotes', page: 2, options: { speaker: 'Peskov' } }, KEYS)).toBe(
      'm|quotes|2|Peskov',
    );
    expect(encodePageId({ command: 'quotes', page: 0, options: { topic: 'war', limit: 3 } }, KEYS)).toBe(
      'm|quotes|0||war|#3',
    );
  });

  it('escapes separators and type markers inside strings', () => {
    const ref: PageRef = { command: 'quotes', page: 1, options: { speaker: 'a|b', topic: '#1 !x %' } };
    const id = encodePageId(ref, KEYS);
    expect(id).toBe('m|quotes|1|a%7Cb|%231 %21x %25');
    expect(decodePageId(id ?? '', keysFor)).toEqual(ref);
  });

  it('returns null rather than an id over 100 characters', () => {
    expect(encodePageId({ command: 'quotes', page: 1, options: { speaker: 'x'.repeat(200) } }, KEYS)).toBeNull();
  });

  it('rejects a negative or fractional page', () => {
    expect(() => encodePageId({ command: 'quotes', page: -1, options: {} }, KEYS)).toThrow(/page/);
    expect(() => encodePageId({ command: 'quotes', page: 1.5, options: {} }, KEYS)).toThrow(/page/);
  });

  it.each([
    'not-a-page-button',
    'm|frobnicate|1',
    'm|quotes|x',
    'm|quotes|-1',
    'm|quotes|1|a|b|#1|extra',
    'm|quotes',
    '',
  ])('decodes %j as nothing', (id) => {
    expect(decodePageId(id, keysFor)).toBeNull();
  });

  it('drops malformed values instead of failing', () => {
    expect(decodePageId('m|quotes|1|%E0%A4%A|war|#abc', keysFor)).toEqual({
      command: 'quotes',
      page: 1,
      options: { topic: 'war' },
    });
  });

  it('round-trips any options and stays within 100 characters (property)', () => {
    const value = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.record({ speaker: value, topic: value, limit: value }, { requiredKeys: [] }),
        fc.integer({ min: 0, max: 9999 }),
        (options, page) => {
          const ref = { command: 'quotes', page, options };
          const id = encodePageId(ref, KEYS);
          if (id === null) return;
          expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
          expect(decodePageId(id, keysFor)).toEqual(ref);
        },
      ),
    );
  });
});
