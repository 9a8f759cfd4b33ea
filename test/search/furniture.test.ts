import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search.ts';
import { isPageFurniture } from '../../src/search/furniture.ts';
import { knowledgeFixture, snippets } from '../answers/seed.ts';

const context = knowledgeFixture('furniture', [
  {
    file: 'oil.md',
    title: 'Oil falls on hopes of talks',
    date: '2022-03-15',
    paragraphs: [
      'Here are your Daily Wire top headlines for March 14.',
      'Oil prices fell more than 5% on Monday amid hopes for progress in the peace talks.',
      'Got a confidential news tip? We want to hear from you.',
    ],
  },
]);

describe('page furniture', () => {
  it('tells lines that address the reader about the site from the story', () => {
    expect(isPageFurniture('Here are your FOX Business Flash top headlines for March 14.')).toBe(true);
    expect(isPageFurniture('Got a confidential news tip? We want to hear from you.')).toBe(true);
    expect(isPageFurniture('© 2022 CNBC LLC. All Rights Reserved.')).toBe(true);
    expect(isPageFurniture('In this article')).toBe(true);
    // A sentence of the story that mentions headlines, or an article that starts "In this article we …", is text.
    expect(isPageFurniture('The drills made headlines across Europe.')).toBe(false);
    expect(isPageFurniture('In this article, we explain the rules.')).toBe(false);
  });

  it('tells a link left as a line, a name and its address, from a sentence that cites an address', () => {
    expect(isPageFurniture('Eugene Lee Jr. (https://www.example.com/our-company/leadership/gene-lee)')).toBe(true);
    expect(isPageFurniture('West Virginia State Treasurer Riley Moore ( https://example.gov/treasurer )')).toBe(true);
    expect(
      isPageFurniture('The company said in a filing (https://example.com/filing) that it would close 30 stores.'),
    ).toBe(false);
  });

  it("never answers with furniture, though it shares the question's words", async () => {
    const answer = searchAnswer(await context(), { question: 'why did oil drop on monday march 14', limit: 3 });
    expect(snippets(answer)[0]).toMatch(/^Oil prices fell more than 5% on Monday amid hopes/);
    expect(snippets(answer).join(' ')).not.toMatch(/headlines|news tip/);
  });
});
