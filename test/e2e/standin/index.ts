/**
 * A local stand-in for Discord: the REST API and the gateway on loopback, sharing one fake world. Tests point a
 * bot at it (`DISCORD_API_URL` = {@link DiscordStandIn.apiUrl}), send it real interaction payloads and read back
 * the JSON it sends to Discord.
 */
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  INTERACTION,
  type OptionValue,
} from '../payloads.ts';
import { type GatewayOptions, GatewayStandIn } from './gateway.ts';
import { EPHEMERAL_FLAG, type RecordedRequest, RestStandIn } from './rest.ts';
import { type FakeMessage, type FakeUser, snowflake, World } from './world.ts';

export { EPHEMERAL_FLAG, type Fault, type RecordedRequest } from './rest.ts';
export { type FakeMessage, type FakeUser, fakeBotToken, type RegisteredCommand, snowflake } from './world.ts';

/** An interaction the stand-in dispatched. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Gateway sequence number of its INTERACTION_CREATE. */
  readonly seq: number;
  /** When it was dispatched (ms since the epoch), to measure the time to the first response. */
  readonly at: number;
}

/** One message the bot produced for an interaction. */
export interface ProducedMessage {
  /** How it was sent: the initial response, an update of the clicked message, an edit of the original, a follow-up. */
  readonly kind: 'reply' | 'update' | 'edit' | 'followup';
  /** The JSON body as sent (for `reply`/`update`, the callback's `data`). */
  readonly body: Readonly<Record<string, unknown>>;
  /** Whether only the invoking user sees it (flag 64 on the message or on the deferral it completes). */
  readonly ephemeral: boolean;
}

/** What the bot did in answer to one interaction. */
export interface InteractionOutcome {
  /** Successful callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete result). */
  readonly callbackType: number;
  /** Messages created or edited for the interaction, in order. */
  readonly messages: readonly ProducedMessage[];
  /** The last message, i.e. what the user ends up seeing; undefined for autocomplete. */
  readonly final: ProducedMessage | undefined;
  /** Autocomplete choices, for callback type 8. */
  readonly choices: readonly { name: string; value: unknown }[] | undefined;
  /** Every REST request addressed to the interaction's token, including failed and injected ones. */
  readonly requests: readonly RecordedRequest[];
}

/** Options of {@link DiscordStandIn}. */
export interface StandInOptions extends GatewayOptions {
  /** Where unknown REST routes are reported. Default `console.warn`. */
  readonly warn?: (message: string) => void;
  /** Time an interaction may wait for its first response. Default 3,000 ms, as on Discord. */
  readonly ackDeadlineMs?: number;
}

const FINAL_CALLBACKS = new Set([4, 7, 8, 9]);
const DEFERRED_CALLBACKS = new Set([5, 6]);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The stand-in: start it, point a bot at it, drive interactions, inspect what came back. */
export class DiscordStandIn {
  readonly world = new World();
  readonly gateway: GatewayStandIn;
  readonly rest: RestStandIn;
  /** The member who invokes commands unless a test passes another user. */
  readonly member: FakeUser = this.world.user();

  constructor(options: StandInOptions = {}) {
    if (options.ackDeadlineMs !== undefined) this.world.ackDeadlineMs = options.ackDeadlineMs;
    this.gateway = new GatewayStandIn(this.world, options);
    this.rest = new RestStandIn(this.world, () => this.gateway.url, options.warn);
  }

  /** Starts both servers on ephemeral loopback ports. */
  async start(): Promise<this> {
    await this.gateway.listen();
    await this.rest.listen();
    return this;
  }

  /** Stops both servers. */
  async stop(): Promise<void> {
    await Promise.allSettled([this.gateway.close(), this.rest.close()]);
  }

  /** Base URL for `DISCORD_API_URL` / discord.js `rest.api`, e.g. `http://127.0.0.1:40123/api`. */
  get apiUrl(): string {
    return this.rest.apiUrl;
  }

  /** The bot token the stand-in accepts (fake, but shaped like a real one). */
  get token(): string {
    return this.world.token;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get guildId(): string {
    return this.world.guildId;
  }

  /** Dispatches a raw INTERACTION_CREATE payload and tracks its token. */
  send(payload: Record<string, unknown>, sourceMessage: FakeMessage | null = null): SentInteraction {
    const id = String(payload.id);
    const token = String(payload.token);
    const type = Number(payload.type);
    this.world.interactions.set(token, {
      id,
      token,
      type,
      createdAt: Date.now(),
      callbackType: null,
      original: null,
      sourceMessage,
      user: (asRecord(payload.member).user ?? payload.user) as FakeUser,
      name: typeof asRecord(payload.data).name === 'string' ? String(asRecord(payload.data).name) : null,
    });
    const at = Date.now();
    const seq = this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id, token, type, payload, seq, at };
  }

  /** Sends `/name` with `options`, typed from the registered command when one exists. */
  command(name: string, options: Readonly<Record<string, OptionValue>> = {}, user = this.member): SentInteraction {
    return this.send(commandInteraction(this.world, name, options, user));
  }

