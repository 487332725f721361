// A story by URL against the same story built in: a synthetic story of 1,000 events is built
// into the widget (STORY=…, in a folder of its own) and served as JSON beside the default build;
// each embed page is loaded `--runs` times in headless Chromium and timed from the navigation
// to the live widget showing the story's first event. Writes its section of BENCHMARKS.md.
// Usage: node tests/e2e/bench-story.mjs [--runs N] [--out BENCHMARKS.md]
import { mkdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { writeSection } from "./section.mjs";
import { launch } from "./browser.mjs";
import { story } from "./story.mjs";
import { syntheticEvents } from "./synthetic.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option("--runs", 10));
const OUT = option("--out", null);
const EVENTS = 1000;

const work = join(root, "target", "bench-story");
mkdirSync(work, { recursive: true });
const storyFile = join(work, "story.json");
const text = JSON.stringify({ ...story, events: syntheticEvents(EVENTS, "Europe/Paris") });
writeFileSync(storyFile, text);
console.log(`bench-story: ${EVENTS} events, ${text.length} bytes of JSON; building them in`);
const build = spawnSync(join(root, ".ci", "trunk-release"), ["--dist", join(work, "dist")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, STORY: storyFile, CARGO_TARGET_DIR: join(root, "target", "story") },
});
if (build.status !== 0) throw new Error("bench-story: the build with the story failed");

const builtIn = await serve(join(work, "dist"));
const byUrl = await serve(join(root, "dist"), 0, {}, { "/bench/": work });
const browser = await launch();

/** Milliseconds from navigation to the live widget showing its first event, on `url`. */
async function firstEvent(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const card = document.querySelector("[data-crisis-timeline-mounted] article.ct-card .ct-card__headline");
      if (card?.textContent === "Événement 0") {
        window.__firstEvent = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstEvent, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__firstEvent);
  await context.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = { builtIn: [], byUrl: [] };
for (let run = 0; run < RUNS; run++) {
  times.builtIn.push(await firstEvent(`${builtIn.url}/embed.html`));
  times.byUrl.push(await firstEvent(`${byUrl.url}/embed.html?src=/bench/story.json`));
}
await browser.close();
builtIn.server.close();
byUrl.server.close();

const [a, b] = [median(times.builtIn), median(times.byUrl)];
const ratio = b / a;
const section = `<!-- story-by-url -->
## A story by URL against the same story built in

Made by \`make bench\` (\`node tests/e2e/bench-story.mjs --runs ${RUNS}\`) on ${new Date().toISOString().slice(0, 10)}: a
synthetic story of ${EVENTS} events (${(text.length / 1024).toFixed(0)} kB of JSON) built into the
widget with \`STORY=\`, and the same file given to the default build's \`embed.html?src=\`. Median of
${RUNS} loads each, in headless Chromium, from the navigation to the live widget showing the first event.

| the story | first event | ratio |
|---|---|---|
| built in (\`STORY=\`) | ${a.toFixed(0)} ms | 1 |
| by URL (\`?src=\`: fetched, read and checked in the browser) | ${b.toFixed(0)} ms | ${ratio.toFixed(2)} |
<!-- /story-by-url -->`;
console.log(section);
if (OUT) writeSection(OUT, "story-by-url", section);
if (ratio > 1.5) {
  console.error(`bench-story: by URL takes ${ratio.toFixed(2)} times as long as built in, more than 1.5`);
  process.exit(1);
}
