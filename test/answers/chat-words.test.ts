import { describe, expect, it } from 'vitest';
import { capitalsNamed, findName } from '../../src/answers/asked-names.ts';
import { asksForAuthor } from '../../src/answers/authors.ts';
import { namesAsPlace, readQuestion, speaksInQuestion } from '../../src/answers/question.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, expectVerbatim, knowledgeFixture, seedContext, snippets } from './seed.ts';

const context = knowledgeFixture('chat', [
  {
    file: 'border.md',
    title: 'Exercises begin near the border',
    date: '2022-02-10',
    paragraphs: [
      'The exercises began on Thursday at the Marsk and Velno training grounds, the ministry said.',
      'Police said 412 people were detained at protests in the capital over the weekend.',
      'The airline usually operates 58 flights to the island every week, a spokeswoman said.',
      'The capital lies about 90 kilometres south of the exercise area.',
      'Minister Arvo Kell called the meeting "a conversation between two walls".',
      'Minister Arvo Kell met his counterpart Lina Sorn in the capital on Monday.',
      'Sorn is due to travel to Oslo after the summit to meet the prime minister.',
      'Sorn attended the summit in Geneva on Tuesday.',
      'The two sides sparred over the price for weeks, the report said.',
    ],
  },
  {
    file: 'streaming.md',
    title: 'Streamline shares slide after weak quarter',
    date: '2022-01-21',
    paragraphs: [
      'Streamline added 2.1 million subscribers in the fourth quarter, short of its own forecast.',
      'The United States and Canada make up its largest region, with 61 million customers.',
      '"We did not grow acquisition as fast as we wanted," said chief financial officer Ines Marr on the call.',
      'Rival Vistaplay was not mentioned on the call.',
      'An airstrike hit a detention centre in the northern city of Harrah on Friday, killing 40 people.',
      'Regulators opened an investigation into 230,000 Zorvan cars over games played on their screens.',
      'Zorvan recalled 9,000 vehicles over a driving mode called "rolling stop" that let cars pass stop signs.',
      'Zorvan chairman Olav Brandt stepped down on Monday, the company said.',
    ],
  },
  {
    file: 'region.md',
    title: 'Joint drills open in the north',
    date: '2022-02-10',
    paragraphs: [
      'Russia and Belarus began 12 days of joint drills on Thursday.',
      'The airfields of Orsha and Pinsk are also involved, the ministry wrote.',
      'Ukraine protested the blockage of part of the Sea of Azov by the navy.',
      'The Kremlin has stated that its troops will leave once the drills end on February 22.',
      'Kyiv lies about 200 miles from the exercise area.',
      'Russia has moved units thousands of miles from its far east.',
      'Advisers from all four countries are due to meet Thursday in Berlin.',
      'In a call on Friday between Arvo Kell and Lina Sorn, the two spoke of the border.',
      'The drills began on Thursday and will end on February 22, the ministry said.',
      'There is no doubt that the stationing of 90,000 troops on the border is a threat, Sorn said.',
      '"No one is undermining Russia\'s security," Sorn added.',
      '"The drills are held regularly," Kell said in a call with reporters.',
      'Measures will be taken to strengthen the protection of the state border during the exercise.',
      'Talk has turned to the Harbor Agreement, which was hammered out in 2015 but never fully implemented.',
      'About 30,000 soldiers are expected to be in the region by the end of the month.',
      'Officials in Washington said as many as 30,000 troops could take part.',
      '"It is perfectly proper for Ukraine to seek defensive alliances," Sorn said.',
      '"Both countries face threats much higher than before," Kell said.',
      'The Russian Ministry of Defense said the purpose of the exercise is to repel aggression.',
      'Moscow has denied any plan to attack its neighbour.',
      'Harbor Capital is closing its flagship fund, the firm told investors on Monday.',
      'It manages $4 billion.',
    ],
  },
  {
    file: 'trade.md',
    title: 'Britain and the US settle a metals dispute',
    date: '2022-03-23',
    paragraphs: [
      'The US will allow British steel to be imported duty-free under the deal.',
      'The deal will go into effect on 1 June.',
      'International Trade Secretary Mara Quill said the deal removed "a very frustrating irritant".',
      'The regulator recorded more than 9,700 such cases last year, a record high.',
      "Lantern Capital's flagship fund gained 7.5% in April.",
      'The letter-writing campaign — #PensForVale — is the latest attempt to sway the prime minister.',
    ],
  },
  {
    file: 'bank.md',
    title: 'A new bank opens its doors',
    date: '2022-03-24',
    paragraphs: ['"This is good news for our bank," said Prime Minister Oren Vale at the opening of a new branch.'],
  },
  {
    file: 'call.md',
    title: 'Few details of the leaders call',
    date: '2022-03-18',
    paragraphs: [
      "Officials gave few details of Kell's nearly two-hour video call with Sorn on Friday.",
      'Adviser Nils Berg met Sorn in Rome on Monday.',
    ],
  },
]);

