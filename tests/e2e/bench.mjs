// The side-by-side benchmark: this widget and TimelineJS 3 on the same events, served from
// localhost and loaded in the same headless Chromium, alternating, N runs each; then the scale
// test (100, 1,000 and 10,000 synthetic events) and autoplay smoothness. Prints a report and
// writes it to BENCHMARKS.md. Not part of `make test`: run `make bench`.
// Usage: node tests/e2e/bench.mjs [dist] [--runs N] [--out BENCHMARKS.md]
import { writeFileSync, mkdtempSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, CHROMIUM } from "./browser.mjs";
import { story } from "./story.mjs";
import { syntheticEvents } from "./synthetic.mjs";
import { timelineJsSite, TL_DIST } from "./timelinejs.mjs";

/** The default story's frame (title, languages, gauges, segments, lanes, actors): the synthetic
 * events are told in it, handed over as a whole story. */
const frame = { ...story, events: [] };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = args[0] && !args[0].startsWith("--") ? args[0] : "dist";
const RUNS = Number(option("--runs", 10));
const SCALE_RUNS = Number(option("--scale-runs", 5));
const OUT = option("--out", "BENCHMARKS.md");

/** A blank host page for the scale test, with nothing but the script embed: the demo pages
 * mount widgets of their own, which would be measured along with the one under test. */
