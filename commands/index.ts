/**
 * The one list of slash commands: the bot routes these and `npm run deploy-commands` registers these, so the two
 * can never disagree. Explicit imports (no directory scan) keep the list visible and type-checked.
 */
import { publishButtonHandler } from '../src/discord/publish.ts';
import type { InteractionHandler } from '../src/discord/router.ts';
import type { SlashCommand } from '../src/discord/types.ts';
import * as brief from './brief.ts';
import * as drills from './drills.ts';
import * as estimates from './estimates.ts';
import * as help from './help.ts';
import * as ingest from './ingest.ts';
import * as quotes from './quotes.ts';
import * as search from './search.ts';
import * as sources from './sources.ts';
import * as timeline from './timeline.ts';
import * as who from './who.ts';

/** Every slash command, in the order Discord lists them. */
export const commands: readonly SlashCommand[] = [
  drills,
  quotes,
  estimates,
  search,
  sources,
  who,
  timeline,
  brief,
  ingest,
  help,
];

/** Handlers for buttons and modals beyond paging (the moderator workflows), tried in order by the router. */
export const handlers: readonly InteractionHandler[] = [publishButtonHandler, ingest.ingestModalHandler];
