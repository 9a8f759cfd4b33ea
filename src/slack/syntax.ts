/**
 * Slack's text formats, in and out. In: Slack sends `&`, `<` and `>` as entities and wraps mentions, channels and
 * links in `<…>` (`<@U123|ana>`, `<#C1|general>`, `<!here>`, `<https://…|label>`); {@link plainText} turns that into
 * what the person typed, readable and inert, before it reaches the parser or an answer. Out: the catalogue, the
 * help and the answers' notes write commands as `/quotes …`; in Slack they are options of one slash command,
 * so {@link slackSyntax} rewrites them as `/briefing quotes …`.
 */

/** The slash command the manifest registers. An app configured with another name answers to that name too. */
export const SLASH_COMMAND = '/briefing';

/** The readable text of one `<…>` sequence: `@name` for people, `#name` for channels, the label or URL of a link. */
function entityText(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!')) {
    // `<!here>`, `<!channel>`, `<!subteam^S123|@editors>`, `<!date^…|fallback>`.
    if (label !== undefined) return label;
    return `@${target.slice(1).split('^')[0] ?? ''}`;
  }
  return label ?? target;
}

/**
 * Slack's message text as the person typed it: entities decoded, mentions, channels and links replaced by their
 * readable names. The result is plain text; anything sent back to Slack is escaped again by the renderer.
 */
export function plainText(slack: string): string {
  return slack
    .replace(/<([^<>]*)>/g, (_, inner: string) => entityText(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Rewrites the catalogue's way of writing a command (`/quotes speaker:Peskov`) as typed in Slack (`/briefing quotes
 * speaker:Peskov`), for each of `commands` where it starts a line or follows a space, a quote or a bracket.
 */
export function slackSyntax(text: string, commands: readonly string[], invocation: string = SLASH_COMMAND): string {
  if (commands.length === 0) return text;
  const names = commands.map((c) => c.replace(/[^a-z0-9_-]/g, '')).join('|');
  const pattern = new RegExp(`(^|[\\s("“'\`\\[])/(${names})(?![\\w-])`, 'g');
  return text.replace(pattern, (_, before: string, name: string) => `${before}${invocation} ${name}`);
}
