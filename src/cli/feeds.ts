/**
 * `briefing feeds add|remove|list|poll`: the moderators' `/feeds` from a shell, on the same files (`FEEDS` and the
 * poll state in `CACHE_DIR`), so feeds can be set up before the bot runs and polled from cron without it. A poll
 * run here announces nowhere: it prints what the announcement would say.
 */
import { loadConfig } from '../config.ts';
import { fetchPolicy } from '../web/index.ts';
import {
  announcementText,
  describeFeedList,
  describePoll,
  Feeds,
  feedsSpec,
  parseKeywords,
} from '../workflows/index.ts';
import { openService } from './answer.ts';
import { UsageError } from './commands.ts';
import { localActor } from './post.ts';
import { parseWorkflowArgs, workflowUsage, workflowUsageFailure } from './workflow.ts';

const NOTES = [
  '',
  'The feed list is the file FEEDS names (default feeds.json); the poll state is kept in CACHE_DIR. A running bot',
  'polls every FEEDS_POLL_MINUTES; "poll" polls now. Exits 1 when a change is refused or a feed failed to poll.',
];

function optionText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Runs `briefing feeds`; resolves to the exit status. */
export async function runFeeds(argv: string[]): Promise<number> {
  try {
    const request = parseWorkflowArgs(feedsSpec, argv);
    if (request.help) {
      process.stdout.write(workflowUsage(feedsSpec, NOTES));
      return 0;
    }
    const config = loadConfig();
    const knowledgeDir = request.knowledge ?? config.knowledgeDir;
    // Only a poll ingests, so only a poll loads the knowledge.
    const service = request.subcommand === 'poll' ? await openService(request.knowledge) : null;
    const feeds = new Feeds({
      listFile: config.feedsFile,
      stateFile: config.feedsStateFile,
      fetch: fetchPolicy({ allowPrivate: config.fetchAllowPrivate }),
      ingest: service ? { knowledgeDir, service, auditLog: config.auditLog } : undefined,
      intervalMs: config.feedsPollMinutes * 60_000,
    });
    const url = optionText(request.options.url) ?? '';
    switch (request.subcommand) {
      case 'add': {
        const filters = {
          include: parseKeywords(optionText(request.options.include)),
          exclude: parseKeywords(optionText(request.options.exclude)),
        };
        const change = await feeds.add(url, filters, localActor());
        process.stdout.write(`${change.message}\n`);
        return change.ok ? 0 : 1;
      }
      case 'remove': {
        const change = await feeds.remove(url);
        process.stdout.write(`${change.message}\n`);
        return change.ok ? 0 : 1;
      }
      case 'list':
        process.stdout.write(`${describeFeedList(await feeds.list())}\n`);
        return 0;
      default: {
        const report = await feeds.poll({ force: true });
        const announcement = announcementText(report.added, config.feedsAnnounceMax);
        process.stdout.write(`${describePoll(report)}\n${announcement ? `\n${announcement}\n` : ''}`);
        return report.feeds.some((f) => f.status === 'failed') ? 1 : 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) return workflowUsageFailure(feedsSpec, error);
    throw error;
  }
}
