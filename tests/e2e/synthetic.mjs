// The benchmarks' synthetic events: the scale test's (tests/e2e/bench.mjs) and the story by URL's
// (tests/e2e/bench-story.mjs).

/** `n` synthetic events in the default story's frame, spread over its three segments and every
 * lane, in time order, in `zone`. Self-contained: the benchmark hands its source to the page. */
export function syntheticEvents(n, zone = "UTC") {
  const segments = [
    ["origins", Date.UTC(2016, 0, 1), Date.UTC(2023, 10, 1)],
    ["crisis", Date.UTC(2023, 10, 16, 8), Date.UTC(2023, 10, 22, 20)],
    ["epilogue", Date.UTC(2023, 11, 1), Date.UTC(2024, 5, 1)],
  ];
  const actors = ["openai", "altman", "sutskever", "staff", "microsoft", "investors"];
  const events = [];
  for (let i = 0; i < n; i++) {
    const s = Math.min(2, Math.floor((i * 3) / n));
    const [segment, from, to] = segments[s];
    const first = Math.ceil((s * n) / 3);
    const count = Math.ceil(((s + 1) * n) / 3) - first;
    const at = new Date(from + ((to - from) * (i - first)) / Math.max(1, count));
    const pad = (v) => String(v).padStart(2, "0");
    events.push({
      id: `e${i}`,
      date: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`,
      time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
      zone,
      segment,
      actors: [actors[i % actors.length]],
      status: "confirmed",
      headline: { fr: `Événement ${i}`, en: `Event ${i}` },
      body: { fr: `Texte de l'événement ${i}.`, en: `Text of event ${i}.` },
      sources: [{ outlet: "Essai", date: "2024" }],
    });
  }
  return events;
}
