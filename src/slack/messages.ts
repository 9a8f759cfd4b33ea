/**
 * The Slack messages of the front door: an answer's page (the Block Kit renderer's blocks) with its buttons,
 * Previous / More to page, Share in channel to make a private answer public, and the moderators' Publish / Cancel;
 * and short notices. Paging buttons are stateless: the button's value carries the command, its options and the
 * page, and a click re-checks the options against the catalogue before answering again.
 */
import { type Answer, type Options, parseOptionText } from '../answers/index.ts';
import { escapeWithin, renderSlackPage, SLACK_LIMITS, type SlackBlock, type SlackImageBlock } from '../render/slack.ts';
import { SLACK_COMMAND_SPECS, type SlackSpec, slackSpecOf } from './commands.ts';
import { SLASH_COMMAND, slackSyntax } from './syntax.ts';

/** The action ids of the front door's buttons (unique within a message, as Slack requires). */
export const ACTIONS = {
  previous: 'briefing_previous',
  more: 'briefing_more',
  share: 'briefing_share',
  publish: 'briefing_publish',
  cancel: 'briefing_cancel',
} as const;

/** A button, as Block Kit takes it. */
export interface SlackButton {
  readonly type: 'button';
  readonly text: { readonly type: 'plain_text'; readonly text: string; readonly emoji: false };
  readonly action_id: string;
  readonly value?: string;
  readonly style?: 'primary' | 'danger';
}

/** A row of buttons. */
export interface ActionsBlock {
  readonly type: 'actions';
  readonly elements: readonly SlackButton[];
}

/** Every block this front door sends (an image block only in a chart's own message). */
export type Block = SlackBlock | ActionsBlock | SlackImageBlock;

/** A message body for `ack`, `respond`, `chat.postMessage` or `chat.postEphemeral`. */
export interface Reply {
  readonly text: string;
  readonly blocks: readonly Block[];
}

/** What a paging or share button points at: an answer's command, options and page. */
export interface PageRef {
  readonly command: SlackSpec['name'];
  readonly options: Options;
  /** 0-based. */
  readonly page: number;
}

/** The commands Slack offers, by name, for writing them as typed in Slack. */
const SLACK_NAMES: readonly string[] = SLACK_COMMAND_SPECS.map((s) => s.name);

/** Longest button value Slack accepts. */
const BUTTON_VALUE_MAX = 2000;

/** A plain-text button. */
export function button(label: string, actionId: string, value?: string, style?: SlackButton['style']): SlackButton {
  return {
    type: 'button',
    text: { type: 'plain_text', text: label, emoji: false },
    action_id: actionId,
    ...(value === undefined ? {} : { value }),
    ...(style === undefined ? {} : { style }),
  };
}

/** A page reference as a button value; null when it would not fit (then no button is shown). */
export function encodePageRef(ref: PageRef): string | null {
  const value = JSON.stringify({ c: ref.command, p: ref.page, o: ref.options });
  return value.length <= BUTTON_VALUE_MAX ? value : null;
}

/**
 * The page reference a button carries, with its options checked against the catalogue again (types, ranges,
 * choices), or null for anything else: a value from another version, or one tampered with.
 */
export function decodePageRef(value: string | undefined): PageRef | null {
  if (value === undefined || value.length > BUTTON_VALUE_MAX) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { c, p, o } = raw as Record<string, unknown>;
  const spec = typeof c === 'string' ? slackSpecOf(c) : undefined;
  if (!spec || typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 9999) return null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return null;
  const named: Record<string, string> = {};
  for (const [key, v] of Object.entries(o)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
    named[key] = String(v);
  }
  const parsed = parseOptionText(spec, 'slack', named, undefined);
  return parsed.ok ? { command: spec.name, options: parsed.options, page: p } : null;
}

/**
 * The answer as Slack users type commands: `/briefing quotes …` in its query line (the renderer writes
 * `/<command>`), notes and suggestions.
 */
