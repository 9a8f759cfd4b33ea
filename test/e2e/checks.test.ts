/**
 * Tests of the end-to-end checks themselves (limits, citations, shapes) on small inline messages: a check that
 * cannot fail would make the end-to-end test pass for the wrong reason.
 */
import { describe, expect, it } from 'vitest';
import { citationProblems, type SourceArticle, snippetLines, sourceLines, unescapeMarkdown } from './citations.ts';
import { attachmentViolations, choiceViolations, DISCORD, messageViolations, visibleText } from './limits.ts';
import { buildOptions, buttonIds } from './payloads.ts';
import { shapeOf } from './shape.ts';
import { BLOCK_KIT, blockKitViolations } from './slack/standin.ts';

const ok = { allowed_mentions: { parse: [] } };

describe('messageViolations', () => {
  it('accepts a message within every limit', () => {
    expect(messageViolations({ ...ok, content: 'x'.repeat(DISCORD.content), embeds: [{ description: 'd' }] })).toEqual(
      [],
    );
  });

  it('reports each broken limit', () => {
    const field = { name: 'n', value: 'v'.repeat(1025) };
    const problems = messageViolations({
      content: 'x'.repeat(2001),
      embeds: [
        { title: 't'.repeat(257), description: 'd'.repeat(4097), fields: Array(26).fill(field), footer: { text: 'f' } },
      ],
      components: [{ type: 1, components: [{ type: 2, custom_id: 'c'.repeat(101), label: 'More' }] }],
    });
    expect(problems.join('\n')).toMatch(/content: 2001 > 2000/);
    expect(problems.join('\n')).toMatch(/title: 257 > 256/);
    expect(problems.join('\n')).toMatch(/description: 4097 > 4096/);
    expect(problems.join('\n')).toMatch(/fields: 26 > 25/);
    expect(problems.join('\n')).toMatch(/field 0 value: 1025 > 1024/);
    expect(problems.join('\n')).toMatch(/embeds total: \d+ > 6000/);
    expect(problems.join('\n')).toMatch(/custom_id/);
    expect(problems.join('\n')).toMatch(/allowed_mentions\.parse is undefined/);
  });

  it('requires parse to be exactly [] and counts more than ten embeds', () => {
    expect(
      messageViolations({ allowed_mentions: { parse: ['users'] }, embeds: Array(11).fill({ description: 'x' }) }),
    ).toEqual(['embeds: 11 > 10', 'allowed_mentions.parse is ["users"], not []']);
  });

  it('limits attachment descriptions and finds embed images naming a file the message lacks', () => {
    const described = { ...ok, attachments: [{ id: '0', description: 'd'.repeat(1025) }] };
    expect(messageViolations(described)).toEqual(['attachment 0 description: 1025 > 1024']);
    const embeds = [{ image: { url: 'attachment://chart.png' } }, { thumbnail: { url: 'attachment://gone.png' } }];
    expect(attachmentViolations({ embeds, attachments: [{ filename: 'chart.png' }] })).toEqual([
      'embed thumbnail attachment://gone.png names no attachment of the message',
    ]);
    expect(attachmentViolations({ embeds: [{ image: { url: 'https://example.org/a.png' } }] })).toEqual([]);
  });

  it('checks autocomplete choices', () => {
    expect(choiceViolations(Array(26).fill({ name: 'a', value: 'a' }))).toEqual(['choices: 26 > 25']);
    expect(choiceViolations([{ name: '', value: 'a' }])).toHaveLength(1);
  });
});

const articles: SourceArticle[] = [
  { id: 'a1', title: null, paragraphs: [' date 2022-02-10 By A, CNN', 'He said the *drills* were "defensive" only.'] },
];
const sources = { title: 'Sources', description: '**[1]** CNN · A · 2022-02-10 · ¶2 · *a1*' };

