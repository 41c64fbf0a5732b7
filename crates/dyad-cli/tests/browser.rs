//! A small headless-Chromium driver for the UI tests: the DevTools protocol over a websocket
//! of our own (no dependency), enough to load pages, click, read the DOM and take
//! screenshots.
//!
//! Chromium is Debian's `chromium` (`scripts/test` installs it), or the one `DYAD_CHROMIUM`
//! names.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Chromium to drive: `DYAD_CHROMIUM`, else `chromium` on the PATH. `None` (the browser
/// tests are skipped) unless `DYAD_REQUIRE_BROWSER` is set, which makes a missing browser a
/// failure, as in CI.
pub fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("DYAD_CHROMIUM").map(PathBuf::from).or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|d| d.join("chromium")).find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("DYAD_REQUIRE_BROWSER").is_none(),
            "DYAD_REQUIRE_BROWSER is set but no chromium was found (scripts/test installs it)"
        );
        eprintln!("browser tests skipped: no chromium (scripts/test installs Debian's)");
    }
    found
}

/// Where the UI tests save their screenshots: `target/screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("target/").join("screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// A websocket client: text frames out (masked), frames in.
struct Socket {
    stream: TcpStream,
}

impl Socket {
    fn connect(url: &str) -> Socket {
        let rest = url.strip_prefix("ws://").expect("a ws:// URL");
        let (host, path) = rest.split_once('/').expect("a path");
        let mut stream = TcpStream::connect(host).expect("DevTools socket");
        stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        write!(
            stream,
            "GET /{path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ZHlhZC1icm93c2VyLXRlc3Q=\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        .unwrap();
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            stream.read_exact(&mut byte).expect("handshake");
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head);
        assert!(head.starts_with("HTTP/1.1 101"), "no websocket: {head}");
        Socket { stream }
    }

    fn send(&mut self, text: &str) {
        let payload = text.as_bytes();
        let mut frame = vec![0x81u8];
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n <= 0xffff => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        let mask = [0x5a, 0x17, 0xc3, 0x8e];
        frame.extend_from_slice(&mask);
        frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.stream.write_all(&frame).expect("send");
    }

    /// The next text message (fragments joined; pings answered).
    fn recv(&mut self) -> String {
        let mut message = Vec::new();
        loop {
            let mut h = [0u8; 2];
            self.stream.read_exact(&mut h).expect("a frame from Chromium");
            let (fin, opcode) = (h[0] & 0x80 != 0, h[0] & 0x0f);
            let len = match h[1] & 0x7f {
                126 => {
                    let mut b = [0u8; 2];
                    self.stream.read_exact(&mut b).unwrap();
                    u64::from(u16::from_be_bytes(b))
                }
                127 => {
                    let mut b = [0u8; 8];
                    self.stream.read_exact(&mut b).unwrap();
                    u64::from_be_bytes(b)
                }
                n => u64::from(n),
            };
            let mut payload = vec![0u8; len as usize];
            self.stream.read_exact(&mut payload).unwrap();
            match opcode {
                0x9 => {
                    // Ping: answer with the same payload (short, as pings are).
                    let mut pong = vec![0x8a, 0x80 | payload.len() as u8, 0, 0, 0, 0];
                    pong.extend_from_slice(&payload);
                    self.stream.write_all(&pong).unwrap();
                }
                0x8 => panic!("Chromium closed the DevTools socket"),
                _ => {
                    message.extend_from_slice(&payload);
                    if fin {
                        return String::from_utf8(message).expect("UTF-8 message");
                    }
                }
            }
        }
    }
}

