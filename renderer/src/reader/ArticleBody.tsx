// The article's blocks as reading typography: paragraphs, headings, quotes and lists, with
// consecutive list items gathered into one <ul>/<ol>.
import type { ReactNode } from 'react';
import type { Block } from '../../../shared/domain';
import { renderInline } from './inline-spans';

type Group = { kind: 'block'; block: Block; index: number } | { kind: 'list'; ordered: boolean; items: Block[]; index: number };

function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, index) => {
    const last = groups[groups.length - 1];
    if (block.type === 'list-item') {
      const ordered = block.ordered === true;
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(block);
      else groups.push({ kind: 'list', ordered, items: [block], index });
    } else {
      groups.push({ kind: 'block', block, index });
    }
  });
  return groups;
}

function renderBlock(block: Block, key: number): ReactNode {
  const content = renderInline(block.text, block.spans);
  switch (block.type) {
    case 'heading': {
      const level = block.level ?? 2;
      if (level >= 4) return <h4 key={key}>{content}</h4>;
      if (level === 3) return <h3 key={key}>{content}</h3>;
      return <h2 key={key}>{content}</h2>;
    }
    case 'quote':
      return (
        <blockquote key={key}>
          <p>{content}</p>
        </blockquote>
      );
    case 'list-item':
      return <li key={key}>{content}</li>;
    case 'paragraph':
      return <p key={key}>{content}</p>;
  }
}

export function ArticleBody({ blocks }: { blocks: readonly Block[] }) {
  if (blocks.length === 0) {
    return (
      <div className="article-body" data-testid="article-body">
        <p className="article-empty">This article has no text.</p>
      </div>
    );
  }
  return (
    <div className="article-body" data-testid="article-body">
      {groupBlocks(blocks).map((group) => {
        if (group.kind === 'block') return renderBlock(group.block, group.index);
        const items = group.items.map((item, i) => renderBlock(item, i));
        return group.ordered ? <ol key={group.index}>{items}</ol> : <ul key={group.index}>{items}</ul>;
      })}
    </div>
  );
}
