// The benchmark's query mix (seeded): words of every frequency, two- and three-word queries,
// phrases, prefixes, misspelt names and words, and filters.
import { PEOPLE, pick, type Vocabulary } from './generate-corpus';

export type QueryKind = 'word' | 'words' | 'phrase' | 'prefix' | 'typo' | 'filter' | 'name';

export interface BenchQuery {
  kind: QueryKind;
  q: string;
}

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap two neighbours
}

export function buildQueries(v: Vocabulary, random: () => number, perKind = 30): BenchQuery[] {
  const band = (lo: number, hi: number) => v.words[lo + Math.floor(random() * (hi - lo))]!;
  const out: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    out.push({ kind: 'word', q: i % 3 === 0 ? band(0, 100) : i % 3 === 1 ? band(100, 2000) : band(2000, 20000) });
    out.push({ kind: 'words', q: `${band(50, 3000)} ${band(50, 3000)}${i % 2 ? ` ${band(0, 500)}` : ''}` });
    out.push({ kind: 'phrase', q: i % 2 ? `"${pick(['gas station', 'sanctions regime', 'Nord Stream pipeline', 'grain corridor'], random)}"` : `"${band(0, 200)} ${band(0, 200)}"` });
    out.push({ kind: 'prefix', q: `${band(100, 5000).slice(0, 4)}*` });
    const name = pick(PEOPLE, random).split(' ');
    const long = name.reduce((a, b) => (b.length > a.length ? b : a));
    out.push({ kind: 'typo', q: i % 2 ? typo(long, random) : typo(band(200, 3000).padEnd(5, 'e'), random) });
    out.push({ kind: 'name', q: i % 2 ? pick(PEOPLE, random) : `author:${pick(['Sommer', 'Novak', 'Ionescu', 'Müller'], random)}` });
    out.push({
      kind: 'filter',
      q: pick([`${band(0, 1000)} year:2022`, `${band(0, 1000)} lang:de`, `${band(0, 1000)} after:2023-06-01`, `year:2021 lang:fr`, `${band(0, 500)} before:2020-03`], random),
    });
  }
  return out;
}
