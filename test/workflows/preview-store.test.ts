import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/types.ts';
import { PREVIEW_TTL_MS, PreviewStore } from '../../src/workflows/previews.ts';

const answer: Answer = {
  command: 'brief',
  title: 'Briefing',
  query: {},
  sections: [],
  conflicts: [],
  notes: [],
  citations: [],
  empty: false,
  suggestions: [],
};
const preview = (user: string) => ({ user, guild: 'g', channel: 'c', answer, pages: [] });

describe('PreviewStore', () => {
  it('keeps a preview until it is deleted or its time runs out', () => {
    let now = 1_000;
    const store = new PreviewStore(() => now);
    const nonce = store.put(preview('u1'));
    expect(nonce).toMatch(/^[0-9a-f]{20}$/);
    expect(store.get(nonce)?.user).toBe('u1');
    now += PREVIEW_TTL_MS - 1;
    expect(store.get(nonce)).toBeDefined();
    now += 1;
    expect(store.get(nonce)).toBeUndefined();

    const other = store.put(preview('u2'));
    expect(store.delete(other)).toBe(true);
    expect(store.get(other)).toBeUndefined();
    expect(store.delete(other)).toBe(false);
  });

  it('gives every preview its own nonce and drops the oldest beyond its capacity', () => {
    const store = new PreviewStore();
    const nonces = Array.from({ length: 201 }, (_, i) => store.put(preview(`u${i}`)));
    expect(new Set(nonces).size).toBe(201);
    expect(store.get(nonces[0] ?? '')).toBeUndefined();
    expect(store.get(nonces[1] ?? '')?.user).toBe('u1');
    expect(store.get(nonces[200] ?? '')?.user).toBe('u200');
  });
});
