//! The widget's Yew components, one per file, each with its Props, and the parts of the widget
//! that are plain functions of its state (the header, the state strip, the controls).

pub mod animated_number;
pub mod announcer;
pub mod body_text;
pub mod controls;
pub mod event_card;
pub mod event_image;
pub mod event_list;
pub mod fresh_events;
pub mod header;
pub mod language_switch;
pub mod link_card;
pub mod marker_button;
pub mod navigator;
pub mod quotation;
pub mod recording_player;
pub mod segment_axis;
pub mod skip_link;
pub mod slot;
pub mod state_strip;
pub mod story_card;
pub mod story_loader;
pub mod timeline;

pub use animated_number::AnimatedNumber;
pub use announcer::Announcer;
pub use controls::controls;
pub use event_list::EventList;
pub use header::header;
pub use marker_button::MarkerButton;
pub use navigator::Navigator;
pub use segment_axis::SegmentAxis;
pub use skip_link::skip_link;
pub use slot::Slot;
pub use state_strip::state_strip;
pub use story_card::StoryCard;
pub use story_loader::StoryLoader;
pub use timeline::Timeline;
