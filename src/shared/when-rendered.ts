/*
 * A public "rendered" signal for tests and hosts. Lit's `updateComplete` resolves after a render,
 * but a widget's first renders may be its loading state while its data arrives: `whenRendered`
 * waits for the content. It reads no layout, so it works in jsdom and happy-dom as in browsers.
 */

type Updatable = Element & { updateComplete?: Promise<unknown> };

export interface WhenRenderedOptions {
  /** How long to wait before rejecting, in milliseconds (default 10,000). */
  timeout?: number;
}

/** A widget still waiting for its data marks the placeholder it shows with `aria-busy="true"`. */
const busy = (root: ShadowRoot | null | undefined): boolean => !root || root.querySelector('[aria-busy="true"]') !== null;

/** The widget and the widgets it renders inside its own shadow root (say, the cards of an open grid). */
function widgetsIn(element: Element): Updatable[] {
  const inner = element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')].filter((e) => e.localName.startsWith('nhs-')) : [];
  return [element, ...inner.flatMap(widgetsIn)];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once a widget shows its content: its element is defined, its data is in and it has
 * rendered it (or the message that says why it cannot), and so have the widgets inside it.
 * Rejects after `timeout` milliseconds, saying which widget is still waiting.
 *
 * @example
 * const card = document.createElement('nhs-role-card');
 * card.roleId = 'paramedic';
 * document.body.append(card);
 * await whenRendered(card);
 * card.shadowRoot.querySelector('h3').textContent; // "Paramedic"
 */
export async function whenRendered(element: Element, options: WhenRenderedOptions = {}): Promise<void> {
  const timeout = options.timeout ?? 10000;
  const deadline = Date.now() + timeout;
  const late = () => new Error(`<${element.localName}> did not finish rendering within ${timeout} ms`);
  if (element.localName.includes('-') && !customElements.get(element.localName)) {
    const defined = await Promise.race([customElements.whenDefined(element.localName).then(() => true), pause(timeout).then(() => false)]);
    if (!defined) throw late();
  }
  for (;;) {
    const widgets = widgetsIn(element);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    if (!widgets.some((widget) => busy(widget.shadowRoot))) return;
    if (Date.now() > deadline) throw late();
    await pause(10);
  }
}
