/**
 * The shared path of every read command: read the options, ask the {@link BriefingService}, render, reply. A read
 * command is its catalogue entry plus this ({@link readSlashCommand}), so paging, privacy and "nothing matched"
 * behave the same everywhere.
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import { type Answer, type CommandSpec, isCompletableOption, optionsIn } from '../answers/index.ts';
import {
  AUTOCOMPLETE_CHOICES_MAX,
  CHOICE_NAME_MAX,
  CHOICE_VALUE_MAX,
  DEFER_AFTER_MS,
  type DiscordMessage,
  renderDiscord,
} from '../render/index.ts';
import { type CommandName, type CommandOptions, isCommandName } from '../service/index.ts';
import { answerKeys, PRIVATE_OPTION, slashCommandData } from './builder.ts';
import { attachWhenDrawn, chartForAnswer, keepChart, startChart, withChart } from './chart.ts';
import { decodePageId, encodePageId } from './customId.ts';
import { UserError } from './errors.ts';
import type { CommandContext, SlashCommand } from './types.ts';

/**
 * Answers already being sent when a command arrives, above which it defers first. In a burst every handler's
 * synchronous work queues behind the others', so the last of a few hundred would reply after Discord's 3 s; a
 * deferral goes out before that work and keeps the interaction alive for 15 minutes.
 */
const BUSY_AT = 8;
/**
 * Answers in flight (this one included) above which no chart is drawn: a chart is a picture for a calm channel, and
 * in a burst its drawing and upload would only compete with the answers for the CPU and Discord's rate limits.
 */
const CHARTS_UP_TO = 2;
let inFlight = 0;

/** Whether `name` is a command the service answers (re-exported so front-door code has one import). */
export { isCommandName };

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

/**
 * The channel's followed story as the `story` option, when the command has one and the user named none: a channel
 * set up for one story answers from it by default, and `story:` still picks another.
 */
export function withFollowedStory(
  options: CommandOptions,
  keys: readonly string[],
  followed: string | undefined,
): CommandOptions {
  if (followed === undefined || !keys.includes('story') || options.story !== undefined) return options;
  return { ...options, story: followed };
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
  // The next page must speak of the same story even when the first was chosen for the user (or typed as a long
  // title): the button carries the story's short code.
  const paged = answer.story ? { ...options, story: answer.story.code } : options;
  return renderDiscord(answer, { page, pageId: pageIdFor(command, paged, keys) });
}

function withFlags(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : { ...message };
}

/**
 * Answers a read command: options → service → Discord embeds. Required text options that are blank after
 * trimming raise a {@link UserError}. "Nothing matched" is answered ephemerally with what was searched and
 * suggestions; a found answer is public unless the user chose `private`. Commands marked `slow` in the catalogue
 * defer first; others answer directly, which keeps "nothing matched" private without a follow-up.
 */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  spec: CommandSpec,
): Promise<void> {
  const name = spec.name;
  if (!isCommandName(name)) throw new Error(`command ${name} has no answer in the service`);
  const keys = answerKeys(spec);
  const options = withFollowedStory(readOptions(interaction, keys), keys, ctx.follows.get(interaction.channelId));
  for (const option of optionsIn(spec, 'discord').filter((o) => o.required)) {
    if (options[option.name] === undefined) {
      throw new UserError('bad-option', `Please give a ${option.name} for /${name}: it cannot be blank.`);
    }
  }
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) === true;
  inFlight++;
  try {
    // Late already (a backlog, or the gateway replaying after a reconnect) or busy: acknowledge before working.
    const late = Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS;
    const deferred = spec.slow === true || late || inFlight > BUSY_AT;
    const calm = inFlight <= CHARTS_UP_TO;
    if (deferred) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await answerAndSend(interaction, ctx, { name, keys, options, ephemeral, deferred, calm });
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
    /** Few answers in flight: a chart may be drawn (see {@link CHARTS_UP_TO}). */
    calm: boolean;
  },
): Promise<void> {
  const { name, keys, options, ephemeral, deferred, calm } = request;

  const started = performance.now();
  const answer = ctx.service.answer(name, options);
  const ms = Math.round(performance.now() - started);
  if (!deferred && ms > DEFER_AFTER_MS) {
    // Still within Discord's 3 s, but close: this command should defer on this knowledge base.
    ctx.logger.warn({ command: name, ms }, 'slow answer without deferral');
  }
  const { message } = renderPage(answer, name, options, keys);
  // The chart (if any) is drawn in a worker; only an acknowledged answer waits for it, briefly (see chart.ts).
  const pending = calm ? startChart(ctx.charts, answer) : null;
  const chart = pending ? await chartForAnswer(pending, deferred) : null;
  const full = pending && chart ? withChart(message, chart, pending.filename) : message;
  if (!deferred) {
    await interaction.reply(withFlags(full, ephemeral || answer.empty));
  } else if (answer.empty && !ephemeral) {
    // A public "thinking…" cannot turn private, so replace it with a private follow-up.
    await interaction.deleteReply();
    await interaction.followUp(withFlags(message, true));
  } else {
    await interaction.editReply(full);
  }
  if (pending && !chart) void attachWhenDrawn(interaction, pending, ctx.logger);
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
  const keysOf = (name: string) => {
    const spec = commands.get(name)?.spec;
    return spec && isCommandName(name) ? answerKeys(spec) : undefined;
  };
  const ref = decodePageId(interaction.customId, keysOf);
  const keys = ref ? keysOf(ref.command) : undefined;
  if (!ref || !keys || !isCommandName(ref.command)) return false;
  const answer = ctx.service.answer(ref.command, ref.options);
  const page = renderPage(answer, ref.command, ref.options, keys, ref.page).message;
  const message = keepChart(page, interaction.message);
  // Paging someone else's answer would turn the page under their eyes: others get the page privately instead.
  const owner = interaction.message?.interactionMetadata?.user.id;
  if (owner !== undefined && owner !== interaction.user.id) {
    await interaction.reply(withFlags(page, true));
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
  if (!isCompletableOption(focused.name)) {
    await interaction.respond([]);
    return;
  }
  const values = ctx.service.complete(focused.name, String(focused.value), AUTOCOMPLETE_CHOICES_MAX);
  await interaction.respond(toChoices(values));
}

/**
 * A read command as Discord offers it, entirely from its catalogue entry: the definition, the shared answer path,
 * and autocomplete when an option completes. Only commands with Discord-specific behaviour need a file in
 * `commands/`.
 */
export function readSlashCommand(spec: CommandSpec): SlashCommand {
  const completes = spec.options.some((o) => o.type === 'string' && o.autocomplete === true);
  return {
    data: slashCommandData(spec),
    spec,
    execute: (interaction, ctx) => answerCommand(interaction, ctx, spec),
    ...(completes ? { autocomplete: completeFocused } : {}),
  };
}
