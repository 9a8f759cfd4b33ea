/**
 * The REST half of the Discord stand-in: a `node:http` server answering the v10 routes a discord.js 14 bot calls,
 * recording every request for assertions, and able to fail chosen calls with 429 or 500 as Discord does.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeMessage, type InteractionRecord, type RegisteredCommand, snowflake, type World } from './world.ts';

/** One request the stand-in received. */
export interface RecordedRequest {
  /** Arrival order, from 1. */
  readonly seq: number;
  readonly method: string;
  /** Path after the `/api/v10` prefix, e.g. `/interactions/123/abc/callback`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON body (or a multipart request's `payload_json`), or null when there is none. */
  readonly body: unknown;
  /** Files uploaded with the request (multipart), in order; empty for a JSON request. */
  readonly files: readonly RecordedFile[];
  /** Status the stand-in answered with. */
  readonly status: number;
  /** True when the answer was an injected fault. */
  readonly injected: boolean;
  /** Name of the matched route, or null for an unknown route. */
  readonly route: string | null;
  /** The interaction token the request is addressed to (callbacks and webhooks), or null. */
  readonly token: string | null;
  readonly at: number;
}

/** A failure to inject on the next matching call(s). */
export type Fault =
  | { readonly status: 429; readonly retryAfterSeconds: number; readonly global?: boolean }
  | { readonly status: 500 | 502 | 503 };

interface PendingFault {
  readonly method: string;
  readonly path: RegExp;
  readonly fault: Fault;
  remaining: number;
}

interface Reply {
  readonly status: number;
  readonly body?: unknown;
}

interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
}

interface Route {
  readonly name: string;
  readonly method: string;
  readonly pattern: RegExp;
  /** Whether Discord requires `Authorization: Bot <token>` on this route (webhooks and callbacks use their token). */
  readonly auth: boolean;
  readonly handle: (ctx: RouteContext) => Reply;
}

/** The API versions discord.js may speak; anything else is refused like Discord refuses retired versions. */
const SUPPORTED_VERSIONS = new Set(['9', '10']);

/** Interaction response types (Discord's `InteractionResponseType`). */
const CALLBACK = {
  pong: 1,
  message: 4,
  deferredMessage: 5,
  deferredUpdate: 6,
  update: 7,
  autocomplete: 8,
  modal: 9,
} as const;

/** Message flag of a deferred response that is still "thinking". */
const LOADING_FLAG = 128;
/** Message flag of an ephemeral message. */
export const EPHEMERAL_FLAG = 64;

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function discordError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Problems Discord would report for a command definition (a subset of its checks: the ones bots get wrong). */
export function commandProblems(raw: unknown): string[] {
  const cmd = record(raw);
  const problems: string[] = [];
  const name = typeof cmd.name === 'string' ? cmd.name : '';
  if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) problems.push(`name ${JSON.stringify(name)} is invalid`);
  const type = typeof cmd.type === 'number' ? cmd.type : 1;
  const description = typeof cmd.description === 'string' ? cmd.description : '';
  if (type === 1 && (description.length < 1 || description.length > 100)) {
    problems.push(`${name}: description must be 1-100 characters`);
  }
  const options = Array.isArray(cmd.options) ? cmd.options.map(record) : [];
  if (options.length > 25) problems.push(`${name}: more than 25 options`);
  let seenOptional = false;
  const seen = new Set<string>();
  for (const option of options) {
    const optionName = typeof option.name === 'string' ? option.name : '';
    if (!COMMAND_NAME.test(optionName) || optionName !== optionName.toLowerCase()) {
      problems.push(`${name}: option name ${JSON.stringify(optionName)} is invalid`);
    }
    if (seen.has(optionName)) problems.push(`${name}: duplicate option ${optionName}`);
    seen.add(optionName);
    const optionDescription = typeof option.description === 'string' ? option.description : '';
    if (optionDescription.length < 1 || optionDescription.length > 100) {
      problems.push(`${name}.${optionName}: description must be 1-100 characters`);
    }
    if (option.required === true && seenOptional)
      problems.push(`${name}: required option ${optionName} after optional`);
    if (option.required !== true) seenOptional = true;
    if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
      problems.push(`${name}.${optionName}: autocomplete and choices are exclusive`);
    }
  }
  return problems;
}

