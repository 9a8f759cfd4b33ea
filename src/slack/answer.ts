/**
 * The read path of the Slack front door: `/briefing <command>`, `@briefing <question>`, and the paging and sharing
 * buttons of the answers. Slack's rules kept here: every request is acknowledged within its 3 seconds (a command
 * the catalogue marks `slow`, or one arriving while many are being answered, is acknowledged first and answered
 * through its `response_url`); answers are private until their asker shares them; a paging click on a shared
 * answer shows the page to the clicker only.
 */
import type { Options } from '../answers/index.ts';
import { parseBriefing, type SlackSpec, slackSpecOf } from './commands.ts';
import type { Ack, Respond, SlackContext } from './context.ts';
import { answerReply, decodePageRef, notice, type PageRef, type Reply } from './messages.ts';
import { SLASH_COMMAND } from './syntax.ts';
import { SLACK_WORKFLOWS } from './workflows.ts';

/**
 * Answers in flight above which a command is acknowledged before it is answered: in a burst each answer's
 * synchronous work queues behind the others', and the last could miss Slack's 3 s.
 */
const BUSY_AT = 8;
let inFlight = 0;

/** A read command and the user who asked, as the slash-command and mention handlers pass it on. */
export interface ReadRequest {
  readonly spec: SlackSpec;
  readonly options: Options;
  readonly invocation: string;
}

/** The first page of a command's answer, private, with Share in channel when it found something. */
export function firstPage(ctx: SlackContext, request: ReadRequest): Reply {
  const answer = ctx.service.answer(request.spec.name, request.options);
  const ref: PageRef = { command: request.spec.name, options: request.options, page: 0 };
  return answerReply(answer, ref, { shareable: true, invocation: request.invocation });
}

/** Answers a read command: within the acknowledgement when quick, else acknowledged first and sent after. */
export async function answerRead(ctx: SlackContext, request: ReadRequest, ack: Ack, respond: Respond): Promise<void> {
  inFlight++;
  try {
    if (request.spec.slow === true || inFlight > BUSY_AT) {
      await ack();
      await respond({ response_type: 'ephemeral', ...firstPage(ctx, request) });
    } else {
      await ack(firstPage(ctx, request));
    }
  } finally {
    inFlight--;
  }
}

/** The `/briefing` slash command as Slack sends it. */
export interface SlashRequest {
  readonly text: string;
  /** The command as registered (`/briefing`). */
  readonly command: string;
  readonly user: string;
  readonly userName: string;
  readonly channel: string;
  readonly team: string | null;
}

/** What runs a moderator's `/briefing brief` (from `publish.ts`; passed in so this module owns no publishing). */
export type PreviewFlow = (request: SlashRequest, ack: Ack, respond: Respond) => Promise<void>;

/** The moderators' side of `/briefing`, from `publish.ts`. */
export interface ModeratorFlows {
  /** `/briefing brief`: the preview with Publish / Cancel. */
  readonly preview: PreviewFlow;
  /** Whether a user may run moderators' commands (checked on the server, every time). */
  readonly isModerator: (user: string) => Promise<boolean>;
}

/** Shown to anyone else who runs a moderators' command. */
export const MODERATORS_ONLY = 'Only moderators can use this command (SLACK_MODERATORS).';

/**
 * `/briefing <command> [options]`: a usage problem, a too-eager user and every answer are private. `brief` goes to
 * the moderators' preview flow; any other command the catalogue keeps for moderators is answered to moderators only.
 */
