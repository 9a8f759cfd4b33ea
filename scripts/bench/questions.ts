import { readFile } from 'node:fs/promises';
import { READ_COMMANDS } from '../../src/answers/index.ts';
import { parseSlash } from '../../src/cli/index.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';
import type { CommandName, CommandOptions } from '../../src/service/types.ts';

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

/** Free questions of the kinds readers ask, beyond the labelled ones; none names an article. */
const EXTRA_QUESTIONS = [
  'how many troops',
  'when do the drills end',
  'what did the defense ministry say',
  'how far is the capital from the border',
  'naval exercises in the sea',
  'sanctions',
  'zzzz no such thing',
];

/** Commands whose calls are built from the corpus below. */
const FROM_CORPUS: ReadonlySet<CommandName> = new Set(['search', 'who', 'quotes']);

/**
 * Options of commands that do not depend on the corpus: typical, rare and unmatched values. A command not listed
 * here (nor built from the corpus) is called as its catalogue examples show, so every command is measured.
 */
const FIXED: Partial<Readonly<Record<CommandName, readonly CommandOptions[]>>> = {
  drills: [
    {},
    { aspect: 'name' },
    { aspect: 'dates' },
    { aspect: 'locations' },
    { aspect: 'forces' },
    { aspect: 'naval' },
  ],
  estimates: [
    {},
    { subject: 'troops' },
    { subject: 'miles' },
    { subject: 'percent' },
    { subject: 'warships' },
    { subject: 'unicorns' },
  ],
  sources: [{}],
  timeline: [{}, { limit: 10 }],
  brief: [{}],
  help: [{}],
};

/** A catalogue example as a call, parsed as the console parses it. */
function exampleCall(example: string): Call {
  const line = parseSlash(example);
  if (line.kind !== 'command') throw new Error(`example "${example}" is not a command`);
  return { command: line.command, options: line.options };
}

/**
 * The fixed mix of calls for every command. Speakers for `who` and `quotes` are the most quoted in the corpus
 * (ties broken by name), so the mix is the same for the same corpus and always exercises real matches, plus an
 * unknown name for the no-match path.
 */
export function callMix(facts: readonly ArticleFacts[], questions: readonly LabelledQuestion[]): Call[] {
  const counts = new Map<string, number>();
  for (const f of facts)
    for (const q of f.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const speakers = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([name]) => name);
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const calls: Call[] = [];
  for (const { spec } of READ_COMMANDS) {
    if (FROM_CORPUS.has(spec.name)) continue;
    const fixed = FIXED[spec.name];
    if (fixed) for (const options of fixed) calls.push({ command: spec.name, options });
    else for (const example of spec.examples) calls.push(exampleCall(example));
  }
  for (const q of [...questions.map((x) => x.q), ...EXTRA_QUESTIONS])
    calls.push({ command: 'search', options: { question: q } });
  for (const name of [...speakers.map(surname), 'NATO', 'Nobody Inparticular']) {
    calls.push({ command: 'who', options: { name } });
  }
  calls.push({ command: 'quotes', options: {} });
  calls.push({ command: 'quotes', options: { topic: 'threats' } });
  for (const name of speakers) calls.push({ command: 'quotes', options: { speaker: surname(name) } });
  calls.push({ command: 'quotes', options: { speaker: speakers[0] ? surname(speakers[0]) : 'NATO', topic: 'drills' } });
  return calls;
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
