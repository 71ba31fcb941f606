// The per-row "Open beside" action; shown on hover or focus so rows stay quiet otherwise.
import { OpenBesideIcon } from '../ui/icons';

interface Props {
  onOpenBeside: () => void;
  tabIndex: number;
}

export function OpenBesideButton({ onOpenBeside, tabIndex }: Props) {
  return (
    <button
      type="button"
      className="open-beside"
      data-testid="open-beside"
      tabIndex={tabIndex}
      title="Open beside the current article (Ctrl-click)"
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
  );
}
