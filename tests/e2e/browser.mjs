// Headless Chromium for the end-to-end tests, the screenshots and the benchmark: the Debian
// browser driven by playwright-core, with the flags that keep it off the network.
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium's flags here: no sandbox (root), no GPU, and nothing that reaches for the network. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches headless Chromium, with `extraArgs` after the usual flags. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

/** Gives the pages of `context` `window.__until(condition, what)`, for a test's steps inside a
 * page: it resolves once `condition()` holds, and throws "waited 5000 ms for <what>" past its
 * deadline; where a fixed sleep raced the widget on a busy machine. */
export function untilInPages(context) {
  return context.addInitScript(() => {
    window.__until = async (condition, what = "a condition", ms = 5_000) => {
      const end = performance.now() + ms;
      while (!condition()) {
        if (performance.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
  });
}

/** Collects console errors and uncaught exceptions of a page, to assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}
