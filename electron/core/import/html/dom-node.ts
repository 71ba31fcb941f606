// The slice of the DOM we use, typed structurally: the core compiles without the DOM library, and
// linkedom's own classes are not exported as types. Walking is iterative so that a page nested ten
// thousand levels deep cannot overflow the stack.
export interface DomNode {
  nodeType: number;
  localName?: string;
  data?: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

export interface DomDocument extends DomNode {
  documentElement: DomNode;
  body: DomNode | null;
  title: string;
  querySelectorAll(selector: string): Iterable<DomNode>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export function tagOf(node: DomNode): string {
  return node.nodeType === ELEMENT_NODE ? (node.localName ?? '').toLowerCase() : '';
}

export function attr(node: DomNode, name: string): string | null {
  return node.getAttribute ? node.getAttribute(name) : null;
}

export interface DomVisitor {
  /** Return false to skip the node's children (exit is then not called for it). */
  enter(node: DomNode): boolean;
  exit(node: DomNode): void;
}

export function walkDom(root: DomNode, visitor: DomVisitor): void {
  let node = root.firstChild;
  while (node) {
    const entered = visitor.enter(node);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) visitor.exit(node);
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
      visitor.exit(node);
    }
    node = node?.nextSibling ?? null;
  }
}

/** True when elements nest deeper than `limit`; stops as soon as it knows. */
export function nestsDeeperThan(root: DomNode, limit: number): boolean {
  let depth = 0;
  let max = 0;
  walkDom(root, {
    enter(node) {
      if (node.nodeType !== ELEMENT_NODE || max > limit) return false;
      depth++;
      max = Math.max(max, depth);
      return true;
    },
    exit() {
      depth--;
    },
  });
  return max > limit;
}
