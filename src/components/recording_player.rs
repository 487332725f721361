//! A recording on the story card. A YouTube or Vimeo video shows its poster and a play button;
//! only when the reader presses it is the platform's player loaded, in an iframe laid over the
//! poster's box (so nothing moves), and started. A file plays in the browser's own `<video>` or
//! `<audio>`, with controls, never by itself and with nothing of it loaded before play
//! (`preload="none"`), with its captions as tracks.

use crisis_format::players::{player_of, Player};
use crisis_format::schema::{Lang, Recording};
use crisis_model::css_vars;
use crisis_model::labels;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Props of [`RecordingPlayer`].
#[derive(Properties, PartialEq)]
pub struct RecordingPlayerProps {
    pub recording: Recording,
    pub lang: Lang,
    /// False in the unseen sizer cards: the box is kept, and nothing is loaded.
    pub shown: bool,
}

/// The recording of the card's event.
#[component]
pub fn RecordingPlayer(props: &RecordingPlayerProps) -> Html {
    let pressed = use_state_eq(|| false);
    // The platform's frame takes the place of the button that had focus: focus goes to the
    // frame, so that a keyboard reader goes on from the player rather than from the page's top.
    let frame = use_node_ref();
    {
        let frame = frame.clone();
        use_effect_with(*pressed, move |pressed| {
            if let Some(frame) = frame.cast::<HtmlElement>().filter(|_| *pressed) {
                let _ = frame.focus();
            }
        });
    }
    let RecordingPlayerProps {
        recording,
        lang,
        shown,
    } = props;
    let title = recording.title.get(*lang).to_string();
    let address = |url: &str| shown.then(|| url.to_string());
    let (width, height) = (recording.width.to_string(), recording.height.to_string());
    let shape = css_vars::shape(recording.width, recording.height);
    let poster = || {
        html! {
            <img class="ct-player__poster" src={address(&recording.poster)} alt=""
                width={width.clone()} height={height.clone()} data-ct-vars={shape.clone()} loading="lazy" decoding="async" />
        }
    };
    let tracks = recording.captions.iter().map(|c| {
        html! { <track kind="captions" src={c.url.to_string()} srclang={c.lang.tag().to_string()} /> }
    });
    let platform = player_of(&recording.url);
    // A platform's video is named by a link to it: the way to it with no script (the pages'
    // list), on paper (the address is printed), or for a reader who would rather watch it there.
    let on_platform = matches!(platform, Some(Player::YouTube(_) | Player::Vimeo(_)));
    let caption = match on_platform {
        true => html! {
            <a href={recording.url.to_string()} target="_blank" rel="noopener noreferrer"
                title={labels::text(labels::Label::NewTab, *lang)}>{ title.clone() }</a>
        },
        false => html! { { title.clone() } },
    };
    let player = match platform {
        Some(Player::AudioFile) => html! {
            <audio class="ct-player__audio" controls={true} preload="none" src={address(&recording.url)}
                aria-label={title.clone()}>{ for tracks }</audio>
        },
        Some(Player::VideoFile) => html! {
            <video class="ct-player__video" controls={true} preload="none" src={address(&recording.url)}
                poster={address(&recording.poster).filter(|p| !p.is_empty())} width={width.clone()}
                height={height.clone()} data-ct-vars={shape.clone()} aria-label={title.clone()}>{ for tracks }</video>
        },
        Some(platform) if *pressed && *shown => html! {
            <div class="ct-player">
                { poster() }
                <iframe ref={frame} class="ct-player__frame" src={platform.embed_url()} title={title.clone()}
                    allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen={true}></iframe>
            </div>
        },
        _ => {
            let press = {
                let pressed = pressed.clone();
                Callback::from(move |_: MouseEvent| pressed.set(true))
            };
            let label = labels::play_video(&title, *lang);
            html! {
                <button type="button" class="ct-player ct-player__start" aria-label={label} onclick={press}>
                    { poster() }
                    <span class="ct-player__icon" aria-hidden="true">{ "▶" }</span>
                </button>
            }
        }
    };
    html! {
        <figure class="ct-recording">
            { player }
            <figcaption class="ct-image__caption">{ caption }</figcaption>
        </figure>
    }
}
