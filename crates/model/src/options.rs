//! The options a host page can set, read from `data-*` attributes, query parameters or a JS
//! object, all under the same names. A bad value never stops the widget: it yields a warning
//! that names the option and the value, and the default is used.

use crisis_format::schema::Lang;
use std::fmt;

/// Light, dark, or following the reader's system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The widget's class for the theme: none to follow the reader's system.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("ct--light"),
            Theme::Dark => Some("ct--dark"),
        }
    }
}

/// Whether the selection is written to and read from the URL hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DeepLink {
    /// Leave the host page's URL alone.
    #[default]
    None,
    /// `#event-id` selects an event and follows the selection.
    Hash,
}

/// The widget's height: its content's, or a fixed number of CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Height {
    /// As tall as its content.
    #[default]
    Auto,
    /// Fixed height in CSS pixels; the story card scrolls inside.
    Fixed(u32),
}

/// Where the widget opens (the `start` option).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// The event with this id.
    Event(String),
    /// The most recent event shown (`start=latest`): for a story still unfolding, where the
    /// reader wants the news first. The events are in time order, so it is the last one.
    Latest,
}

/// Every host option, with its default.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Language of the widget (`lang`): a language tag, which names one of the story's languages
    /// on its whole tag or its language alone (`en-GB` names `en`); by default the host page's
    /// or the reader's language when the story has it, else the story's first.
    pub lang: Option<Lang>,
    /// The first event shown (`start`): an event's id, or `latest`; the first event by default.
    pub start: Option<Start>,
    /// Colour theme (`theme`): `auto`, `light` or `dark`.
    pub theme: Theme,
    /// Start autoplay on load (`autoplay`), unless the reader prefers reduced motion.
    pub autoplay: bool,
    /// How long autoplay stays on each event, in milliseconds (`interval`, 1000 to 60000).
    pub interval_ms: u32,
    /// Turn every animation off (`reduced-motion`), whatever the reader's system says.
    pub reduced_motion: bool,
    /// Ids of the lanes shown (`lanes`, comma-separated); all by default.
    pub lanes: Option<Vec<String>>,
    /// Height (`height`): `auto` or a number of pixels.
    pub height: Height,
    /// Deep links (`deep-link`): `none` or `hash`.
    pub deep_link: DeepLink,
    /// Address of the story to show (`src`), a JSON file; the story built in by default.
    pub src: Option<String>,
    /// How often to fetch the story at `src` again, for a developing story (`refresh`, in
    /// seconds, at least 30); never by default.
    pub refresh_s: Option<u32>,
    /// How long to wait for the story at `src` before offering to try again, in milliseconds
    /// (`timeout`, in seconds from 1 to 120; 15 by default).
    pub timeout_ms: u32,
}

/// How long a story by URL may take to arrive by default: 15 s, a slow phone connection's
/// worst case for a 1,000-event story (about 250 kB gzipped).
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The shortest interval between two fetches of a developing story, in seconds.
pub const MIN_REFRESH_S: u32 = 30;

/// The options' names, as a host page writes them: as they are on `<crisis-timeline>`, with
/// `data-` before each on a `div[data-crisis-timeline]`. The script embed repeats them
/// (`www/rules.js`, checked against `tests/fixtures/rules/options.json` on both sides).
pub const NAMES: [&str; 12] = [
    "lang",
    "start",
    "theme",
    "autoplay",
    "interval",
    "reduced-motion",
    "lanes",
    "height",
    "deep-link",
    "src",
    "refresh",
    "timeout",
];

/// The options that a mounted widget takes on when they change (`<crisis-timeline>`'s
/// attributes, the handle's `setOption`), `src` by mounting the story anew; the others are
/// read once, when it mounts.
pub const LIVE: [&str; 4] = ["lang", "start", "theme", "src"];

/// The live options that a handle's `setOption` takes on: [`LIVE`] but `src`, whose story needs
/// a new mount (a `<crisis-timeline>` whose attribute changes mounts it itself). The types' file
/// (`www/crisis-timeline.d.ts`, `LiveOption`) is checked against it.
pub const SET_OPTION: [&str; 3] = ["lang", "start", "theme"];

