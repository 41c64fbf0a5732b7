//! Reporting: one line per bad input, through the progress bar when there is one.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Reports that `what` (a path, or `path:record`) could not be read, and why; the run goes on.
pub(crate) fn report(progress: &ProgressBar, what: &str, reason: &dyn std::fmt::Display) {
    let line = format!("dyad: {what}: {reason}");
    if progress.is_hidden() {
        eprintln!("{line}");
    } else {
        progress.println(line);
    }
}

/// A progress counter on stderr when stderr is a terminal; hidden otherwise (logs, pipes).
pub(crate) fn progress(what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style =
        ProgressStyle::with_template("{spinner} {msg}: {pos} documents ({per_sec}, {elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.set_message(what.to_owned());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
