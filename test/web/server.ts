/**
 * A local web server for the fetching tests, on 127.0.0.1 and an ephemeral port: each path answers as the test
 * says (a page, a feed with validators, a redirect, a stall, an endless body…) and every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one path answers. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** One request as the server saw it. */
export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

/** The local server: routes by exact path (query included or not), records requests. */
export class TestServer {
  readonly routes = new Map<string, Route>();
  readonly requests: SeenRequest[] = [];
  readonly #server: Server;
  #base = '';

  constructor() {
    this.#server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      this.requests.push({ path: url.pathname + url.search, headers: req.headers });
      const route = this.routes.get(url.pathname + url.search) ?? this.routes.get(url.pathname);
      if (route) route(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  }

  /** Starts listening; resolves to the base URL (`http://127.0.0.1:<port>`). */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#base = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.#base;
  }

  /** The absolute URL of `path`. */
  url(path: string): string {
    return `${this.#base}${path}`;
  }

  /** Requests made to `path` (query ignored). */
  hits(path: string): SeenRequest[] {
    return this.requests.filter((r) => r.path.split('?')[0] === path);
  }

  /** Serves `body` with `type` at `path` (`body` may be changed later by calling again). */
  page(path: string, body: string | Buffer, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}) {
    this.routes.set(path, (_req, res) => {
      res.writeHead(200, { 'content-type': type, ...headers }).end(body);
    });
  }

  /**
   * Serves a feed with an ETag and Last-Modified derived from its content, answering 304 to a request that
   * carries the current ETag (as real feed servers do).
   */
  feed(path: string, xml: string, type = 'application/rss+xml; charset=utf-8') {
    const etag = `"${Buffer.from(xml).length.toString(16)}-${hash(xml)}"`;
    const lastModified = new Date(Date.UTC(2024, 0, 1) + hash(xml) * 1000).toUTCString();
    this.routes.set(path, (req, res) => {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
      res.writeHead(200, { 'content-type': type, etag, 'last-modified': lastModified }).end(xml);
    });
  }

  /** Redirects `path` to `location` with `status`. */
  redirect(path: string, location: string, status = 302) {
    this.routes.set(path, (_req, res) => {
      res.writeHead(status, { location }).end();
    });
  }

  /** Stops listening and drops open connections. */
  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % 100_000;
}
