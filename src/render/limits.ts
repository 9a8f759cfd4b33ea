/**
 * Discord's size limits, named once so no renderer or command carries a magic number.
 * Values from Discord's API documentation (messages, embeds, components, application commands).
 */

/** Characters of a message's `content`. */
export const MESSAGE_CONTENT_MAX = 2000;
/** Characters of an embed's title. */
export const EMBED_TITLE_MAX = 256;
/** Characters of an embed's description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** Fields in one embed. */
export const EMBED_FIELDS_MAX = 25;
/** Characters of a field's name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** Characters of a field's value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** Characters of an embed footer's text. */
export const EMBED_FOOTER_MAX = 2048;
/** Characters of an embed author's name. */
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Characters of all embeds of one message together (titles, descriptions, field names and values, footers, authors). */
export const MESSAGE_EMBEDS_TOTAL_MAX = 6000;
/** Embeds in one message. */
export const MESSAGE_EMBEDS_MAX = 10;
/** Characters of a component's `custom_id`. */
export const CUSTOM_ID_MAX = 100;
/** Characters of a button's label. */
export const BUTTON_LABEL_MAX = 80;
/** Buttons in one action row. */
export const ROW_BUTTONS_MAX = 5;
/** Action rows in one message. */
export const MESSAGE_ROWS_MAX = 5;
/** Choices in one autocomplete response. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** Characters of an autocomplete choice's name (minimum 1). */
export const CHOICE_NAME_MAX = 100;
/** Characters of a string choice's value. */
export const CHOICE_VALUE_MAX = 100;
/** Characters of a command or option name (minimum 1). */
export const COMMAND_NAME_MAX = 32;
/** Discord's rule for command and option names: lowercase letters, digits, `-` and `_`, 1 to {@link COMMAND_NAME_MAX}. */
export const COMMAND_NAME_PATTERN = new RegExp(`^[-_\\p{Ll}\\p{N}]{1,${COMMAND_NAME_MAX}}$`, 'u');
/** Characters of a command or option description (minimum 1). */
export const COMMAND_DESCRIPTION_MAX = 100;
/** Options of one command. */
export const COMMAND_OPTIONS_MAX = 25;
/** Characters of an attachment's description (the alt text of an image). */
export const ATTACHMENT_DESCRIPTION_MAX = 1024;
/** Milliseconds within which an interaction must be answered (or deferred). */
export const INTERACTION_RESPONSE_MS = 3000;
/** Work that may take longer than this is deferred first, leaving margin under {@link INTERACTION_RESPONSE_MS}. */
export const DEFER_AFTER_MS = 1000;
