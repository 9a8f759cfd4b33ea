import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

/** `YYYY-MM-DD` that is also a real calendar day. */
const isoDay = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .superRefine((v, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
      return;
    }
    const day = new Date(`${v}T00:00:00Z`);
    // Date rolls 2022-02-30 over to March; a real day survives the round trip.
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: 'custom', message: 'is not a real calendar day' });
    }
  });

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Front matter of a Markdown article. Every field is optional; unknown fields are refused to catch typos. */
export const frontMatterSchema = z
  .object({
    title: nonEmpty.optional(),
    publisher: nonEmpty.optional(),
    byline: z.union([nonEmpty, z.array(nonEmpty)]).optional(),
    date: isoDay.optional(),
    url: z.url({ message: 'must be an http(s) URL', protocol: /^https?$/ }).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"')
      .optional(),
    tags: z.array(nonEmpty).optional(),
    /** Pins the article to a story by its slug (a moderator's correction of automatic grouping). */
    story: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a story id: lower-case letters, digits and single hyphens')
      .max(40, 'must be at most 40 characters')
      .optional(),
  })
  .strict();

/** Parsed, validated front matter. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A front-matter problem, naming the field when there is one. */
export interface FrontMatterProblem {
  readonly field: string | null;
  readonly message: string;
}

/**
 * Splits `---` front matter from a Markdown document. Returns null front matter when the document has none.
 * `bodyOffsetLines` is how many lines precede the body, which callers never need for numbering (paragraphs are
 * counted over the body) but helps when reporting positions.
 */
export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: null, body: text };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/** Parses and validates YAML front matter; returns either the data or every problem found. */
export function parseFrontMatter(yaml: string): { data: FrontMatter } | { problems: FrontMatterProblem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(yaml, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { problems: [{ field: 'front matter', message: `invalid YAML: ${message}` }] };
  }
  if (raw === null || raw === undefined) return { data: {} };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ field: 'front matter', message: 'must be a mapping of fields such as "title: …"' }] };
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return { field: issue.keys.join(', '), message: `unknown field(s): ${issue.keys.join(', ')}` };
      }
      const field = issue.path.length > 0 ? issue.path.join('.') : 'front matter';
      return { field, message: `${field} ${issue.message.replace(/^Invalid input: /, '')}` };
    }),
  };
}
