#!/usr/bin/env node
// The story built in keeps its own height on a host page: after the release build, the widget
// is measured in headless Chromium, as the preview page measures a story dropped on it (at 390
// and 1280 px, in the story's first language, in the system font of the preview's frame, by
// www/settled-height.js), and those heights replace the default ones in every file that
// reserves the widget's space: the host stylesheet (first paint), the script embed's entry and
// the rules module (www/rules.js, likelyHeight) and the iframe loader; and the oEmbed answer's
// height. A story of two events
// then keeps two events' height, not the OpenAI story's 1,612 px.
//
// Without Chromium (/usr/bin/chromium, or CHROMIUM_PATH), the defaults stay and it says so; a
// widget that does not show its story, or a file whose defaults are not found once, stops the
// build. Usage: node tools/reserve.mjs DIST
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { likelyHeight, RESERVED_WIDTHS as WIDTHS } from "../www/rules.js";

const dist = process.argv[2];
if (!dist) throw new Error("reserve: pass the bundle folder");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The bundle's address in the measuring browser: every request to it is answered from `dist`. */
const SITE = "http://localhost:1";

if (!existsSync(CHROMIUM)) {
  console.log(`reserve: no Chromium at ${CHROMIUM}: the default heights stay (bash .ci/setup installs it)`);
  process.exit(0);
}

const story = JSON.parse(readFileSync(join(dist, "story.json"), "utf8"));
const lang = story.languages[0];
// The preview's frame: the widget alone in a column with 8 px around it, in the system font.
const frameCss = readFileSync(new URL("../www/preview/frame.css", import.meta.url), "utf8");
const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${frameCss}</style>
<script type="module">import { settledHeight } from "/settled-height.js"; window.measured = settledHeight(document.querySelector("crisis-timeline"));</script>
<script type="module" src="/crisis-timeline.js"></script></head><body><crisis-timeline loading="eager" lang="${lang}"></crisis-timeline></body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
const heights = {};
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    await tab.route(`${SITE}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/measure.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: page });
      const file = join(dist, path);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
      // Playwright names the type by the file's extension (application/wasm for the wasm).
      return route.fulfill({ path: file });
    });
    const problems = [];
    tab.on("pageerror", (error) => problems.push(String(error)));
    tab.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await tab.goto(`${SITE}/measure.html`);
    // A timer that does not keep the build waiting once the height has come (it held it 30 s).
    const late = new Promise((r) => setTimeout(r, 30_000, null).unref());
    const height = await Promise.race([tab.evaluate(() => window.measured), late]);
    if (height === null || problems.length) throw new Error(`reserve: the story built in was not shown at ${width} px${problems.length ? `: ${problems.join("; ")}` : " within 30 s"}`);
    heights[width] = Math.ceil(height);
    await context.close();
  }
} finally {
  await browser.close();
}

// Each file and how its two default heights are written: the stylesheet's var() fallbacks, and
// likelyHeight's default arguments (minified or not).
const CSS_DEFAULT = (width) => new RegExp(`(var\\(--ct-reserve-${width},\\s*)\\d+(px\\))`, "g");
const JS_DEFAULTS = /(\(\s*\w+\s*,\s*\w+\s*=\s*)\d+(\s*,\s*\w+\s*=\s*)\d+(\s*\)\s*=>\s*Math\.round\()/g;
const jsDefaults = (text) => replaceFound(text, JS_DEFAULTS, (_, a, b, c) => `${a}${heights[390]}${b}${heights[1280]}${c}`, 1);
const files = {
  // The desktop height is written twice (at least it, and more below 1280 px).
  "crisis-timeline-host.css": (text) => WIDTHS.reduce((t, w) => replaceFound(t, CSS_DEFAULT(w), (_, a, b) => `${a}${heights[w]}${b}`, w === 390 ? 1 : 2), text),
  "crisis-timeline.js": jsDefaults,
  "rules.js": jsDefaults,
  "crisis-timeline-iframe.js": jsDefaults,
};

/** `text` with `pattern` replaced, which must be found exactly `times` times. */
function replaceFound(text, pattern, by, times) {
  const found = text.match(pattern)?.length ?? 0;
  if (found !== times) throw new Error(`reserve: the default heights were found ${found} times where ${times} were expected (${pattern}): see tools/reserve.mjs`);
  return text.replace(pattern, by);
}

for (const [name, rewrite] of Object.entries(files)) {
  const path = join(dist, name);
  try {
    writeFileSync(path, rewrite(readFileSync(path, "utf8")));
  } catch (error) {
    throw new Error(`${error.message} in ${name}`);
  }
}
// The oEmbed answer's height, at its width, by the same rule with the heights measured.
const oembedPath = join(dist, "oembed.json");
if (existsSync(oembedPath)) {
  const oembed = JSON.parse(readFileSync(oembedPath, "utf8"));
  oembed.height = likelyHeight(oembed.width, heights[390], heights[1280]);
  writeFileSync(oembedPath, `${JSON.stringify(oembed, null, 2)}\n`);
}
console.log(`reserve: the story built in takes ${heights[390]} px at 390 px and ${heights[1280]} px at 1280 px (in ${lang}); written into ${Object.keys(files).join(", ")} and oembed.json`);
