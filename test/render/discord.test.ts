import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/types.ts';
import {
  citationLine,
  citedLine,
  type DiscordMessage,
  escapeMarkdown,
  messageEmbedsLength,
  renderDiscord,
  renderNotice,
  truncateAtWord,
} from '../../src/render/discord.ts';
import * as L from '../../src/render/limits.ts';
import { anyAnswer, citation, smallAnswer } from './discord-fixtures.ts';

/** Every limit a rendered message breaks (empty when valid), checked against the named constants. */
function violations(message: DiscordMessage): string[] {
  const out: string[] = [];
  const over = (what: string, n: number, max: number) => n > max && out.push(`${what} ${n} > ${max}`);
  over('content', message.content?.length ?? 0, L.MESSAGE_CONTENT_MAX);
  over('embeds', message.embeds.length, L.MESSAGE_EMBEDS_MAX);
  over('embeds total', messageEmbedsLength(message.embeds), L.MESSAGE_EMBEDS_TOTAL_MAX);
  for (const e of message.embeds) {
    over('title', e.title?.length ?? 0, L.EMBED_TITLE_MAX);
    over('description', e.description?.length ?? 0, L.EMBED_DESCRIPTION_MAX);
    over('fields', e.fields?.length ?? 0, L.EMBED_FIELDS_MAX);
    over('footer', e.footer?.text.length ?? 0, L.EMBED_FOOTER_MAX);
    for (const f of e.fields ?? []) {
      over('field name', f.name.length, L.EMBED_FIELD_NAME_MAX);
      over('field value', f.value.length, L.EMBED_FIELD_VALUE_MAX);
      if (f.name.trim() === '' || f.value.trim() === '') out.push('blank field');
    }
    if (e.description !== undefined && e.description.trim() === '') out.push('blank description');
  }
  over('rows', message.components.length, L.MESSAGE_ROWS_MAX);
  for (const row of message.components) {
    over('buttons', row.components.length, L.ROW_BUTTONS_MAX);
    for (const b of row.components) {
      if ('custom_id' in b) over('custom_id', b.custom_id.length, L.CUSTOM_ID_MAX);
      if ('label' in b) over('label', b.label?.length ?? 0, L.BUTTON_LABEL_MAX);
    }
  }
  if (message.allowedMentions.parse.length !== 0) out.push('mentions parsed');
  if (message.embeds.length === 0 && !message.content) out.push('empty message');
  return out;
}

/** Snippet lines (`… [n]`) of the non-source embeds, with their citation numbers. */
function citedNumbers(message: DiscordMessage): number[] {
  return message.embeds
    .filter((e) => e.title !== 'Sources')
    .flatMap((e) => (e.fields ?? []).flatMap((f) => f.value.split('\n')))
    .flatMap((line) => {
      const m = / \[(\d+)\]$/.exec(line);
      return m ? [Number(m[1])] : [];
    });
}

/** Source numbers listed in the page's Sources embed. */
function listedNumbers(message: DiscordMessage): number[] {
  const sources = message.embeds.find((e) => e.title === 'Sources')?.description ?? '';
  return [...sources.matchAll(/^\*\*\[(\d+)\]\*\*/gm)].map((m) => Number(m[1]));
}

function allPages(answer: Answer) {
  const first = renderDiscord(answer, { pageId: (p) => `m|test|${p}` });
  return Array.from({ length: first.pages }, (_, page) =>
    renderDiscord(answer, { page, pageId: (p) => `m|test|${p}` }),
  );
}

