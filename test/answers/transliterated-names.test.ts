import { describe, expect, it } from 'vitest';
import { sameBySpelling } from '../../src/answers/asked-names.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, chat, knowledgeFixture, snippets } from './seed.ts';

// Two publishers spell a security chief's family name two ways. Invented articles.
const context = knowledgeFixture('transliterated-names', [
  {
    file: 'first.md',
    title: 'Power struggle in Taldoria',
    date: '2023-06-01',
    paragraphs: [
      'The powerful security chief Aslan Berikov had reportedly told the president that his rival had lost support.',
      'The president named a new head of the guard the same day.',
    ],
  },
  {
    file: 'second.md',
    title: 'Former security chief detained',
    date: '2023-06-03',
    paragraphs: [
      'Officials said the former head of the security committee, Aslan Berrikov, had been detained on suspicion of treason.',
      'His lawyer could not be reached for comment.',
    ],
  },
]);

describe('a name spelt two ways by two publishers', () => {
  it('reads family names of six letters or more one letter apart, with the same given name, as one person', () => {
    expect(sameBySpelling('Aslan Berikov', 'Aslan Berrikov')).toBe(true);
    expect(sameBySpelling('Nursultan Nazarbayev', 'Nursultan Nazarbaev')).toBe(true);
    // Not another given name, a short family name, or names further apart.
    expect(sameBySpelling('Aslan Berikov', 'Timur Berrikov')).toBe(false);
    expect(sameBySpelling('Ann Lee', 'Ann Lea')).toBe(false);
    expect(sameBySpelling('Aslan Berikov', 'Aslan Merikova')).toBe(false);
  });

  it('finds the article that spells it the other way', async () => {
    const a = ask(await context(), 'was aslan berikov detained?', 5);
    expect(snippets(a).join(' ')).toContain('Aslan Berrikov, had been detained');
  });
});

describe('a "guy" after what describes him', () => {
  it('is dropped from the words a passage must hold; one that is asked for stays', () => {
    const content = (q: string) =>
      readQuestion(
        chat(q),
        () => false,
        () => false,
      ).content;
    expect(content('what happened to the taldorian security chief guy?')).not.toContain(processTerm('guy'));
    expect(content('what happened to the security chief guy who quit')).toContain(processTerm('guy'));
  });
});
