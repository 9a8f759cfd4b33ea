/**
 * Whether two event names denote one event. Kept apart from the name finder so the answers layer can group
 * names without loading the NLP library at start-up.
 */

/** Words that describe any exercise and so tell nothing about which one. */
const GENERIC = new Set([
  'the',
  'of',
  'and',
  'a',
  'exercise',
  'exercises',
  'drill',
  'drills',
  'operation',
  'joint',
  'military',
  'naval',
  'strategic',
  'command',
  'staff',
  'war',
  'games',
]);

function parts(name: string): { words: Set<string>; years: Set<string> } {
  const words = new Set<string>();
  const years = new Set<string>();
  for (const token of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (token === '') continue;
    if (/^(?:19|20)\d\d$/.test(token)) years.add(token);
    else if (!GENERIC.has(token)) words.add(token);
  }
  return { words, years };
}

/**
 * Whether two event names are variants of one event: they share a distinctive word and the same year
 * ("Allied Resolve-2022" and "Union Resolve 2022"). When a year is missing from one of them the evidence is
 * weaker, so one name's distinctive words must all appear in the other ("Zapad" and "Zapad-2021"). Different
 * years are different events ("Zapad-2017" is not "Zapad-2021").
 */
export function areEventNameVariants(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (x.words.size === 0 || y.words.size === 0) return false;
  const shared = [...x.words].filter((w) => y.words.has(w));
  if (shared.length === 0) return false;
  if (x.years.size > 0 && y.years.size > 0) return [...x.years].some((year) => y.years.has(year));
  const [small, large] = x.words.size <= y.words.size ? [x.words, y.words] : [y.words, x.words];
  return [...small].every((w) => large.has(w));
}

/** Groups names into sets of variants of one event, keeping first-seen order within and across groups. */
export function groupEventNames(names: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const name of names) {
    const group = groups.find((g) => g.some((n) => n === name || areEventNameVariants(n, name)));
    if (!group) groups.push([name]);
    else if (!group.includes(name)) group.push(name);
  }
  return groups;
}
