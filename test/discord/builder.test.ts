import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/answers/index.ts';
import { answerKeys, PRIVATE_OPTION, slashCommandData } from '../../src/discord/builder.ts';
import { MODERATOR_PERMISSION, PUBLISHABLE_CHANNELS } from '../../src/discord/moderation.ts';
import { FEEDS } from '../answers/feeds-spec.ts';

describe('slashCommandData', () => {
  it('builds a group as subcommands, each with its own options, for moderators in servers only', () => {
    const body = slashCommandData(FEEDS).toJSON();
    expect(body.default_member_permissions).toBe(String(MODERATOR_PERMISSION));
    expect(body.contexts).toEqual([InteractionContextType.Guild]);
    const subs = body.options ?? [];
    expect(subs.map((s) => [s.name, s.type])).toEqual([
      ['add', ApplicationCommandOptionType.Subcommand],
      ['list', ApplicationCommandOptionType.Subcommand],
    ]);
    const add = subs[0] && 'options' in subs[0] ? subs[0].options : [];
    expect(add?.map((o) => [o.name, o.type, o.required])).toEqual([
      ['url', ApplicationCommandOptionType.String, true],
      ['limit', ApplicationCommandOptionType.Integer, false],
    ]);
  });

  it('adds private to a command whose reply may be public, and maps channels and files to their types', () => {
    const spec: CommandSpec = {
      name: 'share',
      summary: 'a test command',
      description: 'A test command',
      options: [
        { name: 'where', type: 'channel', description: 'Where', doors: ['discord'] },
        { name: 'file', type: 'attachment', description: 'A file', doors: ['discord'] },
        { name: 'loud', type: 'boolean', description: 'Loud?' },
        { name: 'cli-only', type: 'string', description: 'Not in Discord', doors: ['cli'] },
      ],
      examples: ['/share'],
    };
    const options = slashCommandData(spec).toJSON().options ?? [];
    expect(options.map((o) => [o.name, o.type])).toEqual([
      ['where', ApplicationCommandOptionType.Channel],
      ['file', ApplicationCommandOptionType.Attachment],
      ['loud', ApplicationCommandOptionType.Boolean],
      [PRIVATE_OPTION, ApplicationCommandOptionType.Boolean],
    ]);
    const where = options[0];
    expect(where && 'channel_types' in where ? where.channel_types : []).toEqual([...PUBLISHABLE_CHANNELS]);
    // A paging button carries what selects the answer: not the channel, the file or private.
    expect(answerKeys(spec)).toEqual(['loud']);
  });
});
