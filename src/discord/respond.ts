/**
 * The shared path of every read command: read the options, ask the {@link BriefingService}, render, reply. Commands
 * in `commands/` stay declarative (their builder) and delegate here, so paging, privacy and "nothing matched"
 * behave the same everywhere.
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import type { Answer } from '../answers/types.ts';
import { type DiscordMessage, renderDiscord } from '../render/discord.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX, DEFER_AFTER_MS } from '../render/limits.ts';
import { isCommandName } from '../service/index.ts';
import type { CommandName, CommandOptions, CompletableOption } from '../service/types.ts';
import { decodePageId, encodePageId } from './customId.ts';
import { UserError } from './errors.ts';
import type { CommandContext, CommandData, SlashCommand } from './types.ts';

/** Name of the boolean option that makes a read command answer ephemerally. */
export const PRIVATE_OPTION = 'private';

/**
 * Commands whose answer may take over {@link DEFER_AFTER_MS} on a large knowledge folder (they walk every article):
 * they defer first. Others answer directly, which keeps "nothing matched" private without a follow-up.
 */
const SLOW_COMMANDS: ReadonlySet<string> = new Set(['brief', 'timeline', 'sources']);

/**
 * Answers already being sent when a command arrives, above which it defers first. In a burst every handler's
 * synchronous work queues behind the others', so the last of a few hundred would reply after Discord's 3 s; a
 * deferral goes out before that work and keeps the interaction alive for 15 minutes.
 */
const BUSY_AT = 8;
let inFlight = 0;

const COMPLETABLE: ReadonlySet<string> = new Set<CompletableOption>(['speaker', 'subject', 'name', 'aspect', 'topic']);

/** Whether `name` is a command the service answers (re-exported so front-door code has one import). */
export { isCommandName };

/** Option keys of a command that select its answer (everything but `private`), in definition order. */
export function answerKeys(data: CommandData): string[] {
  return (data.toJSON().options ?? []).map((o) => o.name).filter((n) => n !== PRIVATE_OPTION);
}

/** Reads the answer-selecting options of an interaction; blank strings count as not given. */
export function readOptions(interaction: ChatInputCommandInteraction, keys: readonly string[]): CommandOptions {
  const options: Record<string, string | number | boolean | undefined> = {};
  for (const key of keys) {
    const value = interaction.options.get(key)?.value;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed !== '') options[key] = trimmed;
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      options[key] = value;
    }
  }
  return options;
}

function pageIdFor(command: string, options: CommandOptions, keys: readonly string[]) {
  return (page: number) => encodePageId({ command, page, options }, keys);
}

/** Renders one page of an answer with paging buttons that rebuild it from the same command and options. */
export function renderPage(
  answer: Answer,
  command: string,
  options: CommandOptions,
  keys: readonly string[],
  page = 0,
) {
  return renderDiscord(answer, { page, pageId: pageIdFor(command, options, keys) });
}

function withFlags(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : { ...message };
}

/**
 * Answers a read command: options → service → Discord embeds. Required text options that are blank after
 * trimming raise a {@link UserError}. "Nothing matched" is answered ephemerally with what was searched and
 * suggestions; a found answer is public unless the user chose `private`.
 */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  data: CommandData,
): Promise<void> {
  const name = data.name;
  if (!isCommandName(name)) throw new Error(`command ${name} has no answer in the service`);
  const keys = answerKeys(data);
  const options = readOptions(interaction, keys);
  const required = (data.toJSON().options ?? []).filter((o) => 'required' in o && o.required);
  for (const option of required) {
    if (options[option.name] === undefined) {
      throw new UserError('bad-option', `Please give a ${option.name} for /${name}: it cannot be blank.`);
    }
  }
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) === true;
  inFlight++;
  try {
    // Late already (a backlog, or the gateway replaying after a reconnect) or busy: acknowledge before working.
    const late = Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS;
    const deferred = SLOW_COMMANDS.has(name) || late || inFlight > BUSY_AT;
    if (deferred) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await answerAndSend(interaction, ctx, { name, keys, options, ephemeral, deferred });
  } finally {
    inFlight--;
  }
}

/** The part of {@link answerCommand} after the acknowledgement decision: answer, render, send. */
async function answerAndSend(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  request: {
    name: CommandName;
    keys: readonly string[];
    options: CommandOptions;
    ephemeral: boolean;
    deferred: boolean;
  },
): Promise<void> {
  const { name, keys, options, ephemeral, deferred } = request;

  const started = performance.now();
  const answer = ctx.service.answer(name, options);
  const ms = Math.round(performance.now() - started);
  if (!deferred && ms > DEFER_AFTER_MS) {
    // Still within Discord's 3 s, but close: this command should defer on this knowledge base.
    ctx.logger.warn({ command: name, ms }, 'slow answer without deferral');
  }
  const { message } = renderPage(answer, name, options, keys);
  if (!deferred) {
    await interaction.reply(withFlags(message, ephemeral || answer.empty));
  } else if (answer.empty && !ephemeral) {
    // A public "thinking…" cannot turn private, so replace it with a private follow-up.
    await interaction.deleteReply();
    await interaction.followUp(withFlags(message, true));
  } else {
    await interaction.editReply(message);
  }
}

/**
 * Shows another page of an answer from a paging button, editing the message in place (or, for anyone but the
 * user who asked, in a private reply). Returns false when the button's id is not a paging id this bot understands.
 */
export async function showPage(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  commands: ReadonlyMap<string, SlashCommand>,
): Promise<boolean> {
  const ref = decodePageId(interaction.customId, (name) => {
    const command = commands.get(name);
    return command && isCommandName(name) ? answerKeys(command.data) : undefined;
  });
  const command = ref ? commands.get(ref.command) : undefined;
  if (!ref || !command || !isCommandName(ref.command)) return false;
  const answer = ctx.service.answer(ref.command, ref.options);
  const { message } = renderPage(answer, ref.command, ref.options, answerKeys(command.data), ref.page);
  // Paging someone else's answer would turn the page under their eyes: others get the page privately instead.
  const owner = interaction.message?.interactionMetadata?.user.id;
  if (owner !== undefined && owner !== interaction.user.id) {
    await interaction.reply(withFlags(message, true));
  } else {
    await interaction.update(message);
  }
  return true;
}

/** Turns completion values into Discord choices: at most 25, names and values 1–100 characters, no duplicates. */
export function toChoices(values: readonly string[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '' || value.length > CHOICE_VALUE_MAX || value.length > CHOICE_NAME_MAX || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: value, value });
    if (choices.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return choices;
}

/** Answers an autocomplete request for the focused option from the service's index. */
export async function completeFocused(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (!COMPLETABLE.has(focused.name)) {
    await interaction.respond([]);
    return;
  }
  const values = ctx.service.complete(
    focused.name as CompletableOption,
    String(focused.value),
    AUTOCOMPLETE_CHOICES_MAX,
  );
  await interaction.respond(toChoices(values));
}
