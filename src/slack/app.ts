/**
 * Starts the Slack front door on Bolt: the `/briefing` slash command, `@briefing` mentions and the buttons, over
 * Socket Mode (the app dials out; no public address) or HTTP (Slack posts to the app; Bolt checks every request's
 * signature and refuses one older than five minutes). Everything Bolt logs passes through the project's logger with
 * secrets removed.
 */
import type { AddressInfo } from 'node:net';
import { App, type BlockAction, type ButtonAction, type RespondArguments, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { BriefingService } from '../service/index.ts';
import { fetchPolicy } from '../web/index.ts';
import { Cooldown } from '../workflows/cooldown.ts';
import { PreviewStore } from '../workflows/previews.ts';
import { firstPage, handleButton, handleSlash, mentionRequest } from './answer.ts';
import type { Ack, Respond, ResponseBody, SlackContext, SlackPreview } from './context.ts';
import { boltLogger, redactSlackSecrets } from './logger.ts';
import { notice, type Reply } from './messages.ts';
import { decisionFlow, isModerator, previewFlow, type SlackApi } from './publish.ts';

/** Shown when answering fails unexpectedly; details go to the log only. */
export const GENERIC_ERROR = 'Something went wrong while answering. It has been logged; please try again in a moment.';

/** Retries of a failed Web API call (429 after its Retry-After, 5xx after a backoff), so a dead API fails in seconds. */
const API_RETRIES = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4000 };

/** What {@link startSlack} needs. */
export interface StartSlackOptions {
  readonly config: Config;
  readonly service: BriefingService;
  readonly logger: Logger;
}

/** A running Slack app. */
export interface RunningSlack {
  /** Where the HTTP mode listens (`http://host:port/slack/events`); undefined in Socket Mode. */
  readonly url: string | undefined;
  /** Disconnects (Socket Mode) or closes the server (HTTP mode). Safe to call more than once. */
  stop(): Promise<void>;
}

function toSlack(body: ResponseBody | Reply | { readonly delete_original: true }): RespondArguments {
  return ('blocks' in body ? { ...body, blocks: [...body.blocks] } : { ...body }) as RespondArguments;
}

/** The Web API calls of publishing, over Bolt's client: mentions and link previews off in what is posted. */
function slackApi(app: App): SlackApi {
  return {
    async usergroupMembers(group) {
      const result = await app.client.usergroups.users.list({ usergroup: group });
      return result.users ?? [];
    },
    async postMessage(channel, reply) {
      const result = await app.client.chat.postMessage({
        channel,
        text: reply.text,
        blocks: [...reply.blocks],
        link_names: false,
        unfurl_links: false,
        unfurl_media: false,
      });
      return result.ts ?? null;
    },
  };
}

/**
 * Connects to Slack as `config.slack` says and resolves once the app can answer: the bot token checked
 * (`auth.test`), then the socket open or the server listening. Rejects, with secrets removed from the message,
 * when Slack refuses a token.
 */
