import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/types.ts';
import { discordWebhookBodies, slackWebhookBody } from '../../src/workflows/webhook-payload.ts';
import {
  checkWebhookUrl,
  inferWebhookFormat,
  postWebhook,
  type RetryNotice,
  redactWebhookUrl,
  retryAfterMs,
  WebhookError,
} from '../../src/workflows/webhook-post.ts';
import { type Receiver, startReceiver } from './receiver.ts';

const SECRET = 'Zq3-very-secret-token_value';

const answer: Answer = {
  command: 'estimates',
  title: 'Troop estimates',
  query: { subject: 'troops' },
  sections: [
    {
      heading: 'Estimates',
      items: [{ snippet: 'an expected 30,000 combat troops <@123456789012345678> @everyone', citation: 1 }],
    },
  ],
  conflicts: [],
  notes: [],
  citations: [
    {
      n: 1,
      article: 'a1',
      paragraph: 4,
      title: 'Russia and Belarus begin drills',
      publisher: 'CNN',
      byline: ['Nathan Hodge'],
      date: '2022-02-10',
      url: 'https://example.com/a1',
    },
  ],
  empty: false,
  suggestions: [],
};

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('postWebhook against a local receiver', () => {
  it('posts a Discord body, waits the JSON retry_after after a 429, then succeeds', async () => {
    receiver = await startReceiver(
      [
        {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '1' },
          body: JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.2, global: false }),
        },
      ],
      { status: 204 },
    );
    const url = `${receiver.url}/api/webhooks/123/${SECRET}`;
    const retries: RetryNotice[] = [];
    const [body] = discordWebhookBodies(answer);
    const started = Date.now();
    const result = await postWebhook(url, body, { onRetry: (r) => retries.push(r) });
    const elapsed = Date.now() - started;

    expect(result).toEqual({ status: 204, attempts: 2 });
    expect(retries).toEqual([
      { attempt: 1, status: 429, waitMs: 200, reason: 'HTTP 429: You are being rate limited.' },
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1000); // the precise body value won over the rounded header
    expect(receiver.received).toHaveLength(2);
    for (const req of receiver.received) {
      expect(req.method).toBe('POST');
      expect(req.path).toBe(`/api/webhooks/123/${SECRET}`);
      expect(req.headers['content-type']).toBe('application/json');
      const json = JSON.parse(req.body);
      expect(json.allowed_mentions).toEqual({ parse: [] });
      expect(json.components).toBeUndefined();
      expect(json.embeds[0].title).toBe('Troop estimates');
      expect(JSON.stringify(json.embeds)).toContain('an expected 30,000 combat troops');
    }
  });

  it('posts Slack blocks with a text fallback and honours a Retry-After header in seconds', async () => {
    receiver = await startReceiver([{ status: 429, headers: { 'retry-after': '0' }, body: 'rate_limited' }], {
      status: 200,
      body: 'ok',
    });
    const result = await postWebhook(`${receiver.url}/services/T1/B2/${SECRET}`, slackWebhookBody(answer));
    expect(result.attempts).toBe(2);
    const json = JSON.parse(receiver.received[1]?.body ?? '{}');
    expect(json.text).toBe('Troop estimates (1 source)');
    expect(json.link_names).toBe(false);
    expect(json.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Troop estimates', emoji: false },
    });
    const all = JSON.stringify(json.blocks);
    expect(all).toContain('&lt;@123456789012345678&gt;');
    expect(all).not.toContain('<@');
  });

  it('gives up after the bounded attempts on 5xx, with a message naming the host but not the secret', async () => {
    receiver = await startReceiver([], { status: 503, body: `upstream down at https://example.com/x/${SECRET}` });
    const url = `${receiver.url}/api/webhooks/1/${SECRET}`;
    const error = await postWebhook(url, { content: 'x' }, { maxAttempts: 3, baseDelayMs: 10 }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookError);
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(`posting to ${receiver.url}/… failed: HTTP 503: upstream down at [url]`);
    expect(error.message).not.toContain(SECRET);
    expect(receiver.received).toHaveLength(3);
  });

  it('does not retry a 4xx other than 429 and quotes the server reason', async () => {
    receiver = await startReceiver([], {
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Unknown Webhook', code: 10015 }),
    });
    const error = await postWebhook(`${receiver.url}/api/webhooks/1/${SECRET}`, {}).catch((e) => e);
    expect(error.message).toBe(`posting to ${receiver.url}/… failed: HTTP 404: Unknown Webhook`);
    expect(receiver.received).toHaveLength(1);
  });

  it('fails at once when the server asks to wait longer than allowed', async () => {
    receiver = await startReceiver([], { status: 429, headers: { 'retry-after': '3600' } });
    const error = await postWebhook(`${receiver.url}/hook`, {}, { maxRetryWaitMs: 5000 }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookError);
    expect(error.message).toContain('asked to wait 3600 s, longer than the 5 s allowed');
    expect(receiver.received).toHaveLength(1);
  });

  it('retries connection errors and reports the code when nothing listens', async () => {
    receiver = await startReceiver([], { status: 204 });
    const url = `${receiver.url}/hook`;
    await receiver.close();
    receiver = undefined;
    const retries: RetryNotice[] = [];
    const error = await postWebhook(url, {}, { maxAttempts: 2, baseDelayMs: 5, onRetry: (r) => retries.push(r) }).catch(
      (e) => e,
    );
    expect(error.message).toMatch(/failed: ECONNREFUSED$/);
    expect(error.status).toBeNull();
    expect(retries).toHaveLength(1);
  });

  it('does not retry a request that timed out, since it may have been delivered', async () => {
    const slow = await startReceiver([], { status: 204 });
    const hang = (() =>
      new Promise<Response>((_, reject) =>
        setTimeout(() => reject(new DOMException('t', 'TimeoutError')), 5),
      )) as typeof fetch;
    let calls = 0;
    const counting = ((...args: Parameters<typeof fetch>) => {
      calls++;
      return hang(...args);
    }) as typeof fetch;
    const error = await postWebhook(`${slow.url}/hook`, {}, { fetch: counting }).catch((e) => e);
    await slow.close();
    expect(error.message).toMatch(/failed: timed out$/);
    expect(calls).toBe(1);
  });
});

