/**
 * Fetches one web page or feed for the bot, safely: http and https only, every address checked before it is
 * connected to (after DNS resolution and after every redirect, in the resolver the socket itself uses, so the
 * address checked is the address connected to and a rebinding DNS server gains nothing), one deadline for the
 * whole exchange, a size cap on the decoded body, a few redirects at most and a user agent that says who is asking.
 * Conditional requests (ETag, Last-Modified) let a feed poll cost one small 304.
 */
import { type LookupAddress, lookup as systemLookup } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AddressAllowList, refusedAddress } from './address.ts';

/** What the bot says it is, so a site's operator can tell its requests apart and know why they come. */
export const USER_AGENT = 'briefing-bot/0.1 (news briefing assistant; fetches pages and feeds its moderators add)';

/** Resolves a host name to every address it has (the system resolver by default). */
export type Resolver = (host: string) => Promise<readonly LookupAddress[]>;

/** The limits of every fetch; {@link fetchPolicy} fills in the defaults. */
export interface FetchPolicy {
  /** Special-purpose ranges that may be fetched anyway (`FETCH_ALLOW_PRIVATE`). */
  readonly allow: AddressAllowList;
  /** Milliseconds for the whole exchange, redirects and body included. */
  readonly timeoutMs: number;
  /** Largest body accepted, in bytes, counted after decompression (a small gzip bomb is still too large). */
  readonly maxBytes: number;
  /** Redirects followed before giving up. */
  readonly maxRedirects: number;
  readonly userAgent: string;
  readonly resolve: Resolver;
}

/** Default deadline: a news page that takes longer than this is not coming. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Default size cap: article pages with their inline scripts are a few hundred kilobytes, rarely over 2 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Default redirect limit: http → https → www → the article is three. */
export const DEFAULT_MAX_REDIRECTS = 5;

