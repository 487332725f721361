// crisis-timeline __VERSION__: the script embed. This file's name never changes; it loads the
// hashed bundle beside it. Usage: <crisis-timeline lang="en"></crisis-timeline>, or
// <div data-crisis-timeline data-lang="en"></div>, and
// <script type="module" src="…/crisis-timeline.js"></script>. The story is the one built in
// (story.json, beside this file), or the element's own <script type="application/json">, or the
// one at its src. A widget further down the page costs its reader nothing until it comes near
// (loading="eager" loads it at once).
// API: CrisisTimeline.mount(element, options), where options.story or options.src give a story.
// The build puts the rules here (tools/build/entry.mjs): this file stays one request.
import { cssVars, likelyHeight, markerTransform, reservedHeights, LIVE_OPTIONS, NEAR_MARGIN, OPTION_NAMES, OWN_PAGES } from "./rules.js";

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
/** The widget's stylesheet in the browser's cache before the first widget is drawn: the link in
 * its shadow root then applies at once, rather than after the widget was drawn unstyled, which
 * moved the article under it (a layout shift of 0.15 at 390 px, 0.79 at 1280). A failure only
 * ends the wait: the link reports it. */
let fetchedSheet;
const stylesheetFetched = () =>
  (fetchedSheet ??= new Promise((resolve) => {
    const link = Object.assign(document.createElement("link"), { rel: "preload", as: "style", href: stylesheet });
    link.onload = link.onerror = () => resolve();
    (document.head ?? document.documentElement).append(link);
  }));

/** When the widget cannot go on: why, in the console, and the static list of events that the
 * build wrote into the widget's own pages shown in place of the widget, never a frozen one. */
function failed(why) {
  console.error(`crisis-timeline: ${why}; the static list of events is shown instead`);
  for (const ownPage of document.querySelectorAll(OWN_PAGES)) {
    ownPage.parentElement?.classList.add("ct-failed");
  }
}

let started;
/** The JS glue and the wasm, loaded and started once, when the first widget needs them, with the
 * widget's stylesheet fetched beside them. */
function start() {
  started ??= Promise.all([import("./__GLUE__"), stylesheetFetched()])
    .then(async ([glue]) => {
      const exports = await glue.default({ module_or_path: new URL("./__WASM__", here) });
      // The widget's words in every language but English, beside this file: fetched by the
      // widget for the language a story is shown in, when the story does not carry them.
      glue.wordsAt(new URL("./locales/", here).href);
      return { mount: glue.mount, exports };
    })
    .catch((error) => {
      failed(`the widget could not start (${error})`);
      throw error;
    });
  return started;
}

