/**
 * What `/briefing` offers, from the command catalogue: every read command offered in Slack (their options as the
 * console takes them, `name:value` or plain text for the main option), `help` among them. A workflow command
 * offered in Slack needs a handler here: {@link SlackWorkflowName} makes that a compile error rather than a
 * command that silently does nothing.
 */
import {
  type CommandName,
  type CommandSpec,
  isCommandName,
  type Options,
  offeredIn,
  optionNamesIn,
  parseOptionLine,
} from '../answers/index.ts';
import { COMMANDS, WORKFLOW_COMMANDS } from '../workflows/commands.ts';
import { plainText } from './syntax.ts';

/** A catalogue command Slack answers through the service. */
export type SlackSpec = CommandSpec & { readonly name: CommandName };

/** The read commands of the catalogue offered in Slack, in help's order. */
export const SLACK_COMMAND_SPECS: readonly SlackSpec[] = COMMANDS.filter(
  (c): c is SlackSpec => isCommandName(c.name) && offeredIn('slack', c),
);

type OfferedIn<W, Door extends string> = W extends { readonly doors: readonly (infer D)[] }
  ? Door extends D
    ? W
    : never
  : W;

/**
 * Names of the workflow commands the catalogue offers in Slack (`ingest`, by web address); a new one appears here
 * and the map in `workflows.ts` stops compiling until it has a handler.
 */
export type SlackWorkflowName = OfferedIn<(typeof WORKFLOW_COMMANDS)[number], 'slack'>['name'];

/** Every option name of Slack's commands, for spotting `name:value` pairs. */
const OPTION_NAMES = optionNamesIn(
  COMMANDS.filter((c) => offeredIn('slack', c)),
  'slack',
);

/** The workflow commands of the catalogue offered in Slack (each with a handler in `workflows.ts`). */
export const SLACK_WORKFLOW_SPECS = (WORKFLOW_COMMANDS as readonly CommandSpec[]).filter((c) =>
  offeredIn('slack', c),
) as (CommandSpec & {
  readonly name: SlackWorkflowName;
})[];

/** What a `/briefing` line asks for. */
export type BriefingRequest =
  | { readonly kind: 'command'; readonly spec: SlackSpec; readonly options: Options }
  | {
      readonly kind: 'workflow';
      readonly spec: CommandSpec & { readonly name: SlackWorkflowName };
      readonly options: Options;
    }
  | { readonly kind: 'problem'; readonly problem: string };

/** The Slack spec of a read command, or undefined when Slack does not offer it. */
export function slackSpecOf(name: string): SlackSpec | undefined {
  return SLACK_COMMAND_SPECS.find((s) => s.name === name);
}

/**
 * Reads the text after `/briefing` (as Slack sends it: entities and `<…>` sequences are decoded first): the first
 * word names the command (a leading `/` is allowed), the rest are its options. No text at all asks for help.
 */
export function parseBriefing(raw: string): BriefingRequest {
  const match = /^(\S+)\s*(.*)$/s.exec(plainText(raw).trim());
  const first = match?.[1] ?? 'help';
  const name = first.replace(/^\//, '').toLowerCase();
  const spec = slackSpecOf(name);
  const workflow = SLACK_WORKFLOW_SPECS.find((s) => s.name === name);
  if (!spec && !workflow) {
    const names = [...SLACK_COMMAND_SPECS, ...SLACK_WORKFLOW_SPECS].map((s) => s.name).join(', ');
    return { kind: 'problem', problem: `there is no command "${first.slice(0, 30)}". Commands: ${names}.` };
  }
  const parsed = parseOptionLine(spec ?? (workflow as CommandSpec), 'slack', match?.[2] ?? '', OPTION_NAMES);
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
  if (spec) return { kind: 'command', spec, options: parsed.options };
  return { kind: 'workflow', spec: workflow as NonNullable<typeof workflow>, options: parsed.options };
}
