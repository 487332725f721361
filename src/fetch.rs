//! Fetching a story's JSON text by URL, with a time limit: the only request the widget makes
//! of its own (CORS decides for another site's story; no credentials go to one).

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a story's text did not arrive, as the console tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The network failed, or CORS refused the answer.
    Network,
    /// No complete answer within the time limit.
    Timeout(u32),
    /// The server answered with an HTTP error.
    Status(u16),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Network => {
                f.write_str("network error, or another site that does not allow it (CORS)")
            }
            FetchError::Timeout(ms) => write!(f, "no answer within {} s", ms / 1000),
            FetchError::Status(code) => write!(f, "HTTP {code}"),
        }
    }
}

/// How a fetch uses the browser's cached copy of a story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cached {
    /// As the server's caching headers allow: a story's first load.
    AsAllowed,
    /// Asked for again: the browser asks the server whether its cached copy is still current
    /// (`If-None-Match`, `If-Modified-Since`: a `304` costs no download) rather than using it
    /// unasked; a developing story's refresh.
    Revalidated,
}

/// The text at `url`, or why not, given up after `timeout_ms`. The widget sets no request
/// header of its own, which would cost another site's story a CORS preflight.
pub async fn fetch_text(url: &str, timeout_ms: u32, cached: Cached) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let controller = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    if cached == Cached::Revalidated {
        init.set_cache(web_sys::RequestCache::NoCache);
    }
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
    }
    let timed_out = Rc::new(Cell::new(false));
    // Dropped when the text has arrived, which cancels it; covers the body as well.
    let _timer = {
        let timed_out = timed_out.clone();
        let controller = controller.clone();
        gloo::timers::callback::Timeout::new(timeout_ms, move || {
            timed_out.set(true);
            if let Some(controller) = controller {
                controller.abort();
            }
        })
    };
    let failed = |timed_out: &Cell<bool>| {
        if timed_out.get() {
            FetchError::Timeout(timeout_ms)
        } else {
            FetchError::Network
        }
    };
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| failed(&timed_out))?
        .dyn_into()
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    // As bytes, copied into the wasm's memory at once: a string crossed over as text was
    // encoded into it again, 3 ms of a 300 kB story's refresh (Chrome's profiler).
    let body = response.array_buffer().map_err(|_| FetchError::Network)?;
    let bytes = JsFuture::from(body).await.map_err(|_| failed(&timed_out))?;
    // Read as the browser's `text()` reads: a byte that is not UTF-8 becomes U+FFFD, and a
    // byte-order mark is dropped.
    let text = String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec())
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
