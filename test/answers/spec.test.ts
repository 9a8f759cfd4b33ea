import { describe, expect, it } from 'vitest';
import { spec as drills } from '../../src/answers/drills.ts';
import {
  type CommandSpec,
  FRONT_DOORS,
  isCommandName,
  type OptionSpec,
  offeredIn,
  optionsIn,
  parseCommandText,
  parseOptionText,
  READ_COMMANDS,
  usageOf,
} from '../../src/answers/index.ts';
import { spec as search } from '../../src/answers/search.ts';
import { parseSlash } from '../../src/cli/slash.ts';
import {
  CHOICE_NAME_MAX,
  COMMAND_DESCRIPTION_MAX,
  COMMAND_NAME_PATTERN,
  COMMAND_OPTIONS_MAX,
} from '../../src/render/limits.ts';
import { COMMANDS } from '../../src/workflows/commands.ts';
import { FEEDS } from './feeds-spec.ts';

const calls = (spec: CommandSpec) => [spec, ...(spec.subcommands ?? [])];

describe('the command catalogue', () => {
  it('names every command once, read commands first, in a form Discord accepts', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, READ_COMMANDS.length)).toEqual(READ_COMMANDS.map((c) => c.spec.name));
    expect(names.filter((n) => !isCommandName(n))).toEqual(['ingest', 'follow', 'feeds']);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s is well formed', (_name, spec) => {
    for (const call of calls(spec)) {
      expect(call.name).toMatch(COMMAND_NAME_PATTERN);
      expect(call.description.length).toBeGreaterThan(0);
      expect(call.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
      expect(call.options.length).toBeLessThanOrEqual(COMMAND_OPTIONS_MAX - 1); // room for `private`
      const options: readonly OptionSpec[] = call.options;
      expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
      for (const o of options) {
        expect(o.name).toMatch(COMMAND_NAME_PATTERN);
        expect(o.description.length).toBeGreaterThan(0);
        expect(o.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
        if (o.type === 'string' && o.choices) {
          expect(o.choices.length).toBeLessThanOrEqual(25);
          for (const c of o.choices) expect(c.label.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
        }
        // Channels and files cannot be typed: only chat front doors may offer them.
        if (o.type === 'channel' || o.type === 'attachment') {
          expect(FRONT_DOORS.filter((d) => offeredIn(d, spec) && offeredIn(d, o))).toEqual(['discord']);
        }
      }
      // Required options first, as Discord demands; the main option is one that text can fill.
      const required = options.map((o) => o.required === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      // The main option is one that a text front door offering the command can fill.
      if (call.main !== undefined) {
        const textDoors = FRONT_DOORS.filter((d) => d !== 'discord' && offeredIn(d, spec));
        expect(textDoors.some((d) => optionsIn(call, d).some((o) => o.name === call.main))).toBe(true);
      }
      for (const example of call.examples) expect(example.startsWith(`/${spec.name}`)).toBe(true);
    }
    if (spec.subcommands) expect(spec.options).toEqual([]);
    // The service answers a command and its options: read commands have no subcommands.
    if (isCommandName(spec.name)) expect(spec.subcommands).toBeUndefined();
  });

  it('gives examples that the console accepts as they are written', () => {
    for (const { spec } of READ_COMMANDS.filter((c) => offeredIn('console', c.spec))) {
      for (const example of spec.examples) expect(parseSlash(example), example).toMatchObject({ command: spec.name });
    }
  });
});

describe('parseOptionText', () => {
  const ok = (options: Record<string, unknown>) => ({ ok: true, options });

  it('fills the main option from plain text, converts integers and keeps text as typed', () => {
    expect(parseOptionText(search, 'cli', { limit: ' 3 ' }, '  how far is Kyiv ')).toEqual(
      ok({ question: 'how far is Kyiv', limit: 3 }),
    );
  });

  it('accepts a choice by value or alias, whatever the case, and refuses anything else naming the choices', () => {
    expect(parseOptionText(drills, 'console', { aspect: 'Locations' }, undefined)).toEqual(ok({ aspect: 'Locations' }));
    expect(parseOptionText(drills, 'console', {}, 'where')).toEqual(ok({ aspect: 'where' }));
    const refused = parseOptionText(drills, 'console', {}, 'weather');
    expect(refused).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^"weather" is not a valid aspect for \/drills \(name, dates/),
    });
  });

  it.each([
    [{}, undefined, /the question of \/search is required \(try: \/search how far is Kyiv\)/],
    [{ limit: '11' }, 'Kyiv', /limit must be a whole number from 1 to 10, not "11"/],
    [{ limit: '2.5' }, 'Kyiv', /limit must be a whole number/],
    [{ question: ' ' }, undefined, /question is empty/],
    [{ question: 'x'.repeat(501) }, undefined, /question must be at most 500 characters \(it has 501\)/],
    [{ question: 'Kyiv' }, 'Minsk', /the question was given twice/],
    [{ speaker: 'Peskov' }, 'Kyiv', /search has no option "speaker" \(its options: question, limit, story\)/],
  ])('refuses %j with text %j', (named, positional, problem) => {
    const parsed = parseOptionText(search, 'cli', named, positional);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(problem);
  });

  it('offers an option only in its front doors', () => {
    const brief = READ_COMMANDS.find((c) => c.spec.name === 'brief')?.spec as CommandSpec;
    expect(parseOptionText(brief, 'cli', { channel: 'news' }, undefined)).toMatchObject({
      ok: false,
      problem: 'brief has no option "channel" (its options: story).',
    });
  });
});

describe('subcommands', () => {
  it('pick the subcommand from the first word and parse its own options', () => {
    expect(parseCommandText(FEEDS, 'console', { limit: '5' }, 'add https://example.com/rss')).toEqual({
      ok: true,
      subcommand: 'add',
      options: { url: 'https://example.com/rss', limit: 5 },
    });
    expect(parseCommandText(FEEDS, 'cli', {}, 'LIST')).toEqual({ ok: true, subcommand: 'list', options: {} });
  });

  it.each([
    [{}, undefined, /feeds needs one of its subcommands: add, list \(try: \/feeds add/],
    [{}, 'follow x', /feeds needs one of its subcommands/],
    [{}, 'add', /the url of \/feeds add is required/],
    [{}, 'list everything', /feeds list takes no text/],
    [{ limit: '50' }, 'add https://x.test', /limit must be a whole number from 1 to 20/],
  ])('refuses %j with text %j', (named, positional, problem) => {
    const parsed = parseCommandText(FEEDS, 'console', named, positional);
    expect(parsed.ok ? '' : parsed.problem).toMatch(problem);
  });

  it('show one form per subcommand in help', () => {
    expect(usageOf(FEEDS)).toBe('/feeds add <url> [limit] | /feeds list');
  });
});
