import type { EntityKind, Figure, Quote } from '../extract/types.ts';
import { type AnswerContext, memo } from './context.ts';
import { namesMatch } from './names.ts';

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
    let d = drafts.get(name);
    if (!d) {
      d = { name, kind: null, roles: new Set(), aliases: new Set(), quotes: [], figures: [], mentions: new Map() };
      drafts.set(name, d);
    }
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
