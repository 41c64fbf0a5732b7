//! `dyad extract`: clean text and metadata, no store.

use crate::flags::InputArgs;
use crate::output::{Out, clip, or_dash};
use crate::{messages, pipeline};
use dyad_extract::Options;
use std::process::ExitCode;

pub(crate) fn run(args: InputArgs) -> anyhow::Result<ExitCode> {
    let opts = Options { max_bytes: args.max_bytes };
    let progress = messages::progress("extracting");
    let mut out = Out::new();
    let counts = pipeline::run(
        &args.paths,
        args.max_bytes,
        &progress,
        |_| false,
        |raw| dyad_extract::extract(&raw.body, &raw.hints, &opts).map_err(|e| e.to_string()),
        |_, article| {
            if args.output.json {
                return Ok(out.json(&article)?);
            }
            out.line(&format!(
                "{}\n  title: {}\n  published: {}  source: {}  author: {}  dateline: {}  lang: {}\n  {}\n",
                article.id,
                or_dash(article.title.as_deref()),
                article.published.map(|d| d.to_string()).as_deref().unwrap_or("-"),
                or_dash(article.source.as_deref()),
                or_dash(article.author.as_deref()),
                or_dash(article.dateline.as_deref()),
                or_dash(article.lang.as_deref()),
                clip(&article.text, 300)
            ))?;
            Ok(())
        },
    );
    progress.finish_and_clear();
    let counts = counts?;
    out.flush()?;
    Ok(super::exit_for(&counts))
}
