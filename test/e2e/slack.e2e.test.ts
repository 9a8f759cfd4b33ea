/**
 * End-to-end: the Slack app started as a user starts it (`npm start`'s entry point in a child process, configured
 * only through its environment) against a local stand-in of Slack (`slack/standin.ts`). HTTP mode gets signed
 * slash commands, button clicks and mention events; Socket Mode gets the same through the WebSocket the stand-in's
 * `apps.connections.open` hands out. What the app sends back (acknowledgements, `response_url` posts, Web API calls)
 * is checked: content, citations, Block Kit limits, privacy, mentions, moderators, the audit log, and secrets.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_COMMAND_SPECS } from '../../src/slack/commands.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { readArticles, type SourceArticle } from './citations.ts';
import { type Child, ROOT, runEntry } from './process.ts';
import { BOT_USER, type Delivery, type FakeUser, SlackStandIn } from './slack/standin.ts';
import { DiscordStandIn } from './standin/index.ts';

type Json = Record<string, unknown>;

/** Slack shows "operation_timeout" after 3 s without an acknowledgement. */
const ACK_MS = 3000;
/**
 * A chart follows its answer within the renderer's limits (the worker's start 30 s, a drawing 5 s): the app starts
 * its chart worker with the first chart asked for, which takes seconds on two cores shared with the rest of the suite.
 */
const CHART_DEADLINE_MS = 45_000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const workDir = mkdtempSync(join(tmpdir(), 'briefing-slack-e2e-'));
const KNOWLEDGE_DIR = join(workDir, 'knowledge');
cpSync(join(ROOT, 'knowledge'), KNOWLEDGE_DIR, { recursive: true });
const AUDIT_LOG = join(workDir, 'audit.jsonl');

/**
 * Extra articles so that some answers run over one Slack page: officials quoted at length, each quotation a
 * paragraph, in the form the extractor attributes (`"…," said Name, role`).
 */
const SPEAKERS = ['Anna Kowalska', 'Marek Nowak', 'Ilse Brandt', 'Tomas Varga', 'Elena Petrova', 'Jonas Berg'];
function writeArticles(): void {
  mkdirSync(join(KNOWLEDGE_DIR, 'articles'), { recursive: true });
  for (let a = 0; a < 8; a++) {
    const paragraphs = Array.from({ length: 6 }, (_, p) => {
      const speaker = SPEAKERS[(a + p) % SPEAKERS.length];
      const n = a * 6 + p + 1;
      return `"Statement ${n}: the units taking part in the exercise will keep to the published schedule, the columns will use the roads agreed with the regional authorities, the live firing will stay inside the ranges marked on the maps handed to the press, the air element will keep clear of the civilian corridors, and observers from neighbouring states have been invited to watch the manoeuvres on day ${n}, as the ministry promised when the plans were first announced," said ${speaker}, a spokesperson for the defence ministry.`;
    });
    const text = `---\ntitle: "Officials describe the exercise, report ${a + 1}"\npublisher: Standin Wire\ndate: 2022-02-${String(10 + a).padStart(2, '0')}\n---\n\n${paragraphs.join('\n\n')}\n`;
    writeFileSync(join(KNOWLEDGE_DIR, 'articles', `0000_standin_${a + 1}.md`), text);
  }
}
writeArticles();
const articles = readArticles(KNOWLEDGE_DIR);

const standIn = new SlackStandIn();
const moderator = standIn.user('editor');
const groupModerator = standIn.user('desk-chief');
const member = standIn.user('reporter');
const other = standIn.user('intern');
const MODERATOR_GROUP = 'S0EDITORS';

function env(extra: Record<string, string>): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: standIn.botToken,
    SLACK_API_URL: standIn.apiUrl,
    SLACK_MODERATORS: `${moderator.id}, ${MODERATOR_GROUP}`,
    KNOWLEDGE_DIR,
    CACHE_DIR: join(workDir, 'cache'),
    AUDIT_LOG,
    COOLDOWN_SECONDS: '0',
    // Set, even empty, so a developer's .env (which never overrides the environment) cannot leak in.
    DISCORD_TOKEN: '',
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    // The most verbose level, so a secret leaking into any log line at all is caught.
    LOG_LEVEL: 'trace',
    ...extra,
  };
}

