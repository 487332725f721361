// What the end-to-end specs share: the built bundle served on loopback and one headless
// Chromium, started before a spec's tests and stopped after them.
import { before, after } from "node:test";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

/** The built bundle's folder. */
export const DIST = process.env.DIST ?? fileURLToPath(new URL("../../dist", import.meta.url));

/** Serves the bundle (with `headers`, and `aliases` as `serve` takes them) and launches the
 * browser for the calling spec; the returned object's `base` and `browser` are set once the
 * spec's tests run. */
export function bundleAndBrowser(headers = {}, aliases = {}) {
  const shared = { base: "", browser: null, server: null };
  before(async () => {
    const { server, url } = await serve(DIST, 0, headers, aliases);
    Object.assign(shared, { server, base: url, browser: await launch() });
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}
