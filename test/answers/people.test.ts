import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/answers/people.ts';
import { contextFor } from './seed.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-people-'));
  await mkdir(join(dir, 'articles'));
  const article = (title: string, date: string, body: string) =>
    `---\ntitle: "${title}"\npublisher: Test Wire\ndate: ${date}\n---\n\n${body}\n`;
  await writeFile(
    join(dir, 'articles', 'harbour-a.md'),
    article(
      'Harbour board weighs tolls',
      '2022-03-01',
      '“We will not raise the tolls this year,” said Margaret J. Okafor, the harbour board chair.\n\nThe board meets again in April.',
    ),
  );
  await writeFile(
    join(dir, 'articles', 'harbour-b.md'),
    article(
      'Harbour tolls stay flat',
      '2022-03-04',
      '“The budget holds without new tolls,” Margaret Okafor told reporters on Friday.\n\nShipping firms welcomed the news.',
    ),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('people across articles', () => {
  it('are one person however publishers write the full name (middle initial or not)', async () => {
    const ctx = await contextFor(dir);
    const okafor = people(ctx).filter((p) => /Okafor/.test(p.name));
    expect(okafor).toHaveLength(1);
    expect(okafor[0]?.quotes).toHaveLength(2);
    expect([okafor[0]?.name, ...(okafor[0]?.aliases ?? [])]).toEqual(
      expect.arrayContaining(['Margaret J. Okafor', 'Margaret Okafor']),
    );
  });
});
