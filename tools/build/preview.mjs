// Trunk post-build hook, on the staged bundle: builds the preview page's own wasm (the story
// tool's checks and TimelineJS import, crates/preview) into preview/, beside the page's
// scripts that Trunk copied there. It is a crate of its own, so that
// the widget's wasm never carries the TOML and CSV readers (make size prints the two apart).
// PREVIEW=off skips it, for a bundle that only needs the widget (the second story's, in tests).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleDir, release, root, small } from "./bundle.mjs";

const dir = bundleDir("preview");
if (process.env.PREVIEW === "off") {
  console.log("preview: skipped (PREVIEW=off)");
  process.exit(0);
}
const run = (command, args, env = {}) => {
  const done = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (done.status !== 0) throw new Error(`preview: ${command} ${args.join(" ")} failed`);
};

const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
run("cargo", ["build", "--quiet", "--target", "wasm32-unknown-unknown", "-p", "crisis-preview", "--bin", "preview", ...(release ? ["--release"] : [])]);
const built = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "preview.wasm");
const out = join(dir, "preview");
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "authoring", built]);
if (release) {
  const wasm = join(out, "authoring_bg.wasm");
  // The same passes as the widget's (Trunk's data-wasm-opt="z"); wasm-opt comes from tools/.
  run("wasm-opt", ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", wasm, "-o", wasm]);
  const glue = join(out, "authoring.js");
  writeFileSync(glue, await small(readFileSync(glue, "utf8")));
}
console.log(`preview: ${out}/authoring.js and its wasm`);
