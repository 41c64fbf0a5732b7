//! A fresh folder per test, and a command that runs the real `dyad` in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary folder, removed when the test ends.
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new(name: &str) -> Dir {
        Dir {
            tmp: tempfile::Builder::new()
                .prefix(&format!("dyad-test-{name}-"))
                .tempdir()
                .expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes `contents` to `name` (creating parent folders) and returns its path.
    pub fn create(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, contents).expect("write");
        p
    }

    /// The store folder every command gets with `--data`.
    pub fn data(&self) -> PathBuf {
        self.path().join("dyad-data")
    }

    /// A `dyad` command in this folder, with no `DYAD_*` environment.
    pub fn command(&self) -> TestCommand {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
        cmd.current_dir(self.path());
        for (k, _) in std::env::vars() {
            if k.starts_with("DYAD_") {
                cmd.env_remove(k);
            }
        }
        TestCommand { cmd }
    }
}

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// The bundled sample corpus.
pub fn corpus() -> PathBuf {
    repo().join("examples/corpus")
}

/// The five seed documents in `../shared/seeds`, sorted.
pub fn seeds() -> Vec<PathBuf> {
    let dir = repo().join("../shared/seeds");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the seeds should be at {}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    v.sort();
    v
}

pub struct TestCommand {
    cmd: Command,
}

impl TestCommand {
    pub fn args<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(
        &mut self,
        args: I,
    ) -> &mut TestCommand {
        self.cmd.args(args);
        self
    }

    pub fn arg(&mut self, a: impl AsRef<std::ffi::OsStr>) -> &mut TestCommand {
        self.cmd.arg(a);
        self
    }

    pub fn output(&mut self) -> Output {
        self.cmd.output().expect("dyad runs")
    }

    /// Runs, asserts success, returns stdout.
    pub fn stdout(&mut self) -> String {
        let o = self.output();
        assert!(
            o.status.success(),
            "dyad failed ({:?}):\nstdout: {}\nstderr: {}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).expect("stdout is UTF-8")
    }

    /// Runs, asserts the exit code, returns (stdout, stderr).
    pub fn assert_exit_code(&mut self, code: i32) -> (String, String) {
        let o = self.output();
        let (out, err) = (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        );
        assert_eq!(o.status.code(), Some(code), "stdout: {out}\nstderr: {err}");
        (out, err)
    }

    /// Runs and parses each stdout line as JSON.
    pub fn json_lines<T: serde::de::DeserializeOwned>(&mut self) -> Vec<T> {
        self.stdout()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}
