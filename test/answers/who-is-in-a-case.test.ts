import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A bank's settlement with a financier's victims. Invented article about a real bank, whose ticker chat types.
const context = knowledgeFixture('who-is-in-a-case', [
  {
    file: 'settlement.md',
    title: 'JPMorgan reaches $290 million settlement with Varley victims',
    date: '2023-06-12',
    paragraphs: [
      'JPMorgan agreed to pay $290 million to settle a lawsuit brought by victims of Martin Varley.',
      'Ruth Calder, one of the lead lawyers for the victims, said the bank was prepared to pay to resolve the lawsuit.',
      'The Varley case remains the biggest outstanding case against a bank after years of lawsuits against Mr. Varley’s estate.',
      'The lawsuit claimed that JPMorgan ignored repeated warnings about Mr. Varley in the case.',
      'Ms. Calder said of the settlement, “It has taken too long, but today is a great day for the survivors.”',
    ],
  },
]);

describe('"who is X in the Y case"', () => {
  it("is told where X is named, by the reporter's words on them, not by the case's other passages", async () => {
    const a = ask(await context(), 'Who is Ruth Calder in the JPMorgan Varley case?');
    expect(snippets(a)[0]).toContain('one of the lead lawyers for the victims');
  });

  it('with the bank typed as its ticker, whose capitals its name already has ("JPM")', async () => {
    const a = ask(await context(), 'Who is Ruth Calder in the JPM Varley case?');
    expect(snippets(a)[0]).toContain('one of the lead lawyers for the victims');
  });
});
