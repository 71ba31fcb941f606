// While linked, scrolling either of two columns scrolls the other to the same point of its own
// article. One capturing listener on the reading area sees every column's scroll events.
import { useEffect, type RefObject } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { linkedScrollTop } from './linked-scroll';

export function useLinkedScroll(areaRef: RefObject<HTMLElement | null>, ids: readonly ArticleId[], enabled: boolean) {
  const [first, second] = ids;
  const active = enabled && ids.length === 2;
  useEffect(() => {
    const area = areaRef.current;
    if (!area || !active) return;
    // The scroll we caused in the other column comes back as an event; it must not bounce.
    const echoes = new Map<Element, number>();
    const onScroll = (e: Event) => {
      const source = e.target;
      if (!(source instanceof HTMLElement) || !source.classList.contains('column-scroll')) return;
      const echo = echoes.get(source);
      echoes.delete(source);
      if (echo !== undefined && Math.abs(echo - source.scrollTop) <= 1) return;
      const own = Number(source.closest<HTMLElement>('[data-article-id]')?.dataset.articleId);
      const other = own === first ? second : first;
      const target = area.querySelector<HTMLElement>(`[data-article-id="${other}"] .column-scroll`);
      if (!target) return;
      const top = linkedScrollTop(source, target);
      if (Math.abs(target.scrollTop - top) < 1) return;
      echoes.set(target, top);
      target.scrollTop = top;
    };
    area.addEventListener('scroll', onScroll, true);
    return () => area.removeEventListener('scroll', onScroll, true);
  }, [areaRef, active, first, second]);
}
