/* Attune overlay: finds note editors, re-checks changed paragraphs, underlines cues beside the text.
 *
 * Shared by the extension's content script and the /demo page. The page supplies a transport,
 * {config(): Promise, check(body): Promise}, speaking /ext/v1. The overlay never writes to an
 * editor: marks are drawn in a separate layer inside a shadow root, so text and caret are untouched.
 * Paragraph results are cached by content in memory only; nothing is stored.
 */
(() => {
  "use strict";
  if (globalThis.Attune) return;

  const EDITABLE = "textarea, [contenteditable]";
  const BLOCKS = new Set(
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(" "),
  );
  const MIRRORED = [
    "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch",
    "font-kerning", "font-feature-settings", "line-height", "letter-spacing", "word-spacing",
    "text-indent", "text-transform", "text-align", "text-rendering", "tab-size", "direction",
    "white-space", "overflow-wrap", "word-break", "hyphens",
    "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
  ];
  const CACHE_SIZE = 2000;
  const HIDE_DELAY_MS = 300;

  /* ---- Paragraphs: one per non-blank line; offsets and lengths in UTF-16 units. ---- */

  function paragraphs(text) {
    const found = [];
    const push = (start, end) => {
      const line = text.slice(start, end);
      if (line.trim()) found.push({ start, text: line });
    };
    const breaks = /\r\n|\r|\n/g;
    let start = 0;
    for (let m; (m = breaks.exec(text)); start = m.index + m[0].length) push(start, m.index);
    push(start, text.length);
    return found;
  }

  /** A key that depends only on the paragraph's content (FNV-1a plus length). */
  function keyOf(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return `p${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
  }

  /** Paragraph text -> marks, least recently used dropped first. */
  const results = new Map();
  const inflight = new Set();

  function remember(text, marks) {
    results.delete(text);
    results.set(text, marks);
    if (results.size > CACHE_SIZE) results.delete(results.keys().next().value);
  }

  /* ---- Editors: a text model and client rects of [start, end) in that model. ---- */

  class PlainEditor {
    constructor(el, shadow) {
      this.el = el;
      this.mirror = document.createElement("div");
      this.mirror.className = "mirror";
      this.node = document.createTextNode("");
      this.mirror.append(this.node);
      shadow.append(this.mirror);
      this.range = document.createRange();
    }

    text() {
      return this.el.value;
    }

    /** Lay the hidden mirror exactly over the textarea's content, with its text and scroll. */
    sync() {
      const el = this.el;
      const cs = getComputedStyle(el);
      const m = this.mirror.style;
      for (const p of MIRRORED) m.setProperty(p, cs.getPropertyValue(p));
      const r = el.getBoundingClientRect();
      const px = (p) => parseFloat(cs.getPropertyValue(p)) || 0;
      m.left = `${r.left}px`;
      m.top = `${r.top}px`;
      m.width = `${el.clientWidth - px("padding-left") - px("padding-right")}px`;
      m.height = `${el.clientHeight - px("padding-top") - px("padding-bottom")}px`;
      const text = `${el.value}\u200b`; // so a trailing line break still makes a line
      if (this.node.data !== text) this.node.data = text;
      this.mirror.scrollTop = el.scrollTop;
      this.mirror.scrollLeft = el.scrollLeft;
    }

    rects(start, end) {
      this.range.setStart(this.node, start);
      this.range.setEnd(this.node, end);
      return this.range.getClientRects();
    }

    destroy() {
      this.mirror.remove();
    }
  }

  class RichEditor {
    constructor(el) {
      this.el = el;
      this.segments = [];
      this.range = document.createRange();
    }

    /** The editor's text: text nodes as they are, a line break for <br> and between blocks. */
    text() {
      const parts = [];
      const segments = [];
      const preserved = new Map();
      let length = 0;
      let last = "";
      const add = (s, node) => {
        if (!s) return;
        if (node) segments.push({ node, start: length });
        parts.push(s);
        length += s.length;
        last = s[s.length - 1];
      };
      const lineBreak = () => {
        if (length && last !== "\n") add("\n", null);
      };
      const keepsBreaks = (el) => {
        if (!preserved.has(el)) preserved.set(el, /^(pre|break-spaces)/.test(getComputedStyle(el).whiteSpace));
        return preserved.get(el);
      };
      const visit = (parent) => {
        for (let n = parent.firstChild; n; n = n.nextSibling) {
          if (n.nodeType === Node.TEXT_NODE) {
            add(keepsBreaks(parent) ? n.data : n.data.replace(/[\r\n\t]/g, " "), n);
          } else if (n.nodeType === Node.ELEMENT_NODE) {
            if (n.tagName === "BR") {
              add("\n", null);
              continue;
            }
            const block = BLOCKS.has(n.tagName);
            if (block) lineBreak();
            visit(n);
            if (block) lineBreak();
          }
        }
      };
      visit(this.el);
      this.segments = segments;
      return parts.join("");
    }

    sync() {}

    /** The DOM position of a model offset (the later text node when it sits between two). */
    locate(offset, isStart) {
      const segs = this.segments;
      let lo = 0;
      let hi = segs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segs[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const seg = segs[lo];
      if (!seg || offset < seg.start || offset > seg.start + seg.node.data.length) return null;
      const next = segs[lo + 1];
      if (isStart && next && offset === seg.start + seg.node.data.length && next.start === offset) {
        return { node: next.node, offset: 0 };
      }
      return { node: seg.node, offset: offset - seg.start };
    }

    rects(start, end) {
      const a = this.locate(start, true);
      const b = this.locate(end, false);
      if (!a || !b) return [];
      this.range.setStart(a.node, a.offset);
      this.range.setEnd(b.node, b.offset);
      return this.range.getClientRects();
    }

    destroy() {}
  }

  /* ---- The overlay: one shadow root holding every editor's layer and the hover card. ---- */

  const CSS = `
    :host { all: initial; }
    .mirror { position: fixed; box-sizing: content-box; visibility: hidden; overflow: hidden;
      margin: 0; border-style: solid; border-color: transparent; pointer-events: none; }
    .layer { position: fixed; overflow: hidden; pointer-events: none; }
    .line { position: absolute; box-sizing: border-box; border-bottom: 2px solid var(--c);
      border-radius: 1px; }
    .quiet .line { border-bottom: 2px dotted #a0a7b0; }
    .risk .line { border-bottom: 4px double var(--c);
      background: color-mix(in srgb, var(--c) 9%, transparent); }
    .risk.quiet .line { border-bottom: 4px double #a0a7b0; background: rgba(160, 167, 176, 0.12); }
    .active .line { background: color-mix(in srgb, var(--c) 14%, transparent); }
    .quiet.active .line { background: rgba(160, 167, 176, 0.18); }
    .card { position: fixed; display: none; box-sizing: border-box; width: 340px; max-width: 92vw;
      padding: 14px 16px 12px; border-radius: 10px; background: #fff; color: #27313b;
      border: 1px solid #e3e7ec; box-shadow: 0 8px 24px rgba(30, 40, 50, 0.12);
      font: 13.5px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      pointer-events: auto; z-index: 1; }
    .card.open { display: block; }
    .title { display: flex; align-items: center; gap: 8px; font-weight: 600; font-size: 14px; }
    .dot { width: 10px; height: 10px; border-radius: 50%; background: var(--c); flex: none; }
    .quiet .dot { background: #a0a7b0; }
    .context { margin: 2px 0 8px 18px; color: #5f6b77; font-size: 12.5px; }
    .message { margin: 0 0 10px; }
    .prompts-title { margin: 0 0 6px; color: #5f6b77; font-size: 12px; font-weight: 600;
      letter-spacing: 0.02em; }
    .prompt { display: flex; gap: 8px; align-items: flex-start; margin: 0 0 6px; padding: 7px 9px;
      border-radius: 7px; background: #f5f7f9; }
    .prompt p { margin: 0; flex: 1; }
    button { font: inherit; font-size: 12px; color: #35608a; background: none; border: 0;
      padding: 2px 4px; border-radius: 4px; cursor: pointer; }
    button:hover, button:focus-visible { background: #e8eef4; outline: none; }
    .actions { display: flex; justify-content: flex-end; margin-top: 6px; }
  `;

  let shadow = null;
  let card = null;

  function overlay() {
    if (shadow) return shadow;
    const host = document.createElement("div");
    host.setAttribute("data-attune-overlay", "");
    host.style.cssText = "position:fixed;left:0;top:0;width:0;height:0;z-index:2147483000;";
    shadow = host.attachShadow({ mode: "open" });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement("style");
      style.textContent = CSS;
      shadow.append(style);
    }
    card = new Card(shadow);
    document.documentElement.append(host);
    return shadow;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  class Card {
    constructor(root) {
      this.node = el("div", "card");
      this.node.setAttribute("role", "dialog");
      root.append(this.node);
      this.target = null;
      this.timer = 0;
    }

    show(session, hit) {
      clearTimeout(this.timer);
      if (this.target && this.target.hit.mark === hit.mark && this.target.session === session) return;
      this.hide();
      const m = hit.mark;
      const node = this.node;
      node.className = `card${m.quiet ? " quiet" : ""}`;
      node.style.setProperty("--c", session.colour(m.label));
      const title = el("div", "title");
      title.append(el("span", "dot"), el("span", "", m.title));
      const children = [title, el("div", "context", m.context), el("p", "message", m.message)];
      if (m.prompts.length) {
        children.push(el("p", "prompts-title", "You might say"));
        for (const prompt of m.prompts) {
          const row = el("div", "prompt");
          const copy = el("button", "copy", "Copy");
          copy.type = "button";
          copy.addEventListener("click", () => copyText(prompt.text, copy));
          row.append(el("p", "", prompt.text), copy);
          children.push(row);
        }
      }
      const actions = el("div", "actions");
      const dismiss = el("button", "dismiss", "Dismiss for this note");
      dismiss.type = "button";
      dismiss.addEventListener("click", () => {
        session.dismiss(m);
        this.hide();
      });
      actions.append(dismiss);
      children.push(actions);
      node.replaceChildren(...children);
      node.classList.add("open");
      this.target = { session, hit };
      hit.element.classList.add("active");
      this.place(hit.rect);
    }

    place(rect) {
      const node = this.node;
      const { width, height } = node.getBoundingClientRect();
      const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
      const below = rect.bottom + 6;
      const top = below + height > innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
      node.style.left = `${left}px`;
      node.style.top = `${top}px`;
    }

    /** After a redraw: stay on the same mark's new element, or close if it is gone. */
    follow() {
      if (!this.target) return;
      const { session, hit } = this.target;
      const again = session.hits.find((h) => h.mark === hit.mark);
      if (!again) return this.hide();
      again.element.classList.add("active");
      this.target.hit = again;
      this.place(again.rect);
    }

    hideSoon() {
      if (!this.target) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
    }

    keep() {
      clearTimeout(this.timer);
    }

    hide() {
      clearTimeout(this.timer);
      if (this.target) this.target.hit.element.classList.remove("active");
      this.target = null;
      this.node.classList.remove("open");
    }
  }

  function copyText(text, button) {
    const done = () => {
      button.textContent = "Copied";
      setTimeout(() => (button.textContent = "Copy"), 1500);
    };
    navigator.clipboard.writeText(text).then(done, () => {
      const scratch = el("textarea");
      scratch.value = text;
      shadow.append(scratch);
      scratch.select();
      document.execCommand("copy");
      scratch.remove();
      done();
    });
  }

  /* ---- A session: one editor, its marks, its dismissed cues, its checks. ---- */

  class Session {
    constructor(app, el) {
      this.app = app;
      this.el = el;
      const root = overlay();
      this.editor = el.tagName === "TEXTAREA" ? new PlainEditor(el, root) : new RichEditor(el);
      this.layer = document.createElement("div");
      this.layer.className = "layer";
      root.append(this.layer);
      this.hits = [];
      this.marks = [];
      this.dismissed = new Set();
      this.timer = 0;
      this.error = null;
      this.resize = new ResizeObserver(() => app.requestRender());
      this.resize.observe(el);
    }

    colour(label) {
      return this.app.labels.get(label)?.colour || "#7b8794";
    }

    edited() {
      this.app.requestRender();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.check(), this.app.debounce());
    }

    /** Send the paragraphs whose content has no result yet, within the server's limits. */
    async check() {
      let config;
      try {
        config = await this.app.settings();
      } catch (error) {
        this.error = String(error.message || error);
        this.app.requestRender();
        return;
      }
      const { max_paragraphs: most, max_paragraph_chars: longest, max_note_chars: total } =
        config.limits;
      const byKey = new Map();
      for (const p of paragraphs(this.editor.text())) {
        if (results.has(p.text) || inflight.has(p.text) || p.text.length > longest) continue;
        let key = keyOf(p.text);
        while (byKey.has(key) && byKey.get(key) !== p.text) key += "+";
        byKey.set(key, p.text);
      }
      let batch = [];
      let size = 0;
      const batches = [batch];
      for (const [key, text] of byKey) {
        if (batch.length && (batch.length === most || size + text.length > total)) {
          batches.push((batch = []));
          size = 0;
        }
        batch.push({ key, text });
        size += text.length;
      }
      for (const sent of batches.filter((b) => b.length)) {
        for (const p of sent) inflight.add(p.text);
        try {
          const answer = await this.app.transport.check({ paragraphs: sent });
          for (const r of answer.paragraphs) if (byKey.has(r.key)) remember(byKey.get(r.key), r.marks);
          this.error = null;
        } catch (error) {
          this.error = String(error.message || error);
          console.warn("Attune: the check failed:", this.error);
        } finally {
          for (const p of sent) inflight.delete(p.text);
          this.app.requestRender();
        }
      }
    }

    /** The whole note at once: fills the cache and returns the note's summary and prompts. */
    async summarise() {
      const sent = paragraphs(this.editor.text()).map((p, i) => ({ key: `n${i}`, text: p.text }));
      if (!sent.length) throw new Error("the note is empty");
      const answer = await this.app.transport.check({ paragraphs: sent, full: true });
      answer.paragraphs.forEach((r, i) => remember(sent[i].text, r.marks));
      this.app.requestRender();
      return answer;
    }

    dismiss(mark) {
      this.dismissed.add(`${mark.label}\n${mark.text.toLowerCase()}`);
      this.app.requestRender();
    }

    render() {
      const editor = this.editor;
      const text = editor.text();
      editor.sync();
      const r = this.el.getBoundingClientRect();
      const box = {
        left: r.left + this.el.clientLeft,
        top: r.top + this.el.clientTop,
        width: this.el.clientWidth,
        height: this.el.clientHeight,
      };
      Object.assign(this.layer.style, {
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
      const drawn = [];
      this.hits = [];
      this.marks = [];
      for (const p of paragraphs(text)) {
        for (const m of results.get(p.text) || []) {
          if (this.dismissed.has(`${m.label}\n${m.text.toLowerCase()}`)) continue;
          const start = p.start + m.start;
          const end = p.start + m.end;
          const group = el("div", `mark${m.quiet ? " quiet" : ""}${m.risk ? " risk" : ""}`);
          Object.assign(group.dataset, { label: m.label, start, end, assertion: m.assertion });
          group.style.setProperty("--c", this.colour(m.label));
          for (const rect of editor.rects(start, end)) {
            if (!rect.width) continue;
            const line = el("div", "line");
            Object.assign(line.style, {
              left: `${rect.left - box.left}px`,
              top: `${rect.top - box.top}px`,
              width: `${rect.width}px`,
              height: `${rect.height}px`,
            });
            group.append(line);
            this.hits.push({ rect, mark: m, element: group, box });
          }
          drawn.push(group);
          this.marks.push(m);
        }
      }
      this.layer.replaceChildren(...drawn);
    }

    hitAt(x, y) {
      return this.hits.find(
        ({ rect, box }) =>
          x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top && y <= rect.bottom + 3 &&
          x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height,
      );
    }

    destroy() {
      clearTimeout(this.timer);
      this.resize.disconnect();
      this.layer.remove();
      this.editor.destroy();
    }
  }

  /* ---- The app: finds editors as they are focused, redraws once per frame. ---- */

  function editorOf(target) {
    if (!(target instanceof Element) || target.closest("[data-attune='off']")) return null;
    if (target.tagName === "TEXTAREA") return target.readOnly || target.disabled ? null : target;
    if (!target.isContentEditable) return null;
    let root = target.closest(EDITABLE);
    while (root?.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }

  class App {
    constructor(transport, options) {
      this.transport = transport;
      this.onRender = options.onRender || (() => {});
      this.sessions = new Map();
      this.labels = new Map();
      this.frame = 0;
      this.pending = null;
      this.settings().catch(() => {});
      const target = (event) => event.composedPath()[0];
      document.addEventListener("focusin", (e) => this.session(target(e)), true);
      document.addEventListener("input", (e) => this.session(target(e))?.edited(), true);
      document.addEventListener("mousemove", (e) => this.hover(e), { capture: true, passive: true });
      document.addEventListener("keydown", (e) => e.key === "Escape" && card?.hide(), true);
      addEventListener("scroll", () => this.requestRender(), { capture: true, passive: true });
      addEventListener("resize", () => this.requestRender(), { passive: true });
      if (document.activeElement) this.session(document.activeElement); // focused before start
    }

    /** The server's /ext/v1/config, fetched once (and again after a failure). */
    settings() {
      this.pending ||= this.transport.config().then(
        (config) => {
          for (const label of config.labels) this.labels.set(label.id, label);
          this.debounceMs = config.debounce_ms;
          this.requestRender();
          return config;
        },
        (error) => {
          this.pending = null;
          console.warn("Attune: no settings from the server:", String(error.message || error));
          throw error;
        },
      );
      return this.pending;
    }

    debounce() {
      return this.debounceMs ?? 500;
    }

    /** The session of the editor holding `target`, started (and checked) on first use. */
    session(target) {
      const editor = editorOf(target);
      if (!editor) return null;
      let session = this.sessions.get(editor);
      if (!session) {
        session = new Session(this, editor);
        this.sessions.set(editor, session);
        session.check();
        this.requestRender();
      }
      return session;
    }

    requestRender() {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        for (const [editor, session] of this.sessions) {
          if (editor.isConnected) session.render();
          else {
            session.destroy();
            this.sessions.delete(editor);
          }
        }
        card?.follow();
        this.onRender(this);
      });
    }

    hover(event) {
      if (!card) return;
      if (event.composedPath().includes(card.node)) return card.keep();
      for (const session of this.sessions.values()) {
        const hit = session.hitAt(event.clientX, event.clientY);
        if (hit) return card.show(session, hit);
      }
      card.hideSoon();
    }
  }

  globalThis.Attune = {
    /** Start watching the page's editors; `transport` speaks /ext/v1. */
    start(transport, options = {}) {
      return new App(transport, options);
    },
    paragraphs,
    keyOf,
  };
})();
