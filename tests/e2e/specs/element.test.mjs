// <crisis-timeline>, the widget as a custom element: its attributes are the options and it
// takes on lang, theme and start when they change; its methods, and the events a host counts
// readers by (select, play, complete); a host styling its parts; leaving the page releases
// everything, 100 times over; and each bad input is one console warning that changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleAndBrowser } from "../harness.mjs";
import { watchErrors } from "../browser.mjs";
import { countHeld } from "../held.mjs";
import { cuba, story, valdoria } from "../story.mjs";

/** The strict policy the README asks of a host page. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** A folder of host pages: `<name>.html` for each body, under the strict policy, and the second
 * story as JSON. */
function hostPages(bodies) {
  const dir = mkdtempSync(join(tmpdir(), "crisis-timeline-element-"));
  for (const [name, body] of Object.entries(bodies)) {
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><link rel="stylesheet" href="/host/host.css"></head>
<body>${body}<script type="module" src="/crisis-timeline.js"></script></body></html>`,
    );
  }
  writeFileSync(join(dir, "host.css"), "crisis-timeline::part(card) { outline: 4px solid rgb(255, 0, 0); }\ncrisis-timeline::part(strip), crisis-timeline::part(navigator) { outline: 3px dashed rgb(0, 0, 255); }\n");
  writeFileSync(join(dir, "cuba.json"), JSON.stringify(cuba));
  writeFileSync(join(dir, "valdoria.json"), JSON.stringify(valdoria));
  return dir;
}

const [first, second, third] = story.events;
const last = story.events.at(-1);
const run = bundleAndBrowser(
  {},
  {
    "/host/": hostPages({
      element: `<crisis-timeline id="t" lang="en" start="${second.id}"></crisis-timeline>`,
      latest: `<crisis-timeline id="t" start="latest" loading="eager"></crisis-timeline>`,
      typo: `<crisis-timeline id="t" lnag="fr"></crisis-timeline>`,
      languages: `<crisis-timeline id="t" lang="uk" src="/host/valdoria.json" loading="eager"></crisis-timeline>`,
      empty: "",
    }),
  },
);

/** A page of `name`, with its console warnings, errors and policy violations. */
async function open(name) {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__heard = [];
    for (const type of ["select", "play", "complete"]) {
      document.addEventListener(`crisis-timeline:${type}`, (e) => window.__heard.push([type, e.detail.id, e.detail.index, e.detail.events]));
    }
  });
  await page.goto(`${run.base}/host/${name}.html`);
  return { context, page, warnings, errors };
}

/** What the element `#t` shows: its language, theme classes and the visible card's headline. */
const shown = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("#t").shadowRoot;
    const widget = root?.querySelector(".ct");
    return {
      lang: widget?.lang,
      dark: widget?.classList.contains("ct--dark") ?? false,
      headline: root?.querySelector("article.ct-card .ct-card__headline")?.textContent ?? null,
    };
  });

/** Waits until the visible card of `#t` has `headline`. */
const headlineIs = (page, headline) =>
  page.waitForFunction((h) => document.querySelector("#t").shadowRoot?.querySelector("article.ct-card .ct-card__headline")?.textContent === h, headline);

test("the element shows its story as its attributes say, and takes on lang, theme and start when they change", async () => {
  const { context, page, warnings, errors } = await open("element");
  await headlineIs(page, second.headline.en);
  assert.deepEqual(await shown(page), { lang: "en", dark: false, headline: second.headline.en });
  await page.evaluate(() => document.querySelector("#t").setAttribute("lang", "fr"));
  await headlineIs(page, second.headline.fr);
  await page.evaluate(() => document.querySelector("#t").setAttribute("theme", "dark"));
  await page.waitForFunction(() => document.querySelector("#t").shadowRoot.querySelector(".ct--dark"));
  await page.evaluate((id) => document.querySelector("#t").setAttribute("start", id), third.id);
  await headlineIs(page, third.headline.fr);
  await page.evaluate(() => document.querySelector("#t").setAttribute("start", "latest"));
  await headlineIs(page, last.headline.fr);
  await page.evaluate(() => document.querySelector("#t").removeAttribute("theme"));
  await page.waitForFunction(() => !document.querySelector("#t").shadowRoot.querySelector(".ct--dark"));
  assert.deepEqual(await shown(page), { lang: "fr", dark: false, headline: last.headline.fr });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the methods move the reader, and the host hears select, play and complete", async () => {
  const { context, page, warnings, errors } = await open("element");
  await headlineIs(page, second.headline.en);
  const count = story.events.length;
  const heard = await page.evaluate(
    async ([id, beforeLast]) => {
      const element = document.querySelector("#t");
      // Waits until the host has heard `n` events in all, 3 s at most (the assertion below says
      // what it heard): each call is made once the one before it was heard.
      const heardAll = async (n) => {
        const end = performance.now() + 3_000;
        while (window.__heard.length < n && performance.now() < end) await new Promise((r) => setTimeout(r, 10));
      };
      window.__heard.length = 0;
      const found = element.goTo(id);
      await heardAll(1);
      element.next();
      await heardAll(2);
      element.prev();
      await heardAll(3);
      element.goTo(beforeLast);
      await heardAll(4);
      element.next(); // the last event: select, then complete
      await heardAll(6);
      element.prev();
      await heardAll(7);
      element.next(); // the last again: complete is not heard twice
      await heardAll(8);
      element.goTo(id);
      await heardAll(9);
      element.play();
      await heardAll(10);
      element.pause();
      // Nothing is to be heard of a pause: a moment for anything that would come.
      await new Promise((r) => setTimeout(r, 100));
      return { found, missing: element.goTo("no-such-event"), heard: window.__heard };
    },
    [first.id, story.events.at(-2).id],
  );
  assert.equal(heard.found, true);
  assert.equal(heard.missing, false);
  assert.deepEqual(heard.heard, [
    ["select", first.id, 0, count],
    ["select", second.id, 1, count],
    ["select", first.id, 0, count],
    ["select", story.events.at(-2).id, count - 2, count],
    ["select", last.id, count - 1, count],
    ["complete", last.id, count - 1, count],
    ["select", story.events.at(-2).id, count - 2, count],
    ["select", last.id, count - 1, count],
    ["select", first.id, 0, count],
    ["play", first.id, 0, count],
  ]);
  assert.deepEqual(warnings, ["crisis-timeline: goTo(): no event has the id 'no-such-event'"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a widget that opens on the last event has not been read to the end", async () => {
  const { context, page } = await open("latest");
  // No lang attribute: the widget speaks the English article's language.
  await headlineIs(page, last.headline.en);
  // Nothing more is to be heard: a moment in which a 'complete' would come.
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__heard.map((h) => h[0])), ["select"]);
  await context.close();
});

