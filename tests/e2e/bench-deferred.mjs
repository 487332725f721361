// What a reader pays for a widget three screens down a news article, before and after reaching
// it, for the script embed and the iframe loader; the presses lost on the prerendered widget
// while its wasm loads on a slow network; the wasm's size. Writes its section of BENCHMARKS.md.
// Usage: node tests/e2e/bench-deferred.mjs [dist] [--out BENCHMARKS.md]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { writeSection } from "./section.mjs";
import { launch } from "./browser.mjs";
import { articles, countBytes, reachWidget, pressWhileLoading, PRESSES, SCREENS } from "./deferred.mjs";

const args = process.argv.slice(2);
const OUT = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
const dist = args[0] && !args[0].startsWith("--") ? args[0] : fileURLToPath(new URL("../../dist", import.meta.url));
/** The most a reader who never reaches the widget may pay for it. */
const DEFERRED_BUDGET = 15_000;

const bundle = await serve(dist, 0, {}, { "/article/": articles() });
const browser = await launch();
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const rows = [];
for (const embed of ["script", "iframe"]) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
  const page = await context.newPage();
  const article = `${bundle.url}/article/${embed}.html`;
  const count = countBytes(page, article);
  await page.goto(article, { waitUntil: "load" });
  await page.waitForTimeout(2000);
  const before = (await count()).bytes;
  await reachWidget(page, embed);
  await page.waitForTimeout(500);
  rows.push({ embed, before, after: (await count()).bytes });
  await context.close();
}

const presses = [];
for (const path of ["index.html", "embed.html"]) {
  for (const press of PRESSES) presses.push({ path, press: press.name, ...(await pressWhileLoading(browser, `${bundle.url}/${path}`, press)) });
}
await browser.close();
bundle.server.close();

const wasm = readdirSync(dist).find((f) => f.endsWith(".wasm"));
const wasmGzip = gzipSync(readFileSync(join(dist, wasm)), { level: 9 }).length;
const lost = presses.filter((p) => !p.kept).length;
const early = presses.filter((p) => p.early).length;
const date = new Date().toISOString().slice(0, 10);
const section = `<!-- deferred -->
## A widget down the article: what a reader pays before reaching it

Made by \`make bench\` (\`node tests/e2e/bench-deferred.mjs\`) on ${date}, in headless Chromium at
390 × 844: a host article with the widget ${SCREENS} screens down, loaded and left alone for 2 s,
then scrolled to the widget until its story shows. Bytes are every response but the article,
gzipped as a server would send them.

| embed | before reaching it | once reached |
|---|---|---|
${rows.map((r) => `| ${r.embed} | ${kb(r.before)} | ${kb(r.after)} |`).join("\n")}

Presses on the prerendered widget before its wasm is live (standalone and iframe pages, at
400 ms of latency and 100 kB/s; each pressed at its first paint): ${presses.length} presses,
${early} of them before the wasm was live, **${lost} lost**.

The wasm: ${kb(wasmGzip)} gzipped.
<!-- /deferred -->`;
console.log(section);
if (OUT) writeSection(OUT, "deferred", section);
const over = rows.filter((r) => r.before > DEFERRED_BUDGET);
if (over.length || lost) {
  console.error(`bench-deferred: ${over.map((r) => `${r.embed} ${kb(r.before)} before reaching it`).join(", ")} ${lost} press(es) lost`);
  process.exit(1);
}
