import { describe, expect, it } from 'vitest';
import { READ_COMMANDS } from '../../src/answers/catalogue.ts';
import { type AnswerContext, createAnswerContext, scopeTo } from '../../src/answers/context.ts';
import { articlesWith, containsForm, foldedSentences, foldedWords } from '../../src/answers/folded.ts';
import { nameWords } from '../../src/answers/names.ts';
import { closestPerson, findPeople, people } from '../../src/answers/people.ts';
import { prepareAnswers } from '../../src/answers/prepare.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import { seedContext } from './seed.ts';

/** What articlesWith must return: the articles in scope with a sentence holding a form, by reading every one. */
function scanned(ctx: AnswerContext, forms: readonly (readonly string[])[]): string[] {
  return ctx.articles
    .filter((a) =>
      (ctx.facts.find((f) => f.article === a.id)?.sentences ?? []).some((s) =>
        containsForm(foldedWords(s.text), forms),
      ),
    )
    .map((a) => a.id);
}

/** The same articles and facts as `ctx`, with none of its lookups built yet. */
function fresh(ctx: AnswerContext): AnswerContext {
  return createAnswerContext(ctx.articles, ctx.facts, ctx.index, ctx.stories);
}

const proceed = () => new Promise<boolean>((resolve) => setImmediate(() => resolve(true)));

describe('articlesWith', () => {
  it('finds exactly the articles a scan of every sentence finds, for one- and many-word forms, whole and scoped', async () => {
    const ctx = fresh(await seedContext());
    const forms = [
      ...people(ctx).flatMap((p) => [p.name, ...p.aliases, ...p.roles].map((n) => [...nameWords(n)])),
      ['kremlin', 'said'],
      ['black', 'sea'],
      ['no', 'such', 'words', 'anywhere'],
      ['zzzz'],
    ];
    const scopes = [ctx, ...ctx.stories.list.map((s) => scopeTo(ctx, s))];
    let found = 0;
    for (const scope of scopes) {
      for (const form of forms) {
        const expected = scanned(scope, [form]);
        expect([...articlesWith(scope, [form])], form.join(' ')).toEqual(expected);
        found += expected.length;
      }
      expect([...articlesWith(scope, forms)]).toEqual(scanned(scope, forms));
    }
    expect(found).toBeGreaterThan(0); // the forms do occur: the comparison is not between two empty lists
    // The same once every sentence is folded (until then the search index narrows the articles to read).
    foldedSentences(ctx);
    for (const scope of scopes) expect([...articlesWith(scope, forms)]).toEqual(scanned(scope, forms));
  });
});

describe('people lookups', () => {
  it('finds a person by a partly typed name word and by a role, in directory order', async () => {
    const ctx = fresh(await seedContext());
    expect(findPeople(ctx, 'Pesk').map((p) => p.name)).toContain('Dmitry Peskov');
    expect(findPeople(ctx, 'kremlin spokesperson').map((p) => p.name)).toContain('Dmitry Peskov');
    expect(findPeople(ctx, 'Pe')).toEqual([]); // under three letters a word must be whole
    expect(findPeople(ctx, '   ')).toEqual([]);
  });

  it('corrects a misspelt name, and takes no one for a word far from every name, even with one person to choose', async () => {
    const ctx = fresh(await seedContext());
    expect(closestPerson(ctx, ['pesckov'])?.name).toBe('Dmitry Peskov');
    expect(closestPerson(ctx, ['zzzzzzzz'])).toBeNull();
    expect(closestPerson(ctx, ['zzzzzzzz'], (p) => p.name === 'Dmitry Peskov')).toBeNull();
    expect(closestPerson(ctx, [])).toBeNull();
  });
});

describe('prepareAnswers', () => {
  it('builds lookups that answer every command exactly as lookups built on demand', async () => {
    const seed = await seedContext();
    const prepared = fresh(seed);
    await prepareAnswers(prepared, proceed);
    const onDemand = fresh(seed);
    const calls: Record<string, readonly Record<string, string>[]> = {
      who: [{ name: 'Peskov' }, { name: 'pesckov' }, { name: 'Nobody Atall' }],
      quotes: [{ speaker: 'Peskov' }, { topic: 'security' }, { speaker: 'kremlin spokesperson', topic: 'drills' }],
      search: [{ question: 'What did Peskov say about the drills?' }, { question: 'how many troops are in Belarus' }],
      estimates: [{ subject: 'troops' }],
    };
    let compared = 0;
    for (const { spec, answer } of READ_COMMANDS) {
      for (const options of [{}, ...(calls[spec.name] ?? [])]) {
        expect(answer(prepared, options), `${spec.name} ${JSON.stringify(options)}`).toEqual(answer(onDemand, options));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(READ_COMMANDS.length);
  });

  it('stops when told the knowledge was replaced', async () => {
    const ctx = fresh(await seedContext());
    let asked = 0;
    await prepareAnswers(ctx, async () => {
      asked++;
      return false;
    });
    expect(asked).toBe(1);
  });
});

describe('a service that prepares its answers', () => {
  it('answers as one that does not, once prepared', async () => {
    const prepared = await createBriefingService({ knowledgeDir: 'knowledge', prepareAnswers: true });
    const plain = await createBriefingService({ knowledgeDir: 'knowledge' });
    await prepared.prepared?.();
    await plain.prepared?.();
    for (const [command, options] of [
      ['who', { name: 'Peskov' }],
      ['quotes', { speaker: 'Peskov' }],
      ['search', { question: 'What did Peskov say about the drills?' }],
      ['stories', {}],
      ['estimates', { subject: 'troops' }],
    ] as const) {
      expect(prepared.answer(command, options)).toEqual(plain.answer(command, options));
    }
  });
});
