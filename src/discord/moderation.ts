/**
 * What every moderator command shares: the permission it requires, where it may post, where it reads and writes
 * (the {@link ModerationSettings} the bot puts in every command's context), and the check run before it acts.
 */
import {
  type ButtonInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import type { Config } from '../config.ts';
import { type FetchPolicy, fetchPolicy } from '../web/index.ts';
import type { Feeds } from '../workflows/index.ts';
import { UserError } from './errors.ts';

/** The permission moderator commands require, both as `default_member_permissions` and in the handler. */
export const MODERATOR_PERMISSION = PermissionFlagsBits.ManageMessages;

/** Channel types a channel option accepts: the ones a briefing can be published to. */
export const PUBLISHABLE_CHANNELS = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
] as const;

/** Hosts Discord serves attachments from. */
export const DISCORD_CDN_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

/** Where moderator workflows read and write: part of every command's context, set once by the bot from config. */
export interface ModerationSettings {
  /** Folder holding `articles/`, where `/ingest` writes. */
  readonly knowledgeDir: string;
  /** The audit log (JSON lines) of published briefings and added articles. */
  readonly auditLog: string;
  /** Hosts `/ingest` may download attachments from: {@link DISCORD_CDN_HOSTS}, plus a test stand-in's. */
  readonly attachmentHosts: readonly string[];
  /** The limits of `/ingest url:` fetches (private addresses, deadline, size). Default: the defaults, no exceptions. */
  readonly fetch?: FetchPolicy | undefined;
  /** The running feeds service `/feeds` manages; without it `/feeds` says feeds are not set up. */
  readonly feeds?: Feeds | null | undefined;
}

/**
 * Hosts `/ingest` downloads attachments from: Discord's CDN, and the host `DISCORD_API_URL` points at when set. That
 * host is already trusted with the bot token; a REST proxy (or the test stand-in) serves attachments beside the API,
 * as Discord's CDN does beside its own.
 */
export function attachmentHosts(config: Pick<Config, 'discordApiUrl'>): readonly string[] {
  if (!config.discordApiUrl) return DISCORD_CDN_HOSTS;
  const host = new URL(config.discordApiUrl).host;
  return DISCORD_CDN_HOSTS.includes(host) ? DISCORD_CDN_HOSTS : [...DISCORD_CDN_HOSTS, host];
}

/** The moderation settings of a configuration, with the running feeds service when there is one. */
export function moderationSettings(
  config: Pick<Config, 'knowledgeDir' | 'auditLog' | 'discordApiUrl' | 'fetchAllowPrivate'>,
  running: Pick<ModerationSettings, 'feeds'> = {},
): ModerationSettings {
  return {
    knowledgeDir: config.knowledgeDir,
    auditLog: config.auditLog,
    attachmentHosts: attachmentHosts(config),
    fetch: fetchPolicy({ allowPrivate: config.fetchAllowPrivate }),
    feeds: running.feeds ?? null,
  };
}

type AnyInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * Refuses (with a {@link UserError} the router shows privately) anyone without Manage Messages, and any use
 * outside a server. `default_member_permissions` hides the command from members already, but server admins can
 * override that per channel or role, so the handler checks again.
 */
export function requireModerator(interaction: AnyInteraction, action: string): void {
  if (!interaction.inGuild()) {
    throw new UserError('guild-only', `You can only ${action} in a server, not in direct messages.`);
  }
  if (interaction.memberPermissions?.has(MODERATOR_PERMISSION) !== true) {
    throw new UserError('missing-permission', `You need the Manage Messages permission to ${action}.`);
  }
}
