//! Messages for the host page's developers, in the browser console (or stderr when natively
//! tested), so that a bad option or bad data is seen without breaking the page.

/// Logs a warning.
pub fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::warn!(message);
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("warning: {message}");
}

/// Logs an error.
pub fn error(message: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::error!(message);
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("error: {message}");
}
