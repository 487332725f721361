// Trunk post-build hook: writes crisis-timeline.js, the script embed's entry. Trunk hashes the
// bundle's file names; this entry keeps one stable name and imports the hashed files beside it,
// so host pages never change their <script> tag.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

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

const here = import.meta.url;
const stylesheet = new URL("./${css}", here).href;
const ready = init({ module_or_path: new URL("./${wasm}", here) });

/** Mounts a timeline into \`element\`; resolves to its handle (undefined when \`element\` is not an element). */
export async function mount(element, options = {}) {
  await ready;
  return mountInto(element, options, stylesheet);
}

/** Mounts a timeline into every [data-crisis-timeline] element of \`root\` that has none yet. */
export async function mountAll(root = document) {
  await ready;
  const hosts = root.querySelectorAll("[data-crisis-timeline]:not([data-crisis-timeline-mounted])");
  return [...hosts].map((host) => mountInto(host, { ...host.dataset }, stylesheet));
}

const api = Object.freeze({ mount, mountAll, version: ${JSON.stringify(version)} });
// The one global: a namespaced entry point, left alone if the page already has one.
if (!("CrisisTimeline" in globalThis)) globalThis.CrisisTimeline = api;
export default api;

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => mountAll(), { once: true });
} else {
  mountAll();
}
`;
writeFileSync(join(dir, "crisis-timeline.js"), entry);
console.log(`make-entry: crisis-timeline.js -> ${glue}, ${wasm}, ${css}`);
