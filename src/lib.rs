//! crisis-timeline: an animated, embeddable timeline of a crisis, told as it unfolded, in the
//! languages of its story. Its default story is the OpenAI leadership crisis of November 2023,
//! in French and English.
//!
//! This crate is the widget: the reader's state, the Yew components and hooks, the host
//! boundary (`embed`) and the story built in, compiled to WebAssembly. The layers below it are
//! crates of their own, which it depends on and which cannot depend on it: the story format
//! (`crisis-format`), the pure logic (`crisis-model`) and the browser's CLDR (`crisis-intl`).

pub mod built_in;
pub mod components;
pub mod console;
pub mod embed;
pub mod fetch;
pub mod hooks;
pub mod refresh;
pub mod state;
pub mod words_files;

pub use components::Timeline;
pub use crisis_format::schema::{Dataset, Lang};
pub use crisis_model::options::Options;

/// Talc instead of the standard allocator (dlmalloc): the wasm is 2.1 kB gzipped smaller with
/// it (`make size`), and reading 10,000 host events takes as long.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
