import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answers/types.ts';
import {
  escapeSlack,
  escapeWithin,
  MAX_CITATION_BLOCKS,
  renderSlack,
  renderSlackChart,
  renderSlackPage,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
} from '../../src/render/slack.ts';

function citation(n: number, extra: Partial<Citation> = {}): Citation {
  return {
    n,
    article: `article-${n}`,
    paragraph: 3,
    title: `Title ${n}`,
    publisher: 'CNN',
    byline: ['Nathan Hodge'],
    date: '2022-02-10',
    url: `https://example.com/story-${n}`,
    ...extra,
  };
}

function answer(extra: Partial<Answer> = {}): Answer {
  return {
    command: 'estimates',
    title: 'Troop estimates',
    query: { subject: 'troops' },
    sections: [
      { heading: 'Estimates', items: [{ snippet: 'an expected 30,000 combat troops', citation: 1, label: 'NATO' }] },
    ],
    conflicts: [],
    notes: [],
    citations: [citation(1)],
    empty: false,
    suggestions: [],
    ...extra,
  };
}

/** Every mrkdwn string the message carries, with where it is. */
function mrkdwnTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section') texts.push(block.text.text);
    if (block.type === 'context') texts.push(...block.elements.map((e) => e.text));
  }
  return texts;
}

/** Slack's limits, asserted one by one so a failure names the broken rule. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.blocks[0]?.type).toBe('header');
  for (const block of message.blocks as SlackBlock[]) {
    if (block.type === 'header') {
      expect(block.text.type).toBe('plain_text');
      expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      expect(block.text.text.length).toBeGreaterThan(0);
    } else if (block.type === 'section') {
      expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(block.text.text.length).toBeGreaterThan(0);
    } else if (block.type === 'context') {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements) {
        expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
        expect(e.text.length).toBeGreaterThan(0);
      }
    }
  }
}

/** Characters of text in all blocks of a message: what Slack's undocumented total limit counts. */
function blockText(message: SlackMessage): number {
  return message.blocks.reduce((sum, b) => {
    if (b.type === 'header' || b.type === 'section') return sum + b.text.text.length;
    if (b.type === 'context') return sum + b.elements.reduce((n, e) => n + e.text.length, 0);
    return sum;
  }, 0);
}

/** Every page of an answer, rendered with `reserve` blocks left free. */
function allPages(a: Answer, reserve = 1): SlackMessage[] {
  const first = renderSlackPage(a, { reserveBlocks: reserve });
  return Array.from({ length: first.pages }, (_, page) => renderSlackPage(a, { page, reserveBlocks: reserve }).message);
}

