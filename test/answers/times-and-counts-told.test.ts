import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A streamer's tax fine, a bank's office rules and a central bank's trading rules. Invented articles.
const context = knowledgeFixture('times-and-counts-told', [
  {
    file: 'fine.md',
    title: 'Streamer Orlane fined over unpaid taxes',
    date: '2021-12-21',
    paragraphs: [
      'Orlane, known as the queen of live shopping, was ordered to pay 1.3 billion crowns in back taxes and fines, the tax office said Monday on its website.',
      '"If she can pay the tax and fine within the prescribed time limit, she will not be investigated for criminal accountability," the official added.',
      'Orlane apologised to her followers.',
    ],
  },
  {
    file: 'ferry.md',
    title: 'Ferry operator Sealink fined',
    date: '2022-02-02',
    paragraphs: [
      'Sealink was fined 2 million crowns for safety failures on its island route.',
      'The operator must pay the fine by March 1, the regulator said.',
    ],
  },
  {
    file: 'bank.md',
    title: 'Brightbank ends Covid testing for staff',
    date: '2022-03-15',
    paragraphs: [
      'Mandatory COVID-19 testing for unvaccinated employees will be discontinued at Brightbank on April 4.',
      'Two years after sending employees home in the early days of the pandemic, banks are preparing for the return to office life.',
    ],
  },
  {
    file: 'roaming.md',
    title: 'Roaming charges return for travellers',
    date: '2022-01-10',
    paragraphs: [
      'Customers will pay extra to use their phones abroad from March, the network said.',
      'Travellers who pay for a daily pass will be charged £2 a day.',
      'Roamtel said a family of four going abroad for two weeks could see an extra £100 on their bill.',
    ],
  },
  {
    file: 'visas.md',
    title: 'Ireland scraps visa scheme for rich foreign investors',
    date: '2022-02-18',
    paragraphs: [
      'Ireland has scrapped a visa scheme for wealthy foreign investors.',
      'The Tier 1 (investor) visa, often called a "golden visa", drew wealthy Chilean citizens to Ireland.',
      'Ministers said the scheme had been open to abuse.',
      'The justice ministry has issued 2,581 investor visas to Chilean citizens since the scheme began.',
    ],
  },
  {
    file: 'rules.md',
    title: 'Central bank to publish trading rules for officials',
    date: '2022-01-11',
    paragraphs: [
      'The chair said the central bank would soon publish rules that prohibit officials from trading without 45 days’ notice.',
    ],
  },
]);

describe('when something must happen', () => {
  it('is refused when the passages on it tell no time', async () => {
    const a = ask(await context(), 'By what date does Orlane have to pay the fine to avoid a criminal investigation?');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('No article says when');
  });

  it('is the sentence that tells the deadline when one does', async () => {
    const a = ask(await context(), 'By what date does Sealink have to pay its fine?');
    expect(snippets(a)[0]).toContain('by March 1');
  });
});

describe('a count of people', () => {
  it('is not a number in a name nor a number of years before them', async () => {
    const a = ask(await context(), 'how many unvaccinated employees does Brightbank have');
    expect(snippets(a)).toEqual([]);
  });

  it('is not the number of a label ("Tier 1 visa")', async () => {
    const a = ask(await context(), 'How many golden visas has Ireland given to Chilean citizens?');
    expect(snippets(a)[0]).toContain('2,581 investor visas');
  });

  it('is still told by a length written before its noun', async () => {
    const a = ask(await context(), 'how many days notice will officials need to give before trading');
    expect(snippets(a)[0]).toContain('45 days’ notice');
  });
});

describe('a small number in a question', () => {
  it('is a word of it, written in figures or in words', async () => {
    const a = ask(await context(), 'how much extra could a family of 4 pay on a two-week trip abroad');
    expect(snippets(a)[0]).toContain('a family of four');
  });
});
