// The demo page's behaviour. It lives in a file because the page's CSP allows no inline script.
(() => {
  "use strict";

  // Show the embedding snippet with this service's own address.
  const snippet = document.getElementById("embed-snippet");
  if (snippet) snippet.textContent = snippet.textContent.replaceAll("https://host", location.origin);

  // Example questions are asked through the widget's public ask() method.
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-question]");
    if (!button) return;
    customElements.whenDefined("talks-chat").then(() => {
      const chat = document.querySelector("talks-chat");
      if (!chat) return;
      chat.scrollIntoView({ block: "nearest" });
      chat.ask(button.dataset.question);
    });
  });
})();