/** No mention, channel link or stray entity: every `<` opens a link to http(s), every `&` is an entity. */
function expectNoMentions(message: SlackMessage): void {
  for (const text of mrkdwnTexts(message)) {
    for (const match of text.matchAll(/</g)) {
      expect(text.slice(match.index, match.index + 9)).toMatch(/^<https?:\/\//);
    }
    for (const match of text.matchAll(/&/g)) {
      expect(text.slice(match.index)).toMatch(/^&(amp|lt|gt);/);
    }
  }
}

describe('escapeSlack', () => {
  it('escapes the three control characters and nothing else', () => {
    expect(escapeSlack('<!everyone> & <@U123> <#C1> > *bold*')).toBe(
      '&lt;!everyone&gt; &amp; &lt;@U123&gt; &lt;#C1&gt; &gt; *bold*',
    );
  });
});

describe('escapeWithin', () => {
  it('never splits an entity or a surrogate pair when cutting', () => {
    const cut = escapeWithin('a&&&&&&&&', 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).toBe('a&amp;…');
    const emoji = escapeWithin('😀😀😀😀', 4);
    expect(emoji).toBe('😀…');
  });

  it('keeps short text whole', () => {
    expect(escapeWithin('<ok>', 10)).toBe('&lt;ok&gt;');
    expect(escapeWithin('<ok>', 9)).toBe('&lt;ok…');
  });
});

describe('renderSlack', () => {
  it('renders header, query, section with label and snippet, and a linked citation', () => {
    const message = renderSlack(answer());
    const types = message.blocks.map((b) => b.type);
    expect(types).toEqual(['header', 'context', 'section', 'divider', 'context']);
    const [header, query, section, , sources] = message.blocks;
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Troop estimates', emoji: false } });
    expect(query?.type === 'context' && query.elements[0]?.text).toBe('/estimates subject: troops');
    expect(section?.type === 'section' && section.text.text).toBe(
      '*Estimates*\n• [1] *NATO*: an expected 30,000 combat troops',
    );
    expect(sources?.type === 'context' && sources.elements[0]?.text).toBe(
      '[1] <https://example.com/story-1|Title 1> · CNN · Nathan Hodge · 2022-02-10 · ¶3',
    );
    expect(message.text).toBe('Troop estimates (1 source)');
  });

  it('neutralises mentions hidden in snippets, labels, titles, notes and URLs', () => {
    const message = renderSlack(
      answer({
        title: 'Hi <!channel>',
        sections: [
          { heading: '<!here>', items: [{ snippet: '<!everyone> & <@U024BE7LH>', citation: 1, label: '<@U1>' }] },
        ],
        notes: ['<#C024BE7LR|general>'],
        citations: [
          citation(1, { title: '<!everyone>', url: 'https://x.test/a?b=1&c=<!everyone>|x' }),
          citation(2, { url: 'javascript:alert(1)' }),
        ],
      }),
    );
    expectNoMentions(message);
    const all = JSON.stringify(message.blocks);
    expect(all).toContain('&lt;!everyone&gt; &amp; &lt;@U024BE7LH&gt;');
    expect(all).not.toContain('javascript:');
    expect(message.text).toBe('Hi &lt;!channel&gt; (2 sources)');
  });

  it('shows notes and suggestions, not sections or citations, for an empty answer', () => {
    const message = renderSlack(
      answer({ empty: true, notes: ['Nothing matched “tanks”.'], suggestions: ['/estimates troops'] }),
    );
    const texts = mrkdwnTexts(message).join('\n');
    expect(texts).toContain('Nothing matched “tanks”.');
    expect(texts).toContain('Try: `/estimates troops`');
    expect(texts).not.toContain('30,000');
    expect(message.blocks.some((b) => b.type === 'divider')).toBe(false);
  });

  it('shows disagreeing claims side by side under the subject', () => {
    const message = renderSlack(
      answer({
        conflicts: [
          {
            subject: 'troops in Belarus',
            claims: [
              { value: '30,000 troops', claimant: 'Jens Stoltenberg', citation: 1, snippet: 'an expected 30,000' },
              { value: '8,000 to 14,000 troops', claimant: null, citation: 2, snippet: 'between 8,000 and 14,000' },
            ],
          },
        ],
        citations: [citation(1), citation(2)],
      }),
    );
    const conflict = message.blocks.find((b) => b.type === 'section' && b.text.text.includes('disagree'));
    expect(conflict?.type === 'section' && conflict.text.text).toBe(
      '*Sources disagree: troops in Belarus*\n• [1] *30,000 troops* (Jens Stoltenberg): an expected 30,000\n' +
        '• [2] *8,000 to 14,000 troops* (reported): between 8,000 and 14,000',
    );
  });

  it('splits long sections, cuts the body to 50 blocks with a note, and caps the citation list', () => {
    const long = 'word '.repeat(900);
    const sections = Array.from({ length: 60 }, (_, i) => ({
      heading: `Section ${i}`,
      items: [
        { snippet: long, citation: 1 },
        { snippet: long, citation: 1 },
      ],
    }));
    const citations = Array.from({ length: 120 }, (_, i) => citation(i + 1));
    const message = renderSlack(answer({ sections, citations }));
    expectWithinLimits(message);
    expect(message.blocks).toHaveLength(SLACK_LIMITS.blocks);
    const texts = mrkdwnTexts(message).join('\n');
    expect(texts).toMatch(/…\d+ more blocks left out to fit Slack's limits\./);
    expect(texts).toContain(`…and ${120 - (MAX_CITATION_BLOCKS * SLACK_LIMITS.contextElements - 1)} more sources`);
  });

  it('cuts a header over 150 characters with an ellipsis', () => {
    const header = renderSlack(answer({ title: 'x'.repeat(400) })).blocks[0];
    expect(header?.type === 'header' && header.text.text).toBe(`${'x'.repeat(149)}…`);
  });
});

describe('renderSlackPage', () => {
  const quote = (i: number) => ({
    snippet: `Quotation number ${i} ${'about the drills '.repeat(20)}`,
    citation: (i % 30) + 1,
  });
  const long = answer({
    command: 'quotes',
    title: 'Quotes',
    sections: [
      { heading: 'Peskov', items: Array.from({ length: 60 }, (_, i) => quote(i)) },
      { heading: 'Stoltenberg', items: Array.from({ length: 40 }, (_, i) => quote(60 + i)) },
    ],
    conflicts: [
      {
        subject: 'troops in Belarus',
        claims: [
          { value: '30,000 troops', claimant: 'NATO', citation: 1, snippet: 'an expected 30,000' },
          { value: '8,000 to 14,000', claimant: null, citation: 2, snippet: 'between 8,000 and 14,000' },
        ],
      },
    ],
    notes: ['Showing every quotation.'],
    citations: Array.from({ length: 30 }, (_, i) => citation(i + 1)),
  });

  it('renders a short answer as one page with what renderSlack shows', () => {
    const { message, page, pages } = renderSlackPage(answer());
    expect([page, pages]).toEqual([0, 1]);
    expect(message).toEqual(renderSlack(answer()));
  });

  it('pages a long answer within every limit, losing no line and citing on each page only its sources', () => {
    const pages = allPages(long);
    expect(pages.length).toBeGreaterThan(2);
    const lines: string[] = [];
    pages.forEach((message, i) => {
      expectWithinLimits(message);
      expectNoMentions(message);
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks - 1);
      expect(blockText(message)).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
      const query = message.blocks[1];
      expect(query?.type === 'context' && query.elements.map((e) => e.text)).toEqual([
        '/quotes subject: troops',
        `page ${i + 1}/${pages.length}`,
      ]);
      const sections = message.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
      const own = sections.flatMap((t) => t.split('\n')).filter((l) => l.startsWith('• ['));
      lines.push(...own);
      const cited = new Set(own.map((l) => Number(/^• \[(\d+)\]/.exec(l)?.[1])));
      const listed = message.blocks.flatMap((b) =>
        b.type === 'context'
          ? b.elements.flatMap((e) => (/^\[(\d+)\] </.test(e.text) ? [Number(/\d+/.exec(e.text)?.[0])] : []))
          : [],
      );
      expect(new Set(listed)).toEqual(cited);
      expect(sections.join('\n').includes('Showing every quotation.')).toBe(i === 0);
    });
    const expected = [
      ...long.sections.flatMap((s) => s.items.map((it) => it.snippet)),
      'an expected 30,000',
      'between 8,000 and 14,000',
    ];
    expect(lines.map((l) => l.replace(/^• \[\d+\] (\*[^*]*\* \([^)]*\): )?/, ''))).toEqual(expected);
    // A section that flows onto the next page says so; the disagreement is never split.
    expect(JSON.stringify(pages.slice(1))).toContain('(continued)');
    expect(pages.filter((m) => JSON.stringify(m).includes('Sources disagree'))).toHaveLength(1);
  });

  it('clamps the page number to the pages there are', () => {
    const { page, pages } = renderSlackPage(long, { page: 99 });
    expect(page).toBe(pages - 1);
    expect(renderSlackPage(long, { page: -3 }).page).toBe(0);
  });
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '!', '@', 'everyone', ' ', '😀', 'a', '\n'), maxLength: 2000 }),
  fc.constantFrom('<!everyone>', '<@U123>', '<!channel>', '<#C1|x>', ''),
);
const arbCitation = fc.record({
  n: fc.nat(500),
  article: text,
  paragraph: fc.nat(99),
  title: fc.option(text),
  publisher: fc.option(text),
  byline: fc.array(text, { maxLength: 4 }),
  date: fc.option(text),
  url: fc.option(fc.oneof(fc.webUrl(), text)),
});
const arbAnswer: fc.Arbitrary<Answer> = fc.record({
  command: fc.string({ maxLength: 20 }),
  title: text,
  query: fc.dictionary(
    fc.string({ maxLength: 10 }),
    fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(undefined)),
  ),
  sections: fc.array(
    fc.record({
      heading: text,
      items: fc.array(fc.record({ snippet: text, citation: fc.nat(500), label: fc.option(text, { nil: undefined }) }), {
        maxLength: 12,
      }),
    }),
    { maxLength: 30 },
  ),
  conflicts: fc.array(
    fc.record({
      subject: text,
      claims: fc.array(fc.record({ value: text, claimant: fc.option(text), citation: fc.nat(500), snippet: text }), {
        maxLength: 5,
      }),
    }),
    { maxLength: 5 },
  ),
  notes: fc.array(text, { maxLength: 5 }),
  citations: fc.array(arbCitation, { maxLength: 80 }),
  empty: fc.boolean(),
  suggestions: fc.array(text, { maxLength: 5 }),
});

