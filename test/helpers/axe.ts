import { expect } from '@open-wc/testing';

interface AxeNode {
  target: string[];
  html: string;
}
interface AxeResult {
  id: string;
  help: string;
  nodes: AxeNode[];
}
interface Axe {
  run(context: Element, options: object): Promise<{ violations: AxeResult[] }>;
}

let axe: Axe | undefined;

async function loadAxe(): Promise<Axe> {
  if (!axe) {
    await import('axe-core/axe.min.js' as string);
    axe = (window as unknown as { axe: Axe }).axe;
  }
  return axe;
}

/** Fails with a readable list when axe finds WCAG 2.2 A or AA problems in `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await (await loadAxe()).run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  const report = violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.html).join('\n    ')}`).join('\n');
  expect(violations, report).to.have.length(0);
}
