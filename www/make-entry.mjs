// Trunk post-build hook, on the staged bundle:
// 1. writes crisis-timeline.js, the entry of every page and of the script embed, from
//    www/entry.js. Trunk hashes the bundle's file names; this entry keeps one stable name and
//    imports the hashed files beside it, so host pages never change their <script> tag;
// 2. points embed.html at the widget's hashed stylesheet;
// 3. shortens the names of the wasm's imports (www/short-imports.mjs) and minifies the JS glue
//    that wasm-bindgen wrote (Trunk leaves it as is), the entry, the rules module and the early
//    presses' script, and updates the glue's and the wasm's integrity hashes in index.html;
// 4. runs the prerender step (crates/tools, bin prerender), which writes the story into the pages;
// 5. writes oembed.json, the oEmbed answer for the story built, and points embed.html's discovery
//    link at it. oEmbed wants whole addresses: PUBLIC_URL is where the bundle will be served
//    (`make serve`'s address by default).
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { likelyHeight } from "./rules.js";
import { escapeHtml, iframeEmbedCode } from "./preview/embed-code.js";
import { shortenImports } from "./short-imports.mjs";

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

// The entry's source is www/entry.js; the hook fills in the hashed names and the version, and
// puts the rules it shares with the Rust code (www/rules.js) in place of their import.
const source = (name) => readFileSync(new URL(name, import.meta.url), "utf8");
const rulesImport = /^import \{[^}]*\} from "\.\/rules\.js";$/m;
const rules = source("./rules.js").replaceAll(/^export /gm, "");
const template = source("./entry.js");
if (!rulesImport.test(template)) throw new Error("make-entry: www/entry.js does not import the rules as expected");
const fill = { __GLUE__: glue, __WASM__: wasm, __STYLESHEET__: css, __VERSION__: version };
const entry = template
  .replace(rulesImport, () => rules)
  .replaceAll(/__(?:GLUE|WASM|STYLESHEET|VERSION)__/g, (name) => fill[name]);
console.log(`make-entry: crisis-timeline.js -> ${glue}, ${wasm}, ${css}`);

// Minify only release builds: development builds stay readable.
const release = process.env.TRUNK_PROFILE === "release";
// Build tools have their own home, tools/ (its package.json pins them).
const { minify } = await import(new URL("../tools/node_modules/terser/main.js", import.meta.url).href);
const small = async (code) => (release ? (await minify(code, { module: true, ecma: 2020 })).code : code);
writeFileSync(join(dir, "crisis-timeline.js"), await small(entry));
// The rules as a module of their own, for the iframe page's script.
const rulesPath = join(dir, "rules.js");
writeFileSync(rulesPath, await small(readFileSync(rulesPath, "utf8")));
// The classic script that keeps early presses (www/presses.js).
const pressesPath = join(dir, "presses.js");
if (release) writeFileSync(pressesPath, (await minify(readFileSync(pressesPath, "utf8"), { ecma: 2020 })).code);
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const gluePath = join(dir, glue);
const original = readFileSync(gluePath);
const wasmPath = join(dir, wasm);
const originalWasm = readFileSync(wasmPath);
// The wasm's imports get short names in both files (www/short-imports.mjs); wasm-bindgen names
// the glue's module after the crate's binary.
const short = release
  ? shortenImports(originalWasm, original.toString("utf8"), "./crisis-timeline_bg.js")
  : { wasm: originalWasm, glue: original.toString("utf8") };
writeFileSync(wasmPath, short.wasm);
const minified = await small(short.glue);
writeFileSync(gluePath, minified);
const index = join(dir, "index.html");
const html = readFileSync(index, "utf8");
writeFileSync(
  index,
  html
    .split(integrity(original)).join(integrity(minified))
    .split(integrity(originalWasm)).join(integrity(short.wasm)),
);

const embed = join(dir, "embed.html");
const page = readFileSync(embed, "utf8");
const linked = page.replace(/href="\.\/timeline\.css" data-widget-stylesheet/, `href="./${css}"`);
if (linked === page) throw new Error("make-entry: embed.html has no data-widget-stylesheet link");
writeFileSync(embed, linked);

// The prerender step is a native program of the tools crate, built apart from the wasm.
const root = fileURLToPath(new URL("..", import.meta.url));
/** The environment of a native build: without the release wasm's unstable settings
 * (.ci/trunk-release), which would rebuild the native standard library too. */
const nativeEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "RUSTC_BOOTSTRAP" && !name.startsWith("CARGO_UNSTABLE_")));
const prerender = spawnSync(
  "cargo",
  ["run", "--quiet", "-p", "crisis-tools", "--bin", "prerender", "--", dir],
  // A build of another story (STORY=…) keeps its own folder, so that neither build undoes the other's.
  { cwd: root, stdio: "inherit", env: { ...nativeEnv(), CARGO_TARGET_DIR: join(root, "target", process.env.STORY ? "prerender-story" : "prerender") } },
);
if (prerender.status !== 0) throw new Error("make-entry: the prerender step failed");

// oEmbed: a CMS given the address of embed.html finds this answer and pastes its html, the
// iframe loader's embed code, into the article.
const publicUrl = new URL(process.env.PUBLIC_URL || "http://127.0.0.1:8080/").href.replace(/\/?$/, "/");
const built = JSON.parse(readFileSync(join(dir, "story.json"), "utf8"));
const title = typeof built.title === "string" ? built.title : built.title[built.languages[0]];
const WIDTH = 640;
const oembed = {
  version: "1.0",
  type: "rich",
  provider_name: "crisis-timeline",
  provider_url: publicUrl,
  title,
  width: WIDTH,
  height: likelyHeight(WIDTH),
  html: iframeEmbedCode(publicUrl, "", title),
};
writeFileSync(join(dir, "oembed.json"), `${JSON.stringify(oembed, null, 2)}\n`);
const framePage = readFileSync(embed, "utf8");
const discovered = framePage.replace(
  /<link rel="alternate" type="application\/json\+oembed" href="\.\/oembed\.json" data-oembed \/>/,
  `<link rel="alternate" type="application/json+oembed" href="${publicUrl}oembed.json" title="${escapeHtml(title)}" />`,
);
if (discovered === framePage) throw new Error("make-entry: embed.html has no oEmbed discovery link");
writeFileSync(embed, discovered);
console.log(`make-entry: oembed.json for ${publicUrl}`);
