/**
 * An article's address as an identity: the same article reached through a share link, a newsletter or a feed
 * carries tracking parameters and fragments that say nothing about which article it is. Both the canonical form
 * written into front matter and the looser comparison key used to find duplicates are defined here, once.
 */

/**
 * Query parameters that only track where a click came from: analytics campaign tags (`utm_*` and the like) and the
 * click identifiers that ad and social platforms append. Removing them never changes which page is served.
 */
const TRACKING_PARAMETER =
  /^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_ga|_gl|oly_anon_id|oly_enc_id|vero_id|wickedid|__twitter_impression|cmpid|ocid|sr_share|share_id|at_medium|at_campaign)$/i;

/** True for a query parameter that only tracks a click (see {@link TRACKING_PARAMETER}). */
export function isTrackingParameter(name: string): boolean {
  return TRACKING_PARAMETER.test(name);
}

/**
 * The address to store for an article: the same URL without its fragment and tracking parameters, the other
 * parameters kept in their order (some sites select the article with one). Returns null for anything that is not
 * an absolute http(s) URL.
 */
export function canonicalUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  for (const key of [...new Set(u.searchParams.keys())]) {
    if (isTrackingParameter(key)) u.searchParams.delete(key);
  }
  // An emptied query leaves a bare "?"; URL drops it only when search is set to the empty string.
  if ([...u.searchParams.keys()].length === 0) u.search = '';
  return u.href;
}

/**
 * A URL reduced for comparison: canonical (above), then host lower-cased without `www.`, no trailing slash, http
 * and https alike, remaining parameters sorted. Two addresses with one key are treated as one article.
 */
export function normaliseUrl(url: string): string {
  const canonical = canonicalUrl(url);
  if (canonical === null) return url.trim();
  const u = new URL(canonical);
  u.searchParams.sort();
  const path = u.pathname.replace(/\/+$/, '');
  return `https://${u.host.toLowerCase().replace(/^www\./, '')}${path}${u.search}`;
}
