/**
 * The moderator workflows end to end: a real discord.js client against the local Discord stand-in, with
 * `/ingest` and the moderator `/brief` routed by the bot's router (the Publish/Cancel buttons and the article
 * form through its handlers, the moderator settings through its context).
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ingest from '../../commands/ingest.ts';
import { MODERATOR_PERMISSION } from '../../src/discord/moderation.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { buttonIds, buttonInteraction, commandInteraction, INTERACTION } from '../e2e/payloads.ts';
import {
  DiscordStandIn,
  type FakeMessage,
  type FakeUser,
  type SentInteraction,
  snowflake,
} from '../e2e/standin/index.ts';
import { startModerationClient } from './moderation-client.ts';
import { type Receiver, startReceiver } from './receiver.ts';

const SEEDS = join(import.meta.dirname, '../../../shared/eval/articles');
/** Permissions of a member who may moderate: the stand-in's default set plus Manage Messages. */
const MODERATOR_PERMISSIONS = String(2248473465835073n | MODERATOR_PERMISSION);

const standIn = new DiscordStandIn({ heartbeatIntervalMs: 1000, warn: () => undefined });
const moderator: FakeUser = standIn.world.user();
const otherModerator: FakeUser = standIn.world.user();
let dir: string;
let knowledge: string;
let auditLog: string;
let service: BriefingService;
let client: Client;
let files: Receiver;
/** An attachment host whose file is larger than it claims. */
let liar: Receiver;
const ATTACHMENT = new TextEncoder().encode(
  [
    '---',
    'title: Council approves new bridge',
    'publisher: River Times',
    'date: 2024-03-04',
    'url: https://example.org/bridge',
    '---',
    '',
    'The city council approved a new bridge on Monday after a vote of 9 to 2.',
    '',
    '"The bridge will cut commutes in half," mayor Ana Ruiz said.',
  ].join('\n'),
);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'moderation-'));
  knowledge = join(dir, 'knowledge');
  auditLog = join(dir, 'audit.jsonl');
  await mkdir(join(knowledge, 'articles'), { recursive: true });
  await copyFile(join(SEEDS, '000_7ae1a928e654e4ad.txt'), join(knowledge, 'articles', '000_7ae1a928e654e4ad.txt'));
  service = await createBriefingService({ knowledgeDir: knowledge, cacheDir: join(dir, 'cache') });
  // Stands in for Discord's CDN: every request gets the attachment's bytes.
  files = await startReceiver([], { status: 200, body: new TextDecoder().decode(ATTACHMENT) });
  liar = await startReceiver([], { status: 200, body: 'a'.repeat(1024 * 1024 + 1) });
  await standIn.start();

  const _logger = pino({ level: 'silent' });
  // Wired as the bot wires it: moderator settings through the router's context, handlers tried before paging.
  client = await startModerationClient(standIn, service, {
    knowledgeDir: knowledge,
    auditLog: auditLog,
    attachmentHosts: [new URL(files.url).host, new URL(liar.url).host],
  });
}, 60_000);

afterAll(async () => {
  await client?.destroy();
  await standIn.stop();
  await files?.close();
  await liar?.close();
  await rm(dir, { recursive: true, force: true });
});

/** `/name` sent by `user` with the given member permissions and raw options. */
function command(
  name: string,
  user: FakeUser,
  permissions: string,
  options: Record<string, unknown>[] = [],
  resolved?: Record<string, unknown>,
): SentInteraction {
  const payload = commandInteraction(standIn.world, name, {}, user);
  const data = payload.data as Record<string, unknown>;
  return standIn.send({
    ...payload,
    member: standIn.world.member(user, permissions),
    data: { ...data, ...(options.length > 0 ? { options } : {}), ...(resolved ? { resolved } : {}) },
  });
}

/** `/ingest file:<attachment>` where the attachment claims `size` bytes and lives at `url`. */
function ingestFile(user: FakeUser, permissions: string, name: string, size: number, url: string): SentInteraction {
  const id = snowflake();
  return command('ingest', user, permissions, [{ name: ingest.FILE_OPTION, type: 11, value: id }], {
    attachments: { [id]: { id, filename: name, size, url, proxy_url: url, content_type: 'text/plain' } },
  });
}

/** A submitted article form. */
function submitForm(user: FakeUser, permissions: string, fields: Record<string, string>): SentInteraction {
  const payload = commandInteraction(standIn.world, 'ingest', {}, user);
  return standIn.send({
    ...payload,
    type: INTERACTION.modal,
    member: standIn.world.member(user, permissions),
    data: {
      custom_id: ingest.INGEST_MODAL_ID,
      components: Object.entries(fields).map(([custom_id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id, value }],
      })),
    },
  });
}

