import type { Figure } from '../extract/types.ts';
import { figureDocId, fold, termsOf } from '../search/index.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, memo, runSteps, type Stepwise, sortInSteps, stepwise } from './context.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, type Options, textOption } from './options.ts';
import { people } from './people.ts';
import { STORY_OPTION } from './scope.ts';
import { type CommandSpec, TEXT_OPTION_MAX } from './spec.ts';
import type { Answer, FigureValue } from './types.ts';

/** Figures about one subject, from every article. */
export interface FigureGroup {
  readonly subject: string;
  readonly figures: readonly Figure[];
  /** True when the figures measure one subject, not merely share a unit, so they can be compared. */
  readonly comparable: boolean;
  /** True when the figures disagree (different bounds). */
  readonly disputed: boolean;
}

/** Shown where a figure is in the reporter's own voice. */
export const REPORTER = 'the reporter (no source named)';

/** "8,000 to 14,000 troops — Janes". */
export function figureLabel(f: Figure): string {
  return `${f.text} — ${f.claimant ?? REPORTER}`;
}

/** The numbers of a figure, as answer lines carry them for charts. */
export function figureValue(f: Figure): FigureValue {
  return { low: f.low, high: f.high, hedge: f.hedge, unit: f.unit };
}

/** A cited line (item or claim) with the numbers of the figure it states; null stays null. */
function withFigure<T extends object>(line: T | null, f: Figure): (T & { figure: FigureValue }) | null {
  return line === null ? null : { ...line, figure: figureValue(f) };
}

function subjectOf(f: Figure): string {
  return f.subject ?? f.unit ?? 'other figures';
}

function valueKey(f: Figure): string {
  return `${f.low ?? ''}-${f.high ?? ''}-${fold(f.hedge ?? '')}`;
}

/**
 * Groups figures by subject, disputed subjects first, then by how many figures they hold. A subject is disputed
 * when its figures give different bounds, whoever states them; figures with no subject are grouped by unit and
 * never disputed.
 */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  return runSteps(groupingFigures(figures));
}

/** Figures grouped (and the groups sorted) between two yields of {@link groupingFigures}. */
const GROUPING_STEP = 1000;

/** {@link groupFigures} as a generator that yields between steps. */
function* groupingFigures(figures: readonly Figure[]): Generator<void, FigureGroup[], void> {
  const groups = new Map<string, { subject: string; figures: Figure[]; comparable: boolean }>();
  for (const [i, f] of figures.entries()) {
    if (i % GROUPING_STEP === GROUPING_STEP - 1) yield;
    const subject = subjectOf(f);
    const key = fold(subject);
    const comparable = f.subject !== null && fold(f.subject) !== fold(f.unit ?? '');
    const g = groups.get(key) ?? { subject, figures: [], comparable };
    g.figures.push(f);
    groups.set(key, g);
  }
  yield;
  // Figures grouped only by their unit ("miles") measure different things; they cannot disagree.
  const list: FigureGroup[] = [];
  for (const g of groups.values()) {
    if (list.length % GROUPING_STEP === GROUPING_STEP - 1) yield;
    list.push({ ...g, disputed: g.comparable && new Set(g.figures.map(valueKey)).size >= 2 });
  }
  yield;
  return yield* sortInSteps(
    list,
    (a, b) =>
      Number(b.disputed) - Number(a.disputed) ||
      b.figures.length - a.figures.length ||
      a.subject.localeCompare(b.subject),
  );
}

/**
 * Who a claim is from, with the role the articles give them ("Oleksiy Reznikov, Ukraine’s Defense Minister"), so
 * a reader can weigh it; the bare name when no role is known; null for the reporter's own voice.
 */
export function claimantWithRole(ctx: AnswerContext, claimant: string | null): string | null {
  if (claimant === null) return null;
  const roles = memo(ctx, 'roles', () => new Map(people(ctx).map((p) => [p.name, p.roles[0]])));
  const role = roles.get(claimant);
  return role ? `${claimant}, ${role}` : claimant;
}

