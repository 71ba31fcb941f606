// The article's blocks as reading typography: paragraphs, headings, quotes, lists and image
// placeholders, with consecutive list items gathered into one <ul>/<ol>. Each text-bearing element carries its
// start in the canonical text (`data-offset`) so selections map to offsets, and highlights
// are drawn as <mark>s inside it.
import { Fragment, forwardRef, type MouseEventHandler, type ReactNode } from 'react';
import type { Block } from '../../../shared/domain';
import { blockStarts, marksInBlock, type MarkRange } from '../annotations/highlight-segments';
import { renderInline } from './inline-spans';

type Group = { kind: 'block'; block: Block; index: number } | { kind: 'list'; ordered: boolean; items: number[]; index: number };

function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, index) => {
    const last = groups[groups.length - 1];
    if (block.type === 'list-item') {
      const ordered = block.ordered === true;
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(index);
      else groups.push({ kind: 'list', ordered, items: [index], index });
    } else {
      groups.push({ kind: 'block', block, index });
    }
  });
  return groups;
}

function renderBlock(block: Block, key: number, start: number, marks: readonly MarkRange[]): ReactNode {
  const content = renderInline(block.text, block.spans, marksInBlock(marks, start, block.text.length));
  const at = { 'data-offset': start, 'data-length': block.text.length };
  switch (block.type) {
    case 'heading': {
      const level = block.level ?? 2;
      if (level >= 4) return <h4 key={key} {...at}>{content}</h4>;
      if (level === 3) return <h3 key={key} {...at}>{content}</h3>;
      return <h2 key={key} {...at}>{content}</h2>;
    }
    case 'quote':
      return (
        <blockquote key={key}>
          <p {...at}>{content}</p>
        </blockquote>
      );
    case 'list-item':
      return <li key={key} {...at}>{content}</li>;
    case 'paragraph':
      return <p key={key} {...at}>{content}</p>;
    case 'image':
      // Remote pictures are never fetched while reading: a placeholder says what the picture was.
      return (
        <figure key={key} className="image-placeholder" data-testid="image-placeholder">
          <span className="image-placeholder-label" aria-hidden="true">
            Image not loaded
          </span>
          <figcaption {...at}>{content}</figcaption>
        </figure>
      );
  }
}

interface Props {
  blocks: readonly Block[];
  /** Highlights to draw, in canonical-text offsets. */
  marks?: readonly MarkRange[];
  /** Asides (notes from elsewhere) to show after a block, by block index; outside the text's offsets. */
  asides?: ReadonlyMap<number, ReactNode>;
  onClick?: MouseEventHandler<HTMLDivElement>;
}

export const ArticleBody = forwardRef<HTMLDivElement, Props>(function ArticleBody({ blocks, marks = [], asides, onClick }, ref) {
  if (blocks.length === 0) {
    return (
      <div className="article-body" data-testid="article-body" ref={ref}>
        <p className="article-empty">This article has no text.</p>
      </div>
    );
  }
  const starts = blockStarts(blocks);
  return (
    <div className="article-body" data-testid="article-body" ref={ref} onClick={onClick}>
      {groupBlocks(blocks).map((group) => {
        const indexes = group.kind === 'block' ? [group.index] : group.items;
        const after = asides ? indexes.map((i) => asides.get(i)).filter(Boolean) : [];
        const body =
          group.kind === 'block' ? (
            renderBlock(group.block, group.index, starts[group.index]!, marks)
          ) : group.ordered ? (
            <ol key={group.index}>{group.items.map((i) => renderBlock(blocks[i]!, i, starts[i]!, marks))}</ol>
          ) : (
            <ul key={group.index}>{group.items.map((i) => renderBlock(blocks[i]!, i, starts[i]!, marks))}</ul>
          );
        if (!after.length) return body;
        return (
          <Fragment key={group.index}>
            {body}
            {after}
          </Fragment>
        );
      })}
    </div>
  );
});
