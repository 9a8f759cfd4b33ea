import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { UserError } from '../../src/discord/errors.ts';
import { createRouter, GENERIC_ERROR } from '../../src/discord/router.ts';
import type { SlashCommand } from '../../src/discord/types.ts';
import { Cooldown } from '../../src/workflows/cooldown.ts';
import { FollowStore } from '../../src/workflows/index.ts';
import { FakeInteraction, FakeService, memoryLogger } from './fakes.ts';

interface Payload {
  content?: string;
  flags?: number;
  embeds?: { title?: string; footer?: { text: string } }[];
  components?: { components: { custom_id: string }[] }[];
  allowedMentions?: { parse: string[] };
}

/** Moderation settings for routers under test: nothing here writes, so the paths are never touched. */
const MODERATION = { knowledgeDir: '/nonexistent/knowledge', auditLog: '/tmp/audit.jsonl', attachmentHosts: [] };
/** Followed stories for routers under test: an empty store on a path never written. */
const FOLLOWS = await FollowStore.open('/nonexistent/follows.json');

function setup(extra: readonly SlashCommand[] = [], cooldownSeconds = 0) {
  const service = new FakeService();
  const { logger, lines } = memoryLogger();
  const route = createRouter({
    commands: [...commands, ...extra],
    service,
    logger,
    cooldown: new Cooldown(cooldownSeconds),
    moderation: MODERATION,
    follows: FOLLOWS,
  });
  return { service, lines, route };
}