/** Adds a group's side-by-side comparison to an answer: one claim per distinct value and claimant. */
export function addConflict(b: AnswerBuilder, ctx: AnswerContext, g: FigureGroup): void {
  if (!g.disputed) return;
  const seen = new Set<string>();
  const claims = g.figures.flatMap((f) => {
    const key = `${valueKey(f)}\0${f.claimant ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const who = claimantWithRole(ctx, f.claimant);
    return [withFigure(b.claim(f.text, who, f.context, f) ?? b.claim(f.text, who, f.text, f), f)];
  });
  b.conflict(g.subject, claims);
}

export interface IndexedFigure {
  readonly figure: Figure;
  readonly id: string;
  /** Index terms of the figure's subject, unit, phrase and claimant, computed once per knowledge. */
  readonly terms: ReadonlySet<string>;
}

/** Every figure with its index terms, and which figures hold each term. */
interface FigureTable {
  readonly list: readonly IndexedFigure[];
  /** Positions in `list` (ascending) of the figures holding each index term. */
  readonly byTerm: ReadonlyMap<string, readonly number[]>;
}

function allFigures(ctx: AnswerContext): readonly IndexedFigure[] {
  return figuresBuilder(ctx).value().list;
}

/** Articles whose figures one step of {@link figuresBuilder} reads. */
const FIGURES_STEP = 50;

/**
 * Every figure with its index terms, and the figures by term (so a subject's figures are counted from its terms'
 * lists instead of testing every figure of the archive), to build step by step (see {@link stepwise}).
 */
export function figuresBuilder(ctx: AnswerContext): Stepwise<FigureTable> {
  return stepwise(ctx, 'figures', function* () {
    const list: IndexedFigure[] = [];
    const byTerm = new Map<string, number[]>();
    for (const [n, f] of ctx.facts.entries()) {
      if (n % FIGURES_STEP === FIGURES_STEP - 1) yield;
      for (const [i, figure] of f.figures.entries()) {
        const words = [figure.subject, figure.unit, figure.text, figure.claimant].filter(Boolean).join(' ');
        const terms = new Set(termsOf(words));
        for (const t of terms) {
          const figures = byTerm.get(t);
          if (figures) figures.push(list.length);
          else byTerm.set(t, [list.length]);
        }
        list.push({ figure, id: figureDocId(f.article, i), terms });
      }
    }
    return { list, byTerm };
  });
}

/** Every figure grouped by subject, computed once per knowledge. */
export function allFigureGroups(ctx: AnswerContext): readonly FigureGroup[] {
  return allFigureGroupsBuilder(ctx).value();
}

/** {@link allFigureGroups}, to build step by step (see {@link stepwise}). */
export function allFigureGroupsBuilder(ctx: AnswerContext): Stepwise<readonly FigureGroup[]> {
  // The figures are read at the first step, not now: their own lookup may still be building in steps.
  return stepwise(ctx, 'figure-groups', function* () {
    return yield* groupingFigures(allFigures(ctx).map((a) => a.figure));
  });
}

/**
 * Figures about a subject: those whose subject, unit or phrase hold the most of the query's words; failing that,
 * those the search index finds (typos, words only in the sentence).
 */
function matching(ctx: AnswerContext, subject: string): Figure[] {
  const { list: all, byTerm } = figuresBuilder(ctx).value();
  // How many of the query's distinct terms each figure holds, for the figures holding any.
  const counts = new Map<number, number>();
  let best = 0;
  for (const t of new Set(termsOf(subject))) {
    for (const i of byTerm.get(t) ?? []) {
      const n = (counts.get(i) ?? 0) + 1;
      counts.set(i, n);
      if (n > best) best = n;
    }
  }
  if (best > 0) {
    const kept: number[] = [];
    for (const [i, n] of counts) if (n === best) kept.push(i);
    return kept.sort((a, b) => a - b).map((i) => (all[i] as IndexedFigure).figure);
  }
  const byId = memo(ctx, 'figures-by-id', () => new Map(all.map((a) => [a.id, a.figure])));
  return ctx.index.search(subject, { kinds: ['figure'] }).flatMap((h) => byId.get(h.id) ?? []);
}

/**
 * Figures grouped by subject within each story, never across stories: "percent" in an election and in an earnings
 * report are different subjects. When the groups come from more than one story, each subject names its story.
 */
function groupWithinStories(ctx: AnswerContext, figures: readonly Figure[]): FigureGroup[] {
  if (ctx.scope !== null || ctx.stories.list.length <= 1) return groupFigures(figures);
  const byStory = new Map<string, Figure[]>();
  for (const f of figures) {
    const story = ctx.stories.of(f.article)?.id ?? '';
    const list = byStory.get(story);
    if (list) list.push(f);
    else byStory.set(story, [f]);
  }
  const named = byStory.size > 1;
  const groups = [...byStory].flatMap(([story, list]) => {
    const title = ctx.stories.byId(story)?.title;
    return groupFigures(list).map((g) => (named && title ? { ...g, subject: `${g.subject} · ${title}` } : g));
  });
  return groups.sort(
    (a, b) =>
      Number(b.disputed) - Number(a.disputed) ||
      b.figures.length - a.figures.length ||
      a.subject.localeCompare(b.subject),
  );
}

/** Subjects shown at most by one `/estimates`: the rest are named in a note, to ask for one by one. */
const MAX_SUBJECTS = 12;

/** `/estimates`: its entry in the command catalogue. */
export const spec = {
  name: 'estimates',
  summary: 'figures by subject with their claimants; disagreements side by side',
  description: 'Figures with who claims them; where sources disagree, side by side',
  main: 'subject',
  options: [
    {
      name: 'subject',
      type: 'string',
      description: 'What is counted (e.g. troops)',
      autocomplete: true,
      minLength: 1,
      maxLength: TEXT_OPTION_MAX,
    },
    STORY_OPTION,
  ],
  examples: ['/estimates troops'],
} as const satisfies CommandSpec;

/**
 * `/estimates [subject]`: figures grouped by subject, each with its bounds, claimant and citation; where the
 * claims about one subject disagree, they are set side by side.
 */
export function estimatesAnswer(ctx: AnswerContext, options: Options): Answer {
  const subject = textOption(options, 'subject');
  const b = new AnswerBuilder(ctx, 'estimates', given(options));
  const figures = subject === undefined ? allFigures(ctx).map((a) => a.figure) : matching(ctx, subject);
  const all = groupWithinStories(ctx, figures);
  const groups = all.slice(0, MAX_SUBJECTS);
  if (all.length > groups.length) {
    const rest = all.slice(MAX_SUBJECTS).map((g) => g.subject);
    b.notes.push(`${rest.length} more subject(s): ${rest.slice(0, 10).join('; ')}${rest.length > 10 ? '…' : ''}.`);
    b.suggestions.push(...rest.slice(0, 3).map((s) => `/estimates ${s}`));
  }
  for (const g of groups) addConflict(b, ctx, g);
  // A disputed subject is already shown in full, side by side; listing it again would only repeat it.
  for (const g of groups.filter((x) => !x.disputed)) {
    b.section(
      g.subject,
      g.figures.map((f) => withFigure(b.item(f.context, f, figureLabel(f)) ?? b.item(f.text, f, figureLabel(f)), f)),
      g.comparable,
    );
  }
  if (!b.hasContent) {
    const subjects = allFigureGroups(ctx)
      .slice(0, 3)
      .map((g) => `/estimates ${g.subject}`);
    if (subject === undefined) b.notes.push('No figures were found in the articles.');
    else explainNoMatch(b, ctx, 'figures about', subject, subjects);
  }
  return b.build(subject ? `Estimates: ${subject}` : 'Estimates');
}
