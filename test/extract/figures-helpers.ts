import { extractFigures } from '../../src/extract/figures/figures.ts';
import { sentencesOf } from '../../src/extract/language/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';
import type { Article } from '../../src/knowledge/types.ts';

/** A minimal article whose paragraphs are the given texts, numbered from 1. */
export function articleOf(...paragraphs: string[]): Article {
  return {
    id: 'fixture',
    file: 'fixture.md',
    format: 'markdown',
    meta: { title: null, publisher: null, byline: [], date: '2023-03-01', url: null, language: null, tags: [] },
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
    contentHash: 'x',
  };
}

/** The figures of an article made of the given paragraphs. */
export function figuresIn(...paragraphs: string[]): Figure[] {
  const article = articleOf(...paragraphs);
  return extractFigures(article, sentencesOf(article.id, article.paragraphs), []);
}

/** The single figure of a one-paragraph text; throws when there is not exactly one. */
export function onlyFigure(text: string): Figure {
  const found = figuresIn(text);
  if (found.length !== 1)
    throw new Error(`expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0] as Figure;
}
