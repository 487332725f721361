// TimelineJS 3 on the same events as the widget's built page, for the benchmarks that compare the
// two (bench.mjs on a desktop, bench-phone.mjs on a slow phone): its site is a folder to serve,
// with TimelineJS's own files under /tl/.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCREENS } from "./deferred.mjs";

/** TimelineJS's built files, from the npm package the benchmarks install. */
export const TL_DIST = fileURLToPath(new URL("./node_modules/@knight-lab/timelinejs/dist", import.meta.url));

/** The events of the bundle in `dist`, as its built page's JSON-LD gives them, in TimelineJS's format. */
function timelineJsData(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const list = JSON.parse(html.match(/<script type="?application\/ld\+json"?>(.*?)<\/script>/s)[1]);
  const events = list.itemListElement.map(({ item }) => {
    const [date, time] = item.startDate.replace("Z", "").split("T");
    const [year, month, day] = date.split("-").map(Number);
    const start_date = { year, ...(month && { month }), ...(day && { day }) };
    if (time) [start_date.hour, start_date.minute] = time.split(":").map(Number);
    return { start_date, text: { headline: item.name, text: `<p>${item.description}</p>` } };
  });
  return { title: { text: { headline: list.name } }, events };
}

/** The TimelineJS page, as its embed code makes it: the timeline in a 640 px tall box. */
const embed = `<div id="timeline-embed" style="width: 100%; height: 640px"></div>
<script src="/tl/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline("timeline-embed", "/timeline.json", { language: "fr" });</script>`;

/** A folder holding TimelineJS's pages for the events of `dist`: `index.html` (the timeline
 * alone), `article.html` (the timeline SCREENS viewports down an article, as deferred.mjs's
 * articles place the widget; TimelineJS loads at once, wherever it is) and `scale.html` (a blank
 * page for the scale test). */
export function timelineJsSite(dist) {
  const dir = mkdtempSync(join(tmpdir(), "timelinejs-"));
  const head = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/tl/css/timeline.css"></head>`;
  const paragraph = "<p>Le conseil d’administration a annoncé vendredi le départ de son directeur général. Les salariés ont réagi dans la soirée.</p>";
  writeFileSync(join(dir, "timeline.json"), JSON.stringify(timelineJsData(dist)));
  writeFileSync(join(dir, "index.html"), `${head}\n<body>${embed}\n</body></html>`);
  writeFileSync(
    join(dir, "article.html"),
    `${head}\n<body><h1>La crise, heure par heure</h1>
<div id="before" style="min-height: ${SCREENS * 100}vh">${paragraph.repeat(12)}</div>
${embed}
<p>Fin de l’article.</p></body></html>`,
  );
  writeFileSync(
    join(dir, "scale.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>TimelineJS scale</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css"></head><body><div id="timeline-embed" style="width: 1280px; height: 640px"></div>
<script src="/tl/js/timeline.js"></script></body></html>`,
  );
  return dir;
}
