/**
 * Charts through the Discord answer path, with a renderer whose drawings the test releases: a reply never waits for
 * its chart (it goes with the reply only when drawn before), an acknowledged answer waits briefly, a late chart
 * follows by an edit that adds only the file, a failure is logged, and paging keeps the chart in the embed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Answer } from '../../src/answers/types.ts';
import { CHART_WAIT_MS } from '../../src/discord/chart.ts';
import { createRouter } from '../../src/discord/router.ts';
import { type ChartData, ChartError, type ChartRenderer, type RenderedChart } from '../../src/render/charts/index.ts';
import type { CommandName, CommandOptions } from '../../src/service/types.ts';
import { Cooldown, FollowStore } from '../../src/workflows/index.ts';
import { estimatesWith, timelineWith } from '../render/chart-fixtures.ts';
import { FakeInteraction, FakeService, memoryLogger } from './fakes.ts';

/** Answers `/estimates` and `/timeline` with answers that have charts, the rest as the fake service does. */
class ChartService extends FakeService {
  override answer(command: CommandName, options: CommandOptions): Answer {
    if (command !== 'estimates' && command !== 'timeline') return super.answer(command, options);
    this.calls.push({ command, options });
    return command === 'estimates' ? estimatesWith(4) : timelineWith(5);
  }
}

/** A renderer whose every drawing waits until the test settles it, and which remembers what it finished. */
class HeldRenderer implements ChartRenderer {
  readonly requests: ChartData[] = [];
  readonly #held: { chart: ChartData; resolve: (c: RenderedChart) => void; reject: (e: Error) => void }[] = [];
  readonly #finished = new Map<string, RenderedChart>();
  render(chart: ChartData): Promise<RenderedChart> {
    this.requests.push(chart);
    return new Promise((resolve, reject) => this.#held.push({ chart, resolve, reject }));
  }
  drawn(chart: ChartData): RenderedChart | null {
    return this.#finished.get(JSON.stringify(chart)) ?? null;
  }
  /** Finishes every held drawing with a small picture. */
  draw(): void {
    for (const h of this.#held.splice(0)) {
      const png = new Uint8Array([137, 80, 78, 71]);
      const picture: RenderedChart = { kind: h.chart.kind, png, svg: '<svg/>', alt: 'Alt.', width: 4, height: 2 };
      this.#finished.set(JSON.stringify(h.chart), picture);
      h.resolve(picture);
    }
  }
  fail(error: Error): void {
    for (const h of this.#held.splice(0)) h.reject(error);
  }
  async close(): Promise<void> {}
}

interface Payload {
  embeds?: { image?: { url: string } }[];
  files?: { name: string; description?: string; attachment: Buffer }[];
  allowedMentions?: { parse: string[] };
}

/** Moderation settings the chart tests never use: no moderator workflow runs here. */
const MODERATION = { knowledgeDir: '/nonexistent/knowledge', auditLog: '/tmp/audit.jsonl', attachmentHosts: [] };
/** No channel follows a story here (the file does not exist, so nothing is read or written). */
const FOLLOWS = await FollowStore.open('/nonexistent/follows.json');

function setup() {
  const charts = new HeldRenderer();
  const { logger, lines } = memoryLogger();
  const route = createRouter({
    commands,
    service: new ChartService(),
    logger,
    cooldown: new Cooldown(0),
    moderation: MODERATION,
    follows: FOLLOWS,
    charts,
  });
  return { charts, lines, route };
}

const payloadOf = (i: FakeInteraction, method: string) => i.sent.find((s) => s.method === method)?.payload as Payload;

afterEach(() => {
  vi.useRealTimers();
});

describe('charts on Discord', () => {
  it('replies at once without waiting for the chart, then adds it by an edit that changes nothing else', async () => {
    const { charts, route } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    await route(ask.asInteraction);
    expect(ask.sent.map((s) => s.method)).toEqual(['reply']);
    const reply = payloadOf(ask, 'reply');
    expect(reply.files).toBeUndefined();
    expect(reply.embeds?.[0]?.image).toBeUndefined();
    expect(charts.requests[0]?.kind).toBe('estimates');
    charts.draw();
    await vi.waitFor(() => expect(payloadOf(ask, 'editReply')).toBeDefined());
    const edit = payloadOf(ask, 'editReply');
    expect(Object.keys(edit).sort()).toEqual(['allowedMentions', 'files']);
    expect(edit.files?.map((f) => [f.name, f.description])).toEqual([['estimates.png', 'Alt.']]);
    expect(edit.allowedMentions).toEqual({ parse: [] });
  });

  it('sends a chart drawn before with the reply, attached and shown in the embed', async () => {
    const { charts, route } = setup();
    const first = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    await route(first.asInteraction);
    charts.draw();
    await vi.waitFor(() => expect(payloadOf(first, 'editReply')).toBeDefined());
    const again = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    await route(again.asInteraction);
    expect(again.sent.map((s) => s.method)).toEqual(['reply']);
    const reply = payloadOf(again, 'reply');
    expect(reply.files?.map((f) => f.name)).toEqual(['estimates.png']);
    expect(reply.embeds?.[0]?.image?.url).toBe('attachment://estimates.png');
  });

  it('lets an acknowledged answer wait briefly for its chart, then go out in one edit with it in the embed', async () => {
    const { charts, route } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'timeline' });
    const answering = route(ask.asInteraction);
    await vi.waitFor(() => expect(charts.requests).toHaveLength(1));
    charts.draw();
    await answering;
    expect(ask.sent.map((s) => s.method)).toEqual(['deferReply', 'editReply']);
    const edit = payloadOf(ask, 'editReply');
    expect(edit.files?.map((f) => f.name)).toEqual(['timeline.png']);
    expect(edit.embeds?.[0]?.image?.url).toBe('attachment://timeline.png');
  });

  it('sends an acknowledged answer without its chart after the wait, and adds the late chart by an edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { charts, route } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'timeline' });
    const answering = route(ask.asInteraction);
    await vi.advanceTimersByTimeAsync(CHART_WAIT_MS);
    await answering;
    expect(ask.sent.map((s) => s.method)).toEqual(['deferReply', 'editReply']);
    expect(payloadOf(ask, 'editReply').files).toBeUndefined();
    charts.draw();
    await vi.waitFor(() => expect(ask.sent).toHaveLength(3));
    const late = ask.sent[2]?.payload as Payload;
    expect(Object.keys(late).sort()).toEqual(['allowedMentions', 'files']);
    expect(late.files?.[0]?.name).toBe('timeline.png');
  });

