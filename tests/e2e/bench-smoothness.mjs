// The autoplay benchmark (bench.mjs): autoplay through every event, its frames and long tasks.
import { WATCH } from "./bench-load.mjs";

/** Autoplay through every event at 1 s an event: frames, slow frames, long tasks. */
export async function smoothness(browser, base) {
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
