//! Integration tests: each drives the real `dyad` binary in a fresh folder.

// Helpers are `pub` for the sibling modules of this one test binary.
#![allow(unreachable_pub)]

#[macro_use]
mod macros;
mod hay;
mod json;
mod util;

mod analyze;
mod bad_input;
mod browser;
mod crash;
mod export;
mod extract;
mod ingest;
mod queries;
mod server;
mod timeline;
mod ui;
