export { type BriefingServiceOptions, createBriefingService, isCommandName } from './briefing.ts';
export { complete } from './complete.ts';
export type * from './types.ts';
