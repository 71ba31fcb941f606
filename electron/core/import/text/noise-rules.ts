// Rules that recognise a non-article line on its own: ad labels, photo credits, navigation, sign-up
// calls, lone numbers, banners. Each returns the reason it matched, or null. Vocabulary is generic
// web furniture in the languages we guess, never phrases taken from one article.
import { countWords, isAllCaps } from './classify-line';
import { isRepeatedPhrase } from './repeated-phrase';

export type LineRule = (text: string) => string | null;

/** Lower-cased, without accents, leading "#" or trailing punctuation: the form vocabularies match. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[#>\s]+|[\s.:!?»›>|-]+$/g, '')
    .replace(/\s+/g, ' ');
}

const AD_LABELS = new Set(['advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted', 'anzeige', 'werbung', 'publicitate', 'reclama', 'publicite', 'publicidad', 'pubblicita']);

const NAVIGATION = new Set([
  'select page', 'source link', 'source', 'leave a comment', 'leave a reply', 'skip to content',
  'skip to main content', 'back to top', 'share', 'share this', 'share this article', 'share this story',
  'print', 'email', 'menu', 'home', 'read more', 'read next', 'continue reading', 'click here',
  'comments', 'show comments', 'view comments', 'post a comment', 'tweet', 'facebook', 'twitter',
  'whatsapp', 'linkedin', 'related', 'more on this story', 'most read', 'trending', 'follow us',
]);

// "You may also like" headings that introduce a list of other articles.
const RELATED_PREFIXES = [
  'related articles', 'related stories', 'related content', 'you may also like', 'you might also like',
  'more from', 'recommended for you', 'read also', 'see also', 'te-ar mai putea interesa', 'citeste si',
  'vezi si', 'lesen sie auch', 'das konnte sie auch interessieren', 'mehr zum thema', 'a lire aussi',
  'lire aussi', 'sur le meme sujet', 'lee tambien', 'te puede interesar', 'leggi anche', 'potrebbe interessarti',
];

const CREDIT_START =
  /^\(?(?:photo|photos|photograph|picture|image|illustration|graphic|video|foto|fotografie|bild|sursa foto|sursă foto|photo source|image source|photo credit|image credit|credit|credits|source photo)(?: (?:source|credit|by|courtesy))?\s?[:：] ?\S/i;

export const adLabel: LineRule = (text) => (AD_LABELS.has(normalizeLabel(text)) ? 'advertisement' : null);

export const photoCredit: LineRule = (text) => {
  const words = countWords(text);
  if (words <= 12 && CREDIT_START.test(text)) return 'photo credit';
  if (words <= 8 && /^(?:photo|photograph|picture|image|illustration)s? by \p{Lu}/iu.test(text)) return 'photo credit';
  return null;
};

/** "PICTURE ALLIANCE / ASSOCIATED PRESS / NAME": agencies and photographers in capitals, slash-separated. */
export const agencyCredit: LineRule = (text) => {
  if (!text.includes('/') || countWords(text) > 15 || !isAllCaps(text)) return null;
  const parts = text.split('/').map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p !== '' && countWords(p) <= 5) ? 'photo credit (agency line)' : null;
};

/** A caption that ends with its credit: "… enter a hall for talks. Photo: AP". */
export const captionWithCredit: LineRule = (text) => {
  if (countWords(text) > 80) return null;
  const tail = text.slice(-80);
  return /(?:^|[.!?)”"] |\s)\(?(?:photo|photograph|picture|image|illustration|foto)s?: [^.:!?]{1,50}\)?$/i.test(tail)
    ? 'photo caption'
    : null;
};

export const navigation: LineRule = (text) => {
  if (countWords(text) > 8) return null;
  const label = normalizeLabel(text);
  if (NAVIGATION.has(label)) return 'navigation';
  return RELATED_PREFIXES.some((p) => label.startsWith(p)) ? 'related-articles link' : null;
};

export const signUpCall: LineRule = (text) => {
  if (countWords(text) > 14 || /\.["”’)]*$/.test(text)) return null; // a call to action is not a finished sentence
  const label = normalizeLabel(text);
  const calls = /^(?:sign up|subscribe|register|join|get our|abonea?za-te|aboneaza-te|inscrie-te|abonnieren|melden sie sich|inscrivez-vous|abonnez-vous|suscribete|iscriviti)\b/;
  return calls.test(label) ? 'sign-up call' : null;
};

/** A number alone on a line: a page number or the comment count of the page it was copied from. */
export const loneNumber: LineRule = (text) => {
  if (/^\d{1,5}$/.test(text)) return 'lone number (page number or comment count)';
  if (/^\d{1,5} (?:comments?|comentarii|kommentare|commentaires|comentarios|commenti)$/i.test(text)) return 'comment count';
  return null;
};

export const repeatedBanner: LineRule = (text) => (isRepeatedPhrase(text) ? 'repeated banner' : null);

export const LINE_RULES: readonly LineRule[] = [
  adLabel, repeatedBanner, photoCredit, agencyCredit, captionWithCredit, navigation, signUpCall, loneNumber,
];

export function matchLineRule(text: string): string | null {
  for (const rule of LINE_RULES) {
    const reason = rule(text);
    if (reason) return reason;
  }
  return null;
}
