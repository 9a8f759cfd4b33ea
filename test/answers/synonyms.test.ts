import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTable, synonymsOf } from '../../src/answers/synonyms.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A passage told in other words than the question's, which WordNet's synonyms tell is on what it asks. Invented
// article; the database's own files in the shape WordNet writes them.
const context = knowledgeFixture('synonyms', [
  {
    file: 'grid.md',
    title: 'Norvania readies its break with the old network',
    date: '2022-02-10',
    paragraphs: [
      'Norvania will disconnect its nuclear plants from the grid in March, the energy ministry said.',
      'The ministry gave no figure for the cost.',
    ],
  },
  {
    file: 'fund.md',
    title: 'A battery pioneer at the agency',
    date: '2022-01-10',
    paragraphs: ['Ms. Varga helped direct $120 million to a range of battery companies during a six-year stint.'],
  },
  {
    file: 'drivers.md',
    title: 'Orvane short of drivers',
    date: '2022-02-11',
    paragraphs: ['Orvane has a shortfall of 2,000 drivers, its chief executive said on Friday.'],
  },
]);

const term = (word: string) => processTerm(word) as string;

describe('a question in other words than the article', () => {
  it('is answered by the passage that says it with a synonym, not refused as not spoken of', async () => {
    const answer = ask(
      await context(),
      'when is norvania expected to unplug the reactors from the regional power grid?',
    );
    expect(snippets(answer)[0]).toContain('disconnect its nuclear plants');
  });

  it('answers a "what" question whose words the passage says otherwise', async () => {
    const answer = ask(await context(), 'what deficit worries Orvane?');
    expect(snippets(answer)[0]).toContain('shortfall of 2,000 drivers');
  });

  it('answers a "how much" whose verb the passage says with a synonym', async () => {
    const answer = ask(
      await context(),
      'how much money did varga help steer to battery companies during her time at the energy agency',
    );
    expect(snippets(answer)[0]).toContain('$120 million');
  });

  it('reads WordNet: "unplug" is "disconnect"', () => {
    expect(synonymsOf(term('unplug'))).toContain(term('disconnect'));
    expect(synonymsOf('no-such-term')).toEqual([]);
  });
});

describe('the synonym table', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('takes the first sense of the shortest word of each term, single words only', async () => {
    const dict = await mkdtemp(join(tmpdir(), 'wordnet-'));
    dirs.push(dict);
    // data: offset lex_filenum pos word_count(hex) word lex_id …; index: lemma pos synset_cnt p_cnt sense_cnt
    // tagsense_cnt offsets (first sense first).
    await writeFile(
      join(dict, 'data.verb'),
      [
        '  1 header line of the license',
        '00000100 30 v 03 unplug 0 disconnect 0 cut_off 0 000 | remove a plug',
        '00000200 30 v 02 unplug 0 free 0 000 | a rarer sense',
      ].join('\n'),
    );
    await writeFile(join(dict, 'index.verb'), 'unplug v 2 0 2 1 00000100 00000200\n');
    // "unplugged" stems to the same term as "unplug", but the shorter word is the one the term is read as.
    await writeFile(join(dict, 'data.adj'), '00000300 00 a 02 unplugged 0 offline 0 000 | not connected\n');
    await writeFile(join(dict, 'index.adj'), 'unplugged a 1 0 1 0 00000300\n');
    for (const pos of ['noun', 'adv']) {
      await writeFile(join(dict, `data.${pos}`), '');
      await writeFile(join(dict, `index.${pos}`), '');
    }
    const table = buildTable(dict);
    expect(table.get(term('unplug'))).toEqual([term('disconnect')]);
  });
});

describe('what someone said on a subject', () => {
  const quoted = knowledgeFixture('synonyms-quoted', [
    {
      file: 'mart.md',
      title: 'A furniture chain weathers the storm',
      date: '2022-04-30',
      paragraphs: [
        'Ada Quill runs the Orvane Furniture Mart in Omaha.',
        '“Higher prices are impacting our stores,” Quill said on Friday.',
        'The chain opened a new warehouse last year.',
      ],
    },
  ]);

  it('is answered by their words on it said otherwise ("impacting" for "affecting")', async () => {
    const answer = ask(await quoted(), 'What did Ada Quill say about how inflation is affecting her income?');
    expect(snippets(answer)[0]).toContain('impacting our stores');
  });
});
