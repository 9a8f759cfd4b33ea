/**
 * Option builders shared by several commands, so a limit or wording is decided once. Free-text maxima keep a
 * paging button's `custom_id` (which carries the options) within Discord's 100 characters.
 */
import type { SlashCommandBooleanOption, SlashCommandStringOption } from 'discord.js';
import { PRIVATE_OPTION } from '../src/discord/respond.ts';

/** Maximum length of a one-value free-text option (subject, name, question). */
export const TEXT_OPTION_MAX = 80;
/** Maximum length of each of two free-text options of one command (speaker and topic). */
export const PAIRED_TEXT_OPTION_MAX = 40;

/** The `private` option: answer only to the user who asked. */
export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option.setName(PRIVATE_OPTION).setDescription('Show the answer only to you (default: everyone sees it)');
}

/** A free-text option completed from the index. */
export function completedText(
  option: SlashCommandStringOption,
  name: string,
  description: string,
  maxLength: number = TEXT_OPTION_MAX,
): SlashCommandStringOption {
  return option.setName(name).setDescription(description).setAutocomplete(true).setMinLength(1).setMaxLength(maxLength);
}
