/**
 * Stock tickers chat types for the companies news writes out ("AMZN pop after hours", "when did Bungie split from
 * MSFT"): US-listed companies of the S&P 500, the Nasdaq-100 and others much discussed in 2021–2023, each with the
 * names news gives it (`tickers.json`, about 600). Tickers an article defines itself ("Bed Bath & Beyond (BBBY)") are
 * read from the articles (see `short-forms.ts`); this table is for those no article writes. Left out: tickers of one
 * letter, of two but for a few chat means nothing else by ("FB", "KO"; not "GM", "MS": general manager, multiple
 * sclerosis), tickers that are words or common in news as
 * something else ("SNAP", "COST", "ICE"), and those that are the company's own name ("IBM"); see `tickers.test.ts`.
 */
import { readFileSync } from 'node:fs';

let table: ReadonlyMap<string, readonly string[]> | null = null;

/** The names news gives the company a stock ticker stands for ("SBUX": Starbucks), or none for another word. */
export function namesOfTicker(ticker: string): readonly string[] {
  table ??= new Map(
    Object.entries(
      JSON.parse(readFileSync(new URL('./tickers.json', import.meta.url), 'utf8')) as Record<string, string[]>,
    ),
  );
  return table.get(ticker.toUpperCase()) ?? [];
}
