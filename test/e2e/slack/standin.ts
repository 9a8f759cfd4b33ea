/**
 * A local stand-in for Slack, on loopback: the Web API methods the app calls (`/api/<method>`), the `response_url`s
 * it answers through (`/respond/<id>`), the Socket Mode WebSocket that `apps.connections.open` hands out (`/link`),
 * the upload URLs `files.getUploadURLExternal` hands out (`/upload/<file>`), and the sender of Slack's signed HTTP
 * requests (slash commands, button clicks, events). Everything the app sends back is recorded and checked against
 * Block Kit's limits; an image block must show a file the app uploaded and completed, as Slack requires; faults (a
 * 429 with Retry-After) are injected per method.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** Block Kit's limits, as Slack enforces them (plus the total a message's blocks may hold). */
export const BLOCK_KIT = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  text: 3000,
  /** Slack refuses blocks holding about 13,000 characters in all (`msg_blocks_too_long`). */
  messageText: 13_000,
  buttonValue: 2000,
  actionsElements: 25,
  imageAltText: 2000,
  imageTitle: 2000,
} as const;

type Json = Record<string, unknown>;

/** What is wrong with a message's blocks by Block Kit's rules; empty when nothing is. */
export function blockKitViolations(body: Json): string[] {
  const problems: string[] = [];
  const blocks = body.blocks;
  if (blocks === undefined) return typeof body.text === 'string' || body.delete_original ? [] : ['no text or blocks'];
  if (!Array.isArray(blocks)) return ['blocks is not a list'];
  if (blocks.length > BLOCK_KIT.blocks) problems.push(`${blocks.length} blocks`);
  let total = 0;
  for (const [i, block] of (blocks as Json[]).entries()) {
    const text = (block.text as Json | undefined)?.text;
    if (typeof text === 'string') total += text.length;
    switch (block.type) {
      case 'header':
        if (typeof text !== 'string' || text.length > BLOCK_KIT.headerText) problems.push(`header ${i} too long`);
        break;
      case 'section':
        if (typeof text !== 'string' || text.length === 0 || text.length > BLOCK_KIT.sectionText) {
          problems.push(`section ${i} has ${String(text).length} characters`);
        }
        break;
      case 'context': {
        const elements = block.elements as Json[];
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > BLOCK_KIT.contextElements) {
          problems.push(`context ${i} has ${elements?.length} elements`);
        }
        for (const e of elements ?? []) {
          const t = String(e.text ?? '');
          total += t.length;
          if (t.length === 0 || t.length > BLOCK_KIT.text) problems.push(`context ${i} element of ${t.length}`);
        }
        break;
      }
      case 'actions': {
        const elements = block.elements as Json[];
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > BLOCK_KIT.actionsElements) {
          problems.push(`actions ${i} has ${elements?.length} elements`);
        }
        for (const e of elements ?? []) {
          if (String(e.value ?? '').length > BLOCK_KIT.buttonValue) problems.push(`button value too long in ${i}`);
        }
        break;
      }
      case 'divider':
        break;
      case 'image': {
        const alt = block.alt_text;
        if (typeof alt !== 'string' || alt.length === 0 || alt.length > BLOCK_KIT.imageAltText) {
          problems.push(`image ${i} alt_text of ${String(alt).length} characters`);
        }
        const file = block.slack_file as Json | undefined;
        // One source: a public URL or a Slack file (by id or by URL), never both.
        const sources = [block.image_url, file].filter((x) => x !== undefined).length;
        if (sources !== 1) problems.push(`image ${i} has ${sources} sources`);
        if (file !== undefined && (file.id === undefined) === (file.url === undefined)) {
          problems.push(`image ${i} slack_file needs an id or a url`);
        }
        const title = block.title as Json | undefined;
        if (title !== undefined) {
          if (title.type !== 'plain_text') problems.push(`image ${i} title is ${String(title.type)}`);
          const t = String(title.text ?? '');
          if (t.length === 0 || t.length > BLOCK_KIT.imageTitle) problems.push(`image ${i} title of ${t.length}`);
        }
        break;
      }
      default:
        problems.push(`unknown block type ${String(block.type)}`);
    }
  }
  const ids = (blocks as Json[]).flatMap((b) =>
    b.type === 'actions' ? (b.elements as Json[]).map((e) => String(e.action_id)) : [],
  );
  if (new Set(ids).size !== ids.length) problems.push(`action ids repeat: ${ids.join(', ')}`);
  if (total > BLOCK_KIT.messageText) problems.push(`blocks hold ${total} characters`);
  return problems;
}