describe('checkWebhookUrl', () => {
  it('refuses plain http off the loopback interface, credentials and non-URLs without echoing them', () => {
    expect(() => checkWebhookUrl(`http://example.com/api/webhooks/1/${SECRET}`)).toThrow(/must use https/);
    expect(() => checkWebhookUrl(`https://user:${SECRET}@example.com/`)).toThrow(/user name or password/);
    expect(() => checkWebhookUrl(SECRET)).toThrow('the webhook URL is not a valid URL');
    for (const bad of [`http://example.com/${SECRET}`, SECRET]) {
      try {
        checkWebhookUrl(bad);
      } catch (error) {
        expect(String(error)).not.toContain(SECRET);
      }
    }
    expect(checkWebhookUrl('https://discord.com/api/webhooks/1/x').host).toBe('discord.com');
    expect(checkWebhookUrl('http://127.0.0.1:9/x').port).toBe('9');
  });
});

describe('redactWebhookUrl and inferWebhookFormat', () => {
  it('keeps only scheme and host', () => {
    expect(redactWebhookUrl(`https://discord.com/api/webhooks/1/${SECRET}?wait=true`)).toBe('https://discord.com/…');
    expect(redactWebhookUrl('not a url')).toBe('(malformed URL)');
  });

  it('recognises Slack incoming webhooks and defaults to Discord', () => {
    expect(inferWebhookFormat('https://hooks.slack.com/services/T/B/x')).toBe('slack');
    expect(inferWebhookFormat('https://discord.com/api/webhooks/1/x')).toBe('discord');
    expect(inferWebhookFormat('nonsense')).toBe('discord');
  });
});

describe('retryAfterMs', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('prefers Discord JSON retry_after, then the header in seconds or as a date', () => {
    expect(retryAfterMs(headers({ 'retry-after': '2' }), '{"retry_after": 1.234}')).toBe(1234);
    expect(retryAfterMs(headers({ 'retry-after': '2' }), 'slow down')).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), '', now)).toBe(3000);
  });

  it('returns null for a missing, negative or unreadable value', () => {
    expect(retryAfterMs(headers({}), '')).toBeNull();
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), '{"retry_after": -1}')).toBeNull();
  });
});

describe('discordWebhookBodies', () => {
  it('posts every page of a long answer, each without buttons and with mentions off', () => {
    const items = Array.from({ length: 80 }, (_, i) => ({ snippet: `${'word '.repeat(60)}${i}`, citation: 1 }));
    const bodies = discordWebhookBodies({ ...answer, sections: [{ heading: 'Long', items }] });
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.length).toBeLessThanOrEqual(5);
    for (const body of bodies) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body).not.toHaveProperty('components');
    }
  });
});
