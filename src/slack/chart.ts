/**
 * Charts in Slack. An `/briefing estimates …` or `/briefing timeline` answer goes out as text first (in the
 * acknowledgement, or through its `response_url`); only then is its chart drawn (by the chart renderer's worker,
 * within its time limit), uploaded as a file shared in no channel (`files.uploadV2` without a channel: nobody sees
 * it until a message shows it), and posted to the same `response_url` as an image block of that file: private like
 * the answer, or in the channel when the answer is shared. A chart that fails is logged; the text answer stands.
 *
 * Slack finishes processing an upload a moment after the upload call returns, and refuses an image block of a file
 * it has not finished; so a refused post is tried again a little later. A `response_url` takes five posts: the text
 * (or a share and its removal) leaves room for the three a chart may use.
 */
import type { Logger } from 'pino';
import type { Answer } from '../answers/index.ts';
import { type ChartImage, type ChartRenderer, chartImage, chartOf } from '../render/charts/index.ts';
import { renderSlackChart } from '../render/slack.ts';
import type { Respond } from './context.ts';

/** Uploads a chart's PNG under a title, shared in no channel, and resolves to the file's id (`F…`). */
export type UploadChart = (image: ChartImage, title: string) => Promise<string>;

/** What {@link createSlackCharts} needs. */
export interface SlackChartsOptions {
  readonly renderer: ChartRenderer;
  readonly upload: UploadChart;
  readonly logger: Logger;
  /** An error as it may be logged (secrets removed). */
  readonly describe: (error: unknown) => string;
  /**
   * Waits, in ms, before each new try of a post Slack refused (an upload it is still processing). Default
   * {@link RETRY_DELAYS_MS}; its length is how many tries follow the first.
   */
  readonly retryDelaysMs?: readonly number[];
  /** Uploaded charts remembered by what they show, so a chart asked again or shared is not uploaded again. */
  readonly cacheSize?: number;
}

/** Waits before the second and third tries of a refused chart post. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2500];

/** Who sees a chart's message: the asker only, or the channel (a shared answer). */
export type ChartAudience = 'ephemeral' | 'in_channel';

/** What became of an answer's chart. */
export type ChartOutcome = 'posted' | 'none' | 'failed';

/** Posts answers' charts after their text. */
export interface SlackCharts {
  /**
   * Draws, uploads (once per chart) and posts the answer's chart through `respond`; `none` when the answer has
   * nothing to compare. Never rejects: a failure is logged and resolves to `failed`.
   */
  post(answer: Answer, respond: Respond, audience: ChartAudience): Promise<ChartOutcome>;
}

/** Which step of a chart failed, for the log. */
class ChartStepError extends Error {
  constructor(
    readonly step: 'draw' | 'upload' | 'post',
    override readonly cause: unknown,
  ) {
    super(step);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Posts `body`, trying again after each of `delays` while Slack refuses it. */
async function postPatiently(respond: Respond, body: Parameters<Respond>[0], delays: readonly number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await respond(body);
      return;
    } catch (error) {
      const wait = delays[attempt];
      if (wait === undefined) throw error;
      await pause(wait);
    }
  }
}

/** Charts for the Slack front door: drawn by `renderer`, uploaded with `upload`, posted to a `response_url`. */
export function createSlackCharts(options: SlackChartsOptions): SlackCharts {
  const { renderer, upload, logger, describe } = options;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const cacheSize = options.cacheSize ?? 32;
  const uploads = new Map<string, Promise<string>>();

  /** The file id of this chart's upload, uploading it the first time it is asked for. */
  const fileOf = (key: string, image: ChartImage, title: string): Promise<string> => {
    const known = uploads.get(key);
    if (known) {
      uploads.delete(key);
      uploads.set(key, known);
      return known;
    }
    const uploading = upload(image, title);
    uploads.set(key, uploading);
    // A failed upload is forgotten, so the next ask tries again.
    uploading.catch(() => {
      if (uploads.get(key) === uploading) uploads.delete(key);
    });
    for (const oldest of uploads.keys()) {
      if (uploads.size <= cacheSize) break;
      uploads.delete(oldest);
    }
    return uploading;
  };

  return {
    async post(answer, respond, audience) {
      const chart = chartOf(answer);
      if (chart === null) return 'none';
      try {
        const image = await chartImage(answer, renderer).catch((error: unknown) => {
          throw new ChartStepError('draw', error);
        });
        if (image === null) return 'none';
        const fileId = await fileOf(JSON.stringify(chart), image, answer.title).catch((error: unknown) => {
          throw new ChartStepError('upload', error);
        });
        const message = renderSlackChart({ fileId, alt: image.alt, title: answer.title });
        await postPatiently(respond, { response_type: audience, replace_original: false, ...message }, delays).catch(
          (error: unknown) => {
            throw new ChartStepError('post', error);
          },
        );
        logger.debug({ command: answer.command, file: fileId, audience }, 'chart posted');
        return 'posted';
      } catch (error) {
        const step = error instanceof ChartStepError ? error.step : 'post';
        const cause = error instanceof ChartStepError ? error.cause : error;
        const reason = cause instanceof Error && 'reason' in cause ? String(cause.reason) : undefined;
        logger.warn(
          { command: answer.command, step, ...(reason ? { reason } : {}), err: describe(cause) },
          'answer sent without its chart',
        );
        return 'failed';
      }
    },
  };
}
