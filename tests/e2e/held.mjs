// What a page holds that a removed widget must give back: listeners on nodes still in the page
// (and on window and document), timers, animation frames and observers still observing. Counted
// by wrapping the browser's own functions before any script of the page runs.

/** Counts the page's held resources from before its first script; `window.__held()` then
 * returns { listeners, timers, frames, observers }. */
export function countHeld(page) {
  return page.addInitScript(() => {
    // Targets and functions held weakly: the count must not keep alive what it counts.
    const key = (t, type, fn, opts) => [new WeakRef(t), type, fn, typeof opts === "boolean" ? opts : !!opts?.capture];
    const keys = [];
    const same = (x, k) => x[0].deref() === k[0].deref() && x[1] === k[1] && x[2].deref?.() === k[2] && x[3] === k[3];
    const find = (k) => keys.findIndex((x) => same(x, k));
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (type, fn, opts) {
      const k = key(this, type, fn, opts);
      // A listener given a signal goes when the signal aborts, as if removed.
      if (fn && find(k) < 0) {
        keys.push([k[0], k[1], new WeakRef(fn), k[3]]);
        if (opts?.signal) {
          add.call(opts.signal, "abort", () => {
            const i = find(k);
            if (i >= 0) keys.splice(i, 1);
          });
        }
      }
      return add.call(this, type, fn, opts);
    };
    EventTarget.prototype.removeEventListener = function (type, fn, opts) {
      const i = find(key(this, type, fn, opts));
      if (i >= 0) keys.splice(i, 1);
      return remove.call(this, type, fn, opts);
    };
    const timers = new Set();
    const setT = window.setTimeout, clearT = window.clearTimeout;
    window.setTimeout = function (fn, ms, ...rest) {
      const id = setT.call(window, (...a) => { timers.delete(id); typeof fn === "function" && fn(...a); }, ms, ...rest);
      timers.add(id);
      return id;
    };
    window.clearTimeout = function (id) { timers.delete(id); return clearT.call(window, id); };
    const frames = new Set();
    const raf = window.requestAnimationFrame, caf = window.cancelAnimationFrame;
    window.requestAnimationFrame = function (fn) {
      const id = raf.call(window, (t) => { frames.delete(id); fn(t); });
      frames.add(id);
      return id;
    };
    window.cancelAnimationFrame = function (id) { frames.delete(id); return caf.call(window, id); };
    // Observers observing something: each observe() counts until disconnect().
    const observing = new Map();
    for (const Observer of [window.IntersectionObserver, window.MutationObserver, window.ResizeObserver]) {
      const { observe, disconnect } = Observer.prototype;
      Observer.prototype.observe = function (...args) {
        observing.set(this, (observing.get(this) ?? 0) + 1);
        return observe.apply(this, args);
      };
      Observer.prototype.disconnect = function () {
        observing.delete(this);
        return disconnect.call(this);
      };
    }
    const sum = (values) => [...values].reduce((a, b) => a + b, 0);
    // Listeners on nodes no longer in the page, or on signals that have aborted, can never fire;
    // only those still reachable count.
    const reachable = (ref) => {
      const target = ref.deref();
      if (!target) return false;
      return target instanceof Node ? target.isConnected : !(target instanceof AbortSignal && target.aborted);
    };
    window.__held = () => ({
      listeners: keys.filter((k) => reachable(k[0])).length,
      timers: timers.size,
      frames: frames.size,
      observers: sum(observing.values()),
    });
  });
}
