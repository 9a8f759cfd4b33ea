/**
 * "What does lowballing mean", "why is it called DALL-E": a question about a word or a name, answered by the
 * sentence that defines the word ("a form of rate rigging, known as lowballing, …") or tells where the name comes
 * from ("They call it DALL-E in a nod to …"), whatever else the best passages say.
 */
import { escapeRegExp } from '../regexp.ts';

/** The word or phrase whose meaning a question asks ("what does lowballing mean", "what is meant by 'greedflation'"). */
export function meaningAsked(question: string): string | null {
  const m =
    /\bwhat (?:does|do|did) (?:the (?:term|word|phrase) )?["“'‘]?([\p{L}-]{3,}(?: [\p{L}-]+){0,2}?)["”'’]? (?:mean|means)\b/iu.exec(
      question,
    ) ??
    /\bwhat(?: is|'s|’s) (?:meant by|the meaning of) (?:the (?:term|word|phrase) )?["“'‘]?([\p{L}-]{3,}(?: [\p{L}-]+){0,2}?)["”'’]?(?=\s*[?.]|\s+(?:in|when|as)\b|\s*$)/iu.exec(
      question,
    ) ??
    // "what is a sting jet": a thing in lower case, asked for what it is, and nothing more.
    /^\s*what(?: is|'s|’s) an? ["“'‘]?(\p{Ll}[\p{Ll}-]{2,}(?: \p{Ll}[\p{Ll}-]+){0,2})["”'’]?\s*\??\s*$/u.exec(question);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/**
 * Does the text define the word: name it as what something is called, say what it means, or open on what it is ("A
 * sting jet is a …")?
 */
export function defines(term: string, text: string): boolean {
  const t = escapeRegExp(term);
  return new RegExp(
    String.raw`\b(?:known as|called|dubbed|termed|referred to as)\s+["“'‘]?${t}\b|^\W*(?:an?|the)\s+${t}\s+(?:is|are)\s+(?:an?|the)\b|\b${t}["”'’]?,?\s+(?:means|refers to|describes|is when|is the practice|is a term)\b|\b${t}["”'’]?\s+\((?:or|i\.e\.)`,
    'iu',
  ).test(text);
}

/** The name a question asks the origin of ("why is OpenAI's image generator called DALL-E", "where does the name X come from"). */
export function nameOriginAsked(question: string): string | null {
  const m =
    /\bwhy (?:is|was|are|were|'s) (?:it|they|[\p{L}\s'’.&-]{1,60}?) (?:called|named|dubbed|known as) ["“'‘]?([\p{L}\d][\p{L}\d&.-]*(?: [\p{L}\d&.-]+){0,2}?)["”'’]?\s*\??\s*$/iu.exec(
      question,
    ) ??
    /\bwhere (?:does|did) the name ["“'‘]?([\p{L}\d][\p{L}\d&.-]*(?: [\p{L}\d&.-]+){0,2}?)["”'’]? come from\b/iu.exec(
      question,
    );
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Does the text tell where the name comes from ("in a nod to", "named after", "a play on")? */
export function explainsName(name: string, text: string): boolean {
  return (
    new RegExp(String.raw`\b${escapeRegExp(name)}\b`, 'iu').test(text) &&
    /\b(?:(?:in )?a nod to|named (?:after|for)|a play on|portmanteau|inspired by|a reference to|(?:comes|came|derives?|derived) from|combin(?:es|ing|ation of))\b/i.test(
      text,
    )
  );
}
