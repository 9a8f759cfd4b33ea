/**
 * Live reload: a running front door (bot or console) follows edits to the knowledge folder. The debounced watcher
 * triggers a service reload (an atomic swap; broken files keep their last good version) and every broken file is
 * logged once per save, so whoever edits the folder learns what is wrong without a restart.
 */
import type { Logger } from 'pino';
import { type KnowledgeWatcher, type WatchOptions, watchKnowledge } from '../knowledge/index.ts';
import type { BriefingService } from './types.ts';

/** What {@link startLiveReload} needs. */
export interface LiveReloadOptions {
  readonly service: BriefingService;
  /** The folder the service was loaded from. */
  readonly knowledgeDir: string;
  readonly logger: Logger;
  /** Watcher timing, for tests; defaults keep updates within 2 s. */
  readonly timing?: Pick<WatchOptions, 'debounceMs' | 'maxDelayMs' | 'retryMs'>;
}

/** Starts watching; close the returned watcher on shutdown (it keeps the process alive). */
export function startLiveReload({ service, knowledgeDir, logger, timing }: LiveReloadOptions): KnowledgeWatcher {
  const log = logger.child({ component: 'live-reload' });
  return watchKnowledge(knowledgeDir, {
    ...timing,
    onChange: async (files) => {
      const report = await service.reload();
      log.debug({ files, articles: report.articles, ms: report.ms }, 'reloaded after a change');
    },
    onProblem: (problem) => log.warn({ path: problem.path, field: problem.field }, `broken file: ${problem.message}`),
    onError: (error) => log.error({ err: error }, 'live reload failed; the last good knowledge keeps serving'),
  });
}
