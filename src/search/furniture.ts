/**
 * Page furniture a scrape leaves inside an article's body: lines that address the reader about the site, not the
 * story ("Got a confidential news tip?", "Here are your … top headlines for March 14", "Data also provided by", a
 * copyright line). Repeated furniture is caught across articles by the story grouping's boilerplate counts; these
 * lines vary by date or appear once in a small folder, so they are told by their form. So is a paragraph set all in
 * capitals: a link to another story, a banner or a teaser ("FED RAISES INTEREST RATES FOR FIRST TIME IN 3 YEARS",
 * "READ THE FULL ARTICLE →", "LISTEN TO OUR PODCAST"), which states nothing of its own, and a link left as a line
 * (a name and its address in brackets). They are never answers.
 */
const FURNITURE =
  /^(?:here are (?:your|the)\b.*\bheadlines\b|check out\b|get this delivered\b|got a confidential news tip\b|sign up\b|subscribe (?:to|now)\b|click here\b|read more\b|watch:|this video can ?not be played\b|data also provided by\b|in this article$|©|copyright\b)/i;

/** Whether a paragraph is page furniture (see the module comment). */
export function isPageFurniture(paragraph: string): boolean {
  return FURNITURE.test(paragraph.trim()) || isBanner(paragraph) || LINK_LINE.test(paragraph.trim());
}

/** A link left as a line: a few words and the address they pointed to ("Eugene Lee Jr. (https://…)"). */
const LINK_LINE = /^[^.!?()]{0,80}(?:\.\s*)?\(\s*https?:\/\/\S+\s*\)\s*$/i;

/** A paragraph with no lower-case letter and three words or more in capitals. */
function isBanner(paragraph: string): boolean {
  return !/\p{Ll}/u.test(paragraph) && (paragraph.match(/\p{Lu}{2,}/gu) ?? []).length >= 3;
}
