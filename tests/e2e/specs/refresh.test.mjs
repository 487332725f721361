// A developing story: a script embed with `refresh=30` fetches its story again, from a server
// that changes the file between fetches, and the reader never loses their place; so does the
// iframe embed, whose height follows the new version. The interval is 30 s, the shortest the
// option takes: the pages run on the browser's clock (Playwright's), which the tests move on by
// the interval rather than wait for it; the tests still run side by side, each with a story
// file of its own.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../serve.mjs";
import { launch } from "../browser.mjs";
import { DIST } from "../harness.mjs";
import { publishStories } from "../published.mjs";

/** The story built in, as the bundle serves it: the first version of the developing story. */
const first = JSON.parse(readFileSync(join(DIST, "story.json"), "utf8"));
const withEvents = (events) => JSON.stringify({ ...first, events });

/** The stories as published, on another origin: `/<name>.json` is test `name`'s story. */
const stories = new Map();
let storyServer, storyBase, bundle, browser, hosts;

before(async () => {
  ({ server: storyServer, base: storyBase } = await publishStories((path) => stories.get(path.slice(1).replace(/\.json$/, ""))));
  hosts = mkdtempSync(join(tmpdir(), "crisis-timeline-live-"));
  bundle = await serve(DIST, 0, {}, { "/live/": hosts });
  // Both sites are on loopback: Chromium's check of a page reaching another loopback site is
  // for intranets, not what this test is about.
  browser = await launch(["--disable-features=LocalNetworkAccessChecks"]);
});

after(async () => {
  await browser?.close();
  bundle?.server.close();
  storyServer?.close();
});

/** Opens test `name`'s host page, with `widgets` widgets of its story (the first version), waits
 * for them, and records their events and console messages. */
