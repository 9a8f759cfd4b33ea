/**
 * Discord slash-command definitions built from the command catalogue: one generic builder, so no read command's
 * options are written twice. Option types map one to one; a moderator command is hidden from members without the
 * moderator permission and offered in servers only; a command whose reply may be public gets the `private` option.
 */
import {
  InteractionContextType,
  type SlashCommandAttachmentOption,
  type SlashCommandBooleanOption,
  SlashCommandBuilder,
  type SlashCommandChannelOption,
  type SlashCommandIntegerOption,
  type SlashCommandStringOption,
} from 'discord.js';
import { type CallSpec, type CommandSpec, type OptionSpec, optionsIn } from '../answers/index.ts';
import { MODERATOR_PERMISSION, PUBLISHABLE_CHANNELS } from './moderation.ts';

/** Name of the boolean option that makes a read command answer ephemerally. */
export const PRIVATE_OPTION = 'private';

/** Description of the `private` option. */
const PRIVATE_DESCRIPTION = 'Show the answer only to you (default: everyone sees it)';

/** What options can be added to: a command or a subcommand builder (both mutate in place). */
interface OptionTarget {
  addStringOption(f: (o: SlashCommandStringOption) => SlashCommandStringOption): unknown;
  addIntegerOption(f: (o: SlashCommandIntegerOption) => SlashCommandIntegerOption): unknown;
  addBooleanOption(f: (o: SlashCommandBooleanOption) => SlashCommandBooleanOption): unknown;
  addChannelOption(f: (o: SlashCommandChannelOption) => SlashCommandChannelOption): unknown;
  addAttachmentOption(f: (o: SlashCommandAttachmentOption) => SlashCommandAttachmentOption): unknown;
}

function addOption(target: OptionTarget, spec: OptionSpec): void {
  const base = <O extends { setName(n: string): O; setDescription(d: string): O; setRequired(r: boolean): O }>(o: O) =>
    o
      .setName(spec.name)
      .setDescription(spec.description)
      .setRequired(spec.required === true);
  switch (spec.type) {
    case 'string':
      target.addStringOption((o) => {
        base(o);
        if (spec.autocomplete) o.setAutocomplete(true);
        if (spec.minLength !== undefined) o.setMinLength(spec.minLength);
        if (spec.maxLength !== undefined) o.setMaxLength(spec.maxLength);
        if (spec.choices) o.addChoices(...spec.choices.map((c) => ({ name: c.label, value: c.value })));
        return o;
      });
      return;
    case 'integer':
      target.addIntegerOption((o) => {
        base(o);
        if (spec.min !== undefined) o.setMinValue(spec.min);
        if (spec.max !== undefined) o.setMaxValue(spec.max);
        return o;
      });
      return;
    case 'boolean':
      target.addBooleanOption(base);
      return;
    case 'channel':
      target.addChannelOption((o) => base(o).addChannelTypes(...PUBLISHABLE_CHANNELS));
      return;
    case 'attachment':
      target.addAttachmentOption(base);
      return;
  }
}

function addOptions(target: OptionTarget, call: CallSpec, offerPrivate: boolean): void {
  for (const option of optionsIn(call, 'discord')) addOption(target, option);
  if (offerPrivate) target.addBooleanOption((o) => o.setName(PRIVATE_OPTION).setDescription(PRIVATE_DESCRIPTION));
}

/** The slash-command definition of a catalogue entry, ready for deployment and routing. */
export function slashCommandData(spec: CommandSpec): SlashCommandBuilder {
  const builder = new SlashCommandBuilder().setName(spec.name).setDescription(spec.description);
  if (spec.moderatorOnly) {
    builder.setDefaultMemberPermissions(MODERATOR_PERMISSION).setContexts(InteractionContextType.Guild);
  }
  const offerPrivate = (spec.visibility ?? 'choice') === 'choice';
  if (spec.subcommands) {
    for (const sub of spec.subcommands) {
      builder.addSubcommand((s) => {
        s.setName(sub.name).setDescription(sub.description);
        addOptions(s, sub, offerPrivate);
        return s;
      });
    }
  } else {
    addOptions(builder, spec, offerPrivate);
  }
  return builder;
}

/** The option names that select a call's answer in Discord (what a paging button carries), in declaration order. */
export function answerKeys(call: CallSpec): string[] {
  return optionsIn(call, 'discord')
    .filter((o) => o.type !== 'channel' && o.type !== 'attachment')
    .map((o) => o.name);
}