  /** Sends an autocomplete request for `focused` holding `partial`. */
  autocomplete(
    name: string,
    focused: string,
    partial: string,
    others: Readonly<Record<string, OptionValue>> = {},
    user = this.member,
  ): SentInteraction {
    return this.send(autocompleteInteraction(this.world, name, focused, partial, others, user));
  }

  /**
   * Uploads a file as a user attaching it to a command would: the stand-in serves it at the returned `url` (on the
   * REST server's host, like Discord's CDN beside its API) and the object is what Discord puts in `resolved`.
   */
  attachment(
    filename: string,
    bytes: Uint8Array,
    claimedSize = bytes.length,
  ): Record<string, unknown> & { url: string } {
    const id = snowflake();
    const path = `/attachments/${this.world.channelId}/${id}/${encodeURIComponent(filename)}`;
    this.world.attachments.set(path, bytes);
    const url = `${new URL(this.apiUrl).origin}${path}`;
    return { id, filename, size: claimedSize, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' };
  }

  /** Clicks button `customId` on a message the bot sent. */
  click(message: FakeMessage, customId: string, user = this.member): SentInteraction {
    return this.send(buttonInteraction(this.world, message, customId, user), message);
  }

  /** The message the interaction's response created or updated, as the stand-in stores it. */
  messageOf(interaction: SentInteraction): FakeMessage | null {
    return this.world.interactions.get(interaction.token)?.original ?? null;
  }

  /** Every REST request addressed to an interaction's token. */
  requestsFor(interaction: SentInteraction): RecordedRequest[] {
    return [...this.rest.forToken(interaction.token)];
  }

  /**
   * Waits until the bot has answered `interaction` completely (a final callback, or a deferral followed by an
   * edit or follow-up), then, after `settleMs` for late extra calls, describes what it sent.
   */
  async outcome(interaction: SentInteraction, timeoutMs = 8000, settleMs = 0): Promise<InteractionOutcome> {
    const ok = (r: RecordedRequest) => r.status >= 200 && r.status < 300;
    const done = () => {
      const requests = this.requestsFor(interaction).filter(ok);
      const callback = requests.find((r) => r.route === 'interaction-callback');
      const type = Number(asRecord(callback?.body).type);
      if (FINAL_CALLBACKS.has(type)) return true;
      return (
        DEFERRED_CALLBACKS.has(type) &&
        requests.some((r) => r.route === 'webhook-message-edit' || r.route === 'followup')
      );
    };
    await this.rest.waitForToken(
      interaction.token,
      done,
      timeoutMs,
      `complete answer to interaction ${interaction.id} (${describe(interaction)})`,
    );
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    return this.describeOutcome(interaction);
  }

  private describeOutcome(interaction: SentInteraction): InteractionOutcome {
    const requests = this.requestsFor(interaction);
    const succeeded = requests.filter((r) => r.status >= 200 && r.status < 300);
    const callback = succeeded.find((r) => r.route === 'interaction-callback');
    const callbackBody = asRecord(callback?.body);
    const callbackType = Number(callbackBody.type);
    const callbackData = asRecord(callbackBody.data);
    const callbackEphemeral = ((Number(callbackData.flags) || 0) & EPHEMERAL_FLAG) !== 0;
    const sourceFlags = Number(asRecord(interaction.payload.message).flags) || 0;
    const messages: ProducedMessage[] = [];
    for (const r of succeeded) {
      const body = asRecord(r.body);
      const flags = Number(body.flags) || 0;
      if (r === callback && callbackType === 4) {
        messages.push({ kind: 'reply', body: callbackData, ephemeral: callbackEphemeral });
      } else if (r === callback && callbackType === 7) {
        messages.push({ kind: 'update', body: callbackData, ephemeral: (sourceFlags & EPHEMERAL_FLAG) !== 0 });
      } else if (r.route === 'webhook-message-edit') {
        const original = r.path.endsWith('/@original');
        const ephemeral = original && (callbackType === 6 ? (sourceFlags & EPHEMERAL_FLAG) !== 0 : callbackEphemeral);
        messages.push({ kind: 'edit', body, ephemeral });
      } else if (r.route === 'followup') {
        messages.push({ kind: 'followup', body, ephemeral: (flags & EPHEMERAL_FLAG) !== 0 });
      }
    }
    const choices =
      callbackType === 8 && Array.isArray(callbackData.choices)
        ? (callbackData.choices as { name: string; value: unknown }[])
        : undefined;
    return { callbackType, messages, final: messages.at(-1), choices, requests };
  }
}

/** A short human description of an interaction for error messages ("/quotes speaker:Peskov"). */
export function describe(interaction: SentInteraction): string {
  const data = asRecord(interaction.payload.data);
  if (interaction.type === INTERACTION.component) return `button ${String(data.custom_id)}`;
  if (interaction.type === INTERACTION.modal) return `modal ${String(data.custom_id)}`;
  const options = Array.isArray(data.options) ? (data.options as { name: string; value: unknown }[]) : [];
  const args = options.map((o) => `${o.name}:${String(o.value)}`).join(' ');
  const prefix = interaction.type === INTERACTION.autocomplete ? 'autocomplete ' : '';
  return `${prefix}/${String(data.name)}${args ? ` ${args}` : ''}`;
}
