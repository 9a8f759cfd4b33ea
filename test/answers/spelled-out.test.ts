import { describe, expect, it } from 'vitest';
import { shortFormAsked, spellsOut } from '../../src/answers/spelled-out.ts';

describe('a short form asked for its meaning', () => {
  it('reads the short form from the ways people ask', () => {
    expect(shortFormAsked('what does libor stand for')).toBe('libor');
    expect(shortFormAsked('What does "ESG" stand for?')).toBe('esg');
    expect(shortFormAsked("what's CPI short for")).toBe('cpi');
    expect(shortFormAsked('what do the letters NFT mean')).toBe('nft');
  });

  it('is null for other questions', () => {
    expect(shortFormAsked('what does Libor say about rates')).toBeNull();
    expect(shortFormAsked('what do the troops stand to gain')).toBeNull();
  });
});

describe('a text that spells a short form out', () => {
  it('finds words that give its letters from their starts, in order', () => {
    expect(spellsOut('libor', 'a rate called Libor (London Interbank Offered Rate) which is being phased out')).toBe(
      true,
    );
    expect(spellsOut('opec', 'the Organization of the Petroleum Exporting Countries met')).toBe(true);
    expect(spellsOut('nft', 'selling non-fungible tokens, or NFTs')).toBe(false);
    expect(spellsOut('nft', 'selling Non-Fungible Tokens')).toBe(true);
  });

  it('does not take one word that starts the same, or lower-case words, for it', () => {
    expect(spellsOut('libor', 'Libya reported rates')).toBe(false);
    expect(spellsOut('libor', 'the Liberal Party won')).toBe(false);
    expect(spellsOut('cpi', 'the consumer price index rose')).toBe(false);
    expect(spellsOut('cpi', 'Libor rose')).toBe(false);
  });

  it('takes lower-case words when asked to', () => {
    expect(spellsOut('gdp', 'a gross domestic product growth target', false)).toBe(true);
    expect(spellsOut('gdp', 'a gross domestic product growth target')).toBe(false);
  });
});
