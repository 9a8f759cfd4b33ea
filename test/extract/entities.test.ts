import { describe, expect, it } from 'vitest';
import { buildEntityIndex, extractEntities, findMentions } from '../../src/extract/entities/index.ts';
import type { Entity } from '../../src/extract/types.ts';
import type { Article } from '../../src/knowledge/types.ts';

function articleOf(...paragraphs: string[]): Article {
  return {
    id: 'e',
    file: 'e.md',
    format: 'markdown',
    meta: { title: null, publisher: null, byline: [], date: null, url: null, language: null, tags: [] },
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
    contentHash: 'h',
  };
}

function entitiesOf(...paragraphs: string[]): Entity[] {
  return extractEntities(articleOf(...paragraphs), []);
}

function named(list: readonly Entity[], name: string): Entity {
  const hit = list.find((e) => e.name === name);
  if (!hit) throw new Error(`no entity ${name} in ${JSON.stringify(list.map((e) => e.name))}`);
  return hit;
}

describe('a possessive before a body', () => {
  it('is its owner or user, no role or name of the body ("Trump\'s Twitter ban")', () => {
    const list = entitiesOf(
      'Donald Trump was barred from the site last year.',
      "Musk has not said whether he plans to lift Trump's Twitter ban.",
    );
    const site = named(list, 'Twitter');
    expect(site.role).toBeNull();
    expect(site.aliases).not.toContain("Trump's");
  });
});

describe('findMentions', () => {
  it('does not give a name the role it is the object of ("the owner of the Felicity Ace")', () => {
    const [m] = findMentions('Tugs came, said the owner of the Felicity Ace on Tuesday.').filter((x) =>
      x.reading.name.includes('Felicity'),
    );
    expect(m?.reading).toMatchObject({ name: 'Felicity Ace', role: null });
    expect(m?.reading.kind).not.toBe('person');
    const [s] = findMentions('A spokesman for Acme Freight declined to comment.').filter((x) =>
      x.reading.name.includes('Acme'),
    );
    expect(s?.reading).toMatchObject({ role: null });
  });

  it('splits a role written before a name from the name', () => {
    const [m] = findMentions('Kremlin aide Oleg Sorokin spoke first.');
    expect(m?.reading).toMatchObject({ name: 'Oleg Sorokin', role: 'Kremlin aide', kind: 'person' });
  });

  it('keeps offsets that slice the paragraph back to the phrase', () => {
    const text = 'Yesterday, Mayor Ines Duarte opened the bridge.';
    const [m] = findMentions(text);
    expect(text.slice(m?.start, m?.end)).toBe('Mayor Ines Duarte');
    expect(m?.sentenceInitial).toBe(false);
  });

  it('finds nothing in lower-case text', () => {
    expect(findMentions('nothing to see here, really.')).toEqual([]);
  });
});

