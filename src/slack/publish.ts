/**
 * Moderators' publishing from Slack: `/briefing brief` shows a moderator the briefing privately with Publish and
 * Cancel; Publish posts exactly what was previewed in the channel and records who published what, where and when in
 * the audit log (the same log as Discord's). Who is a moderator is configuration (`SLACK_MODERATORS`: user ids, and
 * user groups whose members Slack's Web API lists), checked on the server at preview and again at Publish.
 */
import { escapeWithin } from '../render/slack.ts';
import { appendAudit, publishEntry } from '../workflows/audit-log.ts';
import type { SlashRequest } from './answer.ts';
import type { Ack, Respond, SlackContext } from './context.ts';
import { ACTIONS, answerPages, answerReply, type Block, button, notice, type Reply } from './messages.ts';
import { SLASH_COMMAND } from './syntax.ts';

/** The Web API calls publishing needs (the app adapts Bolt's client to this). */
export interface SlackApi {
  /** Ids of the members of a user group (`usergroups.users.list`). */
  usergroupMembers(group: string): Promise<readonly string[]>;
  /** Posts a message in a channel (`chat.postMessage`, mentions and unfurling off); resolves to its `ts`. */
  postMessage(channel: string, reply: Reply): Promise<string | null>;
}

/** Most messages one briefing is published as: a channel flooded with pages helps nobody. */
export const MAX_PUBLISHED_PAGES = 5;

/** A Slack channel id, the only thing a `<#…>` link is ever built from. */
const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

/** A link to a channel, or "this channel" when the id is not one. */
function channelLink(id: string): string {
  return CHANNEL_ID.test(id) ? `<#${id}>` : 'this channel';
}

/** A section of trusted mrkdwn (built here from ids, never from user or article text). */
function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

/**
 * Whether `user` may publish: listed by id, or a member of a listed user group. A group Slack will not list
 * (a missing `usergroups:read` scope, a deleted group) is logged and counts as no membership: the check fails
 * closed.
 */
export async function isModerator(ctx: SlackContext, api: SlackApi, user: string): Promise<boolean> {
  if (ctx.moderators.includes(user)) return true;
  for (const group of ctx.moderators.filter((id) => id.startsWith('S'))) {
    try {
      if ((await api.usergroupMembers(group)).includes(user)) return true;
    } catch (error) {
      ctx.logger.warn({ group, err: error instanceof Error ? error.message : String(error) }, 'cannot list group');
    }
  }
  return false;
}

function refusal(ctx: SlackContext): string {
  return ctx.moderators.length === 0
    ? 'Nobody can publish briefings from Slack yet: an admin lists the moderators in SLACK_MODERATORS.'
    : 'Only moderators can publish briefings. Ask an admin to add you, or a group of yours, to SLACK_MODERATORS.';
}

/**
 * `/briefing brief`: acknowledged at once (checking a group's members and briefing the whole story both take time),
 * then a private preview with Publish / Cancel for a moderator, or a private refusal for anyone else.
 */
export function previewFlow(ctx: SlackContext, api: SlackApi) {
  return async (request: SlashRequest, ack: Ack, respond: Respond): Promise<void> => {
    await ack();
    if (!(await isModerator(ctx, api, request.user))) {
      await respond({ response_type: 'ephemeral', ...notice(refusal(ctx), request.command) });
      return;
    }
    const answer = ctx.service.answer('brief', {});
    if (answer.empty) {
      await respond({
        response_type: 'ephemeral',
        ...notice('There is nothing to brief on yet: no article is loaded.', request.command),
      });
      return;
    }
    const ref = { command: 'brief', options: {} } as const;
    const pages = answerPages(answer, ref, { shareable: false, paging: false }, MAX_PUBLISHED_PAGES);
    const count = pages.length;
    const nonce = ctx.previews.put({ user: request.user, team: request.team, channel: request.channel, answer, pages });
    const as = count === 1 ? '' : ` as ${count} messages`;
    const head = section(`Preview, visible only to you. Publish it in ${channelLink(request.channel)}${as}?`);
    const decide: Block = {
      type: 'actions',
      elements: [button('Publish', ACTIONS.publish, nonce, 'primary'), button('Cancel', ACTIONS.cancel, nonce)],
    };
    const shown = answerReply(
      answer,
      { ...ref, page: 0 },
      { shareable: false, paging: false, before: [head], after: [decide] },
    );
    await respond({ response_type: 'ephemeral', ...shown });
  };
}

/** A click on Publish or Cancel. */
export interface DecisionClick {
  readonly action: 'publish' | 'cancel';
  readonly nonce: string | undefined;
  readonly user: string;
  readonly userName: string;
}

/**
 * Publish or Cancel on a preview: only the moderator who asked for it decides, once; Publish checks again that they
 * are still a moderator, posts the previewed pages, records them in the audit log and says where they went.
 */
export function decisionFlow(ctx: SlackContext, api: SlackApi) {
  return async (click: DecisionClick, respond: Respond): Promise<void> => {
    const preview = click.nonce === undefined ? undefined : ctx.previews.get(click.nonce);
    if (!preview || click.nonce === undefined) {
      const again = `This preview has expired or was already used. Run ${SLASH_COMMAND} brief again.`;
      await respond({ replace_original: true, ...notice(again) });
      return;
    }
    const privately = (text: string) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...notice(text) });
    if (preview.user !== click.user) {
      await privately('Only the moderator who asked for this preview can publish or cancel it.');
      return;
    }
    if (click.action === 'cancel') {
      ctx.previews.delete(click.nonce);
      await respond({ replace_original: true, ...notice('Cancelled: nothing was posted.') });
      return;
    }
    if (!(await isModerator(ctx, api, click.user))) {
      await privately(refusal(ctx));
      return;
    }
    ctx.previews.delete(click.nonce);
    const where = channelLink(preview.channel);
    const sent: string[] = [];
    try {
      for (const page of preview.pages) {
        const ts = await api.postMessage(preview.channel, page);
        if (ts !== null) sent.push(ts);
      }
    } catch (error) {
      const reason = (error as { data?: { error?: unknown } }).data?.error;
      ctx.logger.warn({ channel: preview.channel, posted: sent.length, reason }, 'publishing a briefing failed');
      const hint =
        reason === 'not_in_channel' || reason === 'channel_not_found'
          ? ' Invite me to the channel (/invite) and try again.'
          : ' Try again in a moment.';
      const text = `Publishing to ${where} failed after ${sent.length} of ${preview.pages.length} message(s).${hint}`;
      await respond({ replace_original: true, text, blocks: [section(text)] });
      return;
    }
    let note = '';
    try {
      const where = { destination: preview.channel, guild: preview.team, message: sent[0] ?? null };
      await appendAudit(
        ctx.auditLog,
        publishEntry(preview.answer, { actor: { id: click.user, name: click.userName }, ...where }),
      );
    } catch (error) {
      ctx.logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        'could not write the audit log',
      );
      note = ' Warning: it could not be recorded in the audit log.';
    }
    const text = `Published "${escapeWithin(preview.answer.title, 200)}" in ${where}.${note}`;
    await respond({ replace_original: true, text, blocks: [section(text)] });
  };
}
