/**
 * Charts through the Slack answer path, with a renderer, an upload and a response_url that record what happens in
 * what order: the text goes first (in the acknowledgement, or through the response_url for a slow command), then the
 * chart is drawn, uploaded once and posted as an image block of that file; sharing posts the same file in the
 * channel; a refused post is tried again; failures are logged and leave the text alone; bursts get no charts.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/types.ts';
import {
  type ChartData,
  ChartError,
  type ChartImage,
  type ChartRenderer,
  type RenderedChart,
} from '../../src/render/charts/index.ts';
import type { BriefingService, CommandName } from '../../src/service/index.ts';
import { handleButton, handleSlash, type SlashRequest } from '../../src/slack/answer.ts';
import { createSlackCharts, type SlackCharts } from '../../src/slack/chart.ts';
import type { Ack, Respond, ResponseBody, SlackContext, SlackPreview } from '../../src/slack/context.ts';
import { encodePageRef, type Reply } from '../../src/slack/messages.ts';
import { Cooldown } from '../../src/workflows/cooldown.ts';
import { PreviewStore } from '../../src/workflows/previews.ts';
import { sampleAnswer } from '../render/answer-fixture.ts';
import { estimatesWith, timelineWith } from '../render/chart-fixtures.ts';

type Json = Record<string, unknown>;
type Body = ResponseBody | { readonly delete_original: true };

/** What happened, in order: acknowledgements, drawings, uploads and posts. */
type Event =
  | { kind: 'ack'; reply: Reply | undefined }
  | { kind: 'draw' }
  | { kind: 'upload' }
  | { kind: 'post'; body: Body };

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

/** Answers `/estimates` and `/timeline` with answers that have charts, anything else with one that has none. */
function service(): BriefingService {
  const answers: Partial<Record<CommandName, Answer>> = { estimates: estimatesWith(4), timeline: timelineWith(5) };
  const answer = (command: CommandName) => answers[command] ?? sampleAnswer({ command });
  return { answer } as Partial<BriefingService> as BriefingService;
}

/** A renderer that draws at once (or fails as told) and records each drawing. */
function renderer(events: Event[], failure?: Error): ChartRenderer {
  return {
    async render(chart: ChartData): Promise<RenderedChart> {
      events.push({ kind: 'draw' });
      if (failure) throw failure;
      return { kind: chart.kind, png: PNG, svg: '<svg/>', alt: `Alt of ${chart.kind}.`, width: 4, height: 2 };
    },
    drawn: () => null,
    close: async () => undefined,
  };
}

interface Harness {
  readonly ctx: SlackContext;
  readonly events: Event[];
  readonly uploads: { image: ChartImage; title: string }[];
  readonly warnings: Json[];
  /** Posts to the response_url fail while this is above zero (each failure counts it down). */
  refuse: number;
}

function harness(options: { failDraw?: Error; failUpload?: number; charts?: boolean } = {}): Harness {
  const events: Event[] = [];
  const uploads: Harness['uploads'] = [];
  const warnings: Json[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line) as Json) });
  let failUploads = options.failUpload ?? 0;
  const charts: SlackCharts = createSlackCharts({
    renderer: renderer(events, options.failDraw),
    upload: async (image, title) => {
      events.push({ kind: 'upload' });
      if (failUploads-- > 0) throw new Error('An API error occurred: ratelimited');
      uploads.push({ image, title });
      return `F0CHART${uploads.length}`;
    },
    logger,
    describe: (error) => (error instanceof Error ? error.message : String(error)),
    retryDelaysMs: [0, 0],
  });
  const ctx: SlackContext = {
    service: service(),
    logger,
    cooldown: new Cooldown(0),
    moderators: [],
    auditLog: '/nonexistent/audit.jsonl',
    previews: new PreviewStore<SlackPreview>(),
    ...(options.charts === false ? {} : { charts }),
  };
  return { ctx, events, uploads, warnings, refuse: 0 };
}

function io(h: Harness, held?: Promise<void>): { ack: Ack; respond: Respond } {
  return {
    ack: async (reply) => {
      await held;
      h.events.push({ kind: 'ack', reply });
    },
    respond: async (body) => {
      h.events.push({ kind: 'post', body });
      if (h.refuse > 0) {
        h.refuse--;
        throw new Error('Failed to respond to the response_url: 404 Not Found');
      }
      return undefined;
    },
  };
}

const NO_MODERATORS = { preview: async () => undefined, isModerator: async () => false };

function slash(text: string, user = 'U0MEMBER'): SlashRequest {
  return { text, command: '/briefing', user, userName: 'member', channel: 'C0NEWS', team: 'T0TEAM' };
}

const kinds = (events: readonly Event[]) => events.map((e) => e.kind);
const posts = (events: readonly Event[]) => events.flatMap((e) => (e.kind === 'post' ? [e.body as Json] : []));
const image = (body: Json | undefined) => (body?.blocks as Json[] | undefined)?.[0];

