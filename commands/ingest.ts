import {
  type APIActionRowComponent,
  type APITextInputComponent,
  type ChatInputCommandInteraction,
  ComponentType,
  MessageFlags,
  type ModalSubmitInteraction,
  TextInputStyle,
} from 'discord.js';
import {
  type CommandContext,
  type InteractionHandler,
  requireModerator,
  slashCommandData,
  UserError,
} from '../src/discord/index.ts';
import { type ArticleInput, MAX_ARTICLE_BYTES } from '../src/knowledge/index.ts';
import { renderNotice } from '../src/render/index.ts';
import { fetchPolicy } from '../src/web/index.ts';
import {
  describeIngest,
  type IngestResult,
  ingestArticle,
  ingestUrl,
  ingestSpec as spec,
} from '../src/workflows/index.ts';

/** Name of the attachment option. */
export const FILE_OPTION: (typeof spec.options)[number]['name'] = 'file';
/** Name of the web address option. */
export const URL_OPTION: (typeof spec.options)[number]['name'] = 'url';
/** `custom_id` of the article form, routed to {@link handleIngestModal}. */
export const INGEST_MODAL_ID = 'ingest|modal';
/** Longest wait for an attachment download, in milliseconds. */
const DOWNLOAD_TIMEOUT_MS = 10_000;
/** Discord's limit on a paragraph text input, which bounds an article typed into the form. */
const MODAL_TEXT_MAX = 4000;

/** `/ingest [file]`: add an article from an attachment, or from a form when no file is given. Moderators only. */
export const data = slashCommandData(spec);

const FIELDS = [
  { id: 'title', label: 'Title', style: TextInputStyle.Short, required: true, max: 300, placeholder: '' },
  { id: 'publisher', label: 'Publisher', style: TextInputStyle.Short, required: false, max: 100, placeholder: '' },
  { id: 'date', label: 'Date', style: TextInputStyle.Short, required: false, max: 10, placeholder: 'YYYY-MM-DD' },
  { id: 'url', label: 'URL', style: TextInputStyle.Short, required: false, max: 500, placeholder: 'https://…' },
  {
    id: 'text',
    label: 'Text (paragraphs separated by blank lines)',
    style: TextInputStyle.Paragraph,
    required: true,
    max: MODAL_TEXT_MAX,
    placeholder: 'Longer articles: attach a file with /ingest file:…',
  },
] as const;

/** The article form: title, publisher, date, URL and text (Discord allows five inputs, which is exactly this). */
export function ingestModal() {
  const rows: APIActionRowComponent<APITextInputComponent>[] = FIELDS.map((f) => ({
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.TextInput,
        custom_id: f.id,
        label: f.label,
        style: f.style,
        required: f.required,
        max_length: f.max,
        ...(f.placeholder ? { placeholder: f.placeholder } : {}),
      },
    ],
  }));
  return { custom_id: INGEST_MODAL_ID, title: 'Add an article', components: rows };
}

/**
 * Whether `url` is an attachment on one of `hosts`: https (or http on a configured loopback host, for tests), no
 * credentials, and an attachments path. Anything else could make the bot fetch arbitrary URLs for a user.
 */
export function isAttachmentUrl(url: string, hosts: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!hosts.includes(u.host) || u.username !== '' || u.password !== '') return false;
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) return false;
  return /^\/(ephemeral-)?attachments\//.test(u.pathname);
}

