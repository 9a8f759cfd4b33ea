/**
 * The article's entities: one per person, body or place, whatever forms the article uses for it. A person is
 * named by the fullest form the article gives ("Vladimir V. Putin"); the surname, "Mr./Ms./Dr. Surname", the
 * name without middle initials and the roles become aliases. A body is one entity under its full name, its
 * bracketed short form ("DfT"), its first word when the rest is generic ("Wizz" for "Wizz Air") and any other
 * spelling of the same country-and-head ("Russia's defense ministry" = "Russian Ministry of Defense").
 */
import type { Article } from '../../knowledge/types.ts';
import { boundedMemo } from '../../memo.ts';
import {
  GENDERED_TITLES,
  givenNameGender,
  isCommonWord,
  isKnownOrganization,
  isKnownPlace,
  maskQuotes,
  SHIP_ROLE,
  stripPossessive,
  TITLES,
} from '../language/index.ts';
import type { Entity, EntityKind, Sentence } from '../types.ts';
import { findMentions, type Mention, type NameContext, nameContextOf } from './mentions.ts';
import { initialsOf, orgSignature, type PersonName, personName, shortPersonName } from './names.ts';

/** Generic last words of bodies' names, whose first word alone also names them ("Swiss" for "Swiss Air"). */
const GENERIC_TAILS = new Set([
  'air',
  'airlines',
  'airways',
  'airline',
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'llc',
  'ltd',
  'ltd.',
  'plc',
  'group',
  'holdings',
  'company',
]);

/** An entity while the index is being built; `bare` marks a single name not yet known to be a person. */
export interface MutableEntity {
  name: string;
  kind: EntityKind;
  role: string | null;
  aliases: Set<string>;
  paragraphs: Set<number>;
  gender: 'male' | 'female' | null;
  /** True while the gender comes only from the given name's usual gender ("Dan"), which the text may overrule. */
  genderGuessed?: boolean;
  bare: boolean;
  /** Seen at least once away from the start of a sentence. */
  midSentence: boolean;
  /** Position of the first mention (paragraph, then offset), to prefer the person an article introduces first. */
  firstAt: number;
  /** For people: the parts of the name. */
  person: PersonName | null;
}

const positionOf = (m: Mention) => m.paragraph * 100_000 + m.start;

// Lookups compare every entity's key with the one asked for: the same few names are keyed again and again.
const normKey = boundedMemo(4096, computeNormKey);

