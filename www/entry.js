// crisis-timeline __VERSION__: the script embed. This file's name never changes; it loads the
// hashed bundle beside it. Usage: <div data-crisis-timeline data-lang="en"></div> and
// <script type="module" src="…/crisis-timeline.js"></script>. API: CrisisTimeline.mount(element, options).
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

/** Mounts a timeline into every [data-crisis-timeline] element of `root` that has none yet. */
export async function mountAll(root = document) {
  const hosts = [...root.querySelectorAll("[data-crisis-timeline]:not([data-crisis-timeline-mounted])")];
  const reserved = hosts.filter((host) => !host.style.minHeight && !host.dataset.height);
  for (const host of reserved) host.style.minHeight = `${likelyHeight(host.getBoundingClientRect().width)}px`;
  try {
    await ready;
    return hosts.map((host) => mountInto(host, { ...host.dataset }, stylesheet));
  } finally {
    for (const host of reserved) host.style.minHeight = "";
  }
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
