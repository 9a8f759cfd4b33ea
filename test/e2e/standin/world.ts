/**
 * The fake Discord "world" shared by the REST and gateway halves of the stand-in: one application, its bot user,
 * one guild with one text channel, the registered commands and the interactions in flight. Shapes follow Discord's
 * API v10 closely enough that discord.js builds its real structures from them.
 */
import { randomBytes } from 'node:crypto';

/** Discord's epoch (2015-01-01), the origin of snowflake timestamps. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/** A fresh snowflake: real timestamp bits, so discord.js derives sensible creation dates from it. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/**
 * A token of the same shape as a real bot token (base64 of the application id, a timestamp part and an HMAC part),
 * so configuration validation and redaction are exercised as in production, while being worthless anywhere else.
 */
export function fakeBotToken(applicationId: string): string {
  const head = Buffer.from(applicationId).toString('base64url');
  const stamp = randomBytes(5).toString('base64url').slice(0, 6);
  const mac = randomBytes(29).toString('base64url').slice(0, 38);
  return `${head}.${stamp}.${mac}`;
}

/** A user object as Discord sends it. */
export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly discriminator: string;
  readonly global_name: string | null;
  readonly avatar: null;
  readonly bot?: boolean;
  readonly public_flags: number;
}

/** An option of a registered command, as the application sent it (only the fields the stand-in reads). */
export interface RegisteredOption {
  readonly name: string;
  readonly type: number;
  readonly description?: string;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly options?: readonly RegisteredOption[];
  readonly choices?: readonly { name: string; value: string | number }[];
}

/** A command as stored after `PUT /applications/:id/commands`, with the id and version Discord assigns. */
export interface RegisteredCommand {
  readonly id: string;
  readonly application_id: string;
  readonly guild_id?: string;
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly type: number;
  readonly options?: readonly RegisteredOption[];
  readonly [key: string]: unknown;
}

/** A file as the stand-in receives it with a message. */
export interface UploadedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** A message's attachment as Discord describes it; `url` is a path on the REST stand-in's host. */
export interface FakeAttachment {
  readonly id: string;
  readonly filename: string;
  readonly size: number;
  readonly url: string;
  readonly proxy_url: string;
  readonly content_type: string;
  readonly description?: string;
}

/** A message the stand-in created on behalf of the bot (interaction reply, follow-up, channel message). */
export interface FakeMessage {
  id: string;
  type: number;
  channel_id: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: FakeAttachment[];
  flags: number;
  author: FakeUser;
  timestamp: string;
  edited_timestamp: string | null;
  [key: string]: unknown;
}

/** Bookkeeping for one interaction the stand-in dispatched. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  readonly createdAt: number;
  /** Callback type of the first acknowledgement, or null while unacknowledged. */
  callbackType: number | null;
  /** The message the interaction's response created (or, for a component, the message it updates). */
  original: FakeMessage | null;
  /** The message a component interaction was clicked on. */
  readonly sourceMessage: FakeMessage | null;
  /** Who invoked it. */
  readonly user: FakeUser;
  /** The command's name, for application commands and autocomplete. */
  readonly name: string | null;
}

/** The shared state of one stand-in instance. */
export class World {
  readonly applicationId = snowflake();
  readonly token = fakeBotToken(this.applicationId);
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly everyoneRoleId = this.guildId;
  readonly ownerId = snowflake();
  readonly botUser: FakeUser = {
    id: this.applicationId,
    username: 'Briefing Stand-in Bot',
    discriminator: '0000',
    global_name: null,
    avatar: null,
    bot: true,
    public_flags: 0,
  };
  /** Global commands, by name. */
  readonly globalCommands = new Map<string, RegisteredCommand>();
  /** Guild commands, by guild id then name. */
  readonly guildCommands = new Map<string, Map<string, RegisteredCommand>>();
  /** Interactions by token (tokens are what webhooks and callbacks are addressed by). */
  readonly interactions = new Map<string, InteractionRecord>();
  /** Every message created, by id. */
  readonly messages = new Map<string, FakeMessage>();
  /** Files users attached to commands, by URL path (`/attachments/…`), served as Discord's CDN would. */
  readonly attachments = new Map<string, Uint8Array>();
  /**
   * How long an interaction may wait for its first response before Discord forgets it (a later callback gets
   * 10062 "Unknown interaction" and the user sees "The application did not respond"). Discord's is 3 s.
   */
  ackDeadlineMs = 3000;

