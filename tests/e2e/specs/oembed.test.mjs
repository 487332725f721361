// oEmbed, so that a CMS embeds the widget from a link: embed.html names the answer the build
// wrote, whose html, pasted into a host page on another site, shows the widget in its iframe,
// sized to its content.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleAndBrowser, DIST } from "../harness.mjs";
import { watchErrors } from "../browser.mjs";
import { story } from "../story.mjs";

const run = bundleAndBrowser();
const answer = JSON.parse(readFileSync(join(DIST, "oembed.json"), "utf8"));

test("embed.html names the oEmbed answer, a rich embed of the story built in", () => {
  const page = readFileSync(join(DIST, "embed.html"), "utf8");
  const link = page.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)" \/>/);
  assert.ok(link, "embed.html has an oEmbed discovery link");
  assert.equal(link[1], new URL("oembed.json", answer.provider_url).href);
  assert.equal(answer.version, "1.0");
  assert.equal(answer.type, "rich");
  assert.equal(answer.title, story.title.fr);
  assert.ok(Number.isInteger(answer.width) && Number.isInteger(answer.height) && answer.height > answer.width);
});

test("the html of the oEmbed answer, pasted into a host page, shows the widget at its height", async () => {
  const context = await run.browser.newContext({ viewport: { width: 390, height: 800 }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  // The bundle as deployed at the answer's address, from the built files.
  await context.route(`${answer.provider_url}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(new URL(answer.provider_url).pathname.length);
    return route.fulfill({ path: join(DIST, path || "index.html") });
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route(`${run.base}/cms-article.html`, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body><h1>Un article</h1>${answer.html}</body></html>`,
    }),
  );
  await page.goto(`${run.base}/cms-article.html`);
  const frame = page.frameLocator("iframe");
  await frame.locator("article.ct-card .ct-card__headline").waitFor();
  assert.equal(await frame.locator("article.ct-card .ct-card__headline").textContent(), story.events[0].headline.fr);
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 600);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});
