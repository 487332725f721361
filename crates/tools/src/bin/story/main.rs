//! The story tool, for newsrooms that write or generate stories without building the widget:
//!
//! - `story check FILE`: every mistake of the story in FILE (TOML or JSON, told apart by its
//!   content), one line each: `FILE:LINE: item, field 'f': problem`. Exit 0 when the story is
//!   clean, 1 on any mistake (a file that cannot be read is one), 2 when the command is wrong.
//! - `story export FILE -o OUT`: the story as the compact JSON that the widget reads (`src` of the
//!   URL embed); a story with mistakes is not written, and they are listed as by `check`.
//! - `story import FILE -o OUT.toml [--lang TAG] [--status STATUS] [--source 'OUTLET, DATE']
//!   [--image-ratio W:H]`: a TimelineJS timeline (its JSON, or its sheet's CSV) as a story in
//!   TOML, with a note for each thing left out; what TimelineJS has not (every event's status
//!   and source, every image's shape) as the journalist chooses, named in the notes; exit 1, and
//!   nothing written, for what the story format cannot take (years outside 1 to 9999).
//!
//! Run with `cargo run --release -p crisis-tools --bin story -- check story.toml`. The rules are
//! the widget's own (`crisis_format::validate`), with the IANA zone rules the build uses.

/// Runs the command line's command and exits with its status.
fn main() {
    std::process::exit(tool::run(&std::env::args().skip(1).collect::<Vec<_>>()));
}

mod text_file;

mod tool {
    use super::text_file::read_text;
    use crisis_authoring::choices::ImportChoices;
    use crisis_authoring::{check::check, import, Mistake};
    use crisis_format::schema::Lang;
    use crisis_format::tzdb;

    const USAGE: &str =
        "usage: story check FILE\n       story export FILE -o OUT.json\n       story import FILE -o OUT.toml [--lang TAG] [--status STATUS]\n                    [--source 'OUTLET, YYYY-MM-DD'] [--image-ratio W:H]";

    /// Runs the command in `args`; returns the exit status.
    pub fn run(args: &[String]) -> i32 {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        match args.as_slice() {
            ["check", file] => match checked(file) {
                Ok(_) => 0,
                Err(lines) => report(&lines),
            },
            ["export", file, "-o", out] | ["export", "-o", out, file] => match checked(file) {
                Ok(json) => match std::fs::write(out, json) {
                    Ok(()) => 0,
                    Err(e) => report(&[format!("{out}: cannot be written: {e}")]),
                },
                Err(lines) => report(&lines),
            },
            ["import", file, "-o", out, options @ ..] => match import_options(options) {
                Some((lang, choices)) => import(file, out, lang, choices),
                None => {
                    eprintln!("{USAGE}");
                    2
                }
            },
            _ => {
                eprintln!("{USAGE}");
                2
            }
        }
    }

    /// The import's options, each at most once, in any order: the language (`en` unless
    /// given) and the choices' texts (`--status`, `--source`, `--image-ratio`); `None` when the
    /// command is wrong.
    fn import_options<'a>(options: &[&'a str]) -> Option<(&'a str, [Option<&'a str>; 3])> {
        let mut lang = None;
        let mut choices = [None; 3];
        for pair in options.chunks(2) {
            let [name, value] = pair else { return None };
            let slot = match *name {
                "--lang" if Lang::parse(value).is_ok() => &mut lang,
                "--status" => &mut choices[0],
                "--source" => &mut choices[1],
                "--image-ratio" => &mut choices[2],
                _ => return None,
            };
            if slot.replace(*value).is_some() {
                return None;
            }
        }
        Some((lang.unwrap_or("en"), choices))
    }

    /// Imports the TimelineJS timeline in `file` into `out` with the journalist's choices (their
    /// texts: status, source, image ratio); notes go to standard error.
    fn import(file: &str, out: &str, lang: &str, choices: [Option<&str>; 3]) -> i32 {
        let [status, source, ratio] = choices;
        let outcome = ImportChoices::read(status, source, ratio).and_then(|choices| {
            read_text(file)
                .map_err(|m| vec![m])
                .and_then(|text| import::import(&text, lang, &choices))
        });
        match outcome {
            Ok(outcome) => {
                for note in &outcome.notes {
                    eprintln!("{file}: {note}");
                }
                match std::fs::write(out, outcome.toml) {
                    Ok(()) => 0,
                    Err(e) => report(&[format!("{out}: cannot be written: {e}")]),
                }
            }
            Err(mistakes) => report(&in_file(file, &mistakes)),
        }
    }

    /// Prints each line on standard error; the status of a story with mistakes.
    fn report(lines: &[String]) -> i32 {
        for line in lines {
            eprintln!("{line}");
        }
        1
    }

    /// The mistakes as `FILE:LINE: …` lines.
    fn in_file(file: &str, mistakes: &[Mistake]) -> Vec<String> {
        mistakes.iter().map(|m| m.in_file(file)).collect()
    }

    /// The story in `file` as compact JSON, or its mistakes as `FILE:LINE: …` lines.
    fn checked(file: &str) -> Result<String, Vec<String>> {
        let text = read_text(file).map_err(|m| vec![m.in_file(file)])?;
        check(&text, &tzdb::Tzdb)
            .strictly()
            .map_err(|mistakes| in_file(file, &mistakes))
    }
}
