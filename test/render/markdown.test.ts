import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, renderMarkdown } from '../../src/render/markdown.ts';
import { sampleAnswer } from './answer-fixture.ts';

describe('renderMarkdown', () => {
  const out = renderMarkdown(sampleAnswer());

  it('escapes snippet characters Markdown would format, and cites with footnotes', () => {
    expect(out).toContain('There are \\*over\\* 100,000 troops \\[sic\\] on the border. [^1]');
  });

  it('writes footnote definitions with publisher, byline, date, paragraph and link', () => {
    expect(out).toContain('[^1]: Example Wire · A. Writer, B. Writer · 2023-05-04 · ¶3');
    expect(out).toContain('<https://example.org/a>');
    expect(out).toMatch(/^\[\^2\]: unattributed article · undated · ¶7 · pasted$/m);
  });

  it('tabulates conflicting claims', () => {
    expect(out).toContain('| 30,000 troops | Jane Roe | [^1] |');
    expect(out).toContain('| a few thousand | the reporter | [^2] |');
  });

  it('never links a URL that is not http(s)', () => {
    const c = sampleAnswer().citations;
    const bad = renderMarkdown(
      sampleAnswer({ citations: [{ ...(c[0] as (typeof c)[0]), url: 'javascript:alert(1)' }, c[1] as (typeof c)[0]] }),
    );
    expect(bad).not.toContain('javascript:');
  });
});

describe('escapeMarkdownText', () => {
  it('leaves plain text alone and escapes formatting', () => {
    expect(escapeMarkdownText('Kyiv, 200 miles')).toBe('Kyiv, 200 miles');
    expect(escapeMarkdownText('a_b`c')).toBe('a\\_b\\`c');
  });
});
