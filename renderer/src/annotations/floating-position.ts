// Where a small floating panel goes: centred above the target, or below it when there is no
// room above, and always inside the window.
export function floatingPosition(target: DOMRect, size: { width: number; height: number }, gap = 8): { top: number; left: number } {
  const margin = 8;
  const above = target.top - size.height - gap;
  const top = above >= margin ? above : Math.min(target.bottom + gap, window.innerHeight - size.height - margin);
  const centred = target.left + target.width / 2 - size.width / 2;
  const left = Math.max(margin, Math.min(centred, window.innerWidth - size.width - margin));
  return { top: Math.max(margin, top), left };
}
