// What changed between two versions of an article: paragraphs matched by a longest common
// subsequence; removed and added paragraphs that are mostly alike become "changed" paragraphs
// with a word-level diff, so a changed figure shows as one word replaced, not a new paragraph.
import type { ParagraphDiff, VersionDiff, VersionDiffToken } from '../../../shared/versions';

/** Word-set Jaccard above which a removed and an added paragraph are one paragraph edited. */
const SAME_PARAGRAPH = 0.5;
/** Cells of an LCS table beyond which a diff falls back to whole paragraphs (huge articles). */
const MAX_CELLS = 4_000_000;

export function diffParagraphs(from: readonly string[], to: readonly string[]): Pick<VersionDiff, 'stats' | 'paragraphs'> {
  const paragraphs: ParagraphDiff[] = [];
  let removedRun: string[] = [];
  let addedRun: string[] = [];
  const flush = () => {
    paragraphs.push(...pairRuns(removedRun, addedRun));
    removedRun = [];
    addedRun = [];
  };
  for (const step of lcsSteps(from, to, (a, b) => a === b)) {
    if (step.op === 'same') {
      flush();
      paragraphs.push({ op: 'same', text: step.text });
    } else if (step.op === 'removed') removedRun.push(step.text);
    else addedRun.push(step.text);
  }
  flush();
  const stats = { paragraphsAdded: 0, paragraphsRemoved: 0, paragraphsChanged: 0, wordsAdded: 0, wordsRemoved: 0 };
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  for (const p of paragraphs) {
    if (p.op === 'added') [stats.paragraphsAdded, stats.wordsAdded] = [stats.paragraphsAdded + 1, stats.wordsAdded + words(p.text)];
    if (p.op === 'removed') [stats.paragraphsRemoved, stats.wordsRemoved] = [stats.paragraphsRemoved + 1, stats.wordsRemoved + words(p.text)];
    if (p.op === 'changed') {
      stats.paragraphsChanged++;
      for (const t of p.tokens ?? []) {
        if (t.op === 'added') stats.wordsAdded += words(t.text);
        if (t.op === 'removed') stats.wordsRemoved += words(t.text);
      }
    }
  }
  return { stats, paragraphs };
}

/** Word-level differences of two paragraphs; words keep their punctuation ("$3.1bn,"). */
export function diffWordsOf(from: string, to: string): VersionDiffToken[] {
  const a = from.split(/\s+/).filter(Boolean);
  const b = to.split(/\s+/).filter(Boolean);
  const tokens: VersionDiffToken[] = [];
  for (const step of lcsSteps(a, b, (x, y) => x === y)) {
    const last = tokens[tokens.length - 1];
    if (last && last.op === step.op) last.text += ' ' + step.text;
    else tokens.push({ op: step.op, text: step.text });
  }
  return tokens;
}

/** Pairs each removed paragraph with the most alike added one (in order); the rest stay added or removed. */
function pairRuns(removed: string[], added: string[]): ParagraphDiff[] {
  const out: ParagraphDiff[] = [];
  let next = 0;
  for (const r of removed) {
    let match = -1;
    for (let j = next; j < added.length; j++) {
      if (wordJaccard(r, added[j]!) >= SAME_PARAGRAPH) {
        match = j;
        break;
      }
    }
    if (match < 0) {
      out.push({ op: 'removed', text: r });
      continue;
    }
    for (; next < match; next++) out.push({ op: 'added', text: added[next]! });
    out.push({ op: 'changed', text: added[match]!, tokens: diffWordsOf(r, added[match]!) });
    next = match + 1;
  }
  for (; next < added.length; next++) out.push({ op: 'added', text: added[next]! });
  return out;
}

function wordJaccard(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/\s+/).filter(Boolean));
  const wb = new Set(b.toLowerCase().split(/\s+/).filter(Boolean));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  return union ? shared / union : 1;
}

type Step = { op: 'same' | 'added' | 'removed'; text: string };

function lcsSteps(a: readonly string[], b: readonly string[], equal: (x: string, y: string) => boolean): Step[] {
  // Common head and tail need no table: most edits touch a few paragraphs in the middle.
  let head = 0;
  while (head < a.length && head < b.length && equal(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && equal(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  const steps: Step[] = a.slice(0, head).map((text) => ({ op: 'same', text }));
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const n = x.length;
  const m = y.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    steps.push(...x.map((text): Step => ({ op: 'removed', text })), ...y.map((text): Step => ({ op: 'added', text })));
  } else {
    const table = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number) => i * (m + 1) + j;
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[at(i, j)] = equal(x[i]!, y[j]!) ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (equal(x[i]!, y[j]!)) {
        steps.push({ op: 'same', text: y[j]! });
        i++;
        j++;
      } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) steps.push({ op: 'removed', text: x[i++]! });
      else steps.push({ op: 'added', text: y[j++]! });
    }
    while (i < n) steps.push({ op: 'removed', text: x[i++]! });
    while (j < m) steps.push({ op: 'added', text: y[j++]! });
  }
  steps.push(...a.slice(a.length - tail).map((text): Step => ({ op: 'same', text })));
  return steps;
}
