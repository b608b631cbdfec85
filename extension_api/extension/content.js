/* Content script: the shared overlay, with every backend call made by the service worker. */
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

  globalThis.Attune.start({
    config: () => ask({ type: "attune:config" }),
    check: (body) => ask({ type: "attune:check", body }),
  });
})();
