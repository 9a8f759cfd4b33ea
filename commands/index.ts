/**
 * The Discord front door's commands: the bot routes these and `npm run deploy-commands` registers these, so the two
 * can never disagree. Every command of the catalogue offered in Discord is here: a read command is built from its
 * catalogue entry alone, and a command with Discord-specific behaviour (a moderator flow, a form) has its own file
 * in this folder. Arrows point one way: this folder imports `src/discord` and the catalogue, never the reverse;
 * `src/main.ts` and `commands/deploy.ts` pass these lists in.
 */
import type { CommandName } from '../src/answers/index.ts';
import { offeredIn } from '../src/answers/index.ts';
import {
  type InteractionHandler,
  publishButtonHandler,
  readSlashCommand,
  type SlashCommand,
} from '../src/discord/index.ts';
import { COMMANDS, type WorkflowCommandName } from '../src/workflows/index.ts';
import * as brief from './brief.ts';
import * as feeds from './feeds.ts';
import * as follow from './follow.ts';
import * as ingest from './ingest.ts';

/** Commands with Discord-specific behaviour, by name: every workflow command needs one; read commands may. */
const OWN_FILES: Readonly<Record<WorkflowCommandName, SlashCommand> & Partial<Record<CommandName, SlashCommand>>> = {
  brief,
  follow,
  ingest,
  feeds,
};

function slashCommandOf(name: string): SlashCommand | undefined {
  return Object.hasOwn(OWN_FILES, name) ? OWN_FILES[name as keyof typeof OWN_FILES] : undefined;
}

/** Every slash command, in the catalogue's order. */
export const commands: readonly SlashCommand[] = COMMANDS.filter((spec) => offeredIn('discord', spec)).map(
  (spec) => slashCommandOf(spec.name) ?? readSlashCommand(spec),
);

/** Handlers for buttons and modals beyond paging (the moderator workflows), tried in order by the router. */
export const handlers: readonly InteractionHandler[] = [publishButtonHandler, ingest.ingestModalHandler];
