// The scale benchmark (bench.mjs): 100, 1,000 and 10,000 synthetic events through each tool's
// API, first render and a step.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { story } from "./story.mjs";
import { syntheticEvents } from "./synthetic.mjs";

/** The default story's frame (title, languages, gauges, segments, lanes, actors): the synthetic
 * events are told in it, handed over as a whole story. */
const frame = { ...story, events: [] };

/** A blank host page for the scale test, with nothing but the script embed: the demo pages
 * mount widgets of their own, which would be measured along with the one under test. */
export function oursScalePage() {
  const dir = mkdtempSync(join(tmpdir(), "crisis-timeline-"));
  writeFileSync(
    join(dir, "scale.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>crisis-timeline scale</title><link rel="icon" href="data:,">
<script type="module" src="/crisis-timeline.js"></script></head><body></body></html>`,
  );
  return dir;
}

/**
 * Mounts `n` synthetic events through the JS API and steps through them. `warm`: the page has
 * shown a widget (the embedded story, mounted then destroyed) before, so that the costs every
 * page pays once, whatever the events (V8 compiling the wasm's functions on their first call and
 * running them unoptimized at first, the first text shaping), are out of the figure.
 */
export async function scaleOurs(browser, base, n, warm) {
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

/** TimelineJS with `n` synthetic events: its first render and a step. */
export async function scaleTimelineJs(browser, base, n) {
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
