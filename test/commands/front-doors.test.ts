/**
 * Every front door offers exactly the catalogue's commands and options: the CLI's flags and `--help`, the console's
 * `name:value` pairs, the Discord definitions `npm run deploy-commands` registers, Slack's `/briefing <command>
 * name:value`, and the help answer. A command or
 * option added to (or dropped from) the catalogue shows up in all of them, or this fails.
 */
import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import {
  type CommandSpec,
  helpAnswer,
  isCommandName,
  type OptionSpec,
  offeredIn,
  optionsIn,
  READ_COMMANDS,
} from '../../src/answers/index.ts';
import { commandUsage, parseCliArgs } from '../../src/cli/answer.ts';
import { CLI_COMMAND_SPECS, CONSOLE_COMMAND_SPECS, UsageError } from '../../src/cli/commands.ts';
import { CLI_COMMANDS } from '../../src/cli/main.ts';
import { parseSlash } from '../../src/cli/slash.ts';
import { PRIVATE_OPTION } from '../../src/discord/builder.ts';
import { MODERATOR_PERMISSION } from '../../src/discord/moderation.ts';
import { parseBriefing, SLACK_COMMAND_SPECS, SLACK_WORKFLOW_SPECS } from '../../src/slack/commands.ts';
import { SLACK_WORKFLOWS } from '../../src/slack/workflows.ts';
import { COMMANDS } from '../../src/workflows/commands.ts';
import { seedContext } from '../answers/seed.ts';

const names = (specs: readonly { readonly name: string }[]) => specs.map((s) => s.name);

/** A value the option accepts, as typed, and what the parsers should turn it into. */
function sample(option: OptionSpec): { typed: string; parsed: string | number | boolean } {
  switch (option.type) {
    case 'string': {
      const text = option.choices?.[0]?.value ?? 'Peskov said';
      return { typed: text, parsed: text };
    }
    case 'integer': {
      const n = option.max ?? option.min ?? 3;
      return { typed: String(n), parsed: n };
    }
    case 'boolean':
      return { typed: 'true', parsed: true };
    default:
      throw new Error(`${option.name}: a ${option.type} option cannot be typed`);
  }
}

/** The required options with sample values, so a call that tries one optional option is otherwise complete. */
function requiredSamples(spec: CommandSpec, door: 'cli' | 'console' | 'slack'): Record<string, string> {
  return Object.fromEntries(
    optionsIn(spec, door)
      .filter((o) => o.required)
      .map((o) => [o.name, sample(o).typed]),
  );
}

const DISCORD_TYPES: Record<OptionSpec['type'], ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  channel: ApplicationCommandOptionType.Channel,
  attachment: ApplicationCommandOptionType.Attachment,
};

/** A registered option reduced to what the catalogue declares. */
function declared(o: APIApplicationCommandOption) {
  const field = <K extends string>(key: K) => (key in o ? (o as unknown as Record<K, unknown>)[key] : undefined);
  return {
    name: o.name,
    type: o.type,
    description: o.description,
    required: field('required') === true,
    minLength: field('min_length'),
    maxLength: field('max_length'),
    min: field('min_value'),
    max: field('max_value'),
    choices: (field('choices') as { name: string; value: string }[] | undefined)?.map((c) => `${c.value}=${c.name}`),
    autocomplete: field('autocomplete') === true,
  };
}

/** The same shape from the catalogue. */
function expected(o: OptionSpec) {
  return {
    name: o.name,
    type: DISCORD_TYPES[o.type],
    description: o.description,
    required: o.required === true,
    minLength: o.type === 'string' ? o.minLength : undefined,
    maxLength: o.type === 'string' ? o.maxLength : undefined,
    min: o.type === 'integer' ? o.min : undefined,
    max: o.type === 'integer' ? o.max : undefined,
    choices: o.type === 'string' ? o.choices?.map((c) => `${c.value}=${c.label}`) : undefined,
    autocomplete: o.type === 'string' && o.autocomplete === true,
  };
}

