/* Content script: the shared overlay, with every backend call made by the service worker.
 * It runs only on the sites the clinic or user listed (and the Attune server's own origin),
 * so text typed elsewhere is never sent. */
(() => {
  "use strict";
  // Attune's own demo page runs the overlay itself.
  if (document.documentElement.hasAttribute("data-attune-page")) return;

  function ask(message) {
    return chrome.runtime.sendMessage(message).then((reply) => {
      if (!reply || reply.error) throw new Error(reply ? reply.error : "no answer");
      return reply.data;
    });
  }

  function origin(url) {
    try {
      return new URL(url).origin;
    } catch {
      return null;
    }
  }

  async function allowed() {
    const managed = await chrome.storage.managed.get(null).catch(() => ({}));
    const local = await chrome.storage.local.get(["backendUrl", "sites"]);
    const sites = [...(managed.sites || local.sites || []), managed.backendUrl || local.backendUrl];
    return sites.map(origin).includes(location.origin);
  }

  allowed().then((yes) => {
    if (!yes) return;
    globalThis.Attune.start({
      config: () => ask({ type: "attune:config" }),
      check: (body) => ask({ type: "attune:check", body }),
    });
  });
})();
