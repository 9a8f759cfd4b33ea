import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A bank's results day and a governor's row with a film studio. Invented articles.
const context = knowledgeFixture('office-holders', [
  {
    file: 'bank.md',
    title: 'Marlow Sachs chief executive Dana Rook defends new targets',
    date: '2022-02-17',
    paragraphs: [
      'Marlow Sachs chief executive Dana Rook on Thursday set out new financial targets for the bank.',
      '"There was a lot of skepticism around the targets we laid out two years ago," Rook said.',
      '"We feel great about the strategy," Rook said.',
    ],
  },
  {
    file: 'lender.md',
    title: 'Pellard Bank lifts its profit goal',
    date: '2022-02-18',
    paragraphs: [
      'Pellard Bank raised its profit target on Friday as lending grew.',
      'Chief financial officer Ivo Brandt said the new targets were "ambitious but within reach."',
      'Pellard chief executive Mara Quint said the bank would keep hiring.',
    ],
  },
  {
    file: 'governor.md',
    title: 'Governor Halvers steps up feud with Starlight Studios',
    date: '2022-03-26',
    paragraphs: [
      'Governor Ted Halvers accused Starlight Studios of hypocrisy on Friday.',
      '"They lecture us and bow to censors abroad," Halvers said.',
      'Halvers’ spokeswoman Nina Crale said in an email that the studio’s film Lantern had been shot beside internment camps.',
      '"Starlight thanked the officials who run those camps in the credits of Lantern," Crale said.',
    ],
  },
]);

describe('what the holder of an office asked of a body or a person said', () => {
  it('is refused when no article gives anyone that office, not answered by the chief executive', async () => {
    const a = ask(await context(), "What did Marlow Sachs's CFO say about the new financial targets?");
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain("No article quotes Marlow Sachs's CFO");
  });

  it('is the words of whoever the articles give the office, written out in words', async () => {
    const a = ask(await context(), "what did pellard's cfo say about the targets");
    expect(snippets(a)[0]).toContain('ambitious but within reach');
  });

  it("is a spokeswoman's words for a press secretary asked, not the person's own", async () => {
    const a = ask(await context(), "What did Halvers's press secretary say about Lantern?");
    expect(snippets(a)[0]).toMatch(/Crale/);
    expect(snippets(a).join(' ')).not.toContain('bow to censors');
  });

  it('is the chief executive’s words for the boss asked', async () => {
    const a = ask(await context(), 'what did the pellard boss say about hiring');
    expect(snippets(a)[0]).toContain('Mara Quint');
  });
});
