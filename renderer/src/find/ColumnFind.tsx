// The find bar of one reading column. Opens by itself when a search hit opened the article (with
// the search's words), or with Ctrl/Cmd+F in the active column; Enter / Shift+Enter move to the
// next / previous match, Esc closes. Matches are painted without touching the article's DOM.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { CloseIcon } from '../ui/icons';
import { MOD_KEY } from '../ui/platform';
import { consumeFindRequest, useFindRequest, type FindRequest } from './find-requests';
import { findTermsOf, findTermsOfTyped, type FindTerm } from './find-terms';
import { useFindMatches } from './use-find-matches';
import '../styles/search.css';

interface Props {
  articleId: ArticleId;
  active: boolean;
}

const Chevron = ({ up }: { up?: boolean }) => (
  <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d={up ? 'm6 15 6-6 6 6' : 'm6 9 6 6 6-6'} />
  </svg>
);

/** How a query's terms read in the find field: words, "phrases" and prefixes*. */
function termsText(terms: readonly FindTerm[]): string {
  return terms.map((t) => (t.phrase ? `"${t.words.join(' ')}"` : `${t.words[0]}${t.prefix ? '*' : ''}`)).join(' ');
}

export function ColumnFind({ articleId, active }: Props) {
  const request = useFindRequest(articleId);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [fromSearch, setFromSearch] = useState<FindRequest | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!request) return;
    setFromSearch(request);
    setText(termsText(findTermsOf(request.query, request.corrections)));
    setOpen(true);
    consumeFindRequest(articleId, request.seq);
  }, [articleId, request]);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setOpen(true);
        requestAnimationFrame(() => {
          input.current?.focus();
          input.current?.select();
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  const terms = useMemo(() => {
    if (!open) return [];
    return fromSearch ? findTermsOf(fromSearch.query, fromSearch.corrections) : findTermsOfTyped(text);
  }, [open, fromSearch, text]);
  const find = useFindMatches(bar, `column-${articleId}`, terms, fromSearch?.seq);

  const close = () => {
    setOpen(false);
    setFromSearch(null);
    bar.current?.closest('.reader-column')?.querySelector<HTMLElement>('.column-scroll')?.focus();
  };

  return (
    <div ref={bar} className="find-bar" role="search" aria-label="Find in this article" data-testid="find-bar" hidden={!open}>
      <input
        ref={input}
        className="find-input"
        data-testid="find-input"
        type="text"
        aria-label="Find in this article"
        aria-keyshortcuts={MOD_KEY === 'Ctrl' ? 'Control+F' : 'Meta+F'}
        placeholder="Find in article"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setFromSearch(null);
          setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) find.previous();
            else find.next();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {find.count ? `${find.index + 1} of ${find.count}` : terms.length ? 'No matches' : ''}
      </span>
      <button type="button" className="icon-button" data-testid="find-previous" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={!find.count} onClick={find.previous}>
        <Chevron up />
      </button>
      <button type="button" className="icon-button" data-testid="find-next" aria-label="Next match" title="Next match (Enter)" disabled={!find.count} onClick={find.next}>
        <Chevron />
      </button>
      <button type="button" className="icon-button" data-testid="find-close" aria-label="Close find" title="Close (Esc)" onClick={close}>
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
