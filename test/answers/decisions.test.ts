import { describe, expect, it } from 'vitest';
import { awaitsOutcome, decisionAsked, doneInPast, tellsDecision } from '../../src/answers/asked-facts.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "Did X decide …" is answered by a passage that tells the decision, and refused when the articles stop before it.
const context = knowledgeFixture('outcomes', [
  {
    file: 'trial.md',
    title: 'Closing arguments in the Lind trial',
    date: '2021-12-20',
    paragraphs: [
      'Lawyers gave their closing arguments on Monday in the trial of Mara Lind.',
      'One witness testified that Lind arranged the meetings.',
      'The jury was not present when Lind declined to testify.',
    ],
  },
  {
    file: 'stocks.md',
    title: 'Lawmakers and stock trading',
    date: '2022-01-25',
    paragraphs: [
      'Lawmakers are pushing for a ban on members of parliament trading stocks.',
      'Under a law passed in 2012, members may not trade on information they learn at work.',
    ],
  },
  {
    file: 'store.md',
    title: 'Lark store workers seek a union',
    date: '2022-04-20',
    paragraphs: [
      'Employees at a Lark store in Dover filed a petition on Wednesday to hold a union election.',
      'The union says that about 100 workers at the store are eligible to vote in the union election.',
    ],
  },
  {
    file: 'hearing.md',
    title: 'Oil executives questioned',
    date: '2022-04-06',
    paragraphs: [
      'Committee chairman Tom Reyes then asked the oil executives if they would cut dividends and buybacks.',
      'Each of the executives said they would raise output but wouldn’t commit to cutting dividends and buybacks.',
      'Reyes said he was disappointed.',
    ],
  },
  {
    file: 'imports.md',
    title: 'Fuel imports from Norland',
    date: '2022-03-15',
    paragraphs: [
      'Senator Ann Pike said she has many co-sponsors on a bill to ban fuel imports from Norland.',
      'The republic has banned fuel imports from Norland, and its neighbour said it would phase them out by the end of the year.',
    ],
  },
  {
    file: 'cafes.md',
    title: 'Cafe chain pauses its northern business',
    date: '2022-03-09',
    paragraphs: [
      'The Brava cafe chain said it would temporarily close its 120 cafes in Norland.',
      'Combined with its southern shops, the Norland cafes account for about 9% of Brava global sales.',
    ],
  },
]);

