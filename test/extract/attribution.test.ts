import { describe, expect, it } from 'vitest';
import { createAttributor } from '../../src/extract/speakers/attribution.ts';
import { speechClauses } from '../../src/extract/speakers/speech-clauses.ts';

/** The agents' names of the speech clauses of a one-sentence text. */
function agentsOf(text: string): string[] {
  return speechClauses(text, 0, text.length, () => false).map((c) => c.agent.name);
}

/**
 * Attributes `phrase` in the last paragraph of an article walked with {@link createAttributor}; the paragraphs
 * before it are the context the article gives (who was named, who spoke).
 */
function claimIn(paragraphs: string[], phrase: string) {
  const n = paragraphs.length;
  const text = paragraphs[n - 1] as string;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in ${text}`);
  const attributor = createAttributor({ paragraphs: paragraphs.map((t, i) => ({ number: i + 1, text: t })) });
  return attributor.claimantAt(n, start, start + phrase.length);
}

/** Attributes `phrase` in a one-paragraph article. */
function claimOf(text: string, phrase: string) {
  return claimIn([text], phrase);
}

describe('one sentence', () => {
  it('according to X, with an appositive after the name', () => {
    const a = claimOf(
      'According to Baltic Watch, a research group, some 4,000 troops are in the area.',
      '4,000 troops',
    );
    expect(a).toMatchObject({ name: 'Baltic Watch', rule: 'according-to' });
  });

  it('according to a statement from a body: the body', () => {
    const a = claimOf('Some 70 staff were moved, according to a statement from the White House.', '70 staff');
    expect(a?.name).toBe('White House');
  });

  it('according to a group named by role', () => {
    const a = claimOf('The fleet has grown by 40%, according to three European diplomats.', '40%');
    expect(a?.name).toBe('three European diplomats');
  });

  it('X said that…: role and name split, the name canonical', () => {
    const a = claimOf('Finnish Defence Minister Aino Virtanen said on Tuesday that 12 jets had been sent.', '12 jets');
    expect(a).toMatchObject({ name: 'Aino Virtanen', role: 'Finnish Defence Minister', kind: 'person' });
    expect(a?.rule).toBe('verb-then-quote');
  });

  it('a role set off by commas before the name', () => {
    const a = claimOf("Norway's Foreign Minister, Erik Dahl, said a few hundred soldiers remained.", 'a few hundred');
    expect(a).toMatchObject({ name: 'Erik Dahl', role: "Norway's Foreign Minister" });
  });

  it('a country speaks by metonymy', () => {
    const a = claimOf('The United States has stated that up to 2,000 could be involved.', 'up to 2,000');
    expect(a).toMatchObject({ name: 'United States', kind: 'place' });
  });

  it('a body written in lower case after a possessive', () => {
    const a = claimOf("Poland's interior ministry said 300 people crossed the border.", '300 people');
    expect(a?.name).toBe("Poland's interior ministry");
    expect(a?.kind).toBe('organization');
  });

  it('a trailing "…, officials said." after a comma counts', () => {
    const a = claimOf('Some 500 vehicles were seen near the border, local officials said.', '500 vehicles');
    expect(a?.name).toBe('local officials');
  });

  it("returns null for the reporter's own voice, even when a later clause has a speech verb", () => {
    expect(claimOf('Over 9,000 people live in the town.', '9,000 people')).toBeNull();
    expect(claimOf('Some 800 troops arrived but Moscow denies any plan to attack.', '800 troops')).toBeNull();
  });

  it('resolves "he said" to the person named before, and refuses a body', () => {
    const a = claimIn(['Karl Berg inspected the harbour.', '“We counted 60 boats,” he said.'], '60 boats');
    expect(a).toMatchObject({ name: 'Karl Berg', rule: 'inside-quote', resolved: true });
    expect(
      claimIn(['The Harbour Authority inspected the harbour.', '“We counted 60 boats,” he said.'], '60 boats'),
    ).toBeNull();
  });

  it('gives the canonical full name the article used before', () => {
    const a = claimIn(
      ['Defence Minister Aino Virtanen visited the base.', 'Virtanen said 12 jets had been sent.'],
      '12 jets',
    );
    expect(a?.name).toBe('Aino Virtanen');
  });

  it('reads "the central bank chief" as the central bank\'s chief named before, not as anyone\'s chief', () => {
    const context = ['Markets weighed comments from Federal Reserve chief Lena Marsh.', 'Marsh promised action.'];
    const said = '“We could raise rates by 50 basis points,” the central bank chief told economists.';
    expect(claimIn([...context, said], '50 basis points')?.name).toBe('Lena Marsh');
    const other = ['Markets weighed comments from Orbex chief Lena Marsh.', 'Marsh promised action.'];
    expect(claimIn([...other, said], '50 basis points')?.name).not.toBe('Lena Marsh');
  });

  it('finds the holder of a title the description spells another way ("co-chairman" for "co-chair")', () => {
    const context = ['Fuels will stay, Halvard Partners co-chair Ines Dorr said.', 'Dorr spoke at a summit.'];
    const said = '“We get 40% of our power from fossil fuels,” the Halvard Partners co-chairman said.';
    expect(claimIn([...context, said], '40%')?.name).toBe('Ines Dorr');
    // Another office of the same firm is someone else.
    const other = '“We get 40% of our power from fossil fuels,” the Halvard Partners treasurer said.';
    expect(claimIn([...context, other], '40%')?.name).not.toBe('Ines Dorr');
  });

  it('copes with an empty paragraph and an empty span', () => {
    expect(claimIn([''], '')).toBeNull();
  });
});

describe('createAttributor', () => {
  it("a figure inside a quotation belongs to the quotation's speaker", () => {
    const paragraphs = ['“There are at least 30 tanks here,” border guard Piotr Zielinski told reporters.'];
    expect(claimIn(paragraphs, '30 tanks')).toMatchObject({ name: 'Piotr Zielinski', rule: 'inside-quote' });
  });

  it('gives a quotation to the person named after it with their body and role before the name', () => {
    const fuel = '“We were at 156 pence a litre,” the RAC’s fuel spokesman Simon Tarrant told the BBC.';
    expect(claimIn([fuel], '156 pence')?.name).toBe('Simon Tarrant');
    const council = '“We lost 40 rigs,” Energy Workforce and Technology Council CEO Leslie Moran said.';
    expect(claimIn([council], '40 rigs')?.name).toBe('Leslie Moran');
  });

  it('reads the start of the speaker phrase between a quotation and its speaker: body, acronym, age, possessive', () => {
    const cases: [string, string, string][] = [
      [
        '“It is 40% worse,” International Committee of the Red Cross (ICRC) spokesperson Lea Marbot told CNN.',
        '40%',
        'Lea Marbot',
      ],
      ['“We saw 40 tanks,” 42 year-old Andriy Dolenko said.', '40 tanks', 'Andriy Dolenko'],
      [
        '“Estimates fell 0.8%,” Bank of Arcadia equity and quant strategist Sara Subra said in a note.',
        '0.8%',
        'Sara Subra',
      ],
      ['“We will add 300 staff,” its managing director Chris Hembury said.', '300 staff', 'Chris Hembury'],
      ['“Futures rose 2%,” Goldman Sachs’ Chris Husk said in a note.', '2%', 'Chris Husk'],
    ];
    for (const [text, figure, name] of cases) expect(claimIn([text], figure)?.name).toBe(name);
  });

  it('gives no quotation to a fragment of a longer name or a description after the words between', () => {
    const office = '“About 40% of steel is imported,” the Office of Management and Budget said in guidance.';
    expect(claimIn([office], '40%')?.name ?? null).not.toBe('Budget');
    const person = '“Sales fell 12%,” Jordan Brooks of the investment firm AQR told reporters.';
    expect(claimIn([person], '12%')?.name ?? null).not.toBe('AQR');
  });

  it('reads a name with a lower-case particle or article ("van Dorn", "al-Karimi", "von der Lanz")', () => {
    expect(claimIn(['“We will ship 10 million barrels,” Suhail al-Karimi said.'], '10 million')?.name).toBe(
      'Suhail al-Karimi',
    );
    expect(claimIn(['“We will ship 10 million barrels,” said Ursula von der Lanz.'], '10 million')?.name).toBe(
      'Ursula von der Lanz',
    );
    const named = ['Chief executive Ben van Dorn announced the exit.', '“We will cut 300 jobs,” said van Dorn.'];
    expect(claimIn(named, '300 jobs')?.name).toBe('Ben van Dorn');
    // A van is no part of a name.
    expect(claimIn(['A van carrying 40 boxes was stopped, police said.'], '40 boxes')?.name ?? '').not.toContain('van');
  });

  it('"it said" resolves to the body named before, across paragraphs', () => {
    const paragraphs = ['The Coast Guard issued a warning on Sunday.', 'About 40 vessels were still at sea, it said.'];
    expect(claimIn(paragraphs, '40 vessels')?.name).toBe('Coast Guard');
  });

  it('"she said" resolves past a man named as an object to the woman who is the subject', () => {
    const paragraphs = [
      'Judge Maria Costa thanked Paolo Ricci for his evidence.',
      '“Roughly 200 pages were missing,” she said.',
    ];
    expect(claimIn(paragraphs, '200 pages')?.name).toBe('Maria Costa');
  });

  it('a presupposed "the fact that…" stays the reporter\'s', () => {
    const paragraphs = ['Lena Ortiz said the fact that 30 shops had closed changed nothing.'];
    expect(claimIn(paragraphs, '30 shops')).toBeNull();
  });

  it('answers null for a paragraph it does not know', () => {
    const attributor = createAttributor({ paragraphs: [{ number: 1, text: 'Nothing here.' }] });
    expect(attributor.claimantAt(7, 0, 3)).toBeNull();
    expect(attributor.quoteSpeaker(7, 0)).toBeNull();
  });
});

describe('speechClauses', () => {
  it('reads "state" after a place or nationality as a modifier, not a verb', () => {
    expect(agentsOf('Russian state media reported the attack.')).toEqual(['Russian state media']);
    expect(agentsOf('Peter Brown, the Ohio state treasurer, said the fund was safe.')).toEqual(['Peter Brown']);
    expect(agentsOf('Kremlin officials claim victory.')).toEqual(['Kremlin officials']);
  });

  it('takes the name before a relative clause, not the opening adverbial before it', () => {
    const text = 'On Monday, Mr Vance, who has clashed with critics, suggested that he saw the plan as a test.';
    expect(agentsOf(text)).toEqual(['Vance']);
  });

  it('reads "adding" with a thing as its object as adding it, and with a clause as speech', () => {
    expect(agentsOf('The port opened a pier, adding berths for 40 fishing boats.')).toEqual([]);
    expect(agentsOf('The firm cut jobs, adding 200 roles in Ohio.')).toEqual([]);
    expect(agentsOf('The firm cut 40 jobs, adding that more would go.')).toEqual(['firm']);
  });

  it('reads the person an opening phrase without its comma runs into as the subject of a participle', () => {
    const text =
      'But in a long thread on Monday union leader Maria Okafor, who chairs the council, backed the plan, calling it "overdue".';
    expect(agentsOf(text)).toEqual(['Maria Okafor']);
    // An opening phrase closed by its comma: the subject after it, not a person the phrase names.
    expect(agentsOf('After meeting President Biden, the chancellor backed the plan, calling it "overdue".')).toEqual([
      'chancellor',
    ]);
  });

  it('reads the agent after "with" of a participle of speech ("with X calling it")', () => {
    expect(agentsOf('Critics were harsher, with Senator Ana Ruiz calling it "reckless".')).toEqual(['Ana Ruiz']);
    expect(agentsOf('Trade bodies were pleased, with the CBI calling for "more clarity".')).toEqual(['CBI']);
  });

  it('gives a quotation to the name after a role set off by a comma ("said its chief executive, Clare Moran")', () => {
    const text = '“Prices rose 8%,” said its chief executive, Clare Moran.';
    expect(claimIn([text], '8%')?.name).toBe('Clare Moran');
  });

  it('reads a person whose given name is also a word for a thing ("Bill", "Park") as a person', () => {
    expect(agentsOf('Bill Bullard said prices had been a shock.')).toEqual(['Bill Bullard']);
    expect(agentsOf("Utilita's chief executive, Bill Bullard, said prices had been a shock.")).toEqual([
      'Bill Bullard',
    ]);
    const chief =
      'Frank Gibbon, Zyngo’s chief executive, said in a statement that the deal would “add 40 games a year.”';
    expect(claimIn([chief], '40 games')?.name).toBe('Frank Gibbon');
    // A law is still no speaker.
    expect(agentsOf('The Online Safety Bill said nothing of the kind.')).toEqual([]);
  });

  it('reads a speaker after "said" whose title opens with "retired" or "former"', () => {
    const text = '“We lost 40 tanks,” said retired Army Gen. Wes Clarke, a former NATO commander.';
    expect(claimIn([text], '40 tanks')?.name).toBe('Wes Clarke');
  });

  it('gives a quotation to the person before an appositive left without its closing comma', () => {
    const text = '“Futures fell 2%,” Michael Jameson, managing director of equity trading at Wedbell Securities said.';
    expect(claimIn([text], '2%')?.name).toBe('Michael Jameson');
    // With no person before the comma, the body at the end still speaks.
    expect(claimIn(['Prices rose 4%, Goldman Sachs analysts said in a note.'], '4%')?.name).not.toBe('Prices');
  });

  it('reads a person tied to the body they speak for as the person ("Lucy Brown of the Resolution Foundation")', () => {
    expect(agentsOf('Lucy Brown of the Resolution Foundation said pressure was overdue.')).toEqual(['Lucy Brown']);
    expect(agentsOf('Tom Smith from the RAC said prices were rising.')).toEqual(['Tom Smith']);
    expect(agentsOf('Tom Ombelet from aviation analysts Cirium said most would stay home.')).toEqual(['Tom Ombelet']);
    // A body's own name with "of" is still the body.
    expect(agentsOf('The Bank of England said rates would rise.')).toEqual(['Bank of England']);
  });

  it('reads a hyphenated title ("editor-in-chief", "vice-chair") as a role before the name', () => {
    expect(
      agentsOf('Orbit TV deputy editor-in-chief Mila Sorel hit out at the firms, telling Reuters that it was unfair.'),
    ).toEqual(['Mila Sorel']);
    expect(agentsOf('Deputy editor-in-chief Mila Sorel said the ban was unfair.')).toEqual(['Mila Sorel']);
    expect(agentsOf('Board vice-chair Tom Aske said the bid was low.')).toEqual(['Tom Aske']);
  });

  it('reads a name of four words, and a given name with its accents, as the whole name', () => {
    expect(agentsOf('Andrés Manuel López Obrador said the ban was unfair.')).toEqual(['Andrés Manuel López Obrador']);
    expect(agentsOf('Mexican President Andrés Manuel López Obrador said the ban was unfair.')).toEqual([
      'Andrés Manuel López Obrador',
    ]);
    expect(agentsOf('Economist Beth Ann Bovino said rates would rise.')).toEqual(['Beth Ann Bovino']);
    // A title between a firm's name and the person's is neither's.
    expect(agentsOf('JPMorgan Chase CEO Jamie Dimon said rates would rise.')).toEqual(['Jamie Dimon']);
  });

  it('does not make the one a letter is addressed to its speaker', () => {
    expect(agentsOf("The minister's letter to its boss Tom Aske says the firm failed to consult.")).toEqual([]);
    expect(agentsOf('A memo to staff says the office will reopen.')).toEqual([]);
    // A quotation masked between the verb's "to" and the name does not make the name a reader.
    expect(agentsOf('Officers will be held to "high standards," Ellison said.')).toEqual(['Ellison']);
  });

  it('makes the one who put out a statement, a letter or a tweet the speaker of the participle after it', () => {
    expect(
      agentsOf('Jen Psaki issued a blistering, written statement saying the senator had reversed himself.'),
    ).toEqual(['Jen Psaki']);
    // The one who sent it, not the sentence's subject.
    expect(
      agentsOf(
        'The new guidance was released after Delta executives sent the agency a letter arguing it was too strict.',
      ),
    ).toEqual(['Delta executives']);
    // A document someone only cited is not their words.
    expect(agentsOf('Ana Ruiz read a report saying prices would rise.')).toEqual([]);
  });

  it('finds no clause in a sentence without a verb of saying', () => {
    expect(agentsOf('The state budget grew.')).toEqual([]);
  });
});
