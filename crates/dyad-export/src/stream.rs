//! The bridge between the store's callbacks and the writers: errors stop the stream, progress
//! is counted in batches.

use crate::Result;
use std::ops::ControlFlow;

/// Runs a store stream (`run` hands every row to the callback it is given), passing each row to
/// `handle`; the first error of `handle` stops the stream and is returned.
pub(crate) fn drive<T>(
    run: impl FnOnce(&mut dyn FnMut(T) -> ControlFlow<()>) -> dyad_store::Result<()>,
    mut handle: impl FnMut(T) -> Result<()>,
) -> Result<()> {
    let mut failed = None;
    run(&mut |item| match handle(item) {
        Ok(()) => ControlFlow::Continue(()),
        Err(e) => {
            failed = Some(e);
            ControlFlow::Break(())
        }
    })?;
    failed.map_or(Ok(()), Err)
}

/// Counts written rows and reports them to a callback every [`Progress::BATCH`] rows.
pub(crate) struct Progress<'a> {
    report: &'a mut dyn FnMut(u64),
    pending: u64,
    total: u64,
}

impl<'a> Progress<'a> {
    const BATCH: u64 = 512;

    pub(crate) fn new(report: &'a mut dyn FnMut(u64)) -> Progress<'a> {
        Progress { report, pending: 0, total: 0 }
    }

    /// One more row written.
    pub(crate) fn row(&mut self) {
        self.pending += 1;
        self.total += 1;
        if self.pending == Self::BATCH {
            (self.report)(self.pending);
            self.pending = 0;
        }
    }

    /// Reports the rows not reported yet; returns the total.
    pub(crate) fn finish(mut self) -> u64 {
        if self.pending > 0 {
            (self.report)(self.pending);
            self.pending = 0;
        }
        self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    #[test]
    fn progress_reports_every_row_once() {
        let mut seen = 0;
        let mut count = |n: u64| seen += n;
        let mut p = Progress::new(&mut count);
        for _ in 0..1300 {
            p.row();
        }
        assert_eq!(p.finish(), 1300);
        assert_eq!(seen, 1300);
    }

    #[test]
    fn a_handler_error_stops_the_stream() {
        let mut handled = 0;
        let r = drive(
            |each| {
                for i in 0..10 {
                    if each(i).is_break() {
                        break;
                    }
                }
                Ok(())
            },
            |i: i32| {
                handled += 1;
                if i == 3 { Err(Error::Io(std::io::Error::other("full"))) } else { Ok(()) }
            },
        );
        assert!(matches!(r, Err(Error::Io(_))));
        assert_eq!(handled, 4);
    }
}
