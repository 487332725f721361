//! Runs when the wasm starts, on every page that loads it: reports panics clearly, and mounts the
//! standalone page's widget if the page is the standalone page.

fn main() {
    crisis_timeline::embed::failure::install_panic_hook();
    crisis_timeline::embed::mount_standalone();
}
