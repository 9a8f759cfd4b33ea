import type { EntityKind, Figure, Quote } from '../extract/types.ts';
import { type AnswerContext, memo } from './context.ts';
import { editDistance, namesMatch, nameWords } from './names.ts';

/** A person or body across all articles: how they are named, their roles, their words and their figures. */
export interface Person {
  readonly name: string;
  readonly kind: EntityKind | null;
  readonly roles: readonly string[];
  readonly aliases: readonly string[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  /** Where each article mentions them. */
  readonly mentions: ReadonlyArray<{ readonly article: string; readonly paragraphs: readonly number[] }>;
}

interface Draft {
  name: string;
  kind: EntityKind | null;
  roles: Set<string>;
  aliases: Set<string>;
  quotes: Quote[];
  figures: Figure[];
  mentions: Map<string, Set<number>>;
}

/**
 * Everyone the articles quote, cite as a source of figures, or name, merged by canonical name across articles.
 * Computed once per context. Ordered by how much they say: quotes, then figures, then mentions.
 */
export function people(ctx: AnswerContext): readonly Person[] {
  return memo(ctx, 'people', () => directory(ctx));
}

function directory(ctx: AnswerContext): Person[] {
  const drafts = new Map<string, Draft>();
  const draft = (name: string): Draft => {
    const key = mergeKey(name);
    let d = drafts.get(key);
    if (!d) {
      d = { name, kind: null, roles: new Set(), aliases: new Set(), quotes: [], figures: [], mentions: new Map() };
      drafts.set(key, d);
    } else if (d.name !== name) d.aliases.add(name);
    return d;
  };
  for (const facts of ctx.facts) {
    for (const e of facts.entities) {
      const d = draft(e.name);
      d.kind ??= e.kind;
      if (e.role) d.roles.add(e.role);
      for (const a of e.aliases) d.aliases.add(a);
      const m = d.mentions.get(facts.article) ?? new Set<number>();
      for (const p of e.paragraphs) m.add(p);
      d.mentions.set(facts.article, m);
    }
    for (const q of facts.quotes) {
      if (!q.speaker || q.kind === 'term') continue;
      const d = draft(q.speaker);
      if (q.speakerRole) d.roles.add(q.speakerRole);
      for (const a of q.speakerAliases) d.aliases.add(a);
      d.quotes.push(q);
    }
    for (const f of facts.figures) if (f.claimant) draft(f.claimant).figures.push(f);
  }
  const list: Person[] = [...drafts.values()].map((d) => ({
    name: d.name,
    kind: d.kind,
    roles: [...d.roles],
    aliases: [...d.aliases].filter((a) => a !== d.name),
    quotes: d.quotes,
    figures: d.figures,
    mentions: [...d.mentions].map(([article, ps]) => ({ article, paragraphs: [...ps].sort((a, b) => a - b) })),
  }));
  const weight = (p: Person) =>
    p.quotes.length * 100 + p.figures.length * 10 + p.mentions.reduce((n, m) => n + m.paragraphs.length, 0);
  list.sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
  return list;
}

/**
 * One key for the ways publishers write one person's full name: "Jerome H. Powell" and "Jerome Powell", "António
 * Horta-Osório" and "Antonio Horta-Osorio" (middle initials and accents left out). A one-word name keeps its own key.
 */
function mergeKey(name: string): string {
  const words = nameWords(name);
  const kept = words.filter((w) => w.length > 1);
  return kept.length >= 2 ? kept.join(' ') : words.join(' ');
}

/** Every way a person is named: canonical name, aliases and roles. */
export function namesOf(p: Person): string[] {
  return [p.name, ...p.aliases, ...p.roles];
}

/**
 * The people a query names, best first: an exact canonical name first, then people named by an alias or role
 * ("Kremlin spokesperson"), then partial matches.
 */
export function findPeople(ctx: AnswerContext, query: string): Person[] {
  const all = people(ctx);
  const exact = all.filter((p) => namesMatch(query, [p.name]));
  const other = all.filter((p) => !exact.includes(p) && namesMatch(query, namesOf(p)));
  return [...exact, ...other];
}

/** Edits allowed between an asked word and a name word: none for very short words, about one in four letters. */
function allowedEdits(word: string): number {
  return word.length < 3 ? 0 : Math.max(1, Math.floor(word.length / 4));
}

/**
 * The one person whose name (or alias) is closest to every typed word, within {@link allowedEdits} ("pesckov" →
 * Dmitry Peskov, "Daniel Eck" → Daniel Ek); null when none is, or two are equally close. An exact match is not a
 * misspelling, so it is not returned here.
 */
export function closestPerson(candidates: readonly Person[], words: readonly string[]): Person | null {
  let best = Number.POSITIVE_INFINITY;
  let found: Person[] = [];
  for (const p of candidates) {
    for (const n of [p.name, ...p.aliases]) {
      const ws = nameWords(n);
      let total = 0;
      for (const w of words) {
        const d = Math.min(...ws.map((x) => editDistance(w, x)));
        if (d > allowedEdits(w)) {
          total = Number.POSITIVE_INFINITY;
          break;
        }
        total += d;
      }
      if (total === 0 || total > best) continue; // an exact match is not a misspelling (and was not found)
      if (total < best) {
        best = total;
        found = [];
      }
      if (!found.includes(p)) found.push(p);
    }
  }
  return found.length === 1 ? (found[0] as Person) : null;
}
