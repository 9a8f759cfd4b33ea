import { describe, expect, it } from 'vitest';
import { findName, nameTest, weakNameTest } from '../../src/answers/asked-names.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A pipeline with a number in its name, a memoir and a housing report. Invented articles.
const context = knowledgeFixture('numbered-initials', [
  {
    file: 'pipeline.md',
    title: 'Berlin halts approval of Baltic Link 2',
    date: '2022-02-22',
    paragraphs: [
      'Germany has halted the certification of the Baltic Link 2 gas pipeline, the chancellor said on Tuesday.',
      'The original Baltic Link pipeline has carried gas since 2011.',
    ],
  },
  {
    file: 'memoir.md',
    title: 'Former sneaker executive tells of his past',
    date: '2022-02-20',
    paragraphs: [
      'Tom Harlow led a sports brand for a decade, then a basketball team often called the Harbor Hawks.',
      'By telling his story in the new book "Climb: From the Corner to the Corner Office", Harlow hopes to reach young people.',
      'Harlow wrote his book with his daughter.',
    ],
  },
  {
    file: 'housing.md',
    title: 'Home sales rebound in January',
    date: '2022-02-18',
    paragraphs: [
      'Sales of previously owned homes rose in all regions last month.',
      'The rebound left a record-low inventory of 860,000 unsold units by the end of January.',
    ],
  },
  {
    file: 'rates.md',
    title: 'Central bank doubles its key rate',
    date: '2022-03-01',
    paragraphs: [
      'The currency plunged again on Monday, despite the central bank using interest rates to prop it up.',
      'The central bank raised its key interest rate to 20%, up from 9.5%, to fight the fall of the currency.',
    ],
  },
]);

describe('initials typed with the number of the name', () => {
  it('reads "bl2" as a name, Baltic Link 2', async () => {
    const ctx = await context();
    const q = readQuestion('when was bl2 halted', nameTest(ctx), weakNameTest(ctx));
    const asked = q.names.find((n) => n.text === 'bl2');
    expect(asked).toBeDefined();
    expect(asked && findName(ctx, asked)?.forms).toContainEqual(['baltic', 'link', '2']);
    expect(snippets(ask(ctx, 'when was bl2 halted'))[0]).toContain('Baltic Link 2');
  });
});

describe('the thing whose name is asked', () => {
  it('is answered by the thing written with its name after it, not by a naming verb on something else', async () => {
    const a = ask(await context(), "whats tom harlow's book called, the ex sneaker brand guy");
    expect(snippets(a)[0]).toContain('"Climb: From the Corner to the Corner Office"');
  });
  it('reads "called" before an aside as a question of a name', () => {
    const never = () => false;
    expect(readQuestion("whats harlow's book called, the ex sneaker guy", never).type).toBe('name');
  });
});

describe('chat words for counts and changes', () => {
  it('counts homes told as units', async () => {
    const a = ask(await context(), 'how many unsold homes were left at the end of jan?');
    expect(snippets(a)[0]).toContain('860,000 unsold units');
  });
  it('reads "jack its key rate up to" as raising it', async () => {
    const q = readQuestion('what did the central bank jack its key rate up to', () => false);
    expect(q.content).toContain(processTerm('raise'));
    const a = ask(await context(), 'what did the central bank jack its key rate up to');
    expect(snippets(a)[0]).toContain('raised its key interest rate to 20%');
  });
});
