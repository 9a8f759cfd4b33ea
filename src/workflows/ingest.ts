/**
 * Adds an article while the bot runs: validate, refuse duplicates (or, for an article fetched again from its URL,
 * replace the earlier version in place), write it atomically, reload the service (which extracts the new article's
 * facts, once), record it in the audit log. Each step that can fail comes before the one that cannot be undone, and
 * a failure after the write puts the folder back (the new file removed, or the earlier version restored), so a
 * failed ingest leaves the knowledge folder and the served index exactly as they were.
 */
import { unlink } from 'node:fs/promises';
import type { CommandSpec } from '../answers/index.ts';
import {
  type Article,
  type ArticleInput,
  commitArticle,
  type PreparedArticle,
  prepareArticle,
  readArticleFile,
} from '../knowledge/index.ts';
import type { BriefingService, DateMention, Figure, Quote } from '../service/index.ts';
import { type AuditActor, appendAudit } from './audit-log.ts';

/** Longest URL accepted as an option: far above real article addresses, far below Discord's option limit. */
export const URL_OPTION_MAX = 2000;

/**
 * `/ingest`: its entry in the command catalogue. A moderator's workflow, not a read command. Discord takes a web
 * address, a file, or (with neither) a form (see `commands/ingest.ts`); Slack takes an address (`/briefing ingest
 * <link>`, see `src/slack/workflows.ts`); the CLI takes an address or a local file (`briefing ingest <file|url>`,
 * see `src/cli/ingest.ts`).
 */
export const spec = {
  name: 'ingest',
  summary: 'add a news article from its web address, a .md/.txt file, or a form',
  description: 'Add a news article (moderators): give its web address, attach a .md or .txt file, or fill in a form',
  main: 'url',
  options: [
    {
      name: 'url',
      type: 'string',
      description: "The article's web address (the CLI also takes a local .md, .txt or .html file)",
      maxLength: URL_OPTION_MAX,
      doors: ['discord', 'cli', 'slack'],
    },
    {
      name: 'file',
      type: 'attachment',
      description: 'A .md or .txt article up to 1 MB; leave both empty to type one in a form',
      doors: ['discord'],
    },
  ],
  examples: ['/ingest url:https://example.com/news/article', '/ingest file:article.md', '/ingest'],
  moderatorOnly: true,
  visibility: 'private',
  doors: ['discord', 'cli', 'slack'],
} as const satisfies CommandSpec;

/** The story an article joined (the service groups articles into stories as it loads them). */
export interface StoryRef {
  readonly id: string;
  readonly title: string;
}

/** How an article arrived: a Discord attachment or form, a local file, a web address, a feed. */
export type IngestSource = 'attachment' | 'modal' | 'cli' | 'url' | 'feed';

/** Who is ingesting, from where, and where things go. */
export interface IngestOptions {
  readonly knowledgeDir: string;
  readonly service: BriefingService;
  /** Path of the audit log (JSON lines). */
  readonly auditLog: string;
  readonly actor: AuditActor;
  readonly guild: string | null;
  readonly source: IngestSource;
  /**
   * When true, an article whose URL is already served with another text is its updated version: it replaces the
   * earlier one in place (same id, same file) instead of being refused. Default false.
   */
  readonly replaceSameUrl?: boolean;
}

/** A successful ingest: the article as served and what was extracted from it. */
export interface Ingested {
  readonly ok: true;
  readonly article: Article;
  readonly path: string;
  /** True when the article replaced an earlier version of itself (same URL, new text). */
  readonly replaced: boolean;
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  /** The story the article joined, when the story hook is given and knows it. */
  readonly story: StoryRef | null;
  /** Set when the article is in but the audit line could not be written. */
  readonly auditError: string | null;
}

/** Why an ingest did not add or update anything. */
export type IngestFailureReason =
  | 'too-large'
  | 'invalid'
  | 'duplicate'
  | 'unchanged'
  | 'write'
  | 'reload'
  /** The page could not be fetched (refused address, timeout, size, HTTP error…). */
  | 'fetch'
  /** The page was fetched but holds no article (no main text, a PDF, a login wall). */
  | 'not-article';

