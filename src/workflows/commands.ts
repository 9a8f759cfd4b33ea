/**
 * Every command any front door offers: the read commands of the answers catalogue, then the workflows' commands
 * (which change the knowledge or post, so they have no answer function). Front doors list, parse and build their
 * commands from this one list.
 */
import { type CommandSpec, READ_COMMANDS } from '../answers/index.ts';
import { spec as feeds } from './feeds/spec.ts';
import { spec as follow } from './follows.ts';
import { spec as ingest } from './ingest.ts';

/** The workflow commands, declared beside their workflows. */
export const WORKFLOW_COMMANDS = [ingest, follow, feeds] as const satisfies readonly CommandSpec[];

/** Names of the workflow commands: each front door that offers one supplies its own handler. */
export type WorkflowCommandName = (typeof WORKFLOW_COMMANDS)[number]['name'];

/** The whole catalogue: read commands in help's order, then the workflows'. */
export const COMMANDS: readonly CommandSpec[] = [...READ_COMMANDS.map((c) => c.spec), ...WORKFLOW_COMMANDS];
