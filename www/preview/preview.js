// The preview page (www/preview.html): a journalist drops a file, sees its mistakes with their
// lines, fixes the text, sees the widget in a frame of a phone's, a tablet's or a desktop's
// width, and copies the embed codes. The rules and the messages are the story tool's, from the
// page's own wasm (crates/preview); this script only moves them to and from the page.
// Everything from the file is shown as text.
import init, { checkStory, readFile, tooLarge } from "./authoring.js";
import { iframeEmbedCode, scriptEmbedCode } from "./embed-code.js";
import { RESERVED_WIDTHS } from "../rules.js";

const $ = (selector) => document.querySelector(selector);
const ready = init({ module_or_path: new URL("./authoring_bg.wasm", import.meta.url) });
const base = new URL("../", import.meta.url).href;
const frame = $("[data-frame]");

/** What the page holds: the file's name, what it was, the last check, the story's JSON. */
const state = { name: "", kind: "", checked: null, json: null, textUrl: null, jsonUrl: null };

/** The choice made in a group of radio buttons. */
const choice = (name) => document.querySelector(`input[name="${name}"]:checked`).value;

/** Says `text` in the status line, which screen readers announce: only when it changes, so
 * that checking as the journalist types does not repeat it. */
function say(text) {
  const status = $("[data-file-status]");
  if (status.textContent !== text) status.textContent = text;
}

/** Reads a picked or dropped file: too large, not text, or a story or timeline to check. */
async function take(file) {
  await ready;
  state.name = file.name;
  const large = tooLarge(file.size);
  if (large) return refuse(large);
  const read = readFile(
    new Uint8Array(await file.arrayBuffer()),
    $("#import-lang").value,
    $("#import-status").value,
    $("#import-source").value,
    $("#import-ratio").value,
  );
  if (read.mistakes.length > 0) return refuse(...read.mistakes);
  state.kind = read.kind;
  const notes = $("[data-notes]");
  notes.replaceChildren(...read.notes.map((note) => Object.assign(document.createElement("li"), { textContent: note })));
  notes.hidden = read.notes.length === 0;
  $("[data-text]").value = read.text;
  $("[data-story-section]").hidden = false;
  const fileName = read.kind === "story" && read.text.trimStart().startsWith("{") ? "story.json" : "story.toml";
  $("[data-download-text]").download = fileName;
  check();
}

/** A file that cannot be read: its one mistake (or the import's), and nothing else shown. */
function refuse(...mistakes) {
  const lines = mistakes.map((m) => (m.line ? `, line ${m.line}: ${m.message}` : ` ${m.message}`));
  say(`${state.name}${lines.join(";")}`);
  $("[data-notes]").hidden = true;
  for (const section of ["story", "widget", "code"]) $(`[data-${section}-section]`).hidden = true;
}

/** Checks the text as it stands, lists its mistakes, and shows the widget when it can. */
function check() {
  const text = $("[data-text]").value;
  const checked = checkStory(text);
  state.checked = checked;
  const count = checked.mistakes.length;
  const what = state.kind === "timelinejs" ? `${state.name} (TimelineJS, imported)` : state.name;
  say(`${what}: ${count === 0 ? "no mistakes" : count === 1 ? "1 mistake" : `${count} mistakes`}.`);
  $("[data-mistakes-heading]").textContent = count === 0 ? "No mistakes" : `Mistakes (${count})`;
  $("[data-mistakes]").replaceChildren(...checked.mistakes.map(mistakeItem));
  replaceUrl("textUrl", "[data-download-text]", text, "text/plain");
  show(checked.json, count);
}

/** A mistake as an item of the list: a button to its line when it has one, then its words. */
function mistakeItem(mistake) {
  const item = document.createElement("li");
  if (mistake.line) {
    const button = Object.assign(document.createElement("button"), { type: "button", textContent: `Line ${mistake.line}` });
    button.addEventListener("click", () => goToLine(mistake.line));
    item.append(button, " ");
  }
  item.append(mistake.message);
  return item;
}

