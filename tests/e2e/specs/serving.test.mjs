// The bundle as a newsroom's server sends it: Caddy with the example configuration of the guides (docs/guide/serving.md)
// (docs/serving/Caddyfile) serves the release build, whose .br and .gz files the build wrote.
// What a browser asking for brotli, for gzip or for neither receives (encoding, bytes, caching
// headers), then the widget through that server in Chromium: mounted, no console error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { DIST } from "../harness.mjs";
import { launch } from "../browser.mjs";

const CADDYFILE = fileURLToPath(new URL("../../../docs/serving/Caddyfile", import.meta.url));
const server = { process: null, base: "", output: "" };

/** A free loopback port. */
const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** GET `path` with these request headers; resolves to the status, headers and raw body. */
const get = (path, headers = {}) =>
  new Promise((done, fail) => {
    const req = request(`${server.base}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });

before(async () => {
  const port = await freePort();
  server.process = spawn("caddy", ["run", "--config", CADDYFILE, "--adapter", "caddyfile"], {
    env: { ...process.env, PORT: String(port), BUNDLE: DIST },
  });
  server.process.stderr.on("data", (d) => (server.output += d));
  server.process.stdout.on("data", (d) => (server.output += d));
  server.base = `http://127.0.0.1:${port}`;
  // Ready when it answers, within 10 s.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await get("/");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`caddy did not answer on ${server.base}:\n${server.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});
after(() => server.process?.kill());

const page = readFileSync(join(DIST, "index.html"), "utf8");
const wasm = readdirSync(DIST).find((f) => /_bg\.wasm$/.test(f));
const glue = wasm.replace(/_bg\.wasm$/, ".js");
const css = readdirSync(DIST).find((f) => /^timeline-[0-9a-f]{12,16}\.css$/.test(f));

test("the release build writes each file's brotli and gzip forms beside it", () => {
  for (const name of ["index.html", wasm, glue, css, "crisis-timeline.js", "story.json"]) {
    const original = readFileSync(join(DIST, name));
    assert.deepEqual(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))), original, `${name}.br`);
    assert.deepEqual(gunzipSync(readFileSync(join(DIST, `${name}.gz`))), original, `${name}.gz`);
  }
});

test("a browser that accepts brotli gets every file of the page in brotli, the same bytes once decoded", async () => {
  assert.ok(page.includes(wasm) && page.includes(glue), "the page names its wasm and glue");
  for (const name of ["", wasm, glue, css, "crisis-timeline.js", "story.json"]) {
    const sent = await get(`/${name}`, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(sent.status, 200, name);
    assert.equal(sent.headers["content-encoding"], "br", `/${name} is sent in brotli`);
    assert.match(sent.headers.vary ?? "", /Accept-Encoding/i, `/${name} varies by encoding`);
    const original = readFileSync(join(DIST, name || "index.html"));
    assert.deepEqual(brotliDecompressSync(sent.body), original, `/${name} decodes to the file`);
    assert.ok(sent.body.length < original.length, `/${name} is smaller sent`);
  }
  const wasmSent = await get(`/${wasm}`, { "Accept-Encoding": "br" });
  assert.equal(wasmSent.headers["content-type"], "application/wasm", "streaming compilation needs it");
});

test("gzip to a browser without brotli, and the file itself to one that accepts neither", async () => {
  const gz = await get(`/${wasm}`, { "Accept-Encoding": "gzip" });
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.deepEqual(gunzipSync(gz.body), readFileSync(join(DIST, wasm)));
  const plain = await get(`/${wasm}`, { "Accept-Encoding": "identity" });
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.equal(plain.body.length, readFileSync(join(DIST, wasm)).length);
});

test("hashed files are cached for good; pages, the entry and the story are asked again and answered 304 when unchanged", async () => {
  for (const name of [wasm, glue, css]) {
    const sent = await get(`/${name}`, { "Accept-Encoding": "br" });
    assert.equal(sent.headers["cache-control"], "public, max-age=31536000, immutable", name);
  }
  for (const name of ["", "crisis-timeline.js", "story.json"]) {
    const sent = await get(`/${name}`, { "Accept-Encoding": "br" });
    assert.equal(sent.headers["cache-control"], "no-cache", `/${name}`);
    assert.ok(sent.headers.etag, `/${name} has an ETag`);
    const again = await get(`/${name}`, { "Accept-Encoding": "br", "If-None-Match": sent.headers.etag });
    assert.equal(again.status, 304, `/${name} unchanged: 304`);
  }
});

test("the widget mounts through this server in Chromium, with no console error", async () => {
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    tab.on("pageerror", (e) => errors.push(String(e)));
    const encodings = new Map();
    tab.on("response", (r) => encodings.set(new URL(r.url()).pathname, r.headers()["content-encoding"]));
    await tab.goto(`${server.base}/`);
    await tab.waitForSelector("[data-crisis-timeline-page][data-crisis-timeline-mounted]", { state: "attached" });
    await tab.click(".ct-next");
    assert.match(await tab.textContent(".ct-position"), /^2 \//);
    assert.deepEqual(errors, []);
    // Chromium asks for brotli over https only; on this plain-http loopback it gets gzip.
    assert.match(encodings.get(`/${wasm}`) ?? "", /^(br|gzip)$/, "the wasm came compressed");
  } finally {
    await browser.close();
  }
});
