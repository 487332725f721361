//! When the widget cannot go on: the panic's own words in the console. The wasm then stops (a
//! trap), and the entry script (`www/entry.js`) shows the static list of events in its place.

use crate::console;

/// Logs every panic with its message and place, for builds that run a panic hook (the debug build,
/// and a release built without `.ci/trunk-release`). The release build aborts at once on a panic,
/// hook and message left out (16 kB gzipped less); its trap is reported by the entry script alone.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console::error(&format!("crisis-timeline: internal error: {info}"))
    }));
}