/** A file uploaded with a message: a part of a multipart body other than `payload_json`. */
export interface RecordedFile {
  /** The form field, `files[0]` for the first file as discord.js names them. */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/**
 * Splits a multipart body (how discord.js sends messages with files) into `payload_json`, parsed, and the files,
 * byte for byte.
 */
function multipart(raw: Buffer, contentType: string): { payload: unknown; files: RecordedFile[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  const files: RecordedFile[] = [];
  let payload: unknown = null;
  if (!marker) return { payload, files };
  const delimiter = Buffer.from(`--${marker}`);
  let at = raw.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    const next = raw.indexOf(delimiter, start);
    if (next < 0) break;
    // A part is CRLF, headers, a blank line, the content, then CRLF before the next delimiter.
    const part = raw.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const field = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
      if (field === 'payload_json') {
        payload = JSON.parse(content.toString('utf8'));
      } else {
        const filename = /filename="([^"]*)"/.exec(headers)?.[1] ?? '';
        const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
        files.push({ field, filename, contentType: type.trim(), bytes: Buffer.from(content) });
      }
    }
    at = next;
  }
  return { payload, files };
}

/**
 * The REST server. Create it with a {@link World} and a function giving the gateway URL (so `GET /gateway/bot`
 * can point at the gateway half), then {@link RestStandIn.listen}.
 */
export class RestStandIn {
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Requests to routes the stand-in does not know; a test asserting this is empty makes gaps visible. */
  readonly unknown: RecordedRequest[] = [];
  /** Requests by interaction token, so following one interaction stays cheap under load (hundreds in flight). */
  private readonly byToken = new Map<string, RecordedRequest[]>();
  private readonly faults: PendingFault[] = [];
  private readonly events = new EventEmitter();
  private readonly routes: Route[];
  private server: Server | null = null;
  private baseUrl = '';