describe('citationProblems', () => {
  it('accepts an escaped verbatim snippet cited to the right paragraph', () => {
    const body = {
      embeds: [{ fields: [{ name: 'Q', value: '**Him**: the \\*drills\\* were "defensive" [1]' }] }, sources],
    };
    expect(snippetLines(body)).toEqual([{ label: 'Him', snippet: 'the *drills* were "defensive"', n: 1 }]);
    expect(citationProblems(body, articles)).toEqual([]);
  });

  it('accepts a snippet shortened with an ellipsis', () => {
    const body = { embeds: [{ fields: [{ name: 'Q', value: 'He said the… [1]' }] }, sources] };
    expect(citationProblems(body, articles)).toEqual([]);
  });

  it('reports a reworded snippet, a missing source, a wrong paragraph and a lost citation', () => {
    const wrongParagraph = { title: 'Sources', description: '**[1]** CNN · ¶9 · *a1*' };
    expect(citationProblems({ embeds: [{ description: 'the drills were offensive [1]' }, sources] }, articles)).toEqual(
      ['[1] "the drills were offensive" is not in a1 ¶2'],
    );
    expect(citationProblems({ embeds: [{ description: 'He said [2]' }, sources] }, articles)).toEqual([
      "[2] is not listed in the message's sources",
    ]);
    expect(citationProblems({ embeds: [{ description: 'He said [1]' }, wrongParagraph] }, articles)).toEqual([
      '[1] paragraph ¶9 does not exist in a1',
    ]);
    expect(citationProblems({ embeds: [{ description: 'He said the drills…' }, sources] }, articles)).toHaveLength(1);
  });

  it('parses linked titles in source lines', () => {
    const body = {
      embeds: [{ title: 'Sources', description: '**[3]** BBC · ¶4 · [A \\[title\\]](https://x.test/a)' }],
    };
    expect(sourceLines(body)).toMatchObject([{ n: 3, paragraph: 4, title: 'A [title]' }]);
    expect(unescapeMarkdown('\\_\\#x')).toBe('_#x');
  });
});

describe('shapeOf', () => {
  it('keeps types, merges list elements (union of keys), keeps embeds positional, omits data-dependent keys', () => {
    const shape = shapeOf({
      content: 'hi',
      embeds: [
        {
          fields: [
            { name: 'a', value: 'b', inline: true },
            { name: 'c', value: 'd' },
          ],
        },
        { title: 'Sources' },
      ],
      n: null,
    });
    expect(shape).toEqual({
      content: 'string',
      embeds: [{ fields: [{ name: 'string', value: 'string' }] }, { title: 'string' }],
      n: 'null',
    });
    expect(shapeOf({ a: [{ b: 1 }, { c: 'x' }] }, { omit: [] })).toEqual({ a: [{ b: 'number', c: 'string' }] });
  });
});

describe('payload helpers', () => {
  it('types options from the registered definition and refuses undeclared ones', () => {
    const cmd = {
      id: '1',
      application_id: '2',
      version: '3',
      name: 'x',
      description: 'd',
      type: 1,
      options: [{ name: 'n', type: 4 }],
    };
    expect(buildOptions(cmd, { n: 3 })).toEqual([{ name: 'n', type: 4, value: 3 }]);
    expect(() => buildOptions(cmd, { m: 'a' })).toThrow(/no option "m"/);
    expect(buildOptions(undefined, { s: 'a', b: true }, 's')).toEqual([
      { name: 's', type: 3, value: 'a', focused: true },
      { name: 'b', type: 5, value: true },
    ]);
  });

  it('collects button ids and visible text', () => {
    expect(buttonIds([{ components: [{ custom_id: 'a' }, { url: 'x' }] }, 'junk'])).toEqual(['a']);
    expect(
      visibleText({
        content: 'c',
        embeds: [{ title: 't', fields: [{ name: 'n', value: 'v' }], footer: { text: 'f' } }],
      }),
    ).toBe('c\nt\nn\nv\nf');
  });
});

describe('blockKitViolations (Slack)', () => {
  const image = { type: 'image', slack_file: { id: 'F0CHART' }, alt_text: 'A chart.' };

  it('accepts an image block of a Slack file with alt text and a plain-text title', () => {
    expect(blockKitViolations({ blocks: [{ ...image, title: { type: 'plain_text', text: 'Chart' } }] })).toEqual([]);
  });

  it('reports an image without alt text, with two sources or none, a file without id, and a wrong title', () => {
    const problems = blockKitViolations({
      blocks: [
        { ...image, alt_text: '' },
        { ...image, image_url: 'https://example.org/a.png' },
        { type: 'image', alt_text: 'x' },
        { ...image, slack_file: {} },
        { ...image, title: { type: 'mrkdwn', text: 'x'.repeat(BLOCK_KIT.imageTitle + 1) } },
      ],
    });
    expect(problems).toEqual([
      'image 0 alt_text of 0 characters',
      'image 1 has 2 sources',
      'image 2 has 0 sources',
      'image 3 slack_file needs an id or a url',
      'image 4 title is mrkdwn',
      `image 4 title of ${BLOCK_KIT.imageTitle + 1}`,
    ]);
  });
});