/** Selects line `line` of the text, for the journalist to fix it. */
function goToLine(line) {
  const area = $("[data-text]");
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1] ?? "").length);
  // Bring the line into view: about its share of the text's height.
  area.scrollTop = Math.max(0, (area.scrollHeight * (line - 1)) / lines.length - area.clientHeight / 3);
}

/** Shows the widget for `json` (null when the story cannot be shown), and the embed codes when
 * the story has no mistake at all: a published story must have none. */
function show(json, mistakes) {
  state.json = json;
  const note = $("[data-widget-note]");
  $("[data-widget-section]").hidden = false;
  $("[data-code-section]").hidden = false;
  frame.hidden = json === null;
  note.hidden = mistakes === 0;
  note.textContent =
    json === null
      ? "The widget shows the story once the mistakes above are fixed."
      : "Events with mistakes are left out of the widget, as readers' pages would leave them out, until they are fixed.";
  const codeNote = $("[data-code-note]");
  codeNote.hidden = mistakes === 0;
  codeNote.textContent = "The embed codes are given once the story has no mistakes: a published story must have none.";
  $("[data-codes]").hidden = mistakes > 0;
  if (json === null) return;
  const story = JSON.parse(json);
  offerLanguages(story.languages);
  send();
  if (mistakes === 0) writeCodes(story);
}

/** The page's words for a language: its English name (this page is in English), by the browser's
 * CLDR data, with its tag. */
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** One radio button for each of the story's `languages` (valid tags, checked by then), the one
 * chosen before kept when the story still has it, else the story's first. */
function offerLanguages(languages) {
  const box = $("[data-languages]");
  const shown = [...box.querySelectorAll('input[name="lang"]')].map((input) => input.value);
  if (shown.join() === languages.join()) return;
  const before = shown.length > 0 ? choice("lang") : null;
  const chosen = languages.includes(before) ? before : languages[0];
  const buttons = languages.map((tag) => {
    const label = document.createElement("label");
    const input = Object.assign(document.createElement("input"), { type: "radio", name: "lang", value: tag, checked: tag === chosen });
    input.addEventListener("change", retell);
    label.append(input, ` ${languageNames.of(tag)} (${tag})`);
    return label;
  });
  box.replaceChildren(box.querySelector("legend"), ...buttons);
}

/** Tells the frame and the embed codes a new choice of language or theme. */
function retell() {
  send();
  if (state.json !== null && state.checked.mistakes.length === 0) writeCodes(JSON.parse(state.json));
}

/** The embed codes for the story as it stands, in the language chosen, with the heights it
 * takes at a phone's and a desktop's width once measured (see measure), so that the article
 * under the widget does not move when it arrives. */
function writeCodes(story) {
  const lang = choice("lang");
  const heights = measure(state.json, lang);
  replaceUrl("jsonUrl", "[data-download-json]", state.json, "application/json");
  $('[data-code="script"]').value = scriptEmbedCode(base, state.json, lang, heights);
  const address = $("[data-story-address]").value.trim() || "https://www.example.org/crisis/story.json";
  const title = typeof story.title === "string" ? story.title : story.title[lang] ?? Object.values(story.title)[0];
  const query = new URLSearchParams({ src: address, lang }).toString();
  $('[data-code="iframe"]').value = iframeEmbedCode(base, query, title, heights);
  const note = $("[data-reserve-note]");
  note.textContent = heights
    ? `The codes keep ${Math.ceil(heights[390])} px for the widget on a phone (390 px) and ${Math.ceil(heights[1280])} px on a desktop (1280 px), as measured here with this story and language, so that the article under it does not move when it arrives.`
    : "Measuring the widget's height at 390 and 1280 px for the codes…";
  $("[data-codes]").toggleAttribute("data-measured", Boolean(heights));
}

