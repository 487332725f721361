// This widget and TimelineJS 3 on the same events, on a slow phone: Chromium's CPU slowed 4 times,
// a 1.6 Mbps link with 150 ms of latency, 390 × 844, both served in brotli as a CDN sends them.
// For the standalone page and for an embed three screens down an article that the reader scrolls
// to: when the first event's text shows, when a press on "next" first moves the timeline, the
// main thread's busy time and its long tasks. Writes its section of BENCHMARKS.md.
// Usage: node tests/e2e/bench-phone.mjs [dist] [--runs N] [--out BENCHMARKS.md]
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { writeSection } from "./section.mjs";
import { articles, SCREENS } from "./deferred.mjs";
import { timelineJsSite, TL_DIST } from "./timelinejs.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = args[0] && !args[0].startsWith("--") ? args[0] : fileURLToPath(new URL("../../dist", import.meta.url));
const RUNS = Number(option("--runs", 3));
const OUT = option("--out", null);

/** The phone: Chrome DevTools' conditions for a slow 4G phone, as the issue names them. */
const CPU_SLOWDOWN = 4;
const LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** What each tool shows and how a reader presses "next", wherever its root is: the page, or the
 * script embed's shadow root (`host`). */
const TOOLS = {
  ours: {
    name: "crisis-timeline",
    pages: { standalone: "/", embed: "/article/script.html" },
    host: { standalone: null, embed: "[data-crisis-timeline]" },
    text: "article.ct-card .ct-card__headline",
    next: ".ct-next",
    state: ".ct-position [aria-hidden]",
  },
  timelinejs: {
    name: "TimelineJS 3.9.11",
    pages: { standalone: "/", embed: "/article.html" },
    host: { standalone: null, embed: null },
    text: ".tl-slide .tl-headline",
    next: ".tl-slidenav-next",
    state: null,
  },
};

/** Counts long tasks from the page's start. */
const WATCH = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

/** In the page, from its start: the first frame at which the tool's first text is shown
 * (window.__shownAt, ms of the page's clock), checked at every frame, so that the figure is the
 * paint's and not a poll's. */