const never = () => false;

describe("chat's words in a question", () => {
  it('reads "ppl" as people, and drops asides and adverbs of emphasis from what is asked', () => {
    const q = readQuestion('how many ppl were detained at the protests lol', never);
    expect(q.counted).toBe(processTerm('people'));
    expect(q.content).not.toContain('lol');
    const exactly = readQuestion('who exactly was detained at the protests', never);
    expect(exactly.predicate).toBe(processTerm('detained'));
    // Only the lower-case shorthand: "Mo" is a name.
    expect(readQuestion('what did Mo Salah say', never).text).toBe('what did Mo Salah say');
  });

  it('reads "wat", "w" and the short names "ru" and "ua" as the words they stand for', () => {
    expect(readQuestion('wat did kell say w sorn b4 the talks', never).text).toBe(
      'what did kell say with sorn before the talks',
    );
    const q = readQuestion('is ru pulling diplomats out of ua', (w) => w === 'russia' || w === 'ukraine');
    expect(q.names.map((n) => n.text)).toEqual(['russia', 'ukraine']);
    // Not inside a word or a name written with capitals.
    expect(readQuestion('what did W Brandt say about Rus', never).text).toBe('what did W Brandt say about Rus');
  });

  it('counts what comes before a period ("flights a week"), and drops "normally"', () => {
    const q = readQuestion('how many flights a week does the airline normally run to the island', never);
    expect(q.counted).toBe(processTerm('flights'));
    expect(q.content).not.toContain(processTerm('normally'));
  });

  it('answers the questions those words used to refuse or mislead', async () => {
    const ctx = await context();
    const detained = ask(ctx, 'how many ppl were detained at the protests lol');
    expectVerbatim(ctx, detained);
    expect(snippets(detained)[0]).toMatch(/412 people were detained/);
    // "Run" flights is to operate them.
    const flights = ask(ctx, 'how many flights a week does the airline normally run to the island');
    expect(snippets(flights)[0]).toMatch(/operates 58 flights/);
    // "Where all this is happening" says only that it takes place: no word the answer must hold.
    const far = ask(ctx, 'how far is the capital from where all this is happening?');
    expect(snippets(far)[0]).toMatch(/90 kilometres south/);
    // How someone described a thing is what they called it.
    const described = ask(ctx, 'how did kell describe the meeting');
    expect(snippets(described)[0]).toMatch(/two walls/);
    // "Off to" is where someone goes.
    const off = ask(ctx, "where's sorn off to after the summit");
    expect(snippets(off)[0]).toMatch(/travel to Oslo/);
  });

  it('reads a misspelt word as the nearest word of the articles, and says so', async () => {
    const ctx = await context();
    const grounds = ask(ctx, 'which trainin grounds were used for the exercises');
    expect(snippets(grounds)[0]).toMatch(/Marsk and Velno training grounds/);
    expect(grounds.notes).toContain('Reading "training" for "trainin".');
    // A misspelling far from the index's own stem is read through the nearest English word the articles use (the
    // seeds write "exercises", which the index reads as "drill").
    const seeds = await seedContext();
    const naval = ask(seeds, 'What dates are the Russian navy excercises on?');
    expect(naval.notes).toContain('Reading "exercises" for "excercises".');
    expect(snippets(naval).join(' ')).toMatch(/naval drills scheduled to take place between February 14 and 19/);
    // A word the articles hold is never respelt, nor one only near an unrelated word as written.
    // "spyware", which no article uses, is two edits from the stem of "sparred" but far from it as written.
    const spyware = ask(ctx, 'who sold the spyware');
    expect(spyware.notes.filter((n) => n.startsWith('Reading'))).toEqual([]);
  });

  it("reads chat's names for people, offices and things as the articles write them", async () => {
    const ctx = await context();
    // A name in the plural names its products.
    const cars = ask(ctx, 'how many zorvans are under investigation over the games');
    expect(snippets(cars)[0]).toMatch(/230,000 Zorvan cars/);
    // A role the article writes without its company ("said chief financial officer X") is still the company's.
    const cfo = ask(ctx, "what did streamline's finance chief say about acquisition");
    expect(snippets(cfo)[0]).toMatch(/did not grow acquisition/);
    // A time closing the clause is not its verb: "add", not "quarter".
    expect(readQuestion('how many subscribers did vistaplay add last quarter', never).predicate).toBe(
      processTerm('add'),
    );
    // Members are customers; a prison is a detention centre; "stepped down" is one verb.
    // Both figures are of members in the articles' words ("subscribers", "customers"), close in rank: the one for
    // the place asked is among the answers.
    const members = ask(ctx, 'how many streamline members are there in canada');
    expect(snippets(members).slice(0, 2)).toContainEqual(expect.stringMatching(/61 million customers/));
    const prison = ask(ctx, 'where was the prison that got bombed');
    expect(snippets(prison)[0]).toMatch(/detention centre in the northern city of Harrah/);
    const resigned = ask(ctx, 'Who stepped down at Zorvan?');
    expect(snippets(resigned)[0]).toMatch(/Olav Brandt stepped down/);
    // A name given in quotes in lower case is a name; "didn't" is a word, not a name.
    const mode = ask(ctx, "what's the name of the zorvan mode that didn't stop at stop signs");
    expect(snippets(mode)[0]).toMatch(/called "rolling stop"/);
  });

  it("reads a country's capital as the city, a lower-case run of countries as several names, and news' words", async () => {
    // In the question's own case: a capital typed in a lower-case question leaves its other names read as names.
    expect(capitalsNamed('what distance separates the ukrainian capital from belarus')).toBe(
      'what distance separates kyiv from belarus',
    );
    expect(capitalsNamed("how far is Russia's capital from the border")).toBe('how far is Moscow from the border');
    expect(capitalsNamed('is the venture capital fund big')).toBe('is the venture capital fund big');
    expect(readQuestion('roughly what distance separates kyiv from belarus', never).type).toBe('quantity');
    const ctx = await context();
    const far = searchAnswer(ctx, {
      question: 'roughly what distance separates the ukrainian capital from the drills',
    });
    expect(snippets(far)[0]).toMatch(/about 200 miles/);
    const long = ask(ctx, 'how long is the russia belarus exercise going on for');
    expect(snippets(long)[0]).toMatch(/12 days of joint drills/);
    const bases = ask(ctx, 'Which air bases are involved in the drills?');
    expect(snippets(bases)[0]).toMatch(/airfields of Orsha and Pinsk/);
    // "Being used" asks nothing of the answer; "air bases" is one word.
    expect(readQuestion('Which air bases are being used for the drills?', never).content).toEqual([
      processTerm('airbases'),
      processTerm('drills'),
    ]);
    const waters = ask(ctx, 'which waters is the navy closing off');
    expect(snippets(waters)[0]).toMatch(/Sea of Azov/);
    const out = ask(ctx, 'When does the Kremlin say its troops will pull out?');
    expect(snippets(out)[0]).toMatch(/will leave once the drills end/);
  });

  it('reads a capital that speaks as its government, whatever the question asks', async () => {
    expect(speaksInQuestion('which waters did kyiv say the navy was closing off', 'kyiv')).toBe(true);
    expect(speaksInQuestion('how far is kyiv from the drills', 'kyiv')).toBe(false);
    // A capital that acts is its government too; one named as a place is the city.
    expect(namesAsPlace('how much did the shares jump after beijing backed the listings', 'beijing')).toBe(false);
    expect(namesAsPlace('how far is kyiv from the drills', 'kyiv')).toBe(true);
    expect(namesAsPlace('which airlines stopped flying into kyiv', 'kyiv')).toBe(true);
    expect(namesAsPlace('where did the ministers meet in minsk', 'minsk')).toBe(true);
    const ctx = await context();
    // The article that says it never names Kyiv: Ukraine protested.
    const waters = ask(ctx, 'which sea did kyiv say the navy was blocking');
    expect(snippets(waters)[0]).toMatch(/^Ukraine protested the blockage of part of the Sea of Azov/);
  });

  it('reads chat numbers, possessives without apostrophes, light verbs and the form of the answer', async () => {
    const ctx = await context();
    // "30k" is written 30,000; "gave" asks nothing of the answer.
    const figure = ask(ctx, 'who gave the 30k troop figure?');
    expect(snippets(figure)[0]).toMatch(/30,000 troops/);
    expect(readQuestion('who gave the 30k troop figure?', never).content).not.toContain(processTerm('gave'));
    // "Which countries": the sentence that names them answers, not one that says "countries", so the form of the
    // answer is not searched for.
    expect(readQuestion('Which countries make up the Halden talks?', never).core).not.toMatch(/countries/);
    expect(readQuestion('How many countries signed the deal?', never).core).toMatch(/countries/);
    // "moscows": Moscow's, whose ministry speaks for Russia.
    const isName = (w: string) => ['moscow', 'kell', 'sorn'].includes(w);
    expect(readQuestion('what did moscows defence ministry say', isName).text).toBe(
      "what did moscow's defence ministry say",
    );
    expect(readQuestion('what do analysts say', isName).text).toBe('what do analysts say');
    const goal = searchAnswer(ctx, { question: 'what did moscows defence ministry say the goal of the exercise is' });
    expect(snippets(goal).join(' ')).toMatch(/purpose of the exercise is to repel aggression/);
    // "Look for allies" is to seek alliances.
    const allies = searchAnswer(ctx, { question: "What did Sorn say about Ukraine's right to look for allies?" });
    expect(snippets(allies)[0]).toMatch(/seek defensive alliances/);
    // A describing word no article uses ("Western") does not make the question unanswerable.
    const threat = searchAnswer(ctx, { question: 'Does Kell believe the Western threat to both countries is higher?' });
    expect(snippets(threat)[0]).toMatch(/threats much higher than before/);
  });

  it('reads a fact spread over neighbouring paragraphs as one passage before refusing', async () => {
    const ctx = await context();
    const managed = ask(ctx, 'how much money does the flagship fund of harbor capital manage for investors?');
    expect(snippets(managed)[0]).toBe('It manages $4 billion.');
  });

  it('reads offices, verbs and names as news writes them, and refuses a speaker asked about what they never spoke of', async () => {
    const ctx = await context();
    // A department's minister in chat is its secretary in the article.
    const trade = ask(ctx, 'what did the uk trade minister say about the deal');
    expect(snippets(trade)[0]).toMatch(/frustrating irritant/);
    // "Jack up" is to raise; "jack" there is no name.
    const jacked = readQuestion('how high did the central bank jack up rates', never);
    expect(jacked.content).toContain(processTerm('raise'));
    // "Kick in" is when it starts; "go into effect" says so.
    expect(readQuestion('When do the new steel rules kick in?', never).content).toContain(processTerm('start'));
    // Cases are "logged" as "recorded" incidents; a fund's money "made" is its gain.
    const cases = ask(ctx, 'How many incidents did the regulator log last year?');
    expect(snippets(cases)[0]).toMatch(/9,700 such cases/);
    const fund = ask(ctx, "how much did lantern capital's flagship fund make");
    expect(snippets(fund)[0]).toMatch(/gained 7\.5%/);
    // A hashtag is a name.
    const campaign = ask(ctx, 'whats the name of the letter campaign');
    expect(snippets(campaign)[0]).toMatch(/#PensForVale/);
    // Quoted, but never on the subject asked about: no answer, rather than their words on something else.
    const vale = ask(ctx, 'what did oren vale say about the steel deal');
    expect(snippets(vale)).toEqual([]);
    expect(vale.notes.join(' ')).toMatch(/quoted in the articles, but not on this/);
    const bank = ask(ctx, 'what did oren vale say about the bank');
    expect(snippets(bank)[0]).toMatch(/good news for our bank/);
  });

  it('trims an ordinary word off a lower-case name, and reads "how close" and "advisor" as news writes them', async () => {
    const ctx = await context();
    // "haul" is no part of a name, though the small lexicon lacks it: "russians" is asked about.
    const haul = ask(ctx, 'how many miles did the russians haul units from the far east');
    expect(snippets(haul)[0]).toMatch(/thousands of miles from its far east/);
    expect(readQuestion('How close is Kyiv to Belarus?', never).content).not.toContain(processTerm('close'));
    const city = ask(ctx, "In which city are the four countries' advisors meeting?");
    expect(snippets(city)[0]).toMatch(/meet Thursday in Berlin/);
  });

  it('reads "X and Y" as two names, and "sit down with" as to meet', async () => {
    const ctx = await context();
    // The article that answers never writes "Kell and Sorn": each name is found on its own.
    const long = ask(ctx, 'How long did Kell and Sorn talk on their video call?');
    expect(snippets(long)[0]).toMatch(/nearly two-hour video call/);
    const met = ask(ctx, 'who did nils berg sit down with in rome');
    expect(snippets(met)[0]).toMatch(/met Sorn in Rome/);
  });

  it('reads "n" as "and", a leading "once it\'s over" without its comma, and "or nah" as no word of the question', async () => {
    expect(readQuestion('once its all over are the troops pulling out or nah', never).type).toBe('yesno');
    expect(readQuestion('once its all over are the troops pulling out or nah', never).content).toContain(
      processTerm('end'),
    );
    const ctx = await context();
    const met = ask(ctx, 'where did kell n sorn meet');
    expect(snippets(met)[0]).toMatch(/met his counterpart Lina Sorn in the capital/);
  });

  it('reads "whose spokesman is he" as who someone is, and the people of a country counted as any count', async () => {
    expect(readQuestion('peskov - whose spokesman is he exactly', never).type).toBe('whois');
    const ctx = await context();
    const who = ask(ctx, 'kell - whose minister is he exactly');
    expect(snippets(who)[0]).toMatch(/^Minister Arvo Kell/);
    // "How many Russians": the people counted are soldiers here; the adjective is no noun the number must stand before.
    const count = ask(ctx, 'how many russians are expected in the region by the end of the month');
    expect(snippets(count)[0]).toMatch(/About 30,000 soldiers are expected to be in the region/);
  });

  it('reads capitals and an acronym beside a country as names found each on its own', async () => {
    const ctx = await context();
    // No article writes "Moscow and Minsk": each capital acts for its government. The span of days is told by its
    // length ("12 days of joint drills"), not by the question's verb ("holding").
    const days = ask(ctx, 'How many days of joint training are Moscow and Minsk holding?');
    expect(snippets(days)[0]).toMatch(/began 12 days of joint drills/);
    // Minsk, which no article writes, is no misspelling of the town of Pinsk.
    expect(findName(ctx, { text: 'Minsk', capitalised: true, acronym: false })).toBeNull();
    // "Russian MoD": the country, and the body its initials stand for.
    const aim = ask(ctx, 'Per the Russian MoD, what is the purpose of the exercise?');
    expect(snippets(aim)[0]).toMatch(/The Russian Ministry of Defense said the purpose of the exercise/);
  });

  it('reads "the last day", "which … officer", "showed up in" and troops "sitting" on a border as news writes them', async () => {
    expect(readQuestion("What's the last day of the drills?", never).type).toBe('when');
    expect(readQuestion('Which senior military officer showed up in the capital?', never).type).toBe('who');
    const arrived = readQuestion('Which senior military officer showed up in the capital?', never);
    expect([arrived.predicate, ...arrived.content]).toContain(processTerm('arrived'));
    const ctx = await context();
    const end = ask(ctx, "What's the last day of the drills?");
    // Either sentence that dates the drills' end answers ("will end on February 22", "once the drills end on …").
    expect(snippets(end)[0]).toMatch(/\bend on February 22/);
    const troops = ask(ctx, 'how many soldiers are sitting on the border');
    expect(snippets(troops)[0]).toMatch(/stationing of 90,000 troops/);
  });

  it('reads offices asked by "what position does X hold", and "nobody", "secure", "routine" as news writes them', async () => {
    expect(readQuestion('What position does Kell hold?', never).type).toBe('whois');
    const ctx = await context();
    const who = ask(ctx, "Who said nobody is threatening Russia's security?");
    expect(snippets(who)[0]).toMatch(/No one is undermining/);
    const steps = ask(ctx, 'What steps will be taken to secure the border?');
    expect(snippets(steps)[0]).toMatch(/strengthen the protection of the state border/);
    const routine = ask(ctx, 'did kell say the drills are routine?');
    expect(snippets(routine)[0]).toMatch(/held regularly/);
  });

  it('reads a capitalised aside as no name, "end up in" as a place, not an outcome, and a deal as an agreement', async () => {
    expect(readQuestion('Roughly how many soldiers are expected to end up in the region?', never).names).toEqual([]);
    const ctx = await context();
    const soldiers = ask(ctx, 'Roughly how many soldiers are expected to end up in the region?');
    expect(snippets(soldiers)[0]).toMatch(/About 30,000 soldiers/);
    const deal = ask(ctx, 'when was the harbor deal struck and did it ever actually get carried out');
    expect(snippets(deal)[0]).toMatch(/never fully implemented/);
    expect(asksForAuthor('Who are the reporters behind the CNN story?')).toBe(true);
  });
});
