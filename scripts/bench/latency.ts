/**
 * Per-command latency on one knowledge folder, in process: every read command on distinct calls (the bench's
 * {@link distinctCalls}), answer memo off, wall and CPU time per call. A quicker look than `npm run bench` when
 * working on answer speed; with `--answers FILE` it also writes every answer, to check that a change kept them.
 *
 *   npx tsx scripts/bench/latency.ts --knowledge DIR --cache DIR [--calls 40] [--budget-ms 20000] [--answers FILE]
 *     [--questions FILE,FILE] [--only search,who] [--slowest N] [--no-prepare] [--reload]
 *
 * `--reload` then copies one article under a new name, reloads (timing the longest event-loop stall, with the
 * answer preparation that follows it), and removes the copy.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Answer } from '../../src/answers/index.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';
import { createBriefingService } from '../../src/service/index.ts';
import { longestStall, summarise, timed, timedAsync } from './measure.ts';
import { type Call, distinctCalls, readQuestions } from './questions.ts';

const { values } = parseArgs({
  options: {
    knowledge: { type: 'string' },
    cache: { type: 'string' },
    calls: { type: 'string', default: '40' },
    'budget-ms': { type: 'string', default: '20000' },
    answers: { type: 'string' },
    questions: { type: 'string', default: '../shared/eval/questions.json,../shared/eval/stories/questions.json' },
    only: { type: 'string' },
    slowest: { type: 'string', default: '0' },
    'no-prepare': { type: 'boolean', default: false },
    reload: { type: 'boolean', default: false },
  },
});
if (!values.knowledge || !values.cache) throw new Error('--knowledge DIR and --cache DIR are required');

const started = await timedAsync(() =>
  createBriefingService({
    knowledgeDir: values.knowledge as string,
    cacheDir: values.cache,
    answerMemo: false,
    prepareAnswers: !values['no-prepare'],
  }),
);
const service = started.value;
// The answer lookups are built in the background after a load, as the bot does: timed here (wall, CPU, the longest
// event-loop stall meanwhile), then the calls are timed on the prepared service.
const prepared = await longestStall(() => timedAsync(async () => service.prepared?.()));
console.error(
  `prepared in ${prepared.value.ms.toFixed(0)} ms (CPU ${prepared.value.cpuMs.toFixed(0)} ms), longest stall ${prepared.stallMs.toFixed(1)} ms`,
);
const articles = service.articles();
const facts = articles.flatMap((a) => service.factsOf(a.id) ?? []) as ArticleFacts[];
const stories = [...new Map(articles.flatMap((a) => service.storyOf(a.id) ?? []).map((s) => [s.id, s])).values()];
const questions = (await Promise.all((values.questions ?? '').split(',').filter(Boolean).map(readQuestions)))
  .flat()
  .map((q) => q.q);
const perCommand = Number(values.calls);
const only = values.only ? new Set(values.only.split(',')) : null;
const calls = distinctCalls(facts, stories, questions, perCommand + 1).filter((c) => !only || only.has(c.command));
console.error(`service ready in ${started.ms.toFixed(0)} ms; ${articles.length} articles, ${calls.length} calls`);

const byCommand = new Map<string, Call[]>();
for (const call of calls) byCommand.set(call.command, [...(byCommand.get(call.command) ?? []), call]);
const answers: Record<string, Answer[]> = {};
const rows: string[] = [
  '| command | n | wall p50 / p99 / max ms | CPU p50 / p99 / max ms |',
  '| --- | ---: | --- | --- |',
];
const f = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
for (const [command, list] of byCommand) {
  const kept: Answer[] = [];
  const first = list[0] as Call;
  kept.push(service.answer(first.command, first.options)); // warm-up, untimed: fills the per-knowledge lookups
  const wall: number[] = [];
  const cpu: number[] = [];
  const slow: [number, Call][] = [];
  const begun = performance.now();
  for (const call of list.slice(1)) {
    const t = timed(() => service.answer(call.command, call.options));
    wall.push(t.ms);
    slow.push([t.ms, call]);
    cpu.push(t.cpuMs);
    kept.push(t.value);
    if (performance.now() - begun > Number(values['budget-ms'])) break;
  }
  answers[command] = kept;
  const w = summarise(wall);
  const c = summarise(cpu);
  rows.push(
    `| ${command} | ${w.n} | ${f(w.p50)} / ${f(w.p99)} / ${f(w.max)} | ${f(c.p50)} / ${f(c.p99)} / ${f(c.max)} |`,
  );
  console.error(rows.at(-1));
  slow.sort((a, b) => b[0] - a[0]);
  for (const [ms, call] of slow.slice(0, Number(values.slowest)))
    console.error(`    ${ms.toFixed(1)} ms ${JSON.stringify(call.options)}`);
}
console.log(rows.join('\n'));
if (values.answers) await writeFile(values.answers, `${JSON.stringify(answers, null, 1)}\n`);
if (values.reload) {
  const first = articles[0];
  if (!first) throw new Error('no article to copy for the reload');
  const copy = join(values.knowledge as string, 'articles', `zz-reload-copy${extname(first.file)}`);
  await writeFile(
    copy,
    (await readFile(join(values.knowledge as string, 'articles', first.file)))
      .toString()
      .replace(/^title: "(.*)"$/m, 'title: "$1 (copy)"'),
  );
  try {
    const reload = await longestStall(() =>
      timedAsync(async () => {
        const report = await service.reload();
        await service.prepared?.();
        return report;
      }),
    );
    console.log(
      `reload + preparation: ${reload.value.ms.toFixed(0)} ms (CPU ${reload.value.cpuMs.toFixed(0)} ms), longest stall ${reload.stallMs.toFixed(0)} ms; ${reload.value.value.added.length} added, ${reload.value.value.problems.length} problem(s) ${reload.value.value.problems[0]?.message ?? ''}`,
    );
  } finally {
    await unlink(copy);
  }
}
process.exit(0);
