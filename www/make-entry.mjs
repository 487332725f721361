// Trunk post-build hook, on the staged bundle:
// 1. writes crisis-timeline.js, the entry of every page and of the script embed. Trunk hashes the
//    bundle's file names; this entry keeps one stable name and imports the hashed files beside
//    it, so host pages never change their <script> tag;
// 2. points embed.html at the widget's hashed stylesheet;
// 3. minifies the JS glue that wasm-bindgen wrote (Trunk leaves it as is) and the entry, and
//    updates the glue's integrity hash in index.html;
// 4. runs the prerender step (src/bin/prerender.rs), which writes the story into the pages.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("make-entry: run as a Trunk hook, or pass the bundle folder");
const files = readdirSync(dir);
const find = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`make-entry: expected one ${what} in ${dir}, found ${found.join(", ") || "none"}`);
  return found[0];
};
const glue = find(/^crisis-timeline-[0-9a-f]+\.js$/, "JS glue");
const wasm = find(/^crisis-timeline-[0-9a-f]+_bg\.wasm$/, "wasm file");
const css = find(/^timeline-[0-9a-f]+\.css$/, "widget stylesheet");
const version = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8").match(/^version = "(.+)"$/m)[1];

const entry = `// crisis-timeline ${version}: the script embed. This file's name never changes; it loads the
// hashed bundle beside it. Usage: <div data-crisis-timeline data-lang="en"></div> and
// <script type="module" src="…/crisis-timeline.js"></script>. API: CrisisTimeline.mount(element, options).
import init, { mount as mountInto } from "./${glue}";

// The prerendered widget's positions are in data-ct-vars and data-ct-at (a strict CSP refuses
// style attributes): set them through the CSSOM now, before the wasm arrives and takes over, as
// src/embed/style_observer.rs does for the live widget.
for (const element of document.querySelectorAll("[data-ct-vars]")) {
  for (const pair of element.dataset.ctVars.split(";")) {
    const [name, value] = pair.split(":");
    if (/^--ct-[a-z-]+$/.test(name) && /^[0-9.%px-]+$/.test(value)) element.style.setProperty(name, value);
  }
}
for (const element of document.querySelectorAll("[data-ct-at]")) {
  const [x, row, level, rest] = element.dataset.ctAt.split(" ");
  if (/^[0-9.]+%$/.test(x) && /^\\d+$/.test(row) && /^\\d+$/.test(level) && rest === undefined) {
    element.style.transform = \`translate(\${x}, calc(\${row} * var(--ct-lane-h) + \${level} * var(--ct-level-h)))\`;
  }
}

const here = import.meta.url;
const stylesheet = new URL("./${css}", here).href;
const ready = init({ module_or_path: new URL("./${wasm}", here) }).catch((error) => {
  console.error(\`crisis-timeline: the widget could not start (\${error}); the static list of events is shown instead\`);
  for (const mount of document.querySelectorAll("[data-crisis-timeline-page], [data-crisis-timeline-frame]")) {
    mount.parentElement?.classList.add("ct-failed");
  }
  throw error;
});

/** Mounts a timeline into \`element\`; resolves to its handle (undefined when \`element\` is not an element). */
export async function mount(element, options = {}) {
  await ready;
  return mountInto(element, options, stylesheet);
}

/** Mounts a timeline into \`element\` itself, without a shadow root, replacing what the build
 * prerendered there: for pages that carry the widget's stylesheet (the standalone and embed pages). */
export async function mountInPage(element, options = {}) {
  await ready;
  return mountInto(element, options, undefined);
}

/** About the widget's height at a width, in pixels (measured: 1450 at 320, 1300 at 390, 830 at
 * 1280), reserved while the wasm loads so that the article does not jump when it arrives. */
const likelyHeight = (width) => Math.round(width < 600 ? 1300 + (390 - width) * 2 : Math.max(830, 1100 - (width - 600) * 0.4));

/** Mounts a timeline into every [data-crisis-timeline] element of \`root\` that has none yet. */
export async function mountAll(root = document) {
  const hosts = [...root.querySelectorAll("[data-crisis-timeline]:not([data-crisis-timeline-mounted])")];
  const reserved = hosts.filter((host) => !host.style.minHeight && !host.dataset.height);
  for (const host of reserved) host.style.minHeight = \`\${likelyHeight(host.getBoundingClientRect().width)}px\`;
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

const api = Object.freeze({ mount, mountAll, mountInPage, memoryBytes, version: ${JSON.stringify(version)} });
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
`;
console.log(`make-entry: crisis-timeline.js -> ${glue}, ${wasm}, ${css}`);

// Minify only release builds: development builds stay readable.
const release = process.env.TRUNK_PROFILE === "release";
const { minify } = await import(new URL("../tests/e2e/node_modules/terser/main.js", import.meta.url).href);
const small = async (code) => (release ? (await minify(code, { module: true, ecma: 2020 })).code : code);
writeFileSync(join(dir, "crisis-timeline.js"), await small(entry));
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const gluePath = join(dir, glue);
const original = readFileSync(gluePath);
const minified = await small(original.toString("utf8"));
writeFileSync(gluePath, minified);
const index = join(dir, "index.html");
const html = readFileSync(index, "utf8");
writeFileSync(index, html.split(integrity(original)).join(integrity(minified)));

const embed = join(dir, "embed.html");
const page = readFileSync(embed, "utf8");
const linked = page.replace(/href="\.\/timeline\.css" data-widget-stylesheet/, `href="./${css}"`);
if (linked === page) throw new Error("make-entry: embed.html has no data-widget-stylesheet link");
writeFileSync(embed, linked);

// The prerender step is a native program of this crate, built apart from the wasm.
const root = fileURLToPath(new URL("..", import.meta.url));
const prerender = spawnSync(
  "cargo",
  ["run", "--quiet", "--features", "prerender", "--bin", "prerender", "--", dir],
  { cwd: root, stdio: "inherit", env: { ...process.env, CARGO_TARGET_DIR: join(root, "target", "prerender") } },
);
if (prerender.status !== 0) throw new Error("make-entry: the prerender step failed");
