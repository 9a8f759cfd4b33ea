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

  it('reads the feeds and fetching variables, with their defaults', () => {
    expect(loadConfig({ CACHE_DIR: 'c' })).toMatchObject({
      feedsFile: 'feeds.json',
      feedsStateFile: 'c/feeds-state.json',
      feedsPollMinutes: 15,
      feedsChannel: undefined,
      feedsAnnounceMax: 5,
      fetchAllowPrivate: [],
    });
    const config = loadConfig({
      FEEDS: '/etc/briefing/feeds.json',
      FEEDS_POLL_MINUTES: '5',
      FEEDS_CHANNEL: '323456789012345678',
      FEEDS_ANNOUNCE_MAX: '3',
      FETCH_ALLOW_PRIVATE: '127.0.0.1, 10.20.0.0/16,::1',
    });
    expect(config).toMatchObject({
      feedsFile: '/etc/briefing/feeds.json',
      feedsPollMinutes: 5,
      feedsChannel: '323456789012345678',
      feedsAnnounceMax: 3,
      fetchAllowPrivate: ['127.0.0.1', '10.20.0.0/16', '::1'],
    });
  });

  it.each([
    ['FEEDS_POLL_MINUTES', '0'],
    ['FEEDS_CHANNEL', '#news'],
    ['FEEDS_ANNOUNCE_MAX', '100'],
    ['FETCH_ALLOW_PRIVATE', 'localhost'],
    ['FETCH_ALLOW_PRIVATE', '10.0.0.0/40'],
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

describe('loadConfig: Slack', () => {
  const BOT = `xoxb-${'1'.repeat(12)}-${'a'.repeat(24)}`;
  const APP = `xapp-1-A${'2'.repeat(10)}-${'b'.repeat(40)}`;
  const SECRET = 'c'.repeat(32);

  it('leaves Slack off when no Slack token is set', () => {
    expect(loadConfig({})).toMatchObject({ slack: undefined, slackModerators: [], slackApiUrl: undefined });
  });

  it('connects in Socket Mode with an app-level token, and in HTTP mode with a signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).slack).toEqual({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: '8080' }).slack).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      port: 8080,
      host: undefined,
    });
  });

  it('reads moderators (users and user groups) and the Web API address', () => {
    const config = loadConfig({
      SLACK_MODERATORS: 'U012AB3CD, S0614TZR7  W0AB',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config.slackModerators).toEqual(['U012AB3CD', 'S0614TZR7', 'W0AB']);
    expect(config.slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: BOT }, /SLACK_APP_TOKEN \(Socket Mode\) or SLACK_SIGNING_SECRET/],
    [{ SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN/],
    [{ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN: must be a bot token/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT }, /SLACK_APP_TOKEN: must be an app-level token/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'short' }, /SLACK_SIGNING_SECRET/],
    [{ SLACK_MODERATORS: 'U012AB3CD, @alice' }, /SLACK_MODERATORS/],
    [{ SLACK_PORT: '70000' }, /SLACK_PORT/],
  ])('refuses %o, naming the variable and never its value', (env, message) => {
    try {
      loadConfig(env);
      expect.unreachable('the configuration must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).toMatch(message);
      for (const secret of [BOT, APP, SECRET]) expect(String(error)).not.toContain(secret.slice(5));
    }
  });
});

describe('.env.example', () => {
  it('describes every variable the configuration reads', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const variables = [...source.matchAll(/^ {2}([A-Z][A-Z0-9_]+): optional\(/gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(10);
    for (const name of variables) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
