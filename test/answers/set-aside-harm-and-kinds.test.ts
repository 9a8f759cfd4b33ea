import { describe, expect, it } from 'vitest';
import { decisionAsked } from '../../src/answers/asked-facts.ts';
import { setAside } from '../../src/answers/besides.ts';
import { countedByAct, readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A central bank's board nominees, a bank's donations, a refinery fire, a state web gateway, an airport's boss, a
// fuel-price hearing, a blogger's censored videos and a video star's earnings. Invented articles.
const context = knowledgeFixture('set-aside-harm-and-kinds', [
  {
    file: 'board.md',
    title: 'President weighs Dana Holt for top banking regulator post',
    date: '2023-03-01',
    paragraphs: [
      'The president is considering Dana Holt for the role of vice chair for supervision at the central bank, people familiar with the matter said.',
      'The president is also considering two economists for other board seats that will soon be vacant: Omar Reyes, a professor at Lakeside University, and Ines Varga, an administrator at Pine College.',
      'The board has seven seats and one vacancy.',
    ],
  },
  {
    file: 'donations.md',
    title: 'Companies resume giving to lawmakers who opposed the count',
    date: '2023-03-02',
    paragraphs: [
      'After the riot, Northgate Bank vowed not to use funds from its corporate PAC to support lawmakers who had objected to certifying the election results until the end of the cycle. Still, it has given money to groups that support them.',
      'The bank declined to comment.',
    ],
  },
  {
    file: 'fire.md',
    title: 'Fire at Marlow refinery',
    date: '2023-03-03',
    paragraphs: [
      'A major industrial accident at Corvex’s Marlow refinery may have resulted in four injuries, the county sheriff said on Friday.',
      'The fire burned for several hours before it was put out.',
    ],
  },
  {
    file: 'gateway.md',
    title: 'Web traffic to pass through a state portal in Veloria',
    date: '2023-03-04',
    paragraphs: [
      'Veloria’s National Internet Gateway, set to begin operating on Feb. 16, will send all internet traffic through a government-run portal.',
      'Rights groups say the gateway will make it easier to punish speech online.',
    ],
  },
  {
    file: 'airport.md',
    title: 'Airport warns return to normal travel is years away',
    date: '2023-03-05',
    paragraphs: [
      'Passenger numbers at Kestrel Airport fell again last year, to 19.4 million.',
      'Kestrel boss John Holland-Kaye said it underlined the crisis in the industry.',
      'Mr Holland-Kaye said: "The industry will only fully recover when the testing rules are gone."',
    ],
  },
  {
    file: 'fuel.md',
    title: 'Petrol prices could climb further, MPs hear',
    date: '2023-03-06',
    paragraphs: [
      'Drivers face a further rise in prices, the committee heard on Tuesday.',
      'Dr Amrita Sen, director of research at Fuel Insight, told the committee that petrol prices could rise to around £2.40 a litre.',
      'The RAC said drivers would have to stomach higher prices for months.',
    ],
  },
  {
    file: 'vlogger.md',
    title: 'A blogger filmed the war. Censors took his videos down',
    date: '2023-03-07',
    paragraphs: [
      'Censors have cracked down on his videos online, he said.',
      'While all his videos have stayed up on one site, only about 80% of his videos have been left on Chatwave, and fewer than 20% on Tiklo.',
    ],
  },
  {
    file: 'earners.md',
    title: 'Video star tops the rich list',
    date: '2023-03-08',
    paragraphs: [
      'Jonah Pike, the 23-year-old better known as PikeRun, was the highest-earning video creator last year, according to a rich list.',
      'Last year his elaborate stunts generated more than 10 billion views and earned him $54m.',
      'Another creator, Lila Moss, has used her fame to launch a snack brand.',
    ],
  },
]);

describe('names set aside in lower case', () => {
  it('are read at the start of the question, up to the word that opens it', () => {
    expect(setAside('besides holt who else is the president lining up for the board seats?')).toEqual({
      rest: 'Who else is the president lining up for the board seats?',
      names: ['holt'],
    });
    // Not a word in the middle of a sentence typed in lower case.
    expect(setAside('who did the bank pick besides that')).toBeNull();
  });

  it('asks for the others', async () => {
    const a = ask(await context(), 'besides holt who else is the president lining up for the board seats?');
    expect(snippets(a)[0]).toContain('Omar Reyes');
    // The passage that names only the one set aside is no answer.
    expect(snippets(a).some((s) => s.includes('Dana Holt'))).toBe(false);
  });
});

describe('the decision a yes/no question asks', () => {
  it('is not a noun after "the", nor a verb of a clause that says who', () => {
    expect(
      decisionAsked('did the bank end up giving money again to the lawmakers who objected to certifying the election?'),
    ).toBeNull();
    expect(decisionAsked('did the jury convict her')).not.toBeNull();
    expect(decisionAsked('did the board approve the deal')).not.toBeNull();
  });

  it('is no reason to refuse a question on what happened since', async () => {
    const a = ask(
      await context(),
      'did northgate end up giving money again to the lawmakers who objected to certifying the election?',
    );
    expect(a.empty).toBe(false);
    expect(snippets(a)[0]).toContain('Northgate Bank vowed not to use funds');
  });
});

describe('a count of people harmed', () => {
  it('is asked by the harm as news counts it', () => {
    expect(countedByAct('how many ppl got hurt in the fire')).toBe(countedByAct('how many people suffered injuries'));
    expect(countedByAct('how many people were killed in the crash')).toBe(countedByAct('how many people died'));
    expect(countedByAct('how many people were killed in the crash')).not.toBeNull();
  });

  it('is answered by a count of injuries', async () => {
    const a = ask(await context(), 'how many ppl got hurt in the marlow refinery fire');
    expect(snippets(a)[0]).toContain('four injuries');
  });
});

describe('a system that is switched on', () => {
  it('starts: the date it begins operating answers', async () => {
    const a = ask(await context(), "when does veloria's new internet gateway switch on");
    expect(snippets(a)[0]).toContain('set to begin operating on Feb. 16');
  });
});

describe('the chief executive asked of a body', () => {
  it('is its "boss", named with a surname of two joined words', async () => {
    const a = ask(await context(), 'who is the ceo of kestrel airport');
    expect(a.empty).toBe(false);
    expect(snippets(a).join(' ')).toContain('Kestrel boss John Holland-Kaye');
  });
});

describe('a person asked for by their kind', () => {
  it('finds an "analyst" written by their post, and a surname that is also a title ("Sen")', async () => {
    const a = ask(await context(), 'who was the analyst that told MPs petrol could go up to like £2.40 a litre');
    expect(snippets(a)[0]).toContain('Dr Amrita Sen, director of research');
  });

  it('does not read holders of an office in capitals ("CEOs", "MPs") as names', () => {
    const names = readQuestion(
      'what did dimon say abt CEOs complaining that MPs r slow',
      () => false,
      () => false,
    ).names;
    expect(names.map((n) => n.text)).toEqual(['dimon']);
  });
});

describe('an amount of chat "stuff"', () => {
  it('counts nothing by name: the share asked is the answer', async () => {
    expect(
      readQuestion(
        'how much of his stuff is still up on tiklo',
        () => false,
        () => false,
      ).counted,
    ).toBeNull();
    const a = ask(await context(), 'how much of his stuff is left on tiklo after the censors');
    expect(snippets(a)[0]).toContain('fewer than 20% on Tiklo');
  });
});

describe('a sum asked with a chat verb', () => {
  it('is a sum of money: what was "raked in" was earned', async () => {
    const a = ask(await context(), 'how much did pikerun rake in last year');
    expect(snippets(a)[0]).toContain('earned him $54m');
  });
});

describe('a chat "like" after a comma', () => {
  it('asks nothing: it is no word an answer must hold', () => {
    const q = readQuestion(
      'where was that funeral, like which church',
      () => false,
      () => false,
    );
    expect(q.content).not.toContain('like');
    expect(q.content.length).toBeGreaterThan(0);
  });
});
