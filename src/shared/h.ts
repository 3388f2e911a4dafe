/**
 * The one way the extension builds DOM: `h(tag, props, ...children)`, text only. Strings become
 * text nodes (Node.append), never markup, so no data is ever parsed as HTML. Used by the panel on
 * shop pages (with the page's document), the popup and the options page.
 */

/** Element properties h() may set, where the element has them. */
type SettableProperty =
  | 'id'
  | 'className'
  | 'type'
  | 'href'
  | 'target'
  | 'rel'
  | 'title'
  | 'hidden'
  | 'tabIndex'
  | 'scope'
  | 'open'
  | 'checked'
  | 'disabled'
  | 'value'
  | 'placeholder'
  | 'htmlFor'
  | 'download'
  | 'name'
  | 'multiple'
  | 'accept'
  | 'lang';

export type Props<K extends keyof HTMLElementTagNameMap> = Partial<
  Pick<HTMLElementTagNameMap[K], Extract<keyof HTMLElementTagNameMap[K], SettableProperty>>
> & {
  /** `data-*` attributes, by their dataset name (`{ vendor: 'ring' }` → `data-vendor="ring"`). */
  data?: Readonly<Record<string, string>>;
  /** Other attributes (`aria-*`, `role`), set as given. */
  attrs?: Readonly<Record<string, string>>;
  /** Event listeners. */
  on?: { readonly [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
};

/** A child: an element, or text; null, undefined and false are left out. */
export type Child = Node | string | null | undefined | false;

/** `props` may be just a class name: `h('p', 'note', text)`. */
export type H = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props<K> | string | null,
  ...children: Child[]
) => HTMLElementTagNameMap[K];

/** h() for a document: the page's in a content script, a parsed one in tests. */
export function createH(document: Document): H {
  return (tag, props, ...children) => {
    const element = document.createElement(tag);
    if (typeof props === 'string') element.className = props;
    else if (props) {
      const { data, attrs, on, ...properties } = props;
      Object.assign(element, properties);
      for (const [name, value] of Object.entries(data ?? {})) element.dataset[name] = value;
      for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
      for (const [type, listener] of Object.entries(on ?? {}) as [string, EventListener][]) element.addEventListener(type, listener);
    }
    element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
    return element;
  };
}

/**
 * The page's element with this id, checked to be a `tag` (by tag name, so it works in parsed test
 * documents too): a renamed or missing element fails at start-up, not on first use.
 */
export function byId<K extends keyof HTMLElementTagNameMap>(document: Document, id: string, tag: K): HTMLElementTagNameMap[K] {
  const element = document.getElementById(id);
  if (element?.tagName.toLowerCase() !== tag) throw new Error(`missing <${tag} id="${id}">`);
  return element as HTMLElementTagNameMap[K];
}
