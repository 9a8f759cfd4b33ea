/**
 * The real bot (`npm start`'s entry in a child process) against a fresh Discord stand-in, for load and fault tests:
 * commands registered as the deploy script registers them, and the checks every answer must pass under stress.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../commands/index.ts';
import { citationProblems, readArticles } from '../e2e/citations.ts';
import { messageViolations } from '../e2e/limits.ts';
import { type Child, ROOT, runEntry } from '../e2e/process.ts';
import { DiscordStandIn, type InteractionOutcome, type SentInteraction } from '../e2e/standin/index.ts';

/** The articles as a reader sees the files, to check citations against. */
export const ARTICLES = readArticles(join(ROOT, 'knowledge'));

/** A stand-in with a bot connected to it. */
export interface Harness {
  readonly standIn: DiscordStandIn;
  readonly bot: Child;
  /** Stops the bot and the stand-in and removes the cache folder. */
  close(): Promise<void>;
}

/** Registers the bot's commands in the stand-in's guild over REST, as `npm run deploy-commands` does. */
async function registerCommands(standIn: DiscordStandIn): Promise<void> {
  const url = `${standIn.apiUrl}/v10/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`;
  const response = await fetch(url, {
    method: 'PUT',
    headers: { authorization: `Bot ${standIn.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(commands.map((c) => c.data.toJSON())),
  });
  if (!response.ok) throw new Error(`registering commands: HTTP ${response.status} ${await response.text()}`);
}

/** Starts a stand-in and the bot with `COOLDOWN_SECONDS=cooldownSeconds`; resolves once the bot is ready. */
export async function startHarness(cooldownSeconds: number): Promise<Harness> {
  const standIn = new DiscordStandIn({ heartbeatIntervalMs: 1000, warn: () => undefined });
  await standIn.start();
  await registerCommands(standIn);
  const cacheDir = mkdtempSync(join(tmpdir(), 'briefing-hardening-'));
  const bot = runEntry('src/main.ts', {
    DISCORD_TOKEN: standIn.token,
    DISCORD_APPLICATION_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_GUILD_ID: '',
    KNOWLEDGE_DIR: 'knowledge',
    CACHE_DIR: cacheDir,
    AUDIT_LOG: join(cacheDir, 'audit.jsonl'),
    COOLDOWN_SECONDS: String(cooldownSeconds),
    LOG_LEVEL: 'warn',
  });
  const close = async () => {
    await bot.stop('SIGKILL', 1000);
    await standIn.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  };
  try {
    await Promise.race([
      standIn.gateway.waitForEvent('ready', 1, 50_000),
      bot.exited.then((exit) => {
        throw new Error(`the bot exited before connecting (${JSON.stringify(exit)}):\n${bot.stderr().slice(-2000)}`);
      }),
    ]);
  } catch (error) {
    await close();
    throw error;
  }
  // READY and GUILD_CREATE are in flight; discord.js marks the client ready a moment later.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { standIn, bot, close };
}

/**
 * Everything wrong with how `sent` was answered: not exactly one successful acknowledgement, a message over
 * Discord's limits or with mentions on, or a snippet not verbatim in its cited paragraph. Empty when all is well.
 */
export function answerProblems(standIn: DiscordStandIn, sent: SentInteraction, outcome: InteractionOutcome): string[] {
  const problems: string[] = [];
  const acks = standIn.requestsFor(sent).filter((r) => r.route === 'interaction-callback' && r.status < 300);
  if (acks.length !== 1) problems.push(`acknowledged ${acks.length} times`);
  for (const message of outcome.messages) {
    problems.push(...messageViolations(message.body), ...citationProblems(message.body, ARTICLES));
  }
  if (outcome.messages.length === 0 && outcome.choices === undefined) problems.push('no message');
  return problems;
}

/** Milliseconds from sending `sent` to the request that completed its answer. */
export function latencyMs(sent: SentInteraction, outcome: InteractionOutcome): number {
  const done = outcome.requests.filter((r) => r.status < 300).map((r) => r.at);
  return Math.max(...done) - sent.at;
}

/** Milliseconds from sending `sent` to its successful acknowledgement. */
export function ackMs(sent: SentInteraction, outcome: InteractionOutcome): number {
  const ack = outcome.requests.find((r) => r.route === 'interaction-callback' && r.status < 300);
  return (ack?.at ?? Number.POSITIVE_INFINITY) - sent.at;
}

/** Peak resident set size of a Linux process in bytes (VmHWM), or null elsewhere. */
export function peakRssBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The value at quantile `q` (0..1) of `values`, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
