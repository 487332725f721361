// Types of crisis-timeline's script embed (crisis-timeline.js): its JS API, the
// <crisis-timeline> element, the options and what its events tell the host. Checked by
// tests/e2e/specs/types.test.mjs: a host file that uses them type-checks, one that misuses them
// does not.

/** A story in the story format (README, "The story format"): checked by the widget when it
 * mounts, which shows a message naming the mistakes of a story that does not hold. */
export interface Story {
  title: string | Partial<Record<Language, string>>;
  languages: Language[];
  events: StoryEvent[];
  segments?: object[];
  lanes?: object[];
  actors?: object[];
  gauges?: object[];
  updated?: string;
  /** The widget's own words in some of the story's languages, keyed as in the bundle's
   * locales/en.json ("next", "event_of": "Event {n} of {total}"…): one overridden, or all of a
   * language the widget does not ship (README, "Languages"). */
  words?: Partial<Record<Language, Record<string, string>>>;
  [field: string]: unknown;
}

/** One event of a story. */
export interface StoryEvent {
  id: string;
  [field: string]: unknown;
}

/** A language: a BCP 47 tag, such as "fr", "de", "pt-BR", "ar" or "zh-Hant" (README,
 * "Languages"). */
export type Language = string;

/** The options (README, "Options"): a host page gives them to `mount`, as data-* attributes of a
 * `div[data-crisis-timeline]`, or as attributes of `<crisis-timeline>`. A bad value is reported
 * in the console once and the default is used. */
export interface Options {
  /** The language shown first: one of the story's languages (or its language alone, "en-GB"
   * for "en"); by default the host page's `<html lang>`, then the reader's languages, when the
   * story has them, else the story's first. */
  lang?: Language;
  /** The event shown first: its id, or "latest" for the most recent. */
  start?: string;
  theme?: "auto" | "light" | "dark";
  /** Plays the story from its first event, unless the reader asks for reduced motion. */
  autoplay?: boolean | "true" | "false";
  /** Autoplay's time on each event, in milliseconds, from 1000 to 60000. */
  interval?: number | string;
  reducedMotion?: boolean | "true" | "false";
  /** The lanes shown, by id. */
  lanes?: string | string[];
  /** "auto", or a height in pixels from 200 to 4000 inside which the widget scrolls. */
  height?: "auto" | number | string;
  /** "hash" keeps the selected event in the page's URL hash. */
  deepLink?: "none" | "hash";
  /** The address of a story (JSON) to show in place of the one built in. */
  src?: string;
  /** Fetches the story at `src` again every so many seconds (30 or more): a developing story. */
  refresh?: number | string;
  /** Seconds to wait for the story at `src`, from 1 to 120. */
  timeout?: number | string;
  /** The story itself: an object, or its JSON text. */
  story?: Story | string;
}

/** The options a mounted widget's `setOption` takes on; a `<crisis-timeline>`'s `src` attribute
 * also changes, and mounts its new story. */
export type LiveOption = "lang" | "start" | "theme";

/** A mounted widget. Each call checks what it is given: a wrong value is reported in the
 * console and changes nothing. */
export interface TimelineHandle {
  /** Selects the event with this id; false when there is none. */
  goTo(id: string): boolean;
  next(): void;
  prev(): void;
  play(): void;
  pause(): void;
  /** Shows the story in one of its languages, once that language's words file has come (the
   * widget stays as it was meanwhile; English stands in for the words after 10 s). */
  setLanguage(lang: Language): void;
  /** Takes on a new value of a live option; false when the value is not one it takes. */
  setOption(name: LiveOption, value: string): boolean;
  /** Removes the widget with all its listeners and timers. */
  destroy(): void;
}

/** `crisis-timeline:select`, `:play` and `:complete`: the selected event, and how many the story has. */
export interface SelectDetail {
  id: string;
  index: number;
  events: number;
}

/** `crisis-timeline:ready`: how many events the widget shows. */
export interface ReadyDetail {
  events: number;
}

/** `crisis-timeline:update`: what a new version of a developing story changed, by event id. */
export interface UpdateDetail {
  added: string[];
  changed: string[];
  removed: string[];
}

/** One mistake of a story, as the console names it. */
export interface Problem {
  item: string;
  field: string;
  problem: string;
}

/** `crisis-timeline:error`: why the story is not shown whole, and whether a story is shown. */
export interface ErrorDetail {
  reason: "invalid" | "unreachable" | "refused" | "skipped";
  shown: boolean;
  problems: Problem[];
}

/** The events a widget dispatches on its host element (they bubble, and cross shadow roots). */
export interface CrisisTimelineEventMap {
  "crisis-timeline:ready": CustomEvent<ReadyDetail>;
  "crisis-timeline:select": CustomEvent<SelectDetail>;
  "crisis-timeline:play": CustomEvent<SelectDetail>;
  "crisis-timeline:complete": CustomEvent<SelectDetail>;
  "crisis-timeline:update": CustomEvent<UpdateDetail>;
  "crisis-timeline:error": CustomEvent<ErrorDetail>;
}

/** `<crisis-timeline>`: attributes are the options by their written names (`lang`, `start`,
 * `theme`, `src`, `reduced-motion`, `deep-link`, …, and `loading="eager"`); `lang`, `start` and
 * `theme` are taken on when they change, a new `src` mounts its story, the others are read when
 * the element mounts. Calls before the widget is mounted, or after the element left the page,
 * are reported and do nothing. */
export declare class CrisisTimelineElement extends HTMLElement {
  /** The story set as a property, or null. Setting anything but a story (an object or its JSON
   * text) is reported, and the story shown stays. */
  get story(): Story | string | null;
  set story(value: Story | string);
  goTo(id: string): boolean;
  next(): void;
  prev(): void;
  play(): void;
  pause(): void;
  addEventListener<K extends keyof CrisisTimelineEventMap>(
    type: K,
    listener: (this: CrisisTimelineElement, event: CrisisTimelineEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** Mounts a timeline into `element` at once, in a shadow root; resolves to its handle
 * (undefined, after a console error, when `element` is not an element). */
export declare function mount(element: Element, options?: Options): Promise<TimelineHandle | undefined>;

/** Mounts a timeline into every `[data-crisis-timeline]` element of `root` that has none yet,
 * each when it comes near the visible area. */
export declare function mountAll(root?: ParentNode): Promise<Array<TimelineHandle | undefined>>;

/** Mounts a timeline into `element` itself, without a shadow root: for pages that carry the
 * widget's stylesheet. */
export declare function mountInPage(element: Element, options?: Options): Promise<TimelineHandle | undefined>;

/** Bytes of the wasm's linear memory. */
export declare function memoryBytes(): Promise<number>;

/** The API, also on `window.CrisisTimeline`. */
export interface CrisisTimelineApi {
  readonly mount: typeof mount;
  readonly mountAll: typeof mountAll;
  readonly mountInPage: typeof mountInPage;
  readonly memoryBytes: typeof memoryBytes;
  readonly version: string;
}

declare const api: CrisisTimelineApi;
export default api;

declare global {
  interface HTMLElementTagNameMap {
    "crisis-timeline": CrisisTimelineElement;
  }
  interface HTMLElementEventMap extends CrisisTimelineEventMap {}
  // eslint-disable-next-line no-var
  var CrisisTimeline: CrisisTimelineApi | undefined;
}
