// Takes the reader from the Notes view to a highlight: waits for its column to draw the article
// (it was just opened), scrolls the highlight to the middle and flashes it.
const WAIT_MS = 8000;
/** Set on the flashed marks so tests can see where the reader landed. */
export const NOTES_FOCUS_ATTRIBUTE = 'data-notes-focus';

export function focusHighlight(articleId: number, highlightId: number): Promise<boolean> {
  const find = () =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        `[data-testid="reader-column"][data-article-id="${articleId}"] mark[data-highlight-id="${highlightId}"]`,
      ),
    );
  return new Promise((resolve) => {
    const started = performance.now();
    const attempt = () => {
      const marks = find();
      if (marks.length) {
        flash(marks);
        resolve(true);
      } else if (performance.now() - started > WAIT_MS) {
        resolve(false);
      } else {
        window.setTimeout(attempt, 60);
      }
    };
    attempt();
  });
}

function flash(marks: HTMLElement[]): void {
  document.querySelectorAll(`[${NOTES_FOCUS_ATTRIBUTE}]`).forEach((el) => el.removeAttribute(NOTES_FOCUS_ATTRIBUTE));
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  marks[0]!.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  for (const mark of marks) {
    mark.setAttribute(NOTES_FOCUS_ATTRIBUTE, 'true');
    mark.classList.remove('is-flashing');
    void mark.offsetWidth; // restart the animation
    mark.classList.add('is-flashing');
  }
}