/** One Web API call the app made. */
export interface ApiCall {
  readonly method: string;
  readonly token: string | undefined;
  readonly body: Json;
  readonly status: number;
  readonly at: number;
}

/** One post to a `response_url`. */
export interface ResponsePost {
  readonly id: string;
  readonly body: Json;
  readonly at: number;
}

/** The app's answer to one request Slack sent it (HTTP response, or Socket Mode acknowledgement). */
export interface Delivery {
  readonly status: number;
  /** The acknowledgement's body: what Slack shows as the immediate reply; undefined when empty. */
  readonly ack: Json | undefined;
  /** When the acknowledgement arrived, ms after the request was sent. */
  readonly ackMs: number;
  /** The `response_url` this request carried (for slash commands and buttons). */
  readonly responseUrl: string | undefined;
  readonly sentAt: number;
}

/** A file the app uploaded: what `files.getUploadURLExternal` was told, the bytes sent, how it was completed. */
export interface UploadedFile {
  readonly id: string;
  readonly filename: string;
  /** The length announced before the upload. */
  readonly length: number;
  readonly altText: string | undefined;
  /** The bytes posted to the upload URL; undefined until they arrive. */
  bytes: Buffer | undefined;
  /** Set by `files.completeUploadExternal`. */
  completed: boolean;
  title: string | undefined;
  /** The channel the completion shared it in, if any (undefined: shared nowhere). */
  channel: string | undefined;
}

/** A fault injected into the next call of a method. */
export type Fault = { readonly status: 429; readonly retryAfterSeconds: number } | { readonly status: 500 };

/** A fake workspace member. */
export interface FakeUser {
  readonly id: string;
  readonly name: string;
}

const TEAM = { id: 'T0STANDIN', domain: 'newsroom' };
const APP_ID = 'A0STANDIN';
export const BOT_USER = 'U0BRIEFBOT';

/** A Slack-shaped secret of the given prefix, random per run. */
function fakeToken(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}-${randomBytes(12).toString('hex')}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The file in an upload: the first part of a `multipart/form-data` body (as Slack's SDK posts it), or the body
 * itself when it is not multipart. Undefined when a multipart body cannot be read.
 */
function uploadedBytes(body: Buffer, type: string | undefined): Buffer | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type ?? '');
  if (!type?.startsWith('multipart/form-data') || !boundary) return body;
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(marker);
  const headersEnd = start < 0 ? -1 : body.indexOf('\r\n\r\n', start);
  const end = headersEnd < 0 ? -1 : body.indexOf(Buffer.from(`\r\n${marker.toString()}`), headersEnd);
  return end < 0 ? undefined : body.subarray(headersEnd + 4, end);
}

/** Ids of the Slack files the image blocks of a message show. */
function imageFiles(body: Json): string[] {
  const blocks = Array.isArray(body.blocks) ? (body.blocks as Json[]) : [];
  return blocks.flatMap((b) => {
    const file = b.type === 'image' ? (b.slack_file as Json | undefined) : undefined;
    return file?.id === undefined ? [] : [String(file.id)];
  });
}

