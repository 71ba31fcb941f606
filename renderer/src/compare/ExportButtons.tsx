// Takes the comparison out of the app: Markdown on the clipboard, or the full JSON as a file.
import type { Comparison } from '../../../shared/comparison';
import { copyText, downloadText } from '../annotations/clipboard';
import { useNotices } from '../state/notices';
import { comparisonMarkdown } from './comparison-markdown';
import type { Source } from './compared-sources';

/** `comparison` is null until every section has arrived: the buttons wait for the whole report. */
export function ExportButtons({ comparison, sources }: { comparison: Comparison | null; sources: readonly Source[] }) {
  const { inform, reportError } = useNotices();
  const copyMarkdown = async () => {
    if (!comparison) return;
    try {
      await copyText(comparisonMarkdown(comparison, sources));
      inform('Comparison copied as Markdown.');
    } catch (err) {
      reportError(err);
    }
  };
  const downloadJson = () => {
    if (!comparison) return;
    const ids = comparison.articles.map((a) => a.id).join('-');
    downloadText(`parallax-comparison-${ids}.json`, JSON.stringify(comparison, null, 2), 'application/json');
  };
  return (
    <div className="compare-export" role="group" aria-label="Export">
      <button type="button" className="button" data-testid="compare-copy-markdown" disabled={!comparison} onClick={() => void copyMarkdown()}>
        Copy Markdown
      </button>
      <button type="button" className="button" data-testid="compare-download-json" disabled={!comparison} onClick={downloadJson}>
        Download JSON
      </button>
    </div>
  );
}
