// Any crisis, from the newsroom's own data: the second story (the Cuban missile crisis, in
// English only) built in with STORY=, inline in a host page, and by URL from the same site or
// another that allows it; a widget page that refuses a story from a site it was not built for;
// a story that does not arrive; and each class of run-time error, with the message a reader
// sees, the console lines and the crisis-timeline:error event a host page gets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { launch, untilInPages, watchErrors } from "../browser.mjs";
import { article, articleShifts, SYSTEM_FONT, TALL } from "../shifts.mjs";
import { cuba, story, valdoria, valdoriaArabic, valdoriaJapanese, valdoriaRtl, words } from "../story.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DIST = process.env.DIST ?? here("../../../dist");
const STORY_DIST = process.env.STORY_DIST ?? here("../../../target/story-dist");
const RUNTIME = here("../../fixtures/runtime");
const AXE = here("../node_modules/axe-core/axe.min.js");
/** Another site: intercepted in the browser, never reached. */
const OTHER = "http://127.0.0.1:9";
const CUBA_JSON = JSON.stringify(cuba);
let bundle, built, open_, closed, browser;

before(async () => {
  bundle = await serve(DIST);
  built = await serve(STORY_DIST);
  // Two other sites with the story as JSON: one that allows any page to read it (CORS), one that does not.
  const stories = mkdtempSync(join(tmpdir(), "stories-"));
  writeFileSync(join(stories, "cuba.json"), CUBA_JSON);
  open_ = await serve(stories, 0, { "access-control-allow-origin": "*" });
  closed = await serve(stories);
  // Every site here is on loopback: Chromium asks a page's leave to reach another loopback
  // site, which on the web only intranet pages need; the test is about CORS, so the ask is off.
  browser = await launch(["--disable-features=LocalNetworkAccessChecks"]);
});

after(async () => {
  await browser?.close();
  for (const server of [bundle, built, open_, closed]) server?.server.close();
});

/** A page with its console lines and every request it makes. */
async function open() {
  const context = await browser.newContext({ timezoneId: "Europe/Paris", locale: "en-GB" });
  await untilInPages(context);
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  return { context, page, messages, requests, errors: watchErrors(page) };
}

/** A host page on the bundle's site with `body`, loading the script embed. */
async function hostPage(page, body) {
  await page.route(`${bundle.url}/host.html`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="en"><body>${body}<script type="module" src="/crisis-timeline.js"></script></body></html>` }),
  );
  await page.goto(`${bundle.url}/host.html`);
}

/** What a widget in `selector`'s shadow root shows: headline, strip, switch and notice. */
const shown = (page, selector = "#story") =>
  page.evaluate((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    const text = (q) => root?.querySelector(q)?.textContent ?? null;
    return {
      headline: text("article.ct-card .ct-card__headline"),
      position: text(".ct-position [aria-hidden]"),
      strip: [...(root?.querySelectorAll(".ct-strip dt") ?? [])].map((dt) => dt.textContent),
      languages: root?.querySelectorAll(".ct-lang__option").length ?? 0,
      notice: text(".ct-notice__text"),
      retry: Boolean(root?.querySelector(".ct-notice__retry")),
      next: root?.querySelector(".ct-next")?.getAttribute("aria-label") ?? null,
      status: text("article.ct-card .ct-badge"),
      when: text("article.ct-card .ct-card__when"),
    };
  }, selector);

/** The page's own Intl rendering of a day in `tag`, as a card dates an event known to the day. */
const intlDay = (page, tag, day) =>
  page.evaluate(([tag, day]) => new Intl.DateTimeFormat(tag, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${day}T00:00Z`)), [tag, day]);

/** The words files a page asked for, by tag. */
const wordsAsked = (requests) => requests.map((url) => url.match(/\/locales\/([\w-]+)\.json$/)?.[1]).filter(Boolean);

const waitForCard = (page, selector = "#story") =>
  page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector("article.ct-card"), selector);
const waitForNotice = (page, selector = "#story") =>
  page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector(".ct-notice__text"), selector);

/** An article in `lang` (and `dir`), titled `title`, with the story `of` inline, opened at
 * `width` px with reduced motion (so that axe reads the card's colours after it has moved, not
 * mid-slide): the page and what it logs, once the card shows. */
