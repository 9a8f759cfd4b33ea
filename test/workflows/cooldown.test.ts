import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/workflows/cooldown.ts';

describe('Cooldown', () => {
  it('lets a user through, then makes them wait the rest of the window', () => {
    let now = 1_000;
    const cooldown = new Cooldown(3, () => now);
    expect(cooldown.take('u')).toBe(0);
    now += 1_000;
    expect(cooldown.take('u')).toBe(2_000);
    now += 1_999;
    expect(cooldown.take('u')).toBe(1);
    now += 1;
    expect(cooldown.take('u')).toBe(0);
  });

  it('does not extend the wait while a user keeps trying', () => {
    let now = 0;
    const cooldown = new Cooldown(3, () => now);
    cooldown.take('u');
    for (now = 500; now < 3_000; now += 500) cooldown.take('u');
    now = 3_000;
    expect(cooldown.take('u')).toBe(0);
  });

  it('keeps users apart', () => {
    const cooldown = new Cooldown(3, () => 0);
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('b')).toBe(0);
    expect(cooldown.take('a')).toBeGreaterThan(0);
  });

  it('is disabled by 0 seconds', () => {
    const cooldown = new Cooldown(0, () => 0);
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.size).toBe(0);
  });

  it('prunes expired users so memory stays bounded', () => {
    let now = 0;
    const cooldown = new Cooldown(1, () => now);
    for (let i = 0; i < 1000; i++) cooldown.take(`u${i}`);
    now = 5_000;
    cooldown.take('late');
    expect(cooldown.size).toBe(1);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s seconds', (seconds) => {
    expect(() => new Cooldown(seconds)).toThrow(/cooldown/);
  });
});