describe('limits', () => {
  it("match Discord's documented values", () => {
    expect([
      L.MESSAGE_CONTENT_MAX,
      L.EMBED_TITLE_MAX,
      L.EMBED_DESCRIPTION_MAX,
      L.EMBED_FIELDS_MAX,
      L.EMBED_FIELD_NAME_MAX,
      L.EMBED_FIELD_VALUE_MAX,
      L.EMBED_FOOTER_MAX,
      L.MESSAGE_EMBEDS_TOTAL_MAX,
      L.MESSAGE_EMBEDS_MAX,
      L.CUSTOM_ID_MAX,
      L.AUTOCOMPLETE_CHOICES_MAX,
      L.CHOICE_NAME_MAX,
    ]).toEqual([2000, 256, 4096, 25, 256, 1024, 2048, 6000, 10, 100, 25, 100]);
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('short text', 20)).toBe('short text');
  });
  it('cuts at the last word boundary and marks the cut', () => {
    expect(truncateAtWord('the quick brown fox jumps', 16)).toBe('the quick brown…');
  });
  it('cuts mid-word when the only space is too early', () => {
    expect(truncateAtWord('a supercalifragilistic', 10)).toBe('a superca…');
  });
  it('never splits a surrogate pair', () => {
    const out = truncateAtWord('😀😀😀😀😀😀', 4);
    expect(out).toBe('😀…');
    expect(out.length).toBeLessThanOrEqual(4);
  });
  it('returns empty text for a budget below one', () => {
    expect(truncateAtWord('anything', 0)).toBe('');
  });
  it('stays within any budget (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const out = truncateAtWord(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (s.length <= max) expect(out).toBe(s);
        else expect(s.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline Markdown and line-start syntax, not ordinary punctuation', () => {
    expect(escapeMarkdown('*bold* _it_ ~s~ `c` |x|')).toBe('\\*bold\\* \\_it\\_ \\~s\\~ \\`c\\` \\|x\\|');
    expect(escapeMarkdown('# head\n> quote\n- item')).toBe('\\# head\n\\> quote\n\\- item');
    expect(escapeMarkdown('8,000-14,000 troops, (about) #1')).toBe('8,000-14,000 troops, (about) #1');
  });
});

describe('citedLine', () => {
  it('keeps the citation number when the snippet is cut', () => {
    const line = citedLine('word '.repeat(400), 7, 100, 'label');
    expect(line.length).toBeLessThanOrEqual(100);
    expect(line).toMatch(/^\*\*label\*\*: (word )+word… \[7\]$/);
  });
  it('puts a multi-line snippet on one line', () => {
    expect(citedLine('one\ntwo\n\nthree', 1, 100)).toBe('one two three [1]');
  });
});

describe('citationLine', () => {
  it('lists number, publisher, byline, date, paragraph and a linked title', () => {
    expect(citationLine(citation(3))).toBe(
      '**[3]** Daily Planet · Lois Lane, Clark Kent · 2022-02-10 · ¶4 · [Title 3](https://example.com/news/3)',
    );
  });
  it('falls back to the article id, unlinked, without a URL or title', () => {
    const line = citationLine(citation(2, { url: null, title: null, publisher: null, byline: [], date: null }));
    expect(line).toBe('**[2]** ¶3 · *article-2*');
  });
  it('never links a non-web URL and keeps parentheses from closing the link', () => {
    expect(citationLine(citation(1, { url: 'javascript:alert(1)' }))).not.toContain('javascript');
    expect(citationLine(citation(1, { url: 'https://x.org/a_(b)' }))).toContain('(https://x.org/a_%28b%29)');
  });
  it('drops the byline before the title when a line is too long', () => {
    const line = citationLine(citation(1, { byline: Array.from({ length: 60 }, (_, i) => `Reporter Number ${i}`) }));
    expect(line).toContain('[Title 1](https://example.com/news/1)');
    expect(line).not.toContain('Reporter Number');
  });
});

