// What a reader of an article sees move while an embedded widget arrives: the layout shifts of
// a host page, its embed's script held back as on a slow network.

/** The layout shifts (their sum, as the Cumulative Layout Shift counts them) of the page `html`,
 * served at `address` and opened at `width` px (and `height`, 900 by default) in a new context of
 * `browser`, from its first paint until its embed `#embed` is mounted and 1 s after. The embed's
 * script (the entry or the iframe loader) is held back 600 ms. A shift counts only what moves in
 * sight: a viewport tall enough to hold the widget and the text under it sees every move. */
export async function articleShifts(browser, address, html, width, height = 900) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.route(address, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.route(/\/crisis-timeline(-iframe)?\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(address);
  await page.waitForFunction(() => {
    const embed = document.querySelector("#embed");
    if (embed.matches("[data-crisis-timeline-iframe]")) return embed.hasAttribute("data-crisis-timeline-mounted");
    const root = embed.shadowRoot;
    const links = [...(root?.querySelectorAll("link[rel=stylesheet]") ?? [])];
    return root?.querySelector("article.ct-card") && links.every((link) => link.sheet);
  });
  await page.waitForTimeout(1000);
  const shifts = await page.evaluate(() => window.__shifts);
  await context.close();
  return shifts;
}

/** The preview frame's fonts (www/preview/frame.css) and the iframe page's, which the heights
 * the embed codes keep are measured in: an article set in them is a site in the system font. */
export const SYSTEM_FONT = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

/** A viewport tall enough to hold the article's first paragraph, the tallest widget of the tests
 * (1,612 px at 390 px) and text under it, so that any move of that text is seen and counted. */
export const TALL = 2400;

/** An article: a heading, a paragraph, `embed` (its element and script, as an embed code gives
 * them), then six paragraphs; in `font` when given. */
export function article(embed, font = "") {
  const paragraph = `<p>${"The board's statement came on a Friday afternoon, and the staff learnt of it with the rest of the world. ".repeat(4)}</p>`;
  const style = font ? `<style>body { font-family: ${font}; }</style>` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">${style}</head><body><h1>An article</h1>${paragraph}
${embed}${paragraph.repeat(6)}
</body></html>`;
}
