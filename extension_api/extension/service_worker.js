/* Service worker: every call to the Attune service goes through here (so pages need no CORS).
 *
 * The server URL and credential come from managed storage (set by the clinic's policy), else from
 * the options page (chrome.storage.local). Note text passes through memory only: it is never
 * stored, cached or logged.
 */
"use strict";

const DEFAULT_URL = "http://localhost:8000";
let config = null; // the server's /ext/v1/config, per server URL

async function settings() {
  const managed = await chrome.storage.managed.get(null).catch(() => ({}));
  const local = await chrome.storage.local.get(["backendUrl", "token"]);
  return {
    backendUrl: (managed.backendUrl || local.backendUrl || DEFAULT_URL).replace(/\/+$/, ""),
    token: managed.token || local.token || "",
  };
}

async function call(path, body) {
  const { backendUrl, token } = await settings();
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(backendUrl + path, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(`${response.status} ${data?.detail || response.statusText}`);
  }
  return { data, backendUrl };
}

async function getConfig() {
  const { backendUrl } = await settings();
  if (!config || config.backendUrl !== backendUrl) config = await call("/ext/v1/config");
  return config.data;
}

chrome.storage.onChanged.addListener(() => {
  config = null;
});

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const work =
    message?.type === "attune:config"
      ? getConfig()
      : message?.type === "attune:check"
        ? call("/ext/v1/check", message.body).then((r) => r.data)
        : null;
  if (!work) return false;
  work.then(
    (data) => reply({ data }),
    (error) => reply({ error: String(error.message || error) }),
  );
  return true; // answers asynchronously
});