export async function handleSlash(
  ctx: SlackContext,
  request: SlashRequest,
  io: { readonly ack: Ack; readonly respond: Respond },
  moderators: ModeratorFlows,
): Promise<void> {
  const invocation = request.command.startsWith('/') ? request.command : SLASH_COMMAND;
  const parsed = parseBriefing(request.text);
  if (parsed.kind === 'problem') {
    await io.ack(notice(`Sorry: ${parsed.problem}\nType /help for the commands.`, invocation));
    return;
  }
  const wait = ctx.cooldown.take(request.user);
  if (wait > 0) {
    await io.ack(notice(`Slow down a little: you can ask again in ${Math.ceil(wait / 1000)} s.`, invocation));
    return;
  }
  ctx.logger.debug({ command: parsed.spec.name, user: request.user }, 'slash command');
  if (parsed.kind === 'workflow') {
    // A workflow fetches, writes and reloads: acknowledged first, answered through the response_url.
    await io.ack();
    const allowed = parsed.spec.moderatorOnly !== true || (await moderators.isModerator(request.user));
    const text = allowed ? await SLACK_WORKFLOWS[parsed.spec.name](ctx, request, parsed.options) : MODERATORS_ONLY;
    await io.respond({ response_type: 'ephemeral', ...notice(text, invocation) });
    return;
  }
  const read = { spec: parsed.spec, options: parsed.options, invocation };
  if (parsed.spec.name === 'brief') {
    await moderators.preview(request, io.ack, io.respond);
  } else if (parsed.spec.moderatorOnly === true) {
    // Checking a group's members calls Slack: acknowledged first, answered after.
    await io.ack();
    const allowed = await moderators.isModerator(request.user);
    const reply = allowed ? firstPage(ctx, read) : notice(MODERATORS_ONLY, invocation);
    await io.respond({ response_type: 'ephemeral', ...reply });
  } else {
    await answerRead(ctx, read, io.ack, io.respond);
  }
}

/** A paging or share button's click. */
export interface ButtonClick {
  readonly actionId: 'previous' | 'more' | 'share';
  readonly value: string | undefined;
  readonly user: string;
  /** Whether the clicked message is the asker's private one (Slack's `container.is_ephemeral`). */
  readonly ephemeral: boolean;
}

/**
 * Previous / More turn the page of a private answer in place; on a shared one they show the page privately to
 * whoever clicked, leaving the channel's message as it was. Share in channel posts the page publicly, says who
 * shared it, and removes the private copy.
 */
export async function handleButton(ctx: SlackContext, click: ButtonClick, respond: Respond): Promise<void> {
  const ref = decodePageRef(click.value);
  if (!ref) {
    await respond({ response_type: 'ephemeral', replace_original: false, ...notice(STALE_BUTTON) });
    return;
  }
  const answer = ctx.service.answer(ref.command, ref.options);
  if (click.actionId === 'share') {
    const shared = answerReply(answer, ref, { shareable: false, sharedBy: click.user });
    await respond({ response_type: 'in_channel', replace_original: false, ...shared });
    await respond({ delete_original: true });
    return;
  }
  if (click.ephemeral) {
    await respond({ replace_original: true, ...answerReply(answer, ref, { shareable: true }) });
  } else {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      ...answerReply(answer, ref, { shareable: true }),
    });
  }
}

/** Shown for a button this version cannot read. */
export const STALE_BUTTON = 'This button is no longer supported. Run the command again.';

/** An `@briefing` mention, text as Slack sends it (with the app's own `<@U…>` in it). */
export interface MentionRequest {
  readonly text: string;
  readonly user: string;
  readonly botUser: string | undefined;
}

/**
 * What an `@briefing …` mention asks for: the text after the app's own mention is a question for `search`
 * (nothing, or `help`, asks for help), checked as the search command's options are.
 */
export function mentionRequest(mention: MentionRequest): ReadRequest | { readonly problem: string } {
  const own = mention.botUser
    ? new RegExp(`<@${mention.botUser}(?:\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  const text = mention.text.replace(own, ' ').trim();
  const question = text.replace(/^[,:]\s*/, '');
  const help = slackSpecOf('help');
  const search = slackSpecOf('search');
  if ((question === '' || /^help\??$/i.test(question)) && help) {
    return { spec: help, options: {}, invocation: SLASH_COMMAND };
  }
  if (!search) return { problem: 'searching is not offered here.' };
  const parsed = parseBriefing(`search ${question}`);
  if (parsed.kind !== 'command') return { problem: parsed.kind === 'problem' ? parsed.problem : 'not a question.' };
  return { spec: parsed.spec, options: parsed.options, invocation: SLASH_COMMAND };
}
