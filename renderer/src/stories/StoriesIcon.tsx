// Three stacked sheets: one event told by several sources.
export const StoriesIcon = () => (
  <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <rect x="3" y="7" width="12" height="13" rx="1.5" />
    <path d="M7 4h11.5A1.5 1.5 0 0 1 20 5.5V17" />
    <path d="M6.5 11.5h5M6.5 15h5" />
  </svg>
);