/// Autoplay's default time on each event, in milliseconds.
pub const DEFAULT_INTERVAL_MS: u32 = 5_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            start: None,
            theme: Theme::default(),
            autoplay: false,
            interval_ms: DEFAULT_INTERVAL_MS,
            reduced_motion: false,
            lanes: None,
            height: Height::default(),
            deep_link: DeepLink::default(),
            src: None,
            refresh_s: None,
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }
}

/// An option the widget could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionWarning {
    /// The option's name as the host wrote it.
    pub option: String,
    /// The value it gave.
    pub value: String,
    /// What would have been accepted.
    pub expected: String,
    /// What the widget does instead: uses the default when it mounts, or stays as it is.
    pub instead: &'static str,
}

impl OptionWarning {
    /// A warning for `option` set to `value`; both are cut short, so that a hostile page cannot
    /// flood the console with one line.
    pub fn new(option: &str, value: &str, expected: &str) -> OptionWarning {
        OptionWarning {
            option: option.chars().take(64).collect(),
            value: value.chars().take(80).collect(),
            expected: expected.to_string(),
            instead: "the default is used",
        }
    }

    /// The same warning for a value given to a widget already mounted, which keeps the one it has.
    pub fn after_mount(self) -> OptionWarning {
        OptionWarning {
            instead: "the widget stays as it was",
            ..self
        }
    }
}

impl fmt::Display for OptionWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "crisis-timeline: option '{}' has the value '{}', expected {}; {}",
            self.option, self.value, self.expected, self.instead
        )
    }
}

/// The canonical name of an option, whatever its spelling: `deep-link`, `deepLink`,
/// `data-deep-link` and `deep_link` are one option.
pub fn canonical_name(name: &str) -> String {
    let name = name.strip_prefix("data-").unwrap_or(name);
    name.chars()
        .filter(|c| *c != '-' && *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl Options {
    /// Reads options from name/value pairs, in order; later pairs override earlier ones.
    /// Names that are not options are reported too, so that a typo does not go unseen.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Options, Vec<OptionWarning>) {
        let mut options = Options::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            if let Err(expected) = options.set(name, value) {
                warnings.push(OptionWarning::new(name, value, expected));
            }
        }
        (options, warnings)
    }

    /// Sets one option; on a bad value leaves the option as it was and says what was expected.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), &'static str> {
        let value = value.trim();
        match canonical_name(name).as_str() {
            "lang" => {
                self.lang = Some(
                    Lang::parse(value).map_err(|_| "a language tag such as 'fr', 'de' or 'pt-BR'")?,
                )
            }
            "start" => {
                self.start = Some(match value {
                    "latest" => Start::Latest,
                    id if crisis_format::ids::is_id(id) => Start::Event(id.to_string()),
                    _ => return Err("an event id, or 'latest'"),
                });
            }
            "theme" => {
                self.theme = match value {
                    "auto" => Theme::Auto,
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => return Err("'auto', 'light' or 'dark'"),
                }
            }
            "autoplay" => self.autoplay = boolean(value)?,
            "interval" => {
                let ms = value.strip_suffix("ms").unwrap_or(value);
                self.interval_ms = match ms.parse::<u32>() {
                    Ok(n) if (1_000..=60_000).contains(&n) => n,
                    _ => return Err("a number of milliseconds from 1000 to 60000"),
                }
            }
            "reducedmotion" => self.reduced_motion = boolean(value)?,
            "lanes" => {
                let lanes: Vec<String> = value
                    .split(',')
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect();
                if lanes.is_empty() {
                    return Err("a comma-separated list of lane ids");
                }
                self.lanes = Some(lanes);
            }
            "height" => {
                self.height = match value {
                    "auto" => Height::Auto,
                    px => {
                        let px = px.strip_suffix("px").unwrap_or(px);
                        match px.parse::<u32>() {
                            Ok(n) if (200..=4000).contains(&n) => Height::Fixed(n),
                            _ => return Err("'auto' or a number of pixels from 200 to 4000"),
                        }
                    }
                }
            }
            "deeplink" => {
                self.deep_link = match value {
                    "none" => DeepLink::None,
                    "hash" => DeepLink::Hash,
                    _ => return Err("'none' or 'hash'"),
                }
            }
            "src" => {
                if value.is_empty() || value.len() > 2048 || value.chars().any(char::is_control) {
                    return Err("the address of a story (a JSON file)");
                }
                self.src = Some(value.to_string());
            }
            "timeout" => {
                let seconds = value.strip_suffix('s').unwrap_or(value);
                self.timeout_ms = match seconds.parse::<u32>() {
                    Ok(n) if (1..=120).contains(&n) => n * 1000,
                    _ => return Err("a number of seconds from 1 to 120"),
                }
            }
            "refresh" => {
                let seconds = value.strip_suffix('s').unwrap_or(value);
                self.refresh_s = match seconds.parse::<u32>() {
                    // Once a minute is what a newsroom updates at most; 30 s leaves room.
                    Ok(n) if n >= MIN_REFRESH_S => Some(n),
                    _ => return Err("a number of seconds, 30 or more"),
                }
            }
            _ => {
                return Err(
                    "no such option (lang, start, theme, autoplay, interval, reduced-motion, lanes, height, deep-link, src, refresh, timeout)",
                )
            }
        }
        Ok(())
    }
}

