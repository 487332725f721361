//! crisis-timeline: an animated, embeddable timeline of a crisis, told as it unfolded, in
//! French, English or both. Its default story is the OpenAI leadership crisis of November 2023.
//!
//! The crate is both the widget (Yew components compiled to WebAssembly) and its pure logic
//! (data validation, time scales, derived state), which builds and tests natively.

/// The story tool's work (checking stories, importing TimelineJS timelines): native, and in the
/// preview page's own wasm; never in the widget's.
#[cfg(any(not(target_arch = "wasm32"), feature = "preview"))]
pub mod authoring;
pub mod components;
pub mod console;
pub mod data;
pub mod embed;
pub mod embedded;
pub mod fetch;
pub mod hooks;
pub mod intl;
pub mod model;
/// The build's prerender step: native only, never in the wasm.
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod refresh;
pub mod state;

pub use components::Timeline;
pub use data::schema::{Dataset, Lang};
pub use model::options::Options;

/// Talc instead of the standard allocator (dlmalloc): the wasm is 2.1 kB gzipped smaller with
/// it (`make size`), and reading 10,000 host events takes as long.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
