/**
 * End-to-end: the bot started as a user starts it (`npm start`'s entry point in a child process, configured only
 * through its environment) against the local Discord stand-in. Commands are registered by the deploy script, real
 * interaction payloads go in over the gateway, and the JSON the bot sends back to Discord is checked: content,
 * citations, limits, mentions, ephemerality, and survival of a dropped gateway and of rate limits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_MODAL_ID } from '../../commands/ingest.ts';
import { offeredIn, READ_COMMANDS } from '../../src/answers/index.ts';
import { MODERATOR_PERMISSION } from '../../src/discord/moderation.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { COMMANDS as CATALOGUE } from '../../src/workflows/index.ts';
import { articlePage, type CorpusArticle, corpus, expectedParagraphs, rssFeed } from '../web/pages.ts';
import { TestServer } from '../web/server.ts';
import { citationProblems, citedParagraphs, readArticles, snippetLines } from './citations.ts';
import { choiceViolations, messageViolations, visibleText } from './limits.ts';
import { buttonIds, buttonInteraction, commandInteraction, modalInteraction, type OptionValue } from './payloads.ts';
import { type Child, type Exit, ROOT, runEntry, runToExit } from './process.ts';
import { shapeOf } from './shape.ts';
import { OP } from './standin/gateway.ts';
import {
  DiscordStandIn,
  describe as describeInteraction,
  type FakeMessage,
  type FakeUser,
  type InteractionOutcome,
  type SentInteraction,
} from './standin/index.ts';

/** The commands the service answers (the CLI's set); /help names each. */
const ANSWER_COMMANDS = READ_COMMANDS.map((c) => c.spec.name);
/** Every registered command: the catalogue's commands offered in Discord (the read ones and the moderators' /ingest). */
const COMMANDS = CATALOGUE.filter((c) => offeredIn('discord', c)).map((c) => c.name);
/** Permissions of a moderator: the stand-in's default member permissions plus Manage Messages. */
const MODERATOR_PERMISSIONS = String(2248473465835073n | MODERATOR_PERMISSION);
/**
 * Live reload's promise is 2 s from a file change to a fresh answer (held in test/service/live-reload.test.ts and
 * test/knowledge/watch.test.ts). Here the time also includes a search round trip through a bot process that shares
 * two cores with the rest of the suite, so the bound allows for that load.
 */
const RELOAD_DEADLINE_MS = 4000;
/** Discord shows "The application did not respond" after 3 s; autocomplete cannot be deferred at all. */
const INITIAL_RESPONSE_MS = 3000;

// The bot works on a temporary copy of knowledge/: /ingest and the live-reload test write into it.
const workDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
const KNOWLEDGE_DIR = join(workDir, 'knowledge');
cpSync(join(ROOT, 'knowledge'), KNOWLEDGE_DIR, { recursive: true });
const cacheDir = join(workDir, 'cache');
const AUDIT_LOG = join(cacheDir, 'audit.jsonl');
/** The articles as files on disk, re-read after the tests that add some. */
let articles = readArticles(KNOWLEDGE_DIR);
const warnings: string[] = [];
// A 1 s heartbeat (Discord's is 41.25 s) so the bot heartbeats, and can be caught not doing so, within the suite.
const standIn = new DiscordStandIn({ heartbeatIntervalMs: 1000, warn: (m) => warnings.push(m) });
let bot: Child | undefined;
let deploy: (Exit & { stdout: string; stderr: string }) | undefined;
/** Every outcome seen, so later tests (paging, shapes) can reuse earlier answers. */
const outcomes: { sent: SentInteraction; outcome: InteractionOutcome }[] = [];

function env(): Record<string, string> {
  return {
    DISCORD_TOKEN: standIn.token,
    DISCORD_APPLICATION_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    KNOWLEDGE_DIR,
    CACHE_DIR: cacheDir,
    COOLDOWN_SECONDS: '0',
    AUDIT_LOG,
    // Set, even empty, so a developer's .env (which dotenv never lets override the environment) cannot leak in.
    DISCORD_GUILD_ID: '',
    // The most verbose level, so a secret leaking into any log line at all is caught.
    LOG_LEVEL: 'trace',
    // The tests' web pages and feeds are served on loopback, which fetching refuses unless allowed.
    FETCH_ALLOW_PRIVATE: '127.0.0.1',
    FEEDS: join(workDir, 'feeds.json'),
    FEEDS_CHANNEL: standIn.world.channelId,
  };
}