/** A click on `customId` of `message` by a moderator (the stand-in's own clicks come from plain members). */
function click(message: FakeMessage, customId: string, user: FakeUser): SentInteraction {
  const payload = buttonInteraction(standIn.world, message, customId, user);
  return standIn.send({ ...payload, member: standIn.world.member(user, MODERATOR_PERMISSIONS) }, message);
}

function text(body: Readonly<Record<string, unknown>> | undefined): string {
  return String(body?.content ?? '');
}

const pier = {
  title: 'Harbour authority opens new pier',
  publisher: 'Coastal Gazette',
  date: '2024-05-02',
  url: 'https://example.org/pier',
  text: 'The harbour authority opened a new pier on Thursday, adding berths for 40 fishing boats.\n\n"This pier secures the fleet for a generation," harbour master Jane Doyle said.',
};

describe('permissions', () => {
  it('declares Manage Messages as the default member permission of /ingest', () => {
    expect(ingest.data.toJSON().default_member_permissions).toBe(String(MODERATOR_PERMISSION));
  });

  it('refuses /ingest, the article form and /brief to a member without Manage Messages', async () => {
    const member = standIn.member;
    for (const sent of [
      command('ingest', member, '2248473465835073'),
      submitForm(member, '0', pier),
      command('brief', member, '0'),
    ]) {
      const outcome = await standIn.outcome(sent);
      expect(outcome.final?.ephemeral).toBe(true);
      expect(text(outcome.final?.body)).toMatch(
        /^You need the Manage Messages permission to (add articles|publish briefings)\.$/,
      );
    }
    expect(service.articles()).toHaveLength(1);
  });
});

describe('/ingest', () => {
  it('opens the article form when no file is attached', async () => {
    const outcome = await standIn.outcome(command('ingest', moderator, MODERATOR_PERMISSIONS));
    expect(outcome.callbackType).toBe(9);
    const callback = outcome.requests.find((r) => r.route === 'interaction-callback');
    const data = (callback?.body as { data: { custom_id: string; components: unknown[] } } | undefined)?.data;
    expect(data?.custom_id).toBe(ingest.INGEST_MODAL_ID);
    expect(data?.components).toHaveLength(5);
  });

  it('adds a good article from the form, serves it at once, and refuses it a second time', async () => {
    const first = await standIn.outcome(submitForm(moderator, MODERATOR_PERMISSIONS, pier));
    expect(first.final?.ephemeral).toBe(true);
    expect(text(first.final?.body)).toMatch(
      /^Added "Harbour authority opens new pier" as harbour-authority-opens-new-pier-/,
    );
    expect(text(first.final?.body)).toMatch(
      /\nQuotes: 1\n {2}• .+: "This pier secures the fleet for a generation" \(¶2\)/,
    );
    expect(first.final?.body.allowed_mentions).toEqual({ parse: [] });
    expect(service.answer('search', { question: 'pier fishing boats' }).empty).toBe(false);

    const again = await standIn.outcome(submitForm(moderator, MODERATOR_PERMISSIONS, { ...pier, title: 'Retitled' }));
    expect(text(again.final?.body)).toMatch(
      /^Not added: already in the knowledge base: "Harbour authority opens new pier" \(harbour-authority-opens-new-pier-[0-9a-f]{10}\.md\) has the same URL$/,
    );
  });

  it('refuses a bad article from the form with the validation message', async () => {
    const outcome = await standIn.outcome(
      submitForm(moderator, MODERATOR_PERMISSIONS, { ...pier, url: 'https://example.org/other', date: '2024-02-30' }),
    );
    expect(text(outcome.final?.body)).toBe(
      'Not added: the article is not valid: date: date is not a real calendar day',
    );
  });

  it('adds an attached .md file downloaded from the attachment host', async () => {
    const before = files.received.length;
    const url = `${files.url}/attachments/1/2/bridge.md`;
    const outcome = await standIn.outcome(
      ingestFile(moderator, MODERATOR_PERMISSIONS, 'bridge.md', ATTACHMENT.length, url),
    );
    expect(text(outcome.final?.body)).toMatch(/^Added "Council approves new bridge" as council-approves-new-bridge-/);
    expect(files.received.length).toBe(before + 1);
    expect(files.received.at(-1)?.method).toBe('GET');
    const names = await readdir(join(knowledge, 'articles'));
    expect(names.some((n) => n.startsWith('council-approves-new-bridge-'))).toBe(true);
  });

  it('refuses an oversized attachment before downloading it', async () => {
    const before = files.received.length;
    const url = `${files.url}/attachments/1/2/huge.txt`;
    const outcome = await standIn.outcome(ingestFile(moderator, MODERATOR_PERMISSIONS, 'huge.txt', 5_000_000, url));
    expect(text(outcome.final?.body)).toBe('The file is 5000000 bytes; articles are limited to 1 MB (1048576 bytes).');
    expect(files.received.length).toBe(before);
  });

  it('stops downloading a file that turns out larger than it claimed', async () => {
    const url = `${liar.url}/attachments/1/2/small.txt`;
    const outcome = await standIn.outcome(ingestFile(moderator, MODERATOR_PERMISSIONS, 'small.txt', 100, url));
    expect(text(outcome.final?.body)).toBe('Not added: the file is larger than 1048576 bytes (1 MB).');
    expect(liar.received).toHaveLength(1);
  });

  it('refuses attachments from anywhere but the attachment host, and files that are not articles', async () => {
    const foreign = await standIn.outcome(
      ingestFile(moderator, MODERATOR_PERMISSIONS, 'a.md', 10, 'https://example.com/attachments/1/2/a.md'),
    );
    expect(text(foreign.final?.body)).toBe('Only files uploaded to Discord with the command can be added.');
    const pdf = await standIn.outcome(
      ingestFile(moderator, MODERATOR_PERMISSIONS, 'a.pdf', 10, `${files.url}/attachments/1/2/a.pdf`),
    );
    expect(text(pdf.final?.body)).toBe('Attach a .md (Markdown with front matter) or .txt file.');
  });

  it('records every ingest in the audit log with who added it', async () => {
    const { entries } = await readAudit(auditLog);
    const ingests = entries.filter((e) => e.kind === 'ingest');
    expect(ingests.map((e) => e.kind === 'ingest' && e.source).sort()).toEqual(['attachment', 'modal']);
    for (const e of ingests) expect(e.actor.id).toBe(moderator.id);
  });
});

