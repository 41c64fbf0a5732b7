//! `dyad serve`: the web UI and the JSON API.

use crate::flags::{DataArgs, ServeArgs};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The store to serve: `--data`, or when that is the default `dyad-data` and holds no store,
/// the one `dyad demo` left in the temporary folder (so that `dyad demo` then `dyad serve`
/// just works).
fn store_dir(data: &DataArgs) -> PathBuf {
    let asked = &data.data;
    if asked.join("dyad.db").exists() || asked != Path::new("dyad-data") {
        return asked.clone();
    }
    // Where `dyad demo` puts its store (cmd/demo.rs).
    let demo = std::env::temp_dir().join("dyad-demo");
    if demo.join("dyad.db").exists() {
        eprintln!(
            "dyad: no store in ./dyad-data; serving the one `dyad demo` made in {}",
            demo.display()
        );
        return demo;
    }
    asked.clone()
}

pub(crate) fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let data = DataArgs { data: store_dir(&args.data) };
    let store = super::open_store(&data)?;
    let articles = store.catalog().stats()?.articles;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr).await.map_err(|e| {
            anyhow::anyhow!(
                "cannot listen on {}: {e} (is another dyad serve running? try --addr 127.0.0.1:0)",
                args.addr
            )
        })?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            eprintln!(
                "dyad: warning: listening on {addr}: anyone who can reach this machine can read the store"
            );
        }
        eprintln!(
            "dyad: serving {} ({articles} articles)\n\n    open http://{addr}/ in a browser\n\n(the JSON API is under http://{addr}/api/; Ctrl-C stops)",
            data.data.display()
        );
        dyad_server::serve(listener, store).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
