import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const TOKEN = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`;

describe('loadConfig', () => {
  it('defaults everything optional, treating blank values as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', KNOWLEDGE_DIR: ' ' });
    expect(config).toMatchObject({
      discordToken: undefined,
      knowledgeDir: 'knowledge',
      cacheDir: '.cache',
      auditLog: '.cache/audit.jsonl',
      logLevel: 'info',
      cooldownSeconds: 3,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      KNOWLEDGE_DIR: 'kb',
      CACHE_DIR: 'tmp-cache',
      LOG_LEVEL: 'debug',
      COOLDOWN_SECONDS: '0',
    });
    expect(config).toMatchObject({
      discordToken: TOKEN,
      discordApplicationId: '123456789012345678',
      discordApiUrl: 'http://127.0.0.1:9999/api',
      knowledgeDir: 'kb',
      auditLog: 'tmp-cache/audit.jsonl',
      logLevel: 'debug',
      cooldownSeconds: 0,
    });
  });

  it.each([
    ['DISCORD_APPLICATION_ID', 'abc'],
    ['DISCORD_API_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['COOLDOWN_SECONDS', '-5'],
  ])('fails naming %s when it is malformed', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('never echoes a secret in its error', () => {
    const bad = `${TOKEN.slice(0, 30)} with spaces and more text to pass the length check`;
    try {
      loadConfig({ DISCORD_TOKEN: bad });
      expect.unreachable('a token with spaces must be refused');
    } catch (error) {
      expect(String(error)).toMatch(/DISCORD_TOKEN/);
      expect(String(error)).not.toContain(TOKEN.slice(0, 30));
    }
  });
});
