/**
 * The moderators' workflow commands of `/briefing`: one handler per workflow command the catalogue offers in Slack
 * (`ingest`: an article from its web address, through the same ingest path as every front door). Slack's `/ingest`
 * takes no file: a file upload is an event of its own in Slack, not an option of a slash command.
 */
import type { Options } from '../answers/index.ts';
import { describeIngest } from '../workflows/ingest.ts';
import { ingestUrl } from '../workflows/ingest-url.ts';
import type { SlackWorkflowName } from './commands.ts';
import type { SlackContext } from './context.ts';

/** Who ran a workflow command, and where. */
export interface WorkflowRequest {
  readonly user: string;
  readonly userName: string;
  readonly team: string | null;
}

/** A workflow command's handler: its reply to the moderator, as plain text (the caller formats it for Slack). */
export type SlackWorkflow = (ctx: SlackContext, request: WorkflowRequest, options: Options) => Promise<string>;

/** `/briefing ingest <link>`: fetch, read and add the article; the reply says what was saved and found, or why not. */
const ingest: SlackWorkflow = async (ctx, request, options) => {
  const url = options.url;
  if (typeof url !== 'string') return "Give the article's web address: /ingest https://…";
  if (!ctx.ingest) return 'Adding articles is not set up on this app.';
  const result = await ingestUrl(url, {
    knowledgeDir: ctx.ingest.knowledgeDir,
    fetch: ctx.ingest.fetch,
    service: ctx.service,
    auditLog: ctx.auditLog,
    actor: { id: request.user, name: request.userName },
    guild: request.team,
    source: 'url',
  });
  ctx.logger.info(
    result.ok
      ? { article: result.article.id, user: request.user, replaced: result.replaced }
      : { reason: result.reason, user: request.user },
    result.ok ? 'article ingested' : 'article refused',
  );
  return describeIngest(result);
};

/**
 * Handlers of the workflow commands the catalogue offers in Slack, by name. A workflow command offered in Slack adds
 * its name to {@link SlackWorkflowName}, and this map stops compiling until it is given a handler.
 */
export const SLACK_WORKFLOWS: Readonly<Record<SlackWorkflowName, SlackWorkflow>> = { ingest };
