import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { extractAll } from '../extract/index.ts';
import type { ArticleFacts } from '../extract/types.ts';
import { type Article, loadKnowledge } from '../knowledge/index.ts';

/** A figure's fields in the facts document, in the contract's order. */
const FIGURE_FIELDS = ['article', 'paragraph', 'text', 'low', 'high', 'unit', 'hedge', 'claimant', 'subject'] as const;

/** The named fields of `from`, in the order given (the order the JSON contract prints them in). */
function pick<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}

/**
 * The facts document: the contract in ../shared/eval/README.md (articles, quotes, figures) plus dates, events and
 * entities. Field names are part of that contract; add, never rename.
 */
export function factsDocument(articles: readonly Article[], facts: readonly ArticleFacts[]) {
  return {
    articles: articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.meta.title,
      publisher: a.meta.publisher,
      byline: a.meta.byline,
      date: a.meta.date,
      url: a.meta.url,
      paragraphs: a.paragraphs.length,
    })),
    quotes: facts.flatMap((f) =>
      f.quotes.map((q) => ({
        ...pick(q, ['article', 'paragraph', 'text', 'speaker']),
        role: q.speakerRole,
        aliases: q.speakerAliases,
        ...pick(q, ['kind', 'rule']),
      })),
    ),
    figures: facts.flatMap((f) => f.figures.map((x) => pick(x, FIGURE_FIELDS))),
    dates: facts.flatMap((f) => f.dates),
    events: facts.flatMap((f) => f.events),
    entities: facts.flatMap((f) => f.entities.map((e) => ({ article: f.article, ...e }))),
  };
}

/** `briefing facts [--json] [--knowledge DIR]`: every extracted fact, as JSON or as text for people. */
export async function runFacts(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      knowledge: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'briefing facts [--json] [--knowledge DIR] [--no-cache]\n  Prints the facts extracted from every article.\n',
    );
    return 0;
  }
  // The folders come from the configuration (KNOWLEDGE_DIR, CACHE_DIR) unless given on the command line.
  const config = loadConfig();
  const { articles, problems } = await loadKnowledge(values.knowledge ?? config.knowledgeDir);
  for (const p of problems) process.stderr.write(`skipped ${p.path}: ${p.message}\n`);
  const cacheDir = values['no-cache'] ? undefined : config.cacheDir;
  const facts = await extractAll(articles, cacheDir ? { cacheDir } : {});
  const doc = factsDocument(articles, facts);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(renderFactsText(doc));
  return 0;
}

function renderFactsText(doc: ReturnType<typeof factsDocument>): string {
  const lines: string[] = [];
  for (const a of doc.articles) {
    const who = [a.publisher, a.byline.join(', '), a.date].filter(Boolean).join(' · ') || 'unattributed article';
    lines.push(`# ${a.title ?? a.id} (${who}; ${a.paragraphs} paragraphs)`);
    lines.push('## Quotes, by speaker');
    const bySpeaker = new Map<string, typeof doc.quotes>();
    for (const q of doc.quotes.filter((x) => x.article === a.id)) {
      const key = q.speaker ? `${q.speaker}${q.role ? `, ${q.role}` : ''}` : 'speaker unknown';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      lines.push(`  ${speaker}`);
      for (const q of quotes) lines.push(`    ¶${q.paragraph} [${q.kind}] “${q.text}”`);
    }
    lines.push('## Figures');
    for (const f of doc.figures.filter((x) => x.article === a.id)) {
      const range = f.low === f.high ? `${f.low}` : `${f.low ?? '…'}–${f.high ?? '…'}`;
      lines.push(
        `  ¶${f.paragraph} ${f.text} = ${range} ${f.unit ?? ''} · ${f.claimant ?? 'reporter'}${f.subject ? ` · ${f.subject}` : ''}`,
      );
    }
    const events = doc.events.filter((x) => x.article === a.id);
    if (events.length > 0) {
      lines.push('## Events');
      for (const e of events) {
        const date = e.date && e.date !== e.value ? ` (${e.date})` : '';
        lines.push(`  ¶${e.paragraph} ${e.aspect}: ${e.value}${date}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
