// A reader pays for the widget only when reaching it, and loses no press made while it loads:
// a widget three screens down a host article downloads nothing of the bundle until the reader
// scrolls near it (script embed and iframe loader alike), then shows its story; a press on the
// prerendered widget before the wasm is live is kept and done by the live widget, on the
// standalone page and on the iframe's page, on a slow network.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors } from "../browser.mjs";
import { bundleAndBrowser } from "../harness.mjs";
import { articles, countBytes, reachWidget, pressWhileLoading, PRESSES } from "../deferred.mjs";

const run = bundleAndBrowser({}, { "/article/": articles() });

/** The bundle's files a page asked for, by name. */
const widgetFiles = (files) => files.filter((f) => /\.(wasm|json)$|crisis-timeline-[0-9a-f]+\.js$|embed\.html$/.test(f));

for (const embed of ["script", "iframe"]) {
  test(`${embed} embed three screens down: nothing of the widget until the reader gets near, then the story`, async () => {
    const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const article = `${run.base}/article/${embed}.html`;
    const count = countBytes(page, article);
    await page.goto(article, { waitUntil: "load" });
    // Nothing of the widget is to load until the reader comes near: a while in which it would.
    await page.waitForTimeout(1500);
    const before = await count();
    assert.deepEqual(widgetFiles(before.files), [], `fetched before the reader got near: ${before.files}`);
    assert.ok(before.bytes <= 15_000, `${before.bytes} B before the reader got near`);
    await reachWidget(page, embed);
    const after = await count();
    assert.ok(after.files.some((f) => f.endsWith(".wasm")), `no wasm once reached: ${after.files}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a bad loading option is warned once, and the widget waits for the reader as by default", async () => {
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const article = `${run.base}/article/bad-loading.html`;
  const count = countBytes(page, article);
  await page.goto(article, { waitUntil: "load" });
  // Nothing is to load until the reader comes near: a while in which it would.
  await page.waitForTimeout(1000);
  assert.deepEqual(widgetFiles((await count()).files), []);
  assert.deepEqual(warnings, ["crisis-timeline: option 'loading' has the value 'soon', expected 'lazy' or 'eager'; the default is used"]);
  await reachWidget(page, "script");
  await context.close();
});

for (const embed of ["script", "iframe"]) {
  test(`${embed} embed at the top of the article: its story is shown with the page, no scroll or press needed`, async () => {
    const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The same article, without the three screens of text before the widget.
    const article = `${run.base}/article/top-${embed}.html`;
    await page.route(article, async (route) => {
      const response = await route.fetch({ url: `${run.base}/article/${embed}.html` });
      const body = (await response.text()).replace(/<div id="before"[^>]*>.*?<\/div>/s, "");
      await route.fulfill({ response, body });
    });
    const count = countBytes(page, article);
    await page.goto(article);
    const card = embed === "script" ? page.locator("[data-crisis-timeline] article.ct-card") : page.frameLocator("iframe").locator("[data-crisis-timeline-mounted] article.ct-card");
    await card.waitFor({ timeout: 10_000 }).catch(() => assert.fail("the widget at the top was not shown within 10 s of the page's start, with no scroll or press"));
    assert.equal(await page.evaluate(() => window.scrollY), 0, "the page was not scrolled");
    assert.ok(widgetFiles((await count()).files).some((f) => f.endsWith(".wasm")), "the wasm was fetched");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const path of ["index.html", "embed.html"]) {
  for (const press of PRESSES) {
    test(`${path}: "${press.name}" pressed before the wasm is live is done once it is`, async () => {
      const result = await pressWhileLoading(run.browser, `${run.base}/${path}`, press);
      assert.ok(result.early, "the press came after the widget was live: the test proves nothing");
      assert.ok(result.waiting, "the pressed control did not say it was getting ready");
      assert.ok(result.kept, "the live widget did not do what was pressed");
    });
  }
}