async function inlineArticle(of, { lang, dir = "ltr", title, width }) {
  const json = JSON.stringify(of).replaceAll("</", "<\\/");
  const opened = await open();
  await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.emulateMedia({ reducedMotion: "reduce" });
  await opened.page.route(`${bundle.url}/host.html`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>${title}</title></head><body><main><h1>${title}</h1><div id="story" data-crisis-timeline><script type="application/json">${json}</script></div></main><script type="module" src="/crisis-timeline.js"></script></body></html>` }),
  );
  await opened.page.goto(`${bundle.url}/host.html`);
  await waitForCard(opened.page);
  return opened;
}

/** Where the widget of `page` lays its parts out: its language and direction, its markers'
 * centres, whether anything is wider than the page, its position, the previous and next
 * buttons' left edges, and the labelled ticks' boxes in the axis's order. */
const axisLayout = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("#story").shadowRoot;
    const centre = (el) => { const r = el.getBoundingClientRect(); return r.left + r.width / 2; };
    const widget = root.querySelector(".ct");
    return {
      lang: widget.lang,
      dir: widget.dir,
      markers: [...root.querySelectorAll(".ct-markers__item > .ct-marker")].map(centre),
      overflow: document.documentElement.scrollWidth > innerWidth || widget.scrollWidth > widget.clientWidth,
      position: root.querySelector(".ct-position [aria-hidden]").textContent,
      previous: root.querySelector(".ct-prev").getBoundingClientRect().left,
      next: root.querySelector(".ct-next").getBoundingClientRect().left,
      ticks: [...root.querySelectorAll(".ct-nav__segment:not([inert]) .ct-ticks__tick")]
        .filter((tick) => tick.textContent.trim())
        .map((tick) => { const r = tick.getBoundingClientRect(); return [tick.textContent, r.left, r.right]; }),
    };
  });

/** Asserts that a layout (axisLayout) of `count` events runs right to left (`what` names it):
 * each marker left of the one before it, the next button left of the previous one, nothing
 * wider than the page, and no tick's label running into the next one's. */
function assertRightToLeft(seen, count, what) {
  assert.equal(seen.dir, "rtl", what);
  assert.equal(seen.markers.length, count, what);
  for (let i = 1; i < count; i++) assert.ok(seen.markers[i] < seen.markers[i - 1], `${what}, marker ${i}: ${seen.markers}`);
  assert.ok(seen.next < seen.previous, `${what}: the next button is on the left`);
  assert.equal(seen.overflow, false, `${what}: nothing wider than the page`);
  // Long day names ("יום ג׳ ה-13") take fewer ticks rather than run into each other.
  assert.ok(seen.ticks.length > 0, what);
  for (let i = 1; i < seen.ticks.length; i++) {
    // Each later tick's label ends before the earlier one's begins.
    const [[earlier, earlierLeft], [later, , laterRight]] = [seen.ticks[i - 1], seen.ticks[i]];
    assert.ok(laterRight <= earlierLeft, `${what}: "${later}" runs into "${earlier}": ${JSON.stringify(seen.ticks)}`);
  }
}

test("built in with STORY=, the second story is the page's: its language, title, strip, list and data", async () => {
  const { context, page, errors } = await open();
  await page.goto(`${built.url}/`);
  await page.waitForSelector("[data-crisis-timeline-page] article.ct-card");
  const page_ = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    headline: document.querySelector("article.ct-card .ct-card__headline").textContent,
    strip: [...document.querySelectorAll(".ct-strip dt")].map((dt) => dt.textContent),
    languages: document.querySelectorAll(".ct-lang__option").length,
    list: [...document.querySelectorAll(".ct-all .ct-card__headline")].map((h) => h.textContent),
    data: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent).itemListElement.length,
  }));
  assert.deepEqual(page_, {
    lang: "en",
    title: "The Cuban missile crisis: timeline",
    headline: cuba.events[0].headline.en,
    strip: ["Naval quarantine", "US planes shot down"],
    languages: 0,
    list: cuba.events.map((e) => e.headline.en),
    data: cuba.events.length,
  });
  // A floating date is told as written, with no zone and no "your time" line.
  const floating = await page.evaluate(() => ({
    when: document.querySelector("article.ct-card .ct-card__when").textContent,
    yours: document.querySelector("article.ct-card .ct-card__reader")?.textContent ?? null,
  }));
  assert.deepEqual(floating, { when: "Thursday, January 1, 1959", yours: null });
  assert.deepEqual(errors, []);
  await context.close();
});

test("built in with STORY=, the second story keeps its own height: the article under either embed does not move at 390 or 1280 px", async () => {
  const codes = (sheet) => ({
    script: `<link rel="stylesheet" href="${sheet}/crisis-timeline-host.css"><div id="embed" data-crisis-timeline></div><script type="module" src="/crisis-timeline.js"></script>`,
    iframe: `<link rel="stylesheet" href="${sheet}/crisis-timeline-host.css"><div id="embed" data-crisis-timeline-iframe="/embed.html" data-title="${cuba.title.en}"></div><script src="/crisis-timeline-iframe.js" defer></script>`,
  });
  const shifts = (code, width) => articleShifts(browser, `${built.url}/article.html`, article(code, SYSTEM_FONT), width, TALL);
  for (const width of [390, 1280]) {
    for (const [embed, code] of Object.entries(codes(built.url))) {
      assert.equal(await shifts(code, width), 0, `${embed} embed at ${width} px`);
    }
    // The test's own check that it sees shifts: the default story's heights kept for this one.
    const kept = await shifts(codes(bundle.url).script, width);
    console.log(`the second story built in, at ${width} px: a shift of 0 with its own heights, ${kept.toFixed(3)} with the default story's`);
    assert.ok(kept > 0.01, `with the default story's heights, the article moves (${kept})`);
  }
});