fn boolean(value: &str) -> Result<bool, &'static str> {
    match value {
        "" | "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err("'true' or 'false'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_option_are_the_same_option() {
        for name in ["deep-link", "deepLink", "data-deep-link", "deep_link"] {
            let (options, warnings) = Options::parse([(name, "hash")]);
            assert_eq!(options.deep_link, DeepLink::Hash, "{name}");
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn bad_values_warn_and_keep_the_default() {
        let (options, warnings) =
            Options::parse([("lang", "german"), ("theme", "pink"), ("height", "12")]);
        assert_eq!(options, Options::default());
        assert_eq!(warnings.len(), 3);
        assert_eq!(
            warnings[0].to_string(),
            "crisis-timeline: option 'lang' has the value 'german', expected a language tag such as 'fr', 'de' or 'pt-BR'; the default is used"
        );
    }

    #[test]
    fn good_values_are_read() {
        let (options, warnings) = Options::parse([
            ("lang", "en-GB"),
            ("start", "agreement"),
            ("autoplay", ""),
            ("reducedMotion", "false"),
            ("lanes", "board, staff"),
            ("height", "640px"),
            ("interval", "2000"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(options.lang, Lang::parse("en-GB").ok());
        assert_eq!(options.start, Some(Start::Event("agreement".into())));
        assert_eq!(
            Options::parse([("start", " latest ")]).0.start,
            Some(Start::Latest)
        );
        assert!(options.autoplay);
        assert!(!options.reduced_motion);
        assert_eq!(
            options.lanes,
            Some(vec!["board".to_string(), "staff".to_string()])
        );
        assert_eq!(options.height, Height::Fixed(640));
        assert_eq!(options.interval_ms, 2000);
        assert_eq!(
            Options::parse([("interval", "10")]).0.interval_ms,
            DEFAULT_INTERVAL_MS
        );
    }

    #[test]
    fn refresh_is_seconds_from_thirty_and_off_otherwise() {
        assert_eq!(Options::parse([("refresh", "60")]).0.refresh_s, Some(60));
        assert_eq!(Options::parse([("refresh", "30s")]).0.refresh_s, Some(30));
        for bad in ["29", "0", "-60", "soon", "1.5", ""] {
            let (options, warnings) = Options::parse([("refresh", bad)]);
            assert_eq!(options.refresh_s, None, "{bad:?}");
            assert_eq!(warnings.len(), 1, "{bad:?}");
            assert!(warnings[0].to_string().contains("30 or more"), "{bad:?}");
        }
        assert_eq!(Options::default().refresh_s, None);
    }

    #[test]
    fn unknown_options_are_reported() {
        let (_, warnings) = Options::parse([("langue", "fr")]);
        assert_eq!(warnings[0].option, "langue");
    }
}
