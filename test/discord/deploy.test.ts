import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createRest, DeployError, deployCommands } from '../../src/discord/deploy.ts';

const APP = '123456789012345678';
const GUILD = '876543210987654321';

/** Records what would be sent and answers like Discord's bulk overwrite (the registered commands). */
function recorder() {
  const calls: { route: string; body: { name: string }[] }[] = [];
  return {
    calls,
    async put(route: string, { body }: { body: unknown }) {
      calls.push({ route, body: body as { name: string }[] });
      return body;
    },
  };
}

describe('deployCommands', () => {
  it('registers the whole list to the guild when one is set', async () => {
    const rest = recorder();
    const result = await deployCommands({ discordApplicationId: APP, discordGuildId: GUILD }, commands, rest);
    expect(rest.calls.map((c) => c.route)).toEqual([`/applications/${APP}/guilds/${GUILD}/commands`]);
    expect(rest.calls[0]?.body.map((c) => c.name)).toEqual(commands.map((c) => c.data.name));
    expect(result).toEqual({ scope: 'guild', guildId: GUILD, names: commands.map((c) => c.data.name) });
  });

  it('registers globally without a guild', async () => {
    const rest = recorder();
    const result = await deployCommands({ discordApplicationId: APP, discordGuildId: undefined }, commands, rest);
    expect(rest.calls.map((c) => c.route)).toEqual([`/applications/${APP}/commands`]);
    expect(result.scope).toBe('global');
  });

  it('refuses without an application id, saying where to find it, and sends nothing', async () => {
    const rest = recorder();
    const attempt = deployCommands({ discordApplicationId: undefined, discordGuildId: GUILD }, commands, rest);
    await expect(attempt).rejects.toThrow(DeployError);
    await expect(attempt).rejects.toThrow(/DISCORD_APPLICATION_ID.*developer portal/s);
    expect(rest.calls).toEqual([]);
  });
});

describe('createRest', () => {
  it('points REST at DISCORD_API_URL when set', () => {
    const rest = createRest({ discordToken: 't'.repeat(60), discordApiUrl: 'http://127.0.0.1:9/api/' });
    expect(rest.options.api).toBe('http://127.0.0.1:9/api');
  });

  it('requires the token', () => {
    expect(() => createRest({ discordToken: undefined, discordApiUrl: undefined })).toThrow(/DISCORD_TOKEN/);
  });
});

describe('npm run deploy-commands', () => {
  it('exits 2 with a clear message when DISCORD_APPLICATION_ID is missing, never printing the token', () => {
    const token = `${'a'.repeat(24)}.${'b'.repeat(6)}.${'c'.repeat(38)}`;
    // Run from an empty folder so a developer's own .env cannot fill in the missing variable.
    const script = resolve(import.meta.dirname, '../../commands/deploy.ts');
    const cwd = mkdtempSync(join(tmpdir(), 'deploy-'));
    const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script], {
      cwd,
      env: { PATH: process.env.PATH, DISCORD_TOKEN: token },
      encoding: 'utf8',
      timeout: 30_000,
    });
    rmSync(cwd, { recursive: true, force: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/DISCORD_APPLICATION_ID is not set/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(token);
  });
});
