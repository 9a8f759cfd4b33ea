/**
 * Prints a seeded random sample of attributions made on real corpus articles that no gold label covers, for a
 * person to read: each quotation with its sentence and speaker, each figure with its sentence, unit and
 * claimant. This is how extraction is checked for fragments given as names ("In the United") and for wrong
 * speakers on publishers' styles the rules were not written on.
 *
 *     npx tsx scripts/sample-attributions.ts --seed 1 --count 100 [--articles 300] [--all 1]
 *
 * `--articles`: how many corpus articles to extract (seeded); `--count`: how many attributions to print;
 * `--all 1`: sample from every quotation and figure, abstentions (null) included, not only the attributed ones.
 */
import { rm } from 'node:fs/promises';
import { extractFacts } from '../src/extract/pipeline.ts';
import type { ArticleFacts } from '../src/extract/types.ts';
import { intOptions, sampleCorpusArticles, seededSample } from './corpus-articles.ts';

interface Line {
  readonly key: string;
  readonly text: string;
}

function linesOf(facts: ArticleFacts, all: boolean): Line[] {
  const out: Line[] = [];
  const where = (p: number) => `${facts.article} ¶${p}`;
  for (const q of facts.quotes) {
    if (q.kind === 'term' || (!all && q.speaker === null)) continue;
    out.push({
      key: `${where(q.paragraph)} q${q.start}`,
      text: `QUOTE   ${where(q.paragraph)} [${q.rule ?? '-'}]\n  sentence: ${q.context}\n  quote:    “${q.text}”\n  speaker:  ${q.speaker ?? '(none)'}${q.speakerRole ? ` — ${q.speakerRole}` : ''}`,
    });
  }
  for (const f of facts.figures) {
    if (!all && f.claimant === null) continue;
    out.push({
      key: `${where(f.paragraph)} f${f.start}`,
      text: `FIGURE  ${where(f.paragraph)}\n  sentence: ${f.context}\n  figure:   ${f.text}  [${f.low ?? '…'}–${f.high ?? '…'}] unit: ${f.unit ?? '(none)'}\n  claimant: ${f.claimant ?? '(reporter)'}`,
    });
  }
  return out;
}

async function main(): Promise<void> {
  const opts = intOptions(process.argv.slice(2), { seed: 1, count: 100, articles: 300, all: 0 });
  const { dir, articles } = await sampleCorpusArticles(opts.articles, opts.seed);
  try {
    const lines = articles.flatMap((a) => linesOf(extractFacts(a), opts.all !== 0));
    const picked = seededSample(lines, opts.count, opts.seed + 1).sort((a, b) => a.key.localeCompare(b.key));
    process.stdout.write(
      `${articles.length} articles, ${lines.length} attributions, ${picked.length} sampled (seed ${opts.seed})\n\n`,
    );
    picked.forEach((l, i) => {
      process.stdout.write(`#${i + 1} ${l.text}\n\n`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
