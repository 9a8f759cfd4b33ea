import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A carmaker's robot project. Invented article.
const context = knowledgeFixture('name-for', [
  {
    file: 'robots.md',
    title: 'Voltra says robots will outgrow its car business',
    date: '2022-01-27',
    paragraphs: [
      'Voltra chief Ada Marsh said the company’s humanoid robot prototype, internally dubbed Atlasio, could one day matter more than its cars.',
      'One engineer wrote online: "Anyone who thinks Voltra is actually building a humanoid robot is living in an alternate reality."',
    ],
  },
]);

describe('"the … name for" something', () => {
  it('asks for a name, whatever word describes it', () => {
    expect(questionType("What's the internal name for the humanoid robot?")).toBe('name');
    expect(questionType('what is the working name for the project')).toBe('name');
  });

  it('is answered by the sentence that names it', async () => {
    const a = ask(await context(), "What's the internal name for the humanoid robot Voltra is building?");
    expect(snippets(a)[0]).toContain('internally dubbed Atlasio');
  });
});
