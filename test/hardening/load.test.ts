/**
 * Load: 500 interactions from 50 users, sent as fast as the stand-in can dispatch them, to the real bot process.
 * Every one must be answered correctly and exactly once. Latency and peak memory are measured and written to
 * `.cache/hardening-load.json` for docs/reliability.md; they are reported, not asserted (the machine is shared).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetLines } from '../e2e/citations.ts';
import { visibleText } from '../e2e/limits.ts';
import type { OptionValue } from '../e2e/payloads.ts';
import { ROOT } from '../e2e/process.ts';
import type { FakeUser, InteractionOutcome, SentInteraction } from '../e2e/standin/index.ts';
import { ackMs, answerProblems, type Harness, latencyMs, peakRssBytes, quantile, startHarness } from './harness.ts';

const INTERACTIONS = 500;
const USERS = 50;

/** One kind of request in the mix and what its answer must show. */
interface Case {
  readonly send: (h: Harness, user: FakeUser) => SentInteraction;
  readonly check: (outcome: InteractionOutcome) => string | null;
}

function cited(outcome: InteractionOutcome): string | null {
  const body = outcome.final?.body ?? {};
  return snippetLines(body).length > 0 ? null : `no cited snippet in ${visibleText(body).slice(0, 120)}`;
}

function command(name: string, options: Readonly<Record<string, OptionValue>> = {}): Case['send'] {
  return (h, user) => h.standIn.command(name, options, user);
}

const MIX: readonly Case[] = [
  { send: command('quotes', { speaker: 'Peskov' }), check: cited },
  { send: command('drills'), check: cited },
  { send: command('estimates', { subject: 'troops' }), check: cited },
  { send: command('search', { question: 'When do the drills end?' }), check: cited },
  { send: command('who', { name: 'Stoltenberg' }), check: cited },
  { send: command('timeline'), check: cited },
  {
    send: command('sources'),
    check: (o) => (visibleText(o.final?.body ?? {}).includes('CNN') ? null : 'sources without CNN'),
  },
  {
    send: command('help'),
    check: (o) => (visibleText(o.final?.body ?? {}).includes('/search') ? null : 'help without /search'),
  },
  {
    send: (h, user) => h.standIn.autocomplete('quotes', 'speaker', 'Pes', {}, user),
    check: (o) => (o.choices?.some((c) => c.name.includes('Peskov')) ? null : 'no Peskov among the choices'),
  },
  {
    send: command('search', { question: '@everyone <@&123456789012345678> ```' }),
    check: (o) => (o.final?.body.allowed_mentions !== undefined ? null : 'no allowed_mentions'),
  },
];

let open: Harness;

beforeAll(async () => {
  open = await startHarness(0);
  // Discord's own 3 s acknowledgement deadline stays: an interaction acknowledged later is one a user saw fail.
}, 60_000);

afterAll(async () => {
  await open?.close();
});

describe('load', () => {
  it(`answers ${INTERACTIONS} interactions from ${USERS} users correctly and exactly once`, async () => {
    const users = Array.from({ length: USERS }, () => open.standIn.world.user());
    const started = Date.now();
    const sent = Array.from({ length: INTERACTIONS }, (_, i) => {
      const kind = MIX[i % MIX.length] as Case;
      return { kind, sent: kind.send(open, users[i % USERS] as FakeUser) };
    });
    const settled = await Promise.allSettled(sent.map((s) => open.standIn.outcome(s.sent, 30_000)));
    const wall = Date.now() - started;
    const unanswered = settled.flatMap((r, i) => {
      if (r.status === 'fulfilled') return [];
      const seen = open.standIn.requestsFor((sent[i] as { sent: SentInteraction }).sent);
      return [`#${i}: ${String(r.reason)}; requests ${JSON.stringify(seen.map((q) => [q.route, q.status]))}`];
    });
    expect(unanswered, open.bot.stderr().slice(-2000)).toEqual([]);
    const outcomes = settled.map((r) => (r as PromiseFulfilledResult<InteractionOutcome>).value);
    // Late duplicates would arrive after the answers: give them a moment to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const problems = sent.flatMap((s, i) => {
      const outcome = outcomes[i] as InteractionOutcome;
      const found = [...answerProblems(open.standIn, s.sent, outcome), s.kind.check(outcome) ?? []].flat();
      return found.map((p) => `#${i}: ${p}`);
    });
    expect(problems).toEqual([]);

    const latencies = sent.map((s, i) => latencyMs(s.sent, outcomes[i] as InteractionOutcome));
    const acks = sent.map((s, i) => ackMs(s.sent, outcomes[i] as InteractionOutcome));
    const figures = {
      at: new Date().toISOString(),
      interactions: INTERACTIONS,
      users: USERS,
      answered: outcomes.length,
      answeredOnce: INTERACTIONS - problems.length,
      wallMs: wall,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      maxMs: Math.max(...latencies),
      ackP99Ms: quantile(acks, 0.99),
      acksOver3s: acks.filter((ms) => ms > 3000).length,
      deferred: outcomes.filter((o) => o.callbackType === 5).length,
      peakRssMB: Math.round((peakRssBytes(open.bot.process.pid) ?? Number.NaN) / 1024 / 1024),
    };
    console.log(`load: ${JSON.stringify(figures)}`);
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    writeFileSync(join(ROOT, '.cache', 'hardening-load.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }, 60_000);
});
