// Reads the markdown-ish marks that survive in copied plain text: "\$140", "**NAME**", "*Economist*",
// "[text](url)". Returns clean text plus emphasis/link spans. Bounded quantifiers keep it linear.
import type { InlineSpan } from '../../../../shared/domain';

export interface MarkedText {
  text: string;
  spans: InlineSpan[];
}

const ESCAPE = String.raw`\\([\\\x60*_{}\[\]()#+\-.!$~>|])`;
const STRONG = String.raw`\*\*([^*]{1,500}?)\*\*`;
const EM = String.raw`(?<![\p{L}\p{N}*])\*([^*\s](?:[^*]{0,500}?[^*\s])?)\*(?![\p{L}\p{N}*])`;
const LINK = String.raw`\[([^\]\[]{1,500})\]\(([^()\s]{1,2000})\)`;
const TOKEN = new RegExp(`${ESCAPE}|${STRONG}|${EM}|${LINK}`, 'gu');

function unescape(text: string): string {
  return text.replace(new RegExp(ESCAPE, 'g'), '$1');
}

export function parseInlineMarkup(source: string): MarkedText {
  let text = '';
  const spans: InlineSpan[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const start = text.length;
    if (m[1] !== undefined) {
      text += m[1];
    } else if (m[2] !== undefined) {
      text += unescape(m[2]);
      spans.push({ start, end: text.length, kind: 'strong' });
    } else if (m[3] !== undefined) {
      text += unescape(m[3]);
      spans.push({ start, end: text.length, kind: 'em' });
    } else {
      text += unescape(m[4]!);
      const href = m[5]!;
      if (/^https?:\/\//i.test(href)) spans.push({ start, end: text.length, kind: 'link', href });
    }
  }
  text += source.slice(last);
  return { text, spans };
}

export function stripInlineMarkup(source: string): string {
  return parseInlineMarkup(source).text;
}
