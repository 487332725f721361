// What every post-build hook of Trunk.toml shares: the staged bundle's folder, its hashed files,
// the repository's root, whether the build is a release, and terser, which minifies release
// builds only (development builds stay readable).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** Whether Trunk builds for release (`trunk build --release`). */
export const release = process.env.TRUNK_PROFILE === "release";

/** The staged bundle's folder that the hook `name` works on: Trunk's, or the first argument. */
export function bundleDir(name) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error(`${name}: run as a Trunk hook, or pass the bundle folder`);
  return dir;
}

/** The hashed files of the bundle in `dir`: the JS glue, the wasm and the widget's stylesheet. */
export function hashedFiles(dir) {
  const files = readdirSync(dir);
  const find = (pattern, what) => {
    const found = files.filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${found.join(", ") || "none"}`);
    return found[0];
  };
  return {
    glue: find(/^crisis-timeline-[0-9a-f]+\.js$/, "JS glue"),
    wasm: find(/^crisis-timeline-[0-9a-f]+_bg\.wasm$/, "wasm file"),
    css: find(/^timeline-[0-9a-f]+\.css$/, "widget stylesheet"),
  };
}

/** `code` minified for a release build (`module`: an ES module), else as it is. */
export async function small(code, module = true) {
  if (!release) return code;
  const { minify } = await import("terser");
  return (await minify(code, { module, ecma: 2020 })).code;
}
