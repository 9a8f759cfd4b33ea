import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.ts';
import { sampleAnswer } from './answer-fixture.ts';

describe('renderText', () => {
  const out = renderText(sampleAnswer());

  it('prints snippets exactly, each with its footnote number', () => {
    expect(out).toContain('There are *over* 100,000 troops [sic] on the border. [1]');
    expect(out).toContain('over 100,000 troops: ');
  });

  it('footnotes give publisher, byline, date and paragraph', () => {
    expect(out).toMatch(/^\[1\] Example Wire · A\. Writer, B\. Writer · 2023-05-04 · ¶3/m);
  });

  it('shows an article without publisher or date honestly', () => {
    expect(out).toMatch(/^\[2\] unattributed article · undated · ¶7 · pasted$/m);
  });

  it('sets conflicting claims side by side with who makes them', () => {
    expect(out).toContain('troops in the region: the sources differ');
    expect(out).toContain('30,000 troops, per Jane Roe [1]');
    expect(out).toContain('a few thousand, per the reporter [2]');
  });

  it('shows notes and suggestions, and no sources block when nothing is cited', () => {
    expect(out).toContain('One note.');
    expect(out).toContain('Try: /estimates troops');
    const empty = renderText(sampleAnswer({ sections: [], conflicts: [], citations: [], empty: true }));
    expect(empty).not.toContain('Sources');
    expect(empty).toContain('One note.');
  });
});