test("a host styles the card, the strip and the navigator through their parts", async () => {
  const { context, page } = await open("element");
  await headlineIs(page, second.headline.en);
  const outlines = await page.evaluate(() => {
    const root = document.querySelector("#t").shadowRoot;
    const outline = (selector) => getComputedStyle(root.querySelector(selector)).outlineColor;
    return { card: outline("article.ct-card"), strip: outline(".ct-strip"), navigator: outline(".ct-nav") };
  });
  assert.deepEqual(outlines, { card: "rgb(255, 0, 0)", strip: "rgb(0, 0, 255)", navigator: "rgb(0, 0, 255)" });
  await context.close();
});

test("leaving the page releases everything, coming back mounts again, and 100 cycles hold nothing more", async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await countHeld(page);
  await page.goto(`${run.base}/host/empty.html`);
  await page.waitForFunction(() => window.CrisisTimeline);
  const cdp = await context.newCDPSession(page);
  /** Listeners and nodes (the browser's own counts), heap bytes after a collection, and the
   * wasm's memory. */
  const measure = async () => {
    // Twice: the first collection runs the finalizers of the handles, which let the wasm's
    // hold on the elements go; the second takes the elements.
    await cdp.send("HeapProfiler.collectGarbage");
    await page.waitForTimeout(100);
    await cdp.send("HeapProfiler.collectGarbage");
    const { jsEventListeners, nodes } = await cdp.send("Memory.getDOMCounters");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { jsEventListeners, nodes, heap: usedSize, wasm: await page.evaluate(() => window.CrisisTimeline.memoryBytes()) };
  };
  const cycles = (n, autoplay) =>
    page.evaluate(
      async ([n, autoplay]) => {
        const element = document.createElement("crisis-timeline");
        element.setAttribute("lang", "en");
        if (autoplay) element.setAttribute("autoplay", "");
        const results = [];
        for (let i = 0; i < n; i++) {
          const ready = new Promise((r) => element.addEventListener("crisis-timeline:ready", r, { once: true }));
          document.body.append(element);
          await ready;
          results.push(element.shadowRoot.querySelectorAll("article.ct-card").length);
          if (autoplay) element.next();
          element.remove();
        }
        // Timers or listeners left by a removed widget would show in the count a moment on.
        await new Promise((r) => setTimeout(r, 100));
        return { cards: results, held: window.__held() };
      },
      [n, autoplay],
    );
  const before = await page.evaluate(() => window.__held());
  const once = await cycles(1, true);
  assert.deepEqual(once.cards, [1], "the element mounted");
  assert.deepEqual(once.held, before, "a removed element still held something");
  const warm = await cycles(10, false);
  const start = await measure();
  const many = await cycles(100, false);
  const end = await measure();
  console.log(`100 cycles: ${JSON.stringify({ start, end })}`);
  assert.deepEqual(many.cards, Array(100).fill(1), "every cycle mounted the widget again");
  assert.deepEqual(many.held, before);
  // Yew leaves its listeners on the element an app renders into: before its roots were reused
  // (src/embed/parking.rs), 8 more per cycle, 800 in all.
  assert.equal(end.jsEventListeners, start.jsEventListeners, "listeners grew over 100 cycles");
  assert.equal(end.nodes, start.nodes, "nodes grew over 100 cycles");
  // The heap moves a little with the engine's own caches (56 kB measured); the roots not
  // reused grew it by 259 kB.
  assert.ok(end.heap - start.heap < 192 * 1024, `the heap grew by ${end.heap - start.heap} B over 100 cycles`);
  // The wasm's memory grows by 64 kB pages when its allocator finds no room for the story's
  // text (42 kB) and what is read from it, in steps with hundreds of cycles between them:
  // 256 to 512 kB over these 100 cycles, 1 MB over 1,000. A story's text kept by each cycle
  // would be 4 MB over 100, its dataset more.
  assert.ok(end.wasm - start.wasm <= 1024 * 1024, `the wasm's memory grew by ${end.wasm - start.wasm} B over 100 cycles`);
  assert.deepEqual(warm.held, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the lang attribute and the iframe's address take any of the story's tags, and refuse one it lacks", async () => {
  const { context, page, warnings, errors } = await open("languages");
  const opening = valdoria.events[0].headline;
  await headlineIs(page, opening.uk);
  assert.equal((await shown(page)).lang, "uk");
  await page.evaluate(() => document.querySelector("#t").setAttribute("lang", "pt-br"));
  await headlineIs(page, opening["pt-BR"]);
  assert.equal((await shown(page)).lang, "pt-BR");
  await page.evaluate(() => document.querySelector("#t").setAttribute("lang", "fr"));
  // The warning that refuses it, which comes with the widget's answer; nothing else is to change.
  for (const end = Date.now() + 5_000; warnings.length === 0 && Date.now() < end; ) await page.waitForTimeout(20);
  assert.equal((await shown(page)).headline, opening["pt-BR"], "a language the story lacks changes nothing");
  assert.deepEqual(warnings, [
    "crisis-timeline: option 'lang' has the value 'fr', expected a language the story is told in ('de', 'es', 'uk', 'pt-BR'); the widget stays as it was",
  ]);
  // The iframe's page, by its address.
  await page.goto(`${run.base}/embed.html?src=${encodeURIComponent("/host/valdoria.json")}&lang=es`);
  await page.waitForFunction((h) => document.querySelector("article.ct-card .ct-card__headline")?.textContent === h, opening.es);
  assert.equal(await page.evaluate(() => document.querySelector(".ct").lang), "es");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a new src or story property shows that story", async () => {
  const { context, page, warnings, errors } = await open("element");
  await headlineIs(page, second.headline.en);
  await page.evaluate(() => {
    const element = document.querySelector("#t");
    element.removeAttribute("start");
    element.setAttribute("src", "/host/cuba.json");
  });
  await headlineIs(page, cuba.events[0].headline.en);
  await page.evaluate((story) => (document.querySelector("#t").story = story), JSON.parse(JSON.stringify(story)));
  await headlineIs(page, first.headline.en);
  assert.equal(await page.evaluate(() => typeof document.querySelector("#t").story), "object");
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("each bad input is one clear warning, and the widget stays as it was", async () => {
  const { context, page, warnings, errors } = await open("typo");
  await headlineIs(page, first.headline.en);
  const card = await page.evaluateHandle(() => document.querySelector("#t").shadowRoot.querySelector("article.ct-card"));
  await page.evaluate(async () => {
    const element = document.querySelector("#t");
    element.setAttribute("src", "javascript:alert(1)");
    element.story = 42;
    element.story = "{ not a story";
    element.story = [1, 2];
    element.setAttribute("interval", "2000");
    element.setAttribute("lang", "de");
    document.createElement("crisis-timeline").next();
    // None of these is to change the widget: a moment in which a change would show.
    await new Promise((r) => setTimeout(r, 300));
  });
  assert.ok(await card.evaluate((c) => c.isConnected), "the widget was mounted again");
  assert.deepEqual(await shown(page), { lang: "en", dark: false, headline: first.headline.en });
  const removed = await page.evaluate(() => {
    const element = document.querySelector("#t");
    element.remove();
    return element.goTo("agreement");
  });
  assert.equal(removed, false);
  assert.deepEqual(warnings, [
    "crisis-timeline: <crisis-timeline> has no attribute 'lnag'; it is ignored",
    "crisis-timeline: option 'src' has the value 'javascript:alert(1)', expected the address of a story (http or https); the story shown stays",
    "crisis-timeline: the story property takes a story (an object, or its JSON text); the story shown stays",
    "crisis-timeline: the story property takes a story (an object, or its JSON text); the story shown stays",
    "crisis-timeline: the story property takes a story (an object, or its JSON text); the story shown stays",
    "crisis-timeline: option 'interval' is read when the timeline mounts; remove the element and put it back to change it",
    "crisis-timeline: option 'lang' has the value 'de', expected a language the story is told in ('fr', 'en'); the widget stays as it was",
    "crisis-timeline: next() was called before the timeline was mounted (listen for crisis-timeline:ready); it does nothing",
    "crisis-timeline: goTo() was called after the element left the page; it does nothing",
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});
