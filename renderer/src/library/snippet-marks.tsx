// Search snippets arrive as text with \u0002…\u0003 around matches; render them as <mark>
// elements from the text itself, never through innerHTML.
import type { ReactNode } from 'react';
import { MATCH_END, MATCH_START } from '../../../shared/text';

export function renderSnippet(snippet: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let inMatch = false;
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    nodes.push(inMatch ? <mark key={nodes.length}>{buffer}</mark> : buffer);
    buffer = '';
  };
  for (const ch of snippet) {
    if (ch === MATCH_START || ch === MATCH_END) {
      flush();
      inMatch = ch === MATCH_START;
    } else {
      buffer += ch;
    }
  }
  flush();
  return nodes;
}
