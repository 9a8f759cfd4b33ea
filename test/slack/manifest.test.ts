/**
 * The app manifest a reader installs from (`slack/manifest.yml`) matches what the code does: the slash command it
 * listens to, the event it answers, the buttons (interactivity), Socket Mode, and a scope for every Web API method
 * it calls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../src/slack/syntax.ts';

interface Manifest {
  features: { slash_commands: { command: string; description: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const ROOT = join(import.meta.dirname, '..', '..');
const manifest = parse(readFileSync(join(ROOT, 'slack', 'manifest.yml'), 'utf8')) as Manifest;
const code = ['app.ts', 'publish.ts'].map((f) => readFileSync(join(ROOT, 'src', 'slack', f), 'utf8')).join('\n');

/** The scope each Web API method the app calls needs. */
const SCOPES: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'usergroups.users.list': 'usergroups:read',
  // files.getUploadURLExternal and files.completeUploadExternal, which uploading a chart calls.
  filesUploadV2: 'files:write',
};

describe('slack/manifest.yml', () => {
  it('registers the one slash command, unescaped, with interactivity and Socket Mode on', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.features.slash_commands[0]?.should_escape).toBe(false);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('subscribes to the events the app handles and grants a scope for each Web API call it makes', () => {
    const events = [...code.matchAll(/app\.event\('([a-z_]+)'/g)].map((m) => m[1]);
    expect(events.length).toBeGreaterThan(0);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([...new Set(events)].sort());
    const scopes = manifest.oauth_config.scopes.bot;
    expect(scopes).toEqual(expect.arrayContaining(['commands', 'app_mentions:read']));
    const calls = [...code.matchAll(/client\.([a-z]+(?:\.[a-z]+)*[A-Za-z0-9]*)\(/g)].map((m) => m[1] ?? '');
    const methods = [...new Set(calls)].filter((m) => m !== 'auth.test');
    expect(methods.length).toBeGreaterThan(2);
    for (const method of methods) expect(scopes, method).toContain(SCOPES[method] ?? `a scope for ${method}`);
  });
});
