// Turns what a person types into a safe FTS5 expression. Supported: words (all must match),
// "exact phrase", -exclude, prefix*, OR, and field filters title:, author:, outlet:.
// Every term is quoted, so no input can inject FTS5 syntax.
import { ParallaxError } from '../../../shared/errors';

export type QueryField = 'title' | 'authors_text' | 'outlet';

export interface QueryTerm {
  words: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
  field: QueryField | null;
}

/** A query is a conjunction of clauses; each clause is one term or an OR of terms. */
export type QueryClause = QueryTerm[];

const FIELD_ALIASES: Record<string, QueryField> = {
  title: 'title',
  author: 'authors_text',
  by: 'authors_text',
  outlet: 'outlet',
  source: 'outlet',
};

const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/giy;

export function parseQuery(input: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  let pendingOr = false;
  const text = input.trim();
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    i = TOKEN.lastIndex;
    const [, minus, fieldName, quoted, bare] = m;
    if (bare === 'OR' && !minus && !fieldName) {
      pendingOr = clauses.length > 0;
      continue;
    }
    const field = fieldName ? FIELD_ALIASES[fieldName.toLowerCase()] ?? null : null;
    let raw = quoted ?? bare ?? '';
    if (fieldName && !field) raw = `${fieldName} ${raw}`; // unknown field: search the words
    const prefix = quoted === undefined && raw.endsWith('*');
    const words = normaliseWords(prefix ? raw.slice(0, -1) : raw);
    if (!words) continue;
    const term: QueryTerm = { words, phrase: quoted !== undefined, prefix, negated: minus === '-', field };
    const last = clauses[clauses.length - 1];
    if (pendingOr && last && !term.negated) last.push(term);
    else clauses.push([term]);
    pendingOr = false;
  }
  return clauses;
}

/** Keeps letters and digits; everything else separates words (as the FTS tokenizer does). */
function normaliseWords(raw: string): string {
  return raw
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

export function toFtsExpression(clauses: QueryClause[]): string | null {
  if (!clauses.length) return null;
  const positives = clauses.filter((c) => !(c.length === 1 && c[0]!.negated));
  const negatives = clauses.filter((c) => c.length === 1 && c[0]!.negated);
  if (!positives.length) {
    throw new ParallaxError(
      'INVALID_INPUT',
      'Add at least one word to search for: a search made only of exclusions (-word) matches nothing.',
    );
  }
  let expr = positives.map((c) => (c.length === 1 ? termExpr(c[0]!) : `(${c.map(termExpr).join(' OR ')})`)).join(' AND ');
  for (const n of negatives) expr = `(${expr}) NOT ${termExpr(n[0]!)}`;
  return expr;
}

function termExpr(t: QueryTerm): string {
  const quoted = `"${t.words.replace(/"/g, '""')}"${t.prefix ? ' *' : ''}`;
  return t.field ? `${t.field} : ${quoted}` : quoted;
}
