// Suggestions for what is being typed (titles, people, outlets), asked for after a short pause.
// The prefix is the query's plain words: filters already in the query are not part of it.
import { useEffect, useState } from 'react';
import type { Suggestion } from '../../../shared/search';
import { useApi } from '../api/api-context';
import { tokenizeQuery } from './query-text';

const PAUSE_MS = 120;
const LIMIT = 8;

/** The plain words of a query (no fields, filters, exclusions or OR), as typed. */
export function suggestionPrefix(query: string): string {
  return tokenizeQuery(query)
    .filter((t) => !t.field && !t.negated && !t.isOr && !t.quoted)
    .map((t) => t.raw)
    .join(' ')
    .trim();
}

export function useSuggestions(query: string, enabled: boolean): Suggestion[] {
  const api = useApi();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const prefix = enabled ? suggestionPrefix(query) : '';

  useEffect(() => {
    if (prefix.length < 2) {
      setSuggestions([]);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api.suggest({ prefix, limit: LIMIT }).then(
        (r) => {
          if (!cancelled) setSuggestions(r.suggestions);
        },
        // Suggestions are a convenience: when they fail, typing and searching still work.
        () => {
          if (!cancelled) setSuggestions([]);
        },
      );
    }, PAUSE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [api, prefix]);

  return suggestions;
}
