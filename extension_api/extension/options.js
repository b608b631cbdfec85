/* Options page: the Attune server URL and access token, kept in chrome.storage.local.
 * Values set by the clinic's policy (chrome.storage.managed) win and are shown read-only. */
"use strict";

const form = document.getElementById("settings");
const status = document.getElementById("status");
const FIELDS = ["backendUrl", "token"];

async function load() {
  const managed = await chrome.storage.managed.get(null).catch(() => ({}));
  const local = await chrome.storage.local.get(FIELDS);
  for (const name of FIELDS) {
    const input = form.elements[name];
    input.value = managed[name] || local[name] || "";
    input.readOnly = Boolean(managed[name]);
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const values = {};
  for (const name of FIELDS) if (!form.elements[name].readOnly) values[name] = form.elements[name].value.trim();
  await chrome.storage.local.set(values);
  status.textContent = "Saved";
});

load();
