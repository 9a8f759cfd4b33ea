/**
 * Labels cut to the room they have, measured in the chart font: a chart label is shortened in words (never inside
 * one) and always keeps its citation number, so every mark still says which source it comes from.
 */
import { textWidth } from './font.ts';

const ELLIPSIS = '…';

/** Words of `text` on one line. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Punctuation left dangling where a phrase is cut. */
function trimCut(text: string): string {
  return text.replace(/[\s,;:–—-]+$/u, '');
}

/**
 * `text` followed by `suffix` (" [3]"), within `max` pixels at `size` (and `weight`, for bold headings): whole when
 * it fits, otherwise cut after the last word that fits, with an ellipsis. When not even one word fits, the first
 * word is cut by characters.
 */
export function fitLabel(text: string, suffix: string, max: number, size: number, weight?: string): string {
  const fits = (t: string) => textWidth(t, size, weight) <= max;
  const whole = `${text}${suffix}`;
  if (fits(whole)) return whole;
  const list = words(text);
  for (let n = list.length - 1; n >= 1; n--) {
    const candidate = `${trimCut(list.slice(0, n).join(' '))}${ELLIPSIS}${suffix}`;
    if (fits(candidate)) return candidate;
  }
  const first = list[0] ?? '';
  for (let n = first.length - 1; n >= 1; n--) {
    const candidate = `${first.slice(0, n)}${ELLIPSIS}${suffix}`;
    if (fits(candidate)) return candidate;
  }
  return suffix.trim();
}

/** Where a heading names what it is about: "Timeline · <story>", "troops · <story>". */
const PART_SEPARATOR = ' · ';

/**
 * A heading in bold within `max` pixels at `size`, on at most two lines: whole when it fits; else broken after its
 * first part ("Timeline" above the story it names) when that part fits alone, otherwise after the last word that
 * fits; the second line is cut in words with an ellipsis. A long story title never widens the picture.
 */
export function headingLines(text: string, max: number, size: number): string[] {
  const weight = 'bold';
  const fits = (t: string) => textWidth(t, size, weight) <= max;
  if (fits(text)) return [text];
  const cut = text.indexOf(PART_SEPARATOR);
  const head = cut > 0 ? text.slice(0, cut) : '';
  if (head !== '' && fits(head)) {
    return [head, fitLabel(text.slice(cut + PART_SEPARATOR.length), '', max, size, weight)];
  }
  const list = words(text);
  let n = 1;
  while (n < list.length && fits(list.slice(0, n + 1).join(' '))) n++;
  const first = fitLabel(list.slice(0, n).join(' '), '', max, size, weight);
  const rest = list.slice(n).join(' ');
  return rest === '' ? [first] : [first, fitLabel(rest, '', max, size, weight)];
}

/** Index range [start, end) of the words of `list` that hold `phrase`, or null when it is not there. */
function phraseWords(list: readonly string[], phrase: string): [number, number] | null {
  const target = words(phrase);
  if (target.length === 0) return null;
  for (let i = 0; i + target.length <= list.length; i++) {
    // The phrase may sit inside punctuation ("Thursday," or "“Thursday”"): compare words without it.
    const bare = (w: string) => w.replace(/^\p{P}+|\p{P}+$/gu, '');
    if (target.every((t, j) => bare(list[i + j] ?? '') === bare(t))) return [i, i + target.length];
  }
  return null;
}

/**
 * A short label cut from `sentence` around `phrase` (the words that date it, where the event usually is: "…Peskov
 * said Wednesday that the drills…"), within `max` pixels with `suffix`. It grows two words before the phrase for
 * each one after, since English puts who did what before the time. Without a phrase found, the sentence's start.
 */
export function excerpt(sentence: string, phrase: string | null, suffix: string, max: number, size: number): string {
  const list = words(sentence);
  const found = phrase === null ? null : phraseWords(list, phrase);
  if (found === null) return fitLabel(list.join(' '), suffix, max, size);
  let [lo, hi] = found;
  const render = (a: number, b: number) =>
    `${a > 0 ? ELLIPSIS : ''}${trimCut(list.slice(a, b).join(' '))}${b < list.length ? ELLIPSIS : ''}${suffix}`;
  if (textWidth(render(lo, hi), size) > max) return fitLabel(list.slice(lo, hi).join(' '), suffix, max, size);
  let leftOpen = lo > 0;
  let rightOpen = hi < list.length;
  for (let step = 0; leftOpen || rightOpen; step++) {
    const left = leftOpen && (step % 3 !== 2 || !rightOpen);
    const [a, b] = left ? [lo - 1, hi] : [lo, hi + 1];
    if (textWidth(render(a, b), size) <= max) {
      [lo, hi] = [a, b];
      leftOpen &&= lo > 0;
      rightOpen &&= hi < list.length;
    } else if (left) {
      leftOpen = false;
    } else {
      rightOpen = false;
    }
  }
  return render(lo, hi);
}