  it('leaves the text answer alone and logs why when the chart fails', async () => {
    const { charts, route, lines } = setup();
    const ask = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } });
    await route(ask.asInteraction);
    charts.fail(new ChartError('chart took longer than 5000 ms', 'timeout'));
    await vi.waitFor(() => expect(lines().some((l) => l.msg === 'answer sent without its chart')).toBe(true));
    expect(ask.sent.map((s) => s.method)).toEqual(['reply']);
    expect(lines().find((l) => l.msg === 'answer sent without its chart')).toMatchObject({
      command: 'estimates',
      reason: 'timeout',
    });
  });

  it('draws no chart when more than two answers are in flight: the others go out as text only, nothing after', async () => {
    const { charts, route } = setup();
    const asks = Array.from(
      { length: 3 },
      () => new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'vehicles' } }),
    );
    await Promise.all(asks.map((ask) => route(ask.asInteraction)));
    charts.draw();
    await vi.waitFor(() => expect(asks.slice(0, 2).every((a) => payloadOf(a, 'editReply'))).toBe(true));
    // The third arrived with two in flight: answered as text, no chart asked for, nothing uploaded later.
    expect(charts.requests).toHaveLength(2);
    const third = asks[2] as FakeInteraction;
    expect(third.sent.map((s) => s.method)).toEqual(['reply']);
    expect(payloadOf(third, 'reply').files).toBeUndefined();
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
