/**
 * Referents: who a phrase in the article stands for. A name stands for its entity; a pronoun ("she", "it") for
 * the last person or body it agrees with; a definite description ("the firm", "the CFO", "the ministry") for the
 * last entity of that kind; "the statement" for whoever issued it. Everybody met is kept on a timeline in reading
 * order, named or not: a pronoun whose nearest fit is somebody the article never names ("a witness") resolves to
 * nobody rather than to the next name back.
 */
import type { EntityIndex, MutableEntity } from '../entities/index.ts';
import { isPluralCommonNoun } from '../entities/index.ts';
import {
  isCommonWord,
  isPersonNoun,
  NOT_NAMES,
  ORG_HEADS,
  type PhraseReading,
  ROLE_WORDS,
  TITLES,
  wordSet,
} from '../language/index.ts';
import type { EntityKind, Speaker } from '../types.ts';

/** A speaker or claimant resolved to the article's canonical name. */
export interface Resolved extends Speaker {
  /** `organization` also covers groups of people named by role ("two US officials"). */
  readonly kind: EntityKind;
  /** True when a pronoun, a description or "the statement" had to be resolved to reach the name. */
  readonly resolved: boolean;
  readonly gender: 'male' | 'female' | null;
  /** True for a group named by role ("analysts"): a speaker, but no entity of the article. */
  readonly group?: boolean;
}

/** How a referent took part in its sentence; pronouns look first at subjects and speakers. */
export type Part = 'subject' | 'speaker' | 'other';

/** One appearance of somebody on the timeline. `who` is null for somebody the article does not name. */
export interface Appearance {
  readonly at: number;
  readonly paragraph: number;
  readonly part: Part;
  readonly who: Resolved | null;
  /** For an unnamed referent: what the pronoun must agree with. */
  readonly kind: 'person' | 'body' | 'group';
  readonly gender: 'male' | 'female' | null;
}

/** Nouns that describe a body: what a description such as "the firm" may stand for, by kind of body. */
const COMPANY_NOUNS = wordSet(
  'company firm bank lender retailer giant carrier airline business insurer maker manufacturer startup start-up platform chain operator brand conglomerate supplier provider producer developer automaker carmaker chipmaker miner utility exchange fund investor',
);
const MEDIA_NOUNS = wordSet('newspaper paper publisher broadcaster outlet network channel magazine website site');
const PUBLIC_NOUNS = wordSet(
  'ministry department agency government office administration authority authorities regulator commission committee council watchdog court parliament military army navy police service embassy cabinet kremlin legislature',
);
const GENERIC_BODY_NOUNS = wordSet(
  'organization organisation body institution association union charity institute university foundation party academy society club team coalition alliance project initiative consortium campaign movement',
);

type BodyClass = 'company' | 'media' | 'public' | 'generic';

const SPOKES = /^(?:spokes(?:person|man|woman)|representative)$/;

/** Synonyms among public bodies' heads: "the department" may name a ministry and back. */
const SAME_PUBLIC: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['ministry', 'department', 'office']),
  new Set(['military', 'army', 'forces', 'defense', 'defence']),
  new Set(['government', 'administration', 'cabinet', 'kremlin']),
  new Set(['regulator', 'watchdog', 'authority', 'commission', 'agency']),
];

/** What kind of body a description's head noun names, or null when it names a person or nothing known. */
export function bodyNounClass(head: string): BodyClass | null {
  if (COMPANY_NOUNS.has(head)) return 'company';
  if (MEDIA_NOUNS.has(head)) return 'media';
  if (PUBLIC_NOUNS.has(head)) return 'public';
  if (GENERIC_BODY_NOUNS.has(head)) return 'generic';
  return null;
}

/** The kind of body an entity's own name or role says it is ("Department for Transport" → public). */
function entityClass(e: Pick<Resolved, 'name' | 'role' | 'aliases'>): BodyClass | null {
  const words = `${e.role ?? ''} ${e.name}`.toLowerCase().split(/[\s,]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const c = bodyNounClass(words[i] as string);
    if (c) return c;
  }
  return null;
}

