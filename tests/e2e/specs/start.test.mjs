// `start=latest` opens every embed at the story's most recent event: the standalone page, the
// iframe's page, and a script embed in a host article (which also loads at once when asked).
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors } from "../browser.mjs";
import { bundleAndBrowser } from "../harness.mjs";
import { articles } from "../deferred.mjs";

const run = bundleAndBrowser({}, { "/article/": articles() });

/** The "n / total" position of the live widget in `root` (the page, or a shadow root's host). */
const position = (page, shadowHost) =>
  page.evaluate((host) => {
    const root = host ? document.querySelector(host).shadowRoot : document;
    return root?.querySelector("[data-crisis-timeline-mounted] .ct-position [aria-hidden], .ct-position [aria-hidden]")?.textContent ?? null;
  }, shadowHost);

for (const [name, path, shadowHost] of [
  ["the standalone page", "/?start=latest", null],
  ["the iframe's page", "/embed.html?start=latest", null],
  ["a script embed", "/article/latest.html", "[data-crisis-timeline]"],
]) {
  test(`${name} with start=latest opens at the most recent event`, async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${run.base}${path}`);
    await page.waitForFunction(
      (host) => (host ? document.querySelector(host).shadowRoot : document)?.querySelector("[data-crisis-timeline-mounted] article.ct-card, article.ct-card"),
      shadowHost,
    );
    await page.waitForFunction(
      (host) => (host ? document.querySelector(host) : document.querySelector("[data-crisis-timeline-mounted]"))?.hasAttribute("data-crisis-timeline-mounted"),
      shadowHost,
    );
    const [at, total] = (await position(page, shadowHost)).split("/").map((n) => Number(n.trim()));
    assert.equal(at, total, `opened at ${at} of ${total}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