/** Waits for a JSON log line of the child with this `msg`, and returns it. */
async function logLine(child: Child, msg: string, ms = 60_000): Promise<Json> {
  return standIn.until(
    () => {
      if (child.process.exitCode !== null) throw new Error(`the app exited:\n${child.stderr().slice(-3000)}`);
      for (const line of child.stderr().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Json;
        if (entry.msg === msg) return entry;
      }
      return undefined;
    },
    `the log line "${msg}"`,
    ms,
  );
}

/** Slack's text decoded: what a reader sees. */
function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function sections(message: Json): string[] {
  return ((message.blocks as Json[] | undefined) ?? []).flatMap((b) =>
    b.type === 'section' ? [String((b.text as Json).text)] : [],
  );
}

function contexts(message: Json): string[] {
  return ((message.blocks as Json[] | undefined) ?? []).flatMap((b) =>
    b.type === 'context' ? (b.elements as Json[]).map((e) => String(e.text)) : [],
  );
}

function buttons(message: Json): string[] {
  return ((message.blocks as Json[] | undefined) ?? []).flatMap((b) =>
    b.type === 'actions' ? (b.elements as Json[]).map((e) => String(e.action_id)) : [],
  );
}

/**
 * Citation problems of a message: each snippet line `• [n] …` must cite a source listed on the same message
 * (`[n] title · … · ¶p`), and the snippet must be in paragraph p of that article on disk.
 */
function citationProblems(message: Json, sources: readonly SourceArticle[]): string[] {
  const listed = new Map<number, { title: string; paragraph: number }>();
  for (const line of contexts(message)) {
    const m = /^\[(\d+)\] (?:<[^|>]*\|([^>]*)>|([^·]*?)) · .*¶(\d+)$/.exec(line);
    if (m) listed.set(Number(m[1]), { title: unescapeSlack((m[2] ?? m[3] ?? '').trim()), paragraph: Number(m[4]) });
  }
  const problems: string[] = [];
  for (const line of sections(message).flatMap((s) => s.split('\n'))) {
    const m = /^• \[(\d+)\] (?:\*[^*]*\*(?: \([^)]*\))?: )?(.*)$/.exec(line);
    if (!m) continue;
    const source = listed.get(Number(m[1]));
    if (!source) {
      problems.push(`[${m[1]}] is not among the message's sources`);
      continue;
    }
    const article = sources.find((a) => a.title === source.title || a.id === source.title);
    const paragraph = article?.paragraphs[source.paragraph - 1]?.replace(/\s+/g, ' ') ?? '';
    const snippet = unescapeSlack(m[2] ?? '')
      .replace(/…$/, '')
      .replace(/\s+/g, ' ');
    if (!paragraph.includes(snippet))
      problems.push(`"${snippet.slice(0, 60)}" is not in ${source.title} ¶${source.paragraph}`);
  }
  return problems;
}

