/**
 * The gateway half of the Discord stand-in: a `ws` server speaking gateway v10 (JSON; optional `zlib-stream`
 * transport compression and identify compression), with sessions that survive a dropped connection so a client
 * can RESUME and receive what it missed, as on Discord.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeflate, type Deflate, deflateSync, constants as zlibConstants } from 'node:zlib';
import { type WebSocket, WebSocketServer } from 'ws';
import type { World } from './world.ts';

/** Gateway opcodes (Discord's `GatewayOpcodes`). */
export const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  presenceUpdate: 3,
  voiceStateUpdate: 4,
  resume: 6,
  reconnect: 7,
  requestGuildMembers: 8,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

/** Intents an unverified application has not been granted: GuildMembers, GuildPresences, MessageContent. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

/** One payload a client sent, as recorded for assertions. */
export interface ReceivedFrame {
  readonly op: number;
  readonly d: unknown;
  readonly connection: number;
  readonly at: number;
}

interface Session {
  readonly id: string;
  seq: number;
  /** Every dispatch of the session, kept so a RESUME can replay what the client missed. */
  readonly sent: { s: number; t: string; d: unknown }[];
  connection: Connection | null;
}

interface Connection {
  readonly n: number;
  readonly socket: WebSocket;
  readonly query: URLSearchParams;
  session: Session | null;
  identifyCompress: boolean;
  /** Shared deflate context of a `compress=zlib-stream` connection. */
  readonly stream: Deflate | null;
  /** Serialises writes to `stream`, whose output of one message must not interleave with the next. */
  chain: Promise<void>;
}

/** Options of the gateway stand-in. */
export interface GatewayOptions {
  /** Sent in HELLO. Discord's is 41,250 ms; shorter values exercise heartbeating in tests. Default 41,250. */
  readonly heartbeatIntervalMs?: number;
}