describe('charts in Slack', () => {
  it('acknowledges /briefing estimates with its text, then draws, uploads and posts the chart privately', async () => {
    const h = harness();
    await handleSlash(h.ctx, slash('estimates vehicles'), io(h), NO_MODERATORS);
    expect(kinds(h.events)).toEqual(['ack', 'draw', 'upload', 'post']);
    const ack = h.events[0];
    expect(ack?.kind === 'ack' && ack.reply?.blocks.some((b) => b.type === 'section')).toBe(true);
    expect(h.uploads[0]?.image).toMatchObject({ png: PNG, filename: 'estimates.png', alt: 'Alt of estimates.' });
    expect(h.uploads[0]?.title).toBe(estimatesWith(4).title);
    const [post] = posts(h.events);
    expect(post).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(image(post)).toMatchObject({
      type: 'image',
      slack_file: { id: 'F0CHART1' },
      alt_text: 'Alt of estimates.',
      title: { type: 'plain_text', text: `Chart: ${estimatesWith(4).title}` },
    });
    expect(h.warnings).toEqual([]);
  });

  it('answers a slow command through its response_url first, then posts its chart there', async () => {
    const h = harness();
    await handleSlash(h.ctx, slash('timeline'), io(h), NO_MODERATORS);
    expect(kinds(h.events)).toEqual(['ack', 'post', 'draw', 'upload', 'post']);
    expect(h.events[0]).toEqual({ kind: 'ack', reply: undefined });
    const [text, chart] = posts(h.events);
    expect(((text?.blocks ?? []) as Json[]).some((b) => b.type === 'section')).toBe(true);
    expect(image(chart)).toMatchObject({ type: 'image', slack_file: { id: 'F0CHART1' }, alt_text: 'Alt of timeline.' });
  });

  it('uploads a chart once: asked again it shows the same file, and sharing the answer posts it in the channel', async () => {
    const h = harness();
    await handleSlash(h.ctx, slash('estimates vehicles'), io(h), NO_MODERATORS);
    await handleSlash(h.ctx, slash('estimates vehicles'), io(h), NO_MODERATORS);
    expect(h.uploads).toHaveLength(1);
    const value = encodePageRef({ command: 'estimates', options: { subject: 'vehicles' }, page: 0 }) ?? undefined;
    h.events.length = 0;
    await handleButton(h.ctx, { actionId: 'share', value, user: 'U0MEMBER', ephemeral: true }, io(h).respond);
    const [shared, removal, chart] = posts(h.events);
    expect(shared?.response_type).toBe('in_channel');
    expect(removal).toEqual({ delete_original: true });
    expect(chart).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(image(chart)).toMatchObject({ slack_file: { id: 'F0CHART1' } });
    expect(h.uploads).toHaveLength(1);
  });

  it('posts nothing more for an answer without a chart, or without a renderer', async () => {
    const h = harness();
    await handleSlash(h.ctx, slash('quotes Peskov'), io(h), NO_MODERATORS);
    expect(kinds(h.events)).toEqual(['ack']);
    const bare = harness({ charts: false });
    await handleSlash(bare.ctx, slash('estimates vehicles'), io(bare), NO_MODERATORS);
    expect(kinds(bare.events)).toEqual(['ack']);
    const one = estimatesWith(1);
    expect(await h.ctx.charts?.post(one, io(h).respond, 'ephemeral')).toBe('none');
  });

  it('tries a post Slack refuses again (an upload still processing), up to three tries in all', async () => {
    const h = harness();
    h.refuse = 2;
    expect(await h.ctx.charts?.post(estimatesWith(4), io(h).respond, 'ephemeral')).toBe('posted');
    expect(posts(h.events)).toHaveLength(3);
    h.events.length = 0;
    h.refuse = 3;
    expect(await h.ctx.charts?.post(estimatesWith(4), io(h).respond, 'ephemeral')).toBe('failed');
    expect(posts(h.events)).toHaveLength(3);
    expect(h.warnings).toMatchObject([{ msg: 'answer sent without its chart', step: 'post', command: 'estimates' }]);
  });

  it('logs a chart that fails to draw or upload, leaves the text as sent, and uploads again next time', async () => {
    const slow = harness({ failDraw: new ChartError('chart took longer than 5000 ms', 'timeout') });
    await handleSlash(slow.ctx, slash('estimates vehicles'), io(slow), NO_MODERATORS);
    expect(kinds(slow.events)).toEqual(['ack', 'draw']);
    expect(slow.warnings).toMatchObject([{ step: 'draw', reason: 'timeout', err: 'chart took longer than 5000 ms' }]);
    const flaky = harness({ failUpload: 1 });
    expect(await flaky.ctx.charts?.post(estimatesWith(4), io(flaky).respond, 'ephemeral')).toBe('failed');
    expect(flaky.warnings).toMatchObject([{ step: 'upload', err: 'An API error occurred: ratelimited' }]);
    expect(await flaky.ctx.charts?.post(estimatesWith(4), io(flaky).respond, 'ephemeral')).toBe('posted');
    expect(kinds(flaky.events)).toEqual(['draw', 'upload', 'draw', 'upload', 'post']);
  });

  it('draws no chart for an answer arriving while more than two are in flight', async () => {
    const h = harness();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const answering = ['U01', 'U02', 'U03'].map((user) =>
      handleSlash(h.ctx, slash('estimates vehicles', user), io(h, held), NO_MODERATORS),
    );
    release();
    await Promise.all(answering);
    expect(kinds(h.events).filter((k) => k === 'ack')).toHaveLength(3);
    expect(kinds(h.events).filter((k) => k === 'draw')).toHaveLength(2);
    expect(h.uploads).toHaveLength(1);
  });
});
