/**
 * Small word lists that extraction and answering both read (who speaks in a sentence, which country a people's
 * adjective names). They sit here, outside both layers, so that answering reads them without loading the extraction
 * rules (and their NLP library).
 */

/** Nouns of what is written or sent to someone: the one named after their "to" is the reader, not the writer. */
export const ADDRESSED_NOUNS: ReadonlySet<string> = new Set(
  'letter letters message messages memo memos note email emails e-mail request reply response petition appeal'.split(
    ' ',
  ),
);

/** Country adjectives of the countries most often in the news, with the country they name. */
export const COUNTRY_OF_ADJECTIVE: Readonly<Record<string, string>> = {
  ukrainian: 'Ukraine',
  russian: 'Russia',
  belarusian: 'Belarus',
  belarussian: 'Belarus',
  polish: 'Poland',
  lithuanian: 'Lithuania',
  latvian: 'Latvia',
  estonian: 'Estonia',
  finnish: 'Finland',
  moldovan: 'Moldova',
  romanian: 'Romania',
  hungarian: 'Hungary',
  slovak: 'Slovakia',
  georgian: 'Georgia',
  turkish: 'Turkey',
  syrian: 'Syria',
  iraqi: 'Iraq',
  iranian: 'Iran',
  israeli: 'Israel',
  lebanese: 'Lebanon',
  egyptian: 'Egypt',
  jordanian: 'Jordan',
  afghan: 'Afghanistan',
  pakistani: 'Pakistan',
  indian: 'India',
  chinese: 'China',
  taiwanese: 'Taiwan',
  korean: 'Korea',
  japanese: 'Japan',
  mexican: 'Mexico',
  canadian: 'Canada',
  american: 'US',
  german: 'Germany',
  french: 'France',
  kazakh: 'Kazakhstan',
  mongolian: 'Mongolia',
  british: 'UK',
  italian: 'Italy',
  spanish: 'Spain',
  dutch: 'Netherlands',
  swiss: 'Switzerland',
  swedish: 'Sweden',
  norwegian: 'Norway',
  danish: 'Denmark',
  australian: 'Australia',
  brazilian: 'Brazil',
  saudi: 'Saudi Arabia',
};
