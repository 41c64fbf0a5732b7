//! The `dyad` binary: flags in, pipeline wired, records out.

mod cmd;
mod flags;
mod inputs;
mod messages;
mod output;
mod pipeline;

use clap::Parser;
use flags::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            // `dyad extract --json | head` closes stdout early: not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dyad: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Demo(a) => cmd::demo::run(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Quotes(a) => cmd::quotes::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Entities(a) => cmd::entities::run(a),
        Command::Stories(a) => cmd::stories::run(a),
        Command::Story(a) => cmd::stories::run_one(a),
        Command::Timeline(a) => cmd::timeline::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Export(a) => cmd::export::run(a),
    }
}
