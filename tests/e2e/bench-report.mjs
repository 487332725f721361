// The benchmark's report (bench.mjs): BENCHMARKS.md's first sections, from the runs' figures.
import { cpus, totalmem } from "node:os";
import { CHROMIUM } from "./browser.mjs";
import { story } from "./story.mjs";
import { OURS, TIMELINEJS } from "./bench-load.mjs";

/** The median of `values`. */
export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v) => `${Math.round(v)} ms`;

/** The report, in Markdown, of `results` (page loads by tool), `scale` (by number of events)
 * and `smooth` (autoplay), made with `runs` and `scaleRuns` runs in Chromium `version`. */
export function benchReport({ runs: RUNS, scaleRuns: SCALE_RUNS, results, scale, smooth, version }) {
  const rows = [
    ["bytes transferred (gzip)", (r) => r.bytes, kb],
    ["first event text visible", (r) => r.visible, ms],
    ["page idle", (r) => r.idle, ms],
    ["long tasks (> 50 ms) during load", (r) => r.loadTasks, String],
    ["long tasks during the walk", (r) => r.walk.tasks, String],
    ["frames over 20 ms during the walk", (r) => r.walk.slowFrames, String],
    ["JS heap + wasm memory after the walk", (r) => r.memory, kb],
  ];
  const a = results[OURS.name];
  const b = results[TIMELINEJS.name];
  let table = `| measure (median, spread over ${RUNS} runs) | ${OURS.name} | ${TIMELINEJS.name} | ratio |\n|---|---|---|---|\n`;
  for (const [label, pick, format] of rows) {
    const x = median(a.map(pick));
    const y = median(b.map(pick));
    const ratio = y === 0 ? (x === 0 ? "=" : "—") : (x / y).toFixed(2);
    table += `| ${label} | ${format(x)} (${spread(a.map(pick))}) | ${format(y)} (${spread(b.map(pick))}) | ${ratio} |\n`;
  }
  let scaleTable = `| events | first render, crisis-timeline | same, page already showing a widget | step, crisis-timeline | first render, TimelineJS | step, TimelineJS | first render ratio |\n|---|---|---|---|---|---|---|\n`;
  const stepText = (values) => `${median(values).toFixed(2)} ms`;
  for (const { n, ours: o, warm: w, timelinejs: t } of scale) {
    const failed = t.find((r) => r.error);
    const first = (runs) => `${ms(median(runs.map((r) => r.firstRender)))} (${spread(runs.map((r) => r.firstRender))})`;
    const tjs = failed ? [`did not finish: ${failed.error}`, "—", "—"] : [
      first(t),
      stepText(t.map((r) => r.step)),
      (median(o.map((r) => r.firstRender)) / median(t.map((r) => r.firstRender))).toFixed(3),
    ];
    scaleTable += `| ${n.toLocaleString("en")} | ${first(o)} | ${first(w)} | ${stepText(o.map((r) => r.step))} | ${tjs[0]} | ${tjs[1]} | ${tjs[2]} |\n`;
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, ${version.startsWith("1") ? "Chromium " + version : version} headless (${CHROMIUM})`;
  const date = new Date().toISOString().slice(0, 10);
  const report = `# Benchmarks

Made by \`make bench\` (\`node tests/e2e/bench.mjs dist --runs ${RUNS} --scale-runs ${SCALE_RUNS}\`) on ${date}.
Machine: ${machine}.

## Side by side: the ${story.events.length} events of the story

Both pages are served from localhost with no compression on the wire; bytes are the gzipped size of
every response the page received. TimelineJS gets the same events (converted from the built page's
JSON-LD), in French, at 1280 × 900. Times are from the start of navigation. The walk goes through
every event (ArrowRight in the widget, \`goToNext()\` for TimelineJS), two frames apart. Runs
alternate between the two.

${table}
## Scale: synthetic events through the JS API

The events are made by a script in a blank page, as a host's would be. crisis-timeline, once its
script is ready: \`CrisisTimeline.mount(element, { events })\` until its \`crisis-timeline:ready\` event (validation
and a first frame included) and the layout after it, then the median of 60 \`next()\` steps until
the position has changed. TimelineJS: \`new TL.Timeline(…)\` until the first slide's headline is
laid out (60 s at most), then the median of 30 \`goToNext()\` calls. Medians (and spread) of
${SCALE_RUNS} runs for crisis-timeline, 3 for TimelineJS, alternating. Each run is a fresh page; in
the third column the page first showed the embedded story (mounted, then destroyed), so that what
every page pays once whatever the events is out of the figure: V8 compiling the wasm's functions
on their first call, on the main thread, and running them unoptimized at first; the first
shaping of text. The ratio is of the first column.

${scaleTable}
## Autoplay smoothness

Autoplay through all events at \`interval=1000\`, animations on: ${smooth.frames} frames, ${smooth.over20} over
20 ms; ${smooth.longTasks} main-thread tasks over 50 ms (longest ${Math.round(smooth.longest)} ms).
`;
  return report;
}
