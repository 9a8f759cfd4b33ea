/**
 * Child process of the benchmark: starts the briefing service as the bot does (articles, facts from the cache,
 * index from its snapshot) and answers one question, then prints its timings as one JSON line. Times count from
 * the process's own start (`performance.timeOrigin`), so they include loading Node, tsx and our modules.
 *
 * Usage: tsx scripts/bench/first-answer.ts KNOWLEDGE_DIR CACHE_DIR QUESTION
 */
import { performance } from 'node:perf_hooks';

const [knowledgeDir, cacheDir, question] = process.argv.slice(2);
if (!knowledgeDir || !cacheDir || !question) {
  process.stderr.write('usage: first-answer.ts KNOWLEDGE_DIR CACHE_DIR QUESTION\n');
  process.exit(2);
}
const { createBriefingService } = await import('../../src/service/index.ts');
const importsMs = performance.now();
const service = await createBriefingService({ knowledgeDir, cacheDir });
const readyMs = performance.now();
const answer = service.answer('search', { question });
const firstAnswerMs = performance.now();
const { memory } = await import('./measure.ts');
const { heapUsed, rss } = memory(); // after a full collection: what serving this knowledge retains
process.stdout.write(
  `${JSON.stringify({ importsMs, readyMs, firstAnswerMs, answered: !answer.empty, articles: service.articles().length, heapUsed, rss })}\n`,
);