/** A Web API request body: JSON, or a form whose JSON-looking values (blocks) are parsed. */
function parseApiBody(text: string, type: string | undefined): Json {
  if (type?.includes('application/json')) return text === '' ? {} : (JSON.parse(text) as Json);
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(text)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/** The stand-in: start it, point the app at {@link apiUrl}, send requests, read what came back. */
export class SlackStandIn {
  readonly botToken = fakeToken('xoxb');
  readonly appToken = fakeToken('xapp');
  readonly signingSecret = randomBytes(16).toString('hex');
  /** Members of user groups, as `usergroups.users.list` answers. */
  readonly groups = new Map<string, string[]>();
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Block Kit problems of anything the app sent, with where it was sent. */
  readonly violations: string[] = [];
  /** Requests to routes the stand-in does not know. */
  readonly unknown: string[] = [];
  /** Files the app uploaded, by id. */
  readonly files = new Map<string, UploadedFile>();
  private readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  private sockets: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private readonly pendingAcks = new Map<string, (payload: Json | undefined) => void>();
  private base = '';
  private users = 0;
  /** Socket Mode connections opened so far (the `hello`s sent). */
  connections = 0;

  /** Asks the app to reconnect, as Slack does before recycling a socket's server (`type: disconnect`). */
  requestRefresh(): void {
    this.socket?.send(
      JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'standin' } }),
    );
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    this.sockets = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/link')) {
        socket.destroy();
        return;
      }
      this.sockets?.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    this.sockets?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The Web API base the app is given (`SLACK_API_URL`). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A new workspace member. */
  user(name = `member${++this.users}`): FakeUser {
    return { id: `U${String(++this.users).padStart(8, '0')}`, name };
  }

  /** Makes the next call of `method` fail as `fault` says (once per call to this). */
  failNext(method: string, fault: Fault): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), fault]);
  }

  /** The calls of one Web API method so far. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** Posts made to a `response_url` so far. */
  postsTo(url: string | undefined): Json[] {
    return this.responses.filter((r) => url?.includes(`/${r.id}/`) === true).map((r) => r.body);
  }

  /** Waits until `check` returns something other than undefined, or fails after `ms`. */
  async until<T>(check: () => T | undefined, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits for the `n`-th (1-based) post to a `response_url`. */
  nthPost(url: string | undefined, n = 1, ms = 10_000): Promise<Json> {
    return this.until(() => this.postsTo(url)[n - 1], `post ${n} to the response_url`, ms);
  }

  /** A `response_url` shaped like Slack's: `/commands/<team>/<id>/<secret>` (or `/actions/…` for buttons). */
  private newResponseUrl(kind: 'commands' | 'actions' = 'commands'): string {
    return `${this.base}/${kind}/${TEAM.id}/${randomBytes(6).toString('hex')}/${randomBytes(12).toString('hex')}`;
  }

  // ---- what Slack sends the app ----

  /** A slash command's form fields, as Slack posts them. */
  slashPayload(text: string, user: FakeUser, channel = 'C0NEWSROOM', command = '/briefing'): Record<string, string> {
    return {
      token: 'deprecated-verification-token',
      team_id: TEAM.id,
      team_domain: TEAM.domain,
      channel_id: channel,
      channel_name: 'newsroom',
      user_id: user.id,
      user_name: user.name,
      command,
      text,
      api_app_id: APP_ID,
      is_enterprise_install: 'false',
      response_url: this.newResponseUrl(),
      trigger_id: `${Date.now()}.${randomBytes(4).toString('hex')}`,
    };
  }

  /** A button click (`block_actions`) on a message the app sent. */
  clickPayload(
    user: FakeUser,
    message: Json,
    actionId: string,
    options: { readonly ephemeral?: boolean; readonly channel?: string } = {},
  ): Json {
    const button = ((message.blocks as Json[] | undefined) ?? [])
      .flatMap((b) => (b.type === 'actions' ? (b.elements as Json[]) : []))
      .find((e) => e.action_id === actionId);
    if (!button) throw new Error(`the message has no button ${actionId}`);
    const channel = options.channel ?? 'C0NEWSROOM';
    return {
      type: 'block_actions',
      user: { id: user.id, username: user.name, name: user.name, team_id: TEAM.id },
      api_app_id: APP_ID,
      token: 'deprecated-verification-token',
      container: { type: 'message', message_ts: '1.1', channel_id: channel, is_ephemeral: options.ephemeral ?? true },
      trigger_id: `${Date.now()}.${randomBytes(4).toString('hex')}`,
      team: TEAM,
      channel: { id: channel, name: 'newsroom' },
      message: { type: 'message', ts: '1.1', text: message.text, blocks: message.blocks },
      response_url: this.newResponseUrl('actions'),
      actions: [
        {
          type: 'button',
          action_id: actionId,
          block_id: 'b1',
          text: button.text,
          value: button.value,
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    };
  }

  /** An `app_mention` event in a channel. */
  mentionPayload(text: string, user: FakeUser, channel = 'C0NEWSROOM'): Json {
    const ts = `${Math.floor(Date.now() / 1000)}.000100`;
    return {
      token: 'deprecated-verification-token',
      team_id: TEAM.id,
      api_app_id: APP_ID,
      type: 'event_callback',
      event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: user.id, text, ts, channel, event_ts: ts },
      authorizations: [{ team_id: TEAM.id, user_id: BOT_USER, is_bot: true }],
    };
  }

  /**
   * Sends a request to the app in HTTP mode, signed with the signing secret (or `secret`), at `timestamp`
   * (seconds; default now). Resolves with the app's HTTP response, its acknowledgement.
   */
  async sendHttp(
    url: string,
    kind: 'slash' | 'interaction' | 'event',
    payload: Json | Record<string, string>,
    signing: { readonly secret?: string; readonly timestamp?: number } = {},
  ): Promise<Delivery> {
    const body =
      kind === 'slash'
        ? new URLSearchParams(payload as Record<string, string>).toString()
        : kind === 'interaction'
          ? new URLSearchParams({ payload: JSON.stringify(payload) }).toString()
          : JSON.stringify(payload);
    const timestamp = signing.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', signing.secret ?? this.signingSecret)
      .update(`v0:${timestamp}:${body}`)
      .digest('hex')}`;
    const sentAt = Date.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': kind === 'event' ? 'application/json' : 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    const text = await response.text();
    const ackMs = Date.now() - sentAt;
    let ack: Json | undefined;
    if (text !== '') {
      try {
        ack = JSON.parse(text) as Json;
      } catch {
        ack = { text };
      }
    }
    if (ack && response.status === 200) this.check('ack', ack);
    return { status: response.status, ack, ackMs, responseUrl: responseUrlOf(payload), sentAt };
  }

  /** Sends an envelope over the Socket Mode connection and resolves with the app's acknowledgement. */
  async sendSocket(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: Json | Record<string, string>,
  ): Promise<Delivery> {
    const socket = this.socket;
    if (!socket) throw new Error('no Socket Mode connection');
    const envelope = randomBytes(8).toString('hex');
    const sentAt = Date.now();
    const acked = new Promise<Json | undefined>((resolve) => this.pendingAcks.set(envelope, resolve));
    socket.send(
      JSON.stringify({ envelope_id: envelope, type, payload, accepts_response_payload: type !== 'events_api' }),
    );
    const ack = await acked;
    const ackMs = Date.now() - sentAt;
    const body = ack && Object.keys(ack).length > 0 ? ack : undefined;
    if (body) this.check('ack', body);
    return { status: 200, ack: body, ackMs, responseUrl: responseUrlOf(payload), sentAt };
  }

  /** Waits until the app has a Socket Mode connection open. */
  connected(ms = 20_000): Promise<WebSocket> {
    return this.until(() => this.socket, 'a Socket Mode connection', ms);
  }

  private accept(ws: WebSocket): void {
    this.socket = ws;
    this.connections++;
    ws.on('message', (data) => {
      let message: Json;
      try {
        message = JSON.parse(String(data)) as Json;
      } catch {
        this.unknown.push(`socket: ${String(data).slice(0, 100)}`);
        return;
      }
      const id = String(message.envelope_id ?? '');
      const resolve = this.pendingAcks.get(id);
      if (!resolve) {
        this.unknown.push(`socket ack for unknown envelope ${id}`);
        return;
      }
      this.pendingAcks.delete(id);
      resolve(message.payload as Json | undefined);
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = undefined;
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'standin', approximate_connection_time: 3600 },
        connection_info: { app_id: APP_ID },
      }),
    );
  }

  private check(where: string, body: Json): void {
    for (const problem of blockKitViolations(body)) this.violations.push(`${where}: ${problem}`);
  }

  /** Image blocks showing a file Slack would not show: unknown, never completed, or not the bot's. */
  private missingFiles(body: Json): string[] {
    return imageFiles(body).filter((id) => this.files.get(id)?.completed !== true);
  }

  // ---- what the app sends Slack ----

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const raw = await readBody(req);
    const text = raw.toString('utf8');
    const send = (status: number, body: Json | string, headers: Record<string, string> = {}) => {
      const json = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
        ...headers,
      });
      res.end(json);
    };
    const respond = /^\/(?:commands|actions)\/[^/]+\/([^/]+)\/[^/]+$/.exec(url.pathname);
    if (req.method === 'POST' && respond) {
      const body = JSON.parse(text) as Json;
      const id = respond[1] ?? '';
      if (this.responses.filter((r) => r.id === id).length >= 5) {
        send(404, 'used_url');
        return;
      }
      // Slack refuses a message showing a file it cannot show (yet), and counts the try.
      const missing = this.missingFiles(body);
      this.responses.push({ id, body, at: Date.now() });
      if (missing.length > 0) {
        this.violations.push(`response_url ${id}: image of ${missing.join(', ')}, not an uploaded file`);
        send(404, { ok: false, error: 'invalid_blocks' });
        return;
      }
      this.check(`response_url ${id}`, body);
      send(200, 'ok');
      return;
    }
    const upload = /^\/upload\/(F[A-Z0-9]+)$/.exec(url.pathname);
    if (req.method === 'POST' && upload) {
      const file = this.files.get(upload[1] ?? '');
      const bytes = uploadedBytes(raw, req.headers['content-type']);
      if (!file || file.bytes !== undefined || bytes === undefined || bytes.length !== file.length) {
        this.violations.push(`upload ${upload[1]}: ${bytes?.length ?? 'unreadable'} bytes, expected ${file?.length}`);
        send(400, 'bad upload');
        return;
      }
      file.bytes = Buffer.from(bytes);
      send(200, `OK - ${bytes.length}`);
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const auth = req.headers.authorization?.replace(/^Bearer /, '');
      let body: Json;
      try {
        body = parseApiBody(text, req.headers['content-type']);
      } catch {
        send(200, { ok: false, error: 'invalid_json' });
        return;
      }
      const token = auth ?? (typeof body.token === 'string' ? body.token : undefined);
      const fault = this.faults.get(method)?.shift();
      if (fault) {
        this.calls.push({ method, token, body, status: fault.status, at: Date.now() });
        if (fault.status === 429)
          send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfterSeconds) });
        else send(500, 'internal error');
        return;
      }
      this.calls.push({ method, token, body, status: 200, at: Date.now() });
      send(200, this.api(method, token, body));
      return;
    }
    this.unknown.push(`${req.method} ${url.pathname}`);
    send(404, 'not found');
  }

  private api(method: string, token: string | undefined, body: Json): Json {
    if (method === 'apps.connections.open') {
      if (token !== this.appToken)
        return { ok: false, error: token?.startsWith('xoxb-') ? 'not_allowed_token_type' : 'invalid_auth' };
      return { ok: true, url: `${this.base.replace(/^http/, 'ws')}/link/?ticket=${randomBytes(6).toString('hex')}` };
    }
    if (token !== this.botToken) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `https://${TEAM.domain}.slack.com/`,
          team: 'Newsroom',
          user: 'briefing',
          team_id: TEAM.id,
          user_id: BOT_USER,
          bot_id: 'B0BRIEFBOT',
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        this.check(method, body);
        if (typeof body.channel !== 'string' || !/^[CGD]/.test(body.channel))
          return { ok: false, error: 'channel_not_found' };
        if (this.missingFiles(body).length > 0) return { ok: false, error: 'invalid_blocks' };
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.calls.length).padStart(6, '0')}`;
        return method === 'chat.postMessage'
          ? { ok: true, channel: body.channel, ts, message: { ts } }
          : { ok: true, message_ts: ts };
      }
      case 'files.getUploadURLExternal': {
        const length = Number(body.length);
        if (typeof body.filename !== 'string' || !Number.isInteger(length) || length <= 0) {
          return { ok: false, error: 'invalid_arguments' };
        }
        const id = `F${randomBytes(5).toString('hex').toUpperCase()}`;
        this.files.set(id, {
          id,
          filename: body.filename,
          length,
          altText: typeof body.alt_text === 'string' ? body.alt_text : undefined,
          bytes: undefined,
          completed: false,
          title: undefined,
          channel: undefined,
        });
        return { ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const list = Array.isArray(body.files) ? (body.files as Json[]) : [];
        const files = list.map((f) => this.files.get(String(f.id)));
        if (list.length === 0 || files.some((f) => f?.bytes === undefined)) return { ok: false, error: 'invalid_file' };
        const channel = typeof body.channel_id === 'string' ? body.channel_id : undefined;
        for (const [i, file] of files.entries()) {
          if (!file) continue;
          file.completed = true;
          file.channel = channel;
          const title = list[i]?.title;
          file.title = typeof title === 'string' ? title : undefined;
        }
        return {
          ok: true,
          files: files.map((f) => ({ id: f?.id, name: f?.filename, title: f?.title ?? f?.filename, size: f?.length })),
        };
      }
      case 'usergroups.users.list': {
        const members = this.groups.get(String(body.usergroup));
        return members ? { ok: true, users: members } : { ok: false, error: 'no_such_subteam' };
      }
      default:
        this.unknown.push(`api ${method}`);
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function responseUrlOf(payload: Json | Record<string, string>): string | undefined {
  return typeof payload.response_url === 'string' ? payload.response_url : undefined;
}