/** Downloads at most `limit` bytes; a larger body (whatever its declared length) is refused. */
export async function download(url: string, limit: number): Promise<Uint8Array> {
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body)
    throw new UserError('download-failed', `could not download the file (HTTP ${response.status})`);
  const declared = Number(response.headers.get('content-length'));
  const tooBig = () => new UserError('too-large', `the file is larger than ${limit} bytes (1 MB)`);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel();
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > limit) throw tooBig();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Extensions accepted for an attachment (the loader's formats). */
const EXTENSIONS = /\.(md|markdown|txt)$/i;

async function ingestAndReply(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  ctx: CommandContext,
  input: ArticleInput | { readonly kind: 'url'; readonly url: string },
  source: 'attachment' | 'modal' | 'url',
): Promise<void> {
  const options = {
    knowledgeDir: ctx.moderation.knowledgeDir,
    service: ctx.service,
    auditLog: ctx.moderation.auditLog,
    actor: { id: interaction.user.id, name: interaction.user.username },
    guild: interaction.guildId,
    source,
  };
  const result: IngestResult =
    input.kind === 'url'
      ? await ingestUrl(input.url, { ...options, fetch: ctx.moderation.fetch ?? fetchPolicy() })
      : await ingestArticle(input, options);
  if (result.ok) {
    ctx.logger.info({ article: result.article.id, user: interaction.user.id, source }, 'article ingested');
  } else {
    ctx.logger.info({ reason: result.reason, user: interaction.user.id, source }, 'article refused');
  }
  await interaction.editReply(renderNotice(describeIngest(result)));
}

/**
 * Answers `/ingest`: a web address is fetched and read (safely: see `src/web`); a file is checked (size, type,
 * origin) before download; with neither, the form opens.
 */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  requireModerator(interaction, 'add articles');
  const file = interaction.options.getAttachment(FILE_OPTION, false);
  const url = interaction.options.getString(URL_OPTION, false);
  if (url !== null && file) {
    throw new UserError('bad-options', 'Give either a web address or a file, not both.');
  }
  if (url !== null) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await ingestAndReply(interaction, ctx, { kind: 'url', url }, 'url');
    return;
  }
  if (!file) {
    await interaction.showModal(ingestModal());
    return;
  }
  if (file.size > MAX_ARTICLE_BYTES) {
    throw new UserError(
      'too-large',
      `The file is ${file.size} bytes; articles are limited to 1 MB (${MAX_ARTICLE_BYTES} bytes).`,
    );
  }
  if (!EXTENSIONS.test(file.name)) {
    throw new UserError('bad-file', 'Attach a .md (Markdown with front matter) or .txt file.');
  }
  if (!isAttachmentUrl(file.url, ctx.moderation.attachmentHosts)) {
    throw new UserError('bad-file', 'Only files uploaded to Discord with the command can be added.');
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let bytes: Uint8Array;
  try {
    bytes = await download(file.url, MAX_ARTICLE_BYTES);
  } catch (error) {
    const message = error instanceof UserError ? error.message : 'could not download the file; try again';
    if (!(error instanceof UserError)) ctx.logger.warn({ err: error }, 'attachment download failed');
    await interaction.editReply(renderNotice(`Not added: ${message}.`));
    return;
  }
  await ingestAndReply(interaction, ctx, { kind: 'file', name: file.name, bytes }, 'attachment');
}

/**
 * Handles a submitted article form. Returns false for any other modal, so the router can try its other handlers.
 * The permission is checked again: the form could be submitted after the moderator lost the role.
 */
export async function handleIngestModal(interaction: ModalSubmitInteraction, ctx: CommandContext): Promise<boolean> {
  if (interaction.customId !== INGEST_MODAL_ID) return false;
  requireModerator(interaction, 'add articles');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const field = (id: string) => {
    try {
      return interaction.fields.getTextInputValue(id);
    } catch {
      return '';
    }
  };
  const draft = {
    title: field('title'),
    publisher: field('publisher'),
    date: field('date'),
    url: field('url'),
    text: field('text'),
  };
  await ingestAndReply(interaction, ctx, { kind: 'draft', draft }, 'modal');
  return true;
}

/** {@link handleIngestModal} as a router handler (`handlers` in `commands/index.ts`). */
export const ingestModalHandler: InteractionHandler = (interaction, ctx) =>
  interaction.isModalSubmit() ? handleIngestModal(interaction, ctx) : Promise.resolve(false);
