// Screenshots of pages as a signed-in user sees them, through Chromium's DevTools protocol
// (headless Chromium's --screenshot takes no cookie). Node 20+ with --experimental-websocket
// (Node 22: built in). Nothing is downloaded: it drives the system's chromium.
//
//   node --experimental-websocket tools/screenshot.mjs http://127.0.0.1:8080 'cd_session=…; lang=ko' \
//        out-dir width path1 path2 …
//
// Writes one PNG per path (the whole page, `width` CSS pixels wide) named after the path.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const [base, cookie, outDir, width, ...paths] = process.argv.slice(2);
if (!paths.length) {
  console.error("usage: screenshot.mjs BASE COOKIE OUT_DIR WIDTH PATH…");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const port = 9300 + Math.floor(Math.random() * 500);
const browser = spawn("chromium", ["--headless", "--no-sandbox", "--disable-gpu", `--remote-debugging-port=${port}`,
  `--user-data-dir=/tmp/cd-shot-${port}`, "about:blank"], { stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let targets;
for (let i = 0; i < 100 && !targets; i++) {
  await sleep(100);
  targets = await fetch(`http://127.0.0.1:${port}/json`).then((r) => r.json()).catch(() => undefined);
}
const page = targets.find((t) => t.type === "page");
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener("open", r));
let next = 1;
const waiting = new Map();
const events = [];
ws.addEventListener("message", (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
  else if (msg.method) events.push(msg.method);
});
const send = (method, params = {}) => new Promise((resolve) => {
  const id = next++;
  waiting.set(id, resolve);
  ws.send(JSON.stringify({ id, method, params }));
});
await send("Page.enable");
await send("Network.enable");
for (const part of cookie.split(";").map((s) => s.trim()).filter(Boolean)) {
  const [name, ...rest] = part.split("=");
  await send("Network.setCookie", { name, value: rest.join("="), url: base });
}
await send("Emulation.setDeviceMetricsOverride", { width: Number(width), height: 900, deviceScaleFactor: 1, mobile: Number(width) < 600 });
for (const path of paths) {
  events.length = 0;
  await send("Page.navigate", { url: base + path });
  for (let i = 0; i < 100 && !events.includes("Page.loadEventFired"); i++) await sleep(100);
  const { result } = await send("Page.getLayoutMetrics");
  const h = Math.min(Math.ceil(result.cssContentSize.height), 12000);
  const shot = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: Number(width), height: h, scale: 1 } });
  const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}.png`;
  writeFileSync(file, Buffer.from(shot.result.data, "base64"));
  console.log(file, h);
}
ws.close();
browser.kill();
