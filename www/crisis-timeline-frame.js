// The iframe embed's page script. It mounts the widget with the options of the page's query
// string, tells the parent page its height whenever it changes (in pym.js's message format, so a
// page using pym.js's Parent needs no new code; as AMP's amp-iframe asks, an `embed-size`
// object; and as a plain JSON message) and, in deep-link mode, the selected event. From the parent it takes one message: go to an event.
import { mountInPage } from "./crisis-timeline.js";
import { isId } from "./rules.js";

const PYM_PARAMETERS = ["childId", "initialWidth", "parentTitle", "parentUrl"];
const params = new URLSearchParams(location.search);
const childId = params.get("childId");
const options = {};
for (const [key, value] of params) if (!PYM_PARAMETERS.includes(key)) options[key] = value;
// In a frame, the deep link lives in the parent's URL: the loader writes it there.
const deepLink = (options["deep-link"] ?? options.deepLink) === "hash";
delete options["deep-link"];
delete options.deepLink;

const parentWindow = window.parent !== window ? window.parent : null;
// Messages carry only a height or an event id, so any parent may read them.
const post = (message) => parentWindow?.postMessage(message, "*");

const host = document.querySelector("[data-crisis-timeline-frame]");
let lastHeight = -1;
function sendHeight() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  if (childId) post(["pym", childId, "height", String(height)].join("xPYMx"));
  post({ sentinel: "amp", type: "embed-size", height });
  post(JSON.stringify({ type: "crisis-timeline:height", height }));
}

// The page's title names the story shown (the widget keeps it so, in the reader's language):
// the loader names the iframe after it, unless the host named it. Cut to fit the loader's
// 200-character messages.
let lastTitle = null;
function sendTitle() {
  const title = document.title.slice(0, 120);
  if (title === lastTitle) return;
  lastTitle = title;
  post(JSON.stringify({ type: "crisis-timeline:title", title }));
}
new MutationObserver(sendTitle).observe(document.head, { subtree: true, childList: true, characterData: true });

if (deepLink) {
  host.addEventListener("crisis-timeline:select", (event) =>
    post(JSON.stringify({ type: "crisis-timeline:select", id: event.detail.id })),
  );
}
// The height is told once the story is shown, or a message stands in for it: while a story by
// address loads, the loader keeps the height it reserved (the story's own, given by the embed
// code) rather than shrinking the frame to a loading line and growing it again, which moved the
// article under a frame on a phone by a layout shift of 0.35 to 0.76.
const shown = new Promise((resolve) => {
  for (const type of ["crisis-timeline:ready", "crisis-timeline:error"]) host.addEventListener(type, resolve, { once: true });
});
const handle = await mountInPage(host, options);
await shown;
new ResizeObserver(sendHeight).observe(document.body);
sendHeight();
sendTitle();

window.addEventListener("message", (event) => {
  if (!parentWindow || event.source !== parentWindow || typeof event.data !== "string") return;
  let message;
  try {
    message = JSON.parse(event.data);
  } catch {
    return;
  }
  if (message?.type === "crisis-timeline:goto" && isId(message.id)) {
    handle?.goTo(message.id);
  }
});
