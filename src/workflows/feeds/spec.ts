/**
 * `/feeds`: its entry in the command catalogue. A moderators' workflow with subcommands, offered in Discord and the
 * CLI (`briefing feeds add|remove|list|poll`); each door runs it through {@link Feeds}.
 */
import type { CommandSpec } from '../../answers/index.ts';
import { URL_OPTION_MAX } from '../ingest.ts';

/** Longest keyword list of a filter option, comma-separated. */
export const KEYWORDS_OPTION_MAX = 300;

export const spec = {
  name: 'feeds',
  summary: 'follow RSS and Atom feeds: add, remove or list them, or poll them now',
  description: 'Follow RSS or Atom feeds (moderators): add, remove, list, or poll them now',
  options: [],
  examples: ['/feeds add url:https://example.com/rss include:ukraine,nato', '/feeds list', '/feeds poll'],
  moderatorOnly: true,
  visibility: 'private',
  doors: ['discord', 'cli'],
  subcommands: [
    {
      name: 'add',
      summary: 'follow a feed; its new items are added as articles at each poll',
      description: 'Follow an RSS or Atom feed: its new articles are added at each poll',
      main: 'url',
      options: [
        { name: 'url', type: 'string', description: "The feed's address", required: true, maxLength: URL_OPTION_MAX },
        {
          name: 'include',
          type: 'string',
          description: 'Only items mentioning one of these keywords (comma-separated)',
          maxLength: KEYWORDS_OPTION_MAX,
        },
        {
          name: 'exclude',
          type: 'string',
          description: 'Skip items mentioning any of these keywords (comma-separated)',
          maxLength: KEYWORDS_OPTION_MAX,
        },
      ],
      examples: ['/feeds add url:https://example.com/rss include:ukraine,nato exclude:sport'],
    },
    {
      name: 'remove',
      summary: 'stop following a feed (its articles stay)',
      description: 'Stop following a feed (the articles it added stay)',
      main: 'url',
      options: [
        { name: 'url', type: 'string', description: "The feed's address", required: true, maxLength: URL_OPTION_MAX },
      ],
      examples: ['/feeds remove url:https://example.com/rss'],
    },
    {
      name: 'list',
      summary: 'the feeds followed, their filters, last poll and last problem',
      description: 'List the feeds followed, with their filters, last poll and last problem',
      options: [],
      examples: ['/feeds list'],
    },
    {
      name: 'poll',
      summary: 'poll every feed now, whatever the schedule',
      description: 'Poll every feed now and add their new articles',
      options: [],
      examples: ['/feeds poll'],
    },
  ],
} as const satisfies CommandSpec;
