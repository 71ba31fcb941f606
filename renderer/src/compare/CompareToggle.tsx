// The header button that opens and closes the comparison pane.
interface Props {
  available: boolean;
  pressed: boolean;
  onToggle: () => void;
}

export function CompareToggle({ available, pressed, onToggle }: Props) {
  return (
    <button
      type="button"
      className="button button-quiet"
      data-testid="compare-toggle"
      aria-pressed={pressed}
      disabled={!available}
      title={available ? 'Compare the open articles' : 'Open two or more articles side by side to compare them'}
      onClick={onToggle}
    >
      <CompareIcon />
      <span>Compare</span>
    </button>
  );
}

// Two overlapping circles: what the sources share and what each says alone.
function CompareIcon() {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true" focusable="false">
      <circle cx="9" cy="12" r="6" />
      <circle cx="15" cy="12" r="6" />
    </svg>
  );
}