describe('renderDiscord', () => {
  it('shows sections as fields, claims side by side and numbered sources', () => {
    const { message, pages } = renderDiscord(smallAnswer());
    expect(pages).toBe(1);
    const [main, sources] = message.embeds;
    expect(main?.title).toBe('Estimates: troops');
    expect(main?.fields?.[0]).toEqual({
      name: 'troops on the border',
      value: '**over 100,000 troops**: There are over 100,000 troops on the border. [1]',
      inline: false,
    });
    const claims = main?.fields?.filter((f) => f.inline) ?? [];
    expect(claims.map((f) => f.name)).toEqual(['NATO', 'The reporting']);
    expect(claims[0]?.value).toBe('**30,000 troops**\nNATO expects 30,000 troops. [1]');
    expect(sources?.title).toBe('Sources');
    expect(listedNumbers(message)).toEqual([1, 2]);
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.components).toEqual([]);
  });

  it('shows notes, what was searched and suggestions for an empty answer, without sources', () => {
    const answer = smallAnswer({
      empty: true,
      sections: [],
      conflicts: [],
      notes: ["Nothing matched 'zzz'."],
      suggestions: ['troops', '/estimates'],
      query: { subject: 'zzz' },
    });
    const { message } = renderDiscord(answer);
    expect(message.embeds).toHaveLength(1);
    expect(message.embeds[0]?.description).toBe(
      "Nothing matched 'zzz'.\nSearched: subject: zzz\nTry: troops, /estimates",
    );
  });

  it('escapes Markdown in snippets so they display verbatim', () => {
    const answer = smallAnswer({
      sections: [{ heading: 'h', items: [{ snippet: 'a *starred* word', citation: 1 }] }],
      conflicts: [],
    });
    expect(renderDiscord(answer).message.embeds[0]?.fields?.[0]?.value).toBe('a \\*starred\\* word [1]');
  });

  it('pages a long answer with Previous/More buttons whose ids come from pageId', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      snippet: `Sentence ${i} ${'word '.repeat(150)}`,
      citation: 1,
    }));
    const answer = smallAnswer({ sections: [{ heading: 'many', items }], conflicts: [] });
    const first = renderDiscord(answer, { pageId: (p) => `m|quotes|${p}` });
    expect(first.pages).toBeGreaterThan(2);
    expect(first.message.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'm|quotes|1',
    ]);
    const middle = renderDiscord(answer, { page: 1, pageId: (p) => `m|quotes|${p}` });
    expect(middle.message.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'm|quotes|0',
      'm|quotes|2',
    ]);
    expect(middle.message.embeds[0]?.footer?.text).toContain(`Page 2/${first.pages}`);
    const last = renderDiscord(answer, { page: 999, pageId: (p) => `m|quotes|${p}` });
    expect(last.page).toBe(first.pages - 1);
    expect(citedNumbers(last.message).length).toBeGreaterThan(0);
  });

  it('keeps a disagreement on one page: its header and claims move together', () => {
    const filler = Array.from({ length: 9 }, (_, i) => ({
      snippet: `Filler ${i} ${'word '.repeat(100)}`,
      citation: 1,
    }));
    const claims = Array.from({ length: 3 }, (_, i) => ({
      value: `${i + 1},000 troops`,
      claimant: `Claimant ${i}`,
      citation: 2,
      snippet: `Claimant ${i} counted ${'many '.repeat(80)}troops.`,
    }));
    const answer = smallAnswer({
      sections: [{ heading: 'filler', items: filler }],
      conflicts: [{ subject: 'troops', claims }],
    });
    const rendered = allPages(answer);
    expect(rendered.length).toBe(2);
    const names = (page: number) => rendered[page]?.message.embeds[0]?.fields?.map((f) => f.name) ?? [];
    expect(names(0).some((n) => n.startsWith('Sources disagree'))).toBe(false);
    expect(names(1)).toEqual(['Sources disagree: troops', 'Claimant 0', 'Claimant 1', 'Claimant 2']);
  });

  it('shows no button, and says so, when no id fits', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      snippet: `Sentence ${i} ${'word '.repeat(150)}`,
      citation: 1,
    }));
    const answer = smallAnswer({ sections: [{ heading: 'many', items }], conflicts: [] });
    const { message } = renderDiscord(answer, { pageId: () => null });
    expect(message.components).toEqual([]);
    expect(message.embeds[0]?.footer?.text).toContain('Narrow the query');
  });

  it('renders any answer within every limit, on every page, never parsing mentions (property)', () => {
    fc.assert(
      fc.property(anyAnswer, (answer) => {
        const rendered = allPages(answer);
        let lines = 0;
        for (const { message } of rendered) {
          expect(violations(message)).toEqual([]);
          const cited = citedNumbers(message);
          lines += cited.length;
          // Every number cited on a page is listed on that page (unless the list itself had to be shortened).
          const listed = new Set(listedNumbers(message));
          const sources = message.embeds.find((e) => e.title === 'Sources')?.description ?? '';
          if (!sources.includes('more (see /sources)')) {
            for (const n of cited) expect(listed.has(n)).toBe(true);
          }
        }
        if (!answer.empty) {
          // Nothing is lost between pages: one snippet line per item and per claim.
          const expected =
            answer.sections.reduce((s, x) => s + x.items.length, 0) +
            answer.conflicts.reduce((s, c) => s + c.claims.length, 0);
          expect(lines).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderNotice', () => {
  it('cuts text to the content limit and never parses mentions', () => {
    const notice = renderNotice('@everyone '.repeat(500));
    expect(notice.content?.length).toBeLessThanOrEqual(L.MESSAGE_CONTENT_MAX);
    expect(notice.allowedMentions).toEqual({ parse: [] });
  });
});
