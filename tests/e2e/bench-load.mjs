// The side-by-side benchmark's page load (bench.mjs): one tool's page loaded in headless
// Chromium, its bytes, its first event's text, its long tasks, a walk through every event and
// its memory, for this widget and for TimelineJS.
import { gzipSync } from "node:zlib";

/** Watches a page's long tasks and frames, from its start (an init script). */
export const WATCH = () => {
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

/** One load of `url` by `tool` (OURS or TIMELINEJS): bytes, first text, idle, long tasks, a
 * walk through every event, memory. */
export async function measureLoad(browser, url, tool) {
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

/** How to read this widget's page. */
export const OURS = {
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

/** How to read TimelineJS's page. */
export const TIMELINEJS = {
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