  constructor(
    private readonly world: World,
    private readonly gatewayUrl: () => string,
    /** Where unknown routes are reported; tests may silence or capture it. */
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {
    this.events.setMaxListeners(0);
    this.routes = this.buildRoutes();
  }

  /** Base URL to give discord.js as `rest.api` (it appends `/v10`). */
  get apiUrl(): string {
    return this.baseUrl;
  }

  /** Starts listening on an ephemeral loopback port. */
  async listen(): Promise<string> {
    const server = createServer((req, res) => {
      void this.onRequest(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    return this.baseUrl;
  }

  /** Stops the server, dropping keep-alive connections so the test process can exit. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Answers the next `times` calls matching `method` and `path` (a regular expression over the path after
   * `/api/v10`) with `fault` instead of handling them.
   */
  failNext(method: string, path: RegExp, fault: Fault, times = 1): void {
    this.faults.push({ method: method.toUpperCase(), path, fault, remaining: times });
  }

  /** Requests received from `sinceSeq` (exclusive) that match `predicate`. */
  find(predicate: (r: RecordedRequest) => boolean, sinceSeq = 0): RecordedRequest[] {
    return this.requests.filter((r) => r.seq > sinceSeq && predicate(r));
  }

  /** Sequence number of the latest request, to look only at later ones. */
  get lastSeq(): number {
    return this.requests.length;
  }

  /** Resolves with the first request (already received or future) matching `predicate`; rejects after `timeoutMs`. */
  waitFor(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs = 5000,
    what = 'a matching request',
  ): Promise<RecordedRequest> {
    const existing = this.requests.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const onRequest = (r: RecordedRequest) => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.events.off('request', onRequest);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.events.off('request', onRequest);
        reject(new Error(`REST stand-in: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on('request', onRequest);
    });
  }

  /** Requests addressed to one interaction token, in order. */
  forToken(token: string): readonly RecordedRequest[] {
    return this.byToken.get(token) ?? [];
  }

  /**
   * Resolves once `ready()` holds, re-checking after each request addressed to `token`; rejects after `timeoutMs`.
   * Cheaper than {@link RestStandIn.waitFor} when many interactions are awaited at once.
   */
  waitForToken(token: string, ready: () => boolean, timeoutMs = 5000, what = 'answer'): Promise<void> {
    if (ready()) return Promise.resolve();
    const event = `token:${token}`;
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!ready()) return;
        clearTimeout(timer);
        this.events.off(event, listener);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off(event, listener);
        reject(new Error(`REST stand-in: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on(event, listener);
    });
  }

  /** Subscribes to every recorded request. */
  onRequestRecorded(listener: (r: RecordedRequest) => void): () => void {
    this.events.on('request', listener);
    return () => this.events.off('request', listener);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    let body: unknown = null;
    let files: RecordedFile[] = [];
    let reply: Reply;
    let route: Route | undefined;
    let token: string | null = null;
    let injected = false;
    if (method === 'GET' && url.pathname.startsWith('/attachments/')) {
      this.serveAttachment(url.pathname, req, res);
      return;
    }
    const versioned = /^\/api\/v(\d+)(\/.*)$/.exec(url.pathname);
    // Clients may percent-encode token characters; routes and recorded paths use the decoded form.
    const path = decodeURIComponent(versioned?.[2] ?? url.pathname);
    try {
      const contentType = req.headers['content-type'] ?? '';
      if (raw.length > 0 && contentType.startsWith('multipart/form-data')) {
        ({ payload: body, files } = multipart(raw, contentType));
      } else if (raw.length > 0) {
        body = JSON.parse(raw.toString('utf8'));
      }
      route = this.routes.find((r) => r.method === method && r.pattern.test(path));
      token = route?.pattern.exec(path)?.groups?.token ?? null;
      const fault = this.takeFault(method, path);
      if (!versioned || !SUPPORTED_VERSIONS.has(versioned[1] ?? '')) {
        reply = discordError(404, 0, '404: Not Found');
      } else if (fault) {
        injected = true;
        reply = this.faultReply(fault, res);
      } else if (!route) {
        reply = discordError(404, 0, '404: Not Found');
      } else if (route.auth && req.headers.authorization !== `Bot ${this.world.token}`) {
        reply = discordError(401, 0, '401: Unauthorized');
      } else {
        const params = route.pattern.exec(path)?.groups ?? {};
        reply = route.handle({ params, query, body, files });
      }
    } catch (error) {
      reply = discordError(400, 50109, `The request body contains invalid JSON. (${(error as Error).message})`);
    }
    const entry: RecordedRequest = {
      seq: this.requests.length + 1,
      method,
      path,
      query,
      headers: req.headers,
      body,
      files,
      status: reply.status,
      injected,
      route: route?.name ?? null,
      token,
      at: Date.now(),
    };
    this.requests.push(entry);
    if (!route) {
      this.unknown.push(entry);
      this.warn(`[discord stand-in] unknown route ${method} ${url.pathname}`);
    }
    res.setHeader('Via', '1.1 discord-stand-in');
    if (reply.body === undefined) {
      res.writeHead(reply.status).end();
    } else {
      res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
    }
    if (token !== null) {
      const list = this.byToken.get(token) ?? [];
      list.push(entry);
      this.byToken.set(token, list);
      this.events.emit(`token:${token}`, entry);
    }
    this.events.emit('request', entry);
  }

  /** Serves an attached file as Discord's CDN does: no authentication, the bytes as they were uploaded. */
  private serveAttachment(path: string, req: IncomingMessage, res: ServerResponse): void {
    const bytes = this.world.attachments.get(path);
    const status = bytes ? 200 : 404;
    this.requests.push({
      seq: this.requests.length + 1,
      method: 'GET',
      path,
      query: {},
      headers: req.headers,
      body: null,
      files: [],
      status,
      injected: false,
      route: 'attachment',
      token: null,
      at: Date.now(),
    });
    if (!bytes) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length }).end(bytes);
  }

  private takeFault(method: string, path: string): Fault | null {
    const index = this.faults.findIndex((f) => f.method === method && f.path.test(path));
    const pending = this.faults[index];
    if (!pending) return null;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.faults.splice(index, 1);
    return pending.fault;
  }

  private faultReply(fault: Fault, res: ServerResponse): Reply {
    if (fault.status !== 429) return discordError(fault.status, 0, `${fault.status}: Internal Server Error`);
    // Discord sends the wait both as a header (seconds) and in the body; discord.js reads the header.
    res.setHeader('Retry-After', String(fault.retryAfterSeconds));
    res.setHeader('X-RateLimit-Scope', fault.global ? 'global' : 'user');
    if (fault.global) res.setHeader('X-RateLimit-Global', 'true');
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: fault.retryAfterSeconds, global: !!fault.global },
    };
  }

