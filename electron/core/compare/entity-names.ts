// Finds candidate names in text (capitalised word runs), strips titles and sentence-initial words,
// and classifies each as person, organisation or place: rules first, compromise for the rest.
import type { EntityKind } from '../../../shared/comparison';
import { nlp } from './nlp';
import { foldCase } from './words';

export interface NameMention {
  name: string;
  start: number;
  end: number;
  /** A title, "said" or a speech verb next to it: evidence for a person. */
  personContext: boolean;
  /** Written after a lower-case "the": "the Cold War", "the Kremlin" (people seldom are). */
  afterThe: boolean;
}

/** What else is known about a name beyond its own words. */
export interface NameHints {
  /** Italicised where it appears: the way publications and works are set. */
  italic?: boolean;
  /** Written after "the" in most of its mentions. */
  afterThe?: boolean;
  /** The compared articles' outlets and authors, from their metadata, case-folded. */
  outlets?: ReadonlySet<string>;
  authors?: ReadonlySet<string>;
}

const TITLES = new Set(
  `president presidents prime minister ministers chancellor secretary general deputy mr mrs ms dr prof professor
  foreign defence defense vice premier leader chairman chairwoman chair king queen prince senator sen gov governor
  spokesperson spokesman spokeswoman ambassador envoy assistant state chief editor editor-in-chief executive
  director commissioner lord lady sir judge general gen admiral adm colonel col captain capt pope mayor
  representative rep minister-president commander`
    .split(/\s+/)
    .filter(Boolean),
);
const DEMONYMS = new Set(
  `chinese russian american us u.s british uk european german french swedish ukrainian japanese indian iranian
  korean north south western eastern soviet italian spanish polish turkish israeli australian canadian taiwanese`
    .split(/\s+/)
    .filter(Boolean),
);
const LEADING_STOP = new Set(
  `the a an but and or in on at of for to from by with as if when while after before since during under over
  this that these those it its his her their our my your we they he she i yet so then still also however
  meanwhile although though because despite according`.split(/\s+/).filter(Boolean),
);
const NOT_NAMES = new Set(
  `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday western eastern northern southern olympics olympic games
  editor’s editor's cold-war covid-19 covid winter summer`.split(/\s+/).filter(Boolean),
);
const ORG_WORDS = new Set(
  `council organization organisation union ministry department agency bank party committee commission
  initiative institute university college school times post journal news economist group alliance treaty
  forum fund corporation company inc corp ltd association federation league court parliament congress senate
  assembly office kremlin pentagon army navy force forces guard press network center centre foundation
  studies affairs relations republic`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Head nouns of capitalised phrases that name eras, events, documents and projects, never people:
 * "Cold War", "Joint Statement", "Winter Olympic Games", "Marshall Plan".
 */
const NON_PERSON_HEADS = new Set(
  `war wars era age period century dynasty revolution crisis games championship olympics summit conference
  statement declaration agreement accord accords pact doctrine strategy policy plan charter convention protocol
  report review index project programme program initiative pipeline corridor festival award`
    .split(/\s+/)
    .filter(Boolean),
);

const KNOWN: Record<string, { name: string; kind: EntityKind }> = {
  us: { name: 'United States', kind: 'place' },
  'u.s': { name: 'United States', kind: 'place' },
  usa: { name: 'United States', kind: 'place' },
  'united states': { name: 'United States', kind: 'place' },
  america: { name: 'United States', kind: 'place' },
  uk: { name: 'United Kingdom', kind: 'place' },
  'u.k': { name: 'United Kingdom', kind: 'place' },
  britain: { name: 'United Kingdom', kind: 'place' },
  'united kingdom': { name: 'United Kingdom', kind: 'place' },
  'russian federation': { name: 'Russia', kind: 'place' },
  'people’s republic of china': { name: 'China', kind: 'place' },
  "people's republic of china": { name: 'China', kind: 'place' },
  eu: { name: 'European Union', kind: 'organization' },
  'european union': { name: 'European Union', kind: 'organization' },
  un: { name: 'United Nations', kind: 'organization' },
  'united nations': { name: 'United Nations', kind: 'organization' },
  nato: { name: 'NATO', kind: 'organization' },
  'north atlantic treaty organization': { name: 'NATO', kind: 'organization' },
  g7: { name: 'G7', kind: 'organization' },
  'group of seven': { name: 'G7', kind: 'organization' },
  'group of 7': { name: 'G7', kind: 'organization' },
  kremlin: { name: 'Kremlin', kind: 'organization' },
};

const TOKEN = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{N}\-]*(?:[’']\p{Ll}+)?|G\d+)`;
const CONNECTOR = String.raw`(?:of|on|for|and|the|de|von|van|al|bin)`;
const RUN_RE = new RegExp(String.raw`${TOKEN}(?:\s+(?:${CONNECTOR}\s+)*${TOKEN})*`, 'gu');

/** Candidate name mentions in a text, titles and sentence-initial words stripped, offsets kept. */
export function findNameMentions(text: string, lowercaseWords: ReadonlySet<string>): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(RUN_RE)) {
    const tokens = splitTokens(m[0], m.index!);
    const sentenceStart = /(^|[.!?]["”’]?\s+|["“‘(]\s*|\n)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!));
    for (const part of splitRun(tokens, sentenceStart, lowercaseWords)) out.push(toMention(text, part.tokens, part.titled));
  }
  return out.filter((m) => m.name.length > 1);
}

