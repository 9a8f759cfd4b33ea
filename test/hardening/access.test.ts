/**
 * Access: who may run the moderator commands, where /ingest may fetch from, and that nothing a user types becomes
 * a path. Moderator checks are exercised through a real discord.js client against the stand-in, with members whose
 * permissions lack Manage Messages as if a server admin had opened the commands to everyone.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type Client, PermissionFlagsBits } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ingest from '../../commands/ingest.ts';
import { DISCORD_CDN_HOSTS, MODERATOR_PERMISSION } from '../../src/discord/moderation.ts';
import { commitArticle, prepareArticle } from '../../src/knowledge/write.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { commandInteraction, INTERACTION } from '../e2e/payloads.ts';
import { DiscordStandIn, type FakeUser, type SentInteraction, snowflake } from '../e2e/standin/index.ts';
import { startModerationClient } from '../workflows/moderation-client.ts';
import { type Receiver, startReceiver } from '../workflows/receiver.ts';

/** Every permission bit except Manage Messages and Administrator (which implies it). */
const ALL_BUT_MODERATOR = String(
  Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n) &
    ~(MODERATOR_PERMISSION | PermissionFlagsBits.Administrator),
);
const MODERATOR = String(MODERATOR_PERMISSION);
const ARTICLE = '---\ntitle: Council approves new bridge\n---\n\nThe council approved a new bridge on Monday.\n';

const standIn = new DiscordStandIn({ heartbeatIntervalMs: 1000, warn: () => undefined });
let dir: string;
let knowledge: string;
let service: BriefingService;
let client: Client;
/** Stands in for Discord's attachment host; counts downloads. */
let cdn: Receiver;
/** A host that is not the attachment host; it must never be contacted. */
let foreign: Receiver;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hardening-access-'));
  knowledge = join(dir, 'knowledge');
  await mkdir(join(knowledge, 'articles'), { recursive: true });
  service = await createBriefingService({ knowledgeDir: knowledge });
  cdn = await startReceiver([], { status: 200, body: ARTICLE });
  foreign = await startReceiver([], { status: 200, body: ARTICLE });
  await standIn.start();
  client = await startModerationClient(standIn, service, {
    knowledgeDir: knowledge,
    auditLog: join(dir, 'audit.jsonl'),
    attachmentHosts: [new URL(cdn.url).host],
  });
}, 60_000);

afterAll(async () => {
  await client?.destroy();
  await standIn.stop();
  await cdn?.close();
  await foreign?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `/name` from `user` with `permissions` (null: sent from a DM, with no member). */
function send(
  name: string,
  user: FakeUser,
  permissions: string | null,
  data: Record<string, unknown> = {},
  type: number = INTERACTION.command,
): SentInteraction {
  const payload = commandInteraction(standIn.world, name, {}, user);
  const member = permissions === null ? {} : { member: standIn.world.member(user, permissions) };
  const base = { ...payload, type, ...member, data: { ...(payload.data as object), ...data } };
  if (permissions === null) {
    delete (base as Record<string, unknown>).guild_id;
    delete (base as Record<string, unknown>).member;
    (base as Record<string, unknown>).user = user;
  }
  return standIn.send(base);
}

function attachment(url: string, size: number, name = 'bridge.md') {
  const id = snowflake();
  return {
    options: [{ name: ingest.FILE_OPTION, type: 11, value: id }],
    resolved: { attachments: { [id]: { id, filename: name, size, url, proxy_url: url, content_type: 'text/plain' } } },
  };
}

function form(title: string) {
  const fields = { title, text: 'The council approved a new bridge on Monday after a long debate.' };
  return {
    custom_id: ingest.INGEST_MODAL_ID,
    components: Object.entries(fields).map(([custom_id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id, value }],
    })),
  };
}

async function reply(sent: SentInteraction): Promise<{ text: string; ephemeral: boolean }> {
  const outcome = await standIn.outcome(sent);
  return { text: String(outcome.final?.body.content ?? ''), ephemeral: outcome.final?.ephemeral === true };
}

describe('moderator commands', () => {
  it('are refused to members without Manage Messages, whatever the server set as default permissions', async () => {
    const member = standIn.world.user();
    const url = `${cdn.url}/attachments/1/2/bridge.md`;
    for (const permissions of [ALL_BUT_MODERATOR, '0']) {
      const attempts = [
        send('ingest', member, permissions),
        send('ingest', member, permissions, attachment(url, ARTICLE.length)),
        send('ingest', member, permissions, form('Council approves new bridge'), INTERACTION.modal),
        send('brief', member, permissions),
      ];
      for (const sent of attempts) {
        const { text, ephemeral } = await reply(sent);
        expect(text).toMatch(/^You need the Manage Messages permission to (add articles|publish briefings)\.$/);
        expect(ephemeral).toBe(true);
      }
    }
    expect(cdn.received).toHaveLength(0);
    expect(await readdir(join(knowledge, 'articles'))).toEqual([]);
  });

  it('are refused in direct messages, where no server permission applies', async () => {
    const { text } = await reply(
      send('ingest', standIn.world.user(), null, attachment(`${cdn.url}/attachments/1/2/a.md`, 10)),
    );
    expect(text).toBe('You can only add articles in a server, not in direct messages.');
    expect(cdn.received).toHaveLength(0);
  });
});

