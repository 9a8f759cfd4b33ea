import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "What did X say about Y": X's words near Y (a word of it or another name asked about), or an honest refusal.
const context = knowledgeFixture('speech-topic', [
  {
    file: 'ban.md',
    title: 'Norland bans Russian oil imports',
    date: '2022-03-08',
    paragraphs: [
      'President Ada Hale banned imports of Russian oil on Tuesday, saying the ban would hit the Russian economy hard.',
      'Oil prices rose after the ban was announced.',
      'The ban follows weeks of pressure from lawmakers.',
      'Analysts expect the price of petrol to climb further.',
      'Stock markets in Asia fell on the news.',
      'Meanwhile, President Ivo Marek taunted the Russian leader with a video filmed in his office.',
      '"I am not hiding, and I am not afraid," Marek said in the video.',
    ],
  },
  {
    file: 'bill.md',
    title: 'Democrats fume over the stalled bill',
    date: '2021-12-20',
    paragraphs: [
      'With Senator Joe Larkin wielding a veto, House members fear their vote for the Better Future bill was wasted.',
      'Members in hard races urged Larkin to return to the table.',
      '"I am upset about what happened," said Rep. Tom Orr. "We will not win spending the year moaning that Joe Larkin did not come through."',
    ],
  },
  {
    file: 'call.md',
    title: 'Carmaker profits jump',
    date: '2022-04-20',
    paragraphs: [
      'The carmaker reported record profits on Wednesday.',
      'Its chief executive, Rina Sol, said on the earnings call on Wednesday that output would rise by half this year.',
      '"Can more people please get into the cobalt business?" she said.',
    ],
  },
  {
    file: 'tokens.md',
    title: 'Investor warms to crypto',
    date: '2022-01-05',
    paragraphs: [
      'Investor Lea Brand now backs crypto tokens and says bitcoin belongs in every portfolio.',
      '"Bitcoin is the future of payments," Brand said on Monday.',
      'Brand has changed her mind on bitcoin over the years.',
      '"It is a worthless fad," Brand told a radio show in June 2019.',
    ],
  },
  {
    file: 'summit.md',
    title: 'Summit grows',
    date: '2022-02-10',
    paragraphs: [
      'Palace spokesman Ivo Berg said Tuesday that the summit has scaled up as both kingdoms face new threats.',
      '"[The summits] are held every year," Berg said on a call with reporters. "Yes, the scale may be larger than before, but times are tense."',
    ],
  },
  {
    file: 'rates.md',
    title: 'The Fed raises rates',
    date: '2022-03-16',
    paragraphs: [
      'The Fed raised rates on Wednesday for the first time since 2018.',
      'Fed policymakers expect six more hikes this year.',
      '"We are attentive to the risks of inflation," Fed chair Ana Voss said.',
      'The Fed also said it would shrink its balance sheet.',
      'Markets rallied after the decision.',
      'The Fed will meet again in May.',
    ],
  },
  {
    file: 'takeover.md',
    title: 'Tycoon buys the forum',
    date: '2022-04-26',
    paragraphs: [
      'The tycoon agreed to buy the forum for $40bn on Monday.',
      'Critics were harsher, with Senator Ana Ruiz calling Rex Hale\'s takeover "reckless for our democracy".',
      'Board chair Ola Berg said the board had weighed the offer with care and found it "the best path forward".',
      'Investor Carl Ruiz said the market for such deals was "overheated".',
    ],
  },
  {
    file: 'frigates.md',
    title: 'Frigates gather in the north',
    date: '2022-02-10',
    paragraphs: [
      "The navy has gathered most of its ships near the strait, according to two US officials familiar with Washington's latest estimates of the frigates.",
      'Shipyards in the north have worked day and night since January.',
      'The United States has stated that the frigates in the strait threaten shipping.',
    ],
  },
  {
    file: 'lund.md',
    title: 'Central banker warns on prices',
    date: '2022-03-16',
    paragraphs: [
      'Regulators said officials at the bank would face new trading rules.',
      '"Prices are rising too fast," central banker Ida Lund said on Tuesday.',
      'Lund will speak again in June.',
    ],
  },
  {
    file: 'outlook.md',
    title: 'Investor sees a rough year',
    date: '2022-03-22',
    paragraphs: [
      'Investor Max Dole said rising prices are a threat, while the war only added more uncertainty to his outlook.',
      'Carmaker chief Rina Sol this week vowed tough action on costs, indicating more price rises are coming.',
    ],
  },
]);

