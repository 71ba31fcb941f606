// The per-row "Open beside" action; shown on hover or focus so rows stay quiet otherwise. The
// cover behind it hides what it sits on (date, length) instead of overlapping the text.
import { OpenBesideIcon } from '../ui/icons';
import { MOD_KEY } from '../ui/platform';

interface Props {
  onOpenBeside: () => void;
  tabIndex: number;
}

export function OpenBesideButton({ onOpenBeside, tabIndex }: Props) {
  return (
    <span className="open-beside-cover">
      <button
        type="button"
        className="open-beside"
        data-testid="open-beside"
        tabIndex={tabIndex}
        title={`Open beside the current article (${MOD_KEY}-click)`}
        onClick={(e) => {
          e.stopPropagation();
          onOpenBeside();
        }}
        // Enter on the button must not also reach the row's own Enter handler.
        onKeyDown={(e) => e.stopPropagation()}
      >
        <OpenBesideIcon />
        <span>Open beside</span>
      </button>
    </span>
  );
}
