// Builds one block's text and its inline spans together, so span offsets always match the final text.
// HTML, Markdown and plain-text extraction all produce blocks through it.
import type { Block, InlineSpan } from '../../../../shared/domain';

export type BlockShape = Pick<Block, 'type' | 'level' | 'ordered'>;

export class InlineTextBuilder {
  private text = '';
  private spans: InlineSpan[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Appends text with whitespace collapsed the way a browser renders it. */
  append(raw: string): void {
    let s = raw.replace(/\s+/g, ' ');
    if (s.startsWith(' ') && (this.text === '' || this.text.endsWith(' '))) s = s.slice(1);
    this.text += s;
  }

  /** Marks [start, current end) as a span; links keep only http(s) targets, which stay inert data. */
  mark(kind: InlineSpan['kind'], start: number, href?: string): void {
    if (start >= this.text.length) return;
    if (kind === 'link') {
      if (!href || !/^https?:\/\//i.test(href)) return;
      this.spans.push({ start, end: this.text.length, kind, href });
    } else {
      this.spans.push({ start, end: this.text.length, kind });
    }
  }

  isEmpty(): boolean {
    return this.text.trim() === '';
  }

  /** Returns the finished block (or null when it holds no text) and resets the builder. */
  finish(shape: BlockShape): Block | null {
    const text = this.text.trimEnd();
    const raw = this.spans;
    this.text = '';
    this.spans = [];
    if (text === '') return null;
    const spans: InlineSpan[] = [];
    for (const span of raw) {
      let { start, end } = span;
      end = Math.min(end, text.length);
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      if (end > start) spans.push({ ...span, start, end });
    }
    const block: Block = { type: shape.type, text };
    if (shape.level !== undefined) block.level = shape.level;
    if (shape.ordered !== undefined) block.ordered = shape.ordered;
    if (spans.length > 0) block.spans = spans;
    return block;
  }
}
