/**
 * `/feeds add|remove|list|poll`: moderators manage the RSS and Atom feeds the bot follows. The work is the feeds
 * service's (`src/workflows/feeds`); this file reads the options, checks the permission and replies privately.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { type CommandContext, requireModerator, slashCommandData, UserError } from '../src/discord/index.ts';
import { renderNotice } from '../src/render/index.ts';
import { describeFeedList, describePoll, parseKeywords, feedsSpec as spec } from '../src/workflows/index.ts';

/** The `/feeds` slash command with its subcommands, from the catalogue. */
export const data = slashCommandData(spec);

/** Answers one `/feeds` subcommand, privately. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  requireModerator(interaction, 'manage feeds');
  const feeds = ctx.moderation.feeds;
  if (!feeds) throw new UserError('feeds-off', 'Feeds are not set up on this bot (see FEEDS in its configuration).');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const sub = interaction.options.getSubcommand(true);
  let text: string;
  switch (sub) {
    case 'add': {
      const url = interaction.options.getString('url', true);
      const include = parseKeywords(interaction.options.getString('include') ?? undefined);
      const exclude = parseKeywords(interaction.options.getString('exclude') ?? undefined);
      const actor = { id: interaction.user.id, name: interaction.user.username };
      text = (await feeds.add(url, { include, exclude }, actor)).message;
      ctx.logger.info({ user: interaction.user.id, url }, 'feed add requested');
      break;
    }
    case 'remove':
      text = (await feeds.remove(interaction.options.getString('url', true))).message;
      break;
    case 'list':
      text = describeFeedList(await feeds.list());
      break;
    case 'poll':
      text = describePoll(await feeds.poll({ force: true }));
      break;
    default:
      throw new UserError('unknown-subcommand', `/feeds has no subcommand ${sub}.`);
  }
  await interaction.editReply(renderNotice(text));
}
