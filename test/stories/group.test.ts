import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceRarity, SLUG_MAX, type StoryArticle, StoryGrouper, slugify } from '../../src/stories/index.ts';

/** A small article; paragraphs are plain sentences a reporter might write. */
function article(id: string, date: string | null, title: string, paragraphs: string[], pinned: string | null = null) {
  return { id, date, title, publisher: 'Gazette', paragraphs, pinned } satisfies StoryArticle;
}

const ferryStrike = [
  article('ferry-1', '2023-05-02', 'Ferry crews walk out at Harbourton over pay', [
    'Ferry crews at Harbourton Marine walked out on Tuesday after talks over pay collapsed, stranding commuters.',
    'The Seafarers Guild said its members rejected an offer of a 3% rise from Harbourton Marine.',
  ]),
  article('ferry-2', '2023-05-03', 'Harbourton ferry strike strands thousands of commuters', [
    'Thousands of commuters were stranded for a second day as the Harbourton Marine ferry strike went on.',
    'The Seafarers Guild said crews would stay out until Harbourton Marine improved its pay offer.',
  ]),
  article('ferry-3', '2023-05-05', 'Harbourton Marine and Seafarers Guild agree deal to end ferry strike', [
    'Harbourton Marine and the Seafarers Guild reached a pay deal on Friday, ending the ferry strike.',
    'Crews return to work on Saturday, the Seafarers Guild said.',
  ]),
];
const orchardFire = [
  article('fire-1', '2023-05-03', 'Wildfire near Kellow Valley orchards forces evacuations', [
    'A wildfire in the Kellow Valley forced hundreds of residents to leave their homes on Wednesday.',
    'Firefighters said dry orchards and strong winds fed the Kellow Valley blaze.',
  ]),
  article('fire-2', '2023-05-04', 'Kellow Valley wildfire contained, firefighters say', [
    'Firefighters contained the Kellow Valley wildfire on Thursday after it burned through orchards.',
    'Residents evacuated from the Kellow Valley may return on Friday.',
  ]),
];
/** The same company as the strike, months later, about something else. */
const ferryResults = article('ferry-results', '2023-09-20', 'Harbourton Marine profit falls after spring strike', [
  'Harbourton Marine reported a fall in half-year profit on Wednesday, citing the cost of new vessels.',
  'The company said passenger numbers had recovered.',
]);

