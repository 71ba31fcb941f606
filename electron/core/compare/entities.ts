// Named people, organisations and places across the compared articles, merged into canonical
// entities ("Xi", "President Xi Jinping", "Xi Jinping" → Xi Jinping; "Nato"/"NATO" → NATO), with
// an entity × article matrix of mention counts and passages.
import type { Entity, EntityKind } from '../../../shared/comparison';
import { passageOf, type CompareDoc } from './compare-doc';
import { classifyName, findNameMentions, knownName, type NameHints, type NameMention } from './entity-names';
import { foldCase } from './words';

interface Mention extends NameMention {
  doc: CompareDoc;
  italic: boolean;
}

interface Group {
  kind: EntityKind;
  key: string;
  tokens: string[];
  mentions: Mention[];
}

export function findEntities(docs: readonly CompareDoc[]): Entity[] {
  const lowercaseWords = collectLowercaseWords(docs);
  const mentions: Mention[] = docs.flatMap((doc) =>
    findNameMentions(doc.text, lowercaseWords).map((m) => ({ ...m, doc, italic: doc.emphasis.some((e) => e.start <= m.start && m.end <= e.end) })),
  );
  const metadata = {
    outlets: new Set(docs.flatMap((d) => (d.outlet ? [foldCase(d.outlet.trim())] : []))),
    authors: new Set(docs.flatMap((d) => d.authors.map((a) => foldCase(a.trim())))),
  };
  // Evidence pooled over every mention of a name: most of them italic, or most after "the".
  const hintsOf = (list: readonly Mention[]): NameHints => ({
    ...metadata,
    italic: list.filter((m) => m.italic).length * 2 > list.length,
    afterThe: list.filter((m) => m.afterThe).length * 2 > list.length,
  });
  // Classify each distinct name once, with person evidence pooled over all its mentions.
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byName.get(m.name) ?? [];
    list.push(m);
    byName.set(m.name, list);
  }
  const groups = new Map<string, Group>();
  const singles: { name: string; mentions: Mention[] }[] = [];
  for (const [name, list] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const kind = classifyName(name, list.some((m) => m.personContext), lowercaseWords, hintsOf(list));
    const tokens = nameTokens(name);
    if (!kind || !tokens.length) {
      if (tokens.length === 1) singles.push({ name, mentions: list });
      continue;
    }
    if (kind === 'person' && tokens.length === 1) {
      singles.push({ name, mentions: list });
      continue;
    }
    const canonical = knownName(name);
    const key = `${kind}:${canonical ? foldCase(canonical) : tokens.join(' ')}`;
    const group = groups.get(key) ?? { kind, key, tokens, mentions: [] };
    group.mentions.push(...list);
    groups.set(key, group);
  }
  // One-word names join the one person whose name holds that word ("Xi" → "Xi Jinping").
  const people = [...groups.values()].filter((g) => g.kind === 'person');
  for (const single of singles) {
    const token = nameTokens(single.name)[0]!;
    const owners = people.filter((p) => p.tokens.includes(token));
    if (owners.length === 1) owners[0]!.mentions.push(...single.mentions);
    else if (!owners.length && single.mentions.some((m) => m.personContext) && classifyName(single.name, true, lowercaseWords, hintsOf(single.mentions)) === 'person') {
      const key = `person:${token}`;
      const group = groups.get(key) ?? { kind: 'person' as const, key, tokens: [token], mentions: [] };
      group.mentions.push(...single.mentions);
      groups.set(key, group);
    }
  }
  mergeSubsetPeople(groups);
  const order = docs.map((d) => d.id);
  return [...groups.values()].map((g) => toEntity(g, order)).sort(
    (a, b) =>
      b.articleCount - a.articleCount ||
      total(b) - total(a) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** "Vladimir V. Putin" and "Vladimir Putin": the same person when one's words hold the other's. */
function mergeSubsetPeople(groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((g) => g.kind === 'person').sort((a, b) => b.tokens.length - a.tokens.length || (a.key < b.key ? -1 : 1));
  for (const small of [...people].reverse()) {
    const owners = people.filter((p) => p !== small && groups.has(p.key) && p.tokens.length >= small.tokens.length && small.tokens.every((t) => p.tokens.includes(t)));
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...small.mentions);
    groups.delete(small.key);
  }
}

function nameTokens(name: string): string[] {
  return foldCase(name)
    .replace(/[’']s\b/g, '')
    .split(/[\s-]+/)
    .map((t) => t.replace(/\.$/, ''))
    // Initials ("V.") do not tell people apart in a merge.
    .filter((t) => t.length > 1 && !/^(of|on|for|and|the)$/.test(t));
}

function toEntity(g: Group, order: readonly number[]): Entity {
  const forms = new Map<string, number>();
  for (const m of g.mentions) forms.set(m.name, (forms.get(m.name) ?? 0) + 1);
  const canonical = knownName(g.mentions[0]!.name);
  const name = canonical ?? pickName([...forms], g.kind);
  const mentions = order
    .map((articleId) => {
      const mine = g.mentions.filter((m) => m.doc.id === articleId).sort((a, b) => a.start - b.start);
      const unique = mine.filter((m, i) => i === 0 || m.start !== mine[i - 1]!.start);
      return { articleId, count: unique.length, passages: unique.map((m) => passageOf(m.doc, m.start, m.end)) };
    })
    .filter((m) => m.count > 0);
  return {
    id: `${g.kind}:${slug(name)}`,
    name,
    kind: g.kind,
    aliases: [...forms.keys()].filter((f) => f !== name).sort(),
    articleCount: mentions.length,
    mentions,
  };
}

/** The most used full form; ties go to the longer, then the alphabetically first. */
function pickName(forms: [string, number][], kind: EntityKind): string {
  const full = kind === 'person' ? forms.filter(([f]) => nameTokens(f).length > 1) : forms;
  const pool = (full.length ? full : forms).map(([f, n]) => [f.replace(/[’']s$/u, ''), n] as const);
  const sorted = [...pool].sort((a, b) => b[1] - a[1] || initials(a[0]) - initials(b[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const best = kind === 'person' ? titleCaseShouted(sorted[0]![0]) : sorted[0]![0];
  // "NATO" and "Nato": show an acronym in capitals.
  return /^[A-Z][a-z]{1,5}$/.test(best) && pool.some(([f]) => f === best.toUpperCase()) ? best.toUpperCase() : best;
}

/** "THEO SOMMER" (a byline in capitals) → "Theo Sommer"; "Xi" and "V." stay as they are. */
function titleCaseShouted(name: string): string {
  return name.replace(/\p{Lu}{3,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

function initials(name: string): number {
  return (name.match(/\b\p{Lu}\./gu) ?? []).length;
}

function total(e: Entity): number {
  return e.mentions.reduce((s, m) => s + m.count, 0);
}

function slug(name: string): string {
  return foldCase(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function collectLowercaseWords(docs: readonly CompareDoc[]): Set<string> {
  const words = new Set<string>();
  for (const d of docs) for (const m of d.text.matchAll(/(?<![\p{L}])\p{Ll}[\p{Ll}’'-]*/gu)) words.add(m[0]);
  return words;
}
