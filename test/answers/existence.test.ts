import { describe, expect, it } from 'vitest';
import { acronymInText } from '../../src/answers/asked-names.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "Were there any …": whether such a thing was, told only by a passage that speaks of it. Invented articles.
const held = knowledgeFixture('existence-held', [
  {
    file: 'march.md',
    title: 'Central bank holds rates',
    date: '2022-03-17',
    paragraphs: [
      'The Monetary Council held its key rate at 1% at its March meeting and said it would watch prices closely.',
      'The council meets again in May.',
    ],
  },
]);

const raised = knowledgeFixture('existence-raised', [
  {
    file: 'june.md',
    title: 'Central bank raises rates',
    date: '2022-06-16',
    paragraphs: [
      'Two members dissented from the Monetary Council decision at the June meeting, preferring a smaller move.',
      'The council raised its key rate to 1.5%.',
    ],
  },
]);

describe('whether there was any', () => {
  it('is not told by a passage on the occasion that does not speak of the thing', async () => {
    const answer = ask(await held(), 'were there any dissents at the march meeting of the monetary council');
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toContain('No article says whether there was');
  });

  it('is told by a passage that speaks of it', async () => {
    const answer = ask(await raised(), 'were there any dissents at the june meeting of the monetary council');
    expect(snippets(answer)[0]).toContain('dissented');
  });
});

const broadcasters = knowledgeFixture('existence-also', [
  {
    file: 'media.md',
    title: 'Broadcasters pull out after the new law',
    date: '2022-03-04',
    paragraphs: [
      'Several Western news organizations moved on Friday to suspend their operations in Vostria after a harsh new law on the press.',
      'Delta News said it had stopped broadcasting in Vostria, and Orbit Radio said it would suspend its reporting there.',
    ],
  },
]);

describe('whether one more did the same', () => {
  it('is told only by a sentence that names them beside the act', async () => {
    const ctx = await broadcasters();
    const answer = ask(ctx, 'did harbor tv also stop broadcasting in vostria after the new law');
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toContain('No article says whether harbor tv did too');
    expect(snippets(ask(ctx, 'did orbit radio also suspend its reporting in vostria?'))[0]).toContain('Orbit Radio');
  });
});

const trucking = knowledgeFixture('acronym-words', [
  {
    file: 'drivers.md',
    title: 'Truckers short of drivers',
    date: '2022-01-21',
    paragraphs: [
      'American Trucking Associations president Chris Spear said the industry is short 81,000 drivers.',
      'It was an act there are few precedents for, one lawmaker said.',
    ],
  },
  {
    file: 'bill.md',
    title: 'Senate passes the bill',
    date: '2022-01-22',
    paragraphs: ['Senators said of the act there are many reasons to doubt it.'],
  },
]);

describe('an acronym the articles write out', () => {
  it('is read by names, not by function words whose initials spell it, and shown as a name', async () => {
    const ctx = await trucking();
    const found = acronymInText(ctx, { text: 'ATA', capitalised: true, acronym: true }, null);
    expect(found?.corrected).toBe('American Trucking Associations');
    expect(snippets(ask(ctx, 'how many drivers is the industry short according to the ATA'))[0]).toContain(
      '81,000 drivers',
    );
  });
});

const parcels = knowledgeFixture('says-how-many', [
  {
    file: 'parcels.md',
    title: 'Shippers race to deliver gifts',
    date: '2021-12-23',
    paragraphs: [
      'Parcelo chief executive Fred Smith said "most of the gifts will be delivered on time," but supply problems remain.',
      'Rival Boxline said it delivered 21 million packages in the week before the holiday.',
    ],
  },
]);

describe('whether someone said how many', () => {
  it('is told only by their words with a number', async () => {
    const ctx = await parcels();
    const answer = ask(ctx, 'did parcelo say how many packages it delivered over the holidays?');
    expect(answer.empty).toBe(true);
    expect(snippets(ask(ctx, 'did boxline say how many packages it delivered?'))[0]).toContain('21 million');
  });
});