  /** A guild member user; distinct names per id keep cooldown tests honest. */
  user(id: string = snowflake()): FakeUser {
    return {
      id,
      username: `member${id.slice(-4)}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
      public_flags: 0,
    };
  }

  /** The commands an interaction can reference: guild ones first (they shadow globals in a guild), then global. */
  command(name: string): RegisteredCommand | undefined {
    return this.guildCommands.get(this.guildId)?.get(name) ?? this.globalCommands.get(name);
  }

  /** The application object of READY and `GET /applications/@me`. */
  application(): Record<string, unknown> {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: randomBytes(32).toString('hex'),
      flags: 0,
      owner: this.user(this.ownerId),
      team: null,
      bot: this.botUser,
    };
  }

  /** The text channel interactions come from. */
  channel(): Record<string, unknown> {
    return {
      id: this.channelId,
      type: 0,
      guild_id: this.guildId,
      name: 'briefings',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
    };
  }

  /** The full guild object of GUILD_CREATE. */
  guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Stand-in Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: this.everyoneRoleId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [this.member(this.botUser)],
      channels: [this.channel()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** A guild member wrapper around `user`, with the permissions Discord resolves for interactions. */
  member(user: FakeUser, permissions = '2248473465835073'): Record<string, unknown> {
    return {
      user,
      nick: null,
      avatar: null,
      roles: [],
      joined_at: new Date().toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
      permissions,
    };
  }

  /**
   * The attachments a message has after a create or edit whose body lists `wanted` (`attachments`): entries whose
   * id is a file's index become new attachments of the uploaded files (served like Discord's CDN serves them),
   * entries naming an attachment the message has keep it, and the rest go, as on Discord. Files uploaded without
   * an entry are attached too.
   */
  private attachmentsOf(wanted: unknown, files: readonly UploadedFile[], existing: readonly FakeAttachment[]) {
    const entries = Array.isArray(wanted) ? (wanted as { id?: unknown; description?: unknown }[]) : [];
    const out: FakeAttachment[] = [];
    const used = new Set<number>();
    for (const entry of entries) {
      const id = String(entry.id ?? '');
      const kept = existing.find((a) => a.id === id);
      const file = /^\d+$/.test(id) && !kept ? files[Number(id)] : undefined;
      if (kept) out.push(kept);
      else if (file) {
        used.add(Number(id));
        out.push(this.attach(file, typeof entry.description === 'string' ? entry.description : undefined));
      }
    }
    files.forEach((file, i) => {
      if (!used.has(i) && !entries.some((e) => String(e.id) === String(i))) out.push(this.attach(file, undefined));
    });
    return out;
  }

  /** Stores an uploaded file where the stand-in serves attachments and describes it as Discord does. */
  private attach(file: UploadedFile, description: string | undefined): FakeAttachment {
    const id = snowflake();
    const path = `/attachments/${this.channelId}/${id}/${encodeURIComponent(file.filename)}`;
    this.attachments.set(path, file.bytes);
    return {
      id,
      filename: file.filename,
      size: file.bytes.length,
      url: path,
      proxy_url: path,
      content_type: file.contentType,
      ...(description === undefined ? {} : { description }),
    };
  }

  /** Creates and stores a message authored by the bot, as Discord does for replies and follow-ups. */
  createMessage(
    body: Record<string, unknown>,
    extra: Partial<FakeMessage> = {},
    files: readonly UploadedFile[] = [],
  ): FakeMessage {
    const message: FakeMessage = {
      id: snowflake(),
      type: 0,
      channel_id: this.channelId,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      attachments: this.attachmentsOf(body.attachments, files, []),
      flags: typeof body.flags === 'number' ? body.flags : 0,
      author: this.botUser,
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      ...extra,
    };
    this.messages.set(message.id, message);
    return message;
  }

  /**
   * What Discord attaches to a message created in answer to an interaction: `interaction_metadata` (who invoked
   * it: bots use this to tell the asker from others) and the older `interaction`.
   */
  interactionFields(record: InteractionRecord, original?: FakeMessage | null): Partial<FakeMessage> {
    return {
      interaction_token: record.token,
      // 20: chat input command reply; 0: a message from a component or a follow-up.
      type: record.type === 2 && !original ? 20 : 0,
      interaction_metadata: {
        id: record.id,
        type: record.type,
        user: record.user,
        authorizing_integration_owners: { '0': this.guildId },
        ...(original ? { original_response_message_id: original.id } : {}),
        ...(record.sourceMessage ? { interacted_message_id: record.sourceMessage.id } : {}),
      },
      interaction: { id: record.id, type: record.type, name: record.name ?? '', user: record.user },
      ...(record.sourceMessage ? { message_reference: { message_id: record.sourceMessage.id } } : {}),
    };
  }

  /** Applies an edit body to a stored message, like `PATCH .../messages/@original`. */
  editMessage(message: FakeMessage, body: Record<string, unknown>, files: readonly UploadedFile[] = []): FakeMessage {
    if (typeof body.content === 'string') message.content = body.content;
    // Without `attachments` an edit keeps the message's files; with it, the list says what stays and what is new.
    if (Array.isArray(body.attachments) || files.length > 0) {
      message.attachments = this.attachmentsOf(body.attachments, files, message.attachments);
    }
    if (Array.isArray(body.embeds)) message.embeds = body.embeds;
    if (Array.isArray(body.components)) message.components = body.components;
    if (typeof body.flags === 'number') message.flags = body.flags;
    // Editing a deferred ("thinking…") response turns it into a normal message.
    message.flags &= ~128;
    message.edited_timestamp = new Date().toISOString();
    return message;
  }
}
