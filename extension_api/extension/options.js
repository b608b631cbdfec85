/* Options page: the Attune server, access token and sites, kept in chrome.storage.local.
 * Values set by the clinic's policy (chrome.storage.managed) win and are shown read-only. */
"use strict";

const form = document.getElementById("settings");
const status = document.getElementById("status");
const FIELDS = ["backendUrl", "token", "sites"];
const LISTS = new Set(["sites"]);

async function load() {
  const managed = await chrome.storage.managed.get(null).catch(() => ({}));
  const local = await chrome.storage.local.get(FIELDS);
  for (const name of FIELDS) {
    const input = form.elements[name];
    const value = managed[name] || local[name] || "";
    input.value = LISTS.has(name) && value ? value.join("\n") : value;
    input.readOnly = Boolean(managed[name]);
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const values = {};
  for (const name of FIELDS) {
    const input = form.elements[name];
    if (input.readOnly) continue;
    const text = input.value.trim();
    values[name] = LISTS.has(name) ? text.split(/\s+/).filter(Boolean) : text;
  }
  await chrome.storage.local.set(values);
  status.textContent = "Saved";
});

load();
