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

/**
 * The abbreviations news agencies' style writes after a town ("Mesa, Ariz.", "Sen. Elizabeth Warren, D-Mass."), by
 * the state's name. States the style writes in full have none. General knowledge, not any article's.
 */
const WRITTEN_SHORT: ReadonlyMap<string, string> = new Map(
  (
    'alabama Ala.|arizona Ariz.|arkansas Ark.|california Calif.|colorado Colo.|connecticut Conn.|delaware Del.|' +
    'florida Fla.|georgia Ga.|illinois Ill.|indiana Ind.|kansas Kan.|kentucky Ky.|louisiana La.|maryland Md.|' +
    'massachusetts Mass.|michigan Mich.|minnesota Minn.|mississippi Miss.|missouri Mo.|montana Mont.|' +
    'nebraska Neb.|nevada Nev.|new hampshire N.H.|new jersey N.J.|new mexico N.M.|new york N.Y.|' +
    'north carolina N.C.|north dakota N.D.|oklahoma Okla.|oregon Ore.|pennsylvania Pa.|rhode island R.I.|' +
    'south carolina S.C.|south dakota S.D.|tennessee Tenn.|vermont Vt.|virginia Va.|washington Wash.|' +
    'west virginia W.Va.|wisconsin Wis.|wyoming Wyo.'
  )
    .split('|')
    .map((entry) => {
      const cut = entry.lastIndexOf(' ');
      return [entry.slice(0, cut), entry.slice(cut + 1)] as const;
    }),
);

/** How news abbreviates a US state after a place name ("arizona" → "Ariz."); undefined when it writes it in full. */
export function stateAbbreviation(state: string): string | undefined {
  return WRITTEN_SHORT.get(state);
}
