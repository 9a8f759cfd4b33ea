/**
 * Tests of the Discord stand-in itself, driven by a minimal discord.js 14 client logged in through it: if these
 * pass, the protocol the stand-in speaks is the one discord.js expects, and the bot's end-to-end test can trust it.
 */
import { once } from 'node:events';
import { createInflate, inflateSync } from 'node:zlib';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { attachmentViolations, choiceViolations, messageViolations } from './limits.ts';
import { buttonIds } from './payloads.ts';
import { OP } from './standin/gateway.ts';
import { DiscordStandIn, fakeBotToken } from './standin/index.ts';
import { commandProblems } from './standin/rest.ts';

const noMentions = { parse: [] };

const definitions = [
  new SlashCommandBuilder()
    .setName('echo')
    .setDescription('Echoes its text')
    .addStringOption((o) => o.setName('text').setDescription('What to echo').setRequired(true).setAutocomplete(true))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),
  new SlashCommandBuilder().setName('slow').setDescription('Defers, then edits'),
  new SlashCommandBuilder().setName('late').setDescription('Replies after 300 ms'),
  new SlashCommandBuilder().setName('boom').setDescription('Defers, then fails and follows up'),
  new SlashCommandBuilder()
    .setName('picture')
    .setDescription('Replies with a picture, then edits the text or replaces the file')
    .addBooleanOption((o) => o.setName('replace').setDescription('Replace the picture by another file')),
].map((b) => b.toJSON());

/** Bytes of a file the tiny bot uploads: every byte value, so a text decoding anywhere would show. */
const PICTURE = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

/** A tiny bot: just enough behaviour to exercise every response path the real bot uses. */
function startTinyBot(standIn: DiscordStandIn, errors: unknown[] = []): Client {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
  client.on('interactionCreate', (interaction) => void handle(interaction).catch((error) => errors.push(error)));
  const handle = async (interaction: Interaction) => {
    if (interaction.isAutocomplete()) {
      const typed = String(interaction.options.getFocused());
      const words = Array.from({ length: 40 }, (_, i) => `${typed}${i}`);
      await interaction.respond(words.slice(0, 25).map((w) => ({ name: w, value: w })));
      return;
    }
    if (interaction.isButton()) {
      // discord.js exposes who asked through the clicked message's interaction_metadata.
      const asker = interaction.message.interactionMetadata?.user.id === interaction.user.id;
      await interaction.update({
        content: `page ${interaction.customId}${asker ? '' : ' (not the asker)'}`,
        components: [],
        allowedMentions: noMentions,
      });
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    if (interaction.commandName === 'echo') {
      const ephemeral = interaction.options.getBoolean('private') ?? false;
      await interaction.reply({
        embeds: [new EmbedBuilder().setDescription(interaction.options.getString('text', true))],
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('more:2').setLabel('More').setStyle(ButtonStyle.Secondary),
          ),
        ],
        allowedMentions: noMentions,
        ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      });
    } else if (interaction.commandName === 'slow') {
      await interaction.deferReply();
      await interaction.editReply({ content: 'done slowly', allowedMentions: noMentions });
    } else if (interaction.commandName === 'late') {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await interaction.reply({ content: 'too late', allowedMentions: noMentions });
    } else if (interaction.commandName === 'picture') {
      await interaction.reply({
        embeds: [new EmbedBuilder().setDescription('A picture').setImage('attachment://picture.png')],
        files: [{ attachment: PICTURE, name: 'picture.png', description: 'Every byte value' }],
        allowedMentions: noMentions,
      });
      // An edit without files keeps the message's; one with files lists all it keeps, here only the new one.
      await interaction.editReply(
        interaction.options.getBoolean('replace')
          ? { files: [{ attachment: Buffer.from('notes'), name: 'notes.txt' }] }
          : { content: 'edited' },
      );
    } else if (interaction.commandName === 'boom') {
      await interaction.deferReply();
      await interaction.followUp({
        content: 'Something went wrong.',
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions,
      });
    } else {
      await interaction.reply({
        content: 'Unknown command.',
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions,
      });
    }
  };
  return client;
}