describe('Discord', () => {
  const registered = new Map(commands.map((c) => [c.data.name, c.data.toJSON()]));

  it('registers exactly the catalogue commands offered in Discord', () => {
    expect([...registered.keys()]).toEqual(names(COMMANDS.filter((c) => offeredIn('discord', c))));
  });

  it.each(COMMANDS.filter((c) => offeredIn('discord', c)).map((c) => [c.name, c] as const))(
    '/%s offers exactly its catalogue options, plus private when its reply may be public',
    (name, spec) => {
      const body = registered.get(name);
      expect(body?.description).toBe(spec.description);
      const extra = (spec.visibility ?? 'choice') === 'choice' ? [PRIVATE_OPTION] : [];
      // A group registers its subcommands, each with its own options.
      const calls = spec.subcommands ?? [spec];
      const registeredCalls = spec.subcommands
        ? (body?.options ?? []).map((o) => ({ name: o.name, options: 'options' in o ? (o.options ?? []) : [] }))
        : [{ name: spec.name, options: body?.options ?? [] }];
      expect(registeredCalls.map((c) => c.name)).toEqual(calls.map((c) => c.name));
      calls.forEach((call, i) => {
        const options = (registeredCalls[i]?.options ?? []).map((o) => declared(o as APIApplicationCommandOption));
        expect(options.map((o) => o.name)).toEqual([...names(optionsIn(call, 'discord')), ...extra]);
        expect(options.filter((o) => o.name !== PRIVATE_OPTION)).toEqual(optionsIn(call, 'discord').map(expected));
      });
      // Moderator commands are hidden from members without the permission, in servers only.
      expect(body?.default_member_permissions ?? null).toBe(spec.moderatorOnly ? String(MODERATOR_PERMISSION) : null);
    },
  );
});

describe('the CLI', () => {
  it('has a subcommand for exactly the read commands offered in the CLI', () => {
    const answering = Object.keys(CLI_COMMANDS).filter((n) => isCommandName(n));
    expect(answering).toEqual(names(COMMANDS.filter((c) => isCommandName(c.name) && offeredIn('cli', c))));
    expect(names(CLI_COMMAND_SPECS)).toEqual(answering);
  });

  it.each(CLI_COMMAND_SPECS.map((s) => [s.name, s] as const))(
    'briefing %s takes exactly its catalogue options as flags, and --help lists them',
    (_name, spec) => {
      const offered = optionsIn(spec, 'cli');
      const usage = commandUsage(spec);
      const listed = [...usage.matchAll(/^ {2}--(\S+)/gm)].map((m) => m[1]);
      expect(listed).toEqual([...names(offered), 'json', 'format', 'knowledge']);
      for (const option of offered) {
        const { typed, parsed } = sample(option);
        const args = Object.entries({ ...requiredSamples(spec, 'cli'), [option.name]: typed }).flatMap(([k, v]) => [
          `--${k}`,
          v,
        ]);
        const request = parseCliArgs(spec, args);
        expect(request.help ? undefined : request.options[option.name], option.name).toEqual(parsed);
      }
      const foreign = CLI_COMMAND_SPECS.flatMap((s) => names(optionsIn(s, 'cli'))).filter(
        (n) => !offered.some((o) => o.name === n),
      );
      for (const name of foreign) {
        expect(() => parseCliArgs(spec, [`--${name}`, 'x'])).toThrow(UsageError);
      }
    },
  );
});

