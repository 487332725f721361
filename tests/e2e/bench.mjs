// The side-by-side benchmark: this widget and TimelineJS 3 on the same events, served from
// localhost and loaded in the same headless Chromium, alternating, N runs each (bench-load.mjs);
// then the scale test (100, 1,000 and 10,000 synthetic events, bench-scale.mjs) and autoplay
// smoothness (bench-smoothness.mjs). Prints a report (bench-report.mjs) and writes it to
// BENCHMARKS.md. Not part of `make test`: run `make bench`.
// Usage: node tests/e2e/bench.mjs [dist] [--runs N] [--out BENCHMARKS.md]
import { writeFileSync } from "node:fs";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { timelineJsSite, TL_DIST } from "./timelinejs.mjs";
import { measureLoad, OURS, TIMELINEJS } from "./bench-load.mjs";
import { oursScalePage, scaleOurs, scaleTimelineJs } from "./bench-scale.mjs";
import { smoothness } from "./bench-smoothness.mjs";
import { benchReport } from "./bench-report.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = args[0] && !args[0].startsWith("--") ? args[0] : "dist";
const RUNS = Number(option("--runs", 10));
const SCALE_RUNS = Number(option("--scale-runs", 5));
const OUT = option("--out", "BENCHMARKS.md");

const ours = await serve(DIST, 0, {}, { "/bench/": oursScalePage() });
const tl = await serve(timelineJsSite(DIST), 0, {}, { "/tl/": TL_DIST });
const browser = await launch();
const results = { [OURS.name]: [], [TIMELINEJS.name]: [] };
for (let run = 0; run < RUNS; run++) {
  results[OURS.name].push(await measureLoad(browser, `${ours.url}/`, OURS));
  results[TIMELINEJS.name].push(await measureLoad(browser, `${tl.url}/`, TIMELINEJS));
  process.stderr.write(`run ${run + 1}/${RUNS}\n`);
}
const scale = [];
for (const n of [100, 1000, 10000]) {
  const runs = { ours: [], warm: [], timelinejs: [] };
  for (let run = 0; run < SCALE_RUNS; run++) {
    runs.ours.push(await scaleOurs(browser, ours.url, n, false));
    runs.warm.push(await scaleOurs(browser, ours.url, n, true));
    // TimelineJS takes about 11 s at 10,000 events: three runs of it are enough for a median.
    if (run < 3) runs.timelinejs.push(await scaleTimelineJs(browser, tl.url, n));
  }
  scale.push({ n, ...runs });
  process.stderr.write(`scale ${n}\n`);
}
const smooth = await smoothness(browser, ours.url);
const version = browser.version();
await browser.close();
ours.server.close();
tl.server.close();

const report = benchReport({ runs: RUNS, scaleRuns: SCALE_RUNS, results, scale, smooth, version });
console.log(report);
writeFileSync(OUT, report);
console.error(`wrote ${OUT}`);
