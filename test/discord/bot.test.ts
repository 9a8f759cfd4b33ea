import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, handlers } from '../../commands/index.ts';
import { isAttachmentUrl } from '../../commands/ingest.ts';
import { loadConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/bot.ts';
import { attachmentHosts, DISCORD_CDN_HOSTS } from '../../src/discord/moderation.ts';
import { FakeService, memoryLogger } from './fakes.ts';

const TOKEN = `${'a'.repeat(24)}.${'b'.repeat(6)}.${'c'.repeat(38)}`;
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** An API that refuses every token, as Discord does with a revoked one. */
async function refusingApi(): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"401: Unauthorized","code":0}');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, paths };
}

describe('startBot', () => {
  it('refuses to start without a token', async () => {
    const { logger } = memoryLogger();
    const config = loadConfig({});
    await expect(startBot({ config, service: new FakeService(), logger, commands, handlers })).rejects.toThrow(
      /DISCORD_TOKEN is not set/,
    );
  });

  it('asks DISCORD_API_URL for the gateway and reports a refused token without printing it', async () => {
    const api = await refusingApi();
    const { logger, lines } = memoryLogger();
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: api.url });
    const attempt = startBot({ config, service: new FakeService(), logger, commands, handlers });
    await expect(attempt).rejects.toThrow(/Could not connect to Discord/);
    const error = await attempt.catch((e: Error) => e.message);
    expect(error).not.toContain(TOKEN);
    expect(api.paths).toEqual(['/api/v10/gateway/bot']);
    expect(JSON.stringify(lines())).not.toContain(TOKEN);
  });
});

describe('attachmentHosts', () => {
  it("is Discord's CDN, plus the host DISCORD_API_URL points at", () => {
    expect(attachmentHosts({ discordApiUrl: undefined })).toEqual(DISCORD_CDN_HOSTS);
    const hosts = attachmentHosts({ discordApiUrl: 'http://127.0.0.1:4100/api' });
    expect(hosts).toEqual([...DISCORD_CDN_HOSTS, '127.0.0.1:4100']);
    expect(isAttachmentUrl('http://127.0.0.1:4100/attachments/1/2/a.md', hosts)).toBe(true);
    // Another port on the same machine, or a path that is not an attachment, is still refused.
    expect(isAttachmentUrl('http://127.0.0.1:4101/attachments/1/2/a.md', hosts)).toBe(false);
    expect(isAttachmentUrl('http://127.0.0.1:4100/api/v10/users/@me', hosts)).toBe(false);
    // A proxy on a public host must be https.
    const proxied = attachmentHosts({ discordApiUrl: 'https://proxy.example.org/api' });
    expect(isAttachmentUrl('http://proxy.example.org/attachments/1/2/a.md', proxied)).toBe(false);
    expect(isAttachmentUrl('https://proxy.example.org/attachments/1/2/a.md', proxied)).toBe(true);
  });
});
