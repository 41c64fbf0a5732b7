//! `dyad serve`: the JSON API.

use crate::flags::ServeArgs;
use std::process::ExitCode;

pub(crate) fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(&args.data)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", args.addr))?;
        let addr = listener.local_addr()?;
        eprintln!(
            "dyad: serving {} on http://{addr}/ (API under /api/, Ctrl-C to stop)",
            args.data.data.display()
        );
        dyad_server::serve(listener, store).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
