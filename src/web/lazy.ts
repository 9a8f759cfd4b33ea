/**
 * Loads a package on first use. The page reader and the feed parser (linkedom above all) take a noticeable part of
 * a second to load, which every `briefing` command and the console would otherwise pay at start-up although only
 * ingesting and polling use them. The packages ship CommonJS builds, so loading stays synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function returning the package `name`, loaded the first time it is called. */
export function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