async function open(name, widgets = 1) {
  const story = { text: JSON.stringify(first), requests: 0, notModified: 0 };
  stories.set(name, story);
  const widget = `<div data-crisis-timeline data-src="${storyBase}/${name}.json" data-refresh="30" data-loading="eager"></div>`;
  writeFileSync(
    join(hosts, `${name}.html`),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Live</title><link rel="icon" href="data:,"></head>
<body>${widget.repeat(widgets)}<script type="module" src="/crisis-timeline.js"></script></body></html>`,
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  const page = await context.newPage();
  await page.clock.install();
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ["update", "error"]) {
      document.addEventListener(`crisis-timeline:${type}`, (e) => window.__events.push({ type, detail: e.detail }));
    }
  });
  await page.goto(`${bundle.url}/live/${name}.html`);
  await page.waitForFunction(() => [...document.querySelectorAll("[data-crisis-timeline]")].every((h) => h.shadowRoot?.querySelector("article.ct-card")));
  return { context, page, messages, story };
}

/** Text in the first widget's shadow root. */
const inWidget = (page, selector) =>
  page.evaluate((s) => document.querySelector("[data-crisis-timeline]").shadowRoot.querySelector(s)?.textContent ?? null, selector);
const headline = (page) => inWidget(page, "article.ct-card .ct-card__headline");
/** Takes the first widget to event `id` through the JS API, and waits for its card to show
 * `headline` (by default the first version's). */
async function goTo(page, id, headline = first.events.find((e) => e.id === id).headline.fr) {
  const moved = await page.evaluate(async (id) => (await window.CrisisTimeline.mount(document.querySelector("[data-crisis-timeline]"))).goTo(id), id);
  assert.ok(moved, `no event ${id}`);
  await page.waitForFunction(
    (text) => document.querySelector("[data-crisis-timeline]").shadowRoot.querySelector("article.ct-card .ct-card__headline")?.textContent === text,
    headline,
  );
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()` (async) holds, 5 s at most, then fails naming `what`. */
async function until(done, what) {
  const end = Date.now() + 5_000;
  while (!(await done())) {
    if (Date.now() > end) assert.fail(`waited 5 s for ${what}`);
    await sleep(50);
  }
}

/** Moves the page's clock on by the interval and waits for the widget's next fetch of `story`;
 * then for what the version fetched does (`shown`, named `what`), or, for a version that is to
 * change nothing, a moment in which a change would have come. */
async function nextFetch(page, story, shown, what) {
  const before = story.requests;
  await page.clock.fastForward(30_000);
  await until(() => story.requests > before, "a fetch 30 s on");
  if (shown) await until(shown, what);
  else await sleep(500);
}

// Side by side: each moves its own page's clock.
describe("a developing story", { concurrency: true }, () => {
  test("an added event: a calm button names it, the reader's event stays, the host is told", async () => {
    const { context, page, story } = await open("added");
    // An event with a time in a zone, so that its card has the reader's clock line.
    const reading = first.events.find((e) => e.time);
    await goTo(page, reading.id);
    assert.ok(await inWidget(page, "article.ct-card .ct-card__reader"), "the card tells the reader's time");
    // The line is never taken off the card while the new version comes in.
    await page.evaluate(() => {
      window.__readerLineRemoved = 0;
      new MutationObserver((records) => {
        for (const r of records) window.__readerLineRemoved += [...r.removedNodes].filter((n) => n.classList?.contains("ct-card__reader")).length;
      }).observe(document.querySelector("[data-crisis-timeline]").shadowRoot, { subtree: true, childList: true });
    });
    const added = { ...first.events.at(-1), id: "breaking", headline: { fr: "Dernière minute", en: "Breaking" } };
    // An earlier event goes too: the reader's event moves up one place in the story.
    const removed = first.events[1];
    story.text = withEvents([...first.events.filter((e) => e !== removed), added]);
    await nextFetch(page, story, async () => (await inWidget(page, ".ct-fresh")) !== null, "the new events' button");
    assert.equal(await headline(page), reading.headline.fr, "the reader stays on their event");
    assert.equal(await inWidget(page, ".ct-fresh"), "1 nouvel événement");
    assert.equal(await page.evaluate(() => window.__readerLineRemoved), 0, "the reader's clock line stays on the card");
    const updates = await page.evaluate(() => window.__events.filter((e) => e.type === "update").map((e) => e.detail));
    assert.deepEqual(updates, [{ added: ["breaking"], changed: [], removed: [removed.id] }]);
    await page.evaluate(() => document.querySelector("[data-crisis-timeline]").shadowRoot.querySelector(".ct-fresh").click());
    await page.waitForFunction(() => document.querySelector("[data-crisis-timeline]").shadowRoot.querySelector("article.ct-card .ct-card__headline")?.textContent === "Dernière minute");
    assert.equal(await inWidget(page, ".ct-fresh"), null, "the button goes once the new event is seen");
    await context.close();
  });

  test("a changed event is marked on its marker and its card until the reader has seen it", async () => {
    const { context, page, story } = await open("changed");
    const events = structuredClone(first.events);
    events[2].headline.fr = "Un titre corrigé";
    story.text = withEvents(events);
    const freshMarkers = () => page.evaluate(() => document.querySelector("[data-crisis-timeline]").shadowRoot.querySelectorAll(".ct-marker--fresh").length);
    await nextFetch(page, story, async () => (await freshMarkers()) > 0, "a new event's marker");
    const fresh = await freshMarkers();
    assert.equal(fresh, 1);
    await goTo(page, events[2].id, "Un titre corrigé");
    assert.equal(await inWidget(page, "article.ct-card .ct-badge--updated"), "Mis à jour");
    await context.close();
  });

  test("a removed current event: the reader is moved to the nearest one and told why; the other markers keep their elements", async () => {
    const { context, page, story } = await open("removed");
    const removed = first.events[7];
    await goTo(page, removed.id);
    // Each marker's element, by the event it names: after the new version, every event still
    // there is named by the very element that named it before (nothing redrawn after the gap).
    await page.evaluate(() => {
      const markers = document.querySelector("[data-crisis-timeline]").shadowRoot.querySelectorAll(".ct-markers__item");
      window.__markers = new Map([...markers].map((m) => [m.querySelector(".ct-marker").getAttribute("title"), m]));
    });
    story.text = withEvents(first.events.filter((e) => e.id !== removed.id));
    await nextFetch(page, story, async () => (await headline(page)) !== removed.headline.fr, "the card of another event");
    const now = await headline(page);
    assert.notEqual(now, removed.headline.fr);
    assert.ok([first.events[6].headline.fr, first.events[8].headline.fr].includes(now), now);
    assert.match(await inWidget(page, ".ct-announcer"), /a été retiré de la chronologie/);
    const kept = await page.evaluate(() => {
      const markers = [...document.querySelector("[data-crisis-timeline]").shadowRoot.querySelectorAll(".ct-markers__item")];
      return markers.map((m) => window.__markers.get(m.querySelector(".ct-marker").getAttribute("title")) === m);
    });
    assert.ok(kept.length > 5, `${kept.length} markers`);
    assert.deepEqual(kept.filter((same) => !same).length, 0, "every marker kept its element");
    // A kept marker after the gap still selects its own event, now one place earlier.
    const marker = page.locator(".ct-nav__segment:not([inert]) .ct-marker").last();
    const title = await marker.getAttribute("title");
    await marker.click();
    await page.waitForFunction((text) => document.querySelector("[data-crisis-timeline]").shadowRoot.querySelector("article.ct-card .ct-card__headline")?.textContent === text, title, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await headline(page), title, "the marker pressed selects its event");
    await context.close();
  });

  test("focus is never lost: a new version without the focused marker's event moves focus to the marker now selected", async () => {
    const { context, page, story } = await open("focused");
    const removed = first.events[7];
    await goTo(page, removed.id);
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector("[data-crisis-timeline]").shadowRoot.activeElement;
        return active && { marker: active.classList.contains("ct-marker"), current: active.getAttribute("aria-current"), title: active.getAttribute("title") };
      });
    await page.evaluate(() =>
      document.querySelector("[data-crisis-timeline]").shadowRoot.querySelector('.ct-nav__segment:not([inert]) .ct-marker[aria-current="true"]').focus(),
    );
    const before = await focused();
    assert.equal(before?.current, "true", "the reader's marker has focus");
    story.text = withEvents(first.events.filter((e) => e.id !== removed.id));
    await nextFetch(page, story, async () => (await focused())?.title !== before.title, "focus on the marker now selected");
    const after = await focused();
    assert.ok(after, "focus is still in the widget, not on the page's body");
    assert.equal(after.marker && after.current, "true", "on the marker now selected");
    assert.notEqual(after.title, before.title);
    await context.close();
  });

  test("a broken new version: the last good one stays, one console error, the host is told", async () => {
    const { context, page, messages, story } = await open("broken");
    const before = await headline(page);
    story.text = "{ not json";
    await nextFetch(page, story, () => messages.some((m) => m.startsWith("error")), "the console error");
    assert.equal(await headline(page), before);
    const errors = messages.filter((m) => m.startsWith("error"));
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(errors[0], /fetched again, cannot be shown/);
    const reported = await page.evaluate(() => window.__events.filter((e) => e.type === "error").map((e) => e.detail));
    assert.equal(reported.length, 1);
    assert.equal(reported[0].shown, true);
    await context.close();
  });

  test("an unchanged story: the server answers 304 and the widget does no work", async () => {
    const { context, page, story } = await open("unchanged");
    await page.evaluate(() => {
      window.__mutations = 0;
      new MutationObserver((records) => (window.__mutations += records.length)).observe(document.querySelector("[data-crisis-timeline]").shadowRoot, {
        subtree: true, childList: true, attributes: true, characterData: true,
      });
    });
    const notModified = story.notModified;
    await nextFetch(page, story);
    assert.equal(story.notModified, notModified + 1, "the browser asked whether its copy was current");
    assert.equal(await page.evaluate(() => window.__mutations), 0);
    // Nor read the story again: a new version would be told to the host.
    assert.deepEqual(await page.evaluate(() => window.__events), []);
    await context.close();
  });

  test("a hidden page fetches nothing, and fetches once when it is visible again", async () => {
    const { context, page, story } = await open("hidden");
    const setHidden = (hidden) =>
      page.evaluate((hidden) => {
        Object.defineProperty(document, "hidden", { value: hidden, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    await setHidden(true);
    const requests = story.requests;
    await page.clock.fastForward(40_000);
    // Nothing is to be fetched: a moment in which a fetch would have come.
    await sleep(1_000);
    assert.equal(story.requests, requests, "no fetch while hidden, though the interval passed");
    await setHidden(false);
    await until(() => story.requests > requests, "a fetch once visible");
    assert.equal(story.requests, requests + 1, "one fetch once visible");
    await context.close();
  });

  test("two widgets with the same story fetch it once per interval", async () => {
    const { context, page, story } = await open("two", 2);
    const requests = story.requests;
    await nextFetch(page, story);
    // A second watcher's fetch would come within moments of the first.
    await page.clock.fastForward(3_000);
    await sleep(1_000);
    assert.equal(story.requests, requests + 1);
    await context.close();
  });

  test("the iframe embed passes refresh through and keeps its height in step with the new version", async () => {
    // embed.html shows stories from its own site: the story is published beside it, and changes
    // there between fetches.
    const file = join(hosts, "iframe.json");
    writeFileSync(file, JSON.stringify(first));
    const src = `${bundle.url}/live/iframe.json`;
    writeFileSync(
      join(hosts, "iframe.html"),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Live</title><link rel="icon" href="data:,"></head>
<body><div data-crisis-timeline-iframe="${bundle.url}/embed.html?src=${encodeURIComponent(src)}&amp;refresh=30" data-title="Chronologie"></div>
<script src="/crisis-timeline-iframe.js" defer></script></body></html>`,
    );
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: "fr-FR" });
    const page = await context.newPage();
    await page.clock.install();
    let fetches = 0;
    page.on("request", (r) => new URL(r.url()).pathname === "/live/iframe.json" && (fetches += 1));
    await page.goto(`${bundle.url}/live/iframe.html`);
    const frame = page.frameLocator("iframe");
    await frame.locator("article.ct-card .ct-card__headline").waitFor();
    // The loader has set the iframe to its page's height.
    const frameHeight = () => page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    const contentHeight = () => page.frame({ url: /embed\.html/ }).evaluate(() => document.body.getBoundingClientRect().height);
    /** Waits until the iframe is as tall as its page (within 2 px), and returns that height. */
    const inStep = async () => {
      let frame, content;
      for (let i = 0; i < 50; i++) {
        [frame, content] = [await frameHeight(), await contentHeight()];
        if (content > 300 && Math.abs(frame - content) <= 2) return frame;
        await sleep(100);
      }
      assert.fail(`the iframe is ${frame} px for a page of ${content} px`);
    };
    const before = await inStep();
    // The next version: one event more, and an event whose text is much longer, so that the
    // card, which keeps the longest card's height, grows.
    const events = structuredClone(first.events);
    events[3].body.fr = `${events[3].body.fr} ${"Une phrase de plus, pour allonger la carte. ".repeat(14)}`.slice(0, 700);
    events[3].body.en = `${events[3].body.en} ${"One more sentence, to make the card longer. ".repeat(14)}`.slice(0, 700);
    const added = { ...first.events.at(-1), id: "breaking", headline: { fr: "Dernière minute", en: "Breaking" } };
    const fetched = fetches;
    writeFileSync(file, withEvents([...events, added]));
    await page.clock.fastForward(30_000);
    for (let i = 0; i < 100 && fetches === fetched; i++) await sleep(100);
    assert.ok(fetches > fetched, "the iframe's widget fetched its story again 30 s on");
    await frame.locator(".ct-fresh").waitFor();
    assert.equal(await frame.locator(".ct-fresh").textContent(), "1 nouvel événement");
    await page.waitForFunction((before) => document.querySelector("iframe").getBoundingClientRect().height > before, before);
    assert.ok((await inStep()) > before);
    await context.close();
  });
});
