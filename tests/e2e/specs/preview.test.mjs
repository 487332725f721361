// The preview page (preview.html), as a journalist uses it: drop a file, read its mistakes with
// their lines, fix the text, see the widget at a phone's and a desktop's width in each language,
// copy the two embed codes and paste each into an empty host page, which then shows the same
// widget. Bad files each get one clear message and leave the page usable, and a TimelineJS
// timeline comes in with what it could not carry named and its HTML kept as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleAndBrowser } from "../harness.mjs";
import { watchErrors } from "../browser.mjs";
import { cuba, valdoria } from "../story.mjs";
import { article, articleShifts, SYSTEM_FONT, TALL } from "../shifts.mjs";

const AXE = new URL("../node_modules/axe-core/axe.min.js", import.meta.url).pathname;

const published = mkdtempSync(join(tmpdir(), "crisis-timeline-preview-"));
const run = bundleAndBrowser({}, { "/published/": published });
const fixture = (path) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const cubaToml = fixture("tests/fixtures/cuban-missile-crisis.toml");

/** The preview page, with its console errors and uncaught exceptions. */
async function openPreview(width = 1280) {
  const context = await run.browser.newContext({ viewport: { width, height: 900 }, locale: "en-GB", timezoneId: "Europe/Paris", acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: run.base });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${run.base}/preview.html`);
  return { context, page, errors };
}

/** Drops a file named `name` holding `text` on the page, as a journalist drags it from a folder. */
async function drop(page, name, text) {
  const transfer = await page.evaluateHandle(
    ([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
}

const status = (page) => page.locator("[data-file-status]");
const frameHeadline = (page) => page.frameLocator("[data-frame]").locator("article.ct-card .ct-card__headline");

test("a dropped story's mistakes are listed with their lines; fixed in the page, the widget shows it", async () => {
  const { context, page, errors } = await openPreview();
  const broken = cubaToml
    .replace('status = "confirmed"', 'status = "certain"')
    .replace('id = "bay-of-pigs"\ndate = "1961-04-17"', 'id = "bay-of-pigs"\ndate = "1961-04-31"');
  await drop(page, "cuba.toml", broken);
  await page.waitForFunction(() => /2 mistakes/.test(document.querySelector("[data-file-status]").textContent));
  const items = page.locator("[data-mistakes] li");
  assert.equal(await items.count(), 2);
  const text = await page.locator("[data-text]").inputValue();
  for (const [n, field] of [[0, "status"], [1, "date"]]) {
    const item = (await items.nth(n).textContent()).trim();
    const line = Number(item.match(/^Line (\d+) /)?.[1]);
    assert.match(item, new RegExp(`field '${field}'`), item);
    assert.ok(text.split("\n")[line - 1].startsWith(`${field} =`), `line ${line} is the ${field}: ${item}`);
  }
  // Its button selects the line in the text, for the journalist to fix it.
  await items.nth(0).locator("button").click();
  const selected = await page.locator("[data-text]").evaluate((area) => area.value.slice(area.selectionStart, area.selectionEnd));
  assert.equal(selected, 'status = "certain"');
  // The story can still be shown, without the two events: the widget says so beside it.
  await frameHeadline(page).first().waitFor();
  assert.match(await page.locator("[data-widget-note]").textContent(), /left out/);
  assert.equal(await page.locator("[data-codes]").isHidden(), true, "no embed code for a story with mistakes");

  await page.locator("[data-text]").fill(cubaToml);
  await page.waitForFunction(() => /no mistakes/.test(document.querySelector("[data-file-status]").textContent));
  assert.equal(await items.count(), 0);
  await page.waitForFunction(
    (headline) => document.querySelector("[data-frame]").contentDocument.querySelector("crisis-timeline")?.shadowRoot?.querySelector("article.ct-card .ct-card__headline")?.textContent === headline,
    cuba.events[0].headline.en,
  );
  // English only: the story's one language is the one offered; widths change the frame.
  assert.deepEqual(await page.locator('input[name="lang"]').evaluateAll((inputs) => inputs.map((i) => i.value)), ["en"]);
  for (const width of ["768", "1280", "390"]) {
    await page.locator(`input[name="width"][value="${width}"]`).check();
    assert.equal(await page.locator("[data-frame]").getAttribute("width"), width);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story in four languages offers each by name, and the one chosen is the frame's and the embed codes'", async () => {
  const { context, page, errors } = await openPreview();
  await drop(page, "valdoria.toml", fixture("tests/fixtures/valdoria-flood.toml"));
  await page.waitForFunction(() => /no mistakes/.test(document.querySelector("[data-file-status]").textContent));
  const offered = await page.locator('[data-languages] label').allTextContents();
  assert.deepEqual(offered.map((l) => l.trim()), ["German (de)", "Spanish (es)", "Ukrainian (uk)", "Brazilian Portuguese (pt-BR)"]);
  await frameHeadline(page).filter({ hasText: valdoria.events[0].headline.de }).waitFor();
  await page.locator('input[name="lang"][value="uk"]').check();
  await frameHeadline(page).filter({ hasText: valdoria.events[0].headline.uk }).waitFor();
  assert.match(await page.locator('[data-code="iframe"]').inputValue(), /lang=uk/);
  assert.match(await page.locator('[data-code="script"]').inputValue(), /data-lang="uk"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("each embed code, pasted into an empty host page, shows the same widget", async () => {
  const { context, page, errors } = await openPreview();
  await page.locator("#file").setInputFiles({ name: "cuba.toml", mimeType: "text/plain", buffer: Buffer.from(cubaToml) });
  await page.waitForFunction(() => /no mistakes/.test(document.querySelector("[data-file-status]").textContent));
  // The story's JSON, downloaded and published where the iframe will ask for it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-download-json]").click()]);
  await download.saveAs(join(published, "story.json"));
  await page.locator("[data-story-address]").fill(`${run.base}/published/story.json`);
  const codes = {};
  for (const kind of ["script", "iframe"]) {
    await page.locator(`[data-copy="${kind}"]`).click();
    await page.waitForFunction(() => document.querySelector("[data-copy-status]").textContent === "Copied.");
    codes[kind] = await page.evaluate(() => navigator.clipboard.readText());
    await page.evaluate(() => (document.querySelector("[data-copy-status]").textContent = ""));
    writeFileSync(
      join(published, `${kind}-host.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><h1>An article</h1>\n${codes[kind]}\n</body></html>`,
    );
  }
  assert.match(codes.script, /<script type="application\/json">/);
  assert.match(codes.iframe, /embed\.html\?src=/);
  const shown = {};
  for (const kind of ["script", "iframe"]) {
    const host = await context.newPage();
    const hostErrors = watchErrors(host);
    await host.goto(`${run.base}/published/${kind}-host.html`);
    const root = kind === "iframe" ? host.frameLocator("iframe") : host.locator("[data-crisis-timeline]");
    const headline = root.locator("article.ct-card .ct-card__headline");
    await headline.waitFor();
    shown[kind] = { headline: await headline.textContent(), markers: await root.locator(".ct-marker").count() };
    assert.deepEqual(hostErrors, [], kind);
  }
  assert.equal(shown.script.headline, cuba.events[0].headline.en);
  assert.deepEqual(shown.iframe, shown.script);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The embed codes the preview gives for the story `file` (its path) in `lang`, once it has
 * measured the story's heights, its JSON published at `published/<name>.json` for the iframe. */
async function measuredCodes(file, lang, name) {
  const { context, page, errors } = await openPreview();
  await drop(page, file.split("/").pop(), fixture(file));
  await page.waitForFunction(() => /no mistakes/.test(document.querySelector("[data-file-status]").textContent));
  await page.locator(`input[name="lang"][value="${lang}"]`).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-download-json]").click()]);
  await download.saveAs(join(published, `${name}.json`));
  await page.locator("[data-story-address]").fill(`${run.base}/published/${name}.json`);
  await page.locator("[data-codes][data-measured]").waitFor({ state: "attached" });
  const codes = { script: await page.locator('[data-code="script"]').inputValue(), iframe: await page.locator('[data-code="iframe"]').inputValue() };
  const note = await page.locator("[data-reserve-note]").textContent();
  assert.deepEqual(errors, []);
  await context.close();
  return { codes, note };
}

/** The embed code `code` with `#embed` as its element's id, for the article to find. */
const withId = (code) => code.replace(/<div data-crisis-timeline/, '<div id="embed" data-crisis-timeline');

for (const [what, file, lang] of [
  ["the second story", "tests/fixtures/cuban-missile-crisis.toml", "en"],
  ["a two-event story", "tests/fixtures/valid.toml", "fr"],
  ["a long story (the 38 events of the default, in English)", "src/data/events.toml", "en"],
  ["a story in Ukrainian, whose words the widget fetches", "tests/fixtures/valdoria-flood.toml", "uk"],
]) {
  test(`the embed codes keep ${what}'s own height: the article under it does not move at 390 or 1280 px`, async () => {
    const name = file.split("/").pop().replace(/\.toml$/, "");
    const { codes, note } = await measuredCodes(file, lang, name);
    const style = codes.script.match(/ style="--ct-reserve-390: (\d+)px; --ct-reserve-1280: (\d+)px"/);
    assert.ok(style, "the script embed keeps the story's heights");
    const [phone, wide] = style.slice(1).map(Number);
    assert.ok(codes.iframe.includes(style[0]), "the iframe embed keeps the same heights");
    assert.ok(note.includes(`${phone} px for the widget on a phone`) && note.includes(`${wide} px on a desktop`), note);
    for (const kind of ["script", "iframe"]) {
      for (const width of [390, 1280]) {
        const shifts = await articleShifts(run.browser, `${run.base}/published/${name}-${kind}.html`, article(withId(codes[kind]), SYSTEM_FONT), width, TALL);
        console.log(`${what}, ${kind} embed at ${width} px: reserved ${width === 390 ? phone : wide} px, layout shift ${shifts.toFixed(4)}`);
        assert.equal(shifts, 0, `${kind} embed at ${width} px`);
      }
    }
    if (file.endsWith("valid.toml")) {
      // The same code without the story's heights keeps the default story's: the article moves.
      const bare = withId(codes.script).replace(/ style="[^"]*"/, "");
      for (const width of [390, 1280]) {
        const shifts = await articleShifts(run.browser, `${run.base}/published/${name}-bare.html`, article(bare, SYSTEM_FONT), width, TALL);
        console.log(`${what}, script embed at ${width} px without its heights: layout shift ${shifts.toFixed(4)}`);
        assert.ok(shifts > 0.01, `without its heights, the two-event story moves the article at ${width} px (${shifts})`);
      }
    }
  });
}

test("bad files each get one clear message and leave the page usable", async () => {
  const { context, page, errors } = await openPreview(390);
  const big = join(published, "big.csv");
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
  const cases = [
    [{ name: "latin1.csv", buffer: Buffer.from([...Buffer.from("Headline,Year\nCr"), 0xe9, ...Buffer.from("ation,2024\n")]) }, /latin1\.csv is not UTF-8 text \(byte 16\)/],
    [{ name: "no-headline.csv", buffer: Buffer.from("Year,Text\n2024,Hello\n") }, /no-headline\.csv has no Headline column/],
    [big, /big\.csv is 50\.0 MB, more than the 10 MB/],
    [{ name: "broken.json", buffer: Buffer.from('{\n  "events": [\n    { "text": }\n  ]\n}\n') }, /broken\.json, line 3: is not JSON: expected value \(column 15\)/],
    [{ name: "other.json", buffer: Buffer.from('{ "items": [1, 2] }') }, /other\.json is JSON, but neither a story nor a TimelineJS timeline/],
    [{ name: "empty.toml", buffer: Buffer.from("") }, /empty\.toml is empty/],
  ];
  for (const [file, message] of cases) {
    await page.locator("#file").setInputFiles(typeof file === "string" ? file : { mimeType: "text/plain", ...file });
    await page
      .waitForFunction((source) => new RegExp(source).test(document.querySelector("[data-file-status]").textContent), message.source, { timeout: 5000 })
      .catch(async (e) => assert.fail(`${message}: the page says ${await status(page).textContent()} (${e.message})`));
    assert.equal(await page.locator("[data-story-section]").isHidden(), true, String(message));
  }
  // Still usable: a good file after them is read and shown.
  await page.locator("#file").setInputFiles({ name: "cuba.toml", mimeType: "text/plain", buffer: Buffer.from(cubaToml) });
  await page.waitForFunction(() => /no mistakes/.test(document.querySelector("[data-file-status]").textContent));
  await frameHeadline(page).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a TimelineJS timeline comes in as a story, with what it could not carry named and its HTML as text", async () => {
  const { context, page, errors } = await openPreview();
  await page.locator("#import-lang").fill("en");
  let dialogs = 0;
  page.on("dialog", (dialog) => (dialogs += 1) && dialog.dismiss());
  await drop(page, "timeline.json", fixture("tests/fixtures/timelinejs/hostile.json"));
  await page.waitForFunction(() => /TimelineJS, imported/.test(document.querySelector("[data-file-status]").textContent));
  const notes = await page.locator("[data-notes] li").allTextContents();
  assert.ok(notes.some((n) => /<script> element and its content left out/.test(n)), notes.join("\n"));
  assert.ok(notes.some((n) => /needs a status/.test(n)), notes.join("\n"));
  // The text is the import's TOML, the one `story import` writes: no markup kept.
  const text = await page.locator("[data-text]").inputValue();
  assert.equal(text, fixture("tests/fixtures/timelinejs/hostile.json.toml"));
  // What is left to add is listed, each on its line: every event's status and sources.
  const mistakes = await page.locator("[data-mistakes] li").allTextContents();
  assert.ok(mistakes.length > 0 && mistakes.every((m) => /^Line \d+ /.test(m)), mistakes.join("\n"));
  assert.ok(mistakes.some((m) => /field 'status'/.test(m)));
  // The journalist's choices for every event and image, as `story import`'s options: named in
  // the notes, and no event left without its status or sources.
  await page.locator("#import-status").selectOption("reported");
  await page.locator("#import-source").fill("Reuters, 2024-03-01");
  await page.locator("#import-ratio").fill("3:2");
  await drop(page, "timeline.json", fixture("tests/fixtures/timelinejs/hostile.json"));
  await page.waitForFunction(() => [...document.querySelectorAll("[data-notes] li")].some((li) => /every event is given the status 'reported'/.test(li.textContent)));
  const chosen = await page.locator("[data-text]").inputValue();
  assert.match(chosen, /status = "reported"/);
  assert.match(chosen, /ratio = "3:2"/);
  const left = await page.locator("[data-mistakes] li").allTextContents();
  assert.ok(!left.some((m) => /field '(status|sources)'/.test(m)), left.join("\n"));
  assert.equal(dialogs, 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll("main script, main img, main iframe:not([data-frame])").length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("axe finds no violation on the preview page, with mistakes listed and the widget shown, light and dark", async () => {
  const found = [];
  for (const [width, scheme] of [[390, "light"], [1280, "dark"]]) {
    const context = await run.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${run.base}/preview.html`);
    await page.locator("#file").setInputFiles({ name: "cuba.toml", mimeType: "text/plain", buffer: Buffer.from(cubaToml.replace('status = "confirmed"', 'status = "certain"')) });
    await frameHeadline(page).first().waitFor();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    });
    found.push(...violations.map((v) => `${width} ${scheme}: ${v}`));
    await context.close();
  }
  assert.deepEqual(found, []);
});
