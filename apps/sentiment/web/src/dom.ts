/** A small helper for building DOM elements, so views read as the markup they make. */

/** Attributes of {@link element}: `class`, `style`, `data-*`, `title`, ... (undefined ones are left out). */
export type Attributes = Record<string, string | number | undefined>;

/**
 * Creates an element with attributes and children (strings become text nodes,
 * so user text is never parsed as HTML).
 *
 * @example
 * ```ts
 * element('td', { class: 'cell', style: 'background: #fde725', title: 'great: 0.97' }, '97')
 * ```
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** The element with this id, or an error naming the id (the page's markup and its code disagree). */
export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the page has no element #${id}`);
  return node as T;
}