/** No mention anywhere: every `<` opens a link to http(s) or a channel link this app built from an id. */
function mentionProblems(message: Json, allowed: readonly string[] = []): string[] {
  const texts = [String(message.text ?? ''), ...sections(message), ...contexts(message)];
  return texts.flatMap((t) =>
    [...t.matchAll(/<([^>]*)>/g)]
      .map((m) => m[1] ?? '')
      .filter((inner) => !/^https?:\/\//.test(inner) && !allowed.includes(inner))
      .map((inner) => `<${inner}> in "${t.slice(0, 80)}"`),
  );
}

/** The image block of a chart's message, if the message is one. */
function imageOf(message: Json): Json | undefined {
  return ((message.blocks as Json[] | undefined) ?? []).find((b) => b.type === 'image');
}

/** The message a request ended with: the acknowledgement's body, or else the first post to its response_url. */
async function answerOf(delivery: Delivery): Promise<Json> {
  if (delivery.ack?.blocks !== undefined) return delivery.ack;
  return standIn.nthPost(delivery.responseUrl);
}

function checks(message: Json, label: string): void {
  expect(citationProblems(message, articles), `${label}: citations`).toEqual([]);
  expect(mentionProblems(message), `${label}: mentions`).toEqual([]);
}

beforeAll(async () => {
  await standIn.start();
  standIn.groups.set(MODERATOR_GROUP, [groupModerator.id]);
});

afterAll(async () => {
  await standIn.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('Slack in HTTP mode', () => {
  let app: Child;
  let url: string;

  async function slash(text: string, user: FakeUser = member): Promise<{ delivery: Delivery; message: Json }> {
    const delivery = await standIn.sendHttp(url, 'slash', standIn.slashPayload(text, user));
    expect(delivery.status, `/briefing ${text}`).toBe(200);
    expect(delivery.ackMs, `/briefing ${text} acknowledged late`).toBeLessThan(ACK_MS);
    return { delivery, message: await answerOf(delivery) };
  }

  async function click(user: FakeUser, message: Json, action: string, ephemeral = true) {
    const delivery = await standIn.sendHttp(
      url,
      'interaction',
      standIn.clickPayload(user, message, action, { ephemeral }),
    );
    expect(delivery.status).toBe(200);
    expect(delivery.ackMs).toBeLessThan(ACK_MS);
    return delivery;
  }

  beforeAll(async () => {
    app = runEntry(
      'src/main.ts',
      env({ SLACK_SIGNING_SECRET: standIn.signingSecret, SLACK_PORT: '0', SLACK_HOST: '127.0.0.1' }),
    );
    url = String((await logLine(app, 'listening for Slack')).url);
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('checks the bot token at start and listens on the address it logs', () => {
    expect(standIn.callsOf('auth.test').length).toBeGreaterThan(0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
  });

  it.each(
    SLACK_COMMAND_SPECS.filter((s) => s.moderatorOnly !== true).flatMap((s) =>
      s.examples.map((example) => [example, s] as const),
    ),
  )('answers %s privately, cited and within Block Kit, acknowledged within 3 s', async (example, spec) => {
    const { delivery, message } = await slash(example.replace(/^\//, ''));
    // A slow command acknowledges empty at once and answers through its response_url; others answer in the ack.
    expect(delivery.ack === undefined, `${example}: acknowledged first`).toBe(spec.slow === true);
    expect(message.response_type).toBe('ephemeral');
    checks(message, example);
    // Commands are written as typed in Slack, in the query line and in any note or suggestion.
    const texts = [...sections(message), ...contexts(message)].join('\n');
    expect(texts).not.toMatch(/(^|[\s`(])\/(?:search|quotes|estimates|drills|who|timeline|sources|brief|help)\b/m);
    expect(contexts(message)[0]).toMatch(new RegExp(`^/briefing ${spec.name}\\b`));
  });

  it('lists every command as typed in Slack for /briefing help and for /briefing alone', async () => {
    for (const text of ['help', '']) {
      const { message } = await slash(text);
      const all = sections(message).join('\n');
      for (const spec of SLACK_COMMAND_SPECS) expect(all, spec.name).toContain(`/briefing ${spec.name}`);
      expect(buttons(message)).not.toContain('briefing_share');
    }
  });

  it('explains a usage mistake privately, in Slack syntax', async () => {
    const cases: [string, RegExp][] = [
      ['nope', /there is no command "nope"/],
      ['drills aspect:weather', /not a valid aspect/],
      ['search limit:99 Kyiv', /limit must be a whole number from 1 to 10/],
      ['who', /the name of \/briefing who is required \(try: \/briefing who /],
    ];
    for (const [text, problem] of cases) {
      const { delivery } = await slash(text);
      expect(delivery.ack?.response_type, text).toBe('ephemeral');
      expect(unescapeSlack(sections(delivery.ack ?? {}).join('\n')), text).toMatch(problem);
    }
  });

  it('answers a slow command after acknowledging it, through its response_url', async () => {
    const { delivery, message } = await slash('timeline');
    expect(delivery.ack).toBeUndefined();
    expect(sections(message).join('\n')).toContain('• [');
    const post = standIn.responses.find((r) => delivery.responseUrl?.includes(`/${r.id}/`));
    expect((post?.at ?? 0) - delivery.sentAt).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['estimates troops', 'estimates', ['Janes', 'United States', 'Oleksiy Reznikov']],
    ['timeline', 'timeline', ['Timeline chart', '[1]']],
  ] as const)(
    'follows /briefing %s with its chart after the text: a PNG uploaded to no channel, shown privately',
    async (text, kind, described) => {
      const { delivery, message } = await slash(text);
      const chart = await standIn.until(
        () => standIn.postsTo(delivery.responseUrl).find((body) => imageOf(body) !== undefined),
        `the chart of /briefing ${text}`,
        CHART_DEADLINE_MS,
      );
      // The text went first: in the acknowledgement, or as the first post to the response_url.
      const posts = standIn.postsTo(delivery.responseUrl);
      expect(posts.indexOf(chart)).toBe(delivery.ack === undefined ? 1 : 0);
      expect(posts.indexOf(message)).toBe(delivery.ack === undefined ? 0 : -1);
      expect(chart).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      const image = imageOf(chart) ?? {};
      const file = standIn.files.get(String((image.slack_file as Json).id));
      expect(file).toMatchObject({ filename: `${kind}.png`, completed: true, channel: undefined });
      const bytes = file?.bytes ?? Buffer.alloc(0);
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(bytes.length).toBeGreaterThan(10_000);
      // Drawn at twice the chart's 520 px, for sharp text.
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1040);
      expect(bytes.readUInt32BE(16)).toBeLessThanOrEqual(1048);
      for (const words of described) expect(String(image.alt_text)).toContain(words);
      expect(file?.altText).toBe(image.alt_text);
      expect(String((image.title as Json).text)).toMatch(new RegExp(`^Chart: ${kind}`, 'i'));
      expect(mentionProblems(chart)).toEqual([]);
    },
    90_000,
  );

  it('shares the chart with its answer: the same file, shown in the channel', async () => {
    const { delivery, message } = await slash('estimates troops');
    const chart = await standIn.until(
      () => standIn.postsTo(delivery.responseUrl).find((body) => imageOf(body) !== undefined),
      'the chart',
      CHART_DEADLINE_MS,
    );
    const uploads = standIn.files.size;
    const share = await click(member, message, 'briefing_share');
    const shared = await standIn.nthPost(share.responseUrl, 3, CHART_DEADLINE_MS);
    expect(shared.response_type).toBe('in_channel');
    expect(imageOf(shared)?.slack_file).toEqual(imageOf(chart)?.slack_file);
    expect(standIn.files.size).toBe(uploads);
  }, 90_000);

  it('pages a long answer with More and Previous, turning the private page in place', async () => {
    const { message } = await slash('quotes');
    expect(buttons(message)).toEqual(['briefing_more', 'briefing_share']);
    const pages = Number(/page 1\/(\d+)/.exec(contexts(message).join(' '))?.[1]);
    expect(pages).toBeGreaterThan(1);
    const more = await click(member, message, 'briefing_more');
    const second = await standIn.nthPost(more.responseUrl);
    expect(second.replace_original).toBe(true);
    expect(contexts(second).join(' ')).toContain(`page 2/${pages}`);
    expect(buttons(second)[0]).toBe('briefing_previous');
    checks(second, 'page 2');
    expect(sections(second)).not.toEqual(sections(message));
    const back = await click(member, second, 'briefing_previous');
    expect(sections(await standIn.nthPost(back.responseUrl))).toEqual(sections(message));
  });

  it('shares a private answer in the channel, saying who shared it, and removes the private copy', async () => {
    const { message } = await slash('quotes speaker:Peskov');
    const share = await click(member, message, 'briefing_share');
    const shared = await standIn.nthPost(share.responseUrl, 1);
    const removal = await standIn.nthPost(share.responseUrl, 2);
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(sections(shared)).toEqual(sections(message));
    expect(contexts(shared)).toContain(`Shared by <@${member.id}>`);
    expect(buttons(shared)).not.toContain('briefing_share');
    expect(mentionProblems(shared, [`@${member.id}`])).toEqual([]);
    expect(removal).toEqual({ delete_original: true });
  });

  it("shows another user the next page of a shared answer privately, leaving the channel's message", async () => {
    const { message } = await slash('quotes');
    const share = await click(member, message, 'briefing_share');
    const shared = await standIn.nthPost(share.responseUrl, 1);
    const more = await click(other, shared, 'briefing_more', false);
    const page = await standIn.nthPost(more.responseUrl);
    expect(page.response_type).toBe('ephemeral');
    expect(page.replace_original).toBe(false);
    expect(contexts(page).join(' ')).toMatch(/page 2\//);
  });

  it('refuses a button value it did not make', async () => {
    const forged = standIn.clickPayload(member, (await slash('quotes')).message, 'briefing_more');
    ((forged.actions as Json[])[0] as Json).value = JSON.stringify({
      c: 'quotes',
      p: 1,
      o: { speaker: 'x'.repeat(500) },
    });
    const delivery = await standIn.sendHttp(url, 'interaction', forged);
    expect(delivery.status).toBe(200);
    expect(sections(await standIn.nthPost(delivery.responseUrl)).join()).toMatch(/no longer supported/);
  });

  describe('moderators', () => {
    it('refuses a briefing preview to a member who is not a moderator', async () => {
      const { delivery, message } = await slash('brief', member);
      expect(delivery.ack).toBeUndefined();
      expect(message.response_type).toBe('ephemeral');
      expect(sections(message).join()).toMatch(/Only moderators can publish briefings/);
      expect(buttons(message)).toEqual([]);
    });

    it('previews privately to a member of a moderators group, whom only that moderator can publish', async () => {
      const postsBefore = standIn.callsOf('chat.postMessage').length;
      const { message } = await slash('brief', groupModerator);
      expect(standIn.callsOf('usergroups.users.list').some((c) => c.body.usergroup === MODERATOR_GROUP)).toBe(true);
      expect(message.response_type).toBe('ephemeral');
      expect(sections(message)[0]).toMatch(/^Preview, visible only to you\. Publish it in <#C0NEWSROOM>/);
      expect(buttons(message)).toEqual(['briefing_publish', 'briefing_cancel']);
      checks({ ...message, blocks: (message.blocks as Json[]).slice(1) }, 'preview');

      const stolen = await click(other, message, 'briefing_publish');
      const refusal = await standIn.nthPost(stolen.responseUrl);
      expect(refusal.replace_original).toBe(false);
      expect(sections(refusal).join()).toMatch(/Only the moderator who asked for this preview/);

      const cancel = await click(groupModerator, message, 'briefing_cancel');
      expect(sections(await standIn.nthPost(cancel.responseUrl)).join()).toMatch(/Cancelled: nothing was posted/);
      expect(standIn.callsOf('chat.postMessage').length).toBe(postsBefore);
    });

    it('publishes a preview once, waiting out a 429 from the Web API, and records it in the audit log', async () => {
      const { message } = await slash('brief', moderator);
      standIn.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
      const started = standIn.calls.length;
      const publish = await click(moderator, message, 'briefing_publish');
      const done = await standIn.nthPost(publish.responseUrl, 1, 20_000);
      expect(sections(done).join()).toMatch(/^Published ".+" in <#C0NEWSROOM>\.$/);
      const attempts = standIn.calls.slice(started).filter((c) => c.method === 'chat.postMessage');
      expect(attempts.map((c) => c.status).slice(0, 2)).toEqual([429, 200]);
      expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
      const posted = attempts.filter((c) => c.status === 200);
      for (const call of posted) {
        expect(call.body.channel).toBe('C0NEWSROOM');
        expect(buttons(call.body)).toEqual([]);
        expect(String(call.body.link_names)).toBe('false');
        checks(call.body, 'published');
      }
      expect(sections(posted[0]?.body ?? {})).toEqual(sections({ blocks: (message.blocks as Json[]).slice(1) }));

      const { entries } = await readAudit(AUDIT_LOG);
      const entry = entries.find((e) => e.kind === 'publish');
      expect(entry).toMatchObject({
        kind: 'publish',
        actor: { id: moderator.id, name: moderator.name },
        destination: 'C0NEWSROOM',
        guild: 'T0STANDIN',
        command: 'brief',
      });
      expect(entry?.kind === 'publish' ? entry.message : null).toMatch(/^\d+\.\d+$/);
      expect(entry?.kind === 'publish' ? entry.articles.length : 0).toBeGreaterThan(0);

      const again = await click(moderator, message, 'briefing_publish');
      expect(sections(await standIn.nthPost(again.responseUrl)).join()).toMatch(/expired or was already used/);
      expect(
        standIn.calls.slice(started).filter((c) => c.method === 'chat.postMessage' && c.status === 200),
      ).toHaveLength(posted.length);
    });
  });

  describe('requests not from Slack', () => {
    it('refuses a forged signature and a replayed old request, answering neither', async () => {
      const before = { calls: standIn.calls.length, posts: standIn.responses.length };
      const forged = await standIn.sendHttp(url, 'slash', standIn.slashPayload('estimates troops', member), {
        secret: 'f'.repeat(32),
      });
      expect(forged.status).toBe(401);
      const stale = await standIn.sendHttp(url, 'slash', standIn.slashPayload('estimates troops', member), {
        timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      });
      expect(stale.status).toBe(401);
      const forgedClick = await standIn.sendHttp(url, 'event', standIn.mentionPayload(`<@${BOT_USER}> Kyiv`, member), {
        secret: 'f'.repeat(32),
      });
      expect(forgedClick.status).toBe(401);
      await new Promise((r) => setTimeout(r, 500));
      expect({ calls: standIn.calls.length, posts: standIn.responses.length }).toEqual(before);
      for (const d of [forged, stale]) expect(JSON.stringify(d.ack ?? {})).not.toContain('blocks');
    });
  });

  describe('mentions', () => {
    it('answers @briefing with a private search, and nobody is pinged by what was typed', async () => {
      const before = standIn.callsOf('chat.postEphemeral').length;
      const text = `<@${BOT_USER}> <!channel> <!here> <@U0TARGET> <#C0OTHER|general> how far is Kyiv &amp; the border`;
      const delivery = await standIn.sendHttp(url, 'event', standIn.mentionPayload(text, member));
      expect(delivery.status).toBe(200);
      expect(delivery.ackMs).toBeLessThan(ACK_MS);
      const call = await standIn.until(() => standIn.callsOf('chat.postEphemeral')[before], 'the mention answer');
      expect(call.body).toMatchObject({ channel: 'C0NEWSROOM', user: member.id });
      expect(mentionProblems(call.body)).toEqual([]);
      const shown = unescapeSlack(contexts(call.body)[0] ?? '');
      expect(shown).toBe('/briefing search question: @channel @here @U0TARGET #general how far is Kyiv & the border');
      expect(sections(call.body).join()).toContain('Kyiv');
      expect(buttons(call.body)).toContain('briefing_share');
    });

    it('never lets text typed in a slash command ping anyone', async () => {
      for (const text of ['search <!channel> <@U0TARGET> Kyiv', 'search &lt;!everyone&gt; &lt;#C0OTHER&gt; Kyiv']) {
        const { message } = await slash(text);
        expect(mentionProblems(message), text).toEqual([]);
        // The header is plain_text, which Slack never parses for mentions; every mrkdwn text is escaped.
        const header = (message.blocks as Json[])[0] as { text: Json };
        expect(header.text.type).toBe('plain_text');
        expect(JSON.stringify([...sections(message), ...contexts(message), message.text])).not.toMatch(
          /<!|<@U0TARGET|<#C0OTHER/,
        );
      }
    });
  });

  it('sent Slack nothing outside Block Kit, and logged no secret', () => {
    expect(standIn.violations).toEqual([]);
    expect(standIn.unknown).toEqual([]);
    const log = app.stderr();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [standIn.botToken, standIn.signingSecret, standIn.appToken]) expect(log).not.toContain(secret);
    // Response URLs let anyone post as the app for 30 minutes: none is logged, even at trace level.
    expect(log).not.toMatch(/\/(?:commands|actions)\/T0STANDIN\//);
  });
});

describe('Slack in Socket Mode', () => {
  let app: Child;

  beforeAll(async () => {
    const before = standIn.connections;
    app = runEntry('src/main.ts', env({ SLACK_APP_TOKEN: standIn.appToken }));
    await logLine(app, 'socket open to Slack');
    await standIn.until(() => (standIn.connections > before ? true : undefined), 'a new socket');
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('opens its socket with the app-level token, never the bot token', () => {
    const opens = standIn.calls.filter((c) => c.method === 'apps.connections.open');
    expect(opens.length).toBeGreaterThan(0);
    expect(opens.every((c) => c.token === standIn.appToken)).toBe(true);
  });

  it('answers a slash command in its acknowledgement, and a slow one through its response_url', async () => {
    const quick = await standIn.sendSocket('slash_commands', standIn.slashPayload('estimates troops', member));
    expect(quick.ackMs).toBeLessThan(ACK_MS);
    expect(quick.ack?.response_type).toBe('ephemeral');
    checks(quick.ack ?? {}, 'socket estimates');
    expect(sections(quick.ack ?? {}).join()).toContain('• [');

    const slow = await standIn.sendSocket('slash_commands', standIn.slashPayload('sources', member));
    expect(slow.ack).toBeUndefined();
    const answer = await standIn.nthPost(slow.responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    checks(answer, 'socket sources');
  });

  it('turns pages and answers mentions over the socket', async () => {
    const first = await standIn.sendSocket('slash_commands', standIn.slashPayload('quotes', member));
    const more = await standIn.sendSocket(
      'interactive',
      standIn.clickPayload(member, first.ack ?? {}, 'briefing_more'),
    );
    expect(contexts(await standIn.nthPost(more.responseUrl)).join(' ')).toMatch(/page 2\//);

    const before = standIn.callsOf('chat.postEphemeral').length;
    await standIn.sendSocket('events_api', standIn.mentionPayload(`<@${BOT_USER}> where are the drills`, member));
    const call = await standIn.until(() => standIn.callsOf('chat.postEphemeral')[before], 'the mention answer');
    expect(mentionProblems(call.body)).toEqual([]);
  });

  it('reconnects when Slack asks it to, through a new apps.connections.open, and answers on the new socket', async () => {
    const before = standIn.connections;
    standIn.requestRefresh();
    await standIn.until(() => (standIn.connections > before ? true : undefined), 'a new socket', 20_000);
    const after = await standIn.sendSocket('slash_commands', standIn.slashPayload('who Stoltenberg', member));
    expect(after.ack?.response_type).toBe('ephemeral');
  });

  it('stops cleanly on SIGTERM, having logged no secret', async () => {
    const exit = await app.stop('SIGTERM');
    expect(exit.code).toBe(0);
    expect(standIn.violations).toEqual([]);
    const log = app.stderr();
    for (const secret of [standIn.botToken, standIn.appToken]) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/\/(?:commands|actions)\/T0STANDIN\//);
    // Bolt does log the payloads it receives at trace level: the filter, not silence, kept the URLs out.
    expect(log).toContain('[redacted]');
  });
});

describe('Discord and Slack from one npm start', () => {
  const discord = new DiscordStandIn({ heartbeatIntervalMs: 1000, warn: () => undefined });
  let app: Child;

  beforeAll(async () => {
    await discord.start();
    app = runEntry(
      'src/main.ts',
      env({
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_GUILD_ID: '',
        SLACK_SIGNING_SECRET: standIn.signingSecret,
        SLACK_PORT: '0',
        SLACK_HOST: '127.0.0.1',
      }),
    );
  }, 90_000);

  afterAll(async () => {
    await app?.stop('SIGKILL', 1000);
    await discord.stop();
  });

  it('connects to both with both sets of tokens, answers in Slack, and stops both on SIGTERM', async () => {
    await discord.gateway.waitForEvent('ready', 1, 60_000);
    const url = String((await logLine(app, 'listening for Slack')).url);
    const delivery = await standIn.sendHttp(url, 'slash', standIn.slashPayload('estimates troops', member));
    expect(delivery.ack?.response_type).toBe('ephemeral');
    const exit = await app.stop('SIGTERM', 15_000);
    // The end of the app's log says where a stop that did not finish was stuck.
    expect(exit.code, app.stderr().slice(-3000)).toBe(0);
    const log = app.stderr();
    for (const done of ['disconnecting from Discord', 'disconnecting from Slack']) expect(log).toContain(done);
    for (const secret of [discord.token, standIn.botToken, standIn.signingSecret]) expect(log).not.toContain(secret);
  }, 90_000);
});
