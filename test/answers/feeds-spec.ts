import type { CommandSpec } from '../../src/answers/index.ts';

/** A group with subcommands, shaped like the planned `/feeds add|remove|list` (a moderator workflow). */
export const FEEDS: CommandSpec = {
  name: 'feeds',
  summary: 'the feeds new articles come from',
  description: 'Add, remove or list the feeds articles come from (moderators)',
  options: [],
  examples: ['/feeds add https://example.com/rss', '/feeds list'],
  moderatorOnly: true,
  visibility: 'private',
  subcommands: [
    {
      name: 'add',
      summary: 'follow a feed',
      description: 'Follow a feed',
      main: 'url',
      options: [
        { name: 'url', type: 'string', description: 'The feed address', required: true, maxLength: 80 },
        { name: 'limit', type: 'integer', description: 'Items a day at most', min: 1, max: 20 },
      ],
      examples: ['/feeds add https://example.com/rss'],
    },
    {
      name: 'list',
      summary: 'the feeds followed',
      description: 'List the feeds',
      options: [],
      examples: ['/feeds list'],
    },
  ],
};