export async function startSlack(options: StartSlackOptions): Promise<RunningSlack> {
  const { config, service } = options;
  const slack = config.slack;
  if (!slack)
    throw new Error('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN or SLACK_SIGNING_SECRET.');
  const log = options.logger.child({ component: 'slack' });
  const secrets = slack.mode === 'socket' ? [slack.botToken, slack.appToken] : [slack.botToken, slack.signingSecret];
  const redact = (error: unknown) =>
    redactSlackSecrets(error instanceof Error ? error.message : String(error), secrets);
  const logger = boltLogger(log, secrets);
  const api = config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl };
  const app = new App({
    token: slack.botToken,
    logger,
    logLevel: logger.getLevel(),
    clientOptions: { ...api, retryConfig: API_RETRIES },
    deferInitialization: true,
    ...(slack.mode === 'socket'
      ? {
          receiver: new SocketModeReceiver({
            appToken: slack.appToken,
            logger,
            installerOptions: { clientOptions: { ...api } },
          }),
        }
      : { signingSecret: slack.signingSecret, port: slack.port }),
  });

  const ctx: SlackContext = {
    service,
    logger: log,
    cooldown: new Cooldown(config.cooldownSeconds),
    moderators: config.slackModerators,
    auditLog: config.auditLog,
    previews: new PreviewStore<SlackPreview>(),
    ingest: { knowledgeDir: config.knowledgeDir, fetch: fetchPolicy({ allowPrivate: config.fetchAllowPrivate }) },
  };
  const publishing = slackApi(app);
  const moderators = {
    preview: previewFlow(ctx, publishing),
    isModerator: (user: string) => isModerator(ctx, publishing, user),
  };
  const decide = decisionFlow(ctx, publishing);

  app.command(/^\/[\w-]+$/, async ({ command, ack, respond }) => {
    let acked = false;
    const once: Ack = async (reply) => {
      acked = true;
      await ack(reply ? { response_type: 'ephemeral', ...toSlack(reply) } : undefined);
    };
    const post: Respond = (body) => respond(toSlack(body));
    const request = {
      text: command.text,
      command: command.command,
      user: command.user_id,
      userName: command.user_name,
      channel: command.channel_id,
      team: command.team_id ?? null,
    };
    try {
      await handleSlash(ctx, request, { ack: once, respond: post }, moderators);
    } catch (error) {
      log.error({ err: redact(error), command: command.command, user: command.user_id }, 'command failed');
      const sorry = notice(GENERIC_ERROR);
      if (!acked) await once(sorry).catch(() => undefined);
      else await post({ response_type: 'ephemeral', ...sorry }).catch(() => undefined);
    }
  });

  app.action(/^briefing_(previous|more|share|publish|cancel)$/, async ({ ack, body, action, respond }) => {
    await ack();
    const click = body as BlockAction;
    const id = (action as ButtonAction).action_id.replace(/^briefing_/, '');
    const value = (action as ButtonAction).value;
    const post: Respond = (reply) => respond(toSlack(reply));
    try {
      if (id === 'publish' || id === 'cancel') {
        const userName = click.user.username ?? click.user.name ?? click.user.id;
        await decide({ action: id, nonce: value, user: click.user.id, userName }, post);
      } else if (id === 'previous' || id === 'more' || id === 'share') {
        const ephemeral = (click.container as { is_ephemeral?: unknown } | undefined)?.is_ephemeral === true;
        await handleButton(ctx, { actionId: id, value, user: click.user.id, ephemeral }, post);
      }
    } catch (error) {
      log.error({ err: redact(error), action: id, user: click.user.id }, 'button failed');
      await post({ response_type: 'ephemeral', replace_original: false, ...notice(GENERIC_ERROR) }).catch(
        () => undefined,
      );
    }
  });

  app.event('app_mention', async ({ event, client, context }) => {
    // Another bot mentioning this one is never answered: two bots could otherwise talk forever.
    if (event.bot_id !== undefined || event.user === undefined) return;
    const user = event.user;
    const wait = ctx.cooldown.take(user);
    const request = mentionRequest({ text: event.text, user, botUser: context.botUserId });
    let reply: Reply;
    if (wait > 0) reply = notice(`Slow down a little: you can ask again in ${Math.ceil(wait / 1000)} s.`);
    else if ('problem' in request) reply = notice(`Sorry: ${request.problem}\nType /help for the commands.`);
    else reply = firstPage(ctx, request);
    try {
      await client.chat.postEphemeral({
        channel: event.channel,
        user,
        text: reply.text,
        blocks: [...reply.blocks],
        ...(event.thread_ts === undefined ? {} : { thread_ts: event.thread_ts }),
      });
    } catch (error) {
      log.error({ err: redact(error), user }, 'answering a mention failed');
    }
  });

  app.error(async (error) => {
    log.error({ err: redact(error) }, 'slack request failed');
  });

  try {
    await app.init();
    const who = await app.client.auth.test();
    log.info(
      { team: who.team, user: who.user, mode: slack.mode, api: config.slackApiUrl ?? 'default' },
      'connected to Slack',
    );
  } catch (error) {
    throw new Error(`Could not connect to Slack: ${redact(error)}`);
  }
  let url: string | undefined;
  try {
    if (slack.mode === 'http') {
      const listen = slack.host === undefined ? { port: slack.port } : { port: slack.port, host: slack.host };
      const server = (await app.start(listen)) as { address(): AddressInfo | string | null };
      const address = server.address();
      if (address !== null && typeof address === 'object') {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        url = `http://${host}:${address.port}/slack/events`;
      }
      log.info({ url }, 'listening for Slack');
    } else {
      await app.start();
      log.info('socket open to Slack');
    }
  } catch (error) {
    await app.stop().catch(() => undefined);
    throw new Error(`Could not start the Slack app: ${redact(error)}`);
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopping ??= (async () => {
        log.info('disconnecting from Slack');
        await app.stop().catch((error: unknown) => log.warn({ err: redact(error) }, 'stopping the Slack app failed'));
      })();
      return stopping;
    },
  };
}
