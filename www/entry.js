// crisis-timeline __VERSION__: the script embed. This file's name never changes; it loads the
// hashed bundle beside it. Usage: <div data-crisis-timeline data-lang="en"></div> and
// <script type="module" src="…/crisis-timeline.js"></script>. The story is the one built in
// (story.json, beside this file), or the element's own <script type="application/json">, or the
// one at its data-src. A widget further down the page costs its reader nothing until it comes
// near (data-loading="eager" loads it at once).
// API: CrisisTimeline.mount(element, options), where options.story or options.src give a story.
// The build puts the rules here (www/make-entry.mjs): this file stays one request.
import { cssVars, markerTransform, NEAR_MARGIN } from "./rules.js";

/** The mount elements of the widget's own pages (standalone and embed), which the build prerenders. */
const OWN_PAGES = "[data-crisis-timeline-page], [data-crisis-timeline-frame]";

// The prerendered widget's positions are in data-ct-vars and data-ct-at (a strict CSP refuses
// style attributes): set them through the CSSOM now, before the wasm arrives and takes over, as
// src/embed/style_observer.rs does for the live widget.
for (const element of document.querySelectorAll("[data-ct-vars]")) {
  for (const [name, value] of cssVars(element.dataset.ctVars)) element.style.setProperty(name, value);
}
for (const element of document.querySelectorAll("[data-ct-at]")) {
  const transform = markerTransform(element.dataset.ctAt);
  if (transform) element.style.transform = transform;
}

// The widget's own pages asked for a story by URL (?src=) hide the story they were built with
// at once: it must never be read in place of the one asked for.
if (new URLSearchParams(location.search).has("src") && document.querySelector(OWN_PAGES)) {
  document.documentElement.classList.add("ct-by-src");
}

const here = import.meta.url;
const stylesheet = new URL("./__STYLESHEET__", here).href;
let started;
/** The JS glue and the wasm, loaded and started once, when the first widget needs them. */
function start() {
  started ??= import("./__GLUE__")
    .then(async (glue) => ({ mount: glue.mount, exports: await glue.default({ module_or_path: new URL("./__WASM__", here) }) }))
    .catch((error) => {
      console.error(`crisis-timeline: the widget could not start (${error}); the static list of events is shown instead`);
      for (const mount of document.querySelectorAll(OWN_PAGES)) {
        mount.parentElement?.classList.add("ct-failed");
      }
      throw error;
    });
  return started;
}

// The widget's own pages show it from the first paint (prerendered): their wasm starts at once
// (what the reader presses meanwhile is kept by www/presses.js).
if (document.querySelector(OWN_PAGES)) {
  // A failed start is reported above.
  start().catch(() => {});
}

// The story built in, for widgets given none: the bundle's story.json, fetched once and beside
// the wasm rather than after it. When the fetch fails, the widget looks for the page's own copy
// (src/embed/mount.rs, the one place that knows it) or asks again itself.
const builtInUrl = new URL("./story.json", here).href;
let builtIn;
const builtInStory = () =>
  (builtIn ??= fetch(builtInUrl).then((response) => (response.ok ? response.text() : null)).catch(() => null));

/** The story built in, for a widget whose options give none: its text once fetched, and its URL
 * for the widget to ask again when the fetch failed (mount's last two arguments). */
async function builtInFor(options) {
  const given = typeof options === "object" && options !== null && (options.story != null || options.src != null);
  if (given) return [];
  return [(await builtInStory()) ?? undefined, builtInUrl];
}

/** Mounts a timeline into `element` at once; resolves to its handle (undefined when `element` is
 * not an element). */
export async function mount(element, options = {}) {
  const [widget, builtIn] = await Promise.all([start(), builtInFor(options)]);
  return widget.mount(element, options, stylesheet, ...builtIn);
}

/** Mounts a timeline into `element` itself, without a shadow root, replacing what the build
 * prerendered there: for pages that carry the widget's stylesheet (the standalone and embed pages). */
export async function mountInPage(element, options = {}) {
  return (await start()).mount(element, options, undefined);
}

/** About the widget's height at a width, in pixels (measured: 1450 at 320, 1300 at 390, 830 at
 * 1280), reserved while the wasm loads so that the article does not jump when it arrives. */
const likelyHeight = (width) => Math.round(width < 600 ? 1300 + (390 - width) * 2 : Math.max(830, 1100 - (width - 600) * 0.4));

/** The options of a [data-crisis-timeline] element: its data-* attributes, and its story when
 * the element holds one as JSON (<script type="application/json">), read as text. */
function optionsOf(host) {
  const { loading, ...options } = host.dataset;
  const inline = host.querySelector(':scope > script[type="application/json"]');
  if (inline) options.story = inline.textContent;
  return options;
}

/** Resolves when `host` comes within about 1.5 viewports of the visible area, or gets the focus
 * or a pointer: a reader who never gets near the widget never downloads it. */
function nearby(host) {
  const { loading = "lazy" } = host.dataset;
  if (loading !== "lazy" && loading !== "eager") {
    console.warn(`crisis-timeline: option 'loading' has the value '${loading}', expected 'lazy' or 'eager'; the default is used`);
  }
  if (loading === "eager" || !("IntersectionObserver" in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const near = () => {
      observer.disconnect();
      host.removeEventListener("focusin", near);
      host.removeEventListener("pointerdown", near);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), {
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(host);
    host.addEventListener("focusin", near);
    host.addEventListener("pointerdown", near);
  });
}

/** The hosts already waiting to come near, so that a second mountAll() does not wait twice. */
const waiting = new WeakSet();

/** Mounts a timeline into every [data-crisis-timeline] element of `root` that has none yet, each
 * when it comes near (see `nearby`); resolves to their handles once all are mounted. Each keeps
 * its likely height until its story is shown or a message stands in for it. */
export async function mountAll(root = document) {
  const hosts = [...root.querySelectorAll("[data-crisis-timeline]:not([data-crisis-timeline-mounted])")].filter(
    (host) => !waiting.has(host),
  );
  for (const host of hosts) waiting.add(host);
  const reserved = hosts.filter((host) => !host.style.minHeight && !host.dataset.height);
  for (const host of reserved) {
    host.style.minHeight = `${likelyHeight(host.getBoundingClientRect().width)}px`;
    const release = () => {
      host.style.minHeight = "";
      host.removeEventListener("crisis-timeline:ready", release);
      host.removeEventListener("crisis-timeline:error", release);
    };
    host.addEventListener("crisis-timeline:ready", release);
    host.addEventListener("crisis-timeline:error", release);
  }
  return Promise.all(
    hosts.map(async (host) => {
      await nearby(host);
      try {
        const options = optionsOf(host);
        const [widget, builtIn] = await Promise.all([start(), builtInFor(options)]);
        return widget.mount(host, options, stylesheet, ...builtIn);
      } catch (error) {
        if (reserved.includes(host)) host.style.minHeight = "";
        throw error;
      } finally {
        waiting.delete(host);
      }
    }),
  );
}

/** Bytes of the wasm's linear memory: for diagnostics and the benchmark. */
export async function memoryBytes() {
  return (await start()).exports.memory.buffer.byteLength;
}

const api = Object.freeze({ mount, mountAll, mountInPage, memoryBytes, version: "__VERSION__" });
// The one global: a namespaced entry point, left alone if the page already has one.
if (!("CrisisTimeline" in globalThis)) globalThis.CrisisTimeline = api;
export default api;

// A failed start is already reported above.
const mountAllQuietly = () => mountAll().catch(() => {});
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mountAllQuietly, { once: true });
} else {
  mountAllQuietly();
}
