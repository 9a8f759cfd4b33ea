/**
 * What the scripts scoring `eval/question-sets/` share: the corpus the sets name articles from, each set's labels,
 * and the set's articles written as a knowledge folder (in the format of `../shared/corpus/to-knowledge.mjs`, so
 * paragraph n of a file is paragraph n of the corpus line the labels name).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of `../shared/corpus/news.jsonl`. */
export interface CorpusArticle {
  readonly id: string;
  readonly url: string;
  readonly publisher: string;
  readonly byline: readonly string[] | null;
  readonly date: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** A question set: its articles (corpus ids), the stories they form, and labelled questions. */
export interface QuestionSet {
  readonly name: string;
  readonly articles: readonly string[];
  /** The stories of several articles; every other article is a story of its own. */
  readonly stories: readonly { readonly id: string; readonly articles: readonly string[] }[];
  readonly questions: readonly { q: string; expect: readonly (readonly [string, number])[] }[];
}

/** Where the sets are kept. */
export const SET_DIR = join('eval', 'question-sets');

/** The corpus by article id. */
export function readCorpus(file: string): ReadonlyMap<string, CorpusArticle> {
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CorpusArticle)
      .map((a) => [a.id, a]),
  );
}

/** The set files named, or every set of {@link SET_DIR} in name order when none is. */
export function setFiles(named: readonly string[]): string[] {
  if (named.length > 0) return [...named];
  return readdirSync(SET_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(SET_DIR, f));
}

/** Reads one set file. */
export function readSet(file: string): QuestionSet {
  return JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;
}

/** One article as a knowledge file. */
function knowledgeFile(a: CorpusArticle): string {
  const q = (s: string) => JSON.stringify(s);
  const front = ['---', `title: ${q(a.title)}`, `publisher: ${q(a.publisher)}`];
  if (a.byline) front.push(`byline: [${a.byline.map(q).join(', ')}]`);
  front.push(`date: ${a.date}`, `url: ${q(a.url)}`, '---', '');
  return `${front.join('\n')}\n${a.paragraphs.join('\n\n')}\n`;
}

/** Writes a set's articles afresh as a knowledge folder under `.cache/question-sets/` and returns its path. */
export function writeSetKnowledge(set: QuestionSet, corpus: ReadonlyMap<string, CorpusArticle>): string {
  const dir = join('.cache', 'question-sets', set.name, 'knowledge');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const id of set.articles) {
    const a = corpus.get(id);
    if (!a) throw new Error(`${set.name}: article ${id} is not in the corpus`);
    writeFileSync(join(dir, 'articles', `${id}.md`), knowledgeFile(a));
  }
  return dir;
}
