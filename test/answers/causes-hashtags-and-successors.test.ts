import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A warehouse fire, a boycott on social media, a founder who steps down, two charged crew members and a comedian's
// death. Invented articles.
const context = knowledgeFixture('causes-hashtags-and-successors', [
  {
    file: 'fire.md',
    title: 'Deadly warehouse fire in Riverton',
    date: '2023-05-02',
    paragraphs: [
      'A major fire in a storage warehouse in Riverton on Monday left four workers dead, in what the mayor described as the worst fire the town has seen in decades.',
      'A faulty forklift battery was the source of the fire, the fire chief said at a press conference. The battery was charging overnight in a loading bay.',
      'Dozens of firefighters fought the blaze for six hours.',
    ],
  },
  {
    file: 'boycott.md',
    title: 'Ferry firm faces backlash after mass sackings',
    date: '2023-05-03',
    paragraphs: [
      'Seaway Ferries sacked 600 crew members by video call on Thursday, prompting calls for a boycott of the company.',
      'Unions said the company had broken the law and urged passengers to travel with rivals.',
      'There have been more than 2,000 mentions of #ditchseaway on social media in the last day, one analyst noted.',
    ],
  },
  {
    file: 'founder.md',
    title: 'Founder of messaging app Chirp steps down',
    date: '2023-05-04',
    paragraphs: [
      'Dana Whitlock, who founded the messaging app Chirp, said she would step down as chief executive after ten years.',
      'She said it was a good time to replace herself and let others run the company.',
      "Ms Whitlock stays on the board, while the board's chair, Omar Reyes, becomes interim chief executive.",
    ],
  },
  {
    file: 'crew.md',
    title: 'Island police charge two former cabin crew over quarantine breach',
    date: '2023-05-05',
    paragraphs: [
      'Island police say two former cabin crew members have been arrested and charged for allegedly breaking the quarantine rules.',
      'Police said the two had visited restaurants when they should have been in home isolation.',
      'Police said that the two arrested cabin crew returned to the island from abroad on 2 and 3 May.',
      'The airline said it had dismissed both of them.',
      'If convicted, they could face up to six months in prison and a fine.',
    ],
  },
  {
    file: 'comedian.md',
    title: 'Comedian Lou Brandt dead at 71',
    date: '2023-05-06',
    paragraphs: [
      'Lou Brandt, the stand-up comedian and sitcom star, was found dead in a hotel room on Sunday, police said.',
      'He was 71.',
      'Asked in a 2015 interview to define his humor, Brandt said he was basically a ten-year-old boy who grew up.',
      'Brandt was in the middle of a tour at the time of his death that was to take him across the country.',
    ],
  },
]);

describe('a penalty asked', () => {
  it('puts first the sentence that tells the penalty, though it names them only by a pronoun', async () => {
    const a = ask(await context(), "what could those 2 ex cabin crew get if they're convicted");
    expect(snippets(a)[0]).toContain('up to six months in prison');
  });
});

describe('an age asked', () => {
  it('answers with the sentence that gives it, though it holds no other word of the question', async () => {
    const a = ask(await context(), 'how old was lou brandt when he passed');
    expect(snippets(a)[0]).toBe('He was 71.');
  });
});

describe('a cause asked', () => {
  it('puts the sentence that tells the cause by its verb before the one that tells the event again', async () => {
    const a = ask(await context(), 'what started the deadly riverton warehouse fire');
    expect(snippets(a)[0]).toContain('was the source of the fire');
  });
});

describe('a hashtag asked', () => {
  it('answers with the sentence that writes one, though it never says "hashtag"', async () => {
    const a = ask(await context(), "what's the hashtag people are using to boycott seaway");
    expect(snippets(a)[0]).toContain('#ditchseaway');
  });
});

describe('who takes over', () => {
  it('reads whoever holds the post on an interim basis as the one who replaces', async () => {
    const a = ask(await context(), "who's taking over running Chirp now that Whitlock quit?");
    expect(snippets(a)[0]).toContain('Omar Reyes, becomes interim chief executive');
  });
});
