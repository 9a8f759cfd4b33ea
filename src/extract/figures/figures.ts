import type { Article } from '../../knowledge/types.ts';
import type { Attributor } from '../speakers/index.ts';
import type { Entity, Figure, Sentence } from '../types.ts';
import { claimantResolver } from './claimant.ts';
import { maskedRanges, notAFigure } from './exclusions.ts';
import { isPluralNoun } from './nouns.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { locationOf, subjectOf } from './subject.ts';
import { type Token, tokenize } from './tokens.ts';
import {
  canonicalUnit,
  collectiveUnit,
  isCountUnit,
  isTimeNoun,
  shareUnit,
  type UnitMatch,
  unitAfter,
} from './units.ts';

/** Figures whose unit an elliptical number ("up to 30,000 could take part") may inherit: counts of things. */
function inheritable(f: Figure | undefined): f is Figure {
  return f?.unit != null && isCountUnit(f.unit);
}

/** How far back (in tokens) a collective noun still governs a bare number ("the death toll … rose to 35"). */
const COLLECTIVE_REACH = 6;

/**
 * The unit of a number written without one. A collective noun just before it first ("a crowd of 45,000"
 * counts people); then ellipsis: the count continues the last counted thing of the paragraph, or of the
 * previous one ("8,000 to 14,000 troops… up to 30,000 could take part"); otherwise the nearest plural noun
 * before it in the sentence ("insufficient forces, estimating only a few thousand"), as a canonical unit.
 */
function elidedUnit(
  tokens: readonly Token[],
  q: Quantity,
  earlier: readonly Figure[],
): { unit: string; from: Figure | null } | null {
  for (let k = q.first - 1; k >= Math.max(0, q.first - COLLECTIVE_REACH); k--) {
    const unit = collectiveUnit(tokens[k], k === q.first - 2 && tokens[k + 1]?.lower === 'of');
    if (unit) return { unit, from: null };
  }
  const antecedent = earlier.at(-1);
  if (inheritable(antecedent)) return { unit: antecedent.unit as string, from: antecedent };
  for (let k = q.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (isPluralNoun(t) && !isTimeNoun(t)) return { unit: canonicalUnit(t.lower), from: null };
  }
  return null;
}

/** Does a token overlap one of the masked character ranges? */
function inRanges(t: Token | undefined, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return t !== undefined && ranges.some(([a, b]) => t.start < b && t.end > a);
}

/**
 * Finds the quantities an article states, with bounds, unit, hedge, claimant and subject.
 *
 * Works sentence by sentence: number expressions are found on a token list with dates and times masked,
 * their unit read from the noun phrase that follows, non-figures (durations, ages, years, identifiers)
 * dropped, and each figure given the claimant the article attributes it to and a normalised subject.
 */
export function extractFigures(
  article: Article,
  sentences: readonly Sentence[],
  // Canonical names come from the attribution module's entity index, built from the same article.
  _entities: readonly Entity[],
  attributor?: Attributor,
): Figure[] {
  const out: Figure[] = [];
  const claimantOf = claimantResolver(article, attributor);
  let inParagraph: Figure[] = [];
  for (const paragraph of article.paragraphs) {
    // The previous paragraph's figures stay antecedents: "…2 million people have fled." / "Poland has taken
    // in about 1.2 million of them".
    const previous = inParagraph;
    inParagraph = [];
    for (const sentence of sentences) {
      if (sentence.paragraph !== paragraph.number) continue;
      const tokens = tokenize(sentence.text, sentence.start);
      const masks = maskedRanges(sentence.text, sentence.start);
      for (const q of findQuantities(tokens, (i) => inRanges(tokens[i], masks))) {
        let unit: UnitMatch = q.unitHint
          ? { unit: q.unitHint, kind: 'measure', after: q.after }
          : q.fraction
            ? { unit: 'percent', kind: 'percent', after: q.after }
            : unitAfter(tokens, q);
        // "the living standards of millions": a plural scale standing alone counts people.
        if (unit.unit === null && unit.kind === 'none' && q.pluralScale && tokens[q.after]?.lower !== 'of') {
          unit = { unit: 'people', kind: 'count', after: q.after };
        }
        if (notAFigure(tokens, q, unit) !== null) continue;
        let antecedent: Figure | null = null;
        if (unit.unit === null) {
          const elided = elidedUnit(tokens, q, inParagraph.length > 0 ? inParagraph : previous);
          if (!elided) continue;
          antecedent = elided.from;
          unit = { ...unit, unit: elided.unit, kind: 'count' };
        }
        const first = tokens[q.first] as Token;
        const last = tokens[Math.max(q.after, unit.after) - 1] as Token;
        const claim = { ...claimantOf(sentence, first.start, last.end, tokens, q, Math.max(q.after, unit.after)) };
        // "according to two sources": the sources are counted (in the reporter's voice) and also speak.
        if (claim.isSource) claim.name = null;
        // "SPX, -1.10%": a market quote the page inserts after a ticker, nobody's claim.
        if (isTicker(tokens, q)) claim.name = null;
        // Distances and sums are measured from or owed somewhere; only counts and shares have a "where".
        const located = unit.kind === 'count' || unit.kind === 'percent';
        const location = !located
          ? null
          : (locationOf(tokens, q.first, unit.after) ?? (antecedent ? antecedentLocation(antecedent) : null));
        const figure: Figure = {
          article: article.id,
          paragraph: paragraph.number,
          text: paragraph.text.slice(first.start, last.end),
          low: q.low,
          high: q.high,
          unit: unit.unit,
          hedge: q.hedge,
          claimant: claim.name,
          subject: subjectOf(shareUnit(tokens, unit), location),
          context: sentence.text,
          start: first.start,
          end: last.end,
        };
        inParagraph.push(figure);
        out.push(figure);
      }
    }
  }
  return out;
}

/** Is the figure a signed change right after a ticker symbol ("DJIA, -0.89%", "GC00, -0.23%")? */
function isTicker(tokens: readonly Token[], q: Quantity): boolean {
  const sign = tokens[q.first];
  // The symbol may be split into letters and digits ("CL00", "GC00").
  let s = q.first - 2;
  if (tokens[s]?.kind === 'number' && tokens[s]?.glued) s--;
  const symbol = tokens[s];
  return (
    (sign?.text === '-' || sign?.text === '+') &&
    tokens[q.first - 1]?.text === ',' &&
    symbol !== undefined &&
    /^[A-Z][A-Z0-9.]{0,6}$/.test(symbol.text)
  );
}

/** The location part of an antecedent figure's subject ("troops in Belarus" → "in Belarus"). */
function antecedentLocation(f: Figure): string | null {
  if (!f.subject || !f.unit) return null;
  const unit = canonicalUnit(f.unit);
  return f.subject.startsWith(`${unit} `) ? f.subject.slice(unit.length + 1) : null;
}
