import { describe, expect, it } from 'vitest';
import { namedThing } from '../../src/answers/ask.ts';
import { findName } from '../../src/answers/asked-names.ts';
import { chatAsWritten, whatIsAsked } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { countsNear, relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm, termsOf } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// The thing whose name is asked, the possessor of what is asked, "ex" for former, a court date as a hearing, and an
// app's connections as its contacts. Invented articles.
const context = knowledgeFixture('owners-and-named-things', [
  {
    file: 'payments.md',
    title: 'Central bank studies a digital dollar',
    date: '2022-01-20',
    paragraphs: [
      'The central bank released a long-awaited paper on a digital dollar on Thursday.',
      'It is already developing a round-the-clock settlement service called FastPay that is expected to launch in 2023.',
      'The paper draws no conclusions and asks for comments.',
      'Advocates worry the bank is falling behind rivals such as Valoria, which has moved ahead with its own project.',
    ],
  },
  {
    file: 'startups.md',
    title: 'Start-ups hit big valuations',
    date: '2022-01-20',
    paragraphs: [
      'A digital whiteboard company called Boardly was valued at $17 billion this month.',
      'Investors poured money into the sector.',
      'Boardly moved its headquarters to Los Angeles last year.',
      'Its rival opened an office in New York in March.',
      'Earlier in the day, Refineco battled a refinery fire in its Baytown Texas plant.',
    ],
  },
  {
    file: 'krona.md',
    title: 'Riksland tests its e-krona',
    date: '2022-01-21',
    paragraphs: [
      'The Riksland reserve’s digital currency, the e-krona, is in its second year of trials.',
      'Officials said the results were due next year.',
    ],
  },
  {
    file: 'loans.md',
    title: 'Loan pause extended again',
    date: '2022-04-06',
    paragraphs: [
      'The pause on student loan payments was extended again on Wednesday.',
      '“This approach is regressive and inappropriate at a time when the economy is overheated,” wrote Lawrence H. Summers, a former Treasury secretary.',
      'The programme dates back to the era of Harry Truman, one historian noted.',
    ],
  },
  {
    file: 'crew.md',
    title: 'Crew charged over quarantine',
    date: '2022-01-18',
    paragraphs: [
      'Police say two ex-flight attendants have been charged with breaking quarantine rules.',
      'They have been released on bail, with their case due to be heard on 9 February.',
    ],
  },
  {
    file: 'apps.md',
    title: 'Study tracks app contacts',
    date: '2022-02-10',
    paragraphs: [
      'The study counted the network contacts each app made on a phone.',
      'Clipster made 13 third-party contacts, more than any other app.',
    ],
  },
]);

describe('the thing whose name is asked', () => {
  it('reads the thing named from "the name of …" and "what is … called"', () => {
    expect(namedThing("whats the name of valoria's digital currency")).toBe(processTerm('currency'));
    expect(namedThing('what are the drills called')).toBe(processTerm('drills'));
    expect(namedThing("what's the name of the new variant that is spreading")).toBe(processTerm('variant'));
    expect(namedThing('when did the drills start')).toBeNull();
  });

  it('answers the name of a currency with the currency, not a company that shares a word of it', async () => {
    const answer = ask(await context(), "what's the name of the digital currency in trials");
    expect(snippets(answer)[0]).toMatch(/e-krona/);
  });

  it("does not answer the name of one country's thing with another's", async () => {
    const answer = ask(await context(), "whats the name of valoria's settlement service");
    expect(snippets(answer).join(' ')).not.toMatch(/FastPay/);
  });
});

describe('words chat uses otherwise', () => {
  it('reads "ex" as former, in the articles as in the question', () => {
    expect(termsOf('two ex-flight attendants')).toContain(processTerm('former'));
  });

  it('reads a court date as a hearing, and answers with the day the case is heard', async () => {
    expect(
      chatAsWritten(
        'when is their court date',
        () => false,
        () => false,
      ),
    ).toMatch(/hearing/);
    // "Heard" is the same term as "hearing", or a word news uses for it.
    const hearing = processTerm('hearing') ?? '';
    expect([hearing, ...relatedTerms(hearing)]).toContain(processTerm('heard'));
  });

  it("counts an app's connections as its contacts", async () => {
    const answer = ask(await context(), 'how many third party connections did clipster make?');
    expect(snippets(answer)[0]).toMatch(/13 third-party contacts/);
  });
});

describe('a misspelt name typed with a short given name', () => {
  it('answers for the person whose full given name it is, and says so', async () => {
    const answer = ask(await context(), 'what did larry sumers think of extending the loan pause');
    expect(answer.notes.join(' ')).toMatch(/Showing Lawrence H\. Summers for "larry sumers"/);
    expect(answer.notes.join(' ')).not.toMatch(/Truman/);
    expect(snippets(answer)[0]).toMatch(/regressive and inappropriate/);
  });
});

describe('more words a question uses otherwise', () => {
  it('reads "toward" as no word to find', () => {
    expect(termsOf('putting toward helping families')).not.toContain('toward');
    expect(termsOf('towards the end')).not.toContain('toward');
  });

  it('reads a person described by who quoted them about something as a who-question', () => {
    expect(readQuestion("who's the aaa spokesman quoted about russia pushing crude higher", () => false).type).toBe(
      'who',
    );
  });

  it("counts a chain's locations as its restaurants, and meets what something is valued at with its worth", () => {
    expect(countsNear('across her more than 550 restaurants', processTerm('locations') ?? '')).toBe(true);
    expect(relatedTerms(processTerm('value') ?? '')).toContain(processTerm('worth'));
    expect(relatedTerms(processTerm('jets') ?? '')).toContain(processTerm('planes'));
  });
});

describe('names, idioms and clauses', () => {
  it('reads the thing named before a clause that tells who made it', () => {
    expect(namedThing("what's the name of the bookshop jay penske opened in LA?", ['jay', 'penske', 'la'])).toBe(
      processTerm('bookshop'),
    );
  });

  it('reads "closing the skies" as a no-fly zone, and instances as cases', () => {
    expect(whatIsAsked('what did nato say about closing the skies over ukraine')).toMatch(/no-fly zone/);
    expect(countsNear('there had been 26 cases of discrimination', processTerm('instances') ?? '')).toBe(true);
  });

  it('ends the verb of a "how much" question before a clause that opens with "that"', () => {
    const q = readQuestion('how much gold does russia hold thats out of reach of sanctions', () => false);
    expect(q.predicate).toBe(processTerm('hold'));
  });

  it('reads LA and NYC as the cities, which no initials of the articles spell', async () => {
    const ctx = await context();
    const la = findName(ctx, { text: 'LA', capitalised: true, acronym: true });
    expect(la?.forms).toContainEqual(['los', 'angeles']);
    const nyc = findName(ctx, { text: 'NYC', capitalised: true, acronym: true });
    expect(nyc?.forms).toContainEqual(['new', 'york']);
    expect(nyc?.articles.size).toBe(1);
  });
});

describe('a place read as a person', () => {
  it('does not take the state at the end of a place for its short name', async () => {
    const found = findName(await context(), { text: 'baytown', capitalised: false, acronym: false });
    expect(found?.forms ?? []).not.toContainEqual(['texas']);
  });
});