/** Sends an interaction and waits for the bot's complete answer, checking the rules every message must keep. */
async function ask(sent: SentInteraction): Promise<InteractionOutcome> {
  const outcome = await standIn.outcome(sent);
  outcomes.push({ sent, outcome });
  for (const message of outcome.messages) {
    expect(messageViolations(message.body), `${describeInteraction(sent)} (${message.kind})`).toEqual([]);
    expect(citationProblems(message.body, articles), `${describeInteraction(sent)} citations`).toEqual([]);
  }
  const callback = outcome.requests.find((r) => r.route === 'interaction-callback' && r.status < 300);
  expect(callback, `${describeInteraction(sent)} was never acknowledged`).toBeDefined();
  expect((callback?.at ?? Number.POSITIVE_INFINITY) - sent.at).toBeLessThan(INITIAL_RESPONSE_MS);
  return outcome;
}

function command(name: string, options: Readonly<Record<string, OptionValue>> = {}) {
  return standIn.command(name, options);
}
function autocomplete(name: string, focused: string, partial: string) {
  return standIn.autocomplete(name, focused, partial);
}

/** The final message of an answer that found something: public, with cited snippets. */
function expectCitedAnswer(outcome: InteractionOutcome, label: string) {
  const final = outcome.final;
  expect(final, `${label}: no message`).toBeDefined();
  expect(final?.ephemeral, `${label}: a found answer is public`).toBe(false);
  expect(snippetLines(final?.body ?? {}).length, `${label}: no cited snippet`).toBeGreaterThan(0);
  return final?.body ?? {};
}

beforeAll(async () => {
  await standIn.start();
  // `npm run deploy-commands` to the development guild and `npm start`, side by side to save a cold start: the
  // bot never registers commands itself, so the two cannot interfere (a test below checks it).
  const deploying = runToExit('commands/deploy.ts', { ...env(), DISCORD_GUILD_ID: standIn.guildId });
  bot = runEntry('src/main.ts', env());
  const started = bot;
  deploy = await deploying;
  await Promise.race([
    standIn.gateway.waitForEvent('ready', 1, 40_000),
    started.exited.then((exit) => {
      throw new Error(`the bot exited before connecting (${JSON.stringify(exit)}):\n${started.stderr().slice(-3000)}`);
    }),
  ]);
  // READY and GUILD_CREATE are in flight; give discord.js a moment to mark the client ready.
  await new Promise((resolve) => setTimeout(resolve, 300));
}, 60_000);

