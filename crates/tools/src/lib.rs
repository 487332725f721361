//! The native tools around the widget: the build's prerender step, which writes the story into
//! the built pages (bin `prerender`), and the story command line (bin `story`). Never in a wasm.

pub mod prerender;
