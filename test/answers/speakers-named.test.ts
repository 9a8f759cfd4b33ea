import { describe, expect, it } from 'vitest';
import { monthsNamed } from '../../src/answers/asked-time.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('speakers-named', [
  {
    file: 'hearing.md',
    title: 'Oil bosses questioned',
    date: '2022-04-06',
    paragraphs: [
      'Executives of six oil companies were questioned by lawmakers on Wednesday.',
      'Corran J. Vale, chief executive of Tarrow Energy, a big Texas producer, said his company could do only so much.',
      '“I understand the desire for a quick fix,” he said, “but no producer can increase production overnight.”',
    ],
  },
  {
    file: 'earlier-pipeline.md',
    title: 'Pipeline plea',
    date: '2022-04-07',
    paragraphs: ['Corran Vale said a new pipeline would be a major help to the country, in an interview.'],
  },
  {
    file: 'central-bank.md',
    title: 'Central bank signals a rise',
    date: '2022-01-26',
    paragraphs: [
      'Governor Ilse Brandt said the bank was "humble and nimble" about the pace of increases.',
      'Brandt said the bank would probably raise rates in March, the first increase since 2018.',
      'Brandt said rising wages were a risk the bank would watch closely.',
    ],
  },
  {
    file: 'union.md',
    title: 'Union rejects offer',
    date: '2022-03-23',
    paragraphs: [
      'The RWU union said the pay in lieu of notice was not compensation.',
      '"Staff who sign will get a fraction of what they are owed," general secretary Oda Brook said of the severance deal.',
      'The RWU has organised protests at the ports all week.',
    ],
  },
]);

describe('whose words a question asks for', () => {
  it('reads "brook from the RWU" as Brook speaking, and "the head of the RWU" as the office', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did brook from the RWU say about the severance deal');
    expect(snippets(answer)[0]).toMatch(/general secretary Oda Brook said/);
    expect(readQuestion('what did the head of the RWU say', () => false).names.map((n) => n.text)).not.toContain(
      'head',
    );
  });

  it('reads their quotations under every name the articles give them ("Corran Vale", "chief executive of …")', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did the tarrow energy ceo say about how fast producers can ramp up output?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/increase production overnight/);
  });

  it('puts their words that name the month asked about first', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did brandt say about rate increases in march');
    expect(snippets(answer)[0]).toMatch(/raise rates in March/);
    expect(monthsNamed('what did brandt say about hiking in march')).toEqual(['march']);
    expect(monthsNamed('what may she say')).toEqual([]);
  });

  it('reads what is counted before a participle, and the words news uses for owing, output and employing', () => {
    expect(readQuestion('How many laser incidents involving aircraft did the agency log?', () => false).counted).toBe(
      processTerm('incidents'),
    );
    expect(relatedTerms(processTerm('owe') as string)).toContain(processTerm('pay'));
    expect(relatedTerms(processTerm('output') as string)).toContain(processTerm('production'));
    expect(relatedTerms(processTerm('fast') as string)).toContain(processTerm('quickly'));
    expect(relatedTerms(processTerm('employ') as string)).toContain(processTerm('employees'));
  });
});
