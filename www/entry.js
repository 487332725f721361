// crisis-timeline __VERSION__: the script embed. This file's name never changes; it loads the
// hashed bundle beside it. Usage: <div data-crisis-timeline data-lang="en"></div> and
// <script type="module" src="…/crisis-timeline.js"></script>. The story is the one built in,
// or the element's own <script type="application/json">, or the one at its data-src.
// API: CrisisTimeline.mount(element, options), where options.story or options.src give a story.
import init, { mount as mountInto } from "./__GLUE__";
// The build puts the rules here (www/make-entry.mjs): this file stays one request.
import { cssVars, markerTransform } from "./rules.js";

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
if (new URLSearchParams(location.search).has("src") && document.querySelector("[data-crisis-timeline-page], [data-crisis-timeline-frame]")) {
  document.documentElement.classList.add("ct-by-src");
}

const here = import.meta.url;
const stylesheet = new URL("./__STYLESHEET__", here).href;
const ready = init({ module_or_path: new URL("./__WASM__", here) }).catch((error) => {
  console.error(`crisis-timeline: the widget could not start (${error}); the static list of events is shown instead`);
  for (const mount of document.querySelectorAll("[data-crisis-timeline-page], [data-crisis-timeline-frame]")) {
    mount.parentElement?.classList.add("ct-failed");
  }
  throw error;
});

/** Mounts a timeline into `element`; resolves to its handle (undefined when `element` is not an element). */
export async function mount(element, options = {}) {
  await ready;
  return mountInto(element, options, stylesheet);
}

/** Mounts a timeline into `element` itself, without a shadow root, replacing what the build
 * prerendered there: for pages that carry the widget's stylesheet (the standalone and embed pages). */
export async function mountInPage(element, options = {}) {
  await ready;
  return mountInto(element, options, undefined);
}

/** About the widget's height at a width, in pixels (measured: 1450 at 320, 1300 at 390, 830 at
 * 1280), reserved while the wasm loads so that the article does not jump when it arrives. */
const likelyHeight = (width) => Math.round(width < 600 ? 1300 + (390 - width) * 2 : Math.max(830, 1100 - (width - 600) * 0.4));

/** The options of a [data-crisis-timeline] element: its data-* attributes, and its story when
 * the element holds one as JSON (<script type="application/json">), read as text. */
function optionsOf(host) {
  const options = { ...host.dataset };
  const inline = host.querySelector(':scope > script[type="application/json"]');
  if (inline) options.story = inline.textContent;
  return options;
}

/** Mounts a timeline into every [data-crisis-timeline] element of `root` that has none yet. Each
 * keeps its likely height until its story is shown or a message stands in for it. */
export async function mountAll(root = document) {
  const hosts = [...root.querySelectorAll("[data-crisis-timeline]:not([data-crisis-timeline-mounted])")];
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
  try {
    await ready;
  } catch (error) {
    for (const host of reserved) host.style.minHeight = "";
    throw error;
  }
  return hosts.map((host) => mountInto(host, optionsOf(host), stylesheet));
}

/** Bytes of the wasm's linear memory: for diagnostics and the benchmark. */
export async function memoryBytes() {
  return (await ready).memory.buffer.byteLength;
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
