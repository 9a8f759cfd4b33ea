/**
 * Test doubles for the Discord front door: a BriefingService answering with real Answer objects, interactions
 * that record what the bot sends (with discord.js's replied/deferred bookkeeping), and a logger whose lines can
 * be read back.
 */
import { Writable } from 'node:stream';
import type { Interaction } from 'discord.js';
import { type Logger, pino } from 'pino';
import type { Answer } from '../../src/answers/types.ts';
import type {
  BriefingService,
  CommandName,
  CommandOptions,
  CompletableOption,
  ReloadReport,
} from '../../src/service/types.ts';

/** One call the service received. */
export interface ServiceCall {
  readonly command: CommandName;
  readonly options: CommandOptions;
}

/** An answer quoting `speaker` (or everybody) with `items` snippets; empty for the speaker "nobody". */
export function quotesAnswer(options: CommandOptions, items: number): Answer {
  const speaker = typeof options.speaker === 'string' ? options.speaker : undefined;
  const base = {
    command: 'quotes',
    title: speaker ? `Quotes: ${speaker}` : 'Quotes',
    query: options,
    conflicts: [],
    suggestions: [] as string[],
  };
  if (speaker === 'nobody') {
    return {
      ...base,
      sections: [],
      notes: [`No quotes from '${speaker}'.`],
      citations: [],
      empty: true,
      suggestions: ['Peskov'],
    };
  }
  return {
    ...base,
    sections: [
      {
        heading: speaker ?? 'Everyone',
        items: Array.from({ length: items }, (_, i) => ({
          snippet: `Quotation number ${i} says something that matters ${'at length '.repeat(40)}`,
          citation: 1,
          label: speaker ?? 'A speaker',
        })),
      },
    ],
    notes: [],
    citations: [
      {
        n: 1,
        article: 'a1',
        paragraph: 2,
        title: 'A title',
        publisher: 'CNN',
        byline: ['A Reporter'],
        date: '2022-02-10',
        url: 'https://example.com/a1',
      },
    ],
    empty: false,
  };
}

/** A BriefingService over a fixed story; records calls; `items` sets how long answers are (long ones page). */
export class FakeService implements BriefingService {
  readonly calls: ServiceCall[] = [];
  items = 2;
  /** When set, answer() throws this (to exercise the router's error path). */
  failure: Error | undefined;
  readonly names = ['Dmitry Peskov', 'Jens Stoltenberg', 'x'.repeat(101), '  ', 'Dmitry Peskov'];

  answer(command: CommandName, options: CommandOptions): Answer {
    this.calls.push({ command, options });
    if (this.failure) throw this.failure;
    const answer = quotesAnswer(options, this.items);
    return { ...answer, command, title: command === 'quotes' ? answer.title : `/${command}` };
  }

  complete(_option: CompletableOption, prefix: string, limit = 25): string[] {
    const p = prefix.toLowerCase();
    return [...this.names, ...Array.from({ length: 40 }, (_, i) => `Person ${i}`)]
      .filter((n) => n.toLowerCase().includes(p))
      .slice(0, limit);
  }

  async reload(): Promise<ReloadReport> {
    return { articles: 1, added: [], changed: [], removed: [], problems: [], ms: 0 };
  }

  factsOf() {
    return undefined;
  }

  /** One story, found by its id or any word of its title. */
  readonly story = {
    id: 'harbour-strike',
    title: 'Harbour strike',
    articles: ['a1'],
    from: '2023-05-02',
    to: '2023-05-04',
    publishers: ['Gazette'],
    names: [],
  };

  findStory(text: string) {
    const t = text.toLowerCase();
    return t === this.story.id || this.story.title.toLowerCase().includes(t) ? this.story : undefined;
  }

  storyOf(article: string) {
    return this.story.articles.includes(article) ? this.story : undefined;
  }

  articles() {
    return [];
  }

  problems() {
    return [];
  }
}

/** A call the bot made on an interaction: method name and payload. */
export interface Sent {
  readonly method: string;
  readonly payload: unknown;
}

type OptionValue = string | number | boolean;

interface FakeOptions {
  readonly kind: 'command' | 'autocomplete' | 'button' | 'modal';
  readonly name?: string;
  readonly options?: Readonly<Record<string, OptionValue>>;
  readonly focused?: string;
  readonly customId?: string;
  readonly user?: string;
  /** For buttons: the user whose command produced the message the button is on. */
  readonly messageOwner?: string;
  /** For buttons: names of the files attached to the message the button is on. */
  readonly messageFiles?: readonly string[];
  /** Makes this method reject (e.g. `reply` to simulate an expired interaction). */
  readonly failOn?: string;
}

