/**
 * Charts on Discord: the PNG of an answer's chart attached to its message, with the chart's alt text as the
 * attachment's description. The text answer never waits for it before Discord's acknowledgement: a reply goes out at
 * once, with its chart in the embed only when that chart was drawn already (asked before); an answer already
 * acknowledged ("thinking…") waits for its chart briefly. Otherwise the chart follows by an edit that only adds the
 * file, so an edit arriving after the reader paged on changes no text. Charts are drawn only in a calm moment (see
 * `respond.ts`): in a burst, answers go out as text.
 */
import type { AttachmentPayload, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Answer } from '../answers/index.ts';
import {
  ATTACHMENT_DESCRIPTION_MAX,
  type ChartRenderer,
  chartFilename,
  chartOf,
  type DiscordMessage,
  isChartFilename,
  type RenderedChart,
  withImage,
} from '../render/index.ts';

/**
 * Longest wait of an acknowledged answer for its chart before it goes out without it (a warm worker draws one in
 * about 0.2 s).
 */
export const CHART_WAIT_MS = 800;

/** A chart being drawn for one answer. */
export interface PendingChart {
  readonly filename: string;
  readonly drawing: Promise<RenderedChart>;
  /** The chart at once when it was drawn before (from the renderer's cache), else null. */
  readonly drawn: RenderedChart | null;
}

/** Starts drawing an answer's chart; null when there is no renderer or nothing to compare. */
export function startChart(charts: ChartRenderer | undefined, answer: Answer): PendingChart | null {
  const chart = charts ? chartOf(answer) : null;
  if (!charts || !chart) return null;
  const drawing = charts.render(chart);
  // Whoever waits for it handles a failure; a drawing nobody waits for any more must not be an unhandled rejection.
  drawing.catch(() => undefined);
  return { filename: chartFilename(chart), drawing, drawn: charts.drawn(chart) };
}

/**
 * The chart to send with the answer. A reply not yet acknowledged takes only a chart drawn before: a timer set now
 * can fire seconds late when a burst of answers holds the thread, and the acknowledgement must not wait on it. An
 * acknowledged answer waits up to {@link CHART_WAIT_MS}.
 */
export function chartForAnswer(pending: PendingChart, acknowledged: boolean): Promise<RenderedChart | null> {
  if (pending.drawn || !acknowledged) return Promise.resolve(pending.drawn);
  return readyWithin(pending, CHART_WAIT_MS);
}

/** The chart if it is drawn within `ms`; null when it is not ready by then or failed. */
export async function readyWithin(pending: PendingChart, ms: number): Promise<RenderedChart | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([pending.drawing.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The PNG as a file to upload, described by the chart's alt text. */
export function chartFile(chart: RenderedChart, filename: string): AttachmentPayload {
  return {
    attachment: Buffer.from(chart.png),
    name: filename,
    description: chart.alt.slice(0, ATTACHMENT_DESCRIPTION_MAX),
  };
}

/** A message with the chart attached and shown in its embed. */
export function withChart<T extends DiscordMessage>(message: T, chart: RenderedChart, filename: string) {
  return { ...withImage(message, filename), files: [chartFile(chart, filename)] };
}

/**
 * Adds the chart to an answer already sent without it, when it is drawn: an edit of the reply that uploads the file
 * and changes nothing else. A failure or a chart over the time limit is logged; the text answer stands.
 */
export async function attachWhenDrawn(
  interaction: ChatInputCommandInteraction,
  pending: PendingChart,
  logger: Logger,
): Promise<void> {
  try {
    const chart = await pending.drawing;
    await interaction.editReply({ files: [chartFile(chart, pending.filename)], allowedMentions: { parse: [] } });
  } catch (error) {
    const reason = error instanceof Error && 'reason' in error ? String(error.reason) : 'send';
    logger.warn(
      { command: interaction.commandName, reason, err: error instanceof Error ? error.message : String(error) },
      'answer sent without its chart',
    );
  }
}

/** The name of the chart a message carries (an attachment named as a chart's file), or null. */
function chartAttachment(message: ButtonInteraction['message'] | null | undefined): string | null {
  for (const attachment of message?.attachments?.values() ?? []) {
    if (isChartFilename(attachment.name)) return attachment.name;
  }
  return null;
}

/**
 * A page shown in place of another on the same message keeps showing the message's chart in its embed: the file
 * stays attached through the edit (no `attachments` are sent), only the embed's reference to it is rendered anew.
 */
export function keepChart<T extends DiscordMessage>(message: T, source: ButtonInteraction['message'] | null): T {
  const name = chartAttachment(source);
  return name ? withImage(message, name) : message;
}