const SHOWN = ({ host, text }) => {
  const check = () => {
    const el = (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(text);
    if (el && el.textContent.trim() && el.getBoundingClientRect().height > 0) window.__shownAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/** Waits in `page` until `tool`'s first text shows, then until a press on its "next" moves it
 * (pressed again every 100 ms until one does); the two times, in ms of the page's clock. */
async function textAndNext(page, tool, kind) {
  const spec = { host: tool.host[kind], text: tool.text, next: tool.next, state: tool.state };
  const text = await (await page.waitForFunction(() => window.__shownAt, null, { polling: 100, timeout: 120_000 })).jsonValue();
  const moved = await page.evaluate(async (spec) => {
    const root = () => (spec.host ? document.querySelector(spec.host)?.shadowRoot : document);
    const where = () => (spec.state ? root()?.querySelector(spec.state)?.textContent : window.timeline?.current_id);
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const deadline = performance.now() + 120_000; performance.now() < deadline; ) {
      const button = root()?.querySelector(spec.next);
      const before = where();
      if (button && before !== undefined && before !== null) {
        button.click();
        await frames();
        if (where() !== before) return performance.now();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, spec);
  return { text, next: moved };
}

/** Waits until no long task has run for a second; then the main thread's busy time (CDP's
 * TaskDuration) and the long tasks since `since` (ms of the page's clock). */
async function settle(page, cdp, since) {
  await page.waitForFunction(
    () => performance.now() - Math.max(0, ...window.__longTasks.map((t) => t.start + t.duration)) > 1000,
    null,
    { polling: 200, timeout: 120_000 },
  );
  const { metrics } = await cdp.send("Performance.getMetrics");
  const busy = metrics.find((m) => m.name === "TaskDuration").value * 1000;
  const tasks = await page.evaluate((since) => window.__longTasks.filter((t) => t.start >= since), since);
  return { busy, longTasks: tasks.length, longMs: tasks.reduce((sum, t) => sum + t.duration, 0) };
}

/** One load of `tool`'s `kind` page ("standalone", or "embed" reached by scrolling) on the phone. */
async function measure(browser, base, tool, kind) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.addInitScript(SHOWN, { host: tool.host[kind], text: tool.text });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...LINK });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await cdp.send("Performance.enable");
  await page.goto(base + tool.pages[kind], { waitUntil: kind === "embed" ? "load" : "commit", timeout: 120_000 });
  let start = 0;
  let busyBefore = 0;
  if (kind === "embed") {
    // The reader reads the article's start, then scrolls to the timeline: times count from there.
    await settle(page, cdp, 0);
    busyBefore = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value * 1000;
    start = await page.evaluate((host) => {
      document.querySelector(host).scrollIntoView();
      return performance.now();
    }, tool.host.embed ?? "#timeline-embed");
  }
  const { text, next } = await textAndNext(page, tool, kind);
  const after = await settle(page, cdp, start);
  await context.close();
  return { text: Math.max(0, text - start), next: next === null ? null : next - start, busy: after.busy - busyBefore, busyBefore, longTasks: after.longTasks, longMs: after.longMs };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ours = await serve(dist, 0, {}, { "/article/": articles() }, null, true);
const tl = await serve(timelineJsSite(dist), 0, {}, { "/tl/": TL_DIST }, null, true);
const bases = { ours: ours.url, timelinejs: tl.url };
const browser = await launch();
const results = { ours: { standalone: [], embed: [] }, timelinejs: { standalone: [], embed: [] } };
for (let run = 0; run < RUNS; run++) {
  process.stderr.write(`run ${run + 1}/${RUNS}\n`);
  for (const kind of ["standalone", "embed"]) {
    for (const key of ["ours", "timelinejs"]) results[key][kind].push(await measure(browser, bases[key], TOOLS[key], kind));
  }
}
await browser.close();
ours.server.close();
tl.server.close();

const ms = (v) => (v === null || v === undefined ? "never" : `${Math.round(v).toLocaleString("en")} ms`);
const MEASURES = [
  ["the first event's text shows", "text", ms],
  ['a press on "next" first moves it', "next", ms],
  ["main-thread busy time", "busy", ms],
  ["long tasks (count)", "longTasks", (v) => String(v)],
  ["long tasks (total)", "longMs", ms],
];
/** What the page paid before the reader scrolled to the embed, whether or not they ever do. */
const BEFORE = [["main-thread busy time before the scroll", "busyBefore", ms]];
const table = (kind) =>
  [...(kind === "embed" ? BEFORE : []), ...MEASURES].map(([label, key, show]) => {
    const a = median(results.ours[kind].map((r) => r[key] ?? Infinity));
    const b = median(results.timelinejs[kind].map((r) => r[key] ?? Infinity));
    const ratio = b > 0 && Number.isFinite(a) && Number.isFinite(b) ? (a / b).toFixed(2) : "—";
    return `| ${label} | ${show(Number.isFinite(a) ? a : null)} | ${show(Number.isFinite(b) ? b : null)} | ${ratio} |`;
  }).join("\n");
const date = new Date().toISOString().slice(0, 10);
const section = `<!-- phone -->
## On a slow phone, side by side

Made by \`make bench\` (\`node tests/e2e/bench-phone.mjs --runs ${RUNS}\`) on ${date}: headless
Chromium at 390 × 844, its CPU slowed ${CPU_SLOWDOWN} times, a ${LINK.downloadThroughput * 8 / 1e6} Mbps link
with ${LINK.latency} ms of latency, every file sent in brotli (quality 11) as a CDN sends it; the
same events in both (TimelineJS's from the built page's JSON-LD). Medians of ${RUNS} runs; the
ratio is ours over TimelineJS's, under 1 when this widget is faster.

The standalone page, times from the navigation's start:

| measure | crisis-timeline | TimelineJS 3.9.11 | ratio |
|---|---|---|---|
${table("standalone")}

An embed ${SCREENS} screens down an article, read for a while and then scrolled to: what the page
cost before the scroll, then times and costs from the scroll (this widget's script embed loads
only when the reader comes near it, and shows nothing of the story until its wasm runs;
TimelineJS loads with the page, whether the reader comes or not):

| measure | crisis-timeline | TimelineJS 3.9.11 | ratio |
|---|---|---|---|
${table("embed")}
<!-- /phone -->`;
console.log(section);
if (OUT) writeSection(OUT, "phone", section);
