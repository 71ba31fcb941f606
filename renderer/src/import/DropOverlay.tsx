// Shown while files are dragged over the window: says what letting go will do.
import { ImportIcon } from '../ui/icons';

export function DropOverlay() {
  return (
    <div className="drop-overlay" role="presentation">
      <div className="drop-target">
        <ImportIcon size={40} />
        <p className="drop-title">Drop articles to import</p>
        <p className="drop-hint">Text, Markdown, HTML, MHTML or PDF files</p>
      </div>
    </div>
  );
}
