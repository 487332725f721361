// crisis-timeline: presses made on the prerendered widget before its wasm is live are kept, not
// lost. A classic script in the head of the widget's own pages (the standalone and embed pages),
// so that it listens from the first paint on; it is fetched beside the stylesheets the first paint
// waits for anyway. A kept press marks its control as getting ready at once; once the live widget
// is ready, the same control of the live widget (known by its class and rank, which the prerender
// and the live widget share: the same components draw both) is pressed in turn.
//
// It also marks a page asked for a story by URL (?src=): the page then hides the story it was
// built with from its first paint on (timeline.css, `.ct-by-src`), which the entry script, a
// module that runs once the page is parsed, did too late: the built-in story's card was
// painted, and read, before the one asked for.
if (new URLSearchParams(location.search).has("src")) document.documentElement.classList.add("ct-by-src");
(() => {
  const ROOTS = "[data-crisis-timeline-page], [data-crisis-timeline-frame]";
  const waiting = new Map();
  const replay = async (root) => {
    const presses = waiting.get(root);
    waiting.delete(root);
    for (const { kind, rank } of presses) {
      root.querySelectorAll(`button.${kind}`)[rank]?.click();
      // One frame apart, so that each press meets the widget as the one before left it.
      await new Promise(requestAnimationFrame);
    }
  };
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[class]") : null;
    const root = button?.closest(ROOTS);
    // Once mounted, the live widget answers for itself.
    if (!root || root.hasAttribute("data-crisis-timeline-mounted")) return;
    const kind = button.classList[0];
    const rank = [...root.querySelectorAll(`button.${kind}`)].indexOf(button);
    if (!waiting.has(root)) {
      waiting.set(root, []);
      root.addEventListener("crisis-timeline:ready", () => replay(root), { once: true });
    }
    waiting.get(root).push({ kind, rank });
    button.classList.add("ct-getting-ready");
    button.setAttribute("aria-busy", "true");
  });
})();