function grouped(articles: readonly StoryArticle[], options = {}): string[][] {
  const grouper = new StoryGrouper({ rarity: referenceRarity(), ...options });
  grouper.addAll(articles);
  return grouper
    .stories()
    .map((s) => [...s.articles].sort())
    .sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

describe('StoryGrouper', () => {
  it('puts articles on one event together and keeps other events apart', () => {
    expect(grouped([...ferryStrike, ...orchardFire])).toEqual([
      ['ferry-1', 'ferry-2', 'ferry-3'],
      ['fire-1', 'fire-2'],
    ]);
  });

  it('starts a new story for the same company months later', () => {
    const stories = grouped([...ferryStrike, ferryResults]);
    expect(stories).toContainEqual(['ferry-results']);
    expect(stories).toContainEqual(['ferry-1', 'ferry-2', 'ferry-3']);
  });

  it('gives the same stories whatever order the articles come in', () => {
    const all = [...ferryStrike, ...orchardFire, ferryResults];
    const expected = grouped(all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (shuffled) => {
        expect(grouped(shuffled)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('adds one article without regrouping the others', () => {
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    grouper.addAll([...ferryStrike.slice(0, 2), ...orchardFire]);
    const before = new Map(['ferry-1', 'ferry-2', 'fire-1', 'fire-2'].map((id) => [id, grouper.storyOf(id)]));
    const joined = grouper.add(ferryStrike[2] as StoryArticle);
    expect(joined).toBe(grouper.storyOf('ferry-1'));
    for (const [id, story] of before) expect(grouper.storyOf(id)).toBe(story);
    expect(grouper.add(ferryResults)).not.toBe(joined);
  });

  it('groups in slices that yield to the event loop, into the same stories as at once', async () => {
    const articles = [...ferryStrike, ...orchardFire, ferryResults];
    const atOnce = new StoryGrouper({ rarity: referenceRarity() });
    atOnce.addAll(articles);
    const sliced = new StoryGrouper({ rarity: referenceRarity() });
    // Turns of the event loop while the sliced grouping runs; with no time allowed per slice, it yields after every
    // article of each of its four passes and after every story described.
    let turns = 0;
    let running = true;
    const count = () => {
      turns++;
      if (running) setImmediate(count);
    };
    setImmediate(count);
    await sliced.addAllAsync(articles, 0);
    const catalogue = await sliced.catalogueAsync(0);
    running = false;
    expect(turns).toBeGreaterThanOrEqual(4 * articles.length);
    expect(catalogue.list).toEqual(atOnce.stories());
  });

  it('describes again only the stories whose articles changed', async () => {
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    grouper.addAll([...ferryStrike.slice(0, 2), ...orchardFire]);
    const before = await grouper.catalogueAsync();
    const fire = before.of('fire-1');
    const ferry = before.of('ferry-1');
    grouper.add(ferryStrike[2] as StoryArticle);
    const after = await grouper.catalogueAsync();
    // The untouched story is the very same description; the one that gained an article is new and lists it.
    expect(after.of('fire-1')).toBe(fire);
    expect(after.of('ferry-1')).not.toBe(ferry);
    expect(after.of('ferry-1')?.articles).toEqual(['ferry-1', 'ferry-2', 'ferry-3']);
    grouper.remove('ferry-3');
    expect((await grouper.catalogueAsync()).of('ferry-1')?.articles).toEqual(['ferry-1', 'ferry-2']);
    expect(grouper.catalogue().list).toEqual(grouper.stories());
  });

  it('lets a moderator pin an article to a story by slug', () => {
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    const pinned = { ...(orchardFire[0] as StoryArticle), pinned: 'Harbourton Ferry Strike' };
    grouper.addAll([...ferryStrike, pinned]);
    expect(grouper.storyOf('fire-1')).toBe('harbourton-ferry-strike');
    // The pinned story is a story like any other: the related fire article joins its sibling there.
    grouper.add(orchardFire[1] as StoryArticle);
    expect(grouper.storyOf('fire-2')).toBe('harbourton-ferry-strike');
  });

  it('drops a story when its last article is removed, and an edited article is placed again', () => {
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    grouper.addAll([...ferryStrike, ...orchardFire]);
    grouper.remove('fire-1');
    grouper.remove('fire-2');
    expect(grouper.stories().map((s) => s.articles.length)).toEqual([3]);
    grouper.remove('unknown-id');
    // Re-adding an id replaces its earlier version rather than counting it twice.
    grouper.add(ferryStrike[0] as StoryArticle);
    expect(grouper.size).toBe(3);
  });

  it('describes a story: slug id from its first headline, central title, dates, publishers, names', () => {
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    grouper.addAll(ferryStrike);
    const [story] = grouper.stories();
    expect(story).toMatchObject({
      id: 'ferry-crews-walk-out-at-harbourton-over',
      articles: ['ferry-1', 'ferry-2', 'ferry-3'],
      from: '2023-05-02',
      to: '2023-05-05',
      publishers: ['Gazette'],
    });
    expect(ferryStrike.map((a) => a.title)).toContain(story?.title);
    expect(story?.names).toEqual(expect.arrayContaining(['Harbourton Marine', 'Seafarers Guild']));
  });

  it('lists stories newest first and keeps ids unique when two headlines slug alike', () => {
    const twin = article('twin', '2022-01-01', 'Ferry crews walk out at Harbourton over pay', [
      'A different walkout about canal barges in another year.',
    ]);
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    grouper.addAll([...ferryStrike, twin]);
    expect(grouper.stories().map((s) => s.id)).toEqual([
      'ferry-crews-walk-out-at-harbourton-over-2',
      'ferry-crews-walk-out-at-harbourton-over',
    ]);
  });

  it('ignores page furniture repeated across unrelated articles', () => {
    const banner = 'Sign up for our morning newsletter and get the day’s top stories from Harbourton Daily Media.';
    const withBanner = [...ferryStrike.slice(0, 1), ...orchardFire, ferryResults].map((a) => ({
      ...a,
      paragraphs: [banner, `Read more from Harbourton Daily Media`, ...a.paragraphs],
    }));
    const stories = grouped(withBanner);
    expect(stories).toContainEqual(['fire-1', 'fire-2']);
    expect(stories).toContainEqual(['ferry-1']);
    expect(stories).toContainEqual(['ferry-results']);
  });

  it('joins an undated article by its words alone', () => {
    const undated = { ...(orchardFire[1] as StoryArticle), id: 'fire-undated', date: null };
    expect(grouped([...ferryStrike, orchardFire[0] as StoryArticle, undated])).toContainEqual([
      'fire-1',
      'fire-undated',
    ]);
  });
});

describe('StoryGrouper.catalogueAsync', () => {
  it('describes the same stories, in the same order, as catalogue(), whatever the slice of time', async () => {
    const articles = [...ferryStrike, ...orchardFire, ferryResults];
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    grouper.addAll(articles);
    const whole = grouper.catalogue();
    expect(whole.list.length).toBeGreaterThan(1);
    for (const sliceMs of [0, 2, 200]) {
      // A grouper of its own each time: the first catalogue's descriptions are kept, so reusing one would test the
      // cache, not the sliced describing.
      const fresh = new StoryGrouper({ rarity: referenceRarity() });
      fresh.addAll(articles);
      const stepped = await fresh.catalogueAsync(sliceMs);
      expect(stepped.list).toEqual(whole.list);
      expect(stepped.of('ferry-2')?.id).toBe(whole.of('ferry-2')?.id);
    }
  });
});

describe('referenceRarity', () => {
  it('knows common news words as common and has no sentence or rare name in it', () => {
    const rarity = referenceRarity();
    expect(rarity.documents).toBeGreaterThan(1000);
    const company = rarity.frequency.get('company') ?? 0;
    expect(company).toBeGreaterThan(100);
    expect(company).toBeLessThanOrEqual(rarity.documents);
    expect([...rarity.frequency.keys()].every((w) => /^[a-z][a-z0-9]+$/.test(w))).toBe(true);
    expect(Math.min(...rarity.frequency.values())).toBeGreaterThanOrEqual(5);
  });
});

describe('slugify', () => {
  it('folds accents and punctuation into a readable slug', () => {
    expect(slugify('Credit Suisse boss Horta-Osório resigns over Covid breaches')).toBe(
      'credit-suisse-boss-horta-osorio-resigns',
    );
    expect(slugify("Netflix’s Stumble: What's Next?")).toBe('netflixs-stumble-whats-next');
    expect(slugify('¿¡!?')).toBe('');
  });

  it('always gives lower-case letters, digits and single hyphens within the length limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const slug = slugify(text);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
        if (slug !== '') expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
