/**
 * `src/service`: the knowledge core behind one object ({@link BriefingService}): loads the folder, extracts and caches
 * facts, builds the index, answers commands by their catalogue entry, completes options, reloads live. May import
 * everything below it (knowledge, extract, search, answers); never a renderer, a workflow or a front door.
 */
export { isCommandName } from '../answers/index.ts';
export { type BriefingServiceOptions, createBriefingService } from './briefing.ts';
export { complete } from './complete.ts';
export { type LiveReloadOptions, startLiveReload } from './live-reload.ts';
export type * from './types.ts';