describe('questions of a decision', () => {
  it('reads the verb of the decision asked, in any form', () => {
    expect(decisionAsked('did the jury convict mara lind')).toBe(processTerm('convict'));
    expect(decisionAsked('Did the Senate end up confirming her?')).toBe(processTerm('confirm'));
    expect(decisionAsked('Did the drills end on time?')).toBeNull();
    expect(decisionAsked('Who approved the deal?')).toBeNull();
    // What a rule lets someone do is a state, not a decision taken.
    expect(decisionAsked('Are officials still allowed to hold crypto?')).toBeNull();
    expect(decisionAsked('Was the merger allowed?')).toBe(processTerm('allow'));
    // Someone's view of a decision asks the view, not whether it was taken; agreeing to something is a decision.
    expect(decisionAsked('did kupfer think banning russian oil was the right call')).toBeNull();
    expect(decisionAsked('Did the bosses agree to cut dividends?')).not.toBeNull();
    // A record of earlier wins is no outcome of this contest.
    expect(doneInPast('Kral has won the Coral Open nine times before.', processTerm('win') as string)).toBe(false);
    expect(doneInPast('Kral won the Coral Open on Sunday.', processTerm('win') as string)).toBe(true);
    // Whether a side won a vote is told by how the voters voted.
    expect(
      tellsDecision('Workers at the depot voted 993 to 875 against joining the union.', processTerm('win') as string),
    ).toBe(true);
    // "How did they vote" asks how the vote went.
    expect(decisionAsked('How did the shareholders vote on the offer?')).toBe(processTerm('vote'));
    expect(decisionAsked('How did the minister respond to the ban?')).toBeNull();
    // The decision in the passive: "was … convicted", "found guilty", "has … been approved".
    expect(decisionAsked('Was Mara Lind convicted?')).toBe(processTerm('convict'));
    expect(decisionAsked('was mara lind found guilty?')).toBe(processTerm('convict'));
    expect(decisionAsked('Has the merger been approved yet?')).toBe(processTerm('approve'));
    expect(decisionAsked('Was the ban on trading discussed?')).toBeNull();
    expect(decisionAsked('Has the president accepted responsibility for the crisis?')).toBeNull();
    // A court that lets a rule take effect decides.
    expect(decisionAsked('Did the court let the rule take effect?')).toBe(processTerm('let'));
  });

  it('tells a decision told from a word that only names it', () => {
    const vote = processTerm('vote') as string;
    expect(tellsDecision('He voted against the nominee.', vote)).toBe(true);
    expect(tellsDecision('Bullard was the only member to vote against the hike.', vote)).toBe(true);
    expect(tellsDecision('He is a critical vote in the Senate.', vote)).toBe(false);
    // A tally, or what the vote did, tells it.
    expect(tellsDecision('By a 20-2 vote, the committee sent the bill on.', vote)).toBe(true);
    expect(tellsDecision('The committee overwhelmingly passed the bill.', vote)).toBe(true);
    expect(tellsDecision('They wouldn’t commit to it.', processTerm('agree') as string)).toBe(true);
    const ban = processTerm('ban') as string;
    expect(tellsDecision('The president announced a ban on the flights.', ban)).toBe(true);
    expect(tellsDecision('The president will ban the flights.', ban)).toBe(true);
    expect(tellsDecision('Lawmakers want a ban on trading.', ban)).toBe(false);
    expect(tellsDecision('Lind declined to testify.', processTerm('convict') as string)).toBe(false);
    // A verdict: what the jury found.
    expect(tellsDecision('A jury found Lind guilty on Friday.', processTerm('convict') as string)).toBe(true);
    expect(tellsDecision('Lind was found not guilty.', processTerm('convict') as string)).toBe(true);
    expect(tellsDecision('Prosecutors say Lind is guilty.', processTerm('convict') as string)).toBe(false);
  });

  it('answers with a decision told as done, though a clause of its sentence looks ahead, before a bill still sponsored', async () => {
    const ban = processTerm('ban') as string;
    expect(doneInPast('The republic has banned fuel imports.', ban)).toBe(true);
    expect(doneInPast('The board ordered that ballots be mailed out.', processTerm('vote') as string)).toBe(false);
    const q = 'did the republic end up banning fuel imports from norland';
    expect(awaitsOutcome(q, 'Senator Ann Pike said she has many co-sponsors on a bill to ban fuel imports.')).toBe(
      true,
    );
    const answer = ask(await context(), q);
    expect(snippets(answer)[0]).toMatch(/^The republic has banned fuel imports from Norland/);
  });

  it('reads a refusal as an outcome, a plan as none', () => {
    const q = 'Did the executives agree to cut dividends?';
    expect(awaitsOutcome(q, 'They said they would raise output but wouldn’t commit to cuts.')).toBe(false);
    expect(awaitsOutcome(q, 'He asked them if they would cut dividends.')).toBe(true);
    expect(
      awaitsOutcome('How did the second vote turn out?', 'The board is also counting votes at a second site.'),
    ).toBe(true);
  });

  it('reads those still divided over whether it will happen as before the outcome', () => {
    const q = 'so did the central bank end up cutting the rate on tuesday or not';
    expect(awaitsOutcome(q, 'The bank is leaving economists divided over whether it needs to cut rates again.')).toBe(
      true,
    );
    expect(awaitsOutcome(q, 'Investors are unsure whether the bank will act.')).toBe(true);
    expect(awaitsOutcome(q, 'The bank cut its key rate by 10 basis points on Tuesday.')).toBe(false);
  });

  it('refuses when no passage tells the decision, though the trial is in the articles', async () => {
    const answer = ask(await context(), 'did the jury convict mara lind');
    expect(snippets(answer)).toEqual([]);
    expect(answer.notes.join(' ')).toMatch(/whether it happened/);
    for (const q of ['Was Mara Lind convicted?', 'was mara lind found guilty?']) {
      expect(snippets(ask(await context(), q))).toEqual([]);
    }
  });

  it('answers with the passage that tells the outcome before one that still awaits it', async () => {
    const answer = ask(await context(), 'Did the oil executives agree to cut dividends and buybacks?');
    expect(snippets(answer)[0]).toContain('wouldn’t commit');
  });

  it('reads "the result of the vote" as an outcome, which a petition or those eligible to vote do not give', async () => {
    const q = 'What was the result of the union vote at the Lark store?';
    expect(awaitsOutcome(q, 'About 100 workers at the store are eligible to vote.')).toBe(true);
    const answer = ask(await context(), q);
    expect(snippets(answer)).toEqual([]);
    expect(answer.notes[0]).toMatch(/^No article says how it turned out/);
  });

  it('refuses "did they end up banning it" when the passages only ask for a ban', async () => {
    const answer = ask(await context(), 'did parliament end up banning members from trading stocks');
    expect(snippets(answer)).toEqual([]);
  });

  it('reads a vote still to be mailed, and an arrest or a charge, as before the decision', () => {
    const vote = 'Did the workers vote to join the union?';
    expect(awaitsOutcome(vote, 'The board ordered that ballots be mailed out on Jan. 14 to the workers.')).toBe(true);
    const jail = 'Did the two stewards get jail time?';
    expect(awaitsOutcome(jail, 'Police say two stewards have been arrested and charged for breaking the rules.')).toBe(
      true,
    );
    expect(tellsDecision('The two arrested stewards returned on Friday.', processTerm('jail') as string)).toBe(false);
    expect(tellsDecision('The two stewards were jailed for two months.', processTerm('jail') as string)).toBe(true);
  });

  it('reads a court asked to decide as still to decide', () => {
    const q = 'Did the court let the rule take effect?';
    expect(awaitsOutcome(q, 'On Thursday, the court was asked by the ministry to let the rule take effect.')).toBe(
      true,
    );
    expect(awaitsOutcome(q, 'On Thursday, the court let the rule take effect.')).toBe(false);
  });

  it('refuses "how did they vote" when the articles stop before the vote', async () => {
    const answer = ask(await context(), 'How did the workers at the Lark store vote in the union election?');
    expect(snippets(answer)).toEqual([]);
  });

  it('refuses "who bought" when no passage tells a sale, only sales', async () => {
    const answer = ask(await context(), 'Who bought the Brava cafes in Norland after it left?');
    expect(snippets(answer)).toEqual([]);
  });
});
