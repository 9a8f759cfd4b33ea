/**
 * End-to-end, several stories in one folder: the seed story beside another story from the shared corpus. The bot runs
 * as `npm start` runs it against the Discord stand-in; the story option completes from titles, scopes the answer and
 * names the story; `/follow` (moderators only) makes the channel answer from a story, and survives a restart.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODERATOR_PERMISSION } from '../../src/discord/moderation.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { citationProblems, readArticles, snippetLines } from './citations.ts';
import { commandInteraction } from './payloads.ts';
import { type Child, ROOT, runEntry, runToExit } from './process.ts';
import { DiscordStandIn, type FakeUser, type InteractionOutcome, type SentInteraction } from './standin/index.ts';

const CORPUS = join(ROOT, '../shared/corpus/to-knowledge.mjs');
const MODERATOR_PERMISSIONS = String(2248473465835073n | MODERATOR_PERMISSION);

describe.skipIf(!existsSync(CORPUS))('stories in Discord', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'briefing-stories-e2e-'));
  const knowledge = join(workDir, 'knowledge');
  const cacheDir = join(workDir, 'cache');
  const auditLog = join(cacheDir, 'audit.jsonl');
  const standIn = new DiscordStandIn({ heartbeatIntervalMs: 1000 });
  let bot: Child | undefined;
  let articles: ReturnType<typeof readArticles>;

  const env = () => ({
    DISCORD_TOKEN: standIn.token,
    DISCORD_APPLICATION_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_GUILD_ID: '',
    KNOWLEDGE_DIR: knowledge,
    CACHE_DIR: cacheDir,
    AUDIT_LOG: auditLog,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'warn',
  });

  async function startBot(): Promise<void> {
    const sessions = standIn.gateway.counts.ready;
    bot = runEntry('src/main.ts', env());
    const started = bot;
    await Promise.race([
      standIn.gateway.waitForEvent('ready', sessions + 1, 60_000),
      started.exited.then((exit) => {
        throw new Error(`the bot exited (${JSON.stringify(exit)}):\n${started.stderr().slice(-3000)}`);
      }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  async function ask(sent: SentInteraction): Promise<InteractionOutcome> {
    const outcome = await standIn.outcome(sent);
    for (const message of outcome.messages) expect(citationProblems(message.body, articles)).toEqual([]);
    return outcome;
  }

  const text = (outcome: InteractionOutcome) => JSON.stringify(outcome.final?.body ?? {});
  function asModerator(
    name: string,
    options: Record<string, string>,
    user: FakeUser,
    permissions = MODERATOR_PERMISSIONS,
  ) {
    const payload = commandInteraction(standIn.world, name, options, user);
    return standIn.send({ ...payload, member: standIn.world.member(user, permissions) }, null);
  }

  beforeAll(async () => {
    mkdirSync(join(knowledge, 'articles'), { recursive: true });
    cpSync(join(ROOT, 'knowledge', 'articles'), join(knowledge, 'articles'), { recursive: true });
    // A second story: Credit Suisse's chairman resigning, in January 2022.
    execFileSync('node', [CORPUS, join(knowledge, 'articles'), '--grep', 'Horta', '--to', '2022-01-31']);
    articles = readArticles(knowledge);
    await standIn.start();
    const deployed = await runToExit('commands/deploy.ts', { ...env(), DISCORD_GUILD_ID: standIn.guildId });
    expect(deployed.code, deployed.stderr).toBe(0);
    await startBot();
  }, 180_000);

  afterAll(async () => {
    await bot?.stop('SIGKILL', 1000);
    await standIn.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('has more than one story to choose from', () => {
    expect(readdirSync(join(knowledge, 'articles')).length).toBeGreaterThan(3);
  });

  it('completes the story option from story titles', async () => {
    const outcome = await ask(standIn.autocomplete('timeline', 'story', 'credit'));
    const names = (outcome.choices ?? []).map((c) => c.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /credit suisse|horta/i.test(n))).toBe(true);
    const all = await ask(standIn.autocomplete('quotes', 'story', ''));
    expect((all.choices ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('answers from the story named in the option, and names it', async () => {
    const outcome = await ask(standIn.command('quotes', { story: 'credit suisse' }));
    expect(snippetLines(outcome.final?.body ?? {}).length).toBeGreaterThan(0);
    expect(text(outcome)).toMatch(/Credit Suisse|Horta/);
    expect(text(outcome)).not.toContain('Peskov');
  });

  it('lets only moderators set the channel’s story, and then answers from it without the option', async () => {
    const member = standIn.world.user();
    const refused = await ask(asModerator('follow', { story: 'credit suisse' }, member, '2248473465835073'));
    expect(refused.final?.ephemeral).toBe(true);
    expect(text(refused)).toMatch(/Manage Messages/);

    const moderator = standIn.world.user();
    const set = await ask(asModerator('follow', { story: 'credit suisse' }, moderator));
    expect(set.final?.ephemeral).toBe(true);
    expect(text(set)).toMatch(/now follows/);
    const followed = await ask(standIn.command('timeline'));
    expect(text(followed)).toMatch(/Credit Suisse|Horta/);
    const { entries } = await readAudit(auditLog);
    expect(entries.filter((e) => e.kind === 'follow')).toHaveLength(1);
  });

  it('keeps the followed story across a restart, and stops following on /follow', async () => {
    await bot?.stop('SIGTERM', 5000);
    await startBot();
    const after = await ask(standIn.command('timeline'));
    expect(text(after)).toMatch(/Credit Suisse|Horta/);

    const moderator = standIn.world.user();
    await ask(asModerator('follow', {}, moderator));
    const unfollowed = await ask(standIn.command('drills'));
    // The drills story is the only one with an exercise: /drills finds it by itself once the channel follows none.
    expect(text(unfollowed)).toMatch(/Allied Resolve|Union Resolve/);
  });
});
