// Quoted speech with its attribution ("…,” said X; X said: “…”; “…” — X; according to X; a pronoun
// or a follow-on quote inherits the previous speaker), then the same quote across sources,
// verbatim or slightly changed, with word-level differences.
import type { QuoteCluster, QuoteCue, QuoteInstance } from '../../../shared/comparison';
import { passageOf, type CompareDoc } from './compare-doc';
import { classifyName, findNameMentions } from './entity-names';

const NO_WORDS: ReadonlySet<string> = new Set();
import { diffWords, normaliseQuote, quoteOverlap } from './quote-diff';

export interface FoundQuote {
  articleId: number;
  speaker: string | null;
  cue: QuoteCue;
  text: string;
  start: number;
  end: number;
}

export interface QuoteOptions {
  /** Is this name a person? Defaults to the entity classifier's guess. */
  isPerson?: (name: string) => boolean;
  /** Canonical speaker name ("Bachulska" → "Alicja Bachulska"). */
  resolveSpeaker?: (name: string, articleId: number) => string;
}

const VERBS = 'said|says|say|wrote|writes|added|adds|told|tells|noted|notes|explained|argued|argues|warned|warns|insisted|stressed|declared|proclaimed|promised|vowed|called|calling|described|saying|added|replied|asked|claimed|claims|conceded|recalled|remarked';
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov)\.?\s+|(?:President|Prime Minister|Chancellor|Secretary|Minister|Ambassador|Professor)\s+)*`;
const NAME = String.raw`\p{Lu}[\p{L}’'\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'\-]+))*`;
const AFTER_VERB_NAME = new RegExp(String.raw`^[\s,]*(?:[—–-]\s*)?(${VERBS})\s+(?:the\s+)?${TITLE}(${NAME})`, 'u');
const AFTER_NAME_VERB = new RegExp(String.raw`^[\s,]*(?:${TITLE}(${NAME})|(he|she|they|He|She|They))\s+(?:has\s+|had\s+)?(${VERBS})\b`, 'u');
const AFTER_ACCORDING = new RegExp(String.raw`^[\s,]*according to\s+(?:the\s+)?${TITLE}(${NAME})`, 'u');
const AFTER_DASH = new RegExp(String.raw`^\s*[—–]\s*${TITLE}(${NAME})`, 'u');
const BEFORE_VERB = new RegExp(String.raw`\b(${VERBS}|went on to \w+|according to)\b[^“”"]*$`, 'u');
const PRONOUN_BEFORE = /\b(he|she|they)\s+(?:has\s+|had\s+)?(said|says|added|told|wrote|noted)\b[^“”"]*$/i;

export function findQuotes(doc: CompareDoc, options: QuoteOptions = {}): FoundQuote[] {
  const isPerson = options.isPerson ?? ((name: string) => classifyName(name, false) === 'person');
  const resolve = options.resolveSpeaker ?? ((name: string) => name);
  const out: FoundQuote[] = [];
  let lastSpeaker: string | null = null;
  doc.blockStarts.forEach((blockStart, blockIndex) => {
    const blockEnd = blockIndex + 1 < doc.blockStarts.length ? doc.blockStarts[blockIndex + 1]! - 2 : doc.text.length;
    const block = doc.text.slice(blockStart, blockEnd);
    let blockSpeaker: string | null = null;
    for (const span of quoteSpans(block)) {
      const start = blockStart + span.open;
      const end = blockStart + span.close;
      const text = block.slice(span.open + 1, span.close - (span.closed ? 1 : 0)).trim();
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
      const sentenceEnd = doc.sentences.find((s) => s.start < end && end <= s.end + 1)?.end ?? blockEnd;
      const before = doc.text.slice(sentence ? sentence.start : blockStart, start);
      const nextQuote = block.slice(span.close).search(/[“"]/);
      const after = doc.text.slice(end, Math.min(sentenceEnd, nextQuote >= 0 ? end + nextQuote : blockEnd, end + 160));
      let { speaker, cue } = attribute(before, after, isPerson);
      if (cue === 'pronoun') speaker = lastSpeaker;
      if (!speaker && blockSpeaker && /^\p{Lu}/u.test(text)) {
        speaker = blockSpeaker;
        cue = 'continuation';
      }
      if (speaker && cue !== 'pronoun' && cue !== 'continuation') speaker = resolve(speaker, doc.id);
      const words = text.split(/\s+/).filter(Boolean).length;
      // Scare quotes and titles ("allies", “Joint Statement”) are not speech.
      if (!speaker && words < 6) continue;
      out.push({ articleId: doc.id, speaker, cue: speaker ? cue : 'none', text, start, end });
      if (speaker) lastSpeaker = blockSpeaker = speaker;
    }
  });
  return out;
}

function attribute(before: string, after: string, isPerson: (n: string) => boolean): { speaker: string | null; cue: QuoteCue } {
  let m = AFTER_ACCORDING.exec(after);
  if (m) return { speaker: m[1]!, cue: 'according-to' };
  m = AFTER_VERB_NAME.exec(after);
  if (m && !/^(he|she|they)$/i.test(m[2]!)) return { speaker: m[2]!, cue: 'said' };
  m = AFTER_NAME_VERB.exec(after);
  if (m) return m[1] ? { speaker: m[1], cue: 'said' } : { speaker: null, cue: 'pronoun' };
  m = AFTER_DASH.exec(after);
  if (m) return { speaker: m[1]!, cue: 'dash' };
  if (PRONOUN_BEFORE.test(before)) return { speaker: null, cue: 'pronoun' };
  const colon = /:\s*$/.test(before);
  const verb = BEFORE_VERB.exec(before);
  const upTo = verb ? before.slice(0, verb.index) : colon ? before.replace(/:\s*$/, '') : before;
  const names = findNameMentions(upTo, NO_WORDS).map((x) => cleanName(x.name)).filter((n) => isPerson(n));
  if (!names.length) return { speaker: null, cue: 'none' };
  if (verb) return { speaker: names[names.length - 1]!, cue: /according to/.test(verb[1]!) ? 'according-to' : /^(said|says)$/.test(verb[1]!) ? 'said' : 'verb' };
  if (colon) return { speaker: names[names.length - 1]!, cue: 'colon' };
  // No speech verb: the sentence's first named person, its subject, is the nearest speaker we have.
  return { speaker: names[0]!, cue: 'verb' };
}

function cleanName(name: string): string {
  return name.replace(/[’']s$/u, '');
}

interface Span {
  open: number;
  close: number;
  closed: boolean;
}

/** Quotation spans in a block: “…” (an unclosed one runs to the block's end) and "…" pairs. */
export function quoteSpans(block: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < block.length) {
    const ch = block[i];
    if (ch === '“' || ch === '"') {
      const closer = ch === '“' ? '”' : '"';
      const close = block.indexOf(closer, i + 1);
      if (close < 0) {
        spans.push({ open: i, close: block.length, closed: false });
        break;
      }
      spans.push({ open: i, close: close + 1, closed: true });
      i = close + 1;
    } else i++;
  }
  return spans;
}

/** Groups the same quote across sources; a quote by a different named speaker never joins. */
export function clusterQuotes(quotes: readonly FoundQuote[], docs: readonly CompareDoc[]): QuoteCluster[] {
  const order = docs.map((d) => d.id);
  const rank = (q: FoundQuote) => order.indexOf(q.articleId);
  const sorted = [...quotes].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const clusters: FoundQuote[][] = [];
  for (const q of sorted) {
    const home = clusters.find((c) =>
      c.every((x) => x.articleId !== q.articleId) &&
      c.some((x) => (!x.speaker || !q.speaker || x.speaker === q.speaker) && quoteOverlap(x.text, q.text) >= 0.6),
    );
    if (home) home.push(q);
    else clusters.push([q]);
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const result = clusters.map((c) => {
    const first = c[0]!;
    const instances: QuoteInstance[] = c.map((q, i) => ({
      articleId: q.articleId,
      speaker: q.speaker,
      cue: q.cue,
      text: q.text,
      passage: passageOf(byId.get(q.articleId)!, q.start, q.end),
      diff: i === 0 ? [] : diffWords(first.text, q.text),
    }));
    return {
      speaker: c.find((q) => q.speaker)?.speaker ?? null,
      articleIds: c.map((q) => q.articleId),
      verbatim: c.every((q) => normaliseQuote(q.text) === normaliseQuote(first.text)),
      instances,
      at: [rank(first), first.start] as const,
    };
  });
  result.sort((a, b) => b.articleIds.length - a.articleIds.length || a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  return result.map(({ at: _at, ...c }, i) => ({ id: `quote-${i + 1}`, ...c }));
}
