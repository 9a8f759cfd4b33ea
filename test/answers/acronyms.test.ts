import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { contextFor, expectVerbatim, snippets } from './seed.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-acronyms-'));
  await mkdir(join(dir, 'articles'));
  const article = (title: string, body: string) =>
    `---\ntitle: "${title}"\npublisher: Test Wire\ndate: 2022-07-14\n---\n\n${body}\n`;
  await writeFile(
    join(dir, 'articles', 'bank.md'),
    article(
      'Regulators penalise a lender',
      'Bank of America was ordered to pay $150 million in penalties for blocking refunds to customers.\n\nThe lender said it had fixed the problem.',
    ),
  );
  await writeFile(
    join(dir, 'articles', 'airline.md'),
    article(
      'Airline cancels flights',
      'British Airways cancelled 10,300 flights over the summer.\n\nThe airline apologised to customers.',
    ),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('acronyms the articles never write', () => {
  it('reads "BofA" as an acronym whose small word must be in the name', async () => {
    expect(readQuestion('How much was BofA fined?', () => false).names[0]).toMatchObject({ acronym: true });
    const ctx = await contextFor(dir);
    const a = searchAnswer(ctx, { question: 'How much was BofA fined?', limit: 3 });
    expectVerbatim(ctx, a);
    // Bank of America (B-of-A), not British Airways (also B…A), and its penalty though the question says "fined".
    expect(snippets(a)[0]).toMatch(/^Bank of America was ordered to pay \$150 million in penalties/);
    expect(snippets(a).join(' ')).not.toMatch(/British Airways/);
  });
});
