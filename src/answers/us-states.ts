/**
 * The postal codes of the US states, which chat types for the states' names ("avg gas price in CA?") and news writes
 * out in full ("In California, the state average is …"). General knowledge, not any article's.
 */

/** A state's name by its postal code, in lower case: "ca" → "california". */
const STATES: ReadonlyMap<string, string> = new Map(
  (
    'al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware|fl florida|' +
    'ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|ks kansas|ky kentucky|la louisiana|me maine|' +
    'md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi|mo missouri|mt montana|ne nebraska|' +
    'nv nevada|nh new hampshire|nj new jersey|nm new mexico|ny new york|nc north carolina|nd north dakota|oh ohio|' +
    'ok oklahoma|or oregon|pa pennsylvania|ri rhode island|sc south carolina|sd south dakota|tn tennessee|tx texas|' +
    'ut utah|vt vermont|va virginia|wa washington|wv west virginia|wi wisconsin|wy wyoming'
  )
    .split('|')
    .map((entry) => {
      const [code, ...name] = entry.split(' ');
      return [code as string, name.join(' ')] as const;
    }),
);

/** The name of the US state a two-letter postal code stands for, as lower-case words; undefined for any other. */
export function stateOfCode(code: string): string | undefined {
  return STATES.get(code.toLowerCase());
}

const STATE_NAMES: ReadonlySet<string> = new Set(STATES.values());

/** Whether lower-case words are a US state's name ("texas", "new york"). */
export function isStateName(words: string): boolean {
  return STATE_NAMES.has(words);
}