/** A refused or failed ingest; `message` is meant for the moderator. */
export interface IngestFailure {
  readonly ok: false;
  readonly reason: IngestFailureReason;
  readonly message: string;
  /** For `duplicate` and `unchanged`: the served article it matches. */
  readonly existing?: Article;
}

/** The outcome of {@link ingestArticle}. */
export type IngestResult = Ingested | IngestFailure;

/** Ingests run one at a time, so two moderators adding the same story at once cannot both pass the duplicate check. */
let queue: Promise<unknown> = Promise.resolve();

function reasonText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reloads until the service serves `article` (this version of it); a reload already in flight when the file landed
 * may not include it.
 */
async function reloadUntilServed(service: BriefingService, article: Article): Promise<boolean> {
  for (let i = 0; i < 2; i++) {
    await service.reload();
    if (service.articles().some((a) => a.id === article.id && a.contentHash === article.contentHash)) return true;
  }
  return false;
}

/** Puts the folder back as it was before `prepared` was written: the new file removed, or the old version back. */
async function undo(knowledgeDir: string, prepared: PreparedArticle, path: string, previous: Uint8Array | null) {
  if (prepared.replaces && previous) {
    const old = prepared.replaces;
    await commitArticle(knowledgeDir, { article: old, bytes: previous, replaces: old }).catch(() => undefined);
  } else {
    await unlink(path).catch(() => undefined);
  }
}

async function ingestNow(input: ArticleInput, options: IngestOptions): Promise<IngestResult> {
  const { service } = options;
  const prepared = prepareArticle(input, service.articles(), { replaceSameUrl: options.replaceSameUrl === true });
  if (!prepared.ok) {
    const existing = 'existing' in prepared ? { existing: prepared.existing } : {};
    return { ok: false, reason: prepared.reason, message: prepared.message, ...existing };
  }

  let path: string;
  let previous: Uint8Array | null = null;
  try {
    if (prepared.replaces) previous = await readArticleFile(options.knowledgeDir, prepared.replaces);
    path = await commitArticle(options.knowledgeDir, prepared);
  } catch (error) {
    return { ok: false, reason: 'write', message: `could not write the article: ${reasonText(error)}` };
  }

  // The reload extracts the article's facts (an extractor failure surfaces here and undoes the write).
  let served = false;
  let failure = 'the reloaded index does not contain it';
  try {
    served = await reloadUntilServed(service, prepared.article);
  } catch (error) {
    failure = reasonText(error);
  }
  if (!served) {
    await undo(options.knowledgeDir, prepared, path, previous);
    // Put the served index back in step with the folder; if this fails too, the old index is still serving.
    await service.reload().catch(() => undefined);
    const what = prepared.replaces ? 'updated' : 'added';
    return { ok: false, reason: 'reload', message: `the article was not ${what} (${failure}); nothing changed` };
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
      replaced: prepared.replaces !== undefined,
    });
  } catch (error) {
    auditError = reasonText(error);
  }
  const facts = service.factsOf(prepared.article.id);
  return {
    ok: true,
    article: prepared.article,
    path,
    replaced: prepared.replaces !== undefined,
    quotes: facts?.quotes ?? [],
    figures: facts?.figures ?? [],
    dates: facts?.dates ?? [],
    story: storyRef(service, prepared.article.id),
    auditError,
  };
}

/** The story the service puts an article in, reduced to what replies and announcements name. */
function storyRef(service: BriefingService, article: string): StoryRef | null {
  const story = service.storyOf(article);
  return story ? { id: story.id, title: story.title } : null;
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
  const paragraphs = `${a.paragraphs.length} paragraph${a.paragraphs.length === 1 ? '' : 's'}`;
  const from = [a.meta.publisher, a.meta.byline.join(', '), a.meta.date].filter((x) => x !== null && x !== '');
  const lines = [
    result.replaced
      ? `Updated "${short(title)}" in ${a.file} (${paragraphs}): the new text replaces the earlier version and is searchable now.`
      : `Added "${short(title)}" as ${a.file} (${paragraphs}); it is searchable now.`,
    ...(from.length > 0 ? [`Source: ${from.join(' · ')}`] : []),
    ...(a.meta.url !== null ? [`URL: ${a.meta.url}`] : []),
    ...(result.story ? [`Story: ${short(result.story.title)}`] : []),
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