/** The gateway server. */
export class GatewayStandIn {
  /** Every payload received from clients. */
  readonly frames: ReceivedFrame[] = [];
  /** Number of connections accepted so far. */
  connections = 0;
  /** Path and query of every connection, in order (clients choose encoding and compression in the query). */
  readonly handshakes: { readonly path: string; readonly query: Readonly<Record<string, string>> }[] = [];
  private readonly events = new EventEmitter();
  private readonly sessions = new Map<string, Session>();
  private readonly open = new Set<Connection>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private base = '';
  /** The session new dispatches go to: the latest one identified. */
  private current: Session | null = null;
  /** Heartbeats still to leave unanswered; a client must treat a missing ACK as a zombie connection. */
  private unansweredHeartbeats = 0;

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions = {},
  ) {
    this.events.setMaxListeners(0);
  }

  /** `ws://` URL given by `GET /gateway/bot`. */
  get url(): string {
    return this.base;
  }

  /** URL given as READY's `resume_gateway_url`: a distinct path, so tests can tell a resume took it. */
  get resumeUrl(): string {
    return `${this.base}/resume`;
  }

  /** Id of the current session, or null before the first IDENTIFY. */
  get sessionId(): string | null {
    return this.current?.id ?? null;
  }

  /** Starts listening on an ephemeral loopback port. */
  async listen(): Promise<string> {
    const server = createServer((_req, res) => res.writeHead(426).end('WebSocket only'));
    const wss = new WebSocketServer({ server });
    wss.on('connection', (socket, req) => {
      const url = new URL(req.url ?? '/', 'ws://stand-in');
      this.handshakes.push({ path: url.pathname, query: Object.fromEntries(url.searchParams) });
      this.onConnection(socket, url.searchParams);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.wss = wss;
    this.base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.base;
  }

  /** Closes every connection and the server. */
  async close(): Promise<void> {
    for (const c of this.open) c.socket.terminate();
    this.open.clear();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    const server = this.server;
    this.server = null;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /**
   * Sends a dispatch to the current session and returns its sequence number. While the session's connection is
   * down the event is only stored, and a RESUME replays it, as Discord does.
   */
  dispatch(t: string, d: unknown): number {
    const session = this.current;
    if (!session) throw new Error('gateway stand-in: no session yet (the client has not identified)');
    return this.dispatchTo(session, t, d);
  }

  /**
   * Drops the current connection: with a close code (4000 "unknown error" invites a resume) or, when `code` is
   * omitted, by destroying the socket as a network failure would. Resolves once the socket is closed.
   */
  async drop(code?: number): Promise<void> {
    const connection = this.current?.connection;
    if (!connection) throw new Error('gateway stand-in: no open connection to drop');
    const closed = new Promise<void>((resolve) => connection.socket.once('close', () => resolve()));
    if (code === undefined) connection.socket.terminate();
    else connection.socket.close(code, 'stand-in drop');
    await closed;
  }

  /** Sends op 7 RECONNECT, asking the client to reconnect and resume. */
  requestReconnect(): void {
    const connection = this.current?.connection;
    if (connection) this.send(connection, { op: OP.reconnect, d: null });
  }

  /** Leaves the next `count` heartbeats without an ACK, as a half-dead connection would. */
  skipHeartbeatAcks(count = 1): void {
    this.unansweredHeartbeats = count;
  }

  /** Forgets every session, so the next RESUME is refused with INVALID_SESSION and the client must identify. */
  invalidateSessions(): void {
    this.sessions.clear();
  }

  /** Frames of opcode `op` received so far. */
  received(op: number): ReceivedFrame[] {
    return this.frames.filter((f) => f.op === op);
  }

  /**
   * Resolves when the `count`-th frame of opcode `op` (counting from the start) has arrived; rejects after
   * `timeoutMs`. For READY/RESUMED completion wait for `ready`/`resumed` via {@link GatewayStandIn.waitForEvent}.
   */
  waitForFrame(op: number, count = 1, timeoutMs = 10_000): Promise<ReceivedFrame> {
    return this.waitUntil(() => this.received(op)[count - 1], 'frame', timeoutMs, `frame #${count} with op ${op}`);
  }

  /** Resolves when the gateway has sent `name` ('ready' | 'resumed') at least `count` times in total. */
  waitForEvent(name: 'ready' | 'resumed', count = 1, timeoutMs = 10_000): Promise<void> {
    return this.waitUntil(
      () => (this.counts[name] >= count ? true : undefined),
      name,
      timeoutMs,
      `${name} #${count}`,
    ).then(() => undefined);
  }

  /** How many READY and RESUMED dispatches were sent. */
  readonly counts = { ready: 0, resumed: 0 };

  private waitUntil<T>(check: () => T | undefined, event: string, timeoutMs: number, what: string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const listener = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.events.off(event, listener);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.events.off(event, listener);
        reject(new Error(`gateway stand-in: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on(event, listener);
    });
  }

  private onConnection(socket: WebSocket, query: URLSearchParams): void {
    this.connections += 1;
    const compress = query.get('compress');
    const connection: Connection = {
      n: this.connections,
      socket,
      query,
      session: null,
      identifyCompress: false,
      stream: compress === 'zlib-stream' ? createDeflate() : null,
      chain: Promise.resolve(),
    };
    this.open.add(connection);
    socket.on('close', () => {
      this.open.delete(connection);
      if (connection.session?.connection === connection) connection.session.connection = null;
      connection.stream?.destroy();
    });
    socket.on('message', (data, isBinary) => this.onFrame(connection, data.toString(), isBinary));
    if ((query.get('encoding') ?? 'json') !== 'json') {
      socket.close(4002, 'Only JSON encoding is supported by the stand-in');
      return;
    }
    if (compress !== null && compress !== 'zlib-stream') {
      socket.close(4002, `Unsupported compression ${compress}`);
      return;
    }
    this.send(connection, { op: OP.hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 } });
  }

  private onFrame(connection: Connection, text: string, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames are not JSON');
      payload = JSON.parse(text);
    } catch {
      connection.socket.close(4002, 'Decode error');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    this.frames.push({ op, d: payload.d, connection: connection.n, at: Date.now() });
    this.events.emit('frame');
    switch (op) {
      case OP.heartbeat:
        if (this.unansweredHeartbeats > 0) this.unansweredHeartbeats -= 1;
        else this.send(connection, { op: OP.heartbeatAck });
        return;
      case OP.identify:
        this.identify(connection, payload.d);
        return;
      case OP.resume:
        this.resume(connection, payload.d);
        return;
      case OP.presenceUpdate:
      case OP.voiceStateUpdate:
      case OP.requestGuildMembers:
        if (!connection.session) connection.socket.close(4003, 'Not authenticated');
        return;
      default:
        connection.socket.close(4001, 'Unknown opcode');
    }
  }

  private identify(connection: Connection, raw: unknown): void {
    const d = (raw ?? {}) as { token?: unknown; intents?: unknown; compress?: unknown; shard?: unknown };
    if (connection.session) {
      connection.socket.close(4005, 'Already authenticated');
      return;
    }
    if (d.token !== this.world.token) {
      connection.socket.close(4004, 'Authentication failed');
      return;
    }
    if (typeof d.intents !== 'number') {
      connection.socket.close(4013, 'Invalid intent(s)');
      return;
    }
    if ((d.intents & PRIVILEGED_INTENTS) !== 0) {
      connection.socket.close(4014, 'Disallowed intent(s)');
      return;
    }
    connection.identifyCompress = d.compress === true;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, sent: [], connection };
    this.sessions.set(session.id, session);
    connection.session = session;
    this.current = session;
    const w = this.world;
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: w.botUser,
      guilds: [{ id: w.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.resumeUrl,
      shard: Array.isArray(d.shard) ? d.shard : undefined,
      application: { id: w.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["discord-stand-in",{"micros":1}]'],
    });
    this.counts.ready += 1;
    this.events.emit('ready');
    this.dispatchTo(session, 'GUILD_CREATE', w.guild());
  }

  private resume(connection: Connection, raw: unknown): void {
    const d = (raw ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (d.token !== this.world.token) {
      connection.socket.close(4004, 'Authentication failed');
      return;
    }
    if (!session) {
      // d: false tells the client the session cannot be resumed and it must identify anew.
      this.send(connection, { op: OP.invalidSession, d: false });
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (seq > session.seq) {
      connection.socket.close(4007, 'Invalid seq');
      return;
    }
    session.connection?.socket.terminate();
    session.connection = connection;
    connection.session = session;
    this.current = session;
    for (const event of session.sent.filter((e) => e.s > seq)) {
      this.send(connection, { op: OP.dispatch, t: event.t, s: event.s, d: event.d });
    }
    this.dispatchTo(session, 'RESUMED', { _trace: ['["discord-stand-in",{"micros":1}]'] });
    this.counts.resumed += 1;
    this.events.emit('resumed');
  }

  private dispatchTo(session: Session, t: string, d: unknown): number {
    session.seq += 1;
    const s = session.seq;
    session.sent.push({ s, t, d });
    if (session.connection) this.send(session.connection, { op: OP.dispatch, t, s, d });
    return s;
  }

  private send(connection: Connection, payload: { op: number; d?: unknown; t?: string; s?: number }): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    const json = JSON.stringify({ t: null, s: null, d: null, ...payload });
    if (connection.stream) {
      const stream = connection.stream;
      connection.chain = connection.chain.then(
        () =>
          new Promise<void>((resolve) => {
            const chunks: Buffer[] = [];
            const onData = (chunk: Buffer) => chunks.push(chunk);
            stream.on('data', onData);
            stream.write(json);
            // A sync flush ends every message with 00 00 ff ff, the marker zlib-stream clients look for.
            stream.flush(zlibConstants.Z_SYNC_FLUSH, () => {
              stream.off('data', onData);
              if (connection.socket.readyState === connection.socket.OPEN) {
                connection.socket.send(Buffer.concat(chunks), { binary: true });
              }
              resolve();
            });
          }),
      );
      return;
    }
    if (connection.identifyCompress) {
      connection.socket.send(deflateSync(json), { binary: true });
      return;
    }
    connection.socket.send(json);
  }
}
