/**
 * Many stories in one knowledge folder: the two seed articles beside 300 real articles of the same weeks
 * (`../shared/corpus`). Every story-level command, asked about the drills story, must answer exactly as it does
 * with the seeds alone; a story without an exercise must say so; the CLI prints the stories contract.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/index.ts';
import { type BriefingService, createBriefingService } from '../../src/service/index.ts';
import { briefing } from '../cli/run.ts';

const CORPUS = '../shared/corpus/to-knowledge.mjs';
const SEEDS = 'knowledge/articles';

/** What an answer says, without the parts that name its story or how it was asked. */
function substance(answer: Answer) {
  return {
    sections: answer.sections,
    conflicts: answer.conflicts,
    citations: answer.citations.map(({ story: _story, ...c }) => c),
    empty: answer.empty,
  };
}

describe.skipIf(!existsSync(CORPUS))('the seed story among 300 other articles', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefing-archive-'));
  const archive = join(root, 'archive');
  const seedsOnly = join(root, 'seeds');
  const cache = join(root, 'cache');
  let mixed: BriefingService;
  let alone: BriefingService;
  let drills: string;

  beforeAll(async () => {
    mkdirSync(join(archive, 'articles'), { recursive: true });
    mkdirSync(join(seedsOnly, 'articles'), { recursive: true });
    execFileSync('node', [CORPUS, join(archive, 'articles'), '--from', '2022-02-01', '--count', '300']);
    for (const f of readdirSync(SEEDS)) {
      copyFileSync(join(SEEDS, f), join(archive, 'articles', f));
      copyFileSync(join(SEEDS, f), join(seedsOnly, 'articles', f));
    }
    [mixed, alone] = await Promise.all([
      createBriefingService({ knowledgeDir: archive, cacheDir: cache }),
      createBriefingService({ knowledgeDir: seedsOnly, cacheDir: cache }),
    ]);
    const story = mixed.storyOf('000_7ae1a928e654e4ad');
    if (!story) throw new Error('the seed article has no story');
    drills = story.id;
  }, 600_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the two seed articles together, and only them, in one story of many', () => {
    expect(mixed.storyOf('003_59370a26bb79ce05')?.id).toBe(drills);
    expect(mixed.storyOf('000_7ae1a928e654e4ad')?.articles).toEqual(['000_7ae1a928e654e4ad', '003_59370a26bb79ce05']);
    expect(mixed.answer('stories', {}).stories?.length).toBeGreaterThan(50);
  });

  it.each([
    ['brief', {}],
    ['drills', {}],
    ['drills', { aspect: 'names' }],
    ['quotes', { speaker: 'Peskov' }],
    ['estimates', { subject: 'troops' }],
    ['who', { name: 'Stoltenberg' }],
    ['timeline', {}],
    ['sources', {}],
    ['search', { question: 'how far is Kyiv' }],
  ] as const)('answers /%s %j about the drills story as with the seeds alone', (command, options) => {
    const scoped = mixed.answer(command, { ...options, story: drills });
    expect(scoped.empty).toBe(false);
    expect(scoped.title).toContain(mixed.storyOf('000_7ae1a928e654e4ad')?.title);
    expect(substance(scoped)).toEqual(substance(alone.answer(command, options)));
  });

  it('finds the story by words of its title as well as by its id', () => {
    const byWords = mixed.answer('timeline', { story: 'joint military drills' });
    expect(byWords.story?.id).toBe(drills);
    expect(mixed.answer('timeline', { story: 'no such story anywhere' })).toMatchObject({ empty: true });
  });

  it('says a story without an exercise has none, and names the one that has', () => {
    const other = mixed
      .answer('stories', {})
      .stories?.find((s) => s.id !== drills && s.articles.length > 1 && /stock|market/i.test(s.title));
    expect(other).toBeDefined();
    const answer = mixed.answer('drills', { story: other?.id ?? '' });
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toContain(`No military exercise is described in ${other?.title}`);
    expect(answer.suggestions).toContain(`/drills story:${drills}`);
  });

  it('never mixes stories in one estimate subject, and labels sources by story across the archive', () => {
    const answer = mixed.answer('estimates', { subject: 'percent' });
    const stories = new Set(answer.citations.map((c) => c.story));
    expect(stories.size).toBeGreaterThan(1);
    for (const section of answer.sections) {
      const cited = new Set(section.items.map((i) => answer.citations.find((c) => c.n === i.citation)?.story));
      expect(cited.size, section.heading).toBe(1);
    }
  });

  it('prints the stories contract from the CLI, every article in exactly one story', async () => {
    const { code, stdout } = await briefing(cache, 'stories', '--json', '--knowledge', archive);
    expect(code).toBe(0);
    const { stories } = JSON.parse(stdout) as { stories: { id: string; title: string; articles: string[] }[] };
    const all = stories.flatMap((s) => s.articles);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(302);
    expect(stories.find((s) => s.id === drills)?.articles).toHaveLength(2);
  });
});