describe('/ingest attachments', () => {
  it('are fetched only from the attachment host, and their size is checked before any download', async () => {
    const moderator = standIn.world.user();
    const refusals: [string, number, RegExp][] = [
      [`${foreign.url}/attachments/1/2/bridge.md`, 100, /^Only files uploaded to Discord/],
      [`${cdn.url}/not-attachments/bridge.md`, 100, /^Only files uploaded to Discord/],
      [`${cdn.url.replace('http://', 'http://user:pw@')}/attachments/1/2/bridge.md`, 100, /^Only files uploaded/],
      [`${cdn.url}/attachments/1/2/bridge.md`, 50 * 1024 * 1024, /^The file is 52428800 bytes/],
    ];
    for (const [url, size, message] of refusals) {
      const { text } = await reply(send('ingest', moderator, MODERATOR, attachment(url, size)));
      expect(text, url).toMatch(message);
    }
    expect(cdn.received).toHaveLength(0);
    expect(foreign.received).toHaveLength(0);
  });

  it('accepts no URL but https on the attachment hosts, whatever is made up', () => {
    const hosts = DISCORD_CDN_HOSTS;
    const tricks = fc.constantFrom(
      'https://cdn.discordapp.com.evil.example/attachments/1/2/a.md',
      'https://evil.example/cdn.discordapp.com/attachments/1/2/a.md',
      'https://cdn.discordapp.com@evil.example/attachments/1/2/a.md',
      'https://user@cdn.discordapp.com/attachments/1/2/a.md',
      'http://cdn.discordapp.com/attachments/1/2/a.md',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://cdn.discordapp.com:8443/attachments/1/2/a.md',
      'https://cdn.discordapp.com/emojis/1.png',
      '//cdn.discordapp.com/attachments/1/2/a.md',
      'https://127.0.0.1/attachments/1/2/a.md',
    );
    fc.assert(
      fc.property(fc.oneof(tricks, fc.webUrl(), fc.string()), (url) => {
        const u = URL.canParse(url) ? new URL(url) : null;
        const legit =
          u !== null &&
          u.protocol === 'https:' &&
          hosts.includes(u.host) &&
          u.username === '' &&
          u.password === '' &&
          /^\/(ephemeral-)?attachments\//.test(u.pathname);
        expect(ingest.isAttachmentUrl(url, hosts), url).toBe(legit);
      }),
      { numRuns: 300 },
    );
    expect(ingest.isAttachmentUrl('https://cdn.discordapp.com/attachments/1/2/a.md', hosts)).toBe(true);
  });
});

describe('no path from user input reaches the file system', () => {
  it('a hostile title from the article form yields a safe name inside knowledge/articles', async () => {
    const { text } = await reply(
      send('ingest', standIn.world.user(), MODERATOR, form('../../etc/passwd'), INTERACTION.modal),
    );
    expect(text).toMatch(/^Added "\.\.\/\.\.\/etc\/passwd" as etc-passwd-[0-9a-f]{10}\.md/);
    const names = (await readdir(join(knowledge, 'articles'))).filter((n) => n.includes('passwd'));
    expect(names).toEqual([expect.stringMatching(/^etc-passwd-[0-9a-f]{10}\.md$/)]);
  });

  it('any title or upload name becomes a slug-and-hash file name in the articles folder', async () => {
    const target = join(dir, 'paths');
    const hostile = fc.oneof(
      fc.constantFrom(
        '../../etc/passwd',
        '/etc/cron.d/job',
        '..\\..\\windows\\system32',
        'C:\\x',
        '\u0000',
        '.',
        '..',
        '~',
        '.hidden',
      ),
      fc.string({ unit: 'binary', maxLength: 80 }),
    );
    const names: string[] = [];
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom('.md', '.txt', '.markdown'), (title, upload, ext) => {
        const fromForm = prepareArticle({ kind: 'draft', draft: { title, text: `Body ${names.length}.` } }, []);
        const bytes = new TextEncoder().encode(`Upload body ${names.length} ${title}.`);
        const fromFile = prepareArticle({ kind: 'file', name: `${upload}${ext}`, bytes }, []);
        for (const prepared of [fromForm, fromFile]) {
          if (!prepared.ok) continue;
          expect(prepared.article.file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{10}\.(md|txt)$/);
          names.push(prepared.article.file);
        }
      }),
      { numRuns: 150 },
    );
    expect(names.length).toBeGreaterThan(100);
    // Written for real, a few of them land in the articles folder and nowhere else.
    const prepared = prepareArticle(
      { kind: 'file', name: '../../../etc/passwd.txt', bytes: Buffer.from('Owned.\n') },
      [],
    );
    if (!prepared.ok) throw new Error(prepared.message);
    const path = await commitArticle(target, prepared);
    expect(dirname(path)).toBe(resolve(target, 'articles'));
    expect(await readdir(target)).toEqual(['articles']);
  });
});
