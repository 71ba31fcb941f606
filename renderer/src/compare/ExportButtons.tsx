// Takes the comparison out of the app: Markdown on the clipboard, or the full JSON as a file.
import type { Comparison } from '../../../shared/comparison';
import { copyText, downloadText } from '../annotations/clipboard';
import { useNotices } from '../state/notices';
import { comparisonMarkdown } from './comparison-markdown';
import type { Source } from './compared-sources';

export function ExportButtons({ comparison, sources }: { comparison: Comparison; sources: readonly Source[] }) {
  const { inform, reportError } = useNotices();
  const copyMarkdown = async () => {
    try {
      await copyText(comparisonMarkdown(comparison, sources));
      inform('Comparison copied as Markdown.');
    } catch (err) {
      reportError(err);
    }
  };
  const downloadJson = () => {
    const ids = comparison.articles.map((a) => a.id).join('-');
    downloadText(`parallax-comparison-${ids}.json`, JSON.stringify(comparison, null, 2), 'application/json');
  };
  return (
    <div className="compare-export" role="group" aria-label="Export">
      <button type="button" className="button" data-testid="compare-copy-markdown" onClick={() => void copyMarkdown()}>
        Copy Markdown
      </button>
      <button type="button" className="button" data-testid="compare-download-json" onClick={downloadJson}>
        Download JSON
      </button>
    </div>
  );
}
