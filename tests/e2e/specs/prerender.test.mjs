// Content before code: the story is in the built pages as static HTML. Without JavaScript, or
// when the wasm cannot load, every event is still there; the interactive widget takes the
// prerendered one's place without moving the page; on paper every headline is printed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, bundleAndBrowser } from "../harness.mjs";
import { headlines } from "../story.mjs";

const run = bundleAndBrowser();

/** The French headlines in the structured data of the built page. */
function structuredHeadlines() {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const json = html.match(/<script type="?application\/ld\+json"?>(.*?)<\/script>/s)[1];
  return JSON.parse(json).itemListElement.map((item) => item.item.name);
}

async function visibleEvents(page) {
  return page.$$eval(".ct-all__event", (events) =>
    events.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.querySelector("h3").textContent),
  );
}

test("the structured data describes every event of the events file, in order", () => {
  assert.deepEqual(structuredHeadlines(), headlines("fr"));
});

for (const path of ["/", "/embed.html"]) {
  test(`with JavaScript off, ${path} shows every event`, async () => {
    const context = await run.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(run.base + path);
    assert.deepEqual(await visibleEvents(page), headlines());
    const widgetHeight = await page.$eval(".ct-mount", (m) => m.getBoundingClientRect().height);
    assert.equal(widgetHeight, 0, "the inert widget is not shown");
    await context.close();
  });
}

for (const [name, handler] of [
  ["returns 404", (route) => route.fulfill({ status: 404, body: "gone" })],
  ["is not wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: "not a module" })],
]) {
  test(`when the wasm ${name}, every event is shown and the console says why`, async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.route("**/*_bg.wasm", handler);
    await page.goto(run.base + "/");
    await page.waitForSelector(".ct-failed");
    assert.deepEqual(await visibleEvents(page), headlines());
    assert.ok(errors.some((e) => e.includes("crisis-timeline: the widget could not start")), errors.join("\n"));
    await context.close();
  });
}

for (const path of ["/", "/embed.html"]) {
  test(`when the live widget on ${path} stops on an internal error, every event is shown and the console says why`, async () => {
    const context = await run.browser.newContext();
    await context.addInitScript(() =>
      document.addEventListener("crisis-timeline:ready", () => (window.__ready = true), true),
    );
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(run.base + path);
    await page.waitForFunction(() => window.__ready);
    // A real trap of the widget's own wasm, in a task of its own as an event handler's would be:
    // an allocation it cannot make aborts it (the release build's panics abort the same way).
    await page.evaluate(async () => {
      const glue = performance.getEntriesByType("resource").find((e) => /crisis-timeline-[0-9a-f]+\.js$/.test(e.name));
      const wasm = await (await import(glue.name)).default();
      setTimeout(() => wasm.__wbindgen_malloc(0xfffffff0, 8));
    });
    await page.waitForSelector(".ct-failed");
    assert.deepEqual(await visibleEvents(page), headlines());
    assert.ok(errors.some((e) => e.startsWith("crisis-timeline: the widget stopped on an internal error")), errors.join("\n"));
    await context.close();
  });
}

test("a browser without WebAssembly shows every event, and no error escapes to the page", async () => {
  // As an old browser would be. Chromium 156 ignores V8's --no-expose-wasm (measured: the
  // object is still there), so the page loses the object before its first script runs.
  const context = await run.browser.newContext();
  await context.addInitScript(() => delete globalThis.WebAssembly);
  const page = await context.newPage();
  const uncaught = [];
  const logged = [];
  page.on("pageerror", (e) => uncaught.push(String(e)));
  page.on("console", (m) => m.type() === "error" && logged.push(m.text()));
  await page.goto(run.base + "/");
  assert.equal(await page.evaluate(() => typeof WebAssembly), "undefined");
  await page.waitForSelector(".ct-failed");
  assert.deepEqual(await visibleEvents(page), headlines());
  assert.deepEqual(uncaught, [], "no uncaught error");
  assert.ok(logged.length > 0 && logged.every((m) => m.startsWith("crisis-timeline:")), logged.join("\n"));
  await context.close();
});

for (const width of [390, 1280]) {
  test(`the interactive widget takes the prerendered one's place without a layout shift (${width} px)`, async () => {
    const context = await run.browser.newContext({ viewport: { width, height: 900 }, timezoneId: "Europe/Paris" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
      document.addEventListener("crisis-timeline:ready", () => (window.__ready = true), true);
    });
    // Slow the wasm down, so that the prerendered widget is surely painted before it is replaced.
    await page.route("**/*_bg.wasm", async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(run.base + "/");
    const prerendered = await page.$eval(".ct-mount", (m) => m.getBoundingClientRect().height);
    await page.waitForFunction(() => window.__ready === true);
    // A moment after the widget is live, for a late shift to be seen.
    await page.waitForTimeout(300);
    const live = await page.$eval(".ct-mount", (m) => m.getBoundingClientRect().height);
    const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    assert.equal(live, prerendered, "the widget is as tall as its prerendered first state");
    assert.equal(shift, 0, `cumulative layout shift ${shift}`);
    await context.close();
  });
}

test("printed, the page holds every headline", async () => {
  const context = await run.browser.newContext();
  const page = await context.newPage();
  await page.goto(run.base + "/");
  await page.waitForSelector("article.ct-card .ct-card__headline");
  const file = join(mkdtempSync(join(tmpdir(), "ct-print-")), "timeline.pdf");
  await page.pdf({ path: file, format: "A4" });
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const normal = (s) => s.replace(/\s+/g, " ");
  for (const headline of headlines()) assert.ok(text.includes(normal(headline)), `missing on paper: ${headline}`);
  assert.ok(text.includes("https://www.axios.com/2023/11/22/sam-altman-return-open-ai"), "addresses are printed");
  await context.close();
});
