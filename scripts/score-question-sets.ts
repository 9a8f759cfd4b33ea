/**
 * Scores the question sets of `eval/question-sets/` the way `../shared/eval/score.mjs questions` scores the
 * stories set, but in one process: each set names corpus articles (by id in `../shared/corpus/news.jsonl`) and
 * labels chat-style questions with the paragraphs that answer them (or none). The script writes each set's
 * articles as a knowledge folder under `.cache/question-sets/`, asks every question through `/search` as the CLI's
 * `search --json --limit 3` does, and prints per set hit@1, hit@3 and honest no-answers, then one line per
 * question (`HIT1`, `HIT3`, `MISS`, `EMPTY`, `NA_OK`, `NA_BAD`) to the file given by `--out`, for diffing two
 * commits.
 *
 *   npx tsx scripts/score-question-sets.ts [--out FILE] [--corpus FILE] [SET.json …]
 *
 * With no set named, every set of `eval/question-sets/` is scored. The sets are development data: which ones were
 * read (their misses studied) is recorded in `eval/question-sets/README.md`.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { toJsonAnswer } from '../src/render/json.ts';
import { createBriefingService } from '../src/service/index.ts';
import {
  type CorpusArticle,
  type QuestionSet,
  readCorpus,
  readSet,
  setFiles,
  writeSetKnowledge,
} from './question-set-knowledge.ts';

/** The scorer's normalisation (score.mjs `norm`), so a snippet matches a paragraph exactly when it does there. */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033"]/g, '')
    .replace(/\u00A0/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'%.,\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,'-]+|[\s.,'-]+$/g, '');
}

async function scoreSet(set: QuestionSet, corpus: ReadonlyMap<string, CorpusArticle>, lines: string[]) {
  const dir = writeSetKnowledge(set, corpus);
  const service = await createBriefingService({ knowledgeDir: dir, cacheDir: join('.cache', 'question-sets') });
  const stems = new Map(service.articles().map((a) => [a.id, basename(a.file).replace(/\.md$/, '')]));
  const tally = { hit1: 0, hit3: 0, answerable: 0, honest: 0, unanswerable: 0 };
  set.questions.forEach(({ q, expect }, i) => {
    const results = toJsonAnswer(service.answer('search', { question: q, limit: '3' })).results.slice(0, 3);
    let outcome: string;
    if (expect.length === 0) {
      tally.unanswerable++;
      outcome = results.length === 0 ? 'NA_OK' : 'NA_BAD';
      if (results.length === 0) tally.honest++;
    } else {
      tally.answerable++;
      const wanted = expect.map(([id, n]) => norm(corpus.get(id)?.paragraphs[n - 1] ?? ''));
      const rank = results.findIndex((r) => {
        const t = norm(r.text);
        return t.length >= 15 && wanted.some((p) => p.includes(t));
      });
      if (rank === 0) tally.hit1++;
      if (rank >= 0) tally.hit3++;
      outcome = rank === 0 ? 'HIT1' : rank > 0 ? 'HIT3' : results.length === 0 ? 'EMPTY' : 'MISS';
    }
    const top = results[0] ? `${stems.get(results[0].article)}#${results[0].paragraph} ${results[0].text}` : '';
    lines.push([set.name, i + 1, outcome, q, top.replace(/\s+/g, ' ').slice(0, 160)].join('\t'));
  });
  return tally;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, corpus: { type: 'string', default: '../shared/corpus/news.jsonl' } },
  });
  const corpus = readCorpus(values.corpus);
  const files = setFiles(positionals);
  const lines: string[] = [];
  const all = { hit1: 0, hit3: 0, answerable: 0, honest: 0, unanswerable: 0 };
  for (const file of files) {
    const set = readSet(file);
    const t = await scoreSet(set, corpus, lines);
    for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += t[k];
    console.log(
      `${set.name}\thit@1 ${t.hit1}/${t.answerable}\thit@3 ${t.hit3}/${t.answerable}\tno-answer ${t.honest}/${t.unanswerable}`,
    );
  }
  const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(
    `all\thit@1 ${r(all.hit1, all.answerable)} (${all.hit1}/${all.answerable})\thit@3 ${r(all.hit3, all.answerable)} (${all.hit3}/${all.answerable})\tno-answer ${all.honest}/${all.unanswerable}`,
  );
  if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`);
}

await main();
