import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A libel trial a newspaper won. Invented article.
const context = knowledgeFixture('spokesperson-of-a-body', [
  {
    file: 'libel.md',
    title: 'Jury rejects libel claim against The Bay Times',
    date: '2022-02-15',
    paragraphs: [
      'A jury rejected the former governor’s libel claim against The Bay Times on Tuesday.',
      '“It is gratifying that the jury understood the legal protections for the news media,” a spokeswoman for The Bay Times, Dana Ross Hale, said in a statement.',
      'The former governor said she would consider an appeal.',
    ],
  },
]);

describe("a body's spokesperson asked for by the body's name", () => {
  it('is the one the article names as its spokeswoman, written before her name ("a spokeswoman for The Bay Times, …")', async () => {
    const a = ask(await context(), "What did the Bay Times's spokeswoman say after the jury ruled?");
    expect(snippets(a)[0]).toContain('It is gratifying that the jury understood');
  });

  it('with the plural\'s bare apostrophe ("the Bay Times\' spokeswoman") too', async () => {
    const a = ask(await context(), "What did the Bay Times' spokeswoman say?");
    expect(snippets(a)[0]).toContain('It is gratifying that the jury understood');
  });
});
