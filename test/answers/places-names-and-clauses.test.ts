import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Questions whose words the articles write otherwise: "headquartered" as "based", "odds" as "probability", a name
// given by "we call this feature", a main clause no sentence writes. Invented articles.
const context = knowledgeFixture('places-names-and-clauses', [
  {
    file: 'retailer.md',
    title: 'Larsden gets a bid',
    date: '2023-01-22',
    paragraphs: [
      'Larsden received a takeover offer on Friday, people familiar with the matter said.',
      'Larsden, based in Falun, Minn., and founded in 1958, runs 900 stores.',
    ],
  },
  {
    file: 'wave.md',
    title: 'Rogue wave recorded off Kessel Island',
    date: '2023-02-12',
    paragraphs: [
      'A rogue wave 20 meters tall was recorded off the coast of Kessel Island, breaking the record for its size.',
      '"The probability of such an event occurring is one in 1,300 years," said Ana Brell, a researcher at the University of Tarsk.',
    ],
  },
  {
    file: 'broker.md',
    title: 'Tradewell reports results',
    date: '2023-01-27',
    paragraphs: [
      'Tradewell reported revenue of $363 million on Thursday.',
      'Tradewell plans to let customers trade at night as well as in normal market hours, its executives said.',
      '"We call this feature \'night desk\' and expect to roll it out this quarter," Tradewell chief executive Dana Fisk said.',
    ],
  },
  {
    file: 'coup.md',
    title: 'Coup attempt foiled in Varnia',
    date: '2023-02-01',
    paragraphs: [
      'Soldiers attacked the government palace in Varnia on Tuesday.',
      'Guards exchanged fire with the attackers for five hours before foiling the coup attempt, President Olu Maro said.',
    ],
  },
]);

describe('words the articles write otherwise', () => {
  it('answers where a firm is headquartered from where it is based', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'Where is Larsden headquartered?'))[0]).toContain('based in Falun');
  });

  it('answers the odds from a probability, the place the question sets it in not asked again', async () => {
    const ctx = await context();
    const odds = snippets(ask(ctx, 'What are the odds of a freak wave like the one recorded off Kessel Island?'));
    expect(odds.some((s) => s.includes('one in 1,300 years'))).toBe(true);
  });

  it('takes "we call this feature" for a name given', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'What is Tradewell calling its plan to let customers trade at night?'))[0]).toContain(
      'night desk',
    );
  });

  it('searches the rest of the question when no sentence writes its main clause', async () => {
    const ctx = await context();
    expect(
      snippets(ask(ctx, 'How long did the shooting last before the Varnia coup attempt was put down?'))[0],
    ).toContain('five hours');
  });
});
