/**
 * Adds an article while the bot runs: validate, refuse duplicates, write it atomically, reload the service (which
 * extracts the new article's facts, once), record it in the audit log. Each step that can fail comes before the one
 * that cannot be undone, and a failure after the write removes the file again, so a failed ingest leaves the
 * knowledge folder and the served index exactly as they were.
 */
import { unlink } from 'node:fs/promises';
import type { CommandSpec } from '../answers/index.ts';
import { type Article, type ArticleInput, commitArticle, prepareArticle } from '../knowledge/index.ts';
import type { BriefingService, DateMention, Figure, Quote } from '../service/index.ts';
import { type AuditActor, appendAudit } from './audit-log.ts';

/**
 * `/ingest`: its entry in the command catalogue. A moderator's workflow, not a read command: only Discord offers it
 * (with a file, or a form when none is given; see `commands/ingest.ts`).
 */
export const spec = {
  name: 'ingest',
  summary: 'add a news article from a .md or .txt file, or from a form',
  description: 'Add a news article (moderators): attach a .md or .txt file, or fill in a form',
  options: [
    {
      name: 'file',
      type: 'attachment',
      description: 'A .md or .txt article up to 1 MB; leave empty to type one in a form',
    },
  ],
  examples: ['/ingest file:article.md', '/ingest'],
  moderatorOnly: true,
  visibility: 'private',
  doors: ['discord'],
} as const satisfies CommandSpec;

/** Who is ingesting, from where, and where things go. */
export interface IngestOptions {
  readonly knowledgeDir: string;
  readonly service: BriefingService;
  /** Path of the audit log (JSON lines). */
  readonly auditLog: string;
  readonly actor: AuditActor;
  readonly guild: string | null;
  readonly source: 'attachment' | 'modal' | 'cli';
}

/** A successful ingest: the article as served and what was extracted from it. */
export interface Ingested {
  readonly ok: true;
  readonly article: Article;
  readonly path: string;
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  /** Set when the article is in but the audit line could not be written. */
  readonly auditError: string | null;
}

/** A refused or failed ingest; `message` is meant for the moderator. */
export interface IngestFailure {
  readonly ok: false;
  readonly reason: 'too-large' | 'invalid' | 'duplicate' | 'write' | 'reload';
  readonly message: string;
}

/** The outcome of {@link ingestArticle}. */
export type IngestResult = Ingested | IngestFailure;

/** Ingests run one at a time, so two moderators adding the same story at once cannot both pass the duplicate check. */
let queue: Promise<unknown> = Promise.resolve();

function reasonText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reloads until the service serves `id`; a reload already in flight when the file landed may not include it. */
async function reloadUntilServed(service: BriefingService, id: string): Promise<boolean> {
  for (let i = 0; i < 2; i++) {
    await service.reload();
    if (service.articles().some((a) => a.id === id)) return true;
  }
  return false;
}

async function ingestNow(input: ArticleInput, options: IngestOptions): Promise<IngestResult> {
  const { service } = options;
  const prepared = prepareArticle(input, service.articles());
  if (!prepared.ok) return { ok: false, reason: prepared.reason, message: prepared.message };

  let path: string;
  try {
    path = await commitArticle(options.knowledgeDir, prepared);
  } catch (error) {
    return { ok: false, reason: 'write', message: `could not write the article: ${reasonText(error)}` };
  }

  // The reload extracts the article's facts (an extractor failure surfaces here and undoes the write).
  let served = false;
  let failure = 'the reloaded index does not contain it';
  try {
    served = await reloadUntilServed(service, prepared.article.id);
  } catch (error) {
    failure = reasonText(error);
  }
  if (!served) {
    await unlink(path).catch(() => undefined);
    // Put the served index back in step with the folder; if this fails too, the old index is still serving.
    await service.reload().catch(() => undefined);
    return { ok: false, reason: 'reload', message: `the article was not added (${failure}); nothing changed` };
  }

  let auditError: string | null = null;
  try {
    await appendAudit(options.auditLog, {
      kind: 'ingest',
      at: new Date().toISOString(),
      actor: options.actor,
      guild: options.guild,
      article: prepared.article.id,
      file: prepared.article.file,
      title: prepared.article.meta.title,
      url: prepared.article.meta.url,
      contentHash: prepared.article.contentHash,
      source: options.source,
    });
  } catch (error) {
    auditError = reasonText(error);
  }
  const facts = service.factsOf(prepared.article.id);
  return {
    ok: true,
    article: prepared.article,
    path,
    quotes: facts?.quotes ?? [],
    figures: facts?.figures ?? [],
    dates: facts?.dates ?? [],
    auditError,
  };
}

/** Validates, writes and serves one article; see the module comment for the guarantees. Never rejects for bad input. */
export function ingestArticle(input: ArticleInput, options: IngestOptions): Promise<IngestResult> {
  const run = queue.then(() => ingestNow(input, options));
  queue = run.catch(() => undefined);
  return run;
}

/** Examples of each kind of fact shown to the moderator. */
const EXAMPLES = 3;
const EXAMPLE_MAX = 90;

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXAMPLE_MAX ? flat : `${flat.slice(0, EXAMPLE_MAX - 1)}…`;
}

function listed<T>(label: string, items: readonly T[], show: (item: T) => string): string {
  if (items.length === 0) return `${label}: none found`;
  const examples = items.slice(0, EXAMPLES).map((item) => `  • ${show(item)}`);
  const more = items.length > EXAMPLES ? [`  • …and ${items.length - EXAMPLES} more`] : [];
  return [`${label}: ${items.length}`, ...examples, ...more].join('\n');
}

/** A plain-text summary of an ingest for the moderator: what was added and what was extracted, or why not. */
export function describeIngest(result: IngestResult): string {
  if (!result.ok) return `Not added: ${result.message}`;
  const a = result.article;
  const title = a.meta.title ?? a.id;
  const lines = [
    `Added "${short(title)}" as ${a.file} (${a.paragraphs.length} paragraph${a.paragraphs.length === 1 ? '' : 's'}); it is searchable now.`,
    listed('Quotes', result.quotes, (q) => `${q.speaker ?? 'unattributed'}: "${short(q.text)}" (¶${q.paragraph})`),
    listed(
      'Figures',
      result.figures,
      (f) => `${short(f.text)}${f.claimant ? ` — ${f.claimant}` : ''} (¶${f.paragraph})`,
    ),
    listed('Dates', result.dates, (d) => `${short(d.text)}${d.date ? ` → ${d.date}` : ''} (¶${d.paragraph})`),
  ];
  if (result.auditError !== null) lines.push(`Warning: the audit log could not be written (${result.auditError}).`);
  return lines.join('\n');
}
