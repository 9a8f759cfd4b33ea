/**
 * Child process of the benchmark: starts the briefing service as the bot does (compiled when `npm run build` made a
 * current dist/, else through tsx; articles, facts, stories and index from the caches) and answers one question,
 * then prints its timings as one JSON line. Times count from the process's own start, so they include loading
 * Node and our modules.
 *
 * Usage: node scripts/bench/first-answer.mjs KNOWLEDGE_DIR CACHE_DIR QUESTION
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compiled, load } from '../../bin/run.mjs';

const [knowledgeDir, cacheDir, question] = process.argv.slice(2);
if (!knowledgeDir || !cacheDir || !question) {
  process.stderr.write('usage: first-answer.mjs KNOWLEDGE_DIR CACHE_DIR QUESTION\n');
  process.exit(2);
}
const { createBriefingService } = await load('src/service/index.ts');
const importsMs = performance.now();
const service = await createBriefingService({ knowledgeDir, cacheDir });
const readyMs = performance.now();
const answer = service.answer('search', { question });
const firstAnswerMs = performance.now();
// What serving this knowledge retains, after a full collection.
setFlagsFromString('--expose-gc');
runInNewContext('gc')();
const { heapUsed, rss } = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ importsMs, readyMs, firstAnswerMs, answered: !answer.empty, compiled: compiled(), articles: service.articles().length, heapUsed, rss, peakRss })}\n`,
);
process.exit(0);
