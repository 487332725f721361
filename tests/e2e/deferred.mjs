// What a reader pays for a widget placed down a news article, and what becomes of a press made
// on the prerendered widget while its wasm is still on the way. Shared by the loading spec
// (specs/loading.test.mjs), which asserts, and the benchmark (bench-deferred.mjs), which prints.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** How many screens of article come before the widget. */
export const SCREENS = 3;

/** The two ways a host page embeds the widget, as the README gives them. */
const EMBEDS = {
  script: `<div data-crisis-timeline data-lang="fr"></div>\n<script type="module" src="/crisis-timeline.js"></script>`,
  iframe: `<div data-crisis-timeline-iframe="/embed.html" data-title="Chronologie"></div>\n<script src="/crisis-timeline-iframe.js"></script>`,
  // A script embed that opens at the most recent event, loaded at once.
  latest: `<div data-crisis-timeline data-start="latest" data-loading="eager"></div>\n<script type="module" src="/crisis-timeline.js"></script>`,
  // A script embed with a bad value of its loading option: warned, and loaded as by default.
  "bad-loading": `<div data-crisis-timeline data-loading="soon"></div>\n<script type="module" src="/crisis-timeline.js"></script>`,
};

/** A folder of host articles, one per embed (`script.html`, `iframe.html`, `latest.html`, `bad-loading.html`): paragraphs filling
 * SCREENS viewports, the widget, and a last paragraph. Serve it beside the bundle. */
export function articles() {
  const dir = mkdtempSync(join(tmpdir(), "crisis-timeline-article-"));
  const paragraph = "<p>Le conseil d’administration a annoncé vendredi le départ de son directeur général. Les salariés ont réagi dans la soirée.</p>";
  for (const [name, embed] of Object.entries(EMBEDS)) {
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width"></head><body>
<h1>La crise, heure par heure</h1>
<div id="before" style="min-height: ${SCREENS * 100}vh">${paragraph.repeat(12)}</div>
${embed}
<p>Fin de l’article.</p></body></html>`,
    );
  }
  return dir;
}

/** Starts counting the bytes `page` receives, gzipped as a server would send them, except for
 * the article itself; the returned async function gives the count so far and the files, once
 * every response received so far has been read. */
export function countBytes(page, article) {
  const seen = [];
  const reading = [];
  page.on("response", (response) => {
    if (response.url() === article) return;
    reading.push(
      response.body().then(
        (body) => seen.push({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length }),
        // Redirects and failed requests have no body.
        () => {},
      ),
    );
  });
  return async () => {
    await Promise.all(reading);
    return { bytes: seen.reduce((sum, r) => sum + r.gzip, 0), files: seen.map((r) => new URL(r.url).pathname) };
  };
}

/** The widget in view and live: the script embed's host has mounted, or the iframe's page has. */
export async function reachWidget(page, embed) {
  const selector = embed === "script" ? "[data-crisis-timeline]" : "[data-crisis-timeline-iframe]";
  await page.locator(selector).scrollIntoViewIfNeeded();
  if (embed === "script") {
    await page.waitForFunction(() => document.querySelector("[data-crisis-timeline]").shadowRoot?.querySelector("article.ct-card"));
  } else {
    const frame = page.frameLocator("[data-crisis-timeline-iframe] iframe");
    await frame.locator("[data-crisis-timeline-mounted] article.ct-card").waitFor();
  }
}

/** A slow phone network: 400 ms of latency and 100 kB/s, so that the wasm takes seconds. */
export async function slowNetwork(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: 100 * 1024,
    uploadThroughput: 50 * 1024,
  });
}

/** The presses a reader makes before the widget is live, each with what the live widget must
 * then show: the position "n / total", or the card's language. */
export const PRESSES = [
  { name: "next", selector: "button.ct-next", expect: { position: 2 } },
  { name: "third marker", selector: "button.ct-marker >> nth=2", expect: { position: 3 } },
  { name: "English", selector: 'button.ct-lang__option[lang="en"]', expect: { lang: "en" } },
];

/** Opens `url` on a slow network, presses `press` on the prerendered widget as soon as it shows,
 * and waits for the live widget. Resolves to whether the press came before the wasm was live
 * and whether the live widget did what it asked. */
export async function pressWhileLoading(browser, url, press) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await slowNetwork(context, page);
  await page.goto(url, { waitUntil: "commit" });
  await page.locator(press.selector).click();
  const early = await page.evaluate(() => !document.querySelector("[data-crisis-timeline-mounted]"));
  const waiting = await page.locator(`${press.selector.split(" >> ")[0]}.ct-getting-ready`).count();
  await page.waitForSelector("[data-crisis-timeline-mounted] article.ct-card", { timeout: 60_000 });
  let kept;
  try {
    if (press.expect.position) {
      await page.waitForFunction(
        (n) => document.querySelector("[data-crisis-timeline-mounted] .ct-position [aria-hidden]")?.textContent.startsWith(`${n} /`),
        press.expect.position,
        { timeout: 5_000 },
      );
    } else {
      await page.waitForFunction(
        (lang) => document.querySelector("[data-crisis-timeline-mounted] article.ct-card")?.closest("[lang]")?.lang === lang,
        press.expect.lang,
        { timeout: 5_000 },
      );
    }
    kept = true;
  } catch {
    kept = false;
  }
  await context.close();
  return { early, waiting: waiting > 0, kept };
}
