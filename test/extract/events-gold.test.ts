import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates.ts';
import { extractEvents } from '../../src/extract/events/events.ts';
import { sentencesOf } from '../../src/extract/language/sentences.ts';
import type { DateMention, EventAspect, EventFact } from '../../src/extract/types.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

/**
 * The shared gold list of the drills' key facts is an oracle: this test measures how many of them the event
 * rules cover and fails if that number drops (a ratchet). The labels are never used as rules.
 */
const EVAL = new URL('../../../shared/eval/', import.meta.url);

interface GoldFact {
  readonly fact: string;
  readonly article: string;
  readonly paragraph: number;
  readonly text: string;
}

/** Which event aspects can carry each kind of gold fact (the label before ":" or "("). */
const ACCEPTS: Readonly<Record<string, readonly EventAspect[]>> = {
  name: ['name'],
  participants: ['start'],
  'announced by': ['announcement'],
  start: ['start'],
  end: ['end'],
  'after end': ['end'],
  duration: ['duration'],
  purpose: ['purpose'],
  scale: ['forces'],
  location: ['location'],
  'forces deployed': ['forces'],
  'naval drills': ['naval'],
  attendance: ['attendance'],
};

/** Gold facts covered when this test was last tightened; raise it when the rules improve, never lower it. */
const MIN_COVERED = 37;

function kindOf(fact: string): string {
  return (fact.split(/[:(]/)[0] ?? '').trim();
}

function covers(f: EventFact, g: GoldFact): boolean {
  if (f.article !== g.article || f.paragraph !== g.paragraph) return false;
  if (!(ACCEPTS[kindOf(g.fact)] ?? []).includes(f.aspect)) return false;
  if (f.aspect === 'name' && !g.fact.includes(f.value)) return false;
  return f.context.includes(g.text) || g.text.includes(f.context);
}

describe('event facts against the drills gold list', () => {
  let gold: GoldFact[] = [];
  const events: EventFact[] = [];
  const dates: DateMention[] = [];

  beforeAll(async () => {
    gold = JSON.parse(await readFile(new URL('gold/drills.json', EVAL), 'utf8')) as GoldFact[];
    const { articles } = await loadKnowledge(new URL('articles', EVAL).pathname);
    for (const article of articles) {
      const sentences = sentencesOf(article.id, article.paragraphs);
      const found = extractDates(article, sentences);
      dates.push(...found);
      events.push(...extractEvents(article, sentences, found, []));
    }
  });

  it('keeps every context a verbatim sentence', () => {
    for (const f of events) expect(f.context.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
  });

  it(`covers at least ${MIN_COVERED} gold facts`, () => {
    const missed: string[] = [];
    let covered = 0;
    for (const g of gold) {
      const dateline = /\((\w+) = (\d{4}-\d\d-\d\d)\)/.exec(g.fact);
      const ok = dateline
        ? // The article-date fact is about dates: the weekday it names must resolve to that date.
          dates.some((d) => d.article === g.article && d.text === dateline[1] && d.date === dateline[2])
        : events.some((f) => covers(f, g));
      if (ok) covered++;
      else missed.push(`${g.article} ¶${g.paragraph} ${g.fact}`);
    }
    console.info(
      `drills gold coverage: ${covered}/${gold.length}${missed.length ? `; missed: ${missed.join(' | ')}` : ''}`,
    );
    expect(covered).toBeGreaterThanOrEqual(MIN_COVERED);
  });

  it('finds both names of the exercise and flags them as variants', async () => {
    const { areEventNameVariants } = await import('../../src/extract/index.ts');
    const names = [...new Set(events.filter((f) => f.aspect === 'name').map((f) => f.value))];
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const a of names) for (const b of names) expect(areEventNameVariants(a, b)).toBe(true);
  });
});
