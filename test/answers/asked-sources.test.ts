import { describe, expect, it } from 'vitest';
import { awaitsOutcome } from '../../src/answers/asked-facts.ts';
import { askedSources } from '../../src/answers/asked-sources.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Publishers asked as sources, a remark after the question, and words a reader uses for what news says otherwise.
const context = knowledgeFixture('sources', [
  {
    file: 'ledger.md',
    title: 'Ava Stone and her platform',
    date: '2022-04-26',
    publisher: 'Daily Ledger',
    paragraphs: ['Ava Stone loves the platform, where she has 80.1 million followers.'],
  },
  {
    file: 'post.md',
    title: 'Why Ava Stone posts',
    date: '2022-04-26',
    publisher: 'The Evening Post',
    paragraphs: ['Stone, who has 81.5 million followers, posts several times a day.'],
  },
  {
    file: 'metro.md',
    title: 'Ava Stone account grows',
    date: '2022-04-27',
    publisher: 'Metro News',
    paragraphs: [
      "Ava Stone's account followers rose by 2 million after the launch, and her account followers keep growing.",
      'Ava Stone left the Daily Ledger board in 2021.',
    ],
  },
  {
    file: 'lumo.md',
    title: 'Lumo leaves the market',
    date: '2022-03-04',
    paragraphs: [
      'Lumo, the furniture chain, halted trading in the country, affecting 17 stores.',
      'The watchdog wants to curb hidden fees, its director said on Monday.',
      'Lenders group head Ben Ortiz called the effort "pure theater at its worst."',
      'Lumo has further supported its stock by repurchasing a record $27 billion of its own shares in 2021.',
      'At full capacity, the new Lumo plant will produce 500,000 chairs a year.',
    ],
  },
]);

describe('publishers asked as sources', () => {
  it('looks for the answer in the articles of the publishers named, not for their names in the text', async () => {
    const answer = ask(
      await context(),
      'What follower counts do the Daily Ledger and the Evening Post give for Ava Stone?',
    );
    const found = snippets(answer);
    expect(found).toContain('Ava Stone loves the platform, where she has 80.1 million followers.');
    expect(found).toContain('Stone, who has 81.5 million followers, posts several times a day.');
    expect(found.some((s) => s.includes('rose by 2 million'))).toBe(false);
  });

  it('reads "according to" a publisher as where to look', async () => {
    const answer = ask(await context(), 'according to Metro News, by how much did Ava Stone account followers rise?');
    expect(snippets(answer)[0]).toContain('rose by 2 million');
  });

  it('keeps a publisher that is in the news as a name', async () => {
    const ctx = await context();
    expect(askedSources(ctx, 'When did Ava Stone leave the Daily Ledger board?').articles).toBeNull();
    expect(askedSources(ctx, 'What did the Evening Post say about Ava Stone?').articles).toBeNull();
    const sourced = askedSources(
      ctx,
      'do the Daily Ledger figures match? According to the Daily Ledger, Stone has 80.1m',
    );
    expect(sourced.publishers).toEqual(['Daily Ledger']);
    expect(sourced.text).not.toMatch(/ledger|according/i);
  });
});

describe('what a reader says otherwise', () => {
  it('reads a remark after the question as no part of it', () => {
    const q = readQuestion(
      'roughly how much is the fund up on paper? the ledger seems to give a couple of different numbers',
      () => false,
    );
    expect(q.counted).toBeNull();
    expect(q.content).not.toContain(processTerm('couple'));
  });

  it('counts shops as stores', async () => {
    expect(relatedTerms(processTerm('shops') as string)).toContain(processTerm('stores'));
    const answer = ask(await context(), 'how many lumo shops were affected when it stopped trading there');
    expect(snippets(answer)[0]).toContain('affecting 17 stores');
  });

  it('reads "buying back" as repurchasing, "say no to" as declining, "turn out" as producing', async () => {
    expect(readQuestion('How much did Lumo spend buying back its shares?', () => false).predicate).toBe(
      processTerm('repurchase'),
    );
    expect(readQuestion('why did Ava Stone say no to a board seat?', () => false).type).toBe('why');
    const answer = ask(
      await context(),
      'How many chairs a year will the Lumo plant be able to turn out once running flat out?',
    );
    expect(snippets(answer)[0]).toContain('500,000 chairs a year');
  });

  it('tells a capacity to come from an outcome still to come', () => {
    const plan = 'The new plant will produce 500,000 chairs a year.';
    expect(awaitsOutcome('How many chairs will the plant be able to turn out?', plan)).toBe(false);
    expect(awaitsOutcome('How did the vote turn out?', 'The vote will be held on Friday.')).toBe(true);
  });

  it('finds who said the words the question quotes, whatever verb it uses for saying them', async () => {
    const answer = ask(await context(), 'Who dismissed the watchdog\'s push against hidden fees as "pure theater"?');
    expect(snippets(answer)[0]).toContain('Ben Ortiz');
  });
});
