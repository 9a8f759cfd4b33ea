/**
 * Charts through the Discord answer path, with a renderer whose drawings the test releases: the chart goes out
 * with the answer when ready in time, follows by an edit that adds only the file when late, is left out (and
 * logged) when drawing fails, and stays in the embed when the message is paged.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Answer } from '../../src/answers/types.ts';
import { CHART_WAIT_MS, chartWait } from '../../src/discord/chart.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { createRouter } from '../../src/discord/router.ts';
import { type ChartData, ChartError, type ChartRenderer, type RenderedChart } from '../../src/render/charts/index.ts';
import type { CommandName, CommandOptions } from '../../src/service/types.ts';
import { estimatesWith } from '../render/chart-fixtures.ts';
import { FakeInteraction, FakeService, memoryLogger } from './fakes.ts';

/** Answers `/estimates` with a disputed subject (a chart) and everything else as the fake service does. */
class ChartService extends FakeService {
  override answer(command: CommandName, options: CommandOptions): Answer {
    if (command !== 'estimates') return super.answer(command, options);
    this.calls.push({ command, options });
    return estimatesWith(4);
  }
}

/** A renderer whose every drawing waits until the test settles it. */
class HeldRenderer implements ChartRenderer {
  readonly requests: ChartData[] = [];
  readonly #held: { resolve: (c: RenderedChart) => void; reject: (e: Error) => void }[] = [];
  render(chart: ChartData): Promise<RenderedChart> {
    this.requests.push(chart);
    return new Promise((resolve, reject) => this.#held.push({ resolve, reject }));
  }
  /** Finishes every held drawing with a small picture. */
  draw(): void {
    for (const h of this.#held.splice(0)) {
      h.resolve({
        kind: 'estimates',
        png: new Uint8Array([137, 80, 78, 71]),
        svg: '<svg/>',
        alt: 'Alt.',
        width: 4,
        height: 2,
      });
    }
  }
  fail(error: Error): void {
    for (const h of this.#held.splice(0)) h.reject(error);
  }
  warm(): void {}
  async close(): Promise<void> {}
}

interface Payload {
  embeds?: { image?: { url: string } }[];
  files?: { name: string; description?: string; attachment: Buffer }[];
  allowedMentions?: { parse: string[] };
}

/** Moderation settings the chart tests never use: no moderator workflow runs here. */
const MODERATION = { knowledgeDir: '/nonexistent/knowledge', auditLog: '/tmp/audit.jsonl', attachmentHosts: [] };

function setup() {
  const charts = new HeldRenderer();
  const { logger, lines } = memoryLogger();
  const route = createRouter({
    commands,
    service: new ChartService(),
    logger,
    cooldown: new Cooldown(0),
    moderation: MODERATION,
    charts,
  });
  return { charts, lines, route };
}

const payloadOf = (i: FakeInteraction, method: string) => i.sent.find((s) => s.method === method)?.payload as Payload;

afterEach(() => {
  vi.useRealTimers();
});

describe('charts on Discord', () => {
  it('sends the chart with the answer when it is drawn in time: attached, described, shown in the embed', async () => {
    const { charts, route } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    const answering = route(ask.asInteraction);
    await vi.waitFor(() => expect(charts.requests).toHaveLength(1));
    charts.draw();
    await answering;
    expect(ask.sent.map((s) => s.method)).toEqual(['reply']);
    const reply = payloadOf(ask, 'reply');
    expect(reply.files?.map((f) => [f.name, f.description])).toEqual([['estimates.png', 'Alt.']]);
    expect(reply.embeds?.[0]?.image?.url).toBe('attachment://estimates.png');
    expect(charts.requests[0]?.kind).toBe('estimates');
  });

  it('answers without waiting longer than its wait, then adds the late chart by an edit that changes nothing else', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { charts, route } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    const answering = route(ask.asInteraction);
    await vi.advanceTimersByTimeAsync(CHART_WAIT_MS);
    await answering;
    const reply = payloadOf(ask, 'reply');
    expect(reply.files).toBeUndefined();
    expect(reply.embeds?.[0]?.image).toBeUndefined();
    charts.draw();
    await vi.waitFor(() => expect(payloadOf(ask, 'editReply')).toBeDefined());
    const edit = payloadOf(ask, 'editReply');
    expect(Object.keys(edit).sort()).toEqual(['allowedMentions', 'files']);
    expect(edit.files?.[0]?.name).toBe('estimates.png');
    expect(edit.allowedMentions).toEqual({ parse: [] });
  });

  it('leaves the text answer alone and logs why when the chart fails', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { charts, route, lines } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    const answering = route(ask.asInteraction);
    await vi.advanceTimersByTimeAsync(CHART_WAIT_MS);
    await answering;
    charts.fail(new ChartError('chart took longer than 8000 ms', 'timeout'));
    await vi.waitFor(() => expect(lines().some((l) => l.msg === 'answer sent without its chart')).toBe(true));
    expect(ask.sent.map((s) => s.method)).toEqual(['reply']);
    expect(lines().find((l) => l.msg === 'answer sent without its chart')).toMatchObject({
      command: 'estimates',
      reason: 'timeout',
    });
  });

  it('draws nothing when many answers are in flight: they go out as text only, with nothing uploaded after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { charts, route } = setup();
    const asks = Array.from(
      { length: 9 },
      () => new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } }),
    );
    const answering = asks.map((ask) => route(ask.asInteraction));
    await vi.advanceTimersByTimeAsync(CHART_WAIT_MS);
    await Promise.all(answering);
    charts.draw();
    await vi.waitFor(() => expect(asks.slice(0, 8).every((a) => payloadOf(a, 'editReply'))).toBe(true));
    // The ninth arrived with eight in flight: deferred, answered as text, no chart asked for.
    expect(charts.requests).toHaveLength(8);
    const ninth = asks[8] as FakeInteraction;
    expect(ninth.sent.map((s) => s.method)).toEqual(['deferReply', 'editReply']);
    expect(payloadOf(ninth, 'editReply').files).toBeUndefined();
  });

  it('draws nothing for an answer without a chart', async () => {
    const { charts, route } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'quotes', options: { speaker: 'Peskov' } });
    await route(ask.asInteraction);
    expect(charts.requests).toEqual([]);
    expect(payloadOf(ask, 'reply').files).toBeUndefined();
  });

  it("keeps the message's chart in the embed when its owner pages, and shows none in another user's private page", async () => {
    const { route } = setup();
    const own = new FakeInteraction({
      kind: 'button',
      customId: 'm|quotes|0|Peskov',
      user: '1',
      messageOwner: '1',
      messageFiles: ['estimates.png'],
    });
    await route(own.asInteraction);
    const update = payloadOf(own, 'update');
    expect(update.embeds?.[0]?.image?.url).toBe('attachment://estimates.png');
    // The file stays attached through the edit: nothing is uploaded again.
    expect(update.files).toBeUndefined();
    const other = new FakeInteraction({
      kind: 'button',
      customId: 'm|quotes|0|Peskov',
      user: '2',
      messageOwner: '1',
      messageFiles: ['estimates.png'],
    });
    await route(other.asInteraction);
    expect(payloadOf(other, 'reply').embeds?.[0]?.image).toBeUndefined();
    const plain = new FakeInteraction({ kind: 'button', customId: 'm|quotes|0|Peskov', messageFiles: ['notes.txt'] });
    await route(plain.asInteraction);
    expect(payloadOf(plain, 'update').embeds?.[0]?.image).toBeUndefined();
  });
});

describe('chartWait', () => {
  it('waits the full time once acknowledged, less when a reply is late, never into the acknowledgement margin', () => {
    expect(chartWait({ createdTimestamp: Date.now() }, true)).toBe(CHART_WAIT_MS);
    expect(chartWait({ createdTimestamp: Date.now() }, false)).toBe(CHART_WAIT_MS);
    const late = chartWait({ createdTimestamp: Date.now() - 1200 }, false);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(CHART_WAIT_MS);
    expect(chartWait({ createdTimestamp: Date.now() - 2500 }, false)).toBe(0);
  });
});
