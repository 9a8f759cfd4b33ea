import { type APIApplicationCommandOption, ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { isCommandName, READ_COMMANDS } from '../../src/answers/index.ts';
import { TEXT_OPTION_MAX } from '../../src/answers/spec.ts';
import { answerKeys, PRIVATE_OPTION } from '../../src/discord/builder.ts';
import { encodePageId } from '../../src/discord/customId.ts';
import { MODERATOR_PERMISSION, PUBLISHABLE_CHANNELS } from '../../src/discord/moderation.ts';
import { CHANNEL_OPTION } from '../../src/discord/publish.ts';
import {
  CHOICE_NAME_MAX,
  COMMAND_DESCRIPTION_MAX,
  COMMAND_NAME_PATTERN,
  COMMAND_OPTIONS_MAX,
} from '../../src/render/limits.ts';
import { STORY_CODE_LENGTH } from '../../src/stories/index.ts';

const json = commands.map((c) => ({ command: c, body: c.data.toJSON() }));

describe('commands/index.ts', () => {
  it('lists every read command and the workflows (/ingest, /follow, /feeds), once each; only read commands answered by the service', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => isCommandName(n))).toEqual(READ_COMMANDS.map((c) => c.spec.name));
    expect(names.filter((n) => !isCommandName(n))).toEqual(['ingest', 'follow', 'feeds']);
  });

  it('keeps /brief, /ingest, /follow and /feeds to moderators (Manage Messages) in servers, and everything else open', () => {
    const restricted = json.filter(({ body }) => body.default_member_permissions != null).map(({ body }) => body.name);
    expect(restricted).toEqual(['brief', 'ingest', 'follow', 'feeds']);
    for (const name of restricted) {
      const body = json.find((j) => j.body.name === name)?.body;
      expect(body?.default_member_permissions).toBe(String(MODERATOR_PERMISSION));
      expect(body?.contexts).toEqual([InteractionContextType.Guild]);
    }
  });

  it('lets /brief choose only channels a briefing can be published to', () => {
    const options = json.find((j) => j.body.name === 'brief')?.body.options ?? [];
    expect(options.map((o) => o.name)).toEqual([CHANNEL_OPTION, 'story']);
    const channel = options.find((o) => o.name === CHANNEL_OPTION);
    expect(channel?.type).toBe(ApplicationCommandOptionType.Channel);
    expect(channel && 'channel_types' in channel ? channel.channel_types : []).toEqual([...PUBLISHABLE_CHANNELS]);
  });

  it.each(json.map((j) => [j.body.name, j] as const))('/%s has a valid definition', (_name, { command, body }) => {
    expect(body.name).toMatch(COMMAND_NAME_PATTERN);
    expect(body.description.length).toBeGreaterThanOrEqual(1);
    expect(body.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
    const options: APIApplicationCommandOption[] = body.options ?? [];
    expect(options.length).toBeLessThanOrEqual(COMMAND_OPTIONS_MAX);
    for (const o of options) {
      expect(o.name).toMatch(COMMAND_NAME_PATTERN);
      expect(o.description.length).toBeGreaterThanOrEqual(1);
      expect(o.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
      if ('choices' in o && o.choices) {
        for (const c of o.choices) expect(String(c.name).length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
      }
    }
    // Required options come first, as Discord demands.
    const required = options.map((o) => ('required' in o && o.required) === true);
    expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    // An autocomplete handler exactly when an option completes.
    const completes = options.some((o) => 'autocomplete' in o && o.autocomplete === true);
    expect(typeof command.autocomplete === 'function').toBe(completes);
  });

  it('offers the private option on every read command (the moderator commands always answer privately)', () => {
    for (const { body } of json) {
      const names = (body.options ?? []).map((o) => o.name);
      if (body.name === 'help') expect(names).toEqual([]);
      else if (['brief', 'ingest', 'follow'].includes(body.name)) expect(names).not.toContain(PRIVATE_OPTION);
      else if (body.name === 'feeds') {
        // A group's options are its subcommands; none offers private (its replies are always private).
        const nested = (body.options ?? []).flatMap((o): { name: string }[] =>
          'options' in o ? (o.options ?? []) : [],
        );
        expect(nested.length).toBeGreaterThan(0);
        expect(nested.map((o) => o.name)).not.toContain(PRIVATE_OPTION);
      } else expect(names).toContain(PRIVATE_OPTION);
    }
  });

  it('completes speaker, subject, name and every story option', () => {
    const completed = json.flatMap(({ body }) =>
      (body.options ?? []).filter((o) => 'autocomplete' in o && o.autocomplete).map((o) => `${body.name}.${o.name}`),
    );
    const stories = ['brief', 'drills', 'estimates', 'follow', 'quotes', 'search', 'sources', 'timeline', 'who'].map(
      (c) => `${c}.story`,
    );
    expect(completed.sort()).toEqual([...stories, 'estimates.subject', 'quotes.speaker', 'who.name'].sort());
  });

  it('keeps a paging id within 100 characters even with every option at its longest', () => {
    for (const { command, body } of json) {
      const options: Record<string, string | number> = {};
      for (const o of body.options ?? []) {
        if (o.name === PRIVATE_OPTION) continue;
        if (o.type === ApplicationCommandOptionType.String) {
          const longestChoice = Math.max(0, ...(o.choices ?? []).map((c) => c.value.length));
          // A story travels in a paging button as its short code, whatever the user typed.
          // A question longer than a button can carry is answered on one page without buttons (tested in respond).
          const longest =
            o.name === 'story' ? STORY_CODE_LENGTH : o.name === 'question' ? TEXT_OPTION_MAX : (o.max_length ?? 6000);
          options[o.name] = 'w'.repeat(o.choices ? longestChoice : longest);
        } else if (o.type === ApplicationCommandOptionType.Integer) {
          options[o.name] = o.max_value ?? Number.MAX_SAFE_INTEGER;
        }
      }
      if (!command.spec) continue; // only read commands built from the catalogue page
      const id = encodePageId({ command: body.name, page: 99, options }, answerKeys(command.spec));
      expect(id, `/${body.name}`).not.toBeNull();
    }
  });
});