/**
 * An interaction with the slice of discord.js's API the bot uses. `replied`/`deferred` follow discord.js's rules,
 * and calling `reply` twice throws as discord.js does, so misuse by the router shows up in tests.
 */
export class FakeInteraction {
  readonly sent: Sent[] = [];
  replied = false;
  deferred = false;
  responded = false;
  readonly commandName: string;
  readonly customId: string;
  readonly user: { id: string };
  readonly type: number;
  /** When Discord created the interaction (discord.js derives it from the snowflake). */
  readonly createdTimestamp = Date.now();
  readonly message:
    | { interactionMetadata: { user: { id: string } } | null; attachments: Map<string, { name: string }> }
    | undefined;
  readonly #kind: FakeOptions['kind'];
  readonly #values: Readonly<Record<string, OptionValue>>;
  readonly #focused: string | undefined;
  readonly #failOn: string | undefined;

  constructor(init: FakeOptions) {
    this.#kind = init.kind;
    this.commandName = init.name ?? '';
    this.customId = init.customId ?? '';
    this.user = { id: init.user ?? '111111111111111111' };
    this.type = { command: 2, button: 3, autocomplete: 4, modal: 5 }[init.kind];
    this.message =
      init.kind === 'button'
        ? {
            interactionMetadata: init.messageOwner ? { user: { id: init.messageOwner } } : null,
            attachments: new Map((init.messageFiles ?? []).map((name, i) => [String(i), { name }])),
          }
        : undefined;
    this.#values = init.options ?? {};
    this.#focused = init.focused;
    this.#failOn = init.failOn;
  }

  /** Whatever the router sees: discord.js's Interaction type. */
  get asInteraction(): Interaction {
    return this as unknown as Interaction;
  }

  isChatInputCommand() {
    return this.#kind === 'command';
  }
  isAutocomplete() {
    return this.#kind === 'autocomplete';
  }
  isButton() {
    return this.#kind === 'button';
  }
  isModalSubmit() {
    return this.#kind === 'modal';
  }
  isRepliable() {
    return this.#kind !== 'autocomplete';
  }

  get options() {
    const values = this.#values;
    const focused = this.#focused;
    return {
      get: (name: string) => (name in values ? { name, value: values[name] } : null),
      getBoolean: (name: string) => (typeof values[name] === 'boolean' ? values[name] : null),
      getFocused: () => ({ name: focused ?? '', value: focused ? values[focused] : '' }),
    };
  }

  #record(method: string, payload: unknown) {
    if (this.#failOn === method) return Promise.reject(new Error(`${method} failed: Unknown interaction`));
    this.sent.push({ method, payload });
    return Promise.resolve();
  }

  async reply(payload: unknown) {
    if (this.replied || this.deferred)
      throw new Error('The reply to this interaction has already been sent or deferred.');
    await this.#record('reply', payload);
    this.replied = true;
  }
  async deferReply(payload: unknown = {}) {
    if (this.replied || this.deferred)
      throw new Error('The reply to this interaction has already been sent or deferred.');
    await this.#record('deferReply', payload);
    this.deferred = true;
  }
  async editReply(payload: unknown) {
    if (!this.replied && !this.deferred)
      throw new Error('The reply to this interaction has not been sent or deferred.');
    await this.#record('editReply', payload);
    this.replied = true;
  }
  async deleteReply() {
    if (!this.replied && !this.deferred)
      throw new Error('The reply to this interaction has not been sent or deferred.');
    await this.#record('deleteReply', undefined);
  }
  async followUp(payload: unknown) {
    if (!this.replied && !this.deferred)
      throw new Error('The reply to this interaction has not been sent or deferred.');
    await this.#record('followUp', payload);
  }
  async update(payload: unknown) {
    if (this.replied || this.deferred)
      throw new Error('The reply to this interaction has already been sent or deferred.');
    await this.#record('update', payload);
    this.replied = true;
  }
  async respond(choices: unknown) {
    if (this.responded) throw new Error('already responded');
    await this.#record('respond', choices);
    this.responded = true;
  }
}

/** A pino logger writing JSON lines into `lines`. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'trace' }, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