function computeNormKey(name: string): string {
  return stripPossessive(name.trim())
    .replace(/^the\s+/i, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Title words at the start of a name ("Mr.", "Dr", "Sen."), lower-cased without the period. */
function leadingTitles(name: string): { titles: string[]; rest: string } {
  const words = name.split(/\s+/);
  const titles: string[] = [];
  while (words.length > 1 && TITLES.has((words[0] as string).toLowerCase())) {
    titles.push((words.shift() as string).toLowerCase().replace(/\.$/, ''));
  }
  return { titles, rest: words.join(' ') };
}

/** The gender the first gendered title tells ("Mr", "Dame"), or null; titles as {@link leadingTitles} gives them. */
function genderOfTitles(titles: readonly string[]): 'male' | 'female' | null {
  return titles.map((t) => GENDERED_TITLES.get(t)).find((g) => g !== undefined) ?? null;
}

/**
 * "Trump's Twitter ban", "CEO Elon Musk's Twitter habits": a possessive before a body's name is its owner or user,
 * no role of the body (nor a name of it, which would join the two).
 */
function withoutOwnerAsRole(m: Mention): Mention {
  const role = m.reading.role;
  if (role === null || m.reading.kind === 'person' || !/['’]s$/u.test(role)) return m;
  return { ...m, reading: { ...m.reading, role: null } };
}

/** The entities of one article, with every alias it uses; see the module comment. */
export class EntityIndex {
  private readonly byKey = new Map<string, MutableEntity[]>();
  private readonly list: MutableEntity[] = [];

  /** Adds a mention, merging it with the entity it names. */
  add(mention: Mention): void {
    const m = withoutOwnerAsRole(mention);
    const r = m.reading;
    if (r.kind === 'pronoun' || r.kind === 'statement' || r.kind === 'description') return;
    if (r.kind === 'person') {
      this.addPerson(m);
      return;
    }
    const hint = r.kind === 'organization' || r.kind === 'place' ? 'body' : undefined;
    const existing = this.lookup(r.name, hint) ?? (r.kind === 'name' ? undefined : this.bySignature(r.name));
    if (existing) {
      this.touch(existing, m);
      // "USS Carl Vinson" after "aboard Carl Vinson": what was read as a person is the ship.
      if (r.role === SHIP_ROLE) {
        existing.kind = 'organization';
        existing.role = SHIP_ROLE;
        existing.person = null;
        existing.bare = false;
        return;
      }
      if (r.kind === 'organization' && existing.bare) {
        existing.kind = 'organization';
        existing.bare = false;
      }
      if (m.short && abbreviates(m.short, existing.name)) this.key(m.short, existing);
      return;
    }
    const single = !r.name.includes(' ');
    if (r.kind === 'name' && single) {
      // A bare single name ("Sommers", "JPMorgan") may be a person's surname or a body's short name.
      // A word that also names a body ("Disney" beside the Walt Disney Company and Abigail E. Disney), or the
      // surname of several people, is not given to any one person without a title.
      const body = this.bodyContaining(r.name);
      const family = (this.byKey.get(`sur:${normKey(r.name)}`) ?? []).filter((x) => x.kind === 'person');
      const personal = body === undefined && !isKnownOrganization(r.name) && (family.length === 1 || r.gender !== null);
      const owner = (personal ? this.surnameOwner(r.name, r.gender) : undefined) ?? body ?? this.firstWordOwner(r.name);
      if (owner) {
        this.touch(owner, m);
        this.key(r.name, owner);
        return;
      }
      const e = this.create(r.name, 'organization', r.role, m, true);
      if (r.gender) e.gender = r.gender;
      return;
    }
    const kind: EntityKind = r.kind === 'place' ? 'place' : 'organization';
    const e = this.create(r.name, kind, r.role, m, false);
    if (m.short && abbreviates(m.short, r.name)) this.key(m.short, e);
    if (kind === 'organization') {
      // "the Academy" met before "Academy of Motion Picture Arts and Sciences": the short name folds in.
      const first = r.name.split(' ')[0] as string;
      const short = this.list.find((x) => x !== e && x.kind !== 'person' && normKey(x.name) === normKey(first));
      const rivals = this.list.filter(
        (x) => x !== e && x.kind === 'organization' && normKey(x.name).startsWith(`${normKey(first)} `),
      );
      if (short && r.name.includes(' ') && rivals.length === 0 && !isKnownPlace(first)) this.absorb(e, short);
      const signature = orgSignature(r.name);
      if (signature) this.key(`sig:${signature}`, e);
      for (const initials of initialsOf(r.name)) this.key(`ini:${initials}`, e);
      // "Swiss Air" is also "Swiss", "Wizz Air" also "Wizz"; "JPMorgan Chase & Co." also "JPMorgan Chase".
      const words = r.name.split(' ');
      const tail = (words.at(-1) as string).toLowerCase();
      if (words.length >= 2 && GENERIC_TAILS.has(tail)) {
        const head = words.slice(0, -1).join(' ').replace(/\s*&$/, '');
        this.key(head, e);
        const bare = this.list.find((x) => x !== e && x.bare && normKey(x.name) === normKey(head));
        if (bare) this.absorb(e, bare);
      }
    }
  }

  private addPerson(m: Mention): void {
    const r = m.reading;
    const { titles, rest } = leadingTitles(r.name);
    const name = rest;
    const titled = genderOfTitles(titles);
    const gender = titled ?? r.gender;
    // Only a title ("Ms.") says the gender for sure; a reading's gender may be the given name's usual one.
    const sure = titled !== null;
    if (!name.includes(' ')) {
      // "Dr. Pope", "Mr. Biden", "President Biden": the surname of somebody named in full, or a person of their own.
      const owner = this.surnameOwner(name, gender) ?? this.familyNameFirst(name);
      if (owner) {
        this.touch(owner, m);
        if (r.role && !owner.role) owner.role = r.role;
        if (r.role) owner.aliases.add(r.role);
        if (gender) this.settleGender(owner, gender, sure);
        owner.aliases.add(name);
        return;
      }
      const bare = this.list.find((x) => x.bare && normKey(x.name) === normKey(name));
      if (bare) {
        bare.bare = false;
        bare.kind = 'person';
        bare.person = personName(name);
        this.touch(bare, m);
        if (r.role && !bare.role) bare.role = r.role;
        if (gender) this.settleGender(bare, gender, sure);
        this.key(`sur:${normKey(name)}`, bare);
        return;
      }
      const e = this.create(name, 'person', r.role, m, false);
      e.person = personName(name);
      e.gender = gender;
      if (gender && !sure) e.genderGuessed = true;
      this.key(`sur:${normKey(name)}`, e);
      return;
    }
    // "aboard Carl Vinson" after "the USS Carl Vinson": the ship, not a person of its name.
    const ship = this.list.find((x) => x.role === SHIP_ROLE && normKey(x.name) === normKey(name));
    if (ship) {
      this.touch(ship, m);
      return;
    }
    const parts = personName(name);
    const short = shortPersonName(parts);
    const same =
      this.first(normKey(name), 'person') ??
      (short ? this.first(`short:${normKey(short)}`, 'person') : undefined) ??
      this.list.find(
        (x) =>
          x.kind === 'person' && x.person && !x.person.given && normKey(x.person.surname) === normKey(parts.surname),
      );
    if (same) {
      this.touch(same, m);
      if (r.role && !same.role) same.role = r.role;
      if (r.role) same.aliases.add(r.role);
      if (gender) this.settleGender(same, gender, sure);
      // "Vladimir V. Putin" after "Vladimir Putin": the fuller form becomes the name.
      if (name.length > same.name.length && same.person?.given) {
        same.aliases.add(same.name);
        same.name = name;
        same.person = parts;
      } else if (!same.person?.given) {
        same.aliases.add(same.name);
        same.name = name;
        same.person = parts;
      }
      this.keyPerson(same);
      return;
    }
    const e = this.create(name, 'person', r.role, m, false);
    e.person = parts;
    e.gender = gender ?? givenNameGender(parts.given ?? '');
    // Without a title the gender is a reading's or the given name's usual one, which a "she" or "Ms." may overrule.
    if (!sure && e.gender !== null) e.genderGuessed = true;
    this.keyPerson(e);
    // A bare surname seen earlier ("Peskov said" before "Dmitry Peskov") folds into the full name.
    const bare = this.list.find((x) => x !== e && x.bare && normKey(x.name) === normKey(parts.surname));
    if (bare) this.absorb(e, bare);
  }

  private keyPerson(e: MutableEntity): void {
    const p = e.person;
    if (!p) return;
    this.key(e.name, e);
    const short = shortPersonName(p);
    if (short) this.key(`short:${normKey(short)}`, e);
    this.key(`sur:${normKey(p.surname)}`, e);
    // "De Haan", "Al Deri": the surname is also found without its particle.
    const bare = p.surname.split(' ').at(-1) as string;
    if (bare !== p.surname) this.key(`sur:${normKey(bare)}`, e);
    if (p.given) this.key(`given:${normKey(p.given)}`, e);
    e.aliases.add(p.surname);
    if (short && short !== e.name) e.aliases.add(short);
  }

  /** The person whose surname this is, preferring one whose gender agrees, then the one named first. */
  private surnameOwner(word: string, gender: 'male' | 'female' | null): MutableEntity | undefined {
    const people = (this.byKey.get(`sur:${normKey(word)}`) ?? []).filter((e) => e.kind === 'person');
    const agreeing = gender ? people.filter((e) => e.gender === null || e.gender === gender) : people;
    // Not a man guessed from his given name for "Mrs. Balaban" after "Mariel and Matt Balaban": couples share a
    // surname more often than a title contradicts a given name, so a title that disagrees makes a person of its own.
    return [...agreeing].sort((a, b) => a.firstAt - b.firstAt)[0];
  }

  /**
   * "Mr Xi" after "Xi Jinping": a name written family name first (as Chinese, Korean and Vietnamese names are), when
   * exactly one person's two- or three-word name begins with the word and nobody's surname is it.
   */
  private familyNameFirst(word: string): MutableEntity | undefined {
    const k = normKey(word);
    const hits = this.list.filter((e) => {
      if (e.kind !== 'person' || !e.person) return false;
      const words = normKey(e.name).split(' ');
      return words.length >= 2 && words.length <= 3 && words[0] === k;
    });
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** The one body (not a person) whose several-word name holds this word ("Disney" in "Walt Disney Company"). */
  private bodyContaining(word: string): MutableEntity | undefined {
    const k = normKey(word);
    const hits = this.list.filter(
      (e) => e.kind === 'organization' && !e.bare && e.name.includes(' ') && normKey(e.name).split(' ').includes(k),
    );
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** The one body whose name starts with this word ("JPMorgan" for "JPMorgan Chase"), if exactly one does. */
  private firstWordOwner(word: string): MutableEntity | undefined {
    const k = normKey(word);
    const hits = this.list.filter(
      (e) => e.kind === 'organization' && !e.bare && e.name.includes(' ') && normKey(e.name).startsWith(`${k} `),
    );
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * "Somers said" in an article about Mike Sommers: a surname one letter away from exactly one person's, in a
   * word long enough that such a slip is a typo rather than another name.
   */
  private misspelledSurname(word: string): MutableEntity | undefined {
    if (word.length < 5) return undefined;
    const hits = this.list.filter(
      (e) => e.kind === 'person' && e.person && oneEditApart(normKey(e.person.surname), word),
    );
    return hits.length === 1 ? hits[0] : undefined;
  }

  private bySignature(name: string): MutableEntity | undefined {
    const signature = orgSignature(name);
    return signature ? this.first(`sig:${signature}`) : undefined;
  }

  private first(key: string, kind?: EntityKind): MutableEntity | undefined {
    const list = this.byKey.get(key);
    if (!list) return undefined;
    return kind ? list.find((e) => e.kind === kind) : list[0];
  }

  private touch(e: MutableEntity, m: Mention): void {
    e.paragraphs.add(m.paragraph);
    e.firstAt = Math.min(e.firstAt, positionOf(m));
    if (!m.sentenceInitial) e.midSentence = true;
    const r = m.reading;
    if (r.role && !e.role) e.role = r.role;
    if (r.role) e.aliases.add(r.role);
    if (normKey(r.name) !== normKey(e.name) && r.kind !== 'person') e.aliases.add(r.name);
    if (r.gender && !e.gender) e.gender = r.gender;
  }

  private absorb(into: MutableEntity, from: MutableEntity): void {
    for (const p of from.paragraphs) into.paragraphs.add(p);
    for (const a of from.aliases) into.aliases.add(a);
    into.midSentence ||= from.midSentence;
    into.firstAt = Math.min(into.firstAt, from.firstAt);
    this.list.splice(this.list.indexOf(from), 1);
    for (const [k, list] of this.byKey) {
      const i = list.indexOf(from);
      if (i < 0) continue;
      if (list.includes(into)) list.splice(i, 1);
      else list[i] = into;
      this.byKey.set(k, list);
    }
  }

  private create(written: string, kind: EntityKind, role: string | null, m: Mention, bare: boolean): MutableEntity {
    // "US Army's": the possessive ending is no part of the name.
    const name = stripPossessive(written);
    const e: MutableEntity = {
      name,
      kind,
      role,
      aliases: new Set(),
      paragraphs: new Set([m.paragraph]),
      gender: null,
      bare,
      midSentence: !m.sentenceInitial,
      firstAt: positionOf(m),
      person: null,
    };
    if (role) e.aliases.add(role);
    this.list.push(e);
    this.key(name, e);
    return e;
  }

  private key(alias: string, e: MutableEntity): void {
    const k = /^(sig|ini|sur|short|given):/.test(alias) ? alias : normKey(alias);
    const list = this.byKey.get(k);
    if (!list) this.byKey.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  /** The entity a surface name refers to ("Peskov", "Mr. Johnson", "the Kremlin", "DfT"), if the article names it. */
  lookup(name: string, hint?: 'person' | 'body'): MutableEntity | undefined {
    const k = normKey(name);
    if (k === '') return undefined;
    const direct = this.byKey.get(k);
    // "Disney reported a profit": a body's name is not its namesake's surname, whatever was keyed first.
    if (direct && direct.length > 0) {
      const fit = hint ? direct.find((e) => (hint === 'person') === (e.kind === 'person')) : undefined;
      return fit ?? direct[0];
    }
    if (hint === 'body' && !k.includes(' ')) {
      const body = this.bodyContaining(k) ?? this.firstWordOwner(k);
      if (body) return body;
    }
    const { titles, rest } = leadingTitles(name);
    if (titles.length > 0) {
      const gender = genderOfTitles(titles);
      const noTitle = this.byKey.get(normKey(rest));
      if (noTitle && noTitle.length > 0) return noTitle[0];
      if (!rest.includes(' ')) return this.surnameOwner(rest, gender);
    }
    const words = k.split(' ');
    if (words.length === 1) {
      const sur = hint === 'body' ? undefined : this.surnameOwner(k, null);
      if (sur) return sur;
      // "Katelynn said" after "Katelynn Ising": the one person with that given name.
      const given = (this.byKey.get(`given:${k}`) ?? []).filter((e) => e.kind === 'person');
      if (given.length === 1 && /^\p{Lu}/u.test(name)) return given[0];
      const ini = this.first(`ini:${k}`);
      if (ini && /\p{Lu}.*\p{Lu}/u.test(name)) return ini;
      // "the Commission" for "European Commission": the one body whose name ends with the word.
      const bodies = this.list.filter((e) => e.kind === 'organization' && !e.bare && normKey(e.name).endsWith(` ${k}`));
      if (bodies.length === 1) return bodies[0];
      // "the Academy" for "Academy of Motion Picture Arts and Sciences": the one body whose name starts with it.
      return this.firstWordOwner(k) ?? this.misspelledSurname(k);
    }
    const short = this.first(`short:${k}`);
    if (short) return short;
    return this.bySignature(name);
  }

  /**
   * Is this bare single word perhaps no name at all: only ever seen opening a sentence, and a common word
   * ("Residents said…")?
   */
  isDoubtful(e: MutableEntity): boolean {
    return e.bare && !e.midSentence && taggedKind(e.name) === null && isCommonWord(e.name);
  }

  /** The only entity whose role or name contains every word of a description ("prime minister"), if exactly one does. */
  describe(description: string): MutableEntity | undefined {
    const words = description.split(/\s+/);
    const hits = this.list.filter((e) => {
      const hay = `${e.role ?? ''} ${[...e.aliases].join(' ')} ${e.name}`.toLowerCase();
      return !e.bare && words.every((w) => hay.includes(w));
    });
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** Records that a person is referred to as "he" or "she": the text says it for sure. */
  setGender(name: string, gender: 'male' | 'female'): void {
    const e = this.lookup(name);
    if (e) this.settleGender(e, gender, true);
  }

  /**
   * Gives an entity a gender: any gender where it has none, and a sure one (a title, a pronoun) over one that was
   * only guessed from the given name.
   */
  settleGender(e: MutableEntity, gender: 'male' | 'female', sure: boolean): void {
    if (!e.gender) {
      e.gender = gender;
      e.genderGuessed = !sure;
    } else if (sure && e.genderGuessed) {
      e.gender = gender;
      e.genderGuessed = false;
    } else if (sure && e.gender === gender) e.genderGuessed = false;
  }

  /** Every entity being built, in the order created (for resolvers that search by kind or role). */
  all(): readonly MutableEntity[] {
    return this.list;
  }

  /**
   * Every entity, in order of first mention. A bare single name that no role, title or full name explains is
   * kept when the word list knows it as a place or body, or when the article writes it inside sentences and it
   * is no common word; a body whose name starts in lower case ("the firm") is no name at all.
   */
  entities(): Entity[] {
    const kept: MutableEntity[] = [];
    for (const e of [...this.list].sort((a, b) => a.firstAt - b.firstAt)) {
      if (/^\p{Ll}/u.test(e.name) && !/^(two|three|four|some|several|many|other)\b/.test(e.name)) continue;
      if (e.bare) {
        const tagged = taggedKind(e.name);
        if (tagged) e.kind = tagged;
        else if (!e.midSentence || isCommonWord(e.name)) continue;
      } else if (e.kind === 'person' && isKnownPlace(e.name)) {
        e.kind = 'place';
      }
      kept.push(e);
    }
    return kept.map((e) => ({
      name: e.name,
      kind: e.kind,
      role: e.role,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      paragraphs: [...e.paragraphs].sort((a, b) => a - b),
    }));
  }
}

/**
 * May `short` abbreviate `name`: are its letters found in the name in order, starting with the name's first
 * letter ("DfT" in "Department for Transport")? "Gas Prices (AAA)" names a source, not the prices.
 */
function abbreviates(short: string, name: string): boolean {
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  const hay = name.toLowerCase();
  if (!letters || hay[0] !== letters[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = hay.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Are two words one insertion, deletion or substitution apart (and not equal)? */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Is a capitalised word a plural common noun ("Residents", "Critics"): a group, not a name? */
export function isPluralCommonNoun(word: string): boolean {
  return /s$/i.test(word) && isCommonWord(word) && !isKnownOrganization(word);
}

/** What the word list makes of a name on its own, or null when it does not know it. */
function taggedKind(name: string): EntityKind | null {
  if (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}\d*$/u.test(name)) return 'organization';
  if (isKnownPlace(name)) return 'place';
  if (isKnownOrganization(name)) return 'organization';
  return null;
}

/**
 * Builds the entity index of an article from its paragraphs (quotations masked: the reporter's words name the
 * people; a name inside a quotation is the speaker's). People named in full come first, so that a bare surname
 * or "Dr. Surname" met earlier folds into the full name whatever the order.
 */
export function buildEntityIndex(
  paragraphs: ReadonlyArray<{ number: number; text: string }>,
  context: NameContext = nameContextOf(paragraphs),
  mask: (text: string) => string = (t) => maskQuotes(t, ' '),
): EntityIndex {
  const index = new EntityIndex();
  const all = paragraphs.flatMap((p) => findMentions(mask(p.text), p.number, context));
  const people = all.filter((m) => m.reading.kind === 'person');
  const fullNames = people.filter((m) => leadingTitles(m.reading.name).rest.includes(' '));
  for (const m of fullNames) index.add(m);
  for (const m of people) if (!fullNames.includes(m)) index.add(m);
  for (const m of all) if (m.reading.kind !== 'person') index.add(m);
  return index;
}

/** Finds the people, bodies and places an article names, with their roles and aliases. */
export function extractEntities(article: Article, _sentences: readonly Sentence[]): Entity[] {
  return buildEntityIndex(article.paragraphs).entities();
}
