// Post-build job: runs the prerender step (crates/tools, bin prerender), a native program
// built apart from the wasm, which writes the story into the pages.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "./bundle.mjs";

/** The environment of a native build: without the release wasm's unstable settings
 * (.ci/trunk-release), which would rebuild the native standard library too. */
const nativeEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "RUSTC_BOOTSTRAP" && !name.startsWith("CARGO_UNSTABLE_")));

/** Writes the story into the pages of the bundle in `dir`. */
export function prerender(dir) {
  const done = spawnSync(
    "cargo",
    ["run", "--quiet", "-p", "crisis-tools", "--bin", "prerender", "--", dir],
    // A build of another story (STORY=…) keeps its own folder, so that neither build undoes the other's.
    { cwd: root, stdio: "inherit", env: { ...nativeEnv(), CARGO_TARGET_DIR: join(root, "target", process.env.STORY ? "prerender-story" : "prerender") } },
  );
  if (done.status !== 0) throw new Error("prerender: the prerender step failed");
}
