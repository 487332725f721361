// The stories as their source files say them, so that tests compare what the pages show with
// the data rather than with another output of the same generator.
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

/** A story file, parsed: `title`, `events` (in file order) and the rest. */
export const readStory = (path) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

/** The story built in by default. */
export const story = readStory("src/data/events.toml");

/** The second story: another crisis, in one language. */
export const cuba = readStory("tests/fixtures/cuban-missile-crisis.toml");

/** A fictional story in four languages (de, es, uk, pt-BR), carrying none of the widget's words. */
export const valdoria = readStory("tests/fixtures/valdoria-flood.toml");

/** The same fictional story in Arabic alone: laid out right to left. */
export const valdoriaArabic = readStory("tests/fixtures/valdoria-flood-arabic.toml");

/** The same fictional story in Hebrew, Persian and Urdu: three right-to-left languages. */
export const valdoriaRtl = readStory("tests/fixtures/valdoria-flood-rtl.toml");

/** The same fictional story in Japanese alone. */
export const valdoriaJapanese = readStory("tests/fixtures/valdoria-flood-japanese.toml");

/** The widget's words as shipped in `www/locales/<tag>.json`. */
export const words = (tag) => JSON.parse(readFileSync(new URL(`../../www/locales/${tag}.json`, import.meta.url), "utf8"));

/** Every event's headline in `lang`, in story order. */
export const headlines = (lang = "fr", of = story) => of.events.map((event) => event.headline[lang]);
