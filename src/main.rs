//! The standalone page: mounts the widget into `#timeline`.

fn main() {
    crisis_timeline::embed::mount_standalone();
}
