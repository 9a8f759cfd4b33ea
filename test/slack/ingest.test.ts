/**
 * `/briefing ingest <link>` in Slack: the same ingest by URL as Discord's and the CLI's, for moderators only,
 * acknowledged first (fetching takes longer than Slack's 3 s allow) and answered privately.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/briefing.ts';
import { handleSlash, MODERATORS_ONLY } from '../../src/slack/answer.ts';
import type { ResponseBody, SlackContext, SlackPreview } from '../../src/slack/context.ts';
import { fetchPolicy } from '../../src/web/fetch.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { Cooldown } from '../../src/workflows/cooldown.ts';
import { PreviewStore } from '../../src/workflows/previews.ts';
import { articlePage, type CorpusArticle, corpus, expectedParagraphs } from '../web/pages.ts';
import { TestServer } from '../web/server.ts';

const server = new TestServer();
let dir: string;
let ctx: SlackContext;
const article = corpus().filter((a) => a.paragraphs.join('').length > 700)[123] as CorpusArticle;

beforeAll(async () => {
  await server.start();
  server.page('/news/slack', articlePage(article, { canonical: '/news/slack' }));
  dir = await mkdtemp(join(tmpdir(), 'slack-ingest-'));
  await mkdir(join(dir, 'knowledge', 'articles'), { recursive: true });
  ctx = {
    service: await createBriefingService({ knowledgeDir: join(dir, 'knowledge'), cacheDir: join(dir, 'cache') }),
    logger: pino({ level: 'silent' }),
    cooldown: new Cooldown(0),
    moderators: ['U0MOD'],
    auditLog: join(dir, 'audit.jsonl'),
    previews: new PreviewStore<SlackPreview>(),
    ingest: { knowledgeDir: join(dir, 'knowledge'), fetch: fetchPolicy({ allowPrivate: ['127.0.0.1'] }) },
  };
}, 30_000);
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `/briefing <text>` as `user`, recording the acknowledgement and what was posted after it. */
async function slash(text: string, user: string) {
  const acks: unknown[] = [];
  const posts: (ResponseBody | { delete_original: true })[] = [];
  const flows = {
    preview: async () => undefined,
    isModerator: async (u: string) => ctx.moderators.includes(u),
  };
  const request = { text, command: '/briefing', user, userName: user.toLowerCase(), channel: 'C1', team: 'T1' };
  await handleSlash(
    ctx,
    request,
    {
      ack: async (reply) => void acks.push(reply),
      respond: async (body) => void posts.push(body),
    },
    flows,
  );
  return { acks, posts, text: posts.map((p) => ('text' in p ? p.text : '')).join('\n') };
}

describe('/briefing ingest', () => {
  it('adds the article a moderator links to, acknowledging first and answering privately', async () => {
    const run = await slash(`ingest <${server.url('/news/slack?utm_source=slack')}>`, 'U0MOD');
    expect(run.acks).toEqual([undefined]);
    expect(run.posts).toHaveLength(1);
    expect(run.posts[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(run.text).toMatch(/^Added .+ as \S+\.md \(\d+ paragraphs\); it is searchable now\./);
    expect(run.text).toContain(`URL: ${server.url('/news/slack')}`);
    const served = ctx.service.articles();
    expect(served).toHaveLength(1);
    expect(served[0]?.paragraphs.map((p) => p.text)).toEqual(expectedParagraphs(article));
    expect((await readAudit(ctx.auditLog)).entries).toEqual([
      expect.objectContaining({ source: 'url', actor: { id: 'U0MOD', name: 'u0mod' }, guild: 'T1' }),
    ]);
  }, 60_000);

  it('refuses anyone who is not a moderator, fetching and writing nothing', async () => {
    const hits = server.hits('/news/slack').length;
    const before = await readdir(join(dir, 'knowledge', 'articles'));
    const run = await slash(`ingest ${server.url('/news/slack')}`, 'U0READER');
    expect(run.text).toBe(MODERATORS_ONLY);
    expect(server.hits('/news/slack').length).toBe(hits);
    expect(await readdir(join(dir, 'knowledge', 'articles'))).toEqual(before);
  });

  it('says why a private address is refused', async () => {
    const closed = ctx;
    ctx = { ...ctx, ingest: { knowledgeDir: join(dir, 'knowledge'), fetch: fetchPolicy() } };
    try {
      const run = await slash(`ingest ${server.url('/news/other')}`, 'U0MOD');
      expect(run.text).toBe('Not added: 127.0.0.1 is a loopback address; the bot does not fetch from private networks');
    } finally {
      ctx = closed;
    }
  });
});