test("a story inline in the page is shown with no request for it, in its one language", async () => {
  const { context, page, requests, errors } = await open();
  await hostPage(page, `<div id="story" data-crisis-timeline><script type="application/json">${CUBA_JSON.replaceAll("</", "<\\/")}</script></div>`);
  await waitForCard(page);
  const widget = await shown(page);
  assert.equal(widget.headline, cuba.events[0].headline.en);
  assert.equal(widget.position, `1 / ${cuba.events.length}`);
  assert.deepEqual(widget.strip, ["Naval quarantine", "US planes shot down"]);
  assert.equal(widget.languages, 0, "no language switch for a story in one language");
  const asked = requests.filter((url) => !/\/(host\.html|crisis-timeline[^/]*\.js|crisis-timeline-[0-9a-f]+_bg\.wasm|timeline-[0-9a-f]+\.css)$/.test(url));
  assert.deepEqual(asked, [], "nothing but the widget's own files");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a host's switch to a language whose words are on their way keeps the widget as it was until they come", async () => {
  const { context, page, errors } = await open();
  let release, asked;
  const held = new Promise((resolve) => (release = resolve));
  const requested = new Promise((resolve) => (asked = resolve));
  await page.route("**/locales/uk.json", async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await hostPage(page, `<div id="story"></div>`);
  await page.waitForFunction(() => window.CrisisTimeline);
  await page.evaluate(async (json) => {
    window.handle = await window.CrisisTimeline.mount(document.querySelector("#story"), { story: json, lang: "de" });
  }, JSON.stringify(valdoria));
  await waitForCard(page);
  await page.waitForFunction((next) => document.querySelector("#story").shadowRoot.querySelector(".ct-next")?.getAttribute("aria-label") === next, words("de").next);
  await page.evaluate(() => window.handle.setLanguage("uk"));
  // The words were asked for, and the widget has drawn since: a switch made at once would show.
  await requested;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const waiting = await shown(page);
  assert.equal(waiting.headline, valdoria.events[0].headline.de, "the card stays German while the Ukrainian words are on their way");
  assert.equal(waiting.next, words("de").next, "and so do the widget's words");
  release();
  await page.waitForFunction(
    (h) => document.querySelector("#story").shadowRoot.querySelector("article.ct-card .ct-card__headline")?.textContent === h,
    valdoria.events[0].headline.uk,
  );
  assert.equal((await shown(page)).next, words("uk").next, "the Ukrainian card comes with the Ukrainian words, in the same drawing");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story in four languages opens in the page's language, names each in itself in a select, and switches", async () => {
  const json = JSON.stringify(valdoria).replaceAll("</", "<\\/");
  const { context, page, errors, requests } = await open();
  // The host page is in Spanish: the widget opens in Spanish, the story's second language.
  await page.route(`${bundle.url}/host.html`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="es"><body><div id="story" data-crisis-timeline><script type="application/json">${json}</script></div><script type="module" src="/crisis-timeline.js"></script></body></html>` }),
  );
  await page.goto(`${bundle.url}/host.html`);
  await waitForCard(page);
  const select = () =>
    page.evaluate(() => {
      const select = document.querySelector("#story").shadowRoot.querySelector("select.ct-lang");
      return { label: select.getAttribute("aria-label"), value: select.value, names: [...select.options].map((o) => `${o.lang}: ${o.textContent}`) };
    });
  const expectedNames = ["de: Deutsch", "es: español", "uk: українська", "pt-BR: português (Brasil)"];
  assert.deepEqual(await select(), { label: words("es").language, value: "es", names: expectedNames });
  const spanish = await shown(page);
  assert.equal(spanish.headline, valdoria.events[0].headline.es);
  // The widget's own words are Spanish too, from the one words file it fetched.
  assert.equal(spanish.next, words("es").next);
  assert.equal(spanish.status, words("es")[valdoria.events[0].status]);
  // Its date is the browser's CLDR for the tag: "lunes, 12 de mayo de 2025".
  assert.ok(spanish.when.startsWith(await intlDay(page, "es", valdoria.events[0].date)), spanish.when);
  assert.deepEqual(wordsAsked(requests), ["es"], "the words of the language shown, no other");
  // The reader reaches for the switch: the words of the story's other languages come now, so
  // that the one chosen shows its own words at once.
  await page.locator("#story select.ct-lang").hover();
  await page.waitForFunction(() => performance.getEntriesByType("resource").filter((r) => r.name.includes("/locales/")).length === 4);
  assert.deepEqual(wordsAsked(requests).sort(), ["de", "es", "pt-BR", "uk"]);
  // The reader picks Ukrainian with the keyboard: the card, the strip and the widget's lang follow.
  await page.locator("#story select.ct-lang").selectOption("uk");
  await page.waitForFunction(
    (h) => document.querySelector("#story").shadowRoot.querySelector("article.ct-card .ct-card__headline")?.textContent === h,
    valdoria.events[0].headline.uk,
  );
  // In the same drawing as its headline: the words had come.
  assert.equal((await shown(page)).next, words("uk").next, "in its own words at once");
  const ukrainian = (await shown(page)).when;
  assert.ok(ukrainian.startsWith(await intlDay(page, "uk", valdoria.events[0].date)), ukrainian);
  assert.deepEqual((await shown(page)).strip, [valdoria.gauges[0].label.uk]);
  assert.equal(await page.evaluate(() => document.querySelector("#story").shadowRoot.querySelector(".ct").lang), "uk");
  // A widget mounted by the JS API in "pt-br" opens in pt-BR; setLanguage moves its select too.
  const mounted = await page.evaluate(async (story) => {
    const el = Object.assign(document.createElement("div"), { id: "api" });
    document.body.append(el);
    const handle = await window.CrisisTimeline.mount(el, { story, lang: "pt-br" });
    const root = el.shadowRoot;
    // Shown once the words of pt-BR have come.
    while (!root.querySelector("select.ct-lang")) await new Promise((r) => setTimeout(r, 20));
    const opened = [root.querySelector("select.ct-lang").value, root.querySelector("article.ct-card .ct-card__headline").textContent];
    handle.setLanguage("de");
    await window.__until(() => root.querySelector("select.ct-lang").value === "de", "setLanguage('de')");
    return { opened, after: [root.querySelector("select.ct-lang").value, root.querySelector("article.ct-card .ct-card__headline").textContent] };
  }, valdoria);
  assert.deepEqual(mounted, {
    opened: ["pt-BR", valdoria.events[0].headline["pt-BR"]],
    after: ["de", valdoria.events[0].headline.de],
  });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const width of [390, 1280]) {
  test(`a story in Arabic lays out right to left at ${width} px: its axis runs from the right, ArrowLeft goes on, nothing overflows, axe finds nothing`, async () => {
    const { context, page, errors } = await inlineArticle(valdoriaArabic, { lang: "ar", dir: "rtl", title: "مقال", width });
    const count = valdoriaArabic.events.length;
    assertRightToLeft(await axisLayout(page), count, `ar at ${width} px`);
    assert.equal((await shown(page)).headline, valdoriaArabic.events[0].headline.ar);
    assert.equal((await shown(page)).next, words("ar").next, "the widget's words in Arabic");
    // ArrowLeft, the way the axis runs, goes to the next event; ArrowRight back.
    await page.locator("#story .ct-marker--selected").focus();
    await page.keyboard.press("ArrowLeft");
    assert.equal((await axisLayout(page)).position, `2 / ${count}`);
    assert.equal((await shown(page)).headline, valdoriaArabic.events[1].headline.ar);
    await page.keyboard.press("ArrowRight");
    assert.equal((await axisLayout(page)).position, `1 / ${count}`);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a story in Hebrew, Persian and Urdu runs right to left in each: the page's Hebrew first, then each language by its button, its words from its own file, its axis from the right, ArrowLeft goes on, nothing overflows at 390 px", async () => {
  const { context, page, errors, requests } = await inlineArticle(valdoriaRtl, { lang: "he", dir: "rtl", title: "כתבה", width: 390 });
  const count = valdoriaRtl.events.length;
  for (const tag of ["he", "fa", "ur"]) {
    if (tag !== "he") await page.locator(`#story .ct-lang__option[lang="${tag}"]`).click();
    await page.waitForFunction(([t, next]) => {
      const root = document.querySelector("#story").shadowRoot;
      return root.querySelector(".ct").lang === t && root.querySelector(".ct-next").getAttribute("aria-label") === next;
    }, [tag, words(tag).next]);
    assertRightToLeft(await axisLayout(page), count, tag);
    assert.equal((await shown(page)).headline, valdoriaRtl.events[0].headline[tag]);
    assert.equal((await shown(page)).status, words(tag).confirmed, `${tag}: the status in the language's words`);
    assert.ok(requests.some((r) => r.endsWith(`/locales/${tag}.json`)), `${tag}.json was fetched`);
    // ArrowLeft, the way the axis runs, goes to the next event; ArrowRight back.
    await page.locator("#story .ct-marker--selected").focus();
    await page.keyboard.press("ArrowLeft");
    assert.equal((await axisLayout(page)).position, `2 / ${count}`, tag);
    assert.equal((await shown(page)).headline, valdoriaRtl.events[1].headline[tag]);
    await page.keyboard.press("ArrowRight");
    assert.equal((await axisLayout(page)).position, `1 / ${count}`, tag);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story in Japanese is shown in its script at 390 px, nothing wider than the page, and axe finds nothing", async () => {
  const { context, page, errors } = await inlineArticle(valdoriaJapanese, { lang: "ja", title: "記事", width: 390 });
  const widget = await shown(page);
  assert.equal(widget.headline, valdoriaJapanese.events[0].headline.ja);
  assert.deepEqual(widget.strip, [valdoriaJapanese.gauges[0].label.ja]);
  assert.equal(widget.next, words("ja").next, "the widget's words in Japanese");
  const layout = await page.evaluate(() => {
    const root = document.querySelector("#story").shadowRoot.querySelector(".ct");
    return { lang: root.lang, dir: root.dir, overflow: document.documentElement.scrollWidth > innerWidth || root.scrollWidth > root.clientWidth };
  });
  assert.deepEqual(layout, { lang: "ja", dir: "ltr", overflow: false });
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story's own words for a language the widget does not ship are shown, English where it gives none, with one warning", async () => {
  // The four-language story retold as Catalan (its German texts stand in), with a few of the
  // widget's words in Catalan, as a newsroom would give them.
  const catalan = structuredClone(valdoria);
  const asCatalan = (value) => {
    if (Array.isArray(value)) return value.forEach(asCatalan);
    if (value === null || typeof value !== "object") return;
    if ("de" in value && "es" in value) {
      for (const tag of Object.keys(value)) if (tag !== "de") delete value[tag];
      value.ca = value.de;
      delete value.de;
    }
    Object.values(value).forEach(asCatalan);
  };
  asCatalan(catalan);
  catalan.languages = ["ca"];
  catalan.words = { ca: { next: "Esdeveniment següent", previous: "Esdeveniment anterior", [valdoria.events[0].status]: "Segons la premsa" } };
  const json = JSON.stringify(catalan).replaceAll("</", "<\\/");
  const { context, page, messages, requests, errors } = await open();
  await page.route(`${bundle.url}/host.html`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="ca"><body><div id="story" data-crisis-timeline><script type="application/json">${json}</script></div><script type="module" src="/crisis-timeline.js"></script></body></html>` }),
  );
  await page.goto(`${bundle.url}/host.html`);
  await waitForCard(page);
  const widget = await shown(page);
  assert.equal(widget.headline, valdoria.events[0].headline.de);
  assert.equal(widget.next, "Esdeveniment següent");
  assert.equal(widget.status, "Segons la premsa");
  const play = await page.evaluate(() => document.querySelector("#story").shadowRoot.querySelector(".ct-play__label").textContent);
  assert.equal(play, words("en").play, "English where the story gives no word");
  assert.deepEqual(wordsAsked(requests), [], "no words file: none is shipped for Catalan");
  const warned = messages.filter((m) => m.startsWith("warning:") && m.includes("'ca'"));
  assert.equal(warned.length, 1, messages.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a words file that does not arrive, or is broken, leaves English labels with one warning, never a blank one", async () => {
  for (const [answer, said] of [
    [{ status: 404, body: "" }, "HTTP 404"],
    [{ status: 200, contentType: "application/json", body: '{"next": "", "previous": 3' }, "is not a words file"],
  ]) {
    const json = JSON.stringify(valdoria).replaceAll("</", "<\\/");
    const { context, page, messages, errors } = await open();
    await page.route("**/locales/de.json", (route) => route.fulfill(answer));
    await page.route(`${bundle.url}/host.html`, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="de"><body><div id="story" data-crisis-timeline><script type="application/json">${json}</script></div><script type="module" src="/crisis-timeline.js"></script></body></html>` }),
    );
    await page.goto(`${bundle.url}/host.html`);
    await waitForCard(page);
    const widget = await shown(page);
    assert.equal(widget.headline, valdoria.events[0].headline.de, "the story in German all the same");
    assert.equal(widget.next, words("en").next);
    assert.equal(widget.status, words("en")[valdoria.events[0].status]);
    const warned = messages.filter((m) => m.startsWith("warning:") && m.includes("locales/de.json"));
    assert.equal(warned.length, 1, messages.join("\n"));
    assert.ok(warned[0].includes(said), warned[0]);
    // The browser's own line for the missing file, nothing of the widget's.
    assert.deepEqual(errors, answer.status === 404 ? ["Failed to load resource: the server responded with a status of 404 (Not Found)"] : []);
    await context.close();
  }
});

