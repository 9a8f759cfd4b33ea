/**
 * Checks, from the outside, that what the bot posts is cited and verbatim: every snippet line of a reply ends with
 * a citation number, the number is listed in the message's sources with a paragraph, and the snippet is found in
 * that paragraph of the article file on disk. The article files are read here independently of the bot's loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An article as a reader sees the file: title and blocks numbered from 1 over the text split on blank lines. */
export interface SourceArticle {
  readonly id: string;
  readonly title: string | null;
  readonly paragraphs: readonly string[];
}

/** Whitespace-insensitive form for comparing a snippet with its paragraph (line wrapping is not content). */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads every `*.md` / `*.txt` article under `<knowledgeDir>/articles`. */
export function readArticles(knowledgeDir: string): SourceArticle[] {
  const dir = join(knowledgeDir, 'articles');
  return readdirSync(dir)
    .filter((f) => ['.md', '.txt'].includes(extname(f)))
    .sort()
    .map((file) => {
      let text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
      let title: string | null = null;
      const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      if (front) {
        const meta = parseYaml(front[1] ?? '') as { title?: unknown } | null;
        title = typeof meta?.title === 'string' ? meta.title : null;
        text = text.slice(front[0].length);
      }
      const paragraphs = text
        .split(/\r?\n[ \t]*\r?\n/)
        .map((b) => b.trim())
        .filter((b) => b !== '');
      return { id: basename(file, extname(file)), title, paragraphs };
    });
}

/** Undoes Discord Markdown escaping (`\*` → `*`), so escaped snippets compare with the source text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_~`|#>[\]()-])/g, '$1');
}

/** A snippet line of a reply: optional bold label, the snippet, its citation number. */
export interface SnippetLine {
  readonly label: string | null;
  readonly snippet: string;
  readonly n: number;
}

/** A line of a message's sources list. */
export interface SourceLine {
  readonly n: number;
  readonly paragraph: number | null;
  /** The linked or italic title at the end of the line (the article id when it has no title). */
  readonly title: string | null;
  readonly text: string;
}

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };

function embedsOf(body: Readonly<Record<string, unknown>>): Embed[] {
  return Array.isArray(body.embeds) ? (body.embeds as Embed[]) : [];
}

/** Snippet lines (`[**label**: ]snippet [n]`) found in the fields and descriptions of a message's embeds. */
export function snippetLines(body: Readonly<Record<string, unknown>>): SnippetLine[] {
  const lines: SnippetLine[] = [];
  for (const embed of embedsOf(body)) {
    if (embed.title === 'Sources') continue;
    const texts = [...(embed.fields ?? []).map((f) => f.value), embed.description ?? ''];
    for (const line of texts.flatMap((t) => t.split('\n'))) {
      const match = /^(?:\*\*(.+?)\*\*: )?(.+?) \[(\d+)\]$/.exec(line.trim());
      if (!match) {
        // A line cut to fit would lose its trailing "[n]": keep it, uncited, so the check reports it.
        if (line.trim().endsWith('…')) lines.push({ label: null, snippet: unescapeMarkdown(line.trim()), n: 0 });
        continue;
      }
      lines.push({
        label: match[1] === undefined ? null : unescapeMarkdown(match[1]),
        snippet: unescapeMarkdown(match[2] ?? ''),
        n: Number(match[3]),
      });
    }
  }
  return lines;
}

/** Lines of the message's sources list (`**[n]** publisher · byline · date · ¶p · title`). */
export function sourceLines(body: Readonly<Record<string, unknown>>): SourceLine[] {
  const texts = embedsOf(body).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]);
  const lines: SourceLine[] = [];
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    const match = /^\*\*\[(\d+)\]\*\* (.*)$/.exec(line.trim());
    if (!match) continue;
    const parts = (match[2] ?? '').split(' · ');
    const paragraph = parts.map((p) => /^¶(\d+)$/.exec(p)?.[1]).find((p) => p !== undefined);
    const last = parts.at(-1) ?? '';
    const title = /^\[(.+)\]\(\S+\)$/.exec(last)?.[1] ?? /^\*(.+)\*$/.exec(last)?.[1] ?? null;
    lines.push({
      n: Number(match[1]),
      paragraph: paragraph === undefined ? null : Number(paragraph),
      title: title === null ? null : unescapeMarkdown(title),
      text: unescapeMarkdown(match[2] ?? ''),
    });
  }
  return lines;
}

/**
 * Every way a message's snippets fail to be cited verbatim: a number with no source line, a source naming no known
 * article, a paragraph out of range, or a snippet not found in its paragraph. Empty when all is well.
 */
export function citationProblems(
  body: Readonly<Record<string, unknown>>,
  articles: readonly SourceArticle[],
): string[] {
  const sources = new Map(sourceLines(body).map((s) => [s.n, s]));
  const problems: string[] = [];
  for (const line of snippetLines(body)) {
    const source = sources.get(line.n);
    if (line.n === 0) {
      problems.push(`a shortened line lost its citation: ${line.snippet.slice(0, 80)}`);
      continue;
    }
    if (!source) {
      problems.push(`[${line.n}] is not listed in the message's sources`);
      continue;
    }
    const article = articles.find((a) => a.id === source.title || (a.title !== null && a.title === source.title));
    if (!article) {
      problems.push(`[${line.n}] names no known article: ${source.text}`);
      continue;
    }
    const paragraph = source.paragraph === null ? undefined : article.paragraphs[source.paragraph - 1];
    if (paragraph === undefined) {
      problems.push(`[${line.n}] paragraph ¶${source.paragraph} does not exist in ${article.id}`);
      continue;
    }
    // A snippet cut to fit a field ends with an ellipsis; what precedes it must still be verbatim.
    const snippet = squash(line.snippet.replace(/…$/, ''));
    if (!squash(paragraph).includes(snippet)) {
      problems.push(`[${line.n}] "${snippet}" is not in ${article.id} ¶${source.paragraph}`);
    }
  }
  return problems;
}

/** The paragraphs a message cites, resolved through its sources list (unknown ones skipped). */
export function citedParagraphs(body: Readonly<Record<string, unknown>>, articles: readonly SourceArticle[]): string[] {
  return sourceLines(body).flatMap((s) => {
    const article = articles.find((a) => a.id === s.title || (a.title !== null && a.title === s.title));
    const paragraph = s.paragraph === null ? undefined : article?.paragraphs[s.paragraph - 1];
    return paragraph === undefined ? [] : [paragraph];
  });
}
