/**
 * `src/discord`: the Discord front door's machinery: the client and its logs, the interaction router, the shared
 * answer path of read commands and the slash-command builder over the catalogue, the moderators' publish flow and
 * settings, deployment. It owns no command list: `commands/` (which imports this folder) holds the commands, and the
 * composition root (`src/main.ts`, `commands/deploy.ts`) passes them in. May import every layer below the front
 * doors (answers, render, service, workflows, config, logger); never `commands/`, `src/cli`, the file system or
 * the search index directly.
 */

export { Cooldown } from '../workflows/index.ts';
export { type RunningBot, type StartBotOptions, startBot } from './bot.ts';
export { answerKeys, PRIVATE_OPTION, slashCommandData } from './builder.ts';
export { createClient, errorForLog, redactSecrets } from './client.ts';
export { decodePageId, encodePageId, type PageRef } from './customId.ts';
export {
  type CommandRegistrar,
  createRest,
  DeployError,
  type DeployResult,
  deployCommands,
  runDeploy,
} from './deploy.ts';
export { isUserError, UserError } from './errors.ts';
export {
  attachmentHosts,
  DISCORD_CDN_HOSTS,
  MODERATOR_PERMISSION,
  type ModerationSettings,
  moderationSettings,
  PUBLISHABLE_CHANNELS,
  requireModerator,
} from './moderation.ts';
export {
  CHANNEL_OPTION,
  handlePublishButton,
  PREVIEW_TTL_MS,
  PreviewStore,
  previewBriefing,
  publishButtonHandler,
} from './publish.ts';
export { answerCommand, completeFocused, readSlashCommand, renderPage, showPage, toChoices } from './respond.ts';
export { createRouter, GENERIC_ERROR, type InteractionHandler, type Router, type RouterOptions } from './router.ts';
export type { CommandContext, CommandData, SlashCommand } from './types.ts';
