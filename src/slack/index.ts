/**
 * `src/slack`: the Slack front door, on Bolt: one slash command (`/briefing <command> [options]`, the console's
 * syntax over the command catalogue), `@briefing` mentions (a question for search), private answers with Share in
 * channel and Previous / More, the moderators' preview and Publish (`SLACK_MODERATORS`, audit-logged), over Socket
 * Mode or HTTP. May import every layer below the front doors (answers, render, service, workflows, config,
 * logger); never another front door, the file system or the search index. It loads neither discord.js nor the
 * Discord renderer: it enters `src/render` and `src/workflows` past their doors, to the modules it needs.
 */
export { GENERIC_ERROR, type RunningSlack, type StartSlackOptions, startSlack } from './app.ts';
export {
  type BriefingRequest,
  parseBriefing,
  SLACK_COMMAND_SPECS,
  SLACK_WORKFLOW_SPECS,
  type SlackSpec,
} from './commands.ts';
export type { Ack, Respond, ResponseBody, SlackContext, SlackPreview } from './context.ts';
export { redactSlackSecrets } from './logger.ts';
export { ACTIONS, answerReply, decodePageRef, encodePageRef, type PageRef, type Reply } from './messages.ts';
export { isModerator, MAX_PUBLISHED_PAGES, type SlackApi } from './publish.ts';
export { plainText, SLASH_COMMAND, slackSyntax } from './syntax.ts';
export { SLACK_WORKFLOWS, type SlackWorkflow, type WorkflowRequest } from './workflows.ts';
