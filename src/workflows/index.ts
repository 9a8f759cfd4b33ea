/**
 * `src/workflows`: what changes the knowledge or posts it, shared by the front doors: adding an article while the
 * bot runs (`ingest.ts`; from a web address, `ingest-url.ts`), following RSS and Atom feeds (`feeds/`), which
 * story each channel follows (`follows.ts`), posting an answer to a Discord or Slack webhook with retries, the audit
 * log of both, and
 * the whole command catalogue (`commands.ts`: the read commands plus the workflows' own). May import the layers
 * below (knowledge, web, search, answers, render, service); never `src/extract` (facts come from the service,
 * which loads the extractor lazily) and never a front door. The webhook payloads use the Discord renderer (and so discord.js):
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
export {
  type AnnouncementTargets,
  type Announcer,
  announcementText,
  DEFAULT_ANNOUNCE_MAX,
  describeFeedList,
  describePoll,
  type FeedChange,
  Feeds,
  type FeedsOptions,
  type NewArticle,
  type PollReport,
  parseKeywords,
  spec as feedsSpec,
} from './feeds/index.ts';
export { FollowStore, type FollowsProblem, spec as followSpec } from './follows.ts';
export {
  describeIngest,
  type IngestFailureReason,
  type IngestOptions,
  type IngestResult,
  type IngestSource,
  ingestArticle,
  type StoryRef,
  spec as ingestSpec,
  URL_OPTION_MAX,
} from './ingest.ts';
export { ingestHtml, ingestUrl, pageDraft, type UrlIngestOptions } from './ingest-url.ts';
export { PREVIEW_TTL_MS, type PreviewBase, PreviewStore } from './previews.ts';
export { type DiscordPage, discordPages, webhookBodies } from './webhook-payload.ts';
export * from './webhook-post.ts';
