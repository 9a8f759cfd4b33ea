import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefusal, fetchPolicy, type Resolver, safeFetch, USER_AGENT } from '../../src/web/fetch.ts';
import { TestServer } from './server.ts';

const server = new TestServer();
let port = '';
/** Loopback is allowed for the local server, as the tests' configuration allows it; nothing else is. */
const policy = fetchPolicy({ allowPrivate: ['127.0.0.1'] });
const html = '<!doctype html><html><body><p>Hello</p></body></html>';

beforeAll(async () => {
  port = new URL(await server.start()).port;
  server.page('/page', html);
  server.redirect('/to-page', '/page');
  server.redirect('/to-metadata', 'http://169.254.169.254/latest/meta-data/');
  server.redirect('/to-private-name', `http://intranet.test:${port}/page`);
  server.redirect('/to-file', 'file:///etc/passwd');
  server.redirect('/loop', '/loop');
  server.routes.set('/big-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.write('<html>');
    // Nothing more is sent: the declared length alone must refuse it.
  });
  server.routes.set('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (res.write(chunk)) {
        if (res.destroyed) return;
      }
    };
    res.on('drain', pump);
    pump();
  });
  server.routes.set('/bomb', (_req, res) => {
    // 1 KB on the wire, 20 MB once decompressed.
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')));
  });
  server.routes.set('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.from(html)));
  });
  server.routes.set('/slow-headers', () => {
    // Never answers.
  });
  server.routes.set('/slow-body', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>');
    // The rest never comes.
  });
  server.routes.set('/forbidden', (_req, res) => res.writeHead(403).end('login'));
  server.routes.set('/conditional', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
    else
      res
        .writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' })
        .end(html);
  });
});
afterAll(() => server.stop());

async function refusal(promise: Promise<unknown>): Promise<FetchRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

const get = (url: string, p = policy) => safeFetch({ url, accept: 'text/html' }, p);

