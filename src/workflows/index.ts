/**
 * `src/workflows`: what changes the knowledge or posts it, shared by the front doors: adding an article while the
 * bot runs (`ingest.ts`), which story each channel follows (`follows.ts`), posting an answer to a Discord or Slack webhook with retries, the audit log of both, and
 * the whole command catalogue (`commands.ts`: the read commands plus the workflows' own). May import the layers
 * below (knowledge, answers, render, service); never `src/extract` (facts come from the service, which loads the
 * extractor lazily) and never a front door. The webhook payloads use the Discord renderer (and so discord.js):
 * the CLI imports `commands.ts` directly to keep the console free of it.
 */
export {
  type AuditActor,
  type AuditEntry,
  appendAudit,
  auditOptions,
  type FollowAuditEntry,
  type IngestAuditEntry,
  type Publication,
  type PublishAuditEntry,
  publishEntry,
  readAudit,
} from './audit-log.ts';
export { COMMANDS, WORKFLOW_COMMANDS, type WorkflowCommandName } from './commands.ts';
export { Cooldown } from './cooldown.ts';
export { FollowStore, type FollowsProblem, spec as followSpec } from './follows.ts';
export { describeIngest, type IngestOptions, type IngestResult, ingestArticle, spec as ingestSpec } from './ingest.ts';
export { PREVIEW_TTL_MS, type PreviewBase, PreviewStore } from './previews.ts';
export { type DiscordPage, discordPages, webhookBodies } from './webhook-payload.ts';
export * from './webhook-post.ts';
