/**
 * The manifest of a knowledge folder: each article file's stamp (size, modification and change times, inode) with
 * the article parsed from it. A warm start takes every unchanged file from here instead of reading, parsing and
 * hashing it again; a file whose stamp differs is read as usual. A manifest that cannot be read or written only
 * costs time.
 */
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './types.ts';

/** What identifies a file's content without reading it: size, modification time, change time, inode. */
export type FileStamp = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** Articles by file name, with the stamp of the file they were parsed from. */
export type Manifest = Map<string, { readonly stamp: FileStamp; readonly article: Article }>;

/** Layout of the manifest file; bump when `Article` changes shape or files are parsed differently, so an old manifest is not served. */
const MANIFEST_VERSION = 2;

/** The stamp of a file. */
export function stampOf(info: Stats): FileStamp {
  return [info.size, info.mtimeMs, info.ctimeMs, info.ino];
}

function fileFor(cacheDir: string, folder: string): string {
  const key = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  return join(cacheDir, 'knowledge', `${key}.json`);
}

/** The manifest saved for a folder (its real path), or an empty one. */
export async function readManifest(cacheDir: string, folder: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(fileFor(cacheDir, folder), 'utf8')) as {
      version: number;
      folder: string;
      files: [string, FileStamp, Article][];
    };
    if (data.version !== MANIFEST_VERSION || data.folder !== folder) return new Map();
    return new Map(data.files.map(([name, stamp, article]) => [name, { stamp, article }]));
  } catch {
    return new Map();
  }
}

/** Files serialised between two writes (and turns of the event loop) by {@link writeManifest}. */
const FILES_PER_WRITE = 64;

/**
 * Saves a folder's manifest (atomically: a reader sees the old one or the new one). It holds every article's text,
 * tens of megabytes for a large archive, so it is serialised and written a few files at a time: one
 * `JSON.stringify` of the whole would hold up the event loop for a second, at every reload.
 */
export async function writeManifest(cacheDir: string, folder: string, manifest: Manifest): Promise<void> {
  const file = fileFor(cacheDir, folder);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(join(cacheDir, 'knowledge'), { recursive: true });
    const handle = await open(temp, 'w');
    try {
      // The same text as JSON.stringify({ version, folder, files }), written in parts.
      let part = `{"version":${MANIFEST_VERSION},"folder":${JSON.stringify(folder)},"files":[`;
      let count = 0;
      for (const [name, { stamp, article }] of manifest) {
        part += `${count === 0 ? '' : ','}${JSON.stringify([name, stamp, article])}`;
        if (++count % FILES_PER_WRITE === 0) {
          await handle.write(part);
          part = '';
        }
      }
      await handle.write(`${part}]}`);
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch {
    // read-only or full disk: the next start reads the files
    await unlink(temp).catch(() => undefined);
  }
}