/** May a description with this head noun ("bank", "ministry", "organization") stand for this body? */
function bodyAgrees(head: string, e: Resolved): boolean {
  const own = `${e.role ?? ''} ${e.name} ${e.aliases.join(' ')}`.toLowerCase();
  if (new RegExp(`\\b${head}\\b`).test(own)) return true;
  const wanted = bodyNounClass(head);
  const has = entityClass(e);
  if (wanted === 'generic')
    return has === null || has === 'generic' || head === 'organization' || head === 'organisation';
  if (wanted === 'company' || wanted === 'media') return has === null || has === wanted;
  if (wanted === 'public') {
    const group = SAME_PUBLIC.find((g) => g.has(head));
    return group !== undefined && [...group].some((w) => new RegExp(`\\b${w}\\b`).test(own));
  }
  return false;
}

/** May a description of a person ("the CFO", "the transport secretary") stand for this person? */
function personAgrees(words: readonly string[], e: Resolved): boolean {
  const head = words.at(-1) as string;
  const roles = [e.role ?? '', ...e.aliases].join(' ').toLowerCase();
  const stem = officeStem(head);
  if (!roles.split(/[\s,]+/).some((w) => officeStem(w.replace(/['’]s$/, '')) === stem)) return false;
  // "the transport secretary" is not the defence secretary, "the Tesla CEO" not another firm's: every other
  // word must agree too.
  const others = words.slice(0, -1).filter((w) => !['former', 'then', 'new', 'current'].includes(w));
  // "The central bank chief" for the "Federal Reserve chief": a central bank named by its kind.
  const centralBank = CENTRAL_BANK.test(roles);
  return others.every((w) => roles.includes(w.replace(/['’]s$/, '')) || (centralBank && /^(?:central|bank)$/.test(w)));
}

/**
 * One office however news spells it: "co-chairman", "cochairman" and "co-chair" are one; "spokeswoman" and
 * "spokesperson" too. The same article often writes a title two ways, and a description must still find its holder.
 */
function officeStem(word: string): string {
  // Only a suffix after a word of its own: "man" and "person" alone stay what they are.
  return word.replace(/^(co|vice)-/, '$1').replace(/(?<=\p{L}{3})(?:man|woman|person)$/u, '');
}

/** The central banks news names in a role ("Fed chair", "Bank of England governor"). */
const CENTRAL_BANK =
  /\b(?:federal reserve|fed|ecb|european central bank|bank of (?:england|japan|canada|korea)|reserve bank|people's bank|central bank)\b/;

const PLURAL_GROUP =
  /\b(officials|analysts|experts|residents|leaders|diplomats|sources|people|economists|strategists|investors|traders|authorities|critics|lawmakers|officers|workers|employees|researchers|scientists|organisers|organizers|protesters|witnesses|police|media)$/i;

/** Does a name stand for several people ("two US officials", "Residents")? */
export function isGroupName(name: string): boolean {
  return PLURAL_GROUP.test(name) || (/^\p{Lu}\p{Ll}+s$/u.test(name) && isPluralCommonNoun(name));
}

/** A group of people speaking as one without a name of their own ("officials", "residents"). */
function group(name: string): Resolved {
  return { name, role: null, aliases: [], kind: 'organization', resolved: false, gender: null, group: true };
}

/** Canonical speaker for an entity of the index. */
export function fromEntity(e: MutableEntity, resolved: boolean, role: string | null = null): Resolved {
  return {
    name: e.name,
    role: e.role ?? role,
    aliases: [...e.aliases].filter((a) => a !== e.name),
    kind: e.kind,
    resolved,
    gender: e.gender,
  };
}

/** Turns phrase readings into referents on a timeline, resolving pronouns and descriptions against it. */
export class Referents {
  private readonly timeline: Appearance[] = [];
  /** The body that issued the latest statement, report or analysis ("…, according to an analysis by X"). */
  documentIssuer: Resolved | null = null;

  constructor(readonly index: EntityIndex) {}

  /** Records an appearance. */
  note(a: Appearance): void {
    this.timeline.push(a);
  }

  /** The latest appearances, most recent first, back to paragraph `from`. */
  private recent(from: number): Appearance[] {
    const out: Appearance[] = [];
    for (let i = this.timeline.length - 1; i >= 0; i--) {
      const a = this.timeline[i] as Appearance;
      if (a.paragraph < from) break;
      out.push(a);
    }
    return out;
  }

  /**
   * Resolves a reading at paragraph `paragraph`. Returns the referent, `null` for somebody the article does not
   * name (an unresolvable pronoun or description), or `undefined` when the phrase names nobody at all. With
   * `agent`, the reading is the agent of a speech verb, and a full name the index missed joins it; with
   * `trailing`, that verb closes reported words ("…, she said"), so a pronoun goes on with the latest speaker;
   * `sentenceStart` is where the sentence holding the reading begins in its paragraph.
   */
  resolve(
    reading: PhraseReading,
    paragraph: number,
    agent = false,
    trailing = false,
    sentenceStart = 0,
  ): Resolved | null | undefined {
    switch (reading.kind) {
      case 'pronoun':
        return this.pronoun(reading.name, paragraph, trailing, sentenceStart);
      case 'description':
        return reading.indefinite ? null : this.description(reading.name, paragraph);
      case 'statement':
        if (reading.issuer) {
          const issuer = this.resolve(reading.issuer, paragraph);
          return issuer ? { ...issuer, resolved: true } : (issuer ?? null);
        }
        return this.documentIssuer ? { ...this.documentIssuer, resolved: true } : null;
      case 'group':
        return group(reading.name);
      default:
        return this.named(reading, agent ? paragraph : undefined);
    }
  }

  private named(reading: PhraseReading, paragraph?: number): Resolved | null | undefined {
    const hint =
      reading.kind === 'person'
        ? 'person'
        : reading.kind === 'organization' || reading.kind === 'place'
          ? 'body'
          : undefined;
    const entity = this.index.lookup(reading.name, hint);
    if (entity && this.index.isDoubtful(entity)) {
      // "Residents said…": a plural common noun opening the sentence is a group of speakers.
      if (!isPluralCommonNoun(entity.name)) return undefined;
      return group(entity.name);
    }
    if (entity) {
      const r = fromEntity(entity, false, reading.role);
      const gender = reading.gender ?? entity.gender;
      if (gender && entity.kind === 'person') this.index.settleGender(entity, gender, false);
      return { ...r, gender };
    }
    // The agent of a speech verb that the index missed ("…Kevin Hassett warned"): a full name or a body's name
    // read at the verb is an entity too. A bare word the index does not know is not.
    if (
      paragraph !== undefined &&
      ((reading.kind === 'person' && reading.name.includes(' ')) ||
        (reading.kind === 'organization' && /^\p{Lu}/u.test(reading.name)))
    ) {
      this.index.add({ paragraph, start: 0, end: 0, reading, sentenceInitial: false });
      const added = this.index.lookup(reading.name);
      if (added) return fromEntity(added, false, reading.role);
    }
    return undefined;
  }

  /** he/she: the last person who agrees; it: the last body; they: the last group or body. */
  private pronoun(word: string, paragraph: number, trailing = false, sentenceStart = 0): Resolved | null {
    // Subjects and speakers of the last few paragraphs first, then anybody named in this or the last paragraph.
    const wide = this.recent(paragraph - 6).filter((a) => a.part !== 'other');
    const near = this.recent(paragraph - 1).filter((a) => a.part === 'other');
    // The gender as the article has told it so far: an earlier appearance keeps the gender known when it was made.
    const genderNow = (a: Appearance) => {
      const entity = a.who && a.who.kind === 'person' ? this.index.lookup(a.who.name) : undefined;
      return entity ? { gender: entity.gender, guessed: entity.genderGuessed === true } : null;
    };
    const fits = (a: Appearance): boolean => {
      const gender = genderNow(a)?.gender ?? a.who?.gender ?? a.gender;
      if (word === 'he' || word === 'she') {
        if (a.kind !== 'person') return false;
        return gender === null || gender === (word === 'he' ? 'male' : 'female');
      }
      if (word === 'it') return a.kind === 'body';
      if (word === 'they') {
        return (
          a.kind === 'group' ||
          (a.kind === 'body' && a.who?.kind !== 'place') ||
          (a.kind === 'person' && a.who === null)
        );
      }
      return false;
    };
    // "It says" after a company and a country: the company (a country is "it" only when nothing else fits).
    const notPlace = (a: Appearance) => fits(a) && a.who?.kind !== 'place';
    // "they said" after analysts and a body: the group, the people named by role, before any body.
    const people = (a: Appearance) => fits(a) && a.kind !== 'body';
    // "she said" after several paragraphs that name nobody (a fact box, background): the last person further back.
    const far =
      (word === 'he' || word === 'she') && !this.recent(paragraph - 6).some((a) => a.kind === 'person')
        ? this.recent(paragraph - 12).filter((a) => a.part !== 'other' && fits(a))[0]
        : undefined;
    // "…, she said." after reported words: the latest speaker of this or the last paragraph, if she agrees.
    // The subject of an earlier sentence of this paragraph, named after that speaker, outranks them ("Mr. Taylor
    // addressed employees. '…,' he said"); not one of the same sentence ("… because Ms. Holmes had …, she said").
    // A place is no such subject: a dateline opens many paragraphs ("Santo Domingo, Dominican Republic (CNN)").
    const opened = (a: Appearance) =>
      a.part === 'subject' && a.paragraph === paragraph && a.at < sentenceStart && a.who?.kind !== 'place';
    const speaker = trailing
      ? this.recent(paragraph - 1).find((a) => (a.part === 'speaker' || opened(a)) && fits(a))
      : undefined;
    // The one person a stretch of text names, who outweighs a fitting speaker named before it: "… drew a response
    // from Dmitry Medvedev, Russia's former president." / "'…,' he tweeted" (the last paragraph), or "… was
    // reiterated by Sen. Elizabeth Warren, one of … She called …" (an earlier sentence of this one).
    const onlyPerson = (stretch: readonly Appearance[], before: number): Appearance | undefined => {
      const persons = stretch.filter((a) => a.kind === 'person' && a.who !== null);
      const fitting = persons.filter(fits);
      const older = wide.find(fits);
      return new Set(persons.map((a) => a.who?.name)).size === 1 && older !== undefined && older.paragraph < before
        ? fitting[0]
        : undefined;
    };
    const personal = word === 'he' || word === 'she';
    const introduced = personal
      ? ((sentenceStart > 0
          ? onlyPerson(
              this.recent(paragraph).filter((a) => a.paragraph === paragraph && a.at < sentenceStart),
              paragraph,
            )
          : undefined) ??
        onlyPerson(
          this.recent(paragraph - 1).filter((a) => a.paragraph === paragraph - 1),
          paragraph - 1,
        ))
      : undefined;
    const usual =
      introduced ??
      (word === 'it'
        ? (wide.find(notPlace) ?? near.find(notPlace) ?? wide.find(fits))
        : word === 'they'
          ? (wide.find(people) ?? near.find(people) ?? wide.find(fits) ?? near.find(fits))
          : (wide.find(fits) ?? near.find(fits)));
    // Nobody agrees: the text's "she" outweighs a gender guessed from the given name alone ("Dan Wang … she said").
    const guessed =
      word === 'he' || word === 'she'
        ? wide.find((a) => a.kind === 'person' && a.who !== null && genderNow(a)?.guessed === true)
        : undefined;
    const hit = speaker ?? far ?? usual ?? guessed;
    if (!hit) return null;
    if (!hit.who) return null;
    if (word !== 'he' && word !== 'she') return { ...hit.who, resolved: true };
    // The text's pronoun settles the gender, whether it agrees with the name's usual one or overrules it.
    this.index.setGender(hit.who.name, word === 'he' ? 'male' : 'female');
    return { ...hit.who, gender: this.index.lookup(hit.who.name)?.gender ?? hit.who.gender, resolved: true };
  }

  /**
   * "the firm", "the ministry", "the CFO": the last entity the description fits, or null; undefined when the
   * description names no person or body at all ("news reports").
   */
  private description(text: string, paragraph: number): Resolved | null | undefined {
    const words = text
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(w));
    const head = words.at(-1);
    if (!head) return null;
    const named = (a: Appearance) => a.who !== null && !a.who.group && a.who.kind !== 'place';
    // Subjects and speakers first: "the firm" stands for the company the story is about, not one it mentions
    // in passing (those only from this paragraph and the last).
    const window = [
      ...this.recent(paragraph - 6).filter((a) => named(a) && a.part !== 'other'),
      ...this.recent(paragraph - 1).filter((a) => named(a) && a.part === 'other'),
    ];
    if (bodyNounClass(head) !== null || ORG_HEADS.has(head)) {
      const hit = window.find((a) => a.kind === 'body' && bodyAgrees(head, a.who as Resolved));
      if (hit) return { ...(hit.who as Resolved), resolved: true };
      // A first mention by description ("the civil protection agency") names a body well enough.
      if (words.length >= 2 && ORG_HEADS.has(head) && !bodyNounClass(head)) return null;
      return words.length >= 2 && PUBLIC_NOUNS.has(head) && words.some((w) => !ROLE_WORDS.has(w) && w !== head)
        ? { name: words.join(' '), role: null, aliases: [], kind: 'organization', resolved: false, gender: null }
        : null;
    }
    if (isPersonNoun(head)) {
      const hit = window.find((a) => a.kind === 'person' && personAgrees(words, a.who as Resolved));
      if (hit) return { ...(hit.who as Resolved), resolved: true };
      // "the Prime Minister" named earlier in the article but not lately: the only person with that role.
      const people = this.index.all().filter((e) => e.kind === 'person' && personAgrees(words, fromEntity(e, true)));
      if (people.length === 1) return fromEntity(people[0] as MutableEntity, true);
      // "the Tesla CEO" names another body's officer: no epithet for whoever spoke last.
      const namesOther = words
        .slice(0, -1)
        .map((w) => w.replace(/['’]s$/, ''))
        .some((w) => !isCommonWord(w) && !NOT_NAMES.has(w) && this.index.lookup(w) !== undefined);
      // A title ("the foreign minister") names an office, which somebody else may hold: no epithet either.
      return namesOther || TITLES.has(head) ? null : this.epithet(head, paragraph);
    }
    return undefined;
  }

  /**
   * "the oil industry insider explained", "the central bank official said": a definite description of a person
   * stands for the person who has just been the subject or speaker, in this paragraph or the last; "the
   * spokesperson said" for the body that has just spoken. Somebody unnamed in between ("a witness") wins, so
   * the description then stands for nobody.
   */
  private epithet(head: string, paragraph: number): Resolved | null {
    const recent = this.recent(paragraph - 1).filter((a) => a.part !== 'other');
    if (SPOKES.test(head)) {
      const body = recent.find((a) => a.kind === 'body' || a.kind === 'person');
      return body?.who && body.kind === 'body' ? { ...body.who, resolved: true } : null;
    }
    const last = recent.find((a) => a.kind === 'person');
    return last?.who ? { ...last.who, resolved: true } : null;
  }
}
