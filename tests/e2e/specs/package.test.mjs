// The npm package (`make package`), as a front-end project installs it: the tarball goes into an
// empty scratch project, whose page embeds the widget from node_modules and whose TypeScript
// finds the types through the package's exports.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { launch, watchErrors } from "../browser.mjs";
import { story } from "../story.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "(.+)"$/m)[1];
const TARBALL = process.env.PACKAGE ?? join(root, "target", `crisis-timeline-${version}.tgz`);
const TSC = join(root, "tests/e2e/node_modules/typescript/bin/tsc");
let project, site, browser;

before(async () => {
  project = mkdtempSync(join(tmpdir(), "crisis-timeline-host-project-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "host-project", private: true, type: "module" }));
  const install = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", TARBALL], { cwd: project, encoding: "utf8" });
  assert.equal(install.status, 0, install.stderr);
  writeFileSync(
    join(project, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host project</title><link rel="icon" href="data:,"></head>
<body><h1>A page of the host project</h1><crisis-timeline lang="en" loading="eager"></crisis-timeline>
<script type="module" src="/node_modules/crisis-timeline/crisis-timeline.js"></script></body></html>`,
  );
  site = await serve(project);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

test("the package holds the bundle, its types, README, guides and LICENSE, and names them in its exports", () => {
  const installed = join(project, "node_modules", "crisis-timeline");
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(manifest.version, version);
  assert.deepEqual(manifest.exports["."], { types: "./crisis-timeline.d.ts", default: "./crisis-timeline.js" });
  for (const file of ["crisis-timeline.js", "crisis-timeline.d.ts", "story.json", "embed.html", "crisis-timeline-iframe.js", "README.md", "docs/guide/embedding.md", "docs/guide/serving.md", "LICENSE"]) {
    assert.ok(existsSync(join(installed, file)), `${file} is in the package`);
  }
  assert.ok(!existsSync(join(installed, "demo")), "the demo pages stay out of the package");
});

test("a page of the host project shows the widget from node_modules", async () => {
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.url}/index.html`);
  await page.waitForFunction(
    (headline) => document.querySelector("crisis-timeline").shadowRoot?.querySelector("article.ct-card .ct-card__headline")?.textContent === headline,
    story.events[0].headline.en,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host project's TypeScript finds the types through the package", () => {
  writeFileSync(
    join(project, "main.ts"),
    `import { mount, type TimelineHandle } from "crisis-timeline";\nconst handle: Promise<TimelineHandle | undefined> = mount(document.body, { lang: "en" });\nvoid handle;\n`,
  );
  const options = ["--noEmit", "--strict", "--module", "esnext", "--moduleResolution", "bundler", "--target", "es2022", "--lib", "dom,es2022", "main.ts"];
  const run = spawnSync(process.execPath, [TSC, ...options], { cwd: project, encoding: "utf8" });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