/** The measurement under way or done: the story and language it is of, a frame per width, and
 * the heights they gave. */
let measuring = null;

/** The heights `json` in `lang` takes at each of RESERVED_WIDTHS, once measured; until then
 * undefined, and a measurement is started in frames of those widths, out of sight (their
 * answers write the codes again). The frames are the preview's own, so the widget is measured as
 * the frame shows it: in an article column of that width, with the system font. */
function measure(json, lang) {
  if (measuring?.json === json && measuring.lang === lang) {
    return RESERVED_WIDTHS.every((width) => width in measuring.heights) ? measuring.heights : undefined;
  }
  measuring?.box.remove();
  const box = Object.assign(document.createElement("div"), { className: "preview__measure", inert: true });
  box.setAttribute("aria-hidden", "true");
  const token = (measuring?.token ?? 0) + 1;
  const frames = RESERVED_WIDTHS.map((width) => Object.assign(document.createElement("iframe"), { src: "./preview/frame.html", width, height: 200, tabIndex: -1 }));
  measuring = { json, lang, token, box, frames, heights: {} };
  box.append(...frames);
  document.body.append(box);
  return undefined;
}

/** Takes a measuring frame's message: its readiness (it is then sent the story) or its height. */
function measured(event) {
  const at = measuring?.frames.findIndex((f) => f.contentWindow === event.source) ?? -1;
  if (at < 0 || event.origin !== location.origin) return false;
  const { type, token, height } = event.data ?? {};
  if (type === "preview-ready") {
    event.source.postMessage({ story: measuring.json, lang: measuring.lang, theme: "light", measure: measuring.token }, location.origin);
  } else if (type === "preview-measured" && token === measuring.token && typeof height === "number") {
    measuring.heights[RESERVED_WIDTHS[at]] = height;
    if (state.json === measuring.json && state.checked?.mistakes.length === 0) writeCodes(JSON.parse(state.json));
  }
  return true;
}

/** Points the download link `selector` at `text`, freeing the address it had. */
function replaceUrl(key, selector, text, type) {
  if (state[key]) URL.revokeObjectURL(state[key]);
  state[key] = URL.createObjectURL(new Blob([text], { type }));
  $(selector).href = state[key];
}

/** Sends the frame the story, language and theme chosen. */
function send() {
  if (state.json === null) return;
  frame.contentWindow?.postMessage({ story: state.json, lang: choice("lang"), theme: choice("theme") }, location.origin);
}

window.addEventListener("message", (event) => {
  if (measured(event)) return;
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  if (event.data?.type === "preview-ready") send();
  if (event.data?.type === "preview-height") frame.height = String(Math.ceil(event.data.height));
});

$("#file").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (file) take(file);
});
// A file dropped anywhere on the page is taken; the browser does not open it in place.
document.addEventListener("dragover", (event) => event.preventDefault());
document.addEventListener("drop", (event) => {
  event.preventDefault();
  const [file] = event.dataTransfer?.files ?? [];
  if (file) take(file);
});

let typing = null;
$("[data-text]").addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(check, 300);
});
for (const input of document.querySelectorAll('input[name="theme"]')) input.addEventListener("change", retell);
for (const input of document.querySelectorAll('input[name="width"]')) {
  input.addEventListener("change", () => (frame.width = input.value));
}
$("[data-story-address]").addEventListener("input", () => {
  if (state.json !== null && state.checked.mistakes.length === 0) writeCodes(JSON.parse(state.json));
});
for (const button of document.querySelectorAll("[data-copy]")) {
  button.addEventListener("click", async () => {
    const code = $(`[data-code="${button.dataset.copy}"]`).value;
    const status = $("[data-copy-status]");
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = "Copied.";
    } catch {
      // No clipboard (an insecure page, or refused): select the code for the reader to copy.
      $(`[data-code="${button.dataset.copy}"]`).select();
      status.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
    }
  });
}
