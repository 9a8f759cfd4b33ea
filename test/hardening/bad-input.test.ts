/**
 * Hostile input, property-based: every command and option of the service over `knowledge/`, through the Discord
 * renderer, with strings a Discord user can type or paste (and some they cannot: lone surrogates, control
 * characters). Whatever comes in, nothing throws, every page fits Discord's limits, no mention can ping, and every
 * snippet is still a verbatim slice of the paragraph it cites.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPLETABLE_OPTIONS,
  type CompletableOption,
  type OptionSpec,
  READ_COMMANDS,
} from '../../src/answers/index.ts';
import type { Answer } from '../../src/answers/types.ts';
import { type DiscordMessage, renderDiscord, renderNotice } from '../../src/render/discord.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService, CommandName } from '../../src/service/types.ts';
import { citationProblems, readArticles } from '../e2e/citations.ts';
import { choiceViolations, messageViolations } from '../e2e/limits.ts';
import { ROOT } from '../e2e/process.ts';

const KNOWLEDGE = join(ROOT, 'knowledge');

/** Text options each read command declares in the catalogue (`limit` gets integers below); `private` is Discord's. */
const OPTIONS: ReadonlyMap<CommandName, readonly string[]> = new Map(
  READ_COMMANDS.map(({ spec }) => [
    spec.name,
    (spec.options as readonly OptionSpec[]).filter((o) => o.type === 'string').map((o) => o.name),
  ]),
);
const COMPLETABLE = [...COMPLETABLE_OPTIONS] as CompletableOption[];

/** Pieces attackers and unlucky pastes are made of. */
const HOSTILE = [
  '',
  ' ',
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '<#123456789012345678>',
  '```',
  '```js\nprocess.exit()\n```',
  '**bold** __u__ ~~s~~ ||spoiler|| `code`',
  '# heading',
  '> quote',
  '[link](https://example.com)',
  '\u200f',
  '\u202e',
  '\u200b',
  '\u0000',
  '\u0007',
  '\r\n',
  '\t',
  '🙂',
  '👨‍👩‍👧',
  '🇺🇦',
  '.*',
  '(?:',
  '[^',
  '\\',
  '$&',
  '^$|+?{}',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '../../etc/passwd',
  '%s%n',
  '__proto__',
  'constructor',
];
/** Words of the seeds, so some queries hit and the verbatim check has snippets to check. */
const WORDS = ['Peskov', 'troops', 'Belarus', 'drills', 'Kyiv', 'NATO', 'Stoltenberg', 'Russia', 'the', '30,000'];

/** Any string: hostile pieces and words glued together, arbitrary Unicode, lone surrogates, or 6,000 characters. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...WORDS), fc.string({ unit: 'binary' })), {
        maxLength: 6,
      }),
      fc.constantFrom(' ', ''),
    )
    .map(([parts, glue]) => parts.join(glue)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `Peskov ${String.fromCharCode(c)} troops`),
  fc.constantFrom(...HOSTILE, ...WORDS).map((piece) => `${piece || 'x'} `.repeat(6000).slice(0, 6000)),
);

/** `limit` as Discord would never send it, and as it would. */
const anyLimit = fc.oneof(
  fc.integer({ min: -5, max: 50 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5, 1e12, -0),
  anyText,
);

let service: BriefingService;
const articles = readArticles(KNOWLEDGE);
let tried = 0;

beforeAll(async () => {
  service = await createBriefingService({ knowledgeDir: KNOWLEDGE });
});
afterAll(() => {
  // The figure for docs/reliability.md.
  console.log(`bad inputs tried: ${tried}`);
});

/** The message body as discord.js sends it (snake_case `allowed_mentions`). */
function wire(message: DiscordMessage): Record<string, unknown> {
  const { allowedMentions, ...rest } = message;
  return { ...rest, allowed_mentions: allowedMentions };
}

/**
 * The message without the notes (the main embed's description), which echo the user's text: a 6,000-character
 * query cut with an ellipsis there is a note, not a snippet that lost its citation.
 */
function snippetsOnly(body: Record<string, unknown>): Record<string, unknown> {
  const embeds = (body.embeds as { title?: string; description?: string }[]).map((e) =>
    e.title === 'Sources' ? e : { ...e, description: undefined },
  );
  return { ...body, embeds };
}

/** Every snippet of the answer found verbatim in the paragraph its citation names. */
function unverbatim(answer: Answer): string[] {
  const byId = new Map(service.articles().map((a) => [a.id, a]));
  const snippets = [
    ...answer.sections.flatMap((s) => s.items.map((i) => ({ snippet: i.snippet, citation: i.citation }))),
    ...answer.conflicts.flatMap((c) => c.claims.map((k) => ({ snippet: k.snippet, citation: k.citation }))),
  ];
  return snippets.flatMap(({ snippet, citation }) => {
    const cited = answer.citations.find((c) => c.n === citation);
    const paragraph = byId.get(cited?.article ?? '')?.paragraphs.find((p) => p.number === cited?.paragraph);
    return paragraph?.text.includes(snippet) ? [] : [`[${citation}] "${snippet.slice(0, 80)}"`];
  });
}

/** Answers, renders every page, and checks everything a reader relies on. */
function check(command: CommandName, options: Record<string, string | number | boolean>): void {
  tried++;
  const answer = service.answer(command, options);
  expect(unverbatim(answer), `/${command} snippets`).toEqual([]);
  const first = renderDiscord(answer, { pageId: (p) => `page|${p}` });
  for (let page = 0; page < first.pages; page++) {
    const body = wire(renderDiscord(answer, { page, pageId: (p) => `page|${p}` }).message);
    expect(messageViolations(body), `/${command} page ${page}`).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(citationProblems(snippetsOnly(body), articles), `/${command} page ${page} citations`).toEqual([]);
  }
}

describe('hostile option values', () => {
  it.each([...OPTIONS.keys()])('/%s never throws and stays valid', (command) => {
    const names = OPTIONS.get(command) ?? [];
    fc.assert(
      fc.property(
        fc.tuple(...names.map(() => anyText)),
        fc.boolean(),
        anyLimit,
        anyText,
        (values, isPrivate, limit, stray) => {
          const options: Record<string, string | number | boolean> = { private: isPrivate, stray };
          names.forEach((name, i) => {
            options[name] = values[i] ?? '';
          });
          if (command === 'search') options.limit = limit;
          check(command, options);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('autocomplete answers fit Discord for any prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPLETABLE), anyText, (option, prefix) => {
        tried++;
        const values = service.complete(option, prefix);
        expect(choiceViolations(values.map((v) => ({ name: v, value: v })))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('the renderer keeps hostile text from the answer inside the limits and mention-free', () => {
    // The answer's own strings (title, notes, suggestions, query) echo user input: render them hostile directly.
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 4 }), (title, note, suggestions) => {
        tried++;
        const answer: Answer = {
          command: 'search',
          title,
          query: { question: note },
          sections: [],
          conflicts: [],
          notes: [note, `Nothing matched '${note}'.`],
          citations: [],
          empty: true,
          suggestions,
        };
        const body = wire(renderDiscord(answer).message);
        expect(messageViolations(body)).toEqual([]);
        // Errors and cooldowns echo input too, as plain content.
        expect(messageViolations(wire(renderNotice(`Not added: ${note}${title}`)))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