const payload = (i: FakeInteraction, index = 0) => i.sent[index]?.payload as Payload;
const ephemeral = (p: Payload | undefined) => ((p?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** A command whose execute runs `body`, to drive the router's error paths. */
function failing(name: string, body: (i: FakeInteraction) => Promise<void>): SlashCommand {
  return {
    data: { name, toJSON: () => ({ name, description: 'test' }) },
    execute: (interaction) => body(interaction as unknown as FakeInteraction),
  };
}

describe('createRouter', () => {
  it('answers a read command publicly with embeds and no mention parsing', async () => {
    const { route, service } = setup();
    const i = new FakeInteraction({ kind: 'command', name: 'quotes', options: { speaker: ' Peskov ' } });
    await route(i.asInteraction);
    expect(service.calls).toEqual([{ command: 'quotes', options: { speaker: 'Peskov' } }]);
    expect(i.sent.map((s) => s.method)).toEqual(['reply']);
    expect(ephemeral(payload(i))).toBe(false);
    expect(payload(i).embeds?.[0]?.title).toBe('Quotes: Peskov');
    expect(payload(i).allowedMentions).toEqual({ parse: [] });
  });

  it('answers ephemerally when private is true, and passes no private option to the service', async () => {
    const { route, service } = setup();
    const i = new FakeInteraction({ kind: 'command', name: 'quotes', options: { speaker: 'Peskov', private: true } });
    await route(i.asInteraction);
    expect(ephemeral(payload(i))).toBe(true);
    expect(service.calls[0]?.options).toEqual({ speaker: 'Peskov' });
  });

  it('answers "nothing matched" ephemerally with the explanation', async () => {
    const { route } = setup();
    const i = new FakeInteraction({ kind: 'command', name: 'quotes', options: { speaker: 'nobody' } });
    await route(i.asInteraction);
    expect(ephemeral(payload(i))).toBe(true);
    expect(JSON.stringify(payload(i))).toContain("No quotes from 'nobody'.");
  });

  it('defers slow commands and edits the deferred reply', async () => {
    const { route } = setup();
    const i = new FakeInteraction({ kind: 'command', name: 'timeline' });
    await route(i.asInteraction);
    expect(i.sent.map((s) => s.method)).toEqual(['deferReply', 'editReply']);
  });

  it('turns a public deferral into a private follow-up when nothing matched', async () => {
    const { route, service } = setup();
    const empty = service.answer('quotes', { speaker: 'nobody' });
    service.answer = (command) => ({ ...empty, command });
    const i = new FakeInteraction({ kind: 'command', name: 'timeline' });
    await route(i.asInteraction);
    expect(i.sent.map((s) => s.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(ephemeral(payload(i, 2))).toBe(true);
  });

  it('rejects a blank required option with a clear ephemeral message, without asking the service', async () => {
    const { route, service, lines } = setup();
    const i = new FakeInteraction({ kind: 'command', name: 'search', options: { question: '   ' } });
    await route(i.asInteraction);
    expect(service.calls).toEqual([]);
    expect(ephemeral(payload(i))).toBe(true);
    expect(payload(i).content).toMatch(/question/);
    expect(lines().some((l) => l.level === 50)).toBe(false);
  });

  it('answers an unknown command ephemerally, naming it', async () => {
    const { route } = setup();
    const i = new FakeInteraction({ kind: 'command', name: 'frobnicate' });
    await route(i.asInteraction);
    expect(ephemeral(payload(i))).toBe(true);
    expect(payload(i).content).toContain('/frobnicate');
  });

  it('shows a UserError as written, ephemerally, logging it below error level', async () => {
    const cmd = failing('boom', async () => {
      throw new UserError('bad-option', 'That date is not valid.');
    });
    const { route, lines } = setup([cmd]);
    const i = new FakeInteraction({ kind: 'command', name: 'boom' });
    await route(i.asInteraction);
    expect(payload(i).content).toBe('That date is not valid.');
    expect(ephemeral(payload(i))).toBe(true);
    expect(lines().filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  it.each([
    ['before any reply', async () => {}, ['reply']],
    ['after deferring', async (i: FakeInteraction) => i.deferReply(), ['deferReply', 'followUp']],
    ['after replying', async (i: FakeInteraction) => i.reply({ content: 'partial' }), ['reply', 'followUp']],
  ])(
    'catches an unexpected error %s, logs it with the command and answers generically',
    async (_label, before, methods) => {
      const cmd = failing('crash', async (i) => {
        await before(i);
        throw new Error('database exploded');
      });
      const { route, lines } = setup([cmd]);
      const i = new FakeInteraction({ kind: 'command', name: 'crash' });
      await route(i.asInteraction);
      expect(i.sent.map((s) => s.method)).toEqual(methods);
      const last = i.sent.at(-1)?.payload as Payload;
      expect(last.content).toBe(GENERIC_ERROR);
      expect(ephemeral(last)).toBe(true);
      const errors = lines().filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ command: 'crash', msg: 'command failed' });
      expect(JSON.stringify(errors[0])).toContain('database exploded');
    },
  );

  it('catches a service failure inside a real command', async () => {
    const { route, service, lines } = setup();
    service.failure = new Error('index missing');
    const i = new FakeInteraction({ kind: 'command', name: 'estimates', options: { subject: 'troops' } });
    await route(i.asInteraction);
    expect(payload(i).content).toBe(GENERIC_ERROR);
    expect(lines().find((l) => l.level === 50)).toMatchObject({ command: 'estimates' });
  });

  it('never rejects, even when telling the user fails too', async () => {
    const cmd = failing('crash', async () => {
      throw new Error('first failure');
    });
    const { route, lines } = setup([cmd]);
    const i = new FakeInteraction({ kind: 'command', name: 'crash', failOn: 'reply' });
    await expect(route(i.asInteraction)).resolves.toBeUndefined();
    expect(lines().find((l) => l.level === 40)).toMatchObject({ msg: 'could not tell the user about the failure' });
  });

  it('applies the per-user cooldown to commands, with the wait in the message', async () => {
    const { route, service } = setup([], 30);
    const first = new FakeInteraction({ kind: 'command', name: 'drills', user: '1' });
    const second = new FakeInteraction({ kind: 'command', name: 'drills', user: '1' });
    const other = new FakeInteraction({ kind: 'command', name: 'drills', user: '2' });
    await route(first.asInteraction);
    await route(second.asInteraction);
    await route(other.asInteraction);
    expect(service.calls).toHaveLength(2);
    expect(ephemeral(payload(second))).toBe(true);
    expect(payload(second).content).toMatch(/another command in (29|30) s/);
    expect(ephemeral(payload(other))).toBe(false);
  });

  it('autocompletes from the service within Discord limits', async () => {
    const { route } = setup();
    const i = new FakeInteraction({ kind: 'autocomplete', name: 'who', options: { name: '' }, focused: 'name' });
    await route(i.asInteraction);
    const choices = i.sent[0]?.payload as { name: string; value: string }[];
    expect(i.sent[0]?.method).toBe('respond');
    // The service gave 25 values; a 101-character one, a blank one and a duplicate are dropped, not sent.
    expect(choices.length).toBe(22);
    expect(choices.map((c) => c.value)).not.toContain('x'.repeat(101));
    expect(choices[0]).toEqual({ name: 'Dmitry Peskov', value: 'Dmitry Peskov' });
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
  });

  it('answers autocomplete with no choices for a command without it, or when it fails', async () => {
    const { route, service } = setup();
    const none = new FakeInteraction({ kind: 'autocomplete', name: 'drills', focused: 'aspect' });
    await route(none.asInteraction);
    expect(none.sent).toEqual([{ method: 'respond', payload: [] }]);
    service.complete = () => {
      throw new Error('broken index');
    };
    const failing = new FakeInteraction({ kind: 'autocomplete', name: 'who', options: { name: 'x' }, focused: 'name' });
    await route(failing.asInteraction);
    expect(failing.sent).toEqual([{ method: 'respond', payload: [] }]);
  });

  it('pages with the "more" button: the id rebuilds the answer and the message is updated in place', async () => {
    const { route, service } = setup();
    service.items = 40;
    const ask = new FakeInteraction({ kind: 'command', name: 'quotes', options: { speaker: 'Peskov', topic: 'war' } });
    await route(ask.asInteraction);
    const next = payload(ask).components?.[0]?.components[0]?.custom_id ?? '';
    expect(next).toBe('m|quotes|1|Peskov|war');
    const click = new FakeInteraction({ kind: 'button', customId: next });
    await route(click.asInteraction);
    expect(click.sent[0]?.method).toBe('update');
    expect(service.calls.at(-1)).toEqual({ command: 'quotes', options: { speaker: 'Peskov', topic: 'war' } });
    expect(payload(click).embeds?.[0]?.footer?.text).toMatch(/^Page 2\//);
  });

  it('tries extra handlers first for buttons and modals, with the moderation settings, under the same error handling', async () => {
    const service = new FakeService();
    const { logger } = memoryLogger();
    const seen: unknown[] = [];
    const route = createRouter({
      commands,
      service,
      logger,
      cooldown: new Cooldown(0),
      moderation: MODERATION,
      follows: FOLLOWS,
      handlers: [
        async (interaction, ctx) => {
          seen.push(ctx.moderation.auditLog);
          if (!interaction.isButton() || interaction.customId !== 'publish|1') return false;
          throw new UserError('not-yours', 'Only the moderator who asked can publish.');
        },
      ],
    });
    const publish = new FakeInteraction({ kind: 'button', customId: 'publish|1' });
    await route(publish.asInteraction);
    expect(payload(publish).content).toBe('Only the moderator who asked can publish.');
    expect(ephemeral(payload(publish))).toBe(true);
    // A paging button still reaches the router's own handler after the extra one declined.
    const page = new FakeInteraction({ kind: 'button', customId: 'm|quotes|0|Peskov' });
    await route(page.asInteraction);
    expect(page.sent[0]?.method).toBe('update');
    const modal = new FakeInteraction({ kind: 'modal', customId: 'unknown|modal' });
    await route(modal.asInteraction);
    expect(ephemeral(payload(modal))).toBe(true);
    expect(seen).toEqual(['/tmp/audit.jsonl', '/tmp/audit.jsonl', '/tmp/audit.jsonl']);
  });

  it("shows another user's click the page privately instead of turning the shared message", async () => {
    const { route } = setup();
    const own = new FakeInteraction({ kind: 'button', customId: 'm|quotes|0|Peskov', user: '1', messageOwner: '1' });
    await route(own.asInteraction);
    expect(own.sent[0]?.method).toBe('update');
    const other = new FakeInteraction({ kind: 'button', customId: 'm|quotes|0|Peskov', user: '2', messageOwner: '1' });
    await route(other.asInteraction);
    expect(other.sent[0]?.method).toBe('reply');
    expect(ephemeral(payload(other))).toBe(true);
    expect(payload(other).embeds?.[0]?.title).toBe('Quotes: Peskov');
  });

  it('answers a button it does not understand ephemerally', async () => {
    const { route } = setup();
    for (const customId of ['not-a-page-button', 'm|frobnicate|1', 'm|quotes|x']) {
      const click = new FakeInteraction({ kind: 'button', customId });
      await route(click.asInteraction);
      expect(click.sent[0]?.method).toBe('reply');
      expect(ephemeral(payload(click))).toBe(true);
    }
  });
});