afterAll(async () => {
  await bot?.stop('SIGKILL', 1000);
  await standIn.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('deploying the commands', () => {
  it('registers the catalogue commands to the guild with valid definitions', () => {
    expect(deploy?.code, deploy?.stderr.slice(-2000)).toBe(0);
    const put = standIn.rest.find((r) => r.method === 'PUT' && r.route?.includes('/guilds/') === true);
    expect(put).toHaveLength(1);
    expect(put[0]?.status).toBe(200);
    const registered = [...(standIn.world.guildCommands.get(standIn.guildId)?.values() ?? [])];
    expect(registered.map((c) => c.name).sort()).toEqual([...COMMANDS].sort());
    const completed = registered.flatMap((c) => (c.options ?? []).filter((o) => o.autocomplete).map((o) => o.name));
    expect(new Set(completed)).toEqual(new Set(['speaker', 'subject', 'name', 'story']));
    expect(`${deploy?.stdout}${deploy?.stderr}`).not.toContain(standIn.token);
  });
});

describe('the bot started with npm start', () => {
  it('is what npm start runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/\bsrc\/main\.ts\b/);
  });

  it('logs in through the stand-in with the Guilds intent only and registers nothing itself', () => {
    expect(standIn.rest.find((r) => r.path === '/gateway/bot')).toHaveLength(1);
    const identify = standIn.gateway.received(OP.identify)[0]?.d as { token: string; intents: number };
    expect(identify.token).toBe(standIn.token);
    expect(identify.intents).toBe(1);
    // The deploy script's one PUT is the only call to a command route.
    const commandCalls = standIn.rest.find((r) => r.route?.includes('commands') === true);
    expect(commandCalls.map((r) => r.method)).toEqual(['PUT']);
  });

  it('/quotes speaker:Peskov cites Peskov verbatim', async () => {
    const outcome = await ask(command('quotes', { speaker: 'Peskov' }));
    const body = expectCitedAnswer(outcome, '/quotes');
    expect(visibleText(body)).toContain('Peskov');
    // Every source cited is a paragraph naming Peskov, so no one else's quotation slips into his.
    const cited = citedParagraphs(body, articles);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((p) => !p.includes('Peskov'))).toEqual([]);
  });

  it.each([
    ['drills', {}],
    ['estimates', { subject: 'troops' }],
    ['search', { question: 'When do the drills end?' }],
    ['who', { name: 'Stoltenberg' }],
    ['timeline', {}],
    // Every quotation of the story: long enough to page (the paging tests below click its "more" button).
    ['quotes', {}],
  ] as const)('/%s %o answers with cited verbatim snippets', async (name, options) => {
    const outcome = await ask(command(name, options));
    const body = expectCitedAnswer(outcome, `/${name}`);
    for (const value of Object.values(options)) {
      expect(visibleText(body).toLowerCase()).toContain(String(value).split(' ')[0]?.toLowerCase());
    }
  });

  it('/estimates troops shows figures', async () => {
    const outcome = await ask(command('estimates', { subject: 'troops' }));
    const snippets = snippetLines(outcome.final?.body ?? {});
    expect(snippets.some((s) => /\d/.test(`${s.label ?? ''} ${s.snippet}`))).toBe(true);
  });

  it('/search honours an integer limit option', async () => {
    const outcome = await ask(command('search', { question: 'drills', limit: 2 }));
    const count = snippetLines(expectCitedAnswer(outcome, '/search limit:2')).length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(2);
  });

  it('/sources lists every article with its publisher', async () => {
    const outcome = await ask(command('sources'));
    expect(outcome.final?.ephemeral).toBe(false);
    const text = visibleText(outcome.final?.body ?? {});
    expect(text).toContain('CNN');
    expect(outcome.messages.length).toBeGreaterThan(0);
  });

  it('/help names every command', async () => {
    const outcome = await ask(command('help'));
    const text = visibleText(outcome.final?.body ?? {});
    for (const name of ANSWER_COMMANDS) expect(text).toContain(`/${name}`);
  });

  it('private:true answers ephemerally', async () => {
    const outcome = await ask(command('quotes', { speaker: 'Peskov', private: true }));
    expect(outcome.final?.ephemeral).toBe(true);
    expect(snippetLines(outcome.final?.body ?? {}).length).toBeGreaterThan(0);
  });

  it.each([
    ['quotes', 'speaker', 'Pes', 'Peskov'],
    ['estimates', 'subject', 'tro', 'troop'],
    ['who', 'name', 'Stol', 'Stoltenberg'],
  ])('autocompletes /%s %s from "%s"', async (name, option, partial, expected) => {
    const outcome = await ask(autocomplete(name, option, partial));
    expect(outcome.callbackType).toBe(8);
    expect(choiceViolations(outcome.choices ?? [])).toEqual([]);
    expect(outcome.choices?.some((c) => String(c.name).includes(expected))).toBe(true);
  });

  it('autocompletes an empty prefix with at most 25 choices', async () => {
    const outcome = await ask(autocomplete('who', 'name', ''));
    expect(outcome.callbackType).toBe(8);
    expect(choiceViolations(outcome.choices ?? [])).toEqual([]);
  });

  it('pages a long answer with the "more" button, editing the message in place', async () => {
    const paged = outcomes.find(({ outcome }) => buttonIds(outcome.final?.body.components).length > 0);
    expect(paged, 'no answer was long enough to have a "more" button').toBeDefined();
    if (!paged) return;
    const message = standIn.messageOf(paged.sent);
    if (!message) throw new Error('the stand-in kept no message for the paged answer');
    const [next] = buttonIds(message.components);
    const before = JSON.stringify(message.embeds);
    const outcome = await ask(standIn.click(message, next ?? ''));
    expect([6, 7]).toContain(outcome.callbackType);
    expect(JSON.stringify(standIn.messageOf(paged.sent)?.embeds)).not.toBe(before);
    expect(snippetLines(outcome.final?.body ?? {}).length).toBeGreaterThan(0);
  });

  it("shows another user the next page privately, leaving the asker's message as it was", async () => {
    const paged = outcomes.find(({ outcome }) => buttonIds(outcome.final?.body.components).length > 0);
    const message = paged ? standIn.messageOf(paged.sent) : null;
    if (!message) throw new Error('no paged answer to click on');
    const before = JSON.stringify(message.embeds);
    const [button] = buttonIds(message.components);
    const outcome = await ask(standIn.click(message, button ?? '', standIn.world.user()));
    expect(outcome.final?.ephemeral).toBe(true);
    expect(snippetLines(outcome.final?.body ?? {}).length).toBeGreaterThan(0);
    expect(JSON.stringify(message.embeds)).toBe(before);
  });

  it('answers a button it does not understand, ephemerally', async () => {
    const first = command('quotes', { speaker: 'Peskov' });
    await ask(first);
    const message = standIn.messageOf(first);
    if (!message) throw new Error('no message to click on');
    const outcome = await ask(standIn.click(message, 'not-a-page-button'));
    expect(outcome.final?.ephemeral).toBe(true);
  });

  it.each([
    ['nothing matched', 'quotes', { speaker: 'Zyxwvut Qwerty' }],
    ['a blank required option', 'search', { question: '   ' }],
  ] as const)('answers %s ephemerally with an explanation', async (_label, name, options) => {
    const outcome = await ask(command(name, options));
    expect(outcome.final?.ephemeral).toBe(true);
    expect(visibleText(outcome.final?.body ?? {}).length).toBeGreaterThan(10);
  });

  it('answers an unknown command ephemerally', async () => {
    const outcome = await ask(command('frobnicate', { thing: 'x' }));
    expect(outcome.final?.ephemeral).toBe(true);
    expect(visibleText(outcome.final?.body ?? {})).toMatch(/frobnicate|unknown|know/i);
  });

  it('never lets a snippet or query ping anyone', async () => {
    const outcome = await ask(command('search', { question: '@everyone <@&123456789012345678> drills' }));
    // messageViolations (run by ask) already requires allowed_mentions.parse to be [] on every message.
    expect(outcome.messages.length).toBeGreaterThan(0);
  });

  it.each([
    ['close code 4000', 4000],
    ['a dropped socket', undefined],
  ])('resumes after %s and answers what was sent meanwhile, once', async (_label, code) => {
    const resumed = standIn.gateway.counts.resumed;
    await standIn.gateway.drop(code);
    const missed = command('quotes', { speaker: 'Peskov' });
    await standIn.gateway.waitForEvent('resumed', resumed + 1);
    const outcome = await ask(missed);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(standIn.requestsFor(missed).filter((r) => r.route === 'interaction-callback')).toHaveLength(1);
    expectCitedAnswer(outcome, 'after resume');
  });

  it('heartbeats, and resumes when a heartbeat goes unacknowledged (zombie connection)', async () => {
    await standIn.gateway.waitForFrame(OP.heartbeat, 1, 3000);
    const resumed = standIn.gateway.counts.resumed;
    standIn.gateway.skipHeartbeatAcks(1);
    await standIn.gateway.waitForEvent('resumed', resumed + 1, 5000);
    expectCitedAnswer(await ask(command('drills')), 'after a zombie connection');
  });

  it('identifies anew when the session cannot be resumed, and keeps answering', async () => {
    const readies = standIn.gateway.counts.ready;
    standIn.gateway.invalidateSessions();
    await standIn.gateway.drop(4000);
    await standIn.gateway.waitForEvent('ready', readies + 1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectCitedAnswer(await ask(command('drills')), 'after a new session');
  });

  it('retries a reply answered with 429 and Retry-After', async () => {
    standIn.rest.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status: 429, retryAfterSeconds: 0.5 });
    const sent = command('quotes', { speaker: 'Peskov' });
    const outcome = await ask(sent);
    const calls = outcome.requests.filter((r) => r.route === 'interaction-callback');
    expect(calls.map((r) => r.status)).toEqual([429, 204]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(450);
    expectCitedAnswer(outcome, 'after 429');
  });

  it('retries an edit of a deferred reply answered with 429, then 500', async () => {
    standIn.rest.failNext('PATCH', /\/messages\/@original$/, { status: 429, retryAfterSeconds: 0.2 });
    standIn.rest.failNext('PATCH', /\/messages\/@original$/, { status: 500 });
    const outcome = await ask(command('timeline'));
    expect(outcome.callbackType).toBe(5);
    const edits = outcome.requests.filter((r) => r.route === 'webhook-message-edit');
    expect(edits.map((r) => r.status)).toEqual([429, 500, 200]);
    expectCitedAnswer(outcome, 'after 429 and 500');
  });

  it('answers with a generic ephemeral error, and logs the command, when a reply fails for good', async () => {
    // discord.js tries a request four times on 5xx (one try and three retries), then throws into the command.
    standIn.rest.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status: 500 }, 4);
    const logBefore = bot?.stderr().length ?? 0;
    const outcome = await ask(command('who', { name: 'Stoltenberg' }));
    const calls = outcome.requests.filter((r) => r.route === 'interaction-callback');
    expect(calls.map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);
    expect(outcome.final?.ephemeral).toBe(true);
    expect(snippetLines(outcome.final?.body ?? {})).toEqual([]);
    expect(visibleText(outcome.final?.body ?? {}).length).toBeGreaterThan(10);
    const errors = (bot?.stderr().slice(logBefore) ?? '')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number })
      .filter((entry) => entry.level >= 50);
    expect(errors.some((entry) => JSON.stringify(entry).includes('who'))).toBe(true);
  });

  describe('moderator workflows', () => {
    const moderator: FakeUser = standIn.world.user();
    // Unique per run, so nothing already in the folder can match it or make it a duplicate.
    const marker = `wharf${Date.now().toString(36)}`;
    const article = {
      title: 'Harbour authority opens new pier',
      publisher: 'Coastal Gazette',
      date: '2024-05-02',
      url: `https://example.org/${marker}`,
      text: `The harbour authority opened the ${marker} pier on Thursday, adding berths for 40 fishing boats.\n\n"This pier secures the fleet for a generation," harbour master Jane Doyle said.`,
    };

    /** Sends `payload` as `user` holding `permissions`, as Discord resolves them for the interaction. */
    function as(payload: Record<string, unknown>, user: FakeUser, permissions: string, source?: FakeMessage) {
      return standIn.send({ ...payload, member: standIn.world.member(user, permissions) }, source ?? null);
    }
    const moderatorCommand = (name: string, user = moderator, permissions = MODERATOR_PERMISSIONS) =>
      as(commandInteraction(standIn.world, name, {}, user), user, permissions);
    const submitArticle = (fields: Record<string, string>, user = moderator, permissions = MODERATOR_PERMISSIONS) =>
      as(modalInteraction(standIn.world, INGEST_MODAL_ID, fields, user), user, permissions);
    /** `/ingest file:` with `bytes` uploaded as `name` (claiming `size` bytes, as Discord reports it). */
    function ingestFile(name: string, bytes: Uint8Array, size = bytes.length) {
      const attachment = standIn.attachment(name, bytes, size);
      const id = String(attachment.id);
      const payload = commandInteraction(standIn.world, 'ingest', {}, moderator);
      const data = {
        ...(payload.data as Record<string, unknown>),
        options: [{ name: 'file', type: 11, value: id }],
        resolved: { attachments: { [id]: attachment } },
      };
      return as({ ...payload, data }, moderator, MODERATOR_PERMISSIONS);
    }
    const downloads = () => standIn.rest.find((r) => r.route === 'attachment').length;
    const content = (outcome: InteractionOutcome) => String(outcome.final?.body.content ?? '');

    it('refuses /brief, /ingest and the article form to a member without Manage Messages', async () => {
      const before = standIn.rest.find((r) => r.route === 'channel-message').length;
      for (const sent of [
        command('brief'),
        command('ingest'),
        submitArticle(article, standIn.member, '2248473465835073'),
      ]) {
        const outcome = await ask(sent);
        expect(outcome.final?.ephemeral, describeInteraction(sent)).toBe(true);
        expect(content(outcome)).toMatch(
          /^You need the Manage Messages permission to (publish briefings|add articles)\.$/,
        );
      }
      expect(standIn.rest.find((r) => r.route === 'channel-message')).toHaveLength(before);
      const search = await ask(command('search', { question: marker }));
      expect(snippetLines(search.final?.body ?? {})).toEqual([]);
    });

    it("publishes a moderator's /brief only through the preview's Publish button, mentions off, audited", async () => {
      const sent = moderatorCommand('brief');
      const preview = await ask(sent);
      expect(preview.final?.ephemeral).toBe(true);
      expect(content(preview)).toMatch(/^Preview, visible only to you\. Publish it in <#\d+>/);
      expect(snippetLines(preview.final?.body ?? {}).length).toBeGreaterThan(0);
      // Nothing public yet.
      expect(standIn.rest.find((r) => r.route === 'channel-message')).toEqual([]);
      const message = standIn.messageOf(sent);
      if (!message) throw new Error('no preview message');
      const publish = buttonIds(message.components).find((id) => id.startsWith('publish|')) ?? '';

      const clicked = as(
        buttonInteraction(standIn.world, message, publish, moderator),
        moderator,
        MODERATOR_PERMISSIONS,
        message,
      );
      const published = await ask(clicked);
      expect(content(published)).toMatch(/^Published ".+" in <#\d+>\.$/);
      const posts = standIn.rest.find((r) => r.route === 'channel-message');
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) {
        const body = post.body as Record<string, unknown>;
        expect(post.path).toBe(`/channels/${standIn.world.channelId}/messages`);
        expect(body.allowed_mentions).toEqual({ parse: [] });
        expect(messageViolations(body)).toEqual([]);
        expect(citationProblems(body, articles)).toEqual([]);
        expect(((Number(body.flags) || 0) & 64) === 0).toBe(true);
      }
      expect(snippetLines(posts[0]?.body as Record<string, unknown>).length).toBeGreaterThan(0);

      const { entries } = await readAudit(AUDIT_LOG);
      expect(entries.filter((e) => e.kind === 'publish')).toEqual([
        expect.objectContaining({
          kind: 'publish',
          actor: expect.objectContaining({ id: moderator.id }),
          destination: standIn.world.channelId,
          command: 'brief',
        }),
      ]);
    });

    it('adds a good article from the form, answers /search with it at once, and refuses it again as a duplicate', async () => {
      const added = await ask(submitArticle(article));
      expect(added.final?.ephemeral).toBe(true);
      expect(content(added)).toMatch(/^Added "Harbour authority opens new pier" as \S+\.md \(2 paragraphs\)/);
      expect(content(added)).toMatch(/\nQuotes: 1\n/);
      articles = readArticles(KNOWLEDGE_DIR);
      expect(articles.some((a) => a.title === article.title)).toBe(true);
      const found = expectCitedAnswer(await ask(command('search', { question: marker })), '/search after /ingest');
      expect(visibleText(found)).toContain('Coastal Gazette');

      const again = await ask(submitArticle({ ...article, title: 'Same story, new title' }));
      expect(content(again)).toMatch(
        /^Not added: already in the knowledge base: "Harbour authority opens new pier" \(\S+\.md\)/,
      );
      const { entries } = await readAudit(AUDIT_LOG);
      expect(entries.filter((e) => e.kind === 'ingest')).toEqual([
        expect.objectContaining({
          actor: expect.objectContaining({ id: moderator.id }),
          source: 'modal',
          title: article.title,
        }),
      ]);
    });

    it('adds an attached .md article downloaded from where Discord serves attachments', async () => {
      const before = downloads();
      const file = [
        '---',
        'title: Council approves new bridge',
        'publisher: River Times',
        'date: 2024-03-04',
        '---',
        '',
        'The city council approved a new bridge on Monday after a vote of 9 to 2.',
      ].join('\n');
      const added = await ask(ingestFile('bridge.md', new TextEncoder().encode(file)));
      expect(content(added)).toMatch(/^Added "Council approves new bridge" as \S+\.md \(1 paragraph\)/);
      expect(downloads()).toBe(before + 1);
      articles = readArticles(KNOWLEDGE_DIR);
      expectCitedAnswer(await ask(command('search', { question: 'council bridge vote' })), '/search after attaching');
    });

    it('refuses a bad article and an oversized attachment, adding nothing', async () => {
      const bad = await ask(submitArticle({ ...article, url: 'https://example.org/other', date: '2024-02-30' }));
      expect(content(bad)).toBe('Not added: the article is not valid: date: date is not a real calendar day');
      const before = downloads();
      const huge = await ask(ingestFile('huge.md', new TextEncoder().encode('x'), 2_000_000));
      expect(huge.final?.ephemeral).toBe(true);
      expect(content(huge)).toBe('The file is 2000000 bytes; articles are limited to 1 MB (1048576 bytes).');
      expect(downloads(), 'an oversized attachment is refused before it is downloaded').toBe(before);
      expect(readArticles(KNOWLEDGE_DIR).length).toBe(articles.length);
    });

    it('answers from a file written into the knowledge folder within seconds, without a restart', async () => {
      const question = 'lighthouse keeper lamp';
      writeFileSync(
        join(KNOWLEDGE_DIR, 'articles', 'lighthouse.md'),
        '---\ntitle: Lighthouse lamp repaired\npublisher: Shore Post\ndate: 2024-06-01\n---\n\nThe lighthouse keeper said the lamp was repaired on Tuesday after a storm.\n',
      );
      const written = Date.now();
      articles = readArticles(KNOWLEDGE_DIR);
      for (;;) {
        const sent = command('search', { question });
        const outcome = await ask(sent);
        if (snippetLines(outcome.final?.body ?? {}).length > 0) {
          expect(visibleText(outcome.final?.body ?? {})).toContain('Shore Post');
          expect(sent.at - written).toBeLessThan(RELOAD_DEADLINE_MS);
          break;
        }
        expect(sent.at - written, 'the new file was not answered in time').toBeLessThan(RELOAD_DEADLINE_MS);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    describe('from the web', () => {
      const web = new TestServer();
      const [page, item] = corpus()
        .filter((a) => a.paragraphs.join('').length > 800)
        .slice(300, 302) as [CorpusArticle, CorpusArticle];
      beforeAll(async () => {
        await web.start();
        web.page('/news/story', articlePage(page, { canonical: '/news/story' }));
        web.page('/news/item', articlePage(item, { canonical: '/news/item' }));
        web.feed(
          '/feed.xml',
          rssFeed('Loopback Wire', [
            { guid: 'i1', link: web.url('/news/item'), title: item.title, date: '2024-02-01T10:00:00Z' },
          ]),
        );
      });
      afterAll(() => web.stop());
      /** `/feeds <sub> …` as Discord sends a subcommand: its options nested under it. */
      function feeds(sub: string, options: Record<string, string> = {}) {
        const payload = commandInteraction(standIn.world, 'feeds', {}, moderator);
        const nested = Object.entries(options).map(([name, value]) => ({ name, type: 3, value }));
        const data = {
          ...(payload.data as Record<string, unknown>),
          options: [{ name: sub, type: 1, options: nested }],
        };
        return as({ ...payload, data }, moderator, MODERATOR_PERMISSIONS);
      }

      it('adds an article from its web address with /ingest url: and answers from it at once', async () => {
        const sent = as(
          commandInteraction(standIn.world, 'ingest', { url: web.url('/news/story?utm_source=discord') }, moderator),
          moderator,
          MODERATOR_PERMISSIONS,
        );
        const added = await ask(sent);
        expect(added.final?.ephemeral).toBe(true);
        expect(content(added)).toMatch(/^Added ".+" as \S+\.md \(\d+ paragraphs\); it is searchable now\./);
        expect(content(added)).toContain(`URL: ${web.url('/news/story')}`);
        articles = readArticles(KNOWLEDGE_DIR);
        const saved = articles.find((a) => a.title === page.title);
        expect(saved?.paragraphs).toEqual(expectedParagraphs(page));
        const question = (page.paragraphs[0] ?? '').split(' ').slice(0, 8).join(' ');
        expectCitedAnswer(await ask(command('search', { question })), '/search after /ingest url:');
      });

      it('follows a feed with /feeds and announces its new article in the configured channel, mentions off', async () => {
        const before = standIn.rest.find((r) => r.route === 'channel-message').length;
        const followed = await ask(feeds('add', { url: web.url('/feed.xml') }));
        expect(content(followed)).toBe(
          'Following "Loopback Wire" (1 item now). New articles are added at the next poll.',
        );
        const polled = await ask(feeds('poll'));
        expect(polled.final?.ephemeral).toBe(true);
        expect(content(polled)).toMatch(/^Polled 1 feed:\n• Loopback Wire: 1 added\nAnnounced in \d+\.$/);
        const posts = standIn.rest.find((r) => r.route === 'channel-message').slice(before);
        expect(posts).toHaveLength(1);
        const body = posts[0]?.body as Record<string, unknown>;
        expect(String(body.content)).toMatch(
          /^New article from the feeds:\n• .+ <http:\/\/127\.0\.0\.1:\d+\/news\/item>$/,
        );
        expect(body.allowed_mentions).toEqual({ parse: [] });
        expect(Number(body.flags) & 4).toBe(4);
        articles = readArticles(KNOWLEDGE_DIR);
        expect(content(await ask(feeds('list')))).toMatch(
          /^Following 1 feed:\n• Loopback Wire <.+> — polled just now; 1 article$/,
        );
      });
    });

    it('logs a file saved broken and keeps answering from its last good version', async () => {
      const logged = bot?.stderr().length ?? 0;
      writeFileSync(join(KNOWLEDGE_DIR, 'articles', 'lighthouse.md'), '---\ntitle: [unclosed\n---\n\nBroken.\n');
      const start = Date.now();
      const warning = () =>
        (bot?.stderr().slice(logged) ?? '')
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { level: number; msg: string; path?: string })
          .find(
            (entry) => entry.level === 40 && /broken file/.test(entry.msg) && /lighthouse\.md$/.test(entry.path ?? ''),
          );
      while (!warning()) {
        expect(Date.now() - start, 'no warning about the broken file').toBeLessThan(RELOAD_DEADLINE_MS);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // `articles` still holds the good version, so ask() checks the answer against it, verbatim.
      const outcome = await ask(command('search', { question: 'lighthouse keeper lamp' }));
      expect(visibleText(expectCitedAnswer(outcome, 'after a broken save'))).toContain('Shore Post');
    });
  });

  it('pins the JSON shape of each command reply', () => {
    const shapes: Record<string, unknown> = {};
    for (const { sent, outcome } of outcomes) {
      const label = describeInteraction(sent).split(' ')[0] ?? '';
      const key = `${label} ${outcome.final?.ephemeral ? 'ephemeral' : 'public'} ${outcome.final?.kind ?? `callback ${outcome.callbackType}`}`;
      shapes[key] ??= outcome.choices ? shapeOf({ choices: outcome.choices }) : shapeOf(outcome.final?.body);
    }
    // A published briefing is no interaction reply: the bot posts it to the channel itself.
    const published = standIn.rest.find((r) => r.route === 'channel-message')[0];
    shapes['published briefing (channel message)'] = shapeOf(published?.body);
    expect(Object.keys(shapes).length).toBeGreaterThanOrEqual(COMMANDS.length);
    expect(Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => a.localeCompare(b)))).toMatchSnapshot();
  });

  it('called no REST route the stand-in does not know', () => {
    expect(standIn.rest.unknown.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('shuts down cleanly on SIGTERM, never having printed the token', async () => {
    const exit = await bot?.stop('SIGTERM', 8000);
    expect(exit).toEqual({ code: 0, signal: null });
    const output = `${bot?.stdout()}\n${bot?.stderr()}`;
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(standIn.token);
    // The token's last part is the secret (the first is the public application id in base64): not even alone.
    expect(output).not.toContain(standIn.token.split('.')[2]);
  });

  it('never printed an interaction token (each lets anyone answer as the bot for 15 minutes)', () => {
    const output = `${bot?.stdout()}\n${bot?.stderr()}`;
    const leaked = [...standIn.world.interactions.keys()].filter((token) => output.includes(token));
    const lines = output.split('\n').filter((line) => leaked.some((token) => line.includes(token)));
    expect(lines.map((line) => line.slice(0, 300))).toEqual([]);
  });
});

describe('deploying the commands, other scopes and bad configuration', () => {
  type Run = Awaited<ReturnType<typeof runToExit>>;
  let global: Run;
  let missingId: Run;
  let before = 0;
  // Both at once: a cold tsx start is the slow part, and neither depends on the other.
  beforeAll(async () => {
    before = standIn.rest.lastSeq;
    [global, missingId] = await Promise.all([
      runToExit('commands/deploy.ts', env()),
      runToExit('commands/deploy.ts', { ...env(), DISCORD_APPLICATION_ID: '' }),
    ]);
  }, 60_000);

  it('registers globally when no guild is set', () => {
    expect(global.code, global.stderr.slice(-2000)).toBe(0);
    expect([...standIn.world.globalCommands.keys()].sort()).toEqual([...COMMANDS].sort());
  });

  it('refuses to deploy without DISCORD_APPLICATION_ID, saying which variable to set, and calls nothing', () => {
    expect(missingId.code).not.toBe(0);
    expect(missingId.stderr).toContain('DISCORD_APPLICATION_ID');
    expect(`${missingId.stdout}${missingId.stderr}`).not.toContain(standIn.token);
    // The global deploy's PUT is the only request of the two runs.
    const requests = standIn.rest.find(() => true, before);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${standIn.applicationId}/commands`,
    ]);
  });
});