describe('the console', () => {
  it('answers exactly the read commands offered in the console', () => {
    expect(names(CONSOLE_COMMAND_SPECS)).toEqual(
      names(COMMANDS.filter((c) => isCommandName(c.name) && offeredIn('console', c))),
    );
    for (const spec of COMMANDS.filter((c) => !CONSOLE_COMMAND_SPECS.includes(c as never))) {
      expect(() => parseSlash(`/${spec.name}`)).toThrow(/no command/);
    }
  });

  it.each(CONSOLE_COMMAND_SPECS.map((s) => [s.name, s] as const))(
    '/%s takes exactly its catalogue options as name:value',
    (_name, spec) => {
      const offered = optionsIn(spec, 'console');
      for (const option of offered) {
        const { typed, parsed } = sample(option);
        const pairs = Object.entries({ ...requiredSamples(spec, 'console'), [option.name]: typed });
        const line = `/${spec.name} ${pairs.map(([k, v]) => `${k}:${v}`).join(' ')}`;
        const result = parseSlash(line);
        expect(result.kind === 'command' ? result.options[option.name] : undefined, line).toEqual(parsed);
      }
      const foreign = CONSOLE_COMMAND_SPECS.flatMap((s) => names(optionsIn(s, 'console'))).filter(
        (n) => !offered.some((o) => o.name === n),
      );
      for (const name of foreign) expect(() => parseSlash(`/${spec.name} ${name}:x`)).toThrow(/has no option/);
    },
  );
});

describe('Slack', () => {
  it('answers exactly the catalogue commands offered in Slack, and no other', () => {
    expect([...names(SLACK_COMMAND_SPECS), ...names(SLACK_WORKFLOW_SPECS)]).toEqual(
      names(COMMANDS.filter((c) => offeredIn('slack', c))),
    );
    // A workflow command takes its options as read commands do, and has a handler.
    expect(parseBriefing('ingest https://news.example/a?b=1')).toEqual({
      kind: 'workflow',
      spec: expect.objectContaining({ name: 'ingest' }),
      options: { url: 'https://news.example/a?b=1' },
    });
    expect(Object.keys(SLACK_WORKFLOWS)).toEqual(names(SLACK_WORKFLOW_SPECS));
    for (const spec of COMMANDS.filter((c) => !offeredIn('slack', c))) {
      expect(parseBriefing(spec.name)).toMatchObject({ kind: 'problem', problem: expect.stringMatching(/no command/) });
    }
  });

  it.each(SLACK_COMMAND_SPECS.map((s) => [s.name, s] as const))(
    '/briefing %s takes exactly its catalogue options as name:value',
    (name, spec) => {
      const offered = optionsIn(spec, 'slack');
      for (const option of offered) {
        const { typed, parsed } = sample(option);
        const pairs = Object.entries({ ...requiredSamples(spec, 'slack'), [option.name]: typed });
        const text = `${name} ${pairs.map(([k, v]) => `${k}:${v}`).join(' ')}`;
        const request = parseBriefing(text);
        expect(request.kind === 'command' ? request.options[option.name] : request, text).toEqual(parsed);
      }
      const foreign = SLACK_COMMAND_SPECS.flatMap((s) => names(optionsIn(s, 'slack'))).filter(
        (n) => !offered.some((o) => o.name === n),
      );
      for (const other of foreign) {
        expect(parseBriefing(`${name} ${other}:x`)).toMatchObject({
          kind: 'problem',
          problem: expect.stringMatching(/has no option/),
        });
      }
    },
  );
});

describe('the help answer', () => {
  it('lists every read command with exactly the options every front door offers, and its example', async () => {
    const notes = helpAnswer(await seedContext(), {}).notes;
    expect(notes.slice(0, -1).map((n) => n.split(' ')[0]?.replace(/:$/, ''))).toEqual(
      READ_COMMANDS.map((c) => `/${c.spec.name}`),
    );
    for (const { spec } of READ_COMMANDS) {
      const line = notes.find((n) => n.startsWith(`/${spec.name} `) || n.startsWith(`/${spec.name}:`)) ?? '';
      const listed = [...(line.split(':')[0] ?? '').matchAll(/[<[](\w+)[>\]]/g)].map((m) => m[1]);
      const universal = (spec.options as readonly OptionSpec[]).filter((o) => o.doors === undefined);
      expect(listed, spec.name).toEqual(names(universal));
      for (const o of universal) expect(line).toContain(o.required ? `<${o.name}>` : `[${o.name}]`);
      expect(line).toContain(`Example: ${spec.examples[0]}`);
    }
  });
});
