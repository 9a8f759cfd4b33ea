import { describe, expect, it } from 'vitest';
import { renderJson, toJsonAnswer } from '../../src/render/json.ts';
import { sampleAnswer } from './answer-fixture.ts';

describe('renderJson', () => {
  it('flattens snippets into results with text, article and paragraph, sections first', () => {
    const doc = JSON.parse(renderJson(sampleAnswer()));
    expect(doc.results[0]).toMatchObject({
      text: 'There are *over* 100,000 troops [sic] on the border.',
      article: 'wire-1',
      paragraph: 3,
      citation: 1,
      publisher: 'Example Wire',
    });
    expect(doc.results.map((r: { article: string }) => r.article)).toEqual(['wire-1', 'wire-1', 'pasted']);
    expect(doc.command).toBe('estimates');
    expect(doc.citations).toHaveLength(2);
  });

  it('keeps unattributed sources null, never invented', () => {
    const last = toJsonAnswer(sampleAnswer()).results.at(-1);
    expect(last).toMatchObject({ article: 'pasted', publisher: null, date: null, byline: [] });
  });

  it('drops a snippet whose citation number does not exist rather than mis-cite it', () => {
    const answer = sampleAnswer({
      sections: [{ heading: 'x', items: [{ snippet: 'orphan', citation: 9 }] }],
      conflicts: [],
    });
    expect(toJsonAnswer(answer).results).toEqual([]);
  });
});