interface Tok {
  word: string;
  start: number;
}

/**
 * Words of a capitalised run. "Xi-Putin" and "US-led" are two names or one, not a new name; a
 * possessive ends a name unless an organisation word follows ("King’s College").
 */
function splitTokens(run: string, offset: number): Tok[] {
  const out: Tok[] = [];
  const words = [...run.matchAll(/\S+/g)];
  words.forEach((w, i) => {
    const start = offset + w.index!;
    if (/^\p{Lu}[\p{L}]*(-\p{L}+)+$/u.test(w[0]) && !/^\p{Lu}+-\p{Lu}+$/u.test(w[0])) {
      let at = 0;
      for (const part of w[0].split('-')) {
        if (/^\p{Lu}/u.test(part)) out.push({ word: part, start: start + at });
        out.push({ word: '-', start: start + at + part.length });
        at += part.length + 1;
      }
      return;
    }
    out.push({ word: w[0], start });
    const next = words[i + 1]?.[0];
    if (/[’']s$/u.test(w[0]) && next && !ORG_WORDS.has(foldCase(next))) out.push({ word: '-', start: start + w[0].length });
  });
  return out;
}

function splitRun(tokens: Tok[], sentenceStart: boolean, lowercaseWords: ReadonlySet<string>): { tokens: Tok[]; titled: boolean }[] {
  const parts: { tokens: Tok[]; titled: boolean }[] = [];
  let current: Tok[] = [];
  let titled = false;
  const flush = () => {
    while (current.length && isConnector(current[current.length - 1]!.word)) current.pop();
    if (current.length) parts.push({ tokens: current, titled });
    current = [];
    titled = false;
  };
  tokens.forEach((t, i) => {
    if (t.word === '-') return flush();
    const w = foldCase(bare(t.word));
    // "of"/"for": "Bachulska of the European Council" is a person and an organisation.
    if (isConnector(t.word) && t.word !== 'and' && current.length && !current.some((c) => ORG_WORDS.has(foldCase(bare(c.word))))) {
      flush();
      return;
    }
    if (!current.length) {
      if (isConnector(t.word) || LEADING_STOP.has(w) || NOT_NAMES.has(w)) return;
      if (i === 0 && sentenceStart && lowercaseWords.has(w)) return;
    }
    if (isTitle(tokens, i)) {
      flush();
      titled = true;
      return;
    }
    if (DEMONYMS.has(w) && i + 1 < tokens.length && isTitleOrName(tokens[i + 1]!.word)) {
      // "Chinese President Xi Jinping": the demonym qualifies the title; "US" alone is kept.
      if (i + 1 < tokens.length && TITLES.has(foldCase(bare(tokens[i + 1]!.word)))) {
        flush();
        return;
      }
    }
    if (NOT_NAMES.has(w)) {
      flush();
      return;
    }
    // "Russia and China": "and" joins two names unless an organisation's name goes on after it
    // ("Belt and Road Initiative", "Center for Strategic and International Studies").
    if (w === 'and' && !(orgWordFollows(tokens, i) && current.length && !ORG_WORDS.has(foldCase(bare(current[current.length - 1]!.word))))) {
      flush();
      return;
    }
    current.push(t);
  });
  flush();
  return parts;
}

/** An organisation word after token `i`, before the next "and" or the end of this name. */
function orgWordFollows(tokens: readonly Tok[], i: number): boolean {
  // "Russian Federation and the People’s Republic of China": "and the" starts another name.
  if (tokens[i + 1]?.word === 'the') return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const word = tokens[k]!.word;
    if (word === '-' || word === 'and') return false;
    if (ORG_WORDS.has(foldCase(bare(word)))) return true;
  }
  return false;
}

/** Words that are titles only next to another title: "Foreign Minister", not "Foreign Relations". */
const MODIFIER_TITLES = new Set('foreign defence defense state assistant deputy vice prime general executive chief'.split(' '));

function isTitle(tokens: readonly Tok[], i: number): boolean {
  const word = tokens[i]!.word;
  if (/[’']s$/u.test(word)) return false;
  const w = foldCase(word).replace(/\.$/, '');
  if (!TITLES.has(w)) return false;
  if (!MODIFIER_TITLES.has(w)) return true;
  const near = (j: number) => {
    const t = tokens[j];
    return !!t && TITLES.has(foldCase(t.word).replace(/\.$/, '')) && !MODIFIER_TITLES.has(foldCase(t.word));
  };
  const modifierChain = (j: number, step: number): boolean => {
    for (let k = j; tokens[k]; k += step) {
      const x = foldCase(tokens[k]!.word).replace(/\.$/, '');
      if (!TITLES.has(x)) return false;
      if (!MODIFIER_TITLES.has(x)) return true;
    }
    return false;
  };
  return near(i + 1) || near(i - 1) || modifierChain(i + 1, 1) || modifierChain(i - 1, -1);
}

function isTitleOrName(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isConnector(word: string): boolean {
  return /^(of|on|for|and|the|de|von|van|al|bin)$/.test(word);
}

function bare(word: string): string {
  return word.replace(/[’']s$/u, '');
}

function toMention(text: string, tokens: Tok[], titled: boolean): NameMention {
  const last = tokens[tokens.length - 1]!;
  const start = tokens[0]!.start;
  const lastWord = bare(last.word).replace(/\.$/, (dot) => (/^\p{Lu}\.$/u.test(bare(last.word)) ? dot : ''));
  const end = last.start + lastWord.length;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 12), start);
  const personContext =
    titled || /^[’']?s?,?\s+(said|says|told|added|wrote|noted|argued|warned|believes)\b/.test(after) || /\b(said|says)\s+$/.test(before);
  return { name: text.slice(start, end), start, end, personContext, afterThe: /\bthe\s+$/.test(before) };
}

const kindCache = new Map<string, EntityKind | null>();

/** The kind of a name by rules, or compromise when the rules cannot tell; null when not a name. */
export function classifyName(
  name: string,
  personContext: boolean,
  lowercaseWords: ReadonlySet<string> = new Set(),
  hints: NameHints = {},
): EntityKind | null {
  const key = foldCase(name);
  const known = KNOWN[key];
  if (known) return known.kind;
  // The articles' own metadata: their outlets are organisations, their authors people.
  if (hints.outlets?.has(key) || hints.outlets?.has(`the ${key}`)) return 'organization';
  if (hints.authors?.has(key)) return 'person';
  const tokens = key.split(/\s+/);
  if (tokens.every((t) => DEMONYMS.has(t) || NOT_NAMES.has(t))) return null;
  if (tokens.length === 1 && (ORG_WORDS.has(tokens[0]!) || TITLES.has(tokens[0]!))) return null;
  if (isOrganisationName(tokens)) return 'organization';
  if (/^\p{Lu}{2,6}$/u.test(name)) return 'organization';
  // "Cold War", "Joint Statement": an era, an event or a document, whatever the context says.
  if (NON_PERSON_HEADS.has(tokens[tokens.length - 1]!)) return compromiseKind(name) === 'place' ? 'place' : null;
  if (personContext) return 'person';
  // Set in italics ("editor of *Die Zeit*") with nothing saying it is a person: a publication.
  if (hints.italic) return 'organization';
  const kind = compromiseKind(name);
  if (kind) return kind === 'person' && hints.afterThe ? null : kind;
  // Two or three capitalised words that are not ordinary words elsewhere and not "the …": most likely a person.
  if (hints.afterThe) return null;
  if (tokens.length >= 2 && tokens.length <= 3 && /^(\p{Lu}[\p{L}\-’']+\s?)+$/u.test(name) && !tokens.some((t) => lowercaseWords.has(t))) return 'person';
  return null;
}

/** An organisation word in a name of several words ("King’s College London", "Bank of England"). */
function isOrganisationName(tokens: readonly string[]): boolean {
  if (ORG_WORDS.has(tokens[tokens.length - 1]!)) return true;
  if (tokens.length < 2) return false;
  let at = tokens.length - 1;
  while (at >= 0 && !ORG_WORDS.has(tokens[at]!)) at--;
  // What follows the organisation word names it further ("London"), never a verb: "the International
  // Relations Entering a New Era" is a phrase that happens to be capitalised.
  return at >= 0 && !tokens.slice(at + 1).some((t) => nlp(t).has('#Verb'));
}

function compromiseKind(name: string): EntityKind | null {
  if (kindCache.has(name)) return kindCache.get(name)!;
  const doc = nlp(name);
  let kind: EntityKind | null = null;
  if (doc.places().found) kind = 'place';
  else if (doc.organizations().found) kind = 'organization';
  else if (doc.people().found) kind = 'person';
  if (kindCache.size > 5000) kindCache.clear();
  kindCache.set(name, kind);
  return kind;
}

/** The canonical spelling of a known name ("Nato" → "NATO", "US" → "United States"), or null. */
export function knownName(name: string): string | null {
  return KNOWN[foldCase(name)]?.name ?? null;
}
