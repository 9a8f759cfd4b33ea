/**
 * Stateless paging buttons: the button's `custom_id` carries everything needed to rebuild the page (command,
 * option values, page number), so no answer is kept in memory and a button still works after a restart.
 *
 * Format: `m|<command>|<page>|<value>|<value>…`, values in the order of the command's option keys. Option names
 * are left out (the command's definition gives them), which leaves most of the 100 characters to the values.
 * A string value has `%`, `|`, `#` and `!` percent-encoded, so a leading `#` marks a number and `!` a boolean.
 */

import { CUSTOM_ID_MAX } from '../render/index.ts';
import type { CommandOptions } from '../service/index.ts';

/** Prefix of every paging button id. */
export const PAGE_ID_PREFIX = 'm';
const SEP = '|';

/** What a paging button points at. */
export interface PageRef {
  readonly command: string;
  /** 0-based page to show. */
  readonly page: number;
  readonly options: CommandOptions;
}

const escapeString = (s: string): string =>
  s.replace(/[%|#!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function encodeValue(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return `#${value}`;
  if (typeof value === 'boolean') return value ? '!1' : '!0';
  return escapeString(value);
}

function decodeValue(raw: string): string | number | boolean | undefined {
  if (raw === '') return undefined;
  if (raw.startsWith('#')) {
    const n = Number(raw.slice(1));
    return Number.isFinite(n) ? n : undefined;
  }
  if (raw === '!1') return true;
  if (raw === '!0') return false;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Encodes a page reference for the command whose option keys are `keys` (in definition order). Options not in
 * `keys` are dropped. Returns null when the id would exceed Discord's {@link CUSTOM_ID_MAX} characters, in which
 * case the caller shows no button rather than a broken one.
 */
export function encodePageId(ref: PageRef, keys: readonly string[]): string | null {
  if (!Number.isInteger(ref.page) || ref.page < 0) throw new RangeError(`page must be an integer ≥ 0, got ${ref.page}`);
  const values = keys.map((k) => encodeValue(ref.options[k]));
  while (values.length > 0 && values.at(-1) === '') values.pop();
  const id = [PAGE_ID_PREFIX, ref.command, String(ref.page), ...values].join(SEP);
  return id.length <= CUSTOM_ID_MAX ? id : null;
}

/**
 * Decodes a paging button id. `keysFor` gives the option keys of a command, or undefined for an unknown command.
 * Returns null for anything that is not a well-formed paging id (ids from other bots' versions, tampering).
 */
export function decodePageId(id: string, keysFor: (command: string) => readonly string[] | undefined): PageRef | null {
  const parts = id.split(SEP);
  const [prefix, command, pageText, ...values] = parts;
  if (prefix !== PAGE_ID_PREFIX || command === undefined || pageText === undefined) return null;
  if (!/^\d{1,4}$/.test(pageText)) return null;
  const keys = keysFor(command);
  if (keys === undefined || values.length > keys.length) return null;
  const options: Record<string, string | number | boolean | undefined> = {};
  values.forEach((raw, i) => {
    const key = keys[i];
    const value = decodeValue(raw);
    if (key !== undefined && value !== undefined) options[key] = value;
  });
  return { command, page: Number(pageText), options };
}
