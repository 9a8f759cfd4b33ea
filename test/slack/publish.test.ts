import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/types.ts';
import type { BriefingService } from '../../src/service/index.ts';
import type { ResponseBody, SlackContext, SlackPreview } from '../../src/slack/context.ts';
import { answerReply, decodePageRef, encodePageRef, type Reply } from '../../src/slack/messages.ts';
import { decisionFlow, isModerator, previewFlow, type SlackApi } from '../../src/slack/publish.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { Cooldown } from '../../src/workflows/cooldown.ts';
import { PreviewStore } from '../../src/workflows/previews.ts';

const dir = mkdtempSync(join(tmpdir(), 'slack-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const briefing: Answer = {
  command: 'brief',
  title: 'Briefing <!channel>',
  query: {},
  sections: [{ heading: 'What', items: [{ snippet: 'Drills began in Belarus.', citation: 1 }] }],
  conflicts: [],
  notes: [],
  citations: [{ n: 1, article: 'a1', paragraph: 1, title: 'T', publisher: 'P', byline: [], date: null, url: null }],
  empty: false,
  suggestions: [],
};

function context(moderators: string[], auditLog = join(dir, 'audit.jsonl')) {
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
  const service = { answer: () => briefing } as unknown as BriefingService;
  const ctx: SlackContext = {
    service,
    logger,
    cooldown: new Cooldown(0),
    moderators,
    auditLog,
    previews: new PreviewStore<SlackPreview>(),
  };
  return { ctx, warnings };
}

/** A Web API double recording what was posted; `fail` makes postMessage throw Slack's error. */
function api(groups: Record<string, string[]>, fail?: string) {
  const posted: { channel: string; reply: Reply }[] = [];
  const client: SlackApi = {
    async usergroupMembers(group) {
      const members = groups[group];
      if (!members)
        throw Object.assign(new Error('An API error occurred: no_such_subteam'), {
          data: { error: 'no_such_subteam' },
        });
      return members;
    },
    async postMessage(channel, reply) {
      if (fail) throw Object.assign(new Error(`An API error occurred: ${fail}`), { data: { error: fail } });
      posted.push({ channel, reply });
      return `17000000${posted.length}.000100`;
    },
  };
  return { client, posted };
}

function recorder() {
  const bodies: (ResponseBody | { delete_original: true })[] = [];
  return {
    bodies,
    respond: async (b: ResponseBody | { readonly delete_original: true }) => void bodies.push(b as ResponseBody),
  };
}

const text = (b: unknown) => JSON.stringify(b);

describe('isModerator', () => {
  it('accepts listed users and members of listed groups, and fails closed when a group cannot be read', async () => {
    const { ctx, warnings } = context(['U0ED', 'S0EDIT', 'S404']);
    const { client } = api({ S0EDIT: ['U0DESK'] });
    expect(await isModerator(ctx, client, 'U0ED')).toBe(true);
    expect(await isModerator(ctx, client, 'U0DESK')).toBe(true);
    expect(await isModerator(ctx, client, 'U0REP')).toBe(false);
    expect(warnings.join()).toMatch(/cannot list group/);
  });
});

describe('the preview and its decision', () => {
  const request = { text: 'brief', command: '/briefing', user: 'U0ED', userName: 'ed', channel: 'C0NEWS', team: 'T1' };

  async function preview(ctx: SlackContext, client: SlackApi) {
    const { bodies, respond } = recorder();
    let acked = 0;
    await previewFlow(ctx, client)(request, async () => void acked++, respond);
    expect(acked).toBe(1);
    const shown = bodies[0] as ResponseBody;
    const nonce = shown.blocks
      .flatMap((b) => (b.type === 'actions' ? b.elements : []))
      .find((e) => e.action_id === 'briefing_publish')?.value;
    return { shown, nonce };
  }

  it('refuses a member who is not a moderator, and says how to become one', async () => {
    const { ctx } = context([]);
    const { client } = api({});
    const { shown, nonce } = await preview(ctx, client);
    expect(nonce).toBeUndefined();
    expect(text(shown)).toMatch(/SLACK_MODERATORS/);
  });

  it('publishes once what was previewed, escaped, audit-logged with the Slack user, channel and team', async () => {
    const { ctx } = context(['U0ED']);
    const { client, posted } = api({});
    const { shown, nonce } = await preview(ctx, client);
    expect(text(shown)).toContain('Publish it in <#C0NEWS>?');
    const decide = decisionFlow(ctx, client);

    const other = recorder();
    await decide({ action: 'publish', nonce, user: 'U0OTHER', userName: 'x' }, other.respond);
    expect(text(other.bodies)).toMatch(/Only the moderator who asked/);
    expect(posted).toHaveLength(0);

    const mine = recorder();
    await decide({ action: 'publish', nonce, user: 'U0ED', userName: 'ed' }, mine.respond);
    expect(posted.map((p) => p.channel)).toEqual(['C0NEWS']);
    // Only the header (plain_text, never parsed for mentions) shows the title as written.
    const parsed = posted[0]?.reply.blocks.filter((b) => b.type !== 'header');
    expect(text([posted[0]?.reply.text, parsed])).not.toContain('<!channel>');
    expect(text(posted[0]?.reply)).not.toContain('briefing_');
    expect(text(mine.bodies)).toContain('Published \\"Briefing &lt;!channel&gt;\\" in <#C0NEWS>.');
    const { entries } = await readAudit(ctx.auditLog);
    expect(entries.at(-1)).toMatchObject({
      kind: 'publish',
      actor: { id: 'U0ED', name: 'ed' },
      destination: 'C0NEWS',
      guild: 'T1',
      message: '170000001.000100',
      articles: ['a1'],
    });

    const again = recorder();
    await decide({ action: 'publish', nonce, user: 'U0ED', userName: 'ed' }, again.respond);
    expect(text(again.bodies)).toMatch(/expired or was already used/);
    expect(posted).toHaveLength(1);
  });

  it('says what to do when Slack will not post there, and records nothing', async () => {
    const { ctx } = context(['U0ED'], join(dir, 'failed.jsonl'));
    const { client } = api({}, 'not_in_channel');
    const { nonce } = await preview(ctx, client);
    const r = recorder();
    await decisionFlow(ctx, client)({ action: 'publish', nonce, user: 'U0ED', userName: 'ed' }, r.respond);
    expect(text(r.bodies)).toMatch(/failed after 0 of 1 message.*Invite me/);
    expect((await readAudit(ctx.auditLog)).entries).toEqual([]);
  });

  it('cancels without posting', async () => {
    const { ctx } = context(['U0ED']);
    const { client, posted } = api({});
    const { nonce } = await preview(ctx, client);
    const r = recorder();
    await decisionFlow(ctx, client)({ action: 'cancel', nonce, user: 'U0ED', userName: 'ed' }, r.respond);
    expect(text(r.bodies)).toMatch(/Cancelled/);
    expect(posted).toHaveLength(0);
    expect(nonce && ctx.previews.get(nonce)).toBeUndefined();
  });
});

describe('page references', () => {
  it('round-trips, and refuses values it did not make', () => {
    const ref = { command: 'search', options: { question: 'how far is Kyiv', limit: 3 }, page: 2 } as const;
    expect(decodePageRef(encodePageRef(ref) ?? '')).toEqual(ref);
    for (const bad of [
      undefined,
      'not json',
      '[]',
      JSON.stringify({ c: 'ingest', p: 0, o: {} }),
      JSON.stringify({ c: 'quotes', p: -1, o: {} }),
      JSON.stringify({ c: 'quotes', p: 0, o: { speaker: 'x'.repeat(300) } }),
      JSON.stringify({ c: 'quotes', p: 0, o: { nonsense: 'y' } }),
      JSON.stringify({ c: 'search', p: 0, o: { question: 'Kyiv', limit: 99 } }),
      JSON.stringify({ c: 'quotes', p: 0, o: { speaker: { nested: true } } }),
    ]) {
      expect(decodePageRef(bad), String(bad)).toBeNull();
    }
  });

  it('offers Share only for an answer from the news, and names the sharer only by a user id', () => {
    const ref = { command: 'brief', options: {}, page: 0 } as const;
    const ids = (r: Reply) => r.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids(answerReply(briefing, ref, { shareable: true }))).toEqual(['briefing_share']);
    expect(ids(answerReply({ ...briefing, citations: [] }, ref, { shareable: true }))).toEqual([]);
    expect(text(answerReply(briefing, ref, { shareable: false, sharedBy: 'U0ED' }))).toContain('Shared by <@U0ED>');
    expect(text(answerReply(briefing, ref, { shareable: false, sharedBy: '!channel' }))).not.toContain('Shared by');
  });
});
