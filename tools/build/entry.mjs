// Post-build job: writes crisis-timeline.js, the entry of every page and of the script
// embed, from www/entry.js. Trunk hashes the bundle's file names; this entry keeps one stable
// name and imports the hashed files beside it, so host pages never change their <script> tag.
// The rules it shares with the Rust code (www/rules.js) take the place of their import, so that
// the entry stays one request; the rules module itself (for the iframe page's script) and the
// early presses' script (www/presses.js) are minified beside it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashedFiles, root, small } from "./bundle.mjs";

const source = (name) => readFileSync(join(root, name), "utf8");

/** Writes the entry into the bundle in `dir`, and minifies the rules and presses beside it. */
export async function writeEntry(dir) {
  const { glue, wasm, css } = hashedFiles(dir);
  const version = source("Cargo.toml").match(/^version = "(.+)"$/m)[1];
  const rulesImport = /^import \{[^}]*\} from "\.\/rules\.js";$/m;
  const rules = source("www/rules.js").replaceAll(/^export /gm, "");
  const template = source("www/entry.js");
  if (!rulesImport.test(template)) throw new Error("entry: www/entry.js does not import the rules as expected");
  const fill = { __GLUE__: glue, __WASM__: wasm, __STYLESHEET__: css, __VERSION__: version };
  const entry = template
    .replace(rulesImport, () => rules)
    .replaceAll(/__(?:GLUE|WASM|STYLESHEET|VERSION)__/g, (name) => fill[name]);
  writeFileSync(join(dir, "crisis-timeline.js"), await small(entry));
  for (const [name, module] of [["rules.js", true], ["presses.js", false]]) {
    const path = join(dir, name);
    writeFileSync(path, await small(readFileSync(path, "utf8"), module));
  }
  console.log(`entry: crisis-timeline.js -> ${glue}, ${wasm}, ${css}`);
}
