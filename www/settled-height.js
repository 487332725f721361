// The height a widget settles at once its story is shown: what an embed must keep for that story
// so that the article under it does not move when it arrives. Measured by the preview page for a
// story dropped on it (www/preview/frame.js) and by the release build for the story built in
// (tools/reserve.mjs), in the same way.

/** How long the widget's height must stay the same, once shown, to be taken as its height: the
 * language's words file and the card's layout may still move it in the first frames. */
const SETTLED_MS = 300;

/** Resolves to the height, in CSS pixels, that `widget` (the embed's element) settles at once
 * its story is shown (its `crisis-timeline:ready` event). Call it before the widget mounts. */
export function settledHeight(widget) {
  return new Promise((resolve) => {
    let settling = null;
    const observer = new ResizeObserver(() => {
      clearTimeout(settling);
      settling = setTimeout(() => {
        observer.disconnect();
        resolve(widget.getBoundingClientRect().height);
      }, SETTLED_MS);
    });
    widget.addEventListener("crisis-timeline:ready", () => observer.observe(widget), { once: true });
  });
}