function oursScalePage() {
  const dir = mkdtempSync(join(tmpdir(), "crisis-timeline-"));
  writeFileSync(
    join(dir, "scale.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>crisis-timeline scale</title><link rel="icon" href="data:,">
<script type="module" src="/crisis-timeline.js"></script></head><body></body></html>`,
  );
  return dir;
}

// ---------------------------------------------------------------- measuring one page load

const WATCH = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  window.__frames = [];
  let last = performance.now();
  const frame = (now) => {
    window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

async function measureLoad(browser, url, tool) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Europe/Paris", locale: "fr-FR" });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const bodies = [];
  page.on("response", async (response) => {
    try {
      bodies.push(gzipSync(await response.body(), { level: 9 }).length);
    } catch {
      // Redirects and failed requests have no body.
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url, { waitUntil: "commit" });
  const visible = await (
    await page.waitForFunction(
      (selector) => {
        const el = document.querySelector(selector);
        return el && el.textContent.trim().length > 0 && el.getBoundingClientRect().height > 0 && performance.now();
      },
      tool.firstText,
      { polling: "raf", timeout: 60_000 },
    )
  ).jsonValue();
  await page.waitForLoadState("load");
  await tool.ready(page);
  // Idle: the load is over and no long task for a second.
  const idle = await (
    await page.waitForFunction(
      () => {
        const nav = performance.getEntriesByType("navigation")[0];
        const lastTask = Math.max(0, ...window.__longTasks.map((t) => t.start + t.duration));
        const settled = Math.max(nav.loadEventEnd, lastTask);
        return nav.loadEventEnd > 0 && performance.now() - settled > 1000 && settled;
      },
      null,
      { polling: 100, timeout: 60_000 },
    )
  ).jsonValue();
  const loadTasks = await page.evaluate(() => window.__longTasks.length);
  // Walk through every event.
  const before = await page.evaluate(() => ({ tasks: window.__longTasks.length, frames: window.__frames.length }));
  const steps = await tool.walk(page);
  const walk = await page.evaluate(
    ({ tasks, frames }) => ({
      tasks: window.__longTasks.slice(tasks).filter((t) => t.duration > 50).length,
      slowFrames: window.__frames.slice(frames).filter((f) => f > 20).length,
      frames: window.__frames.length - frames,
    }),
    before,
  );
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const wasm = await tool.wasmMemory(page);
  await context.close();
  return { bytes: bodies.reduce((a, b) => a + b, 0), visible, idle, loadTasks, steps, walk, memory: heap + wasm };
}

const OURS = {
  name: "crisis-timeline",
  firstText: "article.ct-card .ct-card__headline",
  ready: (page) => page.waitForFunction(() => document.querySelector(".ct-card__reader") || window.__ready, null, { timeout: 30_000 }).catch(() => {}),
  async walk(page) {
    await page.focus(".ct-next");
    const total = Number((await page.textContent(".ct-position [aria-hidden]")).split("/")[1]);
    for (let i = 1; i < total; i++) {
      await page.keyboard.press("ArrowRight");
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    return total - 1;
  },
  wasmMemory: (page) => page.evaluate(() => window.CrisisTimeline.memoryBytes()),
};

const TIMELINEJS = {
  name: "TimelineJS 3.9.11",
  firstText: ".tl-slide .tl-headline",
  ready: (page) => page.waitForSelector(".tl-slidenav-next", { timeout: 30_000 }),
  async walk(page) {
    const total = await page.evaluate(() => window.timeline.config.events.length);
    for (let i = 0; i < total; i++) {
      await page.evaluate(() => window.timeline.goToNext());
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    return total;
  },
  wasmMemory: async () => 0,
};

// ---------------------------------------------------------------- scale

/**
 * Mounts `n` synthetic events through the JS API and steps through them. `warm`: the page has
 * shown a widget (the embedded story, mounted then destroyed) before, so that the costs every
 * page pays once, whatever the events (V8 compiling the wasm's functions on their first call and
 * running them unoptimized at first, the first text shaping), are out of the figure.
 */
async function scaleOurs(browser, base, n, warm) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${base}/bench/scale.html`);
  await page.waitForFunction(() => window.CrisisTimeline);
  // Started once the wasm is ready, as TimelineJS's once its script has run.
  await page.evaluate(() => window.CrisisTimeline.memoryBytes());
  // The events are made in the page, as a host's script would have them: handed over from
  // here, Playwright's copy of 10,000 objects took the page's main thread for 130 ms more.
  const result = await page.evaluate(async ([make, n, warm, frame]) => {
    const events = new Function(`${make}; return syntheticEvents(${n});`)();
    if (warm) {
      const first = document.createElement("div");
      document.body.append(first);
      const shown = new Promise((r) => first.addEventListener("crisis-timeline:ready", r, { once: true }));
      const handle = await window.CrisisTimeline.mount(first);
      await shown;
      handle.destroy();
      first.remove();
      await new Promise((r) => setTimeout(r, 300));
    }
    const el = document.createElement("div");
    document.body.prepend(el);
    const ready = new Promise((r) => el.addEventListener("crisis-timeline:ready", r, { once: true }));
    const t0 = performance.now();
    const handle = await window.CrisisTimeline.mount(el, { story: { ...frame, events } });
    await ready;
    el.getBoundingClientRect();
    const firstRender = performance.now() - t0;
    const position = () => el.shadowRoot.querySelector(".ct-position [aria-hidden]").textContent;
    const steps = [];
    // Yew renders on a microtask (and yields to the browser every 16 ms of work): wait for
    // the position to change, a microtask at a time, then a task at a time.
    const settled = async (before) => {
      for (let i = 0; i < 10_000 && position() === before; i++) {
        await (i < 100 ? Promise.resolve() : new Promise((r) => setTimeout(r, 0)));
      }
    };
    for (let k = 0; k < 60; k++) {
      const before = position();
      const t = performance.now();
      handle.next();
      await settled(before);
      el.getBoundingClientRect();
      steps.push(performance.now() - t);
    }
    steps.sort((a, b) => a - b);
    return { firstRender, step: steps[Math.floor(steps.length / 2)], shown: Number(position().split("/")[1]) };
  }, [syntheticEvents.toString(), n, warm, frame]);
  await page.context().close();
  return result;
}

async function scaleTimelineJs(browser, base, n) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${base}/scale.html`);
  try {
    return await page.evaluate(async ([make, n]) => {
      const data = {
        events: new Function(`${make}; return syntheticEvents(${n});`)().map((e) => {
          const [year, month, day] = e.date.split("-").map(Number);
          const [hour, minute] = e.time.split(":").map(Number);
          return { start_date: { year, month, day, hour, minute }, text: { headline: e.headline.fr, text: e.body.fr } };
        }),
      };
      const t0 = performance.now();
      window.timeline = new TL.Timeline("timeline-embed", data, { language: "fr" });
      await new Promise((resolve, reject) => {
        const poll = () => {
          if (document.querySelector(".tl-slide .tl-headline")?.getBoundingClientRect().height) return resolve();
          if (performance.now() - t0 > 60_000) return reject(new Error("not rendered in 60 s"));
          setTimeout(poll, 5);
        };
        poll();
      });
      const firstRender = performance.now() - t0;
      const steps = [];
      for (let k = 0; k < 30; k++) {
        const t = performance.now();
        window.timeline.goToNext();
        document.body.getBoundingClientRect();
        steps.push(performance.now() - t);
      }
      steps.sort((a, b) => a - b);
      return { firstRender, step: steps[Math.floor(steps.length / 2)] };
    }, [syntheticEvents.toString(), n]);
  } catch (error) {
    return { error: String(error).split("\n")[0] };
  } finally {
    await page.context().close();
  }
}

// ---------------------------------------------------------------- autoplay smoothness

async function smoothness(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.goto(`${base}/?autoplay=true&interval=1000`);
  await page.waitForSelector(".ct-card__reader, .ct-play[aria-pressed=true]");
  const start = await page.evaluate(() => ({ tasks: window.__longTasks.length, frames: window.__frames.length }));
  await page.waitForFunction(() => document.querySelector(".ct-play").getAttribute("aria-pressed") === "false", null, {
    timeout: 120_000,
    polling: 200,
  });
  const result = await page.evaluate(({ tasks, frames }) => {
    const f = window.__frames.slice(frames);
    const longest = window.__longTasks.slice(tasks).reduce((m, t) => Math.max(m, t.duration), 0);
    return { frames: f.length, over20: f.filter((d) => d > 20).length, longTasks: window.__longTasks.slice(tasks).length, longest };
  }, start);
  await context.close();
  return result;
}

// ---------------------------------------------------------------- report

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v) => `${Math.round(v)} ms`;

const ours = await serve(DIST, 0, {}, { "/bench/": oursScalePage() });
const tl = await serve(timelineJsSite(DIST), 0, {}, { "/tl/": TL_DIST });
const browser = await launch();
const results = { [OURS.name]: [], [TIMELINEJS.name]: [] };
for (let run = 0; run < RUNS; run++) {
  results[OURS.name].push(await measureLoad(browser, `${ours.url}/`, OURS));
  results[TIMELINEJS.name].push(await measureLoad(browser, `${tl.url}/`, TIMELINEJS));
  process.stderr.write(`run ${run + 1}/${RUNS}\n`);
}
const scale = [];
for (const n of [100, 1000, 10000]) {
  const runs = { ours: [], warm: [], timelinejs: [] };
  for (let run = 0; run < SCALE_RUNS; run++) {
    runs.ours.push(await scaleOurs(browser, ours.url, n, false));
    runs.warm.push(await scaleOurs(browser, ours.url, n, true));
    // TimelineJS takes about 11 s at 10,000 events: three runs of it are enough for a median.
    if (run < 3) runs.timelinejs.push(await scaleTimelineJs(browser, tl.url, n));
  }
  scale.push({ n, ...runs });
  process.stderr.write(`scale ${n}\n`);
}
const smooth = await smoothness(browser, ours.url);
const version = browser.version();
await browser.close();
ours.server.close();
tl.server.close();

const rows = [
  ["bytes transferred (gzip)", (r) => r.bytes, kb],
  ["first event text visible", (r) => r.visible, ms],
  ["page idle", (r) => r.idle, ms],
  ["long tasks (> 50 ms) during load", (r) => r.loadTasks, String],
  ["long tasks during the walk", (r) => r.walk.tasks, String],
  ["frames over 20 ms during the walk", (r) => r.walk.slowFrames, String],
  ["JS heap + wasm memory after the walk", (r) => r.memory, kb],
];
const a = results[OURS.name];
const b = results[TIMELINEJS.name];
let table = `| measure (median, spread over ${RUNS} runs) | ${OURS.name} | ${TIMELINEJS.name} | ratio |\n|---|---|---|---|\n`;
for (const [label, pick, format] of rows) {
  const x = median(a.map(pick));
  const y = median(b.map(pick));
  const ratio = y === 0 ? (x === 0 ? "=" : "—") : (x / y).toFixed(2);
  table += `| ${label} | ${format(x)} (${spread(a.map(pick))}) | ${format(y)} (${spread(b.map(pick))}) | ${ratio} |\n`;
}
let scaleTable = `| events | first render, crisis-timeline | same, page already showing a widget | step, crisis-timeline | first render, TimelineJS | step, TimelineJS | first render ratio |\n|---|---|---|---|---|---|---|\n`;
const stepText = (values) => `${median(values).toFixed(2)} ms`;
for (const { n, ours: o, warm: w, timelinejs: t } of scale) {
  const failed = t.find((r) => r.error);
  const first = (runs) => `${ms(median(runs.map((r) => r.firstRender)))} (${spread(runs.map((r) => r.firstRender))})`;
  const tjs = failed ? [`did not finish: ${failed.error}`, "—", "—"] : [
    first(t),
    stepText(t.map((r) => r.step)),
    (median(o.map((r) => r.firstRender)) / median(t.map((r) => r.firstRender))).toFixed(3),
  ];
  scaleTable += `| ${n.toLocaleString("en")} | ${first(o)} | ${first(w)} | ${stepText(o.map((r) => r.step))} | ${tjs[0]} | ${tjs[1]} | ${tjs[2]} |\n`;
}
const cpu = cpus()[0]?.model ?? "unknown CPU";
const machine = `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, ${version.startsWith("1") ? "Chromium " + version : version} headless (${CHROMIUM})`;
const date = new Date().toISOString().slice(0, 10);
const report = `# Benchmarks

Made by \`make bench\` (\`node tests/e2e/bench.mjs dist --runs ${RUNS} --scale-runs ${SCALE_RUNS}\`) on ${date}.
Machine: ${machine}.

## Side by side: the 29 events of the story

Both pages are served from localhost with no compression on the wire; bytes are the gzipped size of
every response the page received. TimelineJS gets the same events (converted from the built page's
JSON-LD), in French, at 1280 × 900. Times are from the start of navigation. The walk goes through
every event (ArrowRight in the widget, \`goToNext()\` for TimelineJS), two frames apart. Runs
alternate between the two.

${table}
## Scale: synthetic events through the JS API

The events are made by a script in a blank page, as a host's would be. crisis-timeline, once its
script is ready: \`CrisisTimeline.mount(element, { events })\` until its \`crisis-timeline:ready\` event (validation
and a first frame included) and the layout after it, then the median of 60 \`next()\` steps until
the position has changed. TimelineJS: \`new TL.Timeline(…)\` until the first slide's headline is
laid out (60 s at most), then the median of 30 \`goToNext()\` calls. Medians (and spread) of
${SCALE_RUNS} runs for crisis-timeline, 3 for TimelineJS, alternating. Each run is a fresh page; in
the third column the page first showed the embedded story (mounted, then destroyed), so that what
every page pays once whatever the events is out of the figure: V8 compiling the wasm's functions
on their first call, on the main thread, and running them unoptimized at first; the first
shaping of text. The ratio is of the first column.

${scaleTable}
## Autoplay smoothness

Autoplay through all events at \`interval=1000\`, animations on: ${smooth.frames} frames, ${smooth.over20} over
20 ms; ${smooth.longTasks} main-thread tasks over 50 ms (longest ${Math.round(smooth.longest)} ms).
`;
console.log(report);
writeFileSync(OUT, report);
console.error(`wrote ${OUT}`);
