/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the Slack app when Slack's tokens are (both at once when
 * both are), on one loaded knowledge folder; with neither, the local console, so the bot can be tried (or scripted
 * through a pipe) before it is connected anywhere. The composition root: the only module that wires the layers
 * together (config → service → front doors, with `commands/` passed to the Discord bot).
 */
import type { Logger } from 'pino';
import { consoleChartDir, runConsole } from './cli/index.ts';
import { type Config, loadConfigOrReport } from './config.ts';
import type { RunningBot } from './discord/index.ts';
import { preloadExtractor } from './extract/index.ts';
import { createLogger } from './logger.ts';
import { createChartRenderer } from './render/charts/index.ts';
import { type BriefingService, createBriefingService, startLiveReload } from './service/index.ts';
import { fetchPolicy } from './web/index.ts';
// Past the workflows' door: its index loads discord.js (for webhook payloads), which the console must not pay for.
import { type AnnouncementTargets, Feeds } from './workflows/feeds/index.ts';

/**
 * The feeds of `npm start`, polled on the configured schedule. New articles are announced by the Discord bot once
 * it is connected (`bot()`), in the configured channel and in every channel that follows the article's story.
 */
function startFeeds(config: Config, service: BriefingService, logger: Logger, bot: () => RunningBot | null) {
  const configured = config.feedsChannel ? [config.feedsChannel] : [];
  const targets: AnnouncementTargets = (story) => [
    ...new Set([...configured, ...(story !== null ? (bot()?.channelsFollowing(story) ?? []) : [])]),
  ];
  const feeds = new Feeds({
    listFile: config.feedsFile,
    stateFile: config.feedsStateFile,
    fetch: fetchPolicy({ allowPrivate: config.fetchAllowPrivate }),
    ingest: { knowledgeDir: config.knowledgeDir, service, auditLog: config.auditLog },
    intervalMs: config.feedsPollMinutes * 60_000,
    // Until the bot connects (and in the console or with Slack alone) there is nowhere to announce.
    announce: (channel, text) =>
      bot()?.announce(channel, text) ?? Promise.reject(new Error('not connected to Discord')),
    targets,
    announceMax: config.feedsAnnounceMax,
    logger: logger.child({ component: 'feeds' }),
  });
  return { feeds, poller: feeds.start() };
}

async function start(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  const interactive = Boolean(process.stdin.isTTY);
  // The console prints answers on standard output; logs stay on standard error and quiet unless asked for.
  const chat = config.discordToken !== undefined || config.slack !== undefined;
  const logger = createLogger({ level: chat ? config.logLevel : 'warn' });
  const service = await createBriefingService({
    knowledgeDir: config.knowledgeDir,
    cacheDir: config.cacheDir,
    logger,
    prepareAnswers: true, // a long-running process: its first questions should not build the answer lookups
  });
  // Edits to the knowledge folder are served without a restart, in both modes; the watcher holds the process open,
  // so every way out closes it.
  const watcher = startLiveReload({ service, knowledgeDir: config.knowledgeDir, logger });
  preloadExtractor();
  let discord: RunningBot | null = null;
  const { feeds, poller } = startFeeds(config, service, logger, () => discord);
  try {
    if (!chat) {
      if (service.articles().length === 0) {
        process.stderr.write(`No articles could be loaded from "${config.knowledgeDir}" (set KNOWLEDGE_DIR).\n`);
      }
      return await runConsole({
        service,
        input: process.stdin,
        output: process.stdout,
        interactive,
        notices: process.stderr,
        chartDir: consoleChartDir(config.cacheDir),
      });
    }

    // One chart worker for every front door, started by the first chart asked for in a calm moment: starting it at
    // launch would load its libraries while a backlog of requests may be waiting for the answering thread.
    const charts = createChartRenderer();
    // Each front door is loaded only when its tokens are set: discord.js and Bolt are heavy, and neither needs the other.
    const doors: { stop(): Promise<void> }[] = [];
    const stopAll = async () => {
      await Promise.allSettled(doors.map((d) => d.stop()));
      await charts.close();
    };
    try {
      if (config.discordToken) {
        const [{ startBot }, { commands, handlers }] = await Promise.all([
          import('./discord/index.ts'),
          import('../commands/index.ts'),
        ]);
        discord = await startBot({ config, service, logger, commands, handlers, feeds, charts });
        doors.push(discord);
      }
      if (config.slack) {
        const { startSlack } = await import('./slack/index.ts');
        doors.push(await startSlack({ config, service, logger, charts }));
      }
    } catch (error) {
      await stopAll();
      throw error;
    }
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        logger.info({ signal }, 'stopping');
        watcher.close();
        poller.stop();
        void stopAll().finally(() => resolve());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  } finally {
    watcher.close();
    poller.stop();
  }
}

// A reader that stops early (`npm start | head`) closes the pipe; that ends the console, it is not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

try {
  process.exitCode = await start();
} catch (error) {
  process.stderr.write(`briefing: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