describe('Discord stand-in, driven by a discord.js client', () => {
  const warnings: string[] = [];
  const errors: unknown[] = [];
  const standIn = new DiscordStandIn({ warn: (m) => warnings.push(m) });
  let client: Client;

  beforeAll(async () => {
    await standIn.start();
    // Commands are registered as the deploy script would, so interactions reference real ids and option types.
    const put = await fetch(
      `${standIn.apiUrl}/v10/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`,
      {
        method: 'PUT',
        headers: { authorization: `Bot ${standIn.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(definitions),
      },
    );
    expect(put.status).toBe(200);
    client = startTinyBot(standIn, errors);
    const ready = once(client, 'clientReady');
    await client.login(standIn.token);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standIn.stop();
  });

  it('serves the gateway URL and READY that discord.js needs to log in', () => {
    const gatewayBot = standIn.rest.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot).toHaveLength(1);
    expect(gatewayBot[0]?.headers.authorization).toBe(`Bot ${standIn.token}`);
    expect(standIn.gateway.handshakes[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
    const identify = standIn.gateway.received(OP.identify)[0]?.d as Record<string, unknown>;
    expect(identify).toMatchObject({ token: standIn.token, intents: GatewayIntentBits.Guilds, shard: [0, 1] });
    expect(client.user?.id).toBe(standIn.applicationId);
    expect(client.application?.id).toBe(standIn.applicationId);
    expect(client.guilds.cache.get(standIn.guildId)?.name).toBe('Stand-in Guild');
    expect(warnings).toEqual([]);
  });

  it('greets with HELLO and answers a heartbeat with an ACK', async () => {
    const socket = new WebSocket(standIn.gateway.url);
    const hello = (await once(socket, 'message'))[0] as Buffer;
    expect(JSON.parse(hello.toString())).toMatchObject({ op: OP.hello, d: { heartbeat_interval: 41_250 } });
    socket.send(JSON.stringify({ op: OP.heartbeat, d: null }));
    const ack = (await once(socket, 'message'))[0] as Buffer;
    expect(JSON.parse(ack.toString())).toMatchObject({ op: OP.heartbeatAck });
    socket.close();
  });

  it('delivers a slash command and records the reply JSON', async () => {
    const sent = standIn.command('echo', { text: 'hello @everyone' });
    const outcome = await standIn.outcome(sent);
    expect(outcome.callbackType).toBe(4);
    expect(outcome.final?.kind).toBe('reply');
    expect(outcome.final?.ephemeral).toBe(false);
    expect(outcome.final?.body).toMatchObject({ embeds: [{ description: 'hello @everyone' }] });
    expect(messageViolations(outcome.final?.body ?? {})).toEqual([]);
    expect(buttonIds(outcome.final?.body.components)).toEqual(['more:2']);
  });

  it('marks ephemeral replies', async () => {
    const outcome = await standIn.outcome(standIn.command('echo', { text: 'secret', private: true }));
    expect(outcome.final?.ephemeral).toBe(true);
  });

  it('refuses an option the registered command does not declare', () => {
    expect(() => standIn.command('echo', { nonsense: 'x' })).toThrow(/no option "nonsense"/);
  });

  it('completes a deferred reply through PATCH @original', async () => {
    const outcome = await standIn.outcome(standIn.command('slow'));
    expect(outcome.callbackType).toBe(5);
    expect(outcome.final).toMatchObject({ kind: 'edit', body: { content: 'done slowly' } });
  });

  it('records an ephemeral follow-up after a deferral', async () => {
    const outcome = await standIn.outcome(standIn.command('boom'));
    expect(outcome.final).toMatchObject({ kind: 'followup', ephemeral: true });
  });

  it('records uploaded files byte for byte, serves them, and keeps them through an edit that sends none', async () => {
    const sent = standIn.command('picture');
    await standIn.outcome(sent);
    await standIn.rest.waitFor((r) => r.token === sent.token && r.route === 'webhook-message-edit');
    const reply = standIn.requestsFor(sent).find((r) => r.route === 'interaction-callback');
    expect(reply?.files.map((f) => [f.field, f.filename])).toEqual([['files[0]', 'picture.png']]);
    expect(reply?.files[0]?.bytes.equals(PICTURE)).toBe(true);
    const message = standIn.messageOf(sent);
    expect(message?.content).toBe('edited');
    expect(message?.attachments.map((a) => [a.filename, a.description])).toEqual([['picture.png', 'Every byte value']]);
    expect(attachmentViolations(message ?? {})).toEqual([]);
    const served = await fetch(`${new URL(standIn.apiUrl).origin}${message?.attachments[0]?.url}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(PICTURE)).toBe(true);
  });

  it('replaces the files of a message by those an edit lists, as Discord does', async () => {
    const sent = standIn.command('picture', { replace: true });
    await standIn.outcome(sent);
    const edit = await standIn.rest.waitFor((r) => r.token === sent.token && r.route === 'webhook-message-edit');
    expect(edit.files.map((f) => f.filename)).toEqual(['notes.txt']);
    const message = standIn.messageOf(sent);
    expect(message?.attachments.map((a) => a.filename)).toEqual(['notes.txt']);
    // The embed still shows the picture that is gone: a mistake the check reports.
    expect(attachmentViolations(message ?? {})).toEqual([
      'embed image attachment://picture.png names no attachment of the message',
    ]);
  });

  it('answers autocomplete with choices', async () => {
    const outcome = await standIn.outcome(standIn.autocomplete('echo', 'text', 'ab'));
    expect(outcome.callbackType).toBe(8);
    expect(outcome.choices).toHaveLength(25);
    expect(choiceViolations(outcome.choices ?? [])).toEqual([]);
  });

  it('delivers a button click on a message the bot sent, and records the update', async () => {
    const first = standIn.command('echo', { text: 'page one' });
    await standIn.outcome(first);
    const message = standIn.messageOf(first);
    if (!message) throw new Error('the stand-in kept no message for the reply');
    const click = standIn.click(message, 'more:2');
    const outcome = await standIn.outcome(click);
    expect(outcome.final).toMatchObject({ kind: 'update', body: { content: 'page more:2' } });
    expect(standIn.messageOf(click)?.content).toBe('page more:2');
  });

  it('rejects a second acknowledgement of the same interaction', async () => {
    const sent = standIn.command('echo', { text: 'once' });
    await standIn.outcome(sent);
    const again = await fetch(`${standIn.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'twice' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 40060 });
  });

  it('answers a 429 with Retry-After, and discord.js retries until the reply arrives', async () => {
    standIn.rest.failNext('POST', /\/callback$/, { status: 429, retryAfterSeconds: 0.3 });
    const started = Date.now();
    const sent = standIn.command('echo', { text: 'after a rate limit' });
    const outcome = await standIn.outcome(sent);
    const calls = outcome.requests.filter((r) => r.route === 'interaction-callback');
    expect(calls.map((r) => r.status)).toEqual([429, 204]);
    expect(calls[0]?.injected).toBe(true);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(outcome.final?.body).toMatchObject({ embeds: [{ description: 'after a rate limit' }] });
  });

  it('answers a 500, and discord.js retries the edit', async () => {
    standIn.rest.failNext('PATCH', /\/messages\/@original$/, { status: 500 });
    const outcome = await standIn.outcome(standIn.command('slow'));
    const edits = outcome.requests.filter((r) => r.route === 'webhook-message-edit');
    expect(edits.map((r) => r.status)).toEqual([500, 200]);
    expect(outcome.final?.body).toMatchObject({ content: 'done slowly' });
  });

  it.each([
    ['close code 4000', 4000],
    ['a dropped socket', undefined],
  ])('resumes after %s and replays what was missed, answering it once', async (_label, code) => {
    const resumesBefore = standIn.gateway.counts.resumed;
    const identifiesBefore = standIn.gateway.received(OP.identify).length;
    const sessionId = standIn.gateway.sessionId;
    await standIn.gateway.drop(code);
    // Sent while the bot is disconnected: only a RESUME replay can deliver it.
    const missed = standIn.command('echo', { text: 'sent while down' });
    await standIn.gateway.waitForEvent('resumed', resumesBefore + 1);
    const outcome = await standIn.outcome(missed, 8000, 300);
    expect(outcome.requests.filter((r) => r.route === 'interaction-callback')).toHaveLength(1);
    const resume = standIn.gateway.received(OP.resume).at(-1)?.d as Record<string, unknown>;
    expect(resume).toMatchObject({ token: standIn.token, session_id: sessionId });
    expect(resume.seq).toBeLessThan(missed.seq);
    expect(standIn.gateway.handshakes.at(-1)?.path).toBe('/resume');
    expect(standIn.gateway.received(OP.identify)).toHaveLength(identifiesBefore);
    // And the connection keeps working afterwards.
    const after = await standIn.outcome(standIn.command('echo', { text: 'after resume' }));
    expect(after.final?.body).toMatchObject({ embeds: [{ description: 'after resume' }] });
  });

  it('forgets an interaction not acknowledged before the deadline, as Discord does after 3 s', async () => {
    standIn.world.ackDeadlineMs = 100;
    try {
      const sent = standIn.command('late');
      await standIn.rest.waitFor((r) => r.path.includes(sent.token));
      // The refusal reaches the bot's handler as a rejected reply a moment after the request is recorded.
      await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 3000 });
      expect(standIn.requestsFor(sent).map((r) => r.status)).toEqual([404]);
      expect(errors.map((e) => (e as { code?: number }).code)).toEqual([10062]);
    } finally {
      standIn.world.ackDeadlineMs = 3000;
      errors.length = 0;
    }
  });

  it('resumes when told to reconnect (op 7)', async () => {
    const resumed = standIn.gateway.counts.resumed;
    standIn.gateway.requestReconnect();
    await standIn.gateway.waitForEvent('resumed', resumed + 1);
    const outcome = await standIn.outcome(standIn.command('echo', { text: 'after op 7' }));
    expect(outcome.final?.body).toMatchObject({ embeds: [{ description: 'after op 7' }] });
  });

  it('carries a burst from many users through a dropped connection: every interaction answered exactly once', async () => {
    // Exactly-once delivery is the point here, not latency: a loaded CI machine must not turn this into a timeout.
    standIn.world.ackDeadlineMs = 60_000;
    const users = Array.from({ length: 20 }, () => standIn.world.user());
    const burst = Array.from({ length: 200 }, (_, i) =>
      standIn.command('echo', { text: `burst ${i}` }, users[i % users.length]),
    );
    const resumed = standIn.gateway.counts.resumed;
    await standIn.gateway.drop(4000);
    const late = Array.from({ length: 50 }, (_, i) => standIn.command('echo', { text: `late ${i}` }));
    await standIn.gateway.waitForEvent('resumed', resumed + 1);
    const outcomes = await Promise.all([...burst, ...late].map((sent) => standIn.outcome(sent, 20_000)));
    standIn.world.ackDeadlineMs = 3000;
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const [i, sent] of [...burst, ...late].entries()) {
      const callbacks = standIn.requestsFor(sent).filter((r) => r.route === 'interaction-callback');
      expect(callbacks.map((r) => r.status)).toEqual([204]);
      expect(JSON.stringify(outcomes[i]?.final?.body)).toContain(i < 200 ? `burst ${i}"` : `late ${i - 200}"`);
    }
  });

  it('logs unknown routes and answers them 404', async () => {
    const res = await fetch(`${standIn.apiUrl}/v10/no/such/route`, {
      headers: { authorization: `Bot ${standIn.token}` },
    });
    expect(res.status).toBe(404);
    expect(standIn.rest.unknown.map((r) => r.path)).toContain('/no/such/route');
    expect(warnings.at(-1)).toMatch(/unknown route GET \/api\/v10\/no\/such\/route/);
    standIn.rest.unknown.length = 0;
    warnings.length = 0;
  });
});

describe('Discord stand-in, heartbeats', () => {
  const standIn = new DiscordStandIn({ heartbeatIntervalMs: 200, warn: () => {} });
  let client: Client;
  beforeAll(async () => {
    await standIn.start();
    client = startTinyBot(standIn);
    await client.login(standIn.token);
  });
  afterAll(async () => {
    await client?.destroy();
    await standIn.stop();
  });

  it('acknowledges the client heartbeats it receives', async () => {
    await standIn.gateway.waitForFrame(OP.heartbeat, 2, 3000);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('leaves a heartbeat unanswered, and the client treats the connection as a zombie and resumes', async () => {
    const resumed = standIn.gateway.counts.resumed;
    standIn.gateway.skipHeartbeatAcks(1);
    await standIn.gateway.waitForEvent('resumed', resumed + 1, 5000);
    expect(standIn.gateway.received(OP.identify)).toHaveLength(1);
  });
});

describe('Discord stand-in, protocol details', () => {
  const standIn = new DiscordStandIn({ warn: () => {} });
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());

  it('refuses a wrong token on REST with 401 and discord.js reports it as an invalid token', async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
    await expect(client.login(fakeBotToken(standIn.applicationId))).rejects.toThrow(/token/i);
    await client.destroy();
  });

  it('closes the gateway with 4004 on a wrong IDENTIFY token and 4014 on privileged intents', async () => {
    const closeCode = async (d: Record<string, unknown>) => {
      const socket = new WebSocket(`${standIn.gateway.url}/?v=10&encoding=json`);
      await once(socket, 'message');
      socket.send(JSON.stringify({ op: OP.identify, d }));
      const [code] = (await once(socket, 'close')) as [number];
      return code;
    };
    const properties = { os: 'linux', browser: 'test', device: 'test' };
    expect(await closeCode({ token: 'nope', intents: 1, properties })).toBe(4004);
    expect(await closeCode({ token: standIn.token, intents: 1 | (1 << 15), properties })).toBe(4014);
  });

  it('answers RESUME of an unknown session with INVALID_SESSION false', async () => {
    const socket = new WebSocket(`${standIn.gateway.url}/?v=10&encoding=json`);
    await once(socket, 'message');
    socket.send(JSON.stringify({ op: OP.resume, d: { token: standIn.token, session_id: 'gone', seq: 3 } }));
    const [data] = (await once(socket, 'message')) as [Buffer];
    expect(JSON.parse(data.toString())).toMatchObject({ op: OP.invalidSession, d: false });
    socket.close();
  });

  it('speaks zlib-stream when asked: one shared inflate context decodes every message', async () => {
    const socket = new WebSocket(`${standIn.gateway.url}/?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate();
    const decoded: unknown[] = [];
    let pending = '';
    inflate.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      try {
        decoded.push(JSON.parse(pending));
        pending = '';
      } catch {
        // Partial message: wait for the rest.
      }
    });
    const frames: Buffer[] = [];
    socket.on('message', (data: Buffer) => {
      frames.push(data);
      inflate.write(data);
    });
    await vi.waitFor(() => expect(decoded).toHaveLength(1), { timeout: 3000 });
    socket.send(
      JSON.stringify({ op: OP.identify, d: { token: standIn.token, intents: 1, properties: { os: 'linux' } } }),
    );
    await vi.waitFor(() => expect(decoded).toHaveLength(3), { timeout: 3000 });
    socket.close();
    expect(decoded.map((p) => (p as { op: number; t: string | null }).t ?? (p as { op: number }).op)).toEqual([
      OP.hello,
      'READY',
      'GUILD_CREATE',
    ]);
    // Clients find message ends by the sync-flush suffix: every frame must carry it.
    expect(frames.map((f) => f.subarray(-4).toString('hex'))).toEqual(frames.map(() => '0000ffff'));
  });

  it('compresses each payload after an IDENTIFY asking for it (identify compression)', async () => {
    const socket = new WebSocket(`${standIn.gateway.url}/?v=10&encoding=json`);
    await once(socket, 'message');
    socket.send(JSON.stringify({ op: OP.identify, d: { token: standIn.token, intents: 1, compress: true } }));
    const [data, isBinary] = (await once(socket, 'message')) as [Buffer, boolean];
    socket.close();
    expect(isBinary).toBe(true);
    expect(JSON.parse(inflateSync(data).toString())).toMatchObject({ op: OP.dispatch, t: 'READY', s: 1 });
  });

  it('validates command definitions as Discord does', () => {
    expect(commandProblems({ name: 'ok', description: 'fine', options: [] })).toEqual([]);
    expect(commandProblems({ name: 'Bad Name', description: 'x' })).toHaveLength(1);
    expect(commandProblems({ name: 'long', description: 'x'.repeat(101) })).toHaveLength(1);
    expect(
      commandProblems({
        name: 'order',
        description: 'x',
        options: [
          { name: 'a', description: 'a', type: 3 },
          { name: 'b', description: 'b', type: 3, required: true },
        ],
      }),
    ).toEqual(['order: required option b after optional']);
  });

  it('refuses an invalid command list with 400 and keeps the previous one', async () => {
    const url = `${standIn.apiUrl}/v10/applications/${standIn.applicationId}/commands`;
    const headers = { authorization: `Bot ${standIn.token}`, 'content-type': 'application/json' };
    const good = await fetch(url, { method: 'PUT', headers, body: JSON.stringify([{ name: 'a', description: 'A' }]) });
    expect(good.status).toBe(200);
    const bad = await fetch(url, { method: 'PUT', headers, body: JSON.stringify([{ name: 'B C', description: '' }]) });
    expect(bad.status).toBe(400);
    const list = (await (await fetch(url, { headers })).json()) as { name: string }[];
    expect(list.map((c) => c.name)).toEqual(['a']);
  });

  it('refuses the API without the version prefix and unknown interaction tokens', async () => {
    expect((await fetch(`${standIn.apiUrl}/gateway`)).status).toBe(404);
    const res = await fetch(`${standIn.apiUrl}/v10/interactions/1/nope/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":4,"data":{}}',
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 10062 });
  });
});