const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) => {
    systemLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

/** A policy with the defaults above; `allowPrivate` lists ranges that may be fetched despite being private. */
export function fetchPolicy(options: Partial<Omit<FetchPolicy, 'allow'>> & { allowPrivate?: readonly string[] } = {}) {
  return {
    allow: new AddressAllowList(options.allowPrivate ?? []),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? USER_AGENT,
    resolve: options.resolve ?? systemResolver,
  } satisfies FetchPolicy;
}

/** Why a fetch was refused or failed, for code; the message is for people. */
export type FetchProblem = 'url' | 'address' | 'dns' | 'timeout' | 'too-large' | 'redirects' | 'status' | 'network';

/** A fetch that was refused or failed, with a message a moderator can act on. */
export class FetchRefusal extends Error {
  override readonly name = 'FetchRefusal';
  constructor(
    readonly problem: FetchProblem,
    message: string,
    /** The HTTP status, for `status` refusals. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** One request. */
export interface FetchRequest {
  readonly url: string;
  /** The `Accept` header: what kind of document is wanted. */
  readonly accept: string;
  /** From the last response, for a conditional request. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** A fetched document, or the news that it has not changed since the validators given. */
export interface Fetched {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  /** The media type, lower case, without parameters (`text/html`); empty when the server sent none. */
  readonly mediaType: string;
  /** The `charset` parameter of the content type, when given. */
  readonly charset: string | null;
  /** The decoded body (empty for a 304). */
  readonly body: Buffer;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** True for 304 Not Modified: the document is as it was at the validators of the request. */
  readonly notModified: boolean;
}

/** Parses and checks a URL a user gave: absolute, http or https, no credentials. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefusal('url', `"${raw.trim().slice(0, 80)}" is not a web address (it should start with https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusal(
      'url',
      `only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, '')}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchRefusal('url', 'addresses with a user name or password are not fetched');
  }
  return url;
}

function blocked(host: string, address: string, kind: string): FetchRefusal {
  const where = host === address ? address : `${host} (${address})`;
  return new FetchRefusal('address', `${where} is ${kind}; the bot does not fetch from private networks`);
}

/**
 * The resolver the socket uses: resolves, refuses when any address is special (a host that names one private
 * address among public ones is not trusted either), and hands the checked addresses to the connection.
 */
function checkedLookup(policy: FetchPolicy) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    policy.resolve(hostname).then(
      (found) => {
        const wanted = found.filter((a) => !options.family || options.family === a.family);
        if (wanted.length === 0) {
          callback(new FetchRefusal('dns', `the host name ${hostname} has no address`), []);
          return;
        }
        for (const a of wanted) {
          const kind = refusedAddress(a.address, policy.allow);
          if (kind !== null) {
            callback(blocked(hostname, a.address, kind), []);
            return;
          }
        }
        const first = wanted[0] as LookupAddress;
        if (options.all) callback(null, [...wanted]);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => {
        const missing = error.code === 'ENOTFOUND' || error.code === 'ENODATA';
        callback(
          new FetchRefusal('dns', `the host name ${hostname} ${missing ? 'does not exist' : 'could not be resolved'}`),
          [],
        );
      },
    );
  };
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  if (encoding === 'identity' || encoding === '') return response;
  throw new FetchRefusal('network', `the server sent the page in an encoding the bot cannot read (${encoding})`);
}

function statusRefusal(status: number, url: URL): FetchRefusal {
  const host = url.host;
  if (status === 401 || status === 403) {
    return new FetchRefusal(
      'status',
      `${host} refused access (HTTP ${status}): the page needs a login or subscription`,
      status,
    );
  }
  if (status === 404 || status === 410) {
    return new FetchRefusal('status', `${host} has no such page (HTTP ${status})`, status);
  }
  if (status === 429 || status >= 500) {
    return new FetchRefusal(
      'status',
      `${host} is not answering properly right now (HTTP ${status}); try again later`,
      status,
    );
  }
  return new FetchRefusal('status', `${host} answered HTTP ${status}`, status);
}

function networkRefusal(error: unknown, url: URL): FetchRefusal {
  if (error instanceof FetchRefusal) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'ECONNREFUSED') return new FetchRefusal('network', `${url.host} refused the connection`);
  if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) {
    return new FetchRefusal('network', `${url.host} has no valid TLS certificate (${code})`);
  }
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new FetchRefusal('network', `could not fetch from ${url.host} (${detail})`);
}

type Hop = { readonly redirect: URL } | { readonly fetched: Fetched };

/** One request and its response, no redirect followed. Settles once; every path releases the socket. */
function hop(url: URL, request: FetchRequest, policy: FetchPolicy, deadline: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (error: unknown) => {
      finish(() => reject(networkRefusal(error, url)));
      req.destroy();
    };
    const headers: Record<string, string> = {
      'user-agent': policy.userAgent,
      accept: request.accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const client = url.protocol === 'https:' ? https : http;
    // agent: false, so no pooled socket opened by other code (without this lookup) is ever reused.
    const req = client.request(url, { method: 'GET', headers, agent: false, lookup: checkedLookup(policy) as never });
    const seconds = Math.round(policy.timeoutMs / 100) / 10;
    const timer = setTimeout(
      () => fail(new FetchRefusal('timeout', `${url.host} did not send the page within ${seconds} s`)),
      Math.max(0, deadline - Date.now()),
    );
    req.on('error', fail);
    req.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        response.resume();
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          fail(new FetchRefusal('redirects', `${url.host} redirected to an address that is not valid`));
          return;
        }
        finish(() => resolve({ redirect: next }));
        req.destroy();
        return;
      }
      const etag = typeof response.headers.etag === 'string' ? response.headers.etag : null;
      const lastModified = response.headers['last-modified'] ?? null;
      const [mediaType = '', ...params] = String(response.headers['content-type'] ?? '').split(';');
      const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean) ?? null;
      const base = { url: url.href, status, mediaType: mediaType.trim().toLowerCase(), charset, etag, lastModified };
      if (status === 304) {
        response.resume();
        finish(() => resolve({ fetched: { ...base, body: Buffer.alloc(0), notModified: true } }));
        return;
      }
      if (status < 200 || status >= 300) {
        fail(statusRefusal(status, url));
        return;
      }
      const tooLarge = () =>
        new FetchRefusal('too-large', `the page is larger than ${Math.round(policy.maxBytes / 1024)} KB, the limit`);
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        fail(tooLarge());
        return;
      }
      let body: Readable;
      try {
        body = decoded(response);
      } catch (error) {
        fail(error);
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      body.on('data', (chunk: Buffer) => {
        total += chunk.byteLength;
        if (total > policy.maxBytes) {
          fail(tooLarge());
          body.destroy();
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', fail);
      response.on('aborted', () => fail(new FetchRefusal('network', `${url.host} closed the connection mid-page`)));
      body.on('end', () =>
        finish(() => resolve({ fetched: { ...base, body: Buffer.concat(chunks), notModified: false } })),
      );
    });
    req.end();
  });
}

/**
 * Fetches `request.url` under `policy`, following redirects (each target checked like the first). Resolves with
 * the document (or a 304); rejects only with a {@link FetchRefusal}.
 */
export async function safeFetch(request: FetchRequest, policy: FetchPolicy): Promise<Fetched> {
  const deadline = Date.now() + policy.timeoutMs;
  let url = checkUrl(request.url);
  for (let redirects = 0; ; redirects++) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // The socket resolves names through the checked lookup; an address written as such is never looked up.
    if (isIP(host) !== 0) {
      const kind = refusedAddress(host, policy.allow);
      if (kind !== null) throw blocked(host, host, kind);
    }
    const result = await hop(url, request, policy, deadline);
    if ('fetched' in result) return result.fetched;
    if (redirects >= policy.maxRedirects) {
      throw new FetchRefusal(
        'redirects',
        `${request.url.slice(0, 80)} redirected more than ${policy.maxRedirects} times`,
      );
    }
    try {
      url = checkUrl(result.redirect.href);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new FetchRefusal('redirects', `the page redirected somewhere the bot does not go: ${reason}`);
    }
  }
}
