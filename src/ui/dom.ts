// A tiny element builder. Text always goes in as text nodes, never as HTML, so data values cannot inject markup.

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name in element && name !== 'list') (element as unknown as Record<string, unknown>)[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** Replaces an element's children. */
export function render(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

/** A drop-down with its label in front (the same text as its accessible name); `options` are [value, text] pairs and
 * `onChange` gets the value chosen. */
export function labelledSelect(
  labelText: string,
  settings: { className: string; value: string; disabled?: boolean; onChange(value: string): void },
  options: readonly (readonly [value: string, text: string])[],
): HTMLLabelElement {
  const select = h(
    'select',
    { className: settings.className, 'aria-label': labelText, onchange: () => settings.onChange(select.value) },
    ...options.map(([value, text]) => h('option', { value }, text)),
  );
  select.value = settings.value;
  select.disabled = settings.disabled ?? false;
  return h('label', {}, `${labelText} `, select);
}
