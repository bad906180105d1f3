// Opens one bench page in a fresh browser context (empty cache, no code cache from earlier
// loads), waits until its probe (see render-pages.mjs) has seen all cards painted, and hands the
// page and a DevTools session to `inspect` before closing the context.
export async function withPage(browser, url, inspect) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: 60_000 }).catch((error) => {
      throw new Error(`${url}: the cards were not painted within 60 s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`, { cause: error });
    });
    return await inspect(page, cdp);
  } finally {
    await context.close();
  }
}

/** CDP's cumulative main-thread figures for the page so far, in ms. */
export async function mainThreadCosts(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: value('ScriptDuration'), styleMs: value('RecalcStyleDuration'), layoutMs: value('LayoutDuration'), taskMs: value('TaskDuration') };
}