describe('extractEntities', () => {
  it('attaches an appositive role after the name', () => {
    const list = entitiesOf('Gen. Piotr Nowak, the Chief of the Land Forces, inspected the base.');
    expect(named(list, 'Piotr Nowak').role).toBe('Chief of the Land Forces');
  });

  it('reads a surname that is also a short title ("Sen") as the surname, not a title', () => {
    const list = entitiesOf(
      'Dr Amrita Sen, director of research at Fuel Insight, told the committee that prices could rise.',
    );
    expect(named(list, 'Amrita Sen')).toMatchObject({ kind: 'person' });
    // Still a title before a name, and a role in capitals ("CFO") is no surname.
    expect(named(entitiesOf('Rep. Ada Moss spoke, as did Sen Warren.'), 'Warren').kind).toBe('person');
    expect(entitiesOf('The Northgate Bank CFO said costs rose.').some((e) => /CFO/.test(e.name))).toBe(false);
  });

  it('attaches a role set off by a comma before the name', () => {
    const list = entitiesOf("Norway's Foreign Minister, Erik Dahl, arrived late.");
    expect(named(list, 'Erik Dahl')).toMatchObject({ kind: 'person', role: "Norway's Foreign Minister" });
  });

  it('attaches a role of a body set off by a comma before the name ("a spokeswoman for The Herald, …")', () => {
    const list = entitiesOf('"We are pleased," a spokeswoman for The Herald, Dana Ross Hale, said in a statement.');
    expect(named(list, 'Dana Ross Hale')).toMatchObject({ kind: 'person', role: 'spokeswoman for The Herald' });
  });

  it('reads a body described by what it owns or makes as a body ("Facebook-owner Meta")', () => {
    const list = entitiesOf('Photo-owner Lumino has warned of slowing growth.');
    expect(named(list, 'Lumino')).toMatchObject({ kind: 'organization' });
  });

  it('folds "Mr Family" into a name written family name first, when no one has that surname', () => {
    const list = entitiesOf('President Wen Dalin spoke at the forum.', '"We will grow," Mr Wen told delegates.');
    const person = named(list, 'Wen Dalin');
    expect(person.aliases).toContain('Wen');
    expect(person.paragraphs).toEqual([1, 2]);
    expect(list.filter((e) => e.name === 'Wen')).toEqual([]);
    // A surname still comes first: "Mr Reed" is Tom Reed's, not Reed Hastings'.
    const both = entitiesOf('Reed Hastings spoke.', 'Senator Tom Reed replied.', 'Mr Reed then left.');
    expect(named(both, 'Tom Reed').paragraphs).toEqual([2, 3]);
  });

  it('folds a surname and "Mr Surname" into the full name, in any order, with the paragraphs', () => {
    const list = entitiesOf('Tanaka spoke first.', 'Trade envoy Kenji Tanaka said little.', 'Mr Tanaka then left.');
    const person = named(list, 'Kenji Tanaka');
    expect(person.aliases).toEqual(expect.arrayContaining(['Tanaka', 'Trade envoy']));
    expect(person.paragraphs).toEqual([1, 2, 3]);
    expect(list.filter((e) => e.name === 'Tanaka')).toEqual([]);
  });

  it('strips courtesy titles from the canonical name', () => {
    const list = entitiesOf('Dr Hanna Berg, a lecturer in law, was there.');
    expect(named(list, 'Hanna Berg').kind).toBe('person');
  });

  it('recognises bodies from our lexicon and from their kind of name', () => {
    const list = entitiesOf(
      'Analysts at Janes and officials in Downing Street disagree with the Kremlin.',
      "Poland's interior ministry and the Danish Ministry of Justice replied, as did the Baltic Investment Bank.",
    );
    for (const name of ['Janes', 'Downing Street', 'Kremlin', 'Danish Ministry of Justice', 'Baltic Investment Bank']) {
      expect(named(list, name).kind).toBe('organization');
    }
    expect(named(list, "Poland's interior ministry").kind).toBe('organization');
  });

  it('a kind of body before a name makes the name a body, not a person', () => {
    const list = entitiesOf('Images from satellite company Orbital Eye showed the camp.');
    expect(named(list, 'Orbital Eye').kind).toBe('organization');
  });

  it('takes two dictionary words for a body, not a person, unless a given name or a known surname says so', () => {
    const list = entitiesOf(
      'A group of lawmakers is exploring more relief, Harbor Business reported.',
      'Shares of Lantern Software rose after Claire Hannan joined, and Josep Borrell said so.',
    );
    expect(named(list, 'Harbor Business').kind).not.toBe('person');
    expect(named(list, 'Lantern Software').kind).not.toBe('person');
    expect(named(list, 'Claire Hannan').kind).toBe('person');
    expect(named(list, 'Josep Borrell').kind).toBe('person');
  });

  it('reads a month that ends a name as the surname ("Chief Executive John May said"), not a date', () => {
    const list = entitiesOf(
      '“Demand will stay strong,” Chief Executive John May said in a statement.',
      'Sales rose in May.',
    );
    expect(named(list, 'John May').kind).toBe('person');
    expect(list.some((e) => e.name === 'May')).toBe(false);
  });

  it('knows places, and does not take seas or wars for people', () => {
    const list = entitiesOf('Ships left Odessa for the Baltic Sea after the Cold War ended in Europe.');
    expect(named(list, 'Odessa').kind).toBe('place');
    expect(list.some((e) => e.kind === 'person')).toBe(false);
  });

  it('gives a body its short first word as an alias ("Nordic Air" → "Nordic")', () => {
    const index = buildEntityIndex([
      { number: 1, text: 'The carrier Nordic Air cancelled flights.' },
      { number: 2, text: 'Nordic said it would refund tickets.' },
    ]);
    expect(index.lookup('Nordic')?.name).toBe('Nordic Air');
  });

  it('drops a capitalised common word that only ever opens a sentence', () => {
    const list = entitiesOf('Work began in May.', 'Work stopped in June.');
    expect(list.map((e) => e.name)).not.toContain('Work');
  });

  it('keeps a bracketed short form only when it abbreviates the name ("Gas Prices (AAA)" names a source)', () => {
    const index = buildEntityIndex([
      { number: 1, text: 'Drivers paid more, according to Gas Prices (AAA), the motoring group.' },
      { number: 2, text: 'The Department for Transport (DfT) said fares would rise.' },
    ]);
    expect(index.lookup('AAA')?.name).not.toBe('Gas Prices');
    expect(index.lookup('DfT')?.name).toBe('Department for Transport');
  });

  it("reads a body's name followed by a given name as no person (a product, not 'Marcus')", () => {
    const list = entitiesOf('Savers moved money into Goldman Sachs Marcus accounts last year.');
    expect(list.some((e) => e.kind === 'person')).toBe(false);
  });

  it("keeps a national adjective inside a body's name, and out of a person's role-less name", () => {
    const list = entitiesOf('The Federal Reserve said banks were safe. Russian Defence Minister Sergei Shoigu agreed.');
    expect(named(list, 'Federal Reserve').kind).toBe('organization');
    expect(named(list, 'Sergei Shoigu').role).toBe('Russian Defence Minister');
  });

  it('returns no entity for an article without names', () => {
    expect(entitiesOf('the rain kept falling.')).toEqual([]);
  });
});

describe('names that are not people', () => {
  it('reads a ship named after a person, and a fleet, as no person', () => {
    const list = entitiesOf(
      'The newest jet in the fleet crash-landed on the aircraft carrier USS Carl Mercer during routine drills.',
      'The jet crashed on the deck of the USS Carl Mercer aircraft carrier.',
      'A second jet landed safely aboard Carl Mercer an hour later.',
      'The Pacific Fleet said seven sailors were hurt.',
    );
    expect(list.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([]);
    // Named first without its prefix, then with it: the ship all the same.
    const later = entitiesOf(
      'A jet landed safely aboard Carl Mercer on Monday.',
      'It had taken off from the aircraft carrier USS Carl Mercer an hour before.',
    );
    expect(later.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([]);
  });
});
