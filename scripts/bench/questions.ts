import { readFile } from 'node:fs/promises';
import { READ_COMMANDS } from '../../src/answers/index.ts';
import { parseSlash } from '../../src/cli/index.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';
import type { CommandName, CommandOptions } from '../../src/service/types.ts';
import type { Story } from '../../src/stories/index.ts';

/** A labelled question: the paragraphs (`[article, paragraph]`) that answer it. */
export interface LabelledQuestion {
  readonly q: string;
  readonly expect: readonly (readonly [string, number])[];
}

/** One call of the fixed mix: a command and its options, as a front door would pass them. */
export interface Call {
  readonly command: CommandName;
  readonly options: CommandOptions;
}

/** Reads the labelled questions file (`../shared/eval/questions.json`); an unreadable file yields none. */
export async function readQuestions(path: string): Promise<LabelledQuestion[]> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter(
      (x): x is LabelledQuestion =>
        typeof x === 'object' && x !== null && typeof x.q === 'string' && Array.isArray(x.expect),
    );
  } catch {
    return [];
  }
}

/** Aspects of `/drills`, cycled through its calls. */
const DRILL_ASPECTS = ['name', 'dates', 'locations', 'forces', 'naval'];

/** A catalogue example as a call, parsed as the console parses it. */
function exampleCall(example: string): Call {
  const line = parseSlash(example);
  if (line.kind !== 'command') throw new Error(`example "${example}" is not a command`);
  return { command: line.command, options: line.options };
}

/**
 * The words of a call as a plain search engine would get them: the options' text, or the command's name when it
 * has none (`/brief` → "brief"), so the baseline runs one query per call of the mix.
 */
export function baselineQuery(call: Call): string {
  const words = Object.entries(call.options)
    .filter(([key, v]) => key !== 'limit' && typeof v === 'string')
    .map(([, v]) => v as string);
  return words.length > 0 ? words.join(' ') : call.command;
}

/** Occurrences of each value, most frequent first (ties by value), at most `limit`. */
function ranked(values: Iterable<string>, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([v]) => v);
}

/**
 * Distinct calls for every command, drawn from the archive itself: the labelled questions and free questions built
 * from its most quoted people, its most named people and organisations and its figure subjects; its stories for the
 * story option; unknown names for the no-match paths. No call repeats within a command (except `/help`, which has
 * no options), so with the answer memo off every timed call is a real answer.
 */
export function distinctCalls(
  facts: readonly ArticleFacts[],
  stories: readonly Story[],
  questions: readonly string[],
  perCommand: number,
): Call[] {
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const speakers = ranked(
    facts.flatMap((f) => f.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))),
    perCommand,
  );
  const named = ranked(
    facts.flatMap((f) => f.entities.filter((e) => e.kind === 'person' || e.kind === 'organization').map((e) => e.name)),
    perCommand,
  );
  const subjects = ranked(
    facts.flatMap((f) => f.figures.flatMap((x) => (x.subject ? [x.subject] : []))),
    perCommand,
  );
  const storyIds = [...stories].sort((a, b) => b.articles.length - a.articles.length).map((s) => s.id);
  const at = <T>(list: readonly T[], i: number): T | undefined =>
    list.length === 0 ? undefined : list[i % list.length];
  const out: Call[] = [];
  const add = (command: CommandName, made: (i: number) => CommandOptions | undefined) => {
    const seen = new Set<string>();
    for (let i = 0; seen.size < perCommand && i < perCommand * 3; i++) {
      const options = made(i);
      if (!options) continue;
      const key = JSON.stringify(options);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ command, options });
    }
  };
  const free = [
    ...new Set([
      ...questions,
      ...subjects.map((s) => `how many ${s}`),
      ...speakers.map((s) => `what did ${surname(s)} say`),
      ...named.map((n) => `who is ${n}`),
      'zzzz no such thing',
    ]),
  ];
  add('search', (i) => (i < free.length ? { question: free[i] } : { question: at(free, i), story: at(storyIds, i) }));
  add('who', (i) => ({ name: i === 0 ? 'Nobody Inparticular' : (at(named, i) ?? 'NATO') }));
  add('quotes', (i) =>
    i % 3 === 0
      ? { speaker: surname(at(speakers, i) ?? 'Peskov') }
      : i % 3 === 1
        ? { topic: at(subjects, i) ?? 'threats' }
        : { speaker: surname(at(speakers, i) ?? 'Peskov'), topic: at(subjects, i + 1) ?? 'drills' },
  );
  add('estimates', (i) =>
    i % 2 === 0 ? { subject: at(subjects, i) } : { subject: at(subjects, i), story: at(storyIds, i) },
  );
  add('drills', (i) => (i === 0 ? {} : { story: at(storyIds, i), aspect: at(DRILL_ASPECTS, i) }));
  for (const command of ['timeline', 'brief', 'sources'] as const)
    add(command, (i) => (i === 0 ? {} : { story: at(storyIds, i) }));
  add('stories', (i) => ({ page: i + 1, limit: 10 }));
  add('help', () => ({}));
  // A command added to the catalogue later is still measured, on its catalogue examples.
  const covered = new Set(out.map((c) => c.command));
  for (const { spec } of READ_COMMANDS) {
    if (!covered.has(spec.name)) for (const example of spec.examples) out.push(exampleCall(example));
  }
  return out;
}
