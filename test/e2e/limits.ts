/**
 * Discord's message limits, checked on the JSON a bot sends. Kept independent of the bot's own constants so a
 * wrong constant in the bot is caught rather than mirrored.
 */

/** Limits from Discord's documentation (message, embed, component and autocomplete objects). */
export const DISCORD = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedsTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  attachmentDescription: 1024,
} as const;

function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Length in UTF-16 code units: never less than Discord's character count, so the check errs on the safe side. */
function length(value: unknown): number {
  return text(value).length;
}

/** Every limit a message body (reply, edit or follow-up) breaks; empty when it is valid. */
export function messageViolations(body: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const over = (what: string, actual: number, max: number) => {
    if (actual > max) problems.push(`${what}: ${actual} > ${max}`);
  };
  over('content', length(body.content), DISCORD.content);
  const embeds = Array.isArray(body.embeds) ? body.embeds.map(obj) : [];
  over('embeds', embeds.length, DISCORD.embeds);
  let total = 0;
  embeds.forEach((embed, i) => {
    const fields = Array.isArray(embed.fields) ? embed.fields.map(obj) : [];
    over(`embed ${i} title`, length(embed.title), DISCORD.embedTitle);
    over(`embed ${i} description`, length(embed.description), DISCORD.embedDescription);
    over(`embed ${i} fields`, fields.length, DISCORD.embedFields);
    over(`embed ${i} footer`, length(obj(embed.footer).text), DISCORD.footerText);
    over(`embed ${i} author`, length(obj(embed.author).name), DISCORD.authorName);
    total +=
      length(embed.title) + length(embed.description) + length(obj(embed.footer).text) + length(obj(embed.author).name);
    fields.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, length(field.name), DISCORD.fieldName);
      over(`embed ${i} field ${j} value`, length(field.value), DISCORD.fieldValue);
      if (length(field.name) === 0 || length(field.value) === 0) problems.push(`embed ${i} field ${j} is empty`);
      total += length(field.name) + length(field.value);
    });
  });
  over('embeds total', total, DISCORD.embedsTotal);
  const rows = Array.isArray(body.components) ? body.components.map(obj) : [];
  over('action rows', rows.length, DISCORD.actionRows);
  rows.forEach((row, i) => {
    const components = Array.isArray(row.components) ? row.components.map(obj) : [];
    over(`row ${i} components`, components.length, DISCORD.buttonsPerRow);
    for (const c of components) {
      over(`custom_id ${text(c.custom_id)}`, length(c.custom_id), DISCORD.customId);
      over(`button label ${text(c.label)}`, length(c.label), DISCORD.buttonLabel);
    }
  });
  const attachments = Array.isArray(body.attachments) ? body.attachments.map(obj) : [];
  attachments.forEach((a, i) => {
    over(`attachment ${i} description`, length(a.description), DISCORD.attachmentDescription);
  });
  const parse = obj(body.allowed_mentions).parse;
  if (!Array.isArray(parse) || parse.length !== 0) {
    problems.push(`allowed_mentions.parse is ${JSON.stringify(parse)}, not []`);
  }
  if (length(body.content) === 0 && embeds.length === 0 && body.content !== undefined) {
    problems.push('empty message: no content and no embeds');
  }
  return problems;
}

/**
 * Embed images and thumbnails of a stored message that point at a file (`attachment://name`) the message does not
 * carry: Discord shows nothing in their place.
 */
export function attachmentViolations(message: Readonly<Record<string, unknown>>): string[] {
  const names = new Set(
    (Array.isArray(message.attachments) ? message.attachments.map(obj) : []).map((a) => a.filename),
  );
  const problems: string[] = [];
  for (const embed of Array.isArray(message.embeds) ? message.embeds.map(obj) : []) {
    for (const key of ['image', 'thumbnail']) {
      const url = text(obj(embed[key]).url);
      if (url.startsWith('attachment://') && !names.has(url.slice('attachment://'.length))) {
        problems.push(`embed ${key} ${url} names no attachment of the message`);
      }
    }
  }
  return problems;
}

/** Every limit an autocomplete answer breaks. */
export function choiceViolations(choices: readonly { name: unknown; value: unknown }[]): string[] {
  const problems: string[] = [];
  if (choices.length > DISCORD.choices) problems.push(`choices: ${choices.length} > ${DISCORD.choices}`);
  for (const c of choices) {
    const name = length(c.name);
    if (name < 1 || name > DISCORD.choiceName) problems.push(`choice name length ${name}: ${text(c.name)}`);
    if (typeof c.value === 'string' && length(c.value) > DISCORD.choiceValue) {
      problems.push(`choice value length ${length(c.value)}`);
    }
  }
  return problems;
}

/** All the text a user sees in a message: content, embed titles, descriptions, fields, footers. */
export function visibleText(body: Readonly<Record<string, unknown>>): string {
  const parts = [text(body.content)];
  for (const embed of Array.isArray(body.embeds) ? body.embeds.map(obj) : []) {
    parts.push(text(embed.title), text(obj(embed.author).name), text(embed.description));
    for (const field of Array.isArray(embed.fields) ? embed.fields.map(obj) : []) {
      parts.push(text(field.name), text(field.value));
    }
    parts.push(text(obj(embed.footer).text));
  }
  return parts.filter(Boolean).join('\n');
}