describe('/brief preview and publish', () => {
  async function preview(user: FakeUser) {
    const sent = command('brief', user, MODERATOR_PERMISSIONS);
    const outcome = await standIn.outcome(sent);
    const message = standIn.messageOf(sent);
    if (!message) throw new Error('no preview message');
    return { outcome, message };
  }

  it('shows a private preview with Publish and Cancel, then publishes publicly with mentions off and audits it', async () => {
    const { outcome, message } = await preview(moderator);
    expect(outcome.final?.ephemeral).toBe(true);
    expect(text(outcome.final?.body)).toMatch(/^Preview, visible only to you\. Publish it in <#\d+>/);
    const ids = buttonIds(message.components);
    expect(ids).toHaveLength(2);
    const publishId = ids.find((id) => id.startsWith('publish|')) ?? '';

    const posted = standIn.rest.requests.length;
    const published = await standIn.outcome(click(message, publishId, moderator));
    expect(text(published.final?.body)).toMatch(/^Published ".+" in <#\d+>\.$/);
    const sent = standIn.rest.requests.slice(posted).filter((r) => r.route === 'channel-message');
    expect(sent.length).toBeGreaterThanOrEqual(1);
    for (const r of sent) {
      const body = r.body as { allowed_mentions?: unknown; embeds?: unknown[]; flags?: number };
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.embeds?.length).toBeGreaterThan(0);
      expect((body.flags ?? 0) & 64).toBe(0);
    }

    const { entries } = await readAudit(auditLog);
    const last = entries.at(-1);
    expect(last).toMatchObject({ kind: 'publish', actor: { id: moderator.id }, destination: standIn.world.channelId });

    // The same button again posts nothing more.
    const before = standIn.rest.requests.length;
    const again = await standIn.outcome(click(message, publishId, moderator));
    expect(text(again.final?.body)).toBe('This preview has expired or was already used. Run /brief again.');
    expect(standIn.rest.requests.slice(before).filter((r) => r.route === 'channel-message')).toEqual([]);
  });

  it('lets only the moderator who asked decide, and Cancel posts nothing', async () => {
    const { message } = await preview(moderator);
    const [publishId, cancelId] = buttonIds(message.components);
    const other = await standIn.outcome(click(message, publishId ?? '', otherModerator));
    expect(other.final?.ephemeral).toBe(true);
    expect(text(other.final?.body)).toBe('Only the moderator who asked for this preview can publish or cancel it.');

    const before = standIn.rest.requests.length;
    const cancel = await standIn.outcome(click(message, cancelId ?? '', moderator));
    expect(text(cancel.final?.body)).toBe('Cancelled: nothing was posted.');
    expect(standIn.rest.requests.slice(before).filter((r) => r.route === 'channel-message')).toEqual([]);
  });
});
