// Messages the core sent with a result: spelling corrections first ("Showing results for
// kremlin"), then filters it ignored or could not read.
import type { SearchResult } from '../../../shared/domain';

export function SearchNotices({ result }: { result: SearchResult }) {
  const notices = result.notices ?? [];
  if (!notices.length) return null;
  const corrected = (result.corrections?.length ?? 0) > 0;
  return (
    <ul className="search-notices" data-testid="search-notices">
      {notices.map((text, i) => (
        <li key={i} className={corrected && i === 0 ? 'search-notice is-correction' : 'search-notice'} data-testid={corrected && i === 0 ? 'search-correction' : 'search-notice'}>
          {text}
        </li>
      ))}
    </ul>
  );
}
