/**
 * Faults between the real bot process and Discord, in the middle of bursts: the gateway connection closed or cut
 * while interactions keep arriving, and REST answering 429 with Retry-After and 5xx errors. Every interaction must
 * still be answered exactly once, correctly. A user flooding commands gets one answer and clear cooldown messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetLines } from '../e2e/citations.ts';
import { commandInteraction } from '../e2e/payloads.ts';
import type { InteractionOutcome, SentInteraction } from '../e2e/standin/index.ts';
import { answerProblems, type Harness, startHarness } from './harness.ts';

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const EDIT = /\/messages\/@original$/;

let h: Harness;

beforeAll(async () => {
  // A cooldown, as in production: the bursts below come from distinct users, the flood from one.
  h = await startHarness(60);
  // A burst sent while the connection is down is only delivered after the reconnect: what is checked here is
  // that each is answered once, not Discord's 3 s deadline (the load test reports acknowledgement times).
  h.standIn.world.ackDeadlineMs = 15_000;
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const REQUESTS: readonly [string, Record<string, string>][] = [
  ['quotes', { speaker: 'Peskov' }],
  ['drills', {}],
  ['estimates', { subject: 'troops' }],
  ['who', { name: 'Stoltenberg' }],
  ['timeline', {}],
  ['search', { question: 'Belarus' }],
];

/** Sends `count` commands from distinct users, cycling through {@link REQUESTS}. */
function burst(count: number): SentInteraction[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, options] = REQUESTS[i % REQUESTS.length] as [string, Record<string, string>];
    return h.standIn.command(name, options, h.standIn.world.user());
  });
}

/** Waits for every answer, lets late duplicates arrive, and returns every problem found. */
async function problemsOf(sent: readonly SentInteraction[]): Promise<string[]> {
  const outcomes = await Promise.all(sent.map((s) => h.standIn.outcome(s, 30_000)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return sent.flatMap((s, i) => {
    const outcome = outcomes[i] as InteractionOutcome;
    const cited = outcome.final?.ephemeral === false ? [] : ['not a public answer'];
    return [...answerProblems(h.standIn, s, outcome), ...cited].map((p) => `#${i}: ${p}`);
  });
}

describe('the gateway goes away mid-burst', () => {
  it.each([
    ['closed with code 4000', 4000],
    ['cut (socket destroyed)', undefined],
  ])(
    '%s: every interaction is answered once after the resume',
    async (_label, code) => {
      const resumed = h.standIn.gateway.counts.resumed;
      const before = burst(20);
      await h.standIn.gateway.drop(code);
      const during = burst(20);
      await h.standIn.gateway.waitForEvent('resumed', resumed + 1, 20_000);
      const after = burst(10);
      expect(await problemsOf([...before, ...during, ...after])).toEqual([]);
    },
    45_000,
  );

  it('asked to reconnect (op 7) mid-burst: every interaction is answered once', async () => {
    const resumed = h.standIn.gateway.counts.resumed;
    const before = burst(20);
    h.standIn.gateway.requestReconnect();
    const during = burst(20);
    await h.standIn.gateway.waitForEvent('resumed', resumed + 1, 20_000);
    expect(await problemsOf([...before, ...during])).toEqual([]);
  }, 45_000);
});

/** Discord's epoch: snowflakes carry their creation time in milliseconds since it, shifted left by 22 bits. */
const DISCORD_EPOCH = 1420070400000n;

describe('interactions that arrive late', () => {
  it("are acknowledged first and answered after, so a backlog never outlasts Discord's 3 s", async () => {
    // Created 1.5 s ago as Discord counts it (its id), as after a replay or behind a backlog of other work.
    const id = String(((BigInt(Date.now() - 1500) - DISCORD_EPOCH) << 22n) | 1n);
    const payload = commandInteraction(h.standIn.world, 'quotes', { speaker: 'Peskov' }, h.standIn.world.user());
    const sent = h.standIn.send({ ...payload, id });
    const outcome = await h.standIn.outcome(sent);
    expect(answerProblems(h.standIn, sent, outcome)).toEqual([]);
    expect(outcome.callbackType).toBe(5);
    expect(outcome.final?.kind).toBe('edit');
    expect(outcome.final?.ephemeral).toBe(false);
  });
});

describe('a user flooding commands', () => {
  it('gives a flooding user one answer and then a clear cooldown message for each extra command', async () => {
    const flooder = h.standIn.world.user();
    const bystander = h.standIn.world.user();
    const flood = Array.from({ length: 10 }, () => h.standIn.command('drills', {}, flooder));
    const other = h.standIn.command('drills', {}, bystander);
    const outcomes = await Promise.all([...flood, other].map((s) => h.standIn.outcome(s, 20_000)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    [...flood, other].forEach((s, i) => {
      expect(answerProblems(h.standIn, s, outcomes[i] as InteractionOutcome)).toEqual([]);
    });
    const texts = outcomes.slice(0, flood.length).map((o) => String(o.final?.body.content ?? ''));
    const slowed = texts.filter((t) => /^Slow down a little: you can use another command in \d+ s\.$/.test(t));
    expect(slowed).toHaveLength(flood.length - 1);
    const ephemeral = outcomes.slice(0, flood.length).filter((o) => o.final?.ephemeral);
    expect(ephemeral).toHaveLength(flood.length - 1);
    // The one answer the flooder got, and the bystander's, are real answers.
    expect(outcomes.filter((o) => snippetLines(o.final?.body ?? {}).length > 0)).toHaveLength(2);
  }, 30_000);
});

describe('REST fails mid-burst', () => {
  it('429 with Retry-After and 500s on replies and edits are retried; every interaction is answered once', async () => {
    const since = h.standIn.rest.find(() => true).at(-1)?.seq ?? 0;
    h.standIn.rest.failNext('POST', CALLBACK, { status: 429, retryAfterSeconds: 0.3 }, 5);
    h.standIn.rest.failNext('POST', CALLBACK, { status: 500 }, 5);
    h.standIn.rest.failNext('PATCH', EDIT, { status: 429, retryAfterSeconds: 0.2 }, 3);
    h.standIn.rest.failNext('PATCH', EDIT, { status: 502 }, 3);
    expect(await problemsOf(burst(40))).toEqual([]);
    const injected = h.standIn.rest.find((r) => r.injected, since);
    // Every fault was served to the bot (so each was survived, not skipped).
    expect(injected.map((r) => r.status).sort()).toEqual(
      [...Array(5).fill(429), ...Array(5).fill(500), ...Array(3).fill(429), ...Array(3).fill(502)].sort(),
    );
    console.log(`REST faults survived: ${injected.length}`);
  }, 45_000);
});
