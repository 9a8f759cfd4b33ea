import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayIntentBits, type RateLimitData, Routes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createClient, errorForLog, logClientEvents, redactSecrets } from '../../src/discord/client.ts';
import { memoryLogger } from './fakes.ts';

const TOKEN = `${'a'.repeat(24)}.${'b'.repeat(6)}.${'c'.repeat(38)}`;

describe('createClient', () => {
  it('asks for the Guilds intent only and never parses mentions by default', async () => {
    const client = createClient({ discordApiUrl: undefined });
    expect(client.options.intents.bitfield).toBe(GatewayIntentBits.Guilds);
    expect(client.options.allowedMentions).toEqual({ parse: [] });
    await client.destroy();
  });

  it('points REST (and so the gateway lookup) at DISCORD_API_URL', async () => {
    const client = createClient({ discordApiUrl: 'http://127.0.0.1:8080/api/' });
    expect(client.rest.options.api).toBe('http://127.0.0.1:8080/api');
    await client.destroy();
  });

  it('never holds a burst of answers to interactions back behind a client-side global limit', async () => {
    // A loopback API that takes every edit of an interaction's answer at once, as Discord does: interaction
    // endpoints are exempt from its global limit, so any waiting here would be the client's own doing.
    const received: string[] = [];
    const server = createServer((req, res) => {
      received.push(req.url ?? '');
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createClient({ discordApiUrl: `http://127.0.0.1:${port}/api` });
    const limited: RateLimitData[] = [];
    client.rest.on('rateLimited', (info) => limited.push(info));
    try {
      const burst = 200;
      await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          client.rest.patch(Routes.webhookMessage('123456789012345678', `token-${i}`, '@original'), {
            body: { content: `answer ${i}` },
            auth: false,
          }),
        ),
      );
      expect(limited).toEqual([]);
      expect(received).toHaveLength(burst);
    } finally {
      await client.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('redactSecrets', () => {
  it('removes the bot token and interaction tokens from paths', () => {
    const text = `Bot ${TOKEN} PATCH /webhooks/123456/aW50ZXJhY3Rpb24/messages/@original POST /interactions/99/tok_en/callback`;
    const out = redactSecrets(text, TOKEN);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain('aW50ZXJhY3Rpb24');
    expect(out).not.toContain('tok_en');
    expect(out).toContain('/webhooks/123456/[redacted]/messages/@original');
  });
});

describe('errorForLog', () => {
  it('keeps what diagnoses a REST failure and redacts the interaction token everywhere', () => {
    const secret = 'aW50ZXJhY3Rpb246MTIzOnNlY3JldA';
    const error = Object.assign(new Error(`Internal Server Error for ${secret}`), {
      name: 'HTTPError',
      status: 500,
      method: 'POST',
      url: `http://127.0.0.1:1/api/v10/interactions/123/${secret}/callback`,
      requestBody: { json: { token: secret } },
    });
    const logged = errorForLog(error, secret);
    expect(logged).toMatchObject({
      type: 'HTTPError',
      status: 500,
      method: 'POST',
      url: 'http://127.0.0.1:1/api/v10/interactions/123/[redacted]/callback',
    });
    expect(JSON.stringify(logged)).not.toContain(secret);
    expect(logged).not.toHaveProperty('requestBody');
  });

  it('handles thrown non-errors', () => {
    expect(errorForLog(`boom ${TOKEN}`)).toEqual({ message: 'boom [redacted-token]' });
  });
});

describe('logClientEvents', () => {
  it('forwards discord.js diagnostics with the token redacted', async () => {
    const client = createClient({ discordApiUrl: undefined });
    const { logger, lines } = memoryLogger();
    logClientEvents(client, logger, TOKEN);
    client.emit('debug', `Using token ${TOKEN}`);
    client.emit('warn', `warned about ${TOKEN}`);
    const text = JSON.stringify(lines());
    expect(text).toContain('Using token [redacted]');
    expect(text).not.toContain(TOKEN);
    await client.destroy();
  });
});