// The widget's own pages show it from the first paint (prerendered): their wasm starts at once
// (what the reader presses meanwhile is kept by www/presses.js).
if (document.querySelector(OWN_PAGES)) {
  // A failed start is reported above.
  start().catch(() => {});
  // A wasm that stops on an internal error (a trap: the release build aborts at once on a panic,
  // with no hook of its own, see .ci/trunk-release) stops for good. On its own pages, no other
  // wasm runs, so a trap is the widget's.
  const trapped = (error) => globalThis.WebAssembly && error instanceof WebAssembly.RuntimeError;
  const onTrap = (error) => trapped(error) && failed(`the widget stopped on an internal error (${error})`);
  addEventListener("error", (event) => onTrap(event.error));
  addEventListener("unhandledrejection", (event) => onTrap(event.reason));
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
export const mount = (element, options = {}) => mountUnless(element, options);

/** The one mount sequence of every embed: the wasm and the built-in story (when the options give
 * none) fetched side by side, then the widget mounted in a shadow root of `element`, unless
 * `signal` was aborted meanwhile (the element left the page): then undefined. */
async function mountUnless(element, options, signal) {
  const [widget, builtIn] = await Promise.all([start(), builtInFor(options)]);
  return signal?.aborted ? undefined : widget.mount(element, options, stylesheet, ...builtIn);
}

/** Mounts a timeline into `element` itself, without a shadow root, replacing what the build
 * prerendered there: for pages that carry the widget's stylesheet (the standalone and embed pages). */
export async function mountInPage(element, options = {}) {
  return (await start()).mount(element, options, undefined);
}

/** The story an element holds as JSON (<script type="application/json">), read as text. */
const inlineStory = (host) => host.querySelector(':scope > script[type="application/json"]')?.textContent;

/** The options of a [data-crisis-timeline] element: its data-* attributes, and its own story. */
function optionsOf(host) {
  const { loading, ...options } = host.dataset;
  const inline = inlineStory(host);
  if (inline != null) options.story = inline;
  return options;
}

/** Resolves when `host` comes within about 1.5 viewports of the visible area, or gets the focus
 * or a pointer: a reader who never gets near the widget never downloads it. `loading` is the
 * host's option ("lazy" or "eager"); `signal` stops the wait and releases what it holds. */
function nearby(host, loading = "lazy", signal) {
  if (loading !== "lazy" && loading !== "eager") {
    console.warn(`crisis-timeline: option 'loading' has the value '${loading}', expected 'lazy' or 'eager'; the default is used`);
  }
  if (loading === "eager" || !("IntersectionObserver" in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = new AbortController();
    const near = () => {
      stop.abort();
      resolve();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), {
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(host);
    stop.signal.addEventListener("abort", () => observer.disconnect());
    signal?.addEventListener("abort", () => stop.abort(), { signal: stop.signal });
    for (const type of ["focusin", "pointerdown"]) host.addEventListener(type, near, { signal: stop.signal });
  });
}

/** Keeps `host` at the widget's likely height until its story is shown or a message stands in
 * for it, unless the host set a height of its own; `signal` gives the height back early. The
 * height the host stylesheet (crisis-timeline-host.css) kept from the first paint stays as it
 * is, so that nothing moves; without that sheet, the height is reckoned from the element's width
 * and the story's own heights, when its style gives them. */
function reserve(host, signal) {
  if (host.style.minHeight || host.dataset.height || host.hasAttribute("height")) return;
  const kept = parseFloat(getComputedStyle(host).minHeight) || 0;
  host.style.minHeight = `${kept || likelyHeight(host.getBoundingClientRect().width, ...reservedHeights(host))}px`;
  const done = new AbortController();
  const release = () => {
    host.style.minHeight = "";
    done.abort();
  };
  for (const type of ["crisis-timeline:ready", "crisis-timeline:error"]) host.addEventListener(type, release, { signal: done.signal });
  signal?.addEventListener("abort", release, { signal: done.signal });
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
  return Promise.all(
    hosts.map(async (host) => {
      waiting.add(host);
      const givenUp = new AbortController();
      reserve(host, givenUp.signal);
      try {
        await nearby(host, host.dataset.loading);
        return await mount(host, optionsOf(host));
      } catch (error) {
        givenUp.abort();
        throw error;
      } finally {
        waiting.delete(host);
      }
    }),
  );
}

/** Attributes any element may carry, beside the options, that <crisis-timeline> does not warn of. */
const GLOBAL_ATTRIBUTE = /^(?:id|class|style|title|hidden|slot|part|exportparts|tabindex|dir|role|translate|inert|loading|data-.*|aria-.*)$/;

/** A block of its own before the widget's stylesheet arrives (a custom element is inline), so
 * that its reserved height holds; a rule of the shadow root, which the page's own rules for the
 * element override. Shared by every element; none where the browser cannot adopt sheets. */
let hostSheet;
function blockHost(shadow) {
  try {
    if (!hostSheet) {
      hostSheet = new CSSStyleSheet();
      hostSheet.replaceSync(":host{display:block}");
    }
    shadow.adoptedStyleSheets = [hostSheet];
  } catch {
    // Older engines: the element is a block once the widget's stylesheet has loaded.
  }
}

/** Whether `text` is an http or https address, relative to the page or whole. */
function webAddress(text) {
  try {
    return /^https?:$/.test(new URL(text, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** Whether `value` can be a story: an object, or the JSON text of one. Anything else is left
 * out before it reaches the widget, which keeps the story it shows. */
function storyLike(value) {
  let story = value;
  if (typeof value === "string") {
    try {
      story = JSON.parse(value);
    } catch {
      return false;
    }
  }
  return typeof story === "object" && story !== null && !Array.isArray(story);
}

/** `<crisis-timeline>`: the widget as a custom element. Its attributes are the options, by the
 * names of the data-* ones; `lang`, `start` and `theme` are taken on when they change, a new
 * `src` mounts its story, and the others are read when the element mounts. Leaving the page
 * releases everything the widget holds; coming back mounts it again. */
export class CrisisTimelineElement extends HTMLElement {
  static observedAttributes = OPTION_NAMES;
  /** The mounted widget's handle. */
  #handle = null;
  /** Stops a mount under way (or undoes a mounted one's height) when the element leaves. */
  #leaving = null;
  /** The story set as a property. */
  #story = null;
  /** Whether the element has left the page since it last mounted. */
  #removed = false;

  connectedCallback() {
    for (const name of this.getAttributeNames()) {
      if (!OPTION_NAMES.includes(name) && !GLOBAL_ATTRIBUTE.test(name)) {
        console.warn(`crisis-timeline: <crisis-timeline> has no attribute '${name}'; it is ignored`);
      }
    }
    this.#mount();
  }

  disconnectedCallback() {
    this.#unmount();
    this.#removed = true;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.#leaving) return; // read when the element mounts
    if (name === "src") {
      if (value !== null && !webAddress(value)) {
        console.warn(`crisis-timeline: option 'src' has the value '${value}', expected the address of a story (http or https); the story shown stays`);
      } else {
        this.#remount();
      }
    } else if (!LIVE_OPTIONS.includes(name)) {
      console.warn(`crisis-timeline: option '${name}' is read when the timeline mounts; remove the element and put it back to change it`);
    } else if (value !== null || name === "theme") {
      // Before the widget is there, it reads the attribute when it mounts.
      this.#handle?.setOption(name, value ?? "auto");
    }
  }

  /** The story set as a property (an object, or its JSON text), or null. */
  get story() {
    return this.#story;
  }

  set story(value) {
    if (!storyLike(value)) {
      console.warn("crisis-timeline: the story property takes a story (an object, or its JSON text); the story shown stays");
      return;
    }
    this.#story = value;
    if (this.#leaving) this.#remount();
  }

  /** Selects the event with id `id`; false when there is none (or no timeline yet). */
  goTo(id) {
    return this.#call("goTo", id) ?? false;
  }
  next() {
    this.#call("next");
  }
  prev() {
    this.#call("prev");
  }
  play() {
    this.#call("play");
  }
  pause() {
    this.#call("pause");
  }

  #call(method, ...args) {
    if (this.#handle) return this.#handle[method](...args);
    const when = this.#removed ? "after the element left the page" : "before the timeline was mounted (listen for crisis-timeline:ready)";
    console.warn(`crisis-timeline: ${method}() was called ${when}; it does nothing`);
  }

  #options() {
    const options = {};
    for (const name of OPTION_NAMES) {
      if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    }
    const story = this.#story ?? inlineStory(this);
    if (story != null) options.story = story;
    return options;
  }

  #mount() {
    this.#removed = false;
    const leaving = (this.#leaving = new AbortController());
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    blockHost(shadow);
    reserve(this, leaving.signal);
    nearby(this, this.getAttribute("loading") ?? "lazy", leaving.signal)
      .then(async () => {
        if (leaving.signal.aborted) return;
        const handle = await mountUnless(this, this.#options(), leaving.signal);
        if (handle) this.#handle = handle;
      })
      .catch(() => {}); // a failed start is reported above
  }

  #unmount() {
    this.#leaving?.abort();
    this.#leaving = null;
    this.#handle?.destroy();
    this.#handle = null;
  }

  #remount() {
    this.#unmount();
    this.#mount();
  }
}
if (!customElements.get("crisis-timeline")) customElements.define("crisis-timeline", CrisisTimelineElement);

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
