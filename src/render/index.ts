/**
 * `src/render`: an answer to each platform's format (plain text, Markdown, JSON, Discord embeds and
 * buttons, Slack blocks) within that platform's size limits (`limits.ts`, named once). Renderers never search or
 * re-read anything: they only lay out what the answer holds. May import `src/answers` (its types); never the
 * service, a workflow or a front door. The Discord renderer needs discord.js, so the text front doors import
 * `text.ts`, `markdown.ts` and `json.ts` directly rather than this door, which would load it. Charts (`charts/`) are
 * entered through `charts/index.ts`, which loads no chart library until something is drawn.
 */

export {
  CHART_KINDS,
  ChartError,
  type ChartImage,
  type ChartRenderer,
  chartFilename,
  chartImage,
  chartOf,
  createChartRenderer,
  isChartFilename,
  type RenderedChart,
  renderChart,
} from './charts/index.ts';
export { citationParts, claimantName } from './citation.ts';
export { type DiscordMessage, type DiscordRender, renderDiscord, renderNotice, withImage } from './discord.ts';
export { renderJson, toJsonAnswer } from './json.ts';
export * from './limits.ts';
export { renderMarkdown } from './markdown.ts';
export { pageCount, pageOf } from './page.ts';
export {
  escapeSlack,
  renderSlack,
  renderSlackPage,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
  type SlackPage,
  type SlackPageOptions,
} from './slack.ts';
export { renderText } from './text.ts';
