import { isIP } from 'node:net';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** Snowflakes are Discord's numeric ids: 17 to 20 digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** Empty strings in `.env` mean "not set", so a copied `.env.example` works unchanged. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** A secret token: one word, with the prefix Slack gives that kind of token. */
const slackToken = (prefix: string, what: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}-\\S{10,}$`), `must be ${what} (it starts with ${prefix}-)`)
    .max(512, 'looks too long to be a Slack token');

/** Slack ids of moderators: users (U…, W…) and user groups (S…), separated by commas or spaces. */
const slackIds = z
  .string()
  .transform((v) => v.split(/[\s,]+/).filter((id) => id !== ''))
  .pipe(z.array(z.string().regex(/^[UWS][A-Z0-9]{2,}$/, 'must list Slack user (U…, W…) or user group (S…) ids')));

const schema = z.object({
  DISCORD_TOKEN: optional(
    z.string().min(50, 'looks too short to be a bot token').regex(/^\S+$/, 'must not contain spaces'),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url('must be a URL such as http://127.0.0.1:8080/api')),
  KNOWLEDGE_DIR: optional(z.string().min(1)),
  CACHE_DIR: optional(z.string().min(1)),
  AUDIT_LOG: optional(z.string().min(1)),
  FOLLOWS_FILE: optional(z.string().min(1)),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  COOLDOWN_SECONDS: optional(z.coerce.number().min(0).max(3600)),
  FEEDS: optional(z.string().min(1)),
  FEEDS_POLL_MINUTES: optional(z.coerce.number().min(1).max(1440)),
  FEEDS_CHANNEL: optional(snowflake),
  FEEDS_ANNOUNCE_MAX: optional(z.coerce.number().int().min(1).max(20)),
  FETCH_ALLOW_PRIVATE: optional(
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      )
      .refine((ranges) => ranges.every(isAddressRange), 'must be IP addresses or CIDR ranges separated by commas'),
  ),
  SLACK_BOT_TOKEN: optional(slackToken('xoxb', 'a bot token')),
  SLACK_APP_TOKEN: optional(slackToken('xapp', 'an app-level token')),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .regex(/^\S+$/, 'must not contain spaces')
      .min(16, 'looks too short to be a signing secret')
      .max(256, 'looks too long to be a signing secret'),
  ),
  SLACK_MODERATORS: optional(slackIds),
  SLACK_PORT: optional(z.coerce.number().int().min(0).max(65535)),
  SLACK_HOST: optional(z.string().regex(/^[\w.:-]+$/, 'must be a host name or address such as 127.0.0.1')),
  SLACK_API_URL: optional(z.url('must be a URL such as http://127.0.0.1:8080/api/')),
});

/** An IP address or a CIDR range (`127.0.0.1`, `::1`, `10.0.0.0/8`). */
function isAddressRange(text: string): boolean {
  const [address = '', prefix, extra] = text.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * How the Slack app connects, from the tokens given: Socket Mode (an app-level token: the app dials out to Slack, no
 * public address needed) or HTTP mode (a signing secret: Slack posts to the app's public address, each request
 * signed). Both need the bot token, which the app uses to call Slack's Web API.
 */
export type SlackConnection =
  | { readonly mode: 'socket'; readonly botToken: string; readonly appToken: string }
  | {
      readonly mode: 'http';
      readonly botToken: string;
      readonly signingSecret: string;
      /** Port the app listens on for Slack's requests. Default 3000. */
      readonly port: number;
      /** Address to listen on; default every interface. */
      readonly host: string | undefined;
    };

/** Validated configuration. The only place in the project that reads `process.env`. */
export interface Config {
  /** Bot token; when absent the bot runs as a local console instead. Never log it. */
  readonly discordToken: string | undefined;
  readonly discordApplicationId: string | undefined;
  /** Register commands to this guild only (instant, for development) instead of globally. */
  readonly discordGuildId: string | undefined;
  /** Base URL for Discord's REST API (and, through `GET /gateway/bot`, the gateway), e.g. a proxy or a test stand-in. */
  readonly discordApiUrl: string | undefined;
  /** Folder holding `articles/`. Default `knowledge`. */
  readonly knowledgeDir: string;
  /** Folder for extraction caches and index snapshots. Default `.cache`. */
  readonly cacheDir: string;
  /** Append-only JSON-lines log of published briefings and ingested articles. Default `<cacheDir>/audit.jsonl`. */
  readonly auditLog: string;
  /** Which story each channel follows (`/follow`). Default `<cacheDir>/follows.json`. */
  readonly followsFile: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seconds a user waits between two commands. Default 3. */
  readonly cooldownSeconds: number;
  /** The feed list (JSON), edited by hand or by `/feeds add|remove`. Default `feeds.json`. */
  readonly feedsFile: string;
  /** The feeds' poll state (validators, backoff, items seen). `<cacheDir>/feeds-state.json`. */
  readonly feedsStateFile: string;
  /** Minutes between two polls of the feeds. Default 15. */
  readonly feedsPollMinutes: number;
  /** Discord channel that announces new articles from feeds; none when unset. */
  readonly feedsChannel: string | undefined;
  /** Articles one announcement lists before a digest line. Default 5. */
  readonly feedsAnnounceMax: number;
  /** Address ranges fetching may reach although they are private or loopback (SSRF guard exceptions). Default none. */
  readonly fetchAllowPrivate: readonly string[];
  /** How the Slack app connects; undefined when no Slack token is set. Holds secrets: never log it. */
  readonly slack: SlackConnection | undefined;
  /** Slack users and user groups allowed to publish briefings (`SLACK_MODERATORS`). */
  readonly slackModerators: readonly string[];
  /** Base URL of Slack's Web API (ending in `/`), e.g. a proxy or a test stand-in; undefined for Slack's own. */
  readonly slackApiUrl: string | undefined;
}

/** Thrown when a variable is malformed; the message names the variable and never its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads configuration from `env` (default: `process.env` after loading `.env`). Fails with a {@link ConfigError}
 * naming each malformed variable; values are never echoed, since some are secrets.
 */
export function loadConfig(env: NodeJS.ProcessEnv | undefined = undefined): Config {
  let source = env;
  if (source === undefined) {
    loadDotenv({ quiet: true });
    source = process.env;
  }
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const v = parsed.data;
  const slack = slackConnection(v);
  const cacheDir = v.CACHE_DIR ?? '.cache';
  return {
    discordToken: v.DISCORD_TOKEN,
    discordApplicationId: v.DISCORD_APPLICATION_ID,
    discordGuildId: v.DISCORD_GUILD_ID,
    discordApiUrl: v.DISCORD_API_URL,
    knowledgeDir: v.KNOWLEDGE_DIR ?? 'knowledge',
    cacheDir,
    auditLog: v.AUDIT_LOG ?? `${cacheDir}/audit.jsonl`,
    followsFile: v.FOLLOWS_FILE ?? `${cacheDir}/follows.json`,
    logLevel: v.LOG_LEVEL ?? 'info',
    cooldownSeconds: v.COOLDOWN_SECONDS ?? 3,
    feedsFile: v.FEEDS ?? 'feeds.json',
    feedsStateFile: `${cacheDir}/feeds-state.json`,
    feedsPollMinutes: v.FEEDS_POLL_MINUTES ?? 15,
    feedsChannel: v.FEEDS_CHANNEL,
    feedsAnnounceMax: v.FEEDS_ANNOUNCE_MAX ?? 5,
    fetchAllowPrivate: v.FETCH_ALLOW_PRIVATE ?? [],
    slack,
    slackModerators: v.SLACK_MODERATORS ?? [],
    slackApiUrl: v.SLACK_API_URL === undefined ? undefined : v.SLACK_API_URL.replace(/\/?$/, '/'),
  };
}

/** The Slack connection the variables describe, or a {@link ConfigError} saying which variable is missing. */
function slackConnection(v: z.infer<typeof schema>): SlackConnection | undefined {
  const botToken = v.SLACK_BOT_TOKEN;
  if (botToken === undefined) {
    if (v.SLACK_APP_TOKEN !== undefined || v.SLACK_SIGNING_SECRET !== undefined) {
      throw new ConfigError('Invalid configuration:\n  SLACK_BOT_TOKEN: is needed too, to answer in Slack');
    }
    return undefined;
  }
  if (v.SLACK_APP_TOKEN !== undefined) return { mode: 'socket', botToken, appToken: v.SLACK_APP_TOKEN };
  if (v.SLACK_SIGNING_SECRET !== undefined) {
    return {
      mode: 'http',
      botToken,
      signingSecret: v.SLACK_SIGNING_SECRET,
      port: v.SLACK_PORT ?? 3000,
      host: v.SLACK_HOST,
    };
  }
  throw new ConfigError(
    'Invalid configuration:\n  SLACK_BOT_TOKEN: needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
  );
}

/**
 * {@link loadConfig} for a script's entry point: on a malformed variable, writes the message (which names the
 * variable, never its value) to standard error and returns null, so the caller exits with status 2.
 */
export function loadConfigOrReport(stderr: NodeJS.WritableStream = process.stderr): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr.write(`${error.message}\n`);
    return null;
  }
}
