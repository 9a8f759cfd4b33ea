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

  it("tells a photo's caption, which ends in its credit and shows the picture, from a sentence run into one", () => {
    expect(
      isPageFurniture(
        'Shipping containers sit on the deck of cargo ship Blue Crane, operated by Ocean Lines Ltd., docked in Rotterdam, Netherlands. (Pia Bloem/Bloomwire)',
      ),
    ).toBe(true);
    expect(
      isPageFurniture(
        'In this Jan. 29, 2020, file photo, the bank chair pauses during a news conference. (AP Photo/Ann Lee, File)',
      ),
    ).toBe(true);
    expect(isPageFurniture('Photographer: Ann Lee/Bloomwire')).toBe(true);
    // The story's sentences before a caption, a sentence in the past with a credit, anyone's words: text.
    expect(
      isPageFurniture(
        'Retail sales rose 8.9% in the quarter, the company noted., A store is shown in Philadelphia on Nov. 17. (AP Photo/Ann Lee / AP Newsroom)',
      ),
    ).toBe(false);
    expect(
      isPageFurniture('Carco reported sales were down 17.1% in the quarter. (AP Photo/Ann Lee / AP Newsroom)'),
    ).toBe(false);
    expect(isPageFurniture('"The market has cooled," the chief said, standing at the podium. (Reuters/Ann Lee)')).toBe(
      false,
    );
    // A credit that says "File Photo" under a sentence of the story does not make it a caption.
    expect(
      isPageFurniture(
        'The rollout comes a day after its rival said it would double output. (Reuters/Ann Lee/File Photo)',
      ),
    ).toBe(false);
  });

  it("tells a video's caption at the top of the text from the same words further down", () => {
    const caption = 'Harbor Capital founder Jo Marsh weighs in on the March jobs report.';
    expect(isPageFurniture(caption, 1)).toBe(true);
    expect(isPageFurniture('Former treasury secretary Sam Ode joins the show to discuss the economy.', 2)).toBe(true);
    expect(isPageFurniture(caption, 9)).toBe(false);
    expect(isPageFurniture(caption)).toBe(false);
    // A sentence of the story whose ministers meet "to discuss" something is text.
    expect(
      isPageFurniture('Global shares fell Monday as energy ministers were set to meet to discuss supply.', 1),
    ).toBe(false);
  });

  it("never answers with furniture, though it shares the question's words", async () => {
    const answer = searchAnswer(await context(), { question: 'why did oil drop on monday march 14', limit: 3 });
    expect(snippets(answer)[0]).toMatch(/^Oil prices fell more than 5% on Monday amid hopes/);
    expect(snippets(answer).join(' ')).not.toMatch(/headlines|news tip/);
  });
});
