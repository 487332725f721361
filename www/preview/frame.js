// The preview's frame (www/preview/frame.html): shows the widget with the story the preview page
// sends, as a host page would with the script embed, and tells the page its height (or, asked
// to measure, the height the widget settles at once shown, for the embed codes). Only
// messages from the page that holds the frame, on the same site, are taken.
import "../crisis-timeline.js";
import { settledHeight } from "../settled-height.js";

/** The story the widget shows, as JSON text. */
let shownStory = null;

window.addEventListener("message", (event) => {
  if (event.source !== window.parent || event.origin !== location.origin) return;
  const { story, lang, theme, measure } = event.data ?? {};
  if (typeof story !== "string") return;
  const shown = document.querySelector("crisis-timeline");
  if (shown && story === shownStory) {
    // Language and theme are taken on by the widget in place: the reader keeps their event.
    shown.setAttribute("lang", lang);
    shown.setAttribute("theme", theme);
    return;
  }
  shownStory = story;
  const widget = document.createElement("crisis-timeline");
  widget.setAttribute("loading", "eager");
  if (lang) widget.setAttribute("lang", lang);
  if (theme) widget.setAttribute("theme", theme);
  widget.story = story;
  document.body.replaceChildren(widget);
  if (measure !== undefined) measureOnce(widget, measure);
});

/** Tells the page the height `widget` settles at once its story is shown, with the page's
 * `token`: the height an embed must reserve for this story at the frame's width. */
function measureOnce(widget, token) {
  settledHeight(widget).then((height) => window.parent.postMessage({ type: "preview-measured", token, height }, location.origin));
}

// The body's own height, not the document's scroll height: that is never less than the frame's,
// so a frame made tall once would never shrink back.
new ResizeObserver(() => {
  window.parent.postMessage({ type: "preview-height", height: document.body.getBoundingClientRect().height }, location.origin);
}).observe(document.body);
window.parent.postMessage({ type: "preview-ready" }, location.origin);
