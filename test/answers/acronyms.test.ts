import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('acronyms', [
  {
    file: 'bank.md',
    title: 'Regulators penalise a lender',
    date: '2022-07-14',
    paragraphs: [
      'Bank of America was ordered to pay $150 million in penalties for blocking refunds to customers.',
      'The lender said it had fixed the problem.',
    ],
  },
  {
    file: 'airline.md',
    title: 'Airline cancels flights',
    date: '2022-07-14',
    paragraphs: ['British Airways cancelled 10,300 flights over the summer.', 'The airline apologised to customers.'],
  },
  {
    file: 'drill.md',
    title: 'Navy drill begins',
    date: '2022-07-14',
    paragraphs: [
      'The naval drill began on Monday off the northern coast.',
      'The aim is to protect shipping lanes, the Ministry of Defence said in a statement.',
      'The Northern Ministry of Defence issued a further statement on Tuesday.',
      '"The drill will guard the ports of the union against any attack," the statement said.',
      '"The weather has been kind to us," a sailor said.',
      'The army has deployed at least 14 battalion tactical groups near the border.',
    ],
  },
  {
    file: 'energy-exit.md',
    title: 'Orlen Oil quits its ventures',
    date: '2022-03-01',
    paragraphs: [
      'Orlen Oil will sell its 27.5% stake in the Kestrel-II liquefied natural gas plant and leave the region.',
    ],
  },
  {
    file: 'energy-other.md',
    title: 'Gas exports',
    date: '2022-03-02',
    paragraphs: ['The Tundra LNG plant shipped its first cargo this week.'],
  },
]);

describe('acronyms the articles never write', () => {
  it('reads "BofA" as an acronym whose small word must be in the name', async () => {
    expect(readQuestion('How much was BofA fined?', () => false).names[0]).toMatchObject({ acronym: true });
    const ctx = await context();
    const a = searchAnswer(ctx, { question: 'How much was BofA fined?', limit: 3 });
    expectVerbatim(ctx, a);
    // Bank of America (B-of-A), not British Airways (also B…A), and its penalty though the question says "fined".
    expect(snippets(a)[0]).toMatch(/^Bank of America was ordered to pay \$150 million in penalties/);
    expect(snippets(a).join(' ')).not.toMatch(/British Airways/);
  });

  it('reads "MoD" as the initials of a name with a small word inside ("Ministry of Defence")', async () => {
    const names = readQuestion('What did the MoD say?', () => false).names;
    expect(names.find((n) => n.text === 'MoD')).toMatchObject({ acronym: true });
    const ctx = await context();
    const a = searchAnswer(ctx, { question: 'what is the aim of the drill acc to the MoD', limit: 3 });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toMatch(/the Ministry of Defence said/);
  });

  it('reads an acronym typed in lower case ("btgs") by the words it stands for', async () => {
    const ctx = await context();
    const a = searchAnswer(ctx, { question: 'how many btgs are near the border rn', limit: 3 });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toMatch(/at least 14 battalion tactical groups/);
  });

  it('reads an acronym one article writes by its words where another spells it out beside the other names', async () => {
    const ctx = await context();
    // "LNG" is written in another article ("Tundra LNG"); the one on Orlen writes "liquefied natural gas".
    const a = searchAnswer(ctx, { question: 'What stake does Orlen Oil hold in the Kestrel-II LNG plant?', limit: 3 });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toMatch(/27\.5% stake in the Kestrel-II liquefied natural gas plant/);
  });

  it('answers what the body an acronym stands for said, from the quotations attributed to it', async () => {
    const ctx = await context();
    const a = searchAnswer(ctx, { question: 'what does the MoD statement say about the union', limit: 3 });
    expect(snippets(a)[0]).toMatch(/The drill will guard the ports of the union/);
  });
});

describe('an acronym in capitals inside a question typed in lower case', () => {
  const known = (w: string) => ['janes', 'russia', 'belarus', 'esa', 'musk'].includes(w);

  it('reads the other names as a lower-case question does, so a name is no verb', () => {
    const q = readQuestion('according to janes how many BTGs does russia have in belarus', known);
    expect(q.predicate).not.toBe('russia');
    expect(q.names.map((n) => n.text)).toEqual(expect.arrayContaining(['BTGs', 'russia', 'belarus']));
    expect(q.names.find((n) => n.text === 'BTGs')).toMatchObject({ capitalised: true, acronym: true });
  });

  it('keeps the acronym a name of its own before a lower-case word ("the ESA cheif")', () => {
    const q = readQuestion('what did the ESA cheif say about musk and starlink?', known);
    expect(q.names.map((n) => n.text)).not.toContain('ESA cheif');
    expect(q.names.map((n) => n.text)).toContain('ESA');
  });
});