/// Base64 (standard alphabet) to bytes.
fn base64(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// One headless Chromium with one tab.
pub struct Browser {
    child: Child,
    socket: Socket,
    session: String,
    next: u64,
    /// Events seen and not yet waited for.
    events: Vec<Value>,
    /// JavaScript dialogs (alert, confirm, prompt) that opened: none ever should.
    pub dialogs: Vec<String>,
    /// Console and log messages.
    pub console: Vec<String>,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    /// Starts `chromium` headless with a fresh profile, a window of `width`×`height`.
    pub fn launch(chromium: &Path, width: u32, height: u32) -> Browser {
        let profile = tempfile::Builder::new().prefix("dyad-chromium-").tempdir().unwrap();
        let mut child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--window-size={width},{height}"))
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(url) = line.split("DevTools listening on ").nth(1) {
                    let _ = tx.send(url.trim().to_owned());
                }
            }
        });
        let url = rx.recv_timeout(Duration::from_secs(60)).expect("Chromium's DevTools address");
        let mut b = Browser {
            child,
            socket: Socket::connect(&url),
            session: String::new(),
            next: 0,
            events: Vec::new(),
            dialogs: Vec::new(),
            console: Vec::new(),
            _profile: profile,
        };
        let target = b.call("Target.createTarget", json!({"url": "about:blank"}));
        let target = target["targetId"].as_str().unwrap().to_owned();
        let attached =
            b.call("Target.attachToTarget", json!({"targetId": target, "flatten": true}));
        b.session = attached["sessionId"].as_str().unwrap().to_owned();
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            b.call(domain, json!({}));
        }
        b.viewport(width, height, false);
        b
    }

    /// Sends a command (to the tab once attached) and returns its result.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            msg["sessionId"] = json!(self.session);
        }
        self.socket.send(&msg.to_string());
        loop {
            let v: Value = serde_json::from_str(&self.socket.recv()).unwrap();
            if v["id"] == id {
                if let Some(e) = v.get("error") {
                    panic!("{method}: {e}");
                }
                return v["result"].clone();
            }
            self.event(v);
        }
    }

    fn event(&mut self, v: Value) {
        match v["method"].as_str() {
            Some("Page.javascriptDialogOpening") => {
                self.dialogs.push(v["params"]["message"].as_str().unwrap_or("").to_owned());
                // Close it, or the page would wait for ever.
                self.next += 1;
                let msg = json!({"id": self.next, "method": "Page.handleJavaScriptDialog", "params": {"accept": false}, "sessionId": self.session});
                self.socket.send(&msg.to_string());
            }
            Some("Log.entryAdded") => {
                self.console.push(v["params"]["entry"]["text"].as_str().unwrap_or("").to_owned());
            }
            Some("Runtime.consoleAPICalled") => {
                self.console.push(v["params"]["args"].to_string());
            }
            Some("Runtime.exceptionThrown") => {
                self.console.push(v["params"]["exceptionDetails"].to_string());
            }
            _ => {}
        }
        if v.get("method").is_some() {
            self.events.push(v);
        }
    }

    /// Waits for the event `method`.
    fn wait(&mut self, method: &str) {
        let start = Instant::now();
        loop {
            if let Some(i) = self.events.iter().position(|e| e["method"] == method) {
                self.events.drain(..=i);
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(60), "no {method}");
            let v: Value = serde_json::from_str(&self.socket.recv()).unwrap();
            self.event(v);
        }
    }

    /// Loads `url` and waits for the page.
    pub fn goto(&mut self, url: &str) {
        self.events.clear();
        let r = self.call("Page.navigate", json!({"url": url}));
        assert!(r.get("errorText").is_none(), "{url}: {r}");
        self.wait("Page.loadEventFired");
    }

    /// Evaluates `js` in the page; its value.
    pub fn eval(&mut self, js: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("{js}: {e}");
        }
        r["result"]["value"].clone()
    }

    /// Clicks the first element matching `selector` (whose text contains `text`, if given)
    /// as a user would, and waits for the page it leads to.
    pub fn click(&mut self, selector: &str, text: Option<&str>) {
        let find = format!(
            "[...document.querySelectorAll({})].find(e => e.offsetParent !== null && e.textContent.includes({}))",
            json!(selector),
            json!(text.unwrap_or(""))
        );
        let rect = self.eval(&format!(
            "(() => {{ const e = {find}; if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + Math.min(r.height / 2, 8)]; }})()"
        ));
        let (x, y) = match rect.as_array().map(|a| (a[0].as_f64(), a[1].as_f64())) {
            Some((Some(x), Some(y))) => (x, y),
            _ => panic!("nothing to click: {selector} {text:?} on {}", self.eval("location.href")),
        };
        self.events.clear();
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            );
        }
        self.wait("Page.loadEventFired");
    }

    /// Types `text` into the focused field and presses Enter; waits for the page.
    pub fn type_and_enter(&mut self, selector: &str, text: &str) {
        self.eval(&format!("document.querySelector({}).focus()", json!(selector)));
        self.call("Input.insertText", json!({"text": text}));
        self.events.clear();
        for kind in ["keyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}),
            );
        }
        self.wait("Page.loadEventFired");
    }

    /// Sets the window to `width`×`height` CSS pixels, as a phone when `mobile`.
    pub fn viewport(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": if mobile { 2 } else { 1 }, "mobile": mobile}),
        );
    }

    /// Saves the whole page as `name`.png in [`screenshot_dir`]; returns its path.
    pub fn screenshot(&mut self, name: &str) -> PathBuf {
        self.capture(name, true)
    }

    /// Saves what the window shows as `name`.png.
    pub fn screenshot_window(&mut self, name: &str) -> PathBuf {
        self.capture(name, false)
    }

    fn capture(&mut self, name: &str, whole: bool) -> PathBuf {
        let shot = self.call(
            "Page.captureScreenshot",
            json!({"format": "png", "captureBeyondViewport": whole}),
        );
        let png = base64(shot["data"].as_str().expect("image data"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        let path = screenshot_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }
}

#[test]
fn base64_decodes() {
    assert_eq!(base64("aGVsbG8gd29ybGQ="), b"hello world");
    assert_eq!(base64("iVBORw=="), b"\x89PNG");
}
