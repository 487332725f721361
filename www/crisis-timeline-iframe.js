// crisis-timeline iframe loader, for host pages: turns every
//   <div data-crisis-timeline-iframe="https://…/embed.html?lang=fr"></div>
// into an iframe that takes the height of its content. Optional attributes: data-title (the
// iframe's accessible name; without it, the frame's own page title, the story's name, once the
// frame says it, and its address until then), data-deep-link="hash" (the selection follows this page's URL hash),
// data-sandbox (the iframe's sandbox attribute), data-height (height before the first message),
// style="--ct-reserve-390: …px; --ct-reserve-1280: …px" (the story's own heights at those widths).
// With crisis-timeline-host.css linked before it, the space is kept from the page's first paint.
// No dependencies. It acts only on messages from its own iframes, from their own origin.
(() => {
  // Guards against the script being included twice, without adding a global name.
  const LOADED = Symbol.for("crisis-timeline.iframe-loader");
  if (window[LOADED]) return;
  window[LOADED] = true;
  const frames = [];
  let count = 0;
  // What an event id looks like: www/rules.js's ID_PATTERN, letter for letter (a test checks).
  const ID = /^(?=[a-z0-9-]{1,64}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
  // How near the visible area a frame must come before it loads: www/rules.js's NEAR_MARGIN,
  // letter for letter (a test checks). Browsers' own lazy loading of iframes reaches further
  // (Chromium: up to 3,000 px), so the loader holds the address until then.
  const NEAR_MARGIN = "150% 0px";
  // The widget's likely height at a width: www/rules.js's likelyHeight, letter for letter (a
  // test checks), for the frame's height before its first message.
  const likelyHeight = (width, phone = 1612, wide = 984) => Math.round(width < 600 ? phone + (390 - width) * 2 : Math.max(wide, wide + (1280 - width) * 0.4));
  // The story's own heights from the container's style: www/rules.js's reservedHeights, letter
  // for letter (a test checks).
  const reservedHeights = (element) => ["--ct-reserve-390", "--ct-reserve-1280"].map((name) => parseFloat(element.style.getPropertyValue(name)) || undefined);
  const near =
    "IntersectionObserver" in window &&
    new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          near.unobserve(entry.target);
          const iframe = entry.target.querySelector("iframe");
          iframe.src = iframe.dataset.src;
        }
      },
      { rootMargin: NEAR_MARGIN },
    );

  function setUp(container) {
    if (container.querySelector("iframe")) return;
    const src = new URL(container.getAttribute("data-crisis-timeline-iframe"), location.href);
    if (src.protocol !== "https:" && src.protocol !== "http:") return;
    const id = `crisis-timeline-${++count}`;
    const deepLink = container.getAttribute("data-deep-link") === "hash";
    src.searchParams.set("childId", id);
    if (deepLink) {
      src.searchParams.set("deep-link", "hash");
      const start = decodeURIComponent(location.hash.slice(1));
      if (ID.test(start)) src.searchParams.set("start", start);
    }
    const iframe = document.createElement("iframe");
    // Loaded only when the reader comes near it: a reader who never does pays nothing for it.
    iframe.loading = "lazy";
    if (near) {
      iframe.dataset.src = src.href;
      near.observe(container);
    } else {
      iframe.src = src.href;
    }
    const named = container.getAttribute("data-title");
    // Never another story's name: the host's, else the frame's address until the frame names
    // its story.
    iframe.title = named || `${src.host}${src.pathname}`;
    iframe.setAttribute("scrolling", "no");
    const sandbox = container.getAttribute("data-sandbox");
    if (sandbox !== null) iframe.setAttribute("sandbox", sandbox);
    iframe.style.display = "block";
    iframe.style.width = "100%";
    iframe.style.border = "0";
    // Its height before the first message: the host's, else what the host stylesheet
    // (crisis-timeline-host.css) kept from the first paint, else the likely height at this width;
    // the closer to the widget's, the less the article under it moves.
    const kept = parseFloat(getComputedStyle(container).minHeight) || 0;
    const before = Number(container.getAttribute("data-height")) || kept || likelyHeight(container.getBoundingClientRect().width, ...reservedHeights(container));
    iframe.style.height = `${before}px`;
    // A frame without allow-same-origin has the opaque origin "null".
    const opaque = sandbox !== null && !/\ballow-same-origin\b/.test(sandbox);
    frames.push({ container, iframe, id, deepLink, named: Boolean(named), origin: opaque ? "null" : src.origin, selected: null });
    container.appendChild(iframe);
  }

  function frameOf(event) {
    return frames.find((f) => f.iframe.contentWindow === event.source && f.origin === event.origin);
  }

  function read(data, frame) {
    if (typeof data !== "string" || data.length > 200) return null;
    const pym = data.split("xPYMx");
    if (pym.length === 4 && pym[0] === "pym" && pym[1] === frame.id && pym[2] === "height") {
      return { type: "crisis-timeline:height", height: Number(pym[3]) };
    }
    try {
      return JSON.parse(data);
    } catch {
      return null;
    }
  }

  window.addEventListener("message", (event) => {
    const frame = frameOf(event);
    if (!frame) return;
    const message = read(event.data, frame);
    if (message?.type === "crisis-timeline:height") {
      const height = message.height;
      if (Number.isFinite(height) && height > 0 && height < 20000) {
        frame.iframe.style.height = `${Math.ceil(height)}px`;
        // The frame has its own height: the host stylesheet's stops holding the space.
        frame.container.setAttribute("data-crisis-timeline-mounted", "");
      }
    } else if (message?.type === "crisis-timeline:title" && !frame.named) {
      if (typeof message.title === "string" && message.title.trim()) frame.iframe.title = message.title;
    } else if (message?.type === "crisis-timeline:select" && frame.deepLink) {
      const id = message.id;
      if (typeof id !== "string" || !ID.test(id)) return;
      const first = frame.selected === null;
      frame.selected = id;
      // The first selection is where the reader already is: no history entry for it.
      if (!first && location.hash !== `#${id}`) history.pushState(null, "", `#${id}`);
    }
  });

  // Back and Forward: tell the frames in deep-link mode which event the hash names.
  window.addEventListener("popstate", () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!ID.test(id)) return;
    for (const frame of frames) {
      if (frame.deepLink && frame.selected !== id) {
        frame.selected = id;
        const target = frame.origin === "null" ? "*" : frame.origin;
        frame.iframe.contentWindow?.postMessage(JSON.stringify({ type: "crisis-timeline:goto", id }), target);
      }
    }
  });

  function setUpAll() {
    document.querySelectorAll("[data-crisis-timeline-iframe]").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpAll, { once: true });
  else setUpAll();
})();