function inSlackSyntax(answer: Answer, invocation: string): Answer {
  const names = [answer.command, ...SLACK_NAMES];
  const rewrite = (t: string) => slackSyntax(t, names, invocation);
  return {
    ...answer,
    command: `${invocation.replace(/^\//, '')} ${answer.command}`,
    notes: answer.notes.map(rewrite),
    suggestions: answer.suggestions.map(rewrite),
  };
}

/** How an answer's page is shown. */
export interface AnswerView {
  /** The slash command as the user typed it (`/briefing`, or the name the workspace gave it). */
  readonly invocation?: string;
  /** Offer "Share in channel" (a private answer that found something). */
  readonly shareable: boolean;
  /** The Slack user id of whoever made it public, for a shared message's attribution. */
  readonly sharedBy?: string;
  /** Previous / More buttons when the answer has more pages. Default true; off for published briefings. */
  readonly paging?: boolean;
  /** Blocks shown above the answer (the preview's question) and below it (its Publish / Cancel row). */
  readonly before?: readonly Block[];
  readonly after?: readonly Block[];
}

/** Slack user ids: what a shared message may mention to say who shared it. */
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** One page as a message, and how many pages the answer has. */
function renderAnswer(answer: Answer, ref: PageRef, view: AnswerView): { reply: Reply; pages: number } {
  const attribution = view.sharedBy !== undefined && USER_ID.test(view.sharedBy);
  const before = view.before ?? [];
  const after = view.after ?? [];
  const rendered = renderSlackPage(inSlackSyntax(answer, view.invocation ?? SLASH_COMMAND), {
    page: ref.page,
    reserveBlocks: 1 + (attribution ? 1 : 0) + before.length + after.length,
  });
  const at = (page: number) => (view.paging === false ? null : encodePageRef({ ...ref, page }));
  const buttons: SlackButton[] = [];
  const previous = rendered.page > 0 ? at(rendered.page - 1) : null;
  if (previous !== null) buttons.push(button('Previous', ACTIONS.previous, previous));
  const next = rendered.page < rendered.pages - 1 ? at(rendered.page + 1) : null;
  if (next !== null) buttons.push(button(`More (${rendered.page + 2}/${rendered.pages})`, ACTIONS.more, next));
  const here = encodePageRef({ ...ref, page: rendered.page });
  // Only an answer from the news is worth sharing: not help, not "nothing matched".
  if (view.shareable && answer.citations.length > 0 && here !== null) {
    buttons.push(button('Share in channel', ACTIONS.share, here, 'primary'));
  }
  const blocks: Block[] = [...before, ...rendered.message.blocks];
  if (attribution) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by <@${view.sharedBy}>` }] });
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  blocks.push(...after);
  return { reply: { text: rendered.message.text, blocks }, pages: rendered.pages };
}

/**
 * One page of an answer as a Slack message: the renderer's blocks, then Previous / More when the answer has more
 * pages, and Share in channel when asked for. Every text in it is escaped; the only mention is the sharer's own.
 */
export function answerReply(answer: Answer, ref: PageRef, view: AnswerView): Reply {
  return renderAnswer(answer, ref, view).reply;
}

/** The first `max` pages of an answer as messages (a published briefing: no buttons). */
export function answerPages(answer: Answer, ref: Omit<PageRef, 'page'>, view: AnswerView, max: number): Reply[] {
  const first = renderAnswer(answer, { ...ref, page: 0 }, view);
  const rest = Array.from({ length: Math.min(max, first.pages) - 1 }, (_, i) =>
    answerReply(answer, { ...ref, page: i + 1 }, view),
  );
  return [first.reply, ...rest];
}

/** A short message in one section, escaped, with the commands it names written as typed in Slack. */
export function notice(text: string, invocation: string = SLASH_COMMAND, extra: readonly Block[] = []): Reply {
  const body = escapeWithin(slackSyntax(text, SLACK_NAMES, invocation), SLACK_LIMITS.sectionText);
  return { text: body, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: body, verbatim: true } }, ...extra] };
}