  private interaction(token: string, id?: string): InteractionRecord | undefined {
    const found = this.world.interactions.get(token);
    return found && (id === undefined || found.id === id) ? found : undefined;
  }

  private buildRoutes(): Route[] {
    const w = this.world;
    const route = (name: string, method: string, pattern: string, auth: boolean, handle: Route['handle']): Route => ({
      name,
      method,
      // `:name` segments become named groups; `@original` and `@me` stay literal.
      pattern: new RegExp(`^${pattern.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
      auth,
      handle,
    });
    const commandsOf = (guildId: string | undefined): Map<string, RegisteredCommand> => {
      if (guildId === undefined) return w.globalCommands;
      let map = w.guildCommands.get(guildId);
      if (!map) {
        map = new Map();
        w.guildCommands.set(guildId, map);
      }
      return map;
    };
    const register = (raw: unknown, guildId: string | undefined, existing?: RegisteredCommand): RegisteredCommand => {
      const cmd = record(raw);
      return {
        type: 1,
        ...cmd,
        id: existing?.id ?? snowflake(),
        application_id: w.applicationId,
        ...(guildId === undefined ? {} : { guild_id: guildId }),
        version: snowflake(),
        name: String(cmd.name),
        description: typeof cmd.description === 'string' ? cmd.description : '',
      } as RegisteredCommand;
    };
    const invalidBody = (problems: string[]): Reply => ({
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035, errors: problems },
    });
    const commandRoutes = (prefix: string, scoped: boolean): Route[] => {
      const guildOf = (ctx: RouteContext) => (scoped ? ctx.params.guildId : undefined);
      const badApp = (ctx: RouteContext) => ctx.params.appId !== w.applicationId;
      return [
        route(`${prefix}:list`, 'GET', `${prefix}`, true, (ctx) =>
          badApp(ctx)
            ? discordError(403, 50001, 'Missing Access')
            : { status: 200, body: [...commandsOf(guildOf(ctx)).values()] },
        ),
        route(`${prefix}:overwrite`, 'PUT', `${prefix}`, true, (ctx) => {
          if (badApp(ctx)) return discordError(403, 50001, 'Missing Access');
          if (!Array.isArray(ctx.body)) return invalidBody(['body must be an array of commands']);
          if (ctx.body.length > 100) return invalidBody(['at most 100 commands']);
          const problems = ctx.body.flatMap(commandProblems);
          if (problems.length > 0) return invalidBody(problems);
          const map = commandsOf(guildOf(ctx));
          const next = ctx.body.map((c) => register(c, guildOf(ctx), map.get(String(record(c).name))));
          map.clear();
          for (const c of next) map.set(c.name, c);
          return { status: 200, body: next };
        }),
        route(`${prefix}:create`, 'POST', `${prefix}`, true, (ctx) => {
          if (badApp(ctx)) return discordError(403, 50001, 'Missing Access');
          const problems = commandProblems(ctx.body);
          if (problems.length > 0) return invalidBody(problems);
          const map = commandsOf(guildOf(ctx));
          const created = register(ctx.body, guildOf(ctx), map.get(String(record(ctx.body).name)));
          map.set(created.name, created);
          return { status: 201, body: created };
        }),
        route(`${prefix}:get`, 'GET', `${prefix}/:commandId`, true, (ctx) => {
          const found = [...commandsOf(guildOf(ctx)).values()].find((c) => c.id === ctx.params.commandId);
          return found ? { status: 200, body: found } : discordError(404, 10063, 'Unknown application command');
        }),
        route(`${prefix}:edit`, 'PATCH', `${prefix}/:commandId`, true, (ctx) => {
          const map = commandsOf(guildOf(ctx));
          const found = [...map.values()].find((c) => c.id === ctx.params.commandId);
          if (!found) return discordError(404, 10063, 'Unknown application command');
          const edited = register({ ...found, ...record(ctx.body) }, guildOf(ctx), found);
          map.delete(found.name);
          map.set(edited.name, edited);
          return { status: 200, body: edited };
        }),
        route(`${prefix}:delete`, 'DELETE', `${prefix}/:commandId`, true, (ctx) => {
          const map = commandsOf(guildOf(ctx));
          const found = [...map.values()].find((c) => c.id === ctx.params.commandId);
          if (!found) return discordError(404, 10063, 'Unknown application command');
          map.delete(found.name);
          return { status: 204 };
        }),
      ];
    };
    const messageOf = (record_: InteractionRecord | undefined, messageId: string): FakeMessage | undefined => {
      if (!record_) return undefined;
      if (messageId === '@original') return record_.original ?? undefined;
      const message = w.messages.get(messageId);
      return message?.interaction_token === record_.token ? message : undefined;
    };
    const webhookGuard = (ctx: RouteContext): InteractionRecord | Reply => {
      const found = ctx.params.appId === w.applicationId ? this.interaction(ctx.params.token ?? '') : undefined;
      return found ?? discordError(404, 10015, 'Unknown Webhook');
    };
    const isReply = (value: InteractionRecord | Reply): value is Reply => 'status' in value;
    const webhookObject = () => ({
      id: w.applicationId,
      type: 3,
      application_id: w.applicationId,
      name: w.botUser.username,
      avatar: null,
      channel_id: null,
      guild_id: null,
    });

    return [
      route('gateway', 'GET', '/gateway', false, () => ({ status: 200, body: { url: this.gatewayUrl() } })),
      route('gateway-bot', 'GET', '/gateway/bot', true, () => ({
        status: 200,
        body: {
          url: this.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      })),
      route('users-me', 'GET', '/users/@me', true, () => ({ status: 200, body: w.botUser })),
      route('user', 'GET', '/users/:userId', true, (ctx) => ({ status: 200, body: w.user(ctx.params.userId) })),
      route('applications-me', 'GET', '/applications/@me', true, () => ({ status: 200, body: w.application() })),
      route('oauth2-applications-me', 'GET', '/oauth2/applications/@me', true, () => ({
        status: 200,
        body: w.application(),
      })),
      ...commandRoutes('/applications/:appId/commands', false),
      ...commandRoutes('/applications/:appId/guilds/:guildId/commands', true),
      route('guild', 'GET', '/guilds/:guildId', true, (ctx) =>
        ctx.params.guildId === w.guildId ? { status: 200, body: w.guild() } : discordError(404, 10004, 'Unknown Guild'),
      ),
      route('channel', 'GET', '/channels/:channelId', true, (ctx) =>
        ctx.params.channelId === w.channelId
          ? { status: 200, body: w.channel() }
          : discordError(404, 10003, 'Unknown Channel'),
      ),
      route('channel-message', 'POST', '/channels/:channelId/messages', true, (ctx) =>
        ctx.params.channelId === w.channelId
          ? { status: 200, body: w.createMessage(record(ctx.body), {}, ctx.files) }
          : discordError(404, 10003, 'Unknown Channel'),
      ),
      route('interaction-callback', 'POST', '/interactions/:id/:token/callback', false, (ctx) => this.callback(ctx)),
      route('webhook-get', 'GET', '/webhooks/:appId/:token', false, (ctx) => {
        const found = webhookGuard(ctx);
        return isReply(found) ? found : { status: 200, body: webhookObject() };
      }),
      route('webhook-edit', 'PATCH', '/webhooks/:appId/:token', false, (ctx) => {
        const found = webhookGuard(ctx);
        return isReply(found) ? found : { status: 200, body: { ...webhookObject(), ...record(ctx.body) } };
      }),
      route('webhook-delete', 'DELETE', '/webhooks/:appId/:token', false, (ctx) => {
        const found = webhookGuard(ctx);
        return isReply(found) ? found : { status: 204 };
      }),
      route('followup', 'POST', '/webhooks/:appId/:token', false, (ctx) => {
        const found = webhookGuard(ctx);
        if (isReply(found)) return found;
        if (found.callbackType === null) return discordError(404, 10015, 'Unknown Webhook');
        const message = w.createMessage(record(ctx.body), w.interactionFields(found, found.original), ctx.files);
        return ctx.query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
      }),
      route('webhook-message-get', 'GET', '/webhooks/:appId/:token/messages/:messageId', false, (ctx) => {
        const found = webhookGuard(ctx);
        if (isReply(found)) return found;
        const message = messageOf(found, ctx.params.messageId ?? '');
        return message ? { status: 200, body: message } : discordError(404, 10008, 'Unknown Message');
      }),
      route('webhook-message-edit', 'PATCH', '/webhooks/:appId/:token/messages/:messageId', false, (ctx) => {
        const found = webhookGuard(ctx);
        if (isReply(found)) return found;
        const message = messageOf(found, ctx.params.messageId ?? '');
        return message
          ? { status: 200, body: w.editMessage(message, record(ctx.body), ctx.files) }
          : discordError(404, 10008, 'Unknown Message');
      }),
      route('webhook-message-delete', 'DELETE', '/webhooks/:appId/:token/messages/:messageId', false, (ctx) => {
        const found = webhookGuard(ctx);
        if (isReply(found)) return found;
        const message = messageOf(found, ctx.params.messageId ?? '');
        if (!message) return discordError(404, 10008, 'Unknown Message');
        w.messages.delete(message.id);
        if (found.original === message) found.original = null;
        return { status: 204 };
      }),
    ];
  }

  /** `POST /interactions/:id/:token/callback`: the first response to an interaction, exactly once. */
  private callback(ctx: RouteContext): Reply {
    const w = this.world;
    const found = this.interaction(ctx.params.token ?? '', ctx.params.id);
    if (!found) return discordError(404, 10062, 'Unknown interaction');
    if (found.callbackType !== null) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - found.createdAt > w.ackDeadlineMs) return discordError(404, 10062, 'Unknown interaction');
    const body = record(ctx.body);
    const type = body.type;
    const data = record(body.data);
    const allowed: Record<number, number[]> = {
      2: [CALLBACK.message, CALLBACK.deferredMessage, CALLBACK.modal],
      3: [CALLBACK.message, CALLBACK.deferredMessage, CALLBACK.deferredUpdate, CALLBACK.update, CALLBACK.modal],
      4: [CALLBACK.autocomplete],
      5: [CALLBACK.message, CALLBACK.deferredMessage, CALLBACK.deferredUpdate, CALLBACK.update],
    };
    if (typeof type !== 'number' || !(allowed[found.type] ?? []).includes(type)) {
      return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: [`type ${String(type)}`] } };
    }
    found.callbackType = type;
    if (type === CALLBACK.message) {
      found.original = w.createMessage(data, w.interactionFields(found), ctx.files);
    } else if (type === CALLBACK.deferredMessage) {
      found.original = w.createMessage(
        { ...data, content: '', flags: (typeof data.flags === 'number' ? data.flags : 0) | LOADING_FLAG },
        w.interactionFields(found),
      );
    } else if (type === CALLBACK.update || type === CALLBACK.deferredUpdate) {
      found.original = found.sourceMessage;
      if (type === CALLBACK.update && found.original) w.editMessage(found.original, data, ctx.files);
    }
    if (ctx.query.with_response !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: found.id,
          type: found.type,
          response_message_id: found.original?.id,
          response_message_loading: type === CALLBACK.deferredMessage,
          response_message_ephemeral: ((found.original?.flags ?? 0) & EPHEMERAL_FLAG) !== 0,
        },
        resource: found.original ? { type, message: found.original } : { type },
      },
    };
  }
}
