/**
 * `npm start`: with a DISCORD_TOKEN, the Discord bot; without one, the local console on the same knowledge, so the
 * bot can be tried (or scripted through a pipe) before it is connected anywhere. The composition root: the only
 * module that wires the layers together (config → service → front door, with `commands/` passed to the bot).
 */
import type { Logger } from 'pino';
import { runConsole } from './cli/index.ts';
import { type Config, loadConfigOrReport } from './config.ts';
import { preloadExtractor } from './extract/index.ts';
import { createLogger } from './logger.ts';
import { type BriefingService, createBriefingService, startLiveReload } from './service/index.ts';
import { fetchPolicy } from './web/index.ts';
// Past the workflows' door: its index loads discord.js (for webhook payloads), which the console must not pay for.
import { type AnnouncementTargets, type Announcer, Feeds } from './workflows/feeds/index.ts';

/**
 * The feeds of `npm start`: polled on the configured schedule; new articles announced through `announce` in the
 * channels `targets` names for their story (by default, the configured channel for every story).
 */
function startFeeds(config: Config, service: BriefingService, logger: Logger, announce: Announcer) {
  const channel = config.feedsChannel;
  const targets: AnnouncementTargets = () => (channel ? [channel] : []);
  const intervalMs = config.feedsPollMinutes * 60_000;
  const feeds = new Feeds({
    listFile: config.feedsFile,
    stateFile: config.feedsStateFile,
    fetch: fetchPolicy({ allowPrivate: config.fetchAllowPrivate }),
    ingest: { knowledgeDir: config.knowledgeDir, service, auditLog: config.auditLog },
    intervalMs,
    announce,
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
  const logger = createLogger({ level: config.discordToken ? config.logLevel : 'warn' });
  const service = await createBriefingService({ knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, logger });
  // Edits to the knowledge folder are served without a restart, in both modes; the watcher holds the process open,
  // so every way out closes it.
  const watcher = startLiveReload({ service, knowledgeDir: config.knowledgeDir, logger });
  preloadExtractor();
  // Announcements need the bot, which connects later; until then (and in the console) there is nowhere to post.
  let announceTo: Announcer | null = null;
  const { feeds, poller } = startFeeds(config, service, logger, (channel, text) =>
    announceTo ? announceTo(channel, text) : Promise.reject(new Error('not connected to Discord')),
  );
  try {
    if (!config.discordToken) {
      if (service.articles().length === 0) {
        process.stderr.write(`No articles could be loaded from "${config.knowledgeDir}" (set KNOWLEDGE_DIR).\n`);
      }
      return await runConsole({
        service,
        input: process.stdin,
        output: process.stdout,
        interactive,
        notices: process.stderr,
      });
    }

    // Loaded only when needed: discord.js is heavy and the console does not use it.
    const [{ startBot }, { commands, handlers }] = await Promise.all([
      import('./discord/index.ts'),
      import('../commands/index.ts'),
    ]);
    const bot = await startBot({ config, service, logger, commands, handlers, feeds });
    announceTo = bot.announce;
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        logger.info({ signal }, 'stopping');
        watcher.close();
        poller.stop();
        void bot.stop().finally(resolve);
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
