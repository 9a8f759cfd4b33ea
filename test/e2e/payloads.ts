/**
 * Builders for the INTERACTION_CREATE payloads Discord sends: slash commands (type 2), autocomplete (type 4) and
 * button clicks (type 3), shaped like the real thing so discord.js builds its real interaction classes from them.
 */
import { randomBytes } from 'node:crypto';
import type { FakeMessage, FakeUser, RegisteredCommand, RegisteredOption, World } from './standin/world.ts';
import { snowflake } from './standin/world.ts';

/** Interaction types (Discord's `InteractionType`). */
export const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4, modal: 5 } as const;

/** Application command option types used by slash commands with scalar options. */
export const OPTION = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

/** A value given to an option, as a user would type or pick it. */
export type OptionValue = string | number | boolean;

/** The option types the stand-in can infer when the command was never registered. */
function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return OPTION.boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OPTION.integer : OPTION.number;
  return OPTION.string;
}

/**
 * Options as Discord sends them, typed from the registered definition when there is one (so an option the bot
 * never declared is caught here rather than silently sent) or inferred from the JavaScript value otherwise.
 */
export function buildOptions(
  command: RegisteredCommand | undefined,
  values: Readonly<Record<string, OptionValue>>,
  focused?: string,
): { name: string; type: number; value: OptionValue; focused?: true }[] {
  const declared = new Map<string, RegisteredOption>((command?.options ?? []).map((o) => [o.name, o]));
  return Object.entries(values).map(([name, value]) => {
    const definition = declared.get(name);
    if (command && !definition) {
      throw new Error(
        `/${command.name} has no option "${name}" (declared: ${[...declared.keys()].join(', ') || 'none'})`,
      );
    }
    const type = definition?.type ?? inferType(value);
    return focused === name ? { name, type, value, focused: true } : { name, type, value };
  });
}

/** A token shaped like Discord's: base64 of `interaction:<id>:<secret>`, long and URL-safe. */
function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
}

/** Fields every interaction carries, from the guild channel of the stand-in world. */
function envelope(world: World, type: number, user: FakeUser): Record<string, unknown> {
  const id = snowflake();
  return {
    id,
    application_id: world.applicationId,
    type,
    token: interactionToken(id),
    version: 1,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: 'en-US', features: [] },
    channel_id: world.channelId,
    channel: world.channel(),
    member: world.member(user),
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** A chat-input command (`/name option:value`). */
export function commandInteraction(
  world: World,
  name: string,
  values: Readonly<Record<string, OptionValue>>,
  user: FakeUser,
): Record<string, unknown> {
  const command = world.command(name);
  const options = buildOptions(command, values);
  return {
    ...envelope(world, INTERACTION.command, user),
    data: {
      id: command?.id ?? snowflake(),
      name,
      type: 1,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      ...(options.length > 0 ? { options } : {}),
    },
  };
}

/** An autocomplete request while the user types into option `focused`. */
export function autocompleteInteraction(
  world: World,
  name: string,
  focused: string,
  partial: string,
  others: Readonly<Record<string, OptionValue>>,
  user: FakeUser,
): Record<string, unknown> {
  const command = world.command(name);
  return {
    ...envelope(world, INTERACTION.autocomplete, user),
    data: {
      id: command?.id ?? snowflake(),
      name,
      type: 1,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      options: buildOptions(command, { ...others, [focused]: partial }, focused),
    },
  };
}

/** A click on the button `customId` of `message` (a message the bot sent earlier). */
export function buttonInteraction(
  world: World,
  message: FakeMessage,
  customId: string,
  user: FakeUser,
): Record<string, unknown> {
  return {
    ...envelope(world, INTERACTION.component, user),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/** Every `custom_id` of the buttons in a message's components (action rows of buttons). */
export function buttonIds(components: unknown): string[] {
  if (!Array.isArray(components)) return [];
  return components.flatMap((row) => {
    const inner = (row as { components?: unknown }).components;
    if (!Array.isArray(inner)) return [];
    return inner
      .map((c) => (c as { custom_id?: unknown }).custom_id)
      .filter((id): id is string => typeof id === 'string');
  });
}

/** A submitted modal `customId` whose text inputs hold `fields` (input `custom_id` → value), one per row. */
export function modalInteraction(
  world: World,
  customId: string,
  fields: Readonly<Record<string, string>>,
  user: FakeUser,
): Record<string, unknown> {
  return {
    ...envelope(world, INTERACTION.modal, user),
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}
