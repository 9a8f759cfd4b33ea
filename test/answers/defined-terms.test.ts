import { describe, expect, it } from 'vitest';
import { defines, explainsName, meaningAsked, nameOriginAsked } from '../../src/answers/defined-terms.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A rate-rigging scandal's words, and an image generator's name. Invented articles.
const context = knowledgeFixture('defined-terms', [
  {
    file: 'rigging.md',
    title: 'MPs urge an inquiry into rate rigging at Norbank',
    date: '2022-03-09',
    paragraphs: [
      'The tapes reveal that Norbank managers pressed traders to lowball their rate submissions in 2008.',
      'In the other form of rate rigging, known as lowballing, banks pretend to be able to borrow cash more cheaply than they can.',
      'The lowballing tapes were aired on Radio 4 on Tuesday.',
    ],
  },
  {
    file: 'painter.md',
    title: 'Meet Pixa-Vinci, the program that paints what you describe',
    date: '2022-04-06',
    paragraphs: [
      'Pixa-Vinci often fails to understand what someone has described, but Loomlab keeps improving the program.',
      'They call it Pixa-Vinci in a nod to both "Pixar," the animation studio, and Leonardo da Vinci, the painter.',
      'Pixa-Vinci looks for patterns as it analyses millions of digital images.',
    ],
  },
]);

describe('a word whose meaning is asked', () => {
  it('is read from the question', () => {
    expect(meaningAsked('what does lowballing mean in the libor scandal')).toBe('lowballing');
    expect(meaningAsked("What is meant by 'greedflation'?")).toBe('greedflation');
    expect(meaningAsked('what did the minister say')).toBeNull();
    expect(meaningAsked('what is a sting jet')).toBe('sting jet');
    // A name, or more than a thing asked, is no word's meaning.
    expect(meaningAsked('what is a Norbank?')).toBeNull();
    expect(meaningAsked('what is a fair price for the bank')).toBeNull();
  });

  it('is defined by a sentence that opens on what it is', () => {
    expect(defines('sting jet', 'A sting jet is a very narrow blast of powerful winds.')).toBe(true);
    expect(defines('sting jet', 'A sting jet could hit the coast on Friday.')).toBe(false);
  });

  it('is answered by the sentence that defines it', async () => {
    expect(defines('lowballing', 'a fraud known as "lowballing".')).toBe(true);
    expect(defines('lowballing', 'The lowballing tapes were aired.')).toBe(false);
    const a = ask(await context(), 'what does lowballing mean in the norbank scandal');
    expect(snippets(a)[0]).toContain('known as lowballing');
  });
});

describe('a name whose origin is asked', () => {
  it('is read from the question', () => {
    expect(nameOriginAsked("why is loomlab's image generator called pixa-vinci")).toBe('pixa-vinci');
    expect(nameOriginAsked('where does the name Omicron come from?')).toBe('omicron');
    expect(nameOriginAsked('why is the program slow')).toBeNull();
  });

  it('is answered by the sentence that tells where it comes from', async () => {
    expect(explainsName('pixa-vinci', 'Pixa-Vinci looks for patterns.')).toBe(false);
    const a = ask(await context(), "why is loomlab's image generator called pixa-vinci");
    expect(snippets(a)[0]).toContain('in a nod to');
  });
});
