/**
 * `briefing ingest <file|url>`: adds an article from a web address (fetched and read as `/ingest url:` does) or a
 * local file: `.md` or `.txt` as `/ingest file:` takes them, `.html`/`.htm` read as a fetched page would be. The
 * same ingest path as every front door: validation, duplicates (an article fetched again with a new text is
 * updated in place), atomic write, audit log. A running bot serves it within seconds (live reload).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { loadConfig } from '../config.ts';
import { MAX_ARTICLE_BYTES } from '../knowledge/index.ts';
import { DEFAULT_MAX_BYTES, fetchPolicy } from '../web/index.ts';
import {
  describeIngest,
  type IngestOptions,
  type IngestResult,
  ingestArticle,
  ingestHtml,
  ingestSpec,
  ingestUrl,
} from '../workflows/index.ts';
import { openService } from './answer.ts';
import { UsageError } from './commands.ts';
import { localActor } from './post.ts';
import { parseWorkflowArgs, workflowUsage, workflowUsageFailure } from './workflow.ts';

const NOTES = [
  '',
  'A web address is fetched (http or https; private and loopback addresses are refused unless FETCH_ALLOW_PRIVATE',
  'allows them), its main text read and saved with its title, publisher, byline, date and canonical URL. A local',
  '.md or .txt file is added as it is; a saved .html page is read like a fetched one. Exits 0 when the article was',
  'added, updated or is already there unchanged, 1 when it was refused, 2 on a usage mistake.',
];

/** Reads a local article file, refusing what cannot be one before reading it whole. */
async function readLocal(path: string): Promise<{ name: string; bytes: Uint8Array; html: boolean }> {
  const extension = extname(path).toLowerCase();
  const html = extension === '.html' || extension === '.htm';
  if (!html && !['.md', '.markdown', '.txt'].includes(extension)) {
    throw new UsageError(`"${basename(path)}" is neither a web address nor a .md, .txt or .html file.`);
  }
  const limit = html ? DEFAULT_MAX_BYTES : MAX_ARTICLE_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
  if (size > limit) throw new UsageError(`${path} is ${size} bytes; the limit is ${limit}.`);
  return { name: basename(path), bytes: await readFile(path), html };
}

/** Runs `briefing ingest`; resolves to the exit status. */
export async function runIngest(argv: string[]): Promise<number> {
  try {
    const request = parseWorkflowArgs(ingestSpec, argv);
    if (request.help) {
      process.stdout.write(workflowUsage(ingestSpec, NOTES, 'file|url'));
      return 0;
    }
    const target = request.options.url;
    if (typeof target !== 'string')
      throw new UsageError('give a web address or a file (try: briefing ingest article.md).');
    const config = loadConfig();
    const isUrl = /^https?:\/\//i.test(target);
    const local = isUrl ? null : await readLocal(target);
    const service = await openService(request.knowledge);
    const options: IngestOptions = {
      knowledgeDir: request.knowledge ?? config.knowledgeDir,
      service,
      auditLog: config.auditLog,
      actor: localActor(),
      guild: null,
      source: isUrl ? 'url' : 'cli',
    };
    let result: IngestResult;
    if (local === null) {
      result = await ingestUrl(target, { ...options, fetch: fetchPolicy({ allowPrivate: config.fetchAllowPrivate }) });
    } else if (local.html) {
      result = await ingestHtml(new TextDecoder().decode(local.bytes), options);
    } else {
      result = await ingestArticle({ kind: 'file', name: local.name, bytes: local.bytes }, options);
    }
    process.stdout.write(`${describeIngest(result)}\n`);
    return result.ok || result.reason === 'unchanged' ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) return workflowUsageFailure(ingestSpec, error);
    throw error;
  }
}