describe('safeFetch', () => {
  it('fetches a page on an allowed address, following a redirect, with its user agent', async () => {
    const page = await get(server.url('/to-page'));
    expect(page.url).toBe(server.url('/page'));
    expect(page.mediaType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(page.body.toString()).toBe(html);
    expect(server.hits('/page').at(-1)?.headers['user-agent']).toBe(USER_AGENT);
  });

  it('decodes a gzip body', async () => {
    expect((await get(server.url('/gzip'))).body.toString()).toBe(html);
  });

  it.each([
    ['http://10.1.2.3/', 'a private address'],
    ['http://192.168.0.10/admin', 'a private address'],
    ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
    ['http://[::1]:8080/', 'a loopback address'],
    ['http://[fd00::5]/', 'a unique-local (private) address'],
    ['http://[fe80::1]/', 'a link-local address'],
    ['http://[::ffff:10.0.0.1]/', 'a private address'],
    ['http://[64:ff9b::a9fe:a9fe]/', 'a link-local address'],
    ['http://0.0.0.0/', 'a "this network" address'],
    ['http://127.0.0.2/', 'a loopback address'],
    // Other spellings of an IPv4 address, which the URL parser normalises before any check.
    ['http://0x7f.0.0.2/', 'a loopback address'],
    ['http://2130706434/', 'a loopback address'],
    ['http://012.0.0.1/', 'a private address'],
  ])('refuses %s, which is %s, before connecting', async (url, kind) => {
    const error = await refusal(get(url));
    expect(error.problem).toBe('address');
    expect(error.message).toContain(kind);
    expect(error.message).toContain('the bot does not fetch from private networks');
  });

  it('refuses loopback itself when the configuration does not allow it', async () => {
    const error = await refusal(get(server.url('/page'), fetchPolicy()));
    expect(error.message).toBe('127.0.0.1 is a loopback address; the bot does not fetch from private networks');
  });

  it('checks the addresses a host name resolves to, the ones the socket then uses', async () => {
    const resolve: Resolver = async (host) =>
      host === 'intranet.test' ? [{ address: '10.0.0.7', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    const p = fetchPolicy({ allowPrivate: ['127.0.0.1'], resolve });
    const error = await refusal(get(`http://intranet.test:${port}/page`, p));
    expect(error.message).toBe(
      'intranet.test (10.0.0.7) is a private address; the bot does not fetch from private networks',
    );
    // A name whose records mix a public and a private address is refused too (DNS rebinding).
    const mixed = fetchPolicy({
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ],
    });
    expect((await refusal(get(`http://mixed.test:${port}/page`, mixed))).problem).toBe('address');
    // And a name resolving to an allowed address is fetched from exactly that address.
    const page = await get(`http://news.test:${port}/page`, p);
    expect(page.body.toString()).toBe(html);
  });

  it('resolves "localhost" and refuses it', async () => {
    const error = await refusal(get(`http://localhost:${port}/page`, fetchPolicy()));
    expect(error.problem).toBe('address');
    expect(error.message).toMatch(/^localhost \((127\.0\.0\.1|::1)\) is a loopback address/);
  });

  it('refuses a redirect to a private address, or to a name that resolves to one', async () => {
    const metadata = await refusal(get(server.url('/to-metadata')));
    expect(metadata.message).toBe(
      '169.254.169.254 is a link-local address; the bot does not fetch from private networks',
    );
    const resolve: Resolver = async (host) =>
      host === 'intranet.test' ? [{ address: '192.168.1.1', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    const named = await refusal(
      get(server.url('/to-private-name'), fetchPolicy({ allowPrivate: ['127.0.0.1'], resolve })),
    );
    expect(named.message).toBe(
      'intranet.test (192.168.1.1) is a private address; the bot does not fetch from private networks',
    );
    expect(server.hits('/latest/meta-data/')).toEqual([]);
  });

  it('refuses other schemes, credentials, and redirects to other schemes', async () => {
    expect((await refusal(get('file:///etc/passwd'))).message).toBe(
      'only http and https addresses can be fetched, not file',
    );
    expect((await refusal(get('ftp://example.org/x'))).message).toBe(
      'only http and https addresses can be fetched, not ftp',
    );
    expect((await refusal(get('https://user:secret@example.org/'))).message).toBe(
      'addresses with a user name or password are not fetched',
    );
    expect((await refusal(get('not a url'))).problem).toBe('url');
    const redirected = await refusal(get(server.url('/to-file')));
    expect(redirected.message).toBe(
      'the page redirected somewhere the bot does not go: only http and https addresses can be fetched, not file',
    );
  });

  it('follows at most the configured number of redirects', async () => {
    const before = server.hits('/loop').length;
    const error = await refusal(
      get(server.url('/loop'), fetchPolicy({ allowPrivate: ['127.0.0.1'], maxRedirects: 3 })),
    );
    expect(error.problem).toBe('redirects');
    expect(error.message).toContain('redirected more than 3 times');
    expect(server.hits('/loop').length - before).toBe(4);
  });

  it('refuses a body over the size cap, declared, streamed or decompressed', async () => {
    const small = fetchPolicy({ allowPrivate: ['127.0.0.1'], maxBytes: 1024 * 1024 });
    for (const path of ['/big-declared', '/endless', '/bomb']) {
      const error = await refusal(get(server.url(path), small));
      expect(error.problem, path).toBe('too-large');
      expect(error.message).toBe('the page is larger than 1024 KB, the limit');
    }
  });

  it('gives up on a server that does not answer, or stops sending, within the deadline', async () => {
    const quick = fetchPolicy({ allowPrivate: ['127.0.0.1'], timeoutMs: 300 });
    for (const path of ['/slow-headers', '/slow-body']) {
      const error = await refusal(get(server.url(path), quick));
      expect(error.problem, path).toBe('timeout');
      expect(error.message).toBe(`127.0.0.1:${port} did not send the page within 0.3 s`);
    }
  });

  it('says what an HTTP error means', async () => {
    const error = await refusal(get(server.url('/forbidden')));
    expect(error.status).toBe(403);
    expect(error.message).toBe(`127.0.0.1:${port} refused access (HTTP 403): the page needs a login or subscription`);
    expect((await refusal(get(server.url('/missing')))).message).toBe(`127.0.0.1:${port} has no such page (HTTP 404)`);
  });

  it('makes conditional requests with the validators it is given', async () => {
    const first = await get(server.url('/conditional'));
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    const again = await safeFetch({ url: server.url('/conditional'), accept: 'text/html', etag: first.etag }, policy);
    expect(again.notModified).toBe(true);
    expect(again.body.length).toBe(0);
    expect(server.hits('/conditional').at(-1)?.headers['if-none-match']).toBe('"v1"');
  });
});
