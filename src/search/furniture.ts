/**
 * Page furniture a scrape leaves inside an article's body: lines that address the reader about the site, not the
 * story ("Got a confidential news tip?", "Here are your … top headlines for March 14", "Data also provided by", a
 * copyright line). Repeated furniture is caught across articles by the story grouping's boilerplate counts; these
 * lines vary by date or appear once in a small folder, so they are told by their form. So is a paragraph set all in
 * capitals: a link to another story, a banner or a teaser ("FED RAISES INTEREST RATES FOR FIRST TIME IN 3 YEARS",
 * "READ THE FULL ARTICLE →", "LISTEN TO OUR PODCAST"), which states nothing of its own, and a link left as a line
 * (a name and its address in brackets). So are the captions of the page's photos and videos, which describe a
 * picture or a guest, not the story. They are never answers (their words still count for the facts extracted).
 */
const FURNITURE =
  /^(?:here are (?:your|the)\b.*\bheadlines\b|check out\b|get this delivered\b|got a confidential news tip\b|sign up\b|subscribe (?:to|now)\b|click here\b|read more\b|watch:|this video can ?not be played\b|data also provided by\b|in this article$|©|copyright\b)/i;

/**
 * Whether a paragraph is page furniture (see the module comment). `position` is its number in the article (from 1),
 * when known: a video's caption is told by its place at the top as well as by its form.
 */
export function isPageFurniture(paragraph: string, position?: number): boolean {
  const text = paragraph.trim();
  return (
    FURNITURE.test(text) ||
    isBanner(paragraph) ||
    LINK_LINE.test(text) ||
    isPhotoCaption(text) ||
    (position !== undefined && position <= 2 && VIDEO_CAPTION.test(text))
  );
}

/**
 * A photo's caption left in the text: it ends with the photo's credit in brackets ("(Peter Boer/Bloomberg)", "(AP
 * Photo/Charles Krupa, File)", "(Reuters)") and describes the picture, in the present ("containers sit on the deck
 * of a cargo ship", "a man is seen"), or says it is a file photo; or it is a photographer's credit line. Not a
 * sentence of the story that a scrape ran into a credit ("Ford reported sales were down 17.1%. (AP Photo/…)"), nor
 * anyone's words.
 */
function isPhotoCaption(text: string): boolean {
  if (/^photographer:/i.test(text)) return true;
  if (!PHOTO_CREDIT.test(text) || /["“”]/.test(text)) return false;
  // Read without the credit, which may say "File Photo" of a picture under a sentence of the story.
  const caption = text.replace(PHOTO_CREDIT, '').replace(/\([^()]*\)\s*$/, '');
  // One sentence: a scrape that ran a caption into the story's sentences ("… the company noted., A Target store is
  // shown in Philadelphia") leaves those sentences in the paragraph.
  if (/[.!?]["”’)]?,?\s+["“]?\p{Lu}/u.test(caption.replace(ABBREVIATED, ''))) return false;
  return FILE_PHOTO.test(caption) || PICTURED.test(caption);
}

/** Abbreviations whose point ends no sentence ("Ltd.", "Calif.", "Jan.", "U.S."), and initials. */
const ABBREVIATED =
  /\b(?:Ltd|Inc|Corp|Co|Jr|Sr|St|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Calif|Fla|Ill|Mass|Miss|Mich|Penn|Wash|Va|Ariz|Colo|Conn|Del|Ga|Ky|La|Md|Minn|Mo|Mont|Neb|Nev|Okla|Ore|Tenn|Tex|Wis|Wyo|[A-Z](?:\.[A-Z])*)\./g;

/** A photo's credit in brackets at the end: a photographer and an agency, or an agency's own name. */
const PHOTO_CREDIT =
  /\((?:[^()]*\p{Lu}[\p{L}.' -]*\s*\/\s*\p{Lu}[^()]*|[^()]*\b(?:AP Photo|Getty Images|iStock|Reuters)\b[^()]*)\)\s*$/u;

/** A caption's own words for an old picture: "FILE -", "In this photo taken …", "This file photo shows". */
const FILE_PHOTO = /^FILE\b|\bfile photo\b|^in this (?:[\w,.]+ ){0,6}?(?:photo|picture|image)\b/i;

/** What a picture shows, in the present: "sit on the deck", "is seen", "listens", "gestures". */
const PICTURED =
  /\b(?:(?:is|are) (?:seen|shown|pictured|displayed)|sits?|stands?|walks?|listens?|speaks?|gestures?|poses?|waits?|looks? on|hangs?|rests?|passes by|pass by|arrives?|smiles?|testifies)\b/i;

/**
 * A video's caption at the top of the text: one sentence that someone or a show "discusses", "weighs in on" or
 * "breaks down" a subject ("Economist Steve Moore weighs in on the March jobs report."). The guest is not in the
 * story, and the words are the caption's, not the article's. Not "… were set to meet to discuss supply".
 */
const VIDEO_CAPTION =
  /^[^.!?"“”]{3,200}?(?<!\bto )\b(?:discusses|discuss|weighs in on|weigh in on|reacts to|react to|breaks down|break down|explains|sounds off on|joins [^.!?]{1,80}? to discuss)\b[^!?"“”]*$/u;

/** A link left as a line: a few words and the address they pointed to ("Eugene Lee Jr. (https://…)"). */
const LINK_LINE = /^[^.!?()]{0,80}(?:\.\s*)?\(\s*https?:\/\/\S+\s*\)\s*$/i;

/** A paragraph with no lower-case letter and three words or more in capitals. */
function isBanner(paragraph: string): boolean {
  return !/\p{Ll}/u.test(paragraph) && (paragraph.match(/\p{Lu}{2,}/gu) ?? []).length >= 3;
}
