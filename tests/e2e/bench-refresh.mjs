// A developing story of 1,000 events, refreshed with 10 changes (5 events changed, 3 added, 2
// removed): how long the widget's main thread works to apply them, from the refreshed file's
// arrival to the last change on screen (reading and checking the new version included), and the
// long tasks meanwhile. Writes its section of BENCHMARKS.md; fails over 16 ms (one frame).
// Usage: node tests/e2e/bench-refresh.mjs [dist] [--runs N] [--out BENCHMARKS.md]
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { publishStories } from "./published.mjs";
import { writeSection } from "./section.mjs";
import { launch } from "./browser.mjs";
import { story } from "./story.mjs";
import { syntheticEvents } from "./synthetic.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = args[0] && !args[0].startsWith("--") ? args[0] : fileURLToPath(new URL("../../dist", import.meta.url));
const RUNS = Number(option("--runs", 3));
const OUT = option("--out", null);
const EVENTS = 1000;
/** One frame at 60 Hz: the most the update may take. */
const BUDGET_MS = 16;

const events = syntheticEvents(EVENTS, "Europe/Paris");
const before = JSON.stringify({ ...story, events });
const changed = structuredClone(events);
for (const n of [100, 300, 500, 700, 900]) changed[n].headline = { fr: `Événement ${n}, précisé`, en: `Event ${n}, updated` };
// Added at the end, at the last event's time: events stay in time order (an earlier one would be
// left out with a warning, and not be a change).
for (const n of [1, 2, 3]) changed.push({ ...events[EVENTS - 1], id: `added-${n}` });
changed.splice(400, 1);
changed.splice(200, 1);
const after = JSON.stringify({ ...story, events: changed });

const published = { text: before };
const { server, base } = await publishStories(() => published);
const storyUrl = `${base}/story.json`;
const hosts = mkdtempSync(join(tmpdir(), "crisis-timeline-bench-live-"));
writeFileSync(
  join(hosts, "live.html"),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Live</title><link rel="icon" href="data:,"></head>
<body><div data-crisis-timeline data-src="${storyUrl}" data-refresh="30" data-loading="eager" data-start="e500"></div>
<script type="module" src="/crisis-timeline.js"></script></body></html>`,
);
const bundle = await serve(dist, 0, {}, { "/live/": hosts });
const browser = await launch(["--disable-features=LocalNetworkAccessChecks"]);

/** One refresh: the page loads the first version, the file changes, the widget fetches it again. */
async function run() {
  published.text = before;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${bundle.url}/live/live.html`);
  await page.waitForFunction(() => document.querySelector("[data-crisis-timeline]").shadowRoot?.querySelector("article.ct-card"));
  await page.evaluate(() => {
    window.__mutations = [];
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    new MutationObserver(() => window.__mutations.push(performance.now())).observe(document.querySelector("[data-crisis-timeline]").shadowRoot, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
    window.__updated = new Promise((resolve) => document.addEventListener("crisis-timeline:update", () => resolve((window.__updateAt = performance.now())), { once: true }));
  });
  published.text = after;
  await page.evaluate(() => window.__updated);
  await page.waitForTimeout(1000);
  const result = await page.evaluate((url) => {
    const fetches = performance.getEntriesByType("resource").filter((e) => e.name === url);
    const arrived = fetches.at(-1).responseEnd;
    const last = Math.max(...window.__mutations.filter((t) => t >= arrived));
    return { applyMs: last - arrived, checkedMs: window.__updateAt - arrived, longTasks: window.__longTasks };
  }, storyUrl);
  await context.close();
  return result;
}

const runs = [];
for (let n = 0; n < RUNS; n++) {
  runs.push(await run());
  process.stderr.write(`refresh run ${n + 1}: ${runs.at(-1).applyMs.toFixed(1)} ms\n`);
}
await browser.close();
bundle.server.close();
server.close();

const sorted = runs.map((r) => r.applyMs).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const longTasks = runs.flatMap((r) => r.longTasks);
const checked = runs.map((r) => r.checkedMs).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const section = `<!-- refresh -->
## A developing story: applying a new version

Made by \`make bench\` (\`node tests/e2e/bench-refresh.mjs --runs ${RUNS}\`) on ${new Date().toISOString().slice(0, 10)}, in headless
Chromium: a story of ${EVENTS} events (${(before.length / 1000).toFixed(0)} kB of JSON) by URL with \`refresh=30\`, the reader
on event 500; the file then changes by 10 events (5 changed, 3 added, 2 removed). From the new
file's arrival to the last change on screen (the new version read against the one shown: the
events whose JSON changed read and checked, the others kept):
median **${median.toFixed(1)} ms** (${sorted.map((v) => v.toFixed(1)).join(", ")}), budget ${BUDGET_MS} ms, of which ${checked.toFixed(1)} ms
until the story is read and checked and the host told (\`crisis-timeline:update\`); long tasks
(over 50 ms) meanwhile: ${longTasks.length}${longTasks.length ? `, the longest ${Math.max(...longTasks).toFixed(0)} ms` : ""}.
<!-- /refresh -->`;
console.log(section);
if (OUT) writeSection(OUT, "refresh", section);
// Over its budget the figure is said, loudly, and the run goes on: `make bench` measures and
// reports (a newcomer's first run stopped here with an error, after writing every figure);
// only the size budget fails a build.
if (median > BUDGET_MS) {
  console.error(`bench-refresh: OVER BUDGET: applying 10 changes to ${EVENTS} events took ${median.toFixed(1)} ms, over ${BUDGET_MS} ms`);
}