describe('renderSlackPage (property)', () => {
  it('keeps every page of any answer within Slack limits, the room asked for and free of mentions', () => {
    fc.assert(
      fc.property(arbAnswer, fc.integer({ min: 0, max: 3 }), (a, reserve) => {
        for (const message of allPages(a, reserve)) {
          expectWithinLimits(message);
          expectNoMentions(message);
          expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks - reserve);
          expect(blockText(message)).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderSlack (property)', () => {
  it('keeps any answer within Slack limits and free of mentions', () => {
    fc.assert(
      fc.property(arbAnswer, (a) => {
        const message = renderSlack(a);
        expectWithinLimits(message);
        expectNoMentions(message);
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderSlackChart', () => {
  it('shows the uploaded file in one image block, titled and described in plain text, the fallback escaped', () => {
    const title = 'Timeline · Talks <!channel> resume';
    const message = renderSlackChart({ fileId: 'F0CHART', alt: 'Timeline chart of 3 dated lines.', title });
    expect(message.text).toBe('Chart: Timeline · Talks &lt;!channel&gt; resume');
    expect(message.blocks).toEqual([
      {
        type: 'image',
        slack_file: { id: 'F0CHART' },
        alt_text: 'Timeline chart of 3 dated lines.',
        title: { type: 'plain_text', text: `Chart: ${title}`, emoji: false },
      },
    ]);
  });

  it("cuts alt text and title to Slack's limits without splitting a character", () => {
    const long = `${'a'.repeat(SLACK_LIMITS.imageAltText - 1)}😀 and more`;
    const [block] = renderSlackChart({ fileId: 'F1', alt: long, title: long }).blocks;
    expect(block.alt_text.length).toBeLessThanOrEqual(SLACK_LIMITS.imageAltText);
    expect(block.alt_text.endsWith('a…')).toBe(true);
    expect(block.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.imageTitle);
  });
});
