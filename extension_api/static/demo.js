/* Demo page adapter: the extension's overlay (attune.js), calling /ext/v1 with fetch, and a
 * summary panel. */
(() => {
  "use strict";

  let key = ""; // an access key, when the server asks for one: in memory only

  async function request(url, body) {
    const headers = body === undefined ? {} : { "Content-Type": "application/json" };
    if (key) headers.Authorization = `Bearer ${key}`;
    const response = await fetch(url, {
      method: body === undefined ? "GET" : "POST",
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) $("key-form").hidden = false;
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new Error(data?.detail || `${response.status} ${response.statusText}`);
    return data;
  }

  const $ = (id) => document.getElementById(id);
  const plain = $("note");
  const rich = $("rich-note");
  const LEVELS = {
    none: "No signs of a negative reaction noted",
    low: "A few possible signs",
    moderate: "Some signs worth keeping an eye on",
    high: "Several signs worth talking through next session",
  };

  const app = Attune.start(
    { config: () => request("/ext/v1/config"), check: (body) => request("/ext/v1/check", body) },
    { onRender: update },
  );

  function active() {
    return plain.hidden ? rich : plain;
  }

  function item(className, text) {
    const node = document.createElement("li");
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The live panel: present marks per label, and how many are shown quietly. */
  function update() {
    const session = app.sessions.get(active());
    const marks = session ? session.marks : [];
    const counts = new Map();
    let quiet = 0;
    for (const m of marks) {
      if (m.quiet) quiet += 1;
      else counts.set(m.label, (counts.get(m.label) || 0) + 1);
    }
    const rows = [];
    for (const [id, label] of app.labels) {
      if (!counts.has(id)) continue;
      const row = item();
      const dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = label.colour;
      const title = document.createElement("span");
      title.textContent = label.title;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = counts.get(id);
      row.append(dot, title, count);
      rows.push(row);
    }
    $("labels").replaceChildren(...rows);
    $("quiet").textContent = quiet ? `${quiet} more noted quietly (not present now).` : "";
    $("status").textContent = !$("key-form").hidden
      ? ""
      : session?.error
      ? `Attune could not check the note: ${session.error}`
      : rows.length || quiet
        ? ""
        : "Nothing marked yet.";
  }

  async function summarise() {
    const session = app.session(active());
    $("summarise").disabled = true;
    try {
      const { summary, prompts } = await session.summarise();
      $("level").textContent = LEVELS[summary.level];
      $("risk").hidden = !summary.risk;
      $("prompts").replaceChildren(...prompts.slice(0, 3).map((p) => item("", p.text)));
      $("overall").hidden = false;
    } catch (error) {
      $("status").textContent = `Attune could not summarise the note: ${error.message}`;
    } finally {
      $("summarise").disabled = false;
    }
  }

  function show(editor) {
    plain.hidden = editor !== plain;
    rich.hidden = editor !== rich;
    $("show-plain").setAttribute("aria-pressed", String(editor === plain));
    $("show-rich").setAttribute("aria-pressed", String(editor === rich));
    $("overall").hidden = true;
    editor.focus();
    update();
  }

  async function insertSample() {
    const response = await fetch($("sample").dataset.src);
    const text = await response.text();
    const editor = active();
    if (editor === plain) plain.value = text;
    else rich.textContent = text;
    editor.focus();
    editor.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }

  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    key = $("key").value.trim();
    $("key-form").hidden = true;
    app.session(active()).check();
  });
  $("show-plain").addEventListener("click", () => show(plain));
  $("show-rich").addEventListener("click", () => show(rich));
  $("summarise").addEventListener("click", summarise);
  $("sample").addEventListener("click", insertSample);
})();
