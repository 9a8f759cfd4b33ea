/**
 * What the Slack front door's handlers share: the context they run in, and the two ways they answer Slack (the
 * acknowledgement every request needs within 3 s, and posts to the request's `response_url` after it).
 */
import type { Logger } from 'pino';
import type { Answer } from '../answers/index.ts';
import type { BriefingService } from '../service/index.ts';
import type { FetchPolicy } from '../web/index.ts';
import type { Cooldown } from '../workflows/cooldown.ts';
import type { PreviewStore } from '../workflows/previews.ts';
import type { Reply } from './messages.ts';

/** A briefing a moderator previewed, kept until Publish or Cancel (see `publish.ts`). */
export interface SlackPreview {
  readonly user: string;
  readonly team: string | null;
  readonly channel: string;
  readonly answer: Answer;
  readonly pages: readonly Reply[];
}

/** What every handler needs besides its request. */
export interface SlackContext {
  readonly service: BriefingService;
  readonly logger: Logger;
  /** Per-user flood protection for commands and mentions (buttons are exempt). */
  readonly cooldown: Cooldown;
  /** Users (U…, W…) and user groups (S…) allowed to publish. */
  readonly moderators: readonly string[];
  readonly auditLog: string;
  readonly previews: PreviewStore<SlackPreview>;
  /** Where `/briefing ingest` writes and how it fetches; without it ingesting says it is not set up. */
  readonly ingest?: { readonly knowledgeDir: string; readonly fetch: FetchPolicy } | undefined;
}

/** A body posted to a `response_url`. */
export interface ResponseBody extends Reply {
  readonly response_type?: 'ephemeral' | 'in_channel';
  readonly replace_original?: boolean;
  readonly delete_original?: boolean;
}

/** Acknowledges Slack's request within its 3 s; a body given is the reply, shown to the asker only. */
export type Ack = (reply?: Reply) => Promise<void>;
/** Posts to the request's `response_url` (valid 30 minutes, five times). */
export type Respond = (body: ResponseBody | { readonly delete_original: true }) => Promise<unknown>;