test("an event's rich text is built as elements: paragraphs, emphasis, strong words, links; its HTML stays text", async () => {
  const { context, page, errors } = await open();
  const rich = structuredClone(cuba);
  rich.events[0].body.en = 'The *first* paragraph, with **strong** words and [a link](https://example.org/a?b=1&c=2).\n\n<img src=x onerror="window.__pwned = 1"> stays *text*.';
  await hostPage(page, `<div id="story" data-crisis-timeline><script type="application/json">${JSON.stringify(rich).replaceAll("<", "\\u003c")}</script></div>`);
  await waitForCard(page);
  const card = await page.evaluate(() => {
    const card = document.querySelector("#story").shadowRoot.querySelector("article.ct-card");
    const link = card.querySelector(".ct-card__body a");
    return {
      paragraphs: [...card.querySelectorAll(".ct-card__body")].map((p) => p.textContent),
      emphasis: [...card.querySelectorAll(".ct-card__body em")].map((e) => e.textContent),
      strong: [...card.querySelectorAll(".ct-card__body strong")].map((e) => e.textContent),
      link: link && { words: link.textContent, href: link.getAttribute("href"), target: link.target, rel: link.rel },
      images: card.querySelectorAll("img").length,
      pwned: window.__pwned ?? null,
    };
  });
  assert.deepEqual(card, {
    paragraphs: ["The first paragraph, with strong words and a link.", '<img src=x onerror="window.__pwned = 1"> stays text.'],
    emphasis: ["first", "text"],
    strong: ["strong"],
    link: { words: "a link", href: "https://example.org/a?b=1&c=2", target: "_blank", rel: "noopener noreferrer" },
    images: 0,
    pwned: null,
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story by URL keeps its place and says it is loading, then shows, from this site or another that allows it", async () => {
  const { context, page, requests, errors } = await open();
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(`${bundle.url}/stories/cuba.json`, async (route) => {
    await held;
    await route.fulfill({ contentType: "application/json", body: CUBA_JSON });
  });
  await hostPage(page, `<div id="story" data-crisis-timeline data-lang="en" data-src="/stories/cuba.json"></div><div id="other" data-crisis-timeline data-src="${open_.url}/cuba.json"></div>`);
  await waitForNotice(page);
  const loading = await shown(page);
  assert.equal(loading.notice, "Loading the timeline…");
  const status = await page.evaluate(() => document.querySelector("#story").shadowRoot.querySelector("[role=status]") !== null);
  assert.ok(status, "the notice is a status for screen readers");
  const kept = await page.$eval("#story", (h) => h.getBoundingClientRect().height);
  assert.ok(kept > 500, `${kept} px kept while the story loads`);
  release();
  await waitForCard(page);
  await waitForCard(page, "#other");
  assert.equal((await shown(page)).headline, cuba.events[0].headline.en);
  assert.equal((await shown(page, "#other")).headline, cuba.events[0].headline.en, "another site's story, allowed by CORS");
  assert.deepEqual(requests.filter((url) => url.endsWith(".json")).sort(), [`${open_.url}/cuba.json`, `${bundle.url}/stories/cuba.json`].sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story that does not arrive offers to try again; trying again shows it", async () => {
  const { context, page, messages } = await open();
  let attempts = 0;
  await page.route(`${bundle.url}/stories/flaky.json`, (route) =>
    ++attempts === 1 ? route.abort("connectionrefused") : route.fulfill({ contentType: "application/json", body: CUBA_JSON }),
  );
  // Never answered: given up after the time limit.
  await page.route(`${bundle.url}/stories/slow.json`, () => {});
  await hostPage(
    page,
    `<div id="story" data-crisis-timeline data-lang="en" data-src="/stories/flaky.json"></div>
     <div id="closed" data-crisis-timeline data-lang="en" data-src="${closed.url}/cuba.json"></div>
     <div id="slow" data-crisis-timeline data-src="/stories/slow.json" data-timeout="1"></div>
     <script>for (const id of ["story", "closed", "slow"]) document.getElementById(id).addEventListener("crisis-timeline:error", (e) => (window.__errors ??= []).push([id, e.detail]));</script>`,
  );
  await waitForNotice(page);
  await page.waitForFunction(() => document.querySelector("#story").shadowRoot.querySelector(".ct-notice__retry"));
  const failed = await shown(page);
  assert.equal(failed.notice, "The timeline could not be loaded. Check your connection, then try again.");
  assert.ok(failed.retry);
  assert.equal(await page.evaluate(() => document.querySelector("#story").shadowRoot.querySelector("[role=alert]") !== null), true);
  await page.waitForFunction(() => document.querySelector("#slow").shadowRoot?.querySelector(".ct-notice__retry"), null, { timeout: 5000 });
  // With no `lang` option, the notice speaks the host page's language.
  assert.equal((await shown(page, "#slow")).notice, failed.notice);
  await page.waitForFunction(() => document.querySelector("#closed").shadowRoot?.querySelector(".ct-notice__retry"));
  await page.evaluate(() => document.querySelector("#story").shadowRoot.querySelector(".ct-notice__retry").click());
  await waitForCard(page);
  assert.equal((await shown(page)).headline, cuba.events[0].headline.en);
  const reported = await page.evaluate(() => window.__errors);
  const reasons = Object.fromEntries(reported.map(([id, d]) => [id, [d.reason, d.shown, d.problems[0].field, d.problems[0].problem]]));
  assert.deepEqual(reasons, {
    story: ["unreachable", false, "src", "could not be loaded: network error, or another site that does not allow it (CORS)"],
    closed: ["unreachable", false, "src", "could not be loaded: network error, or another site that does not allow it (CORS)"],
    slow: ["unreachable", false, "src", "could not be loaded: no answer within 1 s"],
  });
  assert.ok(messages.some((m) => m.startsWith("error") && m.includes("/stories/slow.json could not be loaded: no answer within 1 s")), messages.join("\n"));
  await context.close();
});

test("embed.html?src= never paints the story it was built with, even before its scripts run", async () => {
  const { context, page } = await open();
  // The entry script held back: what the reader sees before it runs is the page and its styles.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`${bundle.url}/crisis-timeline.js`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${bundle.url}/embed.html?src=/stories/cuba.json`, { waitUntil: "commit" });
  await page.waitForSelector("[data-crisis-timeline-frame] article.ct-card", { state: "attached" });
  const seen = await page.evaluate(() => ({
    card: document.querySelector("[data-crisis-timeline-frame] article.ct-card").checkVisibility(),
    list: document.querySelector(".ct-all")?.checkVisibility() ?? false,
  }));
  assert.deepEqual(seen, { card: false, list: false }, "the built-in story is hidden from the first paint");
  release();
  await context.close();
});

test("embed.html shows a story from its own site, named after it once loaded, and refuses one from any other, with a clear message", async () => {
  const { context, page, messages, requests } = await open();
  // The story arrives when the test says, so that the page is seen while it loads.
  let arrive;
  const arrived = new Promise((resolve) => (arrive = resolve));
  await page.route(`${bundle.url}/stories/cuba.json`, async (route) => {
    await arrived;
    await route.fulfill({ contentType: "application/json", body: CUBA_JSON });
  });
  await page.route(`${OTHER}/**`, (route) =>
    route.fulfill({ contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: CUBA_JSON }),
  );
  await page.goto(`${bundle.url}/embed.html?src=/stories/cuba.json`);
  // The page names no story while it loads, least of all the one it was built with.
  const named = () => page.evaluate(() => ({ title: document.title, heading: document.querySelector("h1.ct-sr").textContent, lang: document.documentElement.lang }));
  await page.waitForFunction(() => document.title === "Chargement de la chronologie…");
  assert.deepEqual(await named(), { title: "Chargement de la chronologie…", heading: "Chargement de la chronologie…", lang: "fr" });
  arrive();
  await page.waitForSelector("[data-crisis-timeline-frame] article.ct-card");
  const own = await page.evaluate(() => ({
    headline: document.querySelector("article.ct-card .ct-card__headline").textContent,
    list: getComputedStyle(document.querySelector(".ct-all")).display,
  }));
  assert.deepEqual(own, { headline: cuba.events[0].headline.en, list: "none" });
  // Then the page's title, heading and language are the story's shown.
  await page.waitForFunction(() => document.title === "The Cuban missile crisis: timeline");
  assert.deepEqual(await named(), { title: "The Cuban missile crisis: timeline", heading: "The Cuban missile crisis: timeline", lang: "en" });

  for (const src of [`${OTHER}/cuba.json`, `//127.0.0.1:9/cuba.json`, `${bundle.url}.evil.test/cuba.json`]) {
    requests.length = 0;
    messages.length = 0;
    await page.goto(`${bundle.url}/embed.html?lang=en&src=${encodeURIComponent(src)}`);
    await page.waitForSelector(".ct-notice__text");
    const refused = await page.evaluate(() => ({
      notice: document.querySelector(".ct-notice__text").textContent,
      alert: document.querySelector(".ct-notice").getAttribute("role"),
      // The story the page was built with is never shown in its place.
      builtStory: [...document.querySelectorAll(".ct-all, .ct-card")].some((e) => getComputedStyle(e).display !== "none"),
    }));
    assert.deepEqual(refused, { notice: "This page does not show timelines from other sites.", alert: "alert", builtStory: false }, src);
    const asked = requests.filter((url) => !url.startsWith(`${bundle.url}/embed.html`));
    assert.ok(!asked.some((url) => url.includes("cuba.json")), `no request for ${src}: ${asked.join(" ")}`);
    assert.ok(messages.some((m) => m.startsWith("error") && m.includes("is refused: this page shows stories from its own site")), messages.join("\n"));
  }
  await context.close();
});

test("each class of run-time error shows its message, names every problem in the console and tells the host", async () => {
  const { cases } = JSON.parse(readFileSync(`${RUNTIME}/expected.json`, "utf8"));
  const huge = `{"title":{"en":"${"x".repeat(5_000_001)}"}}`;
  const all = { ...Object.fromEntries(Object.keys(cases).map((file) => [file, readFileSync(`${RUNTIME}/${file}`, "utf8")])), "huge": huge };
  cases.huge = { shown: false, problems: [`story, field '(text)': is ${huge.length} bytes long, more than the 5000000 the widget takes`] };
  const { context, page, messages } = await open();
  await hostPage(page, "");
  for (const [file, text] of Object.entries(all)) {
    messages.length = 0;
    const expected = cases[file];
    const result = await page.evaluate(async (text) => {
      const el = document.createElement("div");
      document.body.appendChild(el);
      const errors = [];
      el.addEventListener("crisis-timeline:error", (e) => errors.push(e.detail));
      await window.CrisisTimeline.mount(el, { lang: "en", story: text });
      const root = el.shadowRoot;
      // The story shown, or the notice that says why not (not the one that says it is loading).
      await window.__until(() => root.querySelector(".ct-position, .ct-notice[role=alert]"), "the story or its notice");
      const result = {
        notice: root.querySelector(".ct-notice__text")?.textContent ?? null,
        position: root.querySelector(".ct-position [aria-hidden]")?.textContent ?? null,
        errors,
      };
      el.remove();
      return result;
    }, text);
    const problems = (result.errors[0]?.problems ?? []).map((p) => `${p.item}, field '${p.field}': ${p.problem}`);
    assert.equal(problems.length, expected.problems.length, `${file}: ${problems.join(" | ")}`);
    expected.problems.forEach((wanted, n) => assert.ok(problems[n].startsWith(wanted), `${file}: ${problems[n]}`));
    if (expected.shown) {
      assert.equal(result.notice, null, file);
      assert.equal(result.position, `1 / ${expected.events}`, file);
      if (expected.problems.length) {
        assert.deepEqual([result.errors[0].reason, result.errors[0].shown], ["skipped", true], file);
        for (const wanted of expected.problems) {
          assert.ok(messages.some((m) => m.startsWith("warning") && m.includes(`is left out: ${wanted}`)), `${file}: ${messages.join("\n")}`);
        }
      } else {
        assert.deepEqual(result.errors, [], file);
      }
    } else {
      assert.equal(result.notice, "This timeline cannot be shown: its data has mistakes, listed in the browser’s console.", file);
      assert.equal(result.position, null, `${file}: no other story is shown in its place`);
      assert.deepEqual([result.errors[0].reason, result.errors[0].shown], ["invalid", false], file);
      for (const wanted of expected.problems) {
        assert.ok(messages.some((m) => m.startsWith("error") && m.includes(`crisis-timeline: ${wanted}`)), `${file}: ${messages.join("\n")}`);
      }
    }
  }
  // The default story's title never appears in place of a bad one.
  assert.ok(!messages.some((m) => m.includes(story.title.en)));
  await context.close();
});