describe('what someone said about something', () => {
  it('reads a lower-case given name and surname as one speaker, though the given name alone names another', async () => {
    const isName = (w: string) => w === 'ivo';
    expect(readQuestion('what did ivo crane say about the ban', isName).names[0]?.text).toBe('ivo crane');
    // A body after the name is no surname.
    expect(readQuestion('what did the ivo administration say about the ban', isName).names[0]?.text).toBe('ivo');
    // Ivo Marek is in the articles; Ivo Crane is not, and is not taken for him.
    const answer = ask(await context(), 'what did ivo crane say about the video');
    expect(snippets(answer)).toEqual([]);
  });

  it('answers what someone said with their own words on the subject, in quotation marks, first', async () => {
    const answer = ask(await context(), 'What did Berg say about the scale of the summits?');
    expect(snippets(answer)[0]).toContain('are held every year');
    // Their account in the reporter's words still answers, after.
    expect(snippets(answer).join(' ')).toContain('scaled up');
  });

  it('answers what someone "used to say" with their words told as said before', async () => {
    const answer = ask(await context(), 'What did Lea Brand use to say about bitcoin?');
    expect(snippets(answer)[0]).toContain('It is a worthless fad');
    // Without "used to", what they say now comes first.
    expect(snippets(ask(await context(), 'What did Lea Brand say about bitcoin?'))[0]).not.toContain('worthless');
  });

  it('ranks their words on the subject above their words at the occasion named after it', async () => {
    const answer = ask(await context(), 'What did Sol say about cobalt on the earnings call?');
    // The call is where she spoke; cobalt is what she is asked about.
    expect(snippets(answer)[0]).toMatch(/cobalt/);
  });

  it('refuses when their words are far from the subject, though their article is on it', async () => {
    const answer = ask(await context(), "What did Marek say about Hale's ban on Russian oil?");
    expect(snippets(answer)).toEqual([]);
    expect(answer.notes[0]).toMatch(/Marek is quoted in the articles, but not on this/);
  });

  it('refuses when, quoted elsewhere, they are told speaking only of something else beside another on the subject', async () => {
    // Sol is quoted in another article; here the reporter tells what she vowed, next to Dole's words on the war.
    const war = ask(await context(), 'What did Rina Sol say about the war?');
    expect(snippets(war)).toEqual([]);
    expect(war.notes[0]).toMatch(/Rina Sol is quoted in the articles, but not on this/);
    const costs = ask(await context(), 'What did Rina Sol say about costs?');
    expect(snippets(costs)[0]).toMatch(/vowed tough action on costs/);
  });

  it('reads a name a third of the article repeats (their own body) as its background, not as the subject', async () => {
    const crypto = ask(await context(), 'what did voss say about the fed banning its officials from trading crypto');
    expect(snippets(crypto)).toEqual([]);
    expect(snippets(ask(await context(), 'what did voss say about inflation'))[0]).toMatch(/attentive to the risks/);
  });

  it('reads the subject by its telling words, not by words news writes everywhere ("officials", "trading")', async () => {
    const crypto = ask(await context(), 'what did lund say about banning officials from trading crypto');
    expect(snippets(crypto)).toEqual([]);
    expect(snippets(ask(await context(), 'what did lund say about prices'))[0]).toMatch(/Prices are rising too fast/);
  });

  it('finds someone asked by a title typed short, told speaking in a clause after "with"', async () => {
    const answer = ask(await context(), 'what did sen. ruiz say about the takeover');
    expect(snippets(answer)[0]).toMatch(/reckless for our democracy/);
  });

  it("answers what a capital said with its government's words on the subject, however far the capital's own name ranks them", async () => {
    const answer = ask(await context(), 'What has Washington said about the frigates in the strait?');
    expect(snippets(answer).join(' ')).toMatch(/The United States has stated that the frigates/);
  });

  it('answers what someone said at an occasion with their words told at it, and refuses when none are', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what did rina sol say on the earnings call'))[0]).toMatch(/on the earnings call/);
    const conference = ask(ctx, 'What did Rina Sol say at her press conference?');
    expect(snippets(conference)).toEqual([]);
    expect(conference.notes[0]).toMatch(/Rina Sol is quoted in the articles, but not at that occasion/);
    // The occasion after the subject ("about X at her press conference") is when, not what.
    expect(snippets(ask(ctx, 'What did Rina Sol say about cobalt at her press conference?'))).toEqual([]);
    expect(snippets(ask(ctx, 'What did Rina Sol say about output on the earnings call?'))[0]).toMatch(/output/);
  });

  it('reads "what was Senator X\'s reaction to …" as her words, and the title tells her from another X', async () => {
    expect(readQuestion("What was Senator Ruiz's reaction to the takeover?", () => false).type).toBe('speech');
    expect(readQuestion("what was the market's reaction to the news", () => false).type).not.toBe('speech');
    const answer = ask(await context(), "What was Senator Ruiz's reaction to the takeover?");
    expect(snippets(answer)[0]).toMatch(/reckless for our democracy/);
  });

  it('reads a name in the time after the subject ("about layoffs after the Hale takeover") as no subject', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what did ola berg say about layoffs after the hale takeover'))).toEqual([]);
    expect(snippets(ask(ctx, 'what did ola berg say about rex hale'))[0]).toMatch(/weighed the offer/);
  });

  it('reads a takeover bid as the offer or proposal news writes', async () => {
    const answer = ask(await context(), 'what did ola berg say about accepting the bid');
    expect(snippets(answer)[0]).toMatch(/weighed the offer with care/);
  });

  it('reads "what reason does X give for …" as X\'s words', async () => {
    expect(readQuestion('What reason does Berg give for the summits being larger this time?', () => false).type).toBe(
      'speech',
    );
    const answer = ask(await context(), 'What reason does Berg give for the summits being larger this time?');
    expect(snippets(answer)[0]).toMatch(/the scale may be larger than before, but times are tense/);
  });

  it('answers with their words beside another name the question asks about', async () => {
    const answer = ask(await context(), 'What did Rep. Tom Orr say about Larkin blocking the Better Future bill?');
    expect(snippets(answer)[0]).toContain('I am upset about what happened');
  });
});
