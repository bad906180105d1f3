// Runs inside the benchmark page (bench/run.mjs). Measures keystroke-to-results latency of
// <nhs-role-explorer> and of a hand-made substring filter (the baseline), on the same data.

const QUERIES = ['nurse', 'physio', 'radiographers', 'pharmasist', '999 call handler', 'healthcare assistant', 'biomedical scientist'];
const WORDS = ['senior', 'community', 'specialist', 'trainee', 'lead', 'paediatric', 'regional', 'advanced', 'assistant', 'deputy'];

/** 10,000 roles made from the real ones, with varied ids and titles, for the scale test. */
export function syntheticRoles(roles, count) {
  return Array.from({ length: count }, (_, i) => {
    const role = roles[i % roles.length];
    const word = WORDS[Math.floor(i / roles.length) % WORDS.length];
    return { ...role, id: `${role.id}-${i}`, title: `${role.title} (${word} ${i})`, relatedRoles: [] };
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function typeAll(type) {
  const times = [];
  for (const query of QUERIES) {
    for (let i = 1; i <= query.length; i++) times.push(await type(query.slice(0, i)));
    await type('');
  }
  return times;
}

/** One run on the explorer: every query typed letter by letter. */
export async function measureExplorer(explorer) {
  const input = explorer.shadowRoot.querySelector('#search');
  const type = async (text) => {
    input.value = text;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await explorer.updateComplete;
    return performance.now() - start;
  };
  const times = await typeAll(type);
  return { p50: percentile(times, 50), p95: percentile(times, 95), first: times[0], keystrokes: times.length };
}

/**
 * The first search on a dataset the search has not seen: building its index (words, stems, the
 * vocabulary) and answering one query, as a reader's first keystroke would if the explorer had
 * not built the index while they read.
 */
export function measureFirstSearch(rankRoles, dataset, roles) {
  const fresh = { ...dataset, roles };
  const start = performance.now();
  rankRoles(fresh, 'nurse');
  return performance.now() - start;
}

/** One run on the baseline: filter titles by substring, render the first 20 with innerHTML. */
export async function measureBaseline(roles, list) {
  const escape = (t) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const type = async (text) => {
    const start = performance.now();
    const q = text.toLowerCase();
    const hits = q ? roles.filter((r) => r.title.toLowerCase().includes(q)) : roles;
    list.innerHTML = hits.slice(0, 20).map((r) => `<li><h3>${escape(r.title)}</h3><p>${escape(r.summary)}</p></li>`).join('');
    return performance.now() - start;
  };
  const times = await typeAll(type);
  return { p50: percentile(times, 50), p95: percentile(times, 95), first: times[0], keystrokes: times.length };
}

export const ready = () => customElements.whenDefined('nhs-role-explorer');
