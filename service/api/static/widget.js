/* Talks Q&A chat widget: the <talks-chat> element (a web component, open shadow root).
 *
 * Embed:  <script src="https://host/widget.js" data-api="https://host"></script>
 * data-api defaults to this script's origin. With API keys, data-token-url names the site's
 * route that returns POST /v1/tokens's answer. A floating bubble by default; inline with
 * data-mode="inline" or a <talks-chat inline> element. data-lang="ar" (or the page's lang)
 * gives Arabic labels. Theme with the --talks-* custom properties (CSS below).
 *
 * Safety: all text goes in as text nodes; no string is ever parsed as HTML here.
 */
(() => {
  "use strict";
  if (!window.customElements || customElements.get("talks-chat")) return; // included twice

  // document.currentScript exists only while this file first runs: read the tag's settings now.
  const script = document.currentScript;
  const settings = script ? script.dataset : {};
  const scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : "";
  const DEFAULT_API = settings.api || scriptOrigin || location.origin;
  const MAX_HISTORY = 18; // the service takes 20 messages: keep room for the new question

  const STRINGS = {
    en: {
      title: "Ask about the Paris talks",
      open: "Chat about the Paris talks",
      close: "Close the chat",
      clear: "Clear conversation",
      cleared: "Conversation cleared.",
      send: "Send",
      stop: "Stop",
      input: "Your question",
      placeholder: "Ask in Arabic or English…",
      hint: "Enter sends, Shift+Enter starts a new line.",
      log: "Conversation",
      thinking: "Searching the statements…",
      stopped: "Stopped.",
      retry: "Retry",
      source: "Source",
      openSource: "Read it in the source text",
      closeSource: "Close the source",
      nearest: "Nearest sources:",
      network: "Could not reach the service. It may be down, or this site may not be allowed to use it.",
      busy: (s) => `Too many questions right now. Please try again ${s ? `in ${s} seconds` : "shortly"}.`,
      server: "The service had a problem answering.",
      cut: "The answer was cut off.",
    },
    ar: {
      title: "اسأل عن محادثات باريس",
      open: "محادثة عن محادثات باريس",
      close: "إغلاق المحادثة",
      clear: "مسح المحادثة",
      cleared: "مُسحت المحادثة.",
      send: "إرسال",
      stop: "إيقاف",
      input: "سؤالك",
      placeholder: "اسأل بالعربية أو الإنجليزية…",
      hint: "Enter للإرسال، وShift+Enter لسطر جديد.",
      log: "المحادثة",
      thinking: "جارٍ البحث في البيانات…",
      stopped: "توقّف.",
      retry: "إعادة المحاولة",
      source: "المصدر",
      openSource: "اقرأه في النص الأصلي",
      closeSource: "إغلاق المصدر",
      nearest: "أقرب المصادر:",
      network: "تعذّر الوصول إلى الخدمة. ربما هي متوقفة، أو أن هذا الموقع غير مسموح له باستخدامها.",
      busy: (s) => `أسئلة كثيرة الآن. يرجى المحاولة ${s ? `بعد ${s} ثانية` : "بعد قليل"}.`,
      server: "واجهت الخدمة مشكلة في الإجابة.",
      cut: "انقطعت الإجابة.",
    },
  };

  // Shadow styles go in a constructed stylesheet: CSP treats it as CSSOM, not inline style, so
  // the widget works on pages whose style-src forbids 'unsafe-inline'.
  const CSS = `
:host{display:block;--a:var(--talks-accent,#0b57d0);--afg:var(--talks-accent-fg,#fff);--bg:var(--talks-bg,#fff);
--fg:var(--talks-fg,#1b1b1f);--mu:var(--talks-muted,#52555e);--bd:var(--talks-border,#c4c6cf);--r:var(--talks-radius,12px);
font:var(--talks-font-size,15px)/1.65 var(--talks-font,system-ui,"Segoe UI","Noto Sans Arabic","Noto Sans",Tahoma,"DejaVu Sans",sans-serif);color:var(--fg)}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
button,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
svg{width:1.4em;height:1.4em;fill:currentColor;display:block}
.bubble,.floating{position:fixed;z-index:var(--talks-z,2147483000);inset-inline-end:20px;inset-block-end:20px}
.bubble{width:56px;height:56px;border:0;border-radius:50%;display:grid;place-items:center;background:var(--a);color:var(--afg);box-shadow:0 4px 14px #0005}
.panel{position:relative;display:flex;flex-direction:column;overflow:hidden;height:var(--talks-height,560px);background:var(--bg);color:var(--fg);border:1px solid var(--bd);border-radius:var(--r)}
.floating{position:fixed;inset-block-end:88px;width:min(var(--talks-width,400px),calc(100vw - 32px));height:min(var(--talks-height,600px),calc(100vh - 112px));box-shadow:0 10px 30px #0004}
.head,.cite-head{display:flex;align-items:center;gap:8px}
.head{padding:8px 12px;border-block-end:1px solid var(--bd)}
h2,h3{flex:1;margin:0;font-size:1em}
.plain{background:none;border:1px solid var(--mu);border-radius:8px;padding:2px 10px}
.icon{background:none;border:0;border-radius:8px;padding:4px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px}
.msg{max-width:92%;padding:8px 12px;border-radius:var(--r);unicode-bidi:isolate;overflow-wrap:anywhere}
.msg[data-role=user]{align-self:flex-end;background:var(--talks-user-bg,#e6edfb)}
.msg[data-role=assistant]{align-self:flex-start;background:var(--talks-assistant-bg,#f2f3f5)}
[lang=ar]{line-height:1.9}
.text{white-space:pre-wrap}
textarea,.quote,.source{unicode-bidi:plaintext}
.status{margin:0;color:var(--mu);font-style:italic}
.chip{display:inline-block;min-width:1.7em;margin-inline:2px;padding:0 .45em;border:0;border-radius:99px;background:var(--a);color:var(--afg);font-size:.8em;line-height:1.7;vertical-align:.1em;unicode-bidi:isolate}
.nearest p{margin:8px 0 4px;font-weight:600}
.nearest ul{list-style:none;margin:0;padding:0;display:grid;gap:6px}
.nearest li{display:flex;gap:6px;align-items:baseline}
.error{align-self:stretch;padding:8px 12px;border:1px solid #b3261e;border-radius:var(--r);background:#fdeceb;color:#7d1a15}
.error p{margin:0 0 6px}
.retry{border:1px solid;border-radius:8px;background:#fff;color:#7d1a15;padding:2px 12px}
.composer{display:grid;grid-template-columns:1fr auto;gap:6px 8px;padding:10px 12px;border-block-start:1px solid var(--bd)}
textarea::placeholder{color:var(--mu)}
textarea{resize:none;min-height:2.8em;max-height:8em;padding:6px 8px;border:1px solid var(--mu);border-radius:8px;background:var(--bg)}
.send,.stop{height:100%;border:0;border-radius:8px;padding:0 16px;background:var(--a);color:var(--afg)}
.stop{background:var(--fg);color:var(--bg)}
.hint{grid-column:1/-1;margin:0;font-size:.8em;color:var(--mu)}
.cite{position:absolute;inset-inline:8px;inset-block-end:8px;max-height:75%;overflow:auto;padding:10px 14px;background:var(--bg);border:1px solid var(--bd);border-radius:var(--r);box-shadow:0 6px 24px #0004}
.quote{margin:6px 0;padding-inline-start:10px;border-inline-start:3px solid var(--a)}
.speaker,.source{margin:4px 0;color:var(--mu)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (forced-colors:active){.chip,.bubble,.send,.stop{border:1px solid ButtonText}}
`;

  // --- small helpers ---

  /** Build an element. String children become text nodes (Element.append), never markup. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === false || value == null) continue;
      if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
      else el.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) if (child != null && child !== false) el.append(child);
    return el;
  }

  const CHAT_ICON = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z";
  const CLOSE_ICON = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z";

  function icon(d) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    svg.append(path);
    return svg;
  }

  const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
  const LATIN_LETTER = /[A-Za-z]/;

  /** The service's rule (ingest/normalize.py): Arabic when at least as many words are Arabic. */
  function detectLanguage(text) {
    let arabic = 0;
    let latin = 0;
    for (const word of text.split(/\s+/)) {
      if (ARABIC_LETTER.test(word)) arabic += 1;
      else if (LATIN_LETTER.test(word)) latin += 1;
    }
    return arabic > 0 && arabic >= latin ? "ar" : "en";
  }

  const OPENING = new Set(["“", "«"]);
  const CLOSING = new Set(["”", "»"]);
  const dirOf = (language) => (language === "ar" ? "rtl" : "ltr");
  const speakerOf = (c, language) => (language === "en" ? c.speaker_en : c.speaker) || c.speaker;
  const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
  const int = (n) => (Number.isInteger(n) ? n : 0);

  /** Server-Sent Events from a fetch body (EventSource cannot POST). Yields {event, data}. */
  async function* readEvents(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let event = "message";
    let data = [];
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return; // an event without its closing blank line is dropped, as the spec says
        buffer += value;
        for (;;) {
          const at = buffer.search(/[\r\n]/);
          // A lone "\r" at the end may be the first half of "\r\n": wait for the next chunk.
          if (at < 0 || (buffer[at] === "\r" && at === buffer.length - 1)) break;
          const line = buffer.slice(0, at);
          buffer = buffer.slice(at + (buffer.startsWith("\r\n", at) ? 2 : 1));
          if (line === "") {
            if (data.length) yield { event, data: data.join("\n") };
            event = "message";
            data = [];
            continue;
          }
          if (line.startsWith(":")) continue; // a comment (keep-alive ping)
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "event") event = value;
          else if (field === "data") data.push(value);
        }
      }
    } finally {
      reader.cancel().catch(() => {}); // stops the download if the reader gave up early
    }
  }

  /** Seconds to wait from a Retry-After header (seconds or an HTTP date), or 0 if unknown. */
  function retryAfter(value) {
    if (!value) return 0;
    if (/^\d+$/.test(value.trim())) return Number(value.trim());
    const when = Date.parse(value);
    return Number.isNaN(when) ? 0 : Math.max(0, Math.ceil((when - Date.now()) / 1000));
  }

  /** Turn a non-200 reply into what to tell the reader, and whether a retry may help. */
  async function describeFailure(response, t) {
    let error = {};
    try {
      error = (await response.json()).error || {};
    } catch {
      // not our JSON (a proxy's page, say): the status decides
    }
    const code = error.code || `http_${response.status}`;
    if (response.status === 429) {
      return { code, text: t.busy(retryAfter(response.headers.get("retry-after"))), retry: true };
    }
    if (response.status >= 500) return { code, text: t.server, detail: error.message, retry: true };
    // Any other refusal is about the question itself: say what the service said.
    return { code, text: error.message || `HTTP ${response.status}`, detail: error.hint };
  }

  // --- one assistant reply ---

  /** Renders a streamed answer by appending text nodes; [n] markers become citation chips. */
  class Answer {
    constructor(chat, language) {
      this.chat = chat;
      this.language = language;
      this.citations = new Map();
      this.nearest = [];
      this.pending = ""; // a trailing "[" or "[1" that the next delta may complete into a marker
      this.quote = null; // the open quotation's element, while inside «…» or “…”
      this.depth = 0; // quotation marks may nest
      this.hasText = false;
      this.status = h("p", { class: "status" }, chat.t.thinking);
      this.body = h("div", { class: "text" });
      // dir is set before any text arrives, so appended words never make the bubble reflow.
      this.el = h("div", { class: "msg", "data-role": "assistant", "data-state": "waiting",
        dir: dirOf(language), lang: language }, this.status, this.body);
    }

    meta(meta) {
      this.language = meta.language === "ar" ? "ar" : "en";
      this.el.dir = dirOf(this.language);
      this.el.lang = this.language;
      // The LLM's stream sends a second meta: keep the latest.
      this.citations = new Map((meta.citations || []).map((c) => [String(c.n), c]));
      this.nearest = meta.abstained ? meta.nearest || [] : [];
      this.el.dataset.state = "streaming";
    }

    push(piece) {
      if (!this.hasText) {
        this.status.remove();
        this.hasText = true;
      }
      let text = this.pending + piece;
      const tail = /\[\d*$/.exec(text);
      this.pending = tail ? tail[0] : "";
      if (tail) text = text.slice(0, tail.index);
      this.chat.follow(() => this.write(text));
    }

    write(text) {
      for (const token of text.split(/(\[\d+\]|[“”«»])/)) {
        if (!token) continue;
        const marker = /^\[(\d+)\]$/.exec(token);
        const c = marker && this.citations.get(marker[1]);
        if (c) {
          this.target().append(this.chat.chip(c, this.language));
        } else if (OPENING.has(token) && this.depth++ === 0) {
          // A quotation is its own dir=auto isolate, marks inside (outside, they land beside
          // the wrong words once a quote in the other direction wraps).
          this.quote = h("span", { class: "q", dir: "auto" }, token);
          this.body.append(this.quote);
        } else if (CLOSING.has(token) && this.depth > 0 && --this.depth === 0) {
          this.quote.append(token);
          this.quote = null;
        } else {
          this.target().append(token);
        }
      }
    }

    target() {
      return this.quote || this.body;
    }

    flush() {
      if (this.pending) this.body.append(this.pending);
      this.pending = "";
    }

    finish(answer) {
      if (!this.hasText && answer) this.push(answer);
      this.flush();
      if (this.nearest.length) {
        this.chat.follow(() => this.el.append(this.chat.nearestList(this.nearest, this.language)));
      }
      this.settle("done");
    }

    stopped() {
      this.flush();
      this.el.append(h("p", { class: "status" }, this.chat.t.stopped));
      this.settle("stopped");
    }

    settle(state) {
      this.status.remove();
      this.el.dataset.state = state;
    }
  }

  // --- the element ---

  class TalksChat extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      this.history = []; // completed turns only, sent with the next question
      this.controller = null; // the AbortController of the request in flight
      this.sources = null; // a promise of source_id -> source summary, fetched on first use
    }

    /** The token from data-token-url (refetched near expiry, or if `fresh`). */
    async token(fresh) {
      const url = settings.tokenUrl;
      let c = this.tokenCache;
      if (url && (fresh || !c || Date.now() > c.until)) {
        c = this.tokenCache = { until: Date.now() + 6e4 };
        try {
          const r = await fetch(url); // same-origin: with the site's cookies
          if (r.status === 204) c.until += 354e4;
          const b = r.status === 200 ? await r.json() : {};
          if (b.token) Object.assign(c, { token: b.token, until: Date.now() + (b.expires_in - 30) * 1e3 });
        } catch {
          c.until = 0;
        }
      }
      return url && c.token;
    }

    /** fetch() with the token, retried with a fresh one after a 401. */
    async authorized(url, init, fresh) {
      const token = await this.token(fresh);
      const r = await fetch(url, { ...init, headers: { ...init.headers, ...(token && { authorization: `Bearer ${token}` }) } });
      return r.status === 401 && settings.tokenUrl && !fresh ? this.authorized(url, init, true) : r;
    }

    get api() {
      return new URL(this.getAttribute("api") || DEFAULT_API, location.href).href.replace(/\/+$/, "");
    }

    get inline() {
      return this.hasAttribute("inline");
    }

    connectedCallback() {
      if (!this.panel) this.build();
    }

    disconnectedCallback() {
      this.stop();
    }

    build() {
      const lang = (this.getAttribute("lang") || settings.lang || document.documentElement.lang || "en");
      this.language = lang.toLowerCase().startsWith("ar") ? "ar" : "en";
      const t = (this.t = STRINGS[this.language]);
      const root = this.shadowRoot;
      if ("adoptedStyleSheets" in root && window.CSSStyleSheet) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } else {
        root.append(h("style", {}, CSS)); // older browsers; needs style-src 'unsafe-inline'
      }

      this.input = h("textarea", { rows: "2", dir: "auto", "aria-label": t.input,
        placeholder: t.placeholder, "aria-describedby": "hint", onkeydown: (e) => this.onInputKey(e) });
      this.sendButton = h("button", { type: "submit", class: "send" }, t.send);
      this.stopButton = h("button", { type: "button", class: "stop", hidden: true,
        onclick: () => this.stop() }, t.stop);
      const form = h("form", { class: "composer", onsubmit: (e) => { e.preventDefault(); this.ask(this.input.value); } },
        this.input, h("div", {}, this.sendButton, this.stopButton), h("p", { id: "hint", class: "hint" }, t.hint));

      this.log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": t.log, tabindex: "0" });
      this.live = h("p", { class: "sr", role: "status" });
      this.cite = this.buildCitationPanel();
      const header = h("div", { class: "head" }, h("h2", { id: "title" }, t.title),
        h("button", { type: "button", class: "plain", onclick: () => this.clear() }, t.clear),
        !this.inline && h("button", { type: "button", class: "icon", "aria-label": t.close,
          onclick: () => this.close() }, icon(CLOSE_ICON)));
      this.panel = h("section", { id: "panel", class: this.inline ? "panel" : "panel floating",
        role: this.inline ? "region" : "dialog", "aria-labelledby": "title", hidden: !this.inline },
        header, this.log, this.cite, form, this.live);
      this.bubble = this.inline ? null : h("button", { type: "button", class: "bubble", "aria-label": t.open,
        "aria-expanded": "false", "aria-controls": "panel", onclick: () => this.toggle() }, icon(CHAT_ICON));
      // One wrapper carries the UI direction, so bubble and panel sit on the same side.
      root.append(h("div", { dir: dirOf(this.language), lang: this.language,
        onkeydown: (e) => this.onKey(e) }, this.bubble, this.panel));
    }

    buildCitationPanel() {
      this.citeTitle = h("h3", { id: "cite-title", tabindex: "-1" });
      this.citeQuote = h("blockquote", { class: "quote", dir: "auto" });
      this.citeSpeaker = h("p", { class: "speaker" });
      this.citeSource = h("p", { class: "source", dir: "auto" });
      this.citeLink = h("a", { target: "_blank", rel: "noopener" });
      this.citeClose = h("button", { type: "button", class: "icon", "aria-label": this.t.closeSource,
        onclick: () => this.closeCitation() }, icon(CLOSE_ICON));
      return h("section", { class: "cite", role: "dialog", "aria-labelledby": "cite-title", hidden: true },
        h("div", { class: "cite-head" }, this.citeTitle, this.citeClose),
        this.citeQuote, this.citeSpeaker, this.citeSource, h("p", {}, this.citeLink));
    }

    // --- opening, closing, keys ---

    open() {
      if (!this.panel) this.build();
      if (this.inline) return;
      this.panel.hidden = false;
      this.bubble.setAttribute("aria-expanded", "true");
      this.bubble.replaceChildren(icon(CLOSE_ICON));
      this.input.focus();
    }

    close() {
      if (this.inline || this.panel.hidden) return;
      this.closeCitation(false);
      this.panel.hidden = true;
      this.bubble.setAttribute("aria-expanded", "false");
      this.bubble.replaceChildren(icon(CHAT_ICON));
      this.bubble.focus();
    }

    toggle() {
      if (this.panel.hidden) this.open();
      else this.close();
    }

    onKey(event) {
      if (event.key !== "Escape" || event.isComposing) return; // an IME uses Escape too
      // Escape peels one layer at a time: the source panel first, then the chat panel.
      if (!this.cite.hidden) {
        event.preventDefault();
        this.closeCitation();
      } else if (!this.inline && !this.panel.hidden) {
        event.preventDefault();
        this.close();
      }
    }

    onInputKey(event) {
      // Enter sends, Shift+Enter is a new line; an IME uses Enter to commit its composition.
      if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      this.ask(this.input.value);
    }

    // --- asking ---

    /** Ask a question as if typed (the demo page's example buttons use this). */
    ask(text) {
      if (!this.panel) this.build();
      const question = String(text == null ? "" : text).trim();
      if (!question || this.controller) return false;
      if (!this.inline && this.panel.hidden) this.open();
      this.input.value = "";
      this.addUser(question);
      this.request(question);
      return true;
    }

    addUser(text) {
      const language = detectLanguage(text);
      this.log.append(h("div", { class: "msg", "data-role": "user", dir: dirOf(language), lang: language },
        h("div", { class: "text" }, text)));
      this.log.scrollTop = this.log.scrollHeight;
    }

    async request(question) {
      const turn = new Answer(this, detectLanguage(question));
      this.follow(() => this.log.append(turn.el));
      const controller = (this.controller = new AbortController());
      this.setBusy(true);
      const messages = [...this.history.slice(-MAX_HISTORY), { role: "user", content: question }];
      try {
        const response = await this.authorized(`${this.api}/v1/chat`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "text/event-stream" },
          body: JSON.stringify({ messages, stream: true }),
          signal: controller.signal,
          credentials: "omit",
        });
        if (!response.ok) {
          this.fail(turn, question, await describeFailure(response, this.t));
          return;
        }
        const answer = await this.consume(response, turn);
        if (answer == null) {
          this.fail(turn, question, { code: "cut_off", text: this.t.cut, retry: true });
          return;
        }
        turn.finish(answer);
        this.history.push({ role: "user", content: question }, { role: "assistant", content: answer });
      } catch (error) {
        if (controller.signal.aborted) turn.stopped();
        else this.fail(turn, question, { code: "network", text: this.t.network, retry: true });
      } finally {
        if (this.controller === controller) {
          this.controller = null;
          this.setBusy(false);
        }
      }
    }

    /** Read the reply: SSE (meta, delta..., done), or plain JSON if a proxy dropped streaming. */
    async consume(response, turn) {
      const type = response.headers.get("content-type") || "";
      if (!type.includes("text/event-stream")) {
        const body = await response.json();
        turn.meta(body);
        return body.answer;
      }
      let answer = null;
      for await (const { event, data } of readEvents(response.body)) {
        const payload = JSON.parse(data);
        if (event === "meta") turn.meta(payload);
        else if (event === "delta") turn.push(payload.text);
        else if (event === "done") answer = payload.answer;
      }
      return answer;
    }

    fail(turn, question, problem) {
      if (turn.hasText) {
        turn.flush();
        turn.settle("error");
      } else {
        turn.el.remove();
      }
      const box = h("div", { class: "error", role: "alert", "data-error": problem.code },
        h("p", {}, problem.text), problem.detail && h("p", { dir: "auto" }, problem.detail));
      if (problem.retry) {
        box.append(h("button", { type: "button", class: "retry", onclick: () => {
          if (this.controller) return;
          box.remove();
          this.request(question);
        } }, this.t.retry));
      } else if (!this.input.value) {
        this.input.value = question; // the service refused the question itself: let the reader edit it
      }
      this.follow(() => this.log.append(box));
    }

    stop() {
      if (this.controller) this.controller.abort();
    }

    clear() {
      this.stop();
      this.controller = null;
      this.setBusy(false);
      this.history = [];
      this.log.replaceChildren();
      this.closeCitation(false);
      this.live.textContent = this.t.cleared;
      this.input.focus();
    }

    setBusy(busy) {
      // Swap Send and Stop, and keep the keyboard focus on whichever is now shown.
      const focused = this.shadowRoot.activeElement;
      this.sendButton.hidden = busy;
      this.stopButton.hidden = !busy;
      if (busy && focused === this.sendButton) this.stopButton.focus();
      if (!busy && focused === this.stopButton) this.input.focus();
      // A busy log is read out once complete, not word by word.
      this.log.setAttribute("aria-busy", String(busy));
    }

    /** Run a change to the log, keeping it scrolled to the bottom if the reader was there. */
    follow(change) {
      const log = this.log;
      const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
      change();
      if (atBottom) log.scrollTop = log.scrollHeight;
    }

    // --- citations ---

    chip(c, language) {
      return h("button", { type: "button", class: "chip", "data-citation": c.n,
        "aria-label": `${STRINGS[language].source} ${c.n}`, "aria-haspopup": "dialog",
        onclick: (e) => this.showCitation(c, language, e.currentTarget) }, String(c.n));
    }

    nearestList(list, language) {
      const [open, close] = language === "ar" ? ["«", "»"] : ["“", "”"];
      // Speaker and quote are isolated, the quote with its marks and ellipsis inside.
      const items = list.map((c) => h("li", {}, this.chip(c, language),
        h("span", {}, h("bdi", {}, speakerOf(c, language)), ": ",
          h("span", { class: "q", dir: "auto" }, open, clip(c.quote, 120), close))));
      return h("div", { class: "nearest", "data-nearest": "" },
        h("p", {}, STRINGS[language].nearest), h("ul", {}, ...items));
    }

    showCitation(c, language, opener) {
      const t = STRINGS[language];
      this.citeOpener = opener;
      this.cite.dir = dirOf(language);
      this.cite.lang = language;
      this.citeTitle.textContent = `${t.source} ${c.n}`;
      this.citeQuote.textContent = c.quote;
      this.citeSpeaker.replaceChildren("— ", h("bdi", {}, speakerOf(c, language)));
      this.citeSource.textContent = c.source_id;
      this.citeLink.textContent = t.openSource;
      this.citeLink.href = `${this.api}/sources/${encodeURIComponent(c.source_id)}` +
        `?start=${int(c.start)}&end=${int(c.end)}&version=${encodeURIComponent(c.source_version || "")}` +
        `&lang=${language}`;
      this.sourceInfo(c.source_id).then((source) => {
        if (source && this.citeOpener === opener) {
          this.citeSource.textContent = (language === "ar" && source.title_ar) || source.title;
          this.citeQuote.lang = source.language;
        }
      });
      this.cite.hidden = false;
      this.citeTitle.focus();
    }

    closeCitation(refocus = true) {
      if (this.cite.hidden) return;
      this.cite.hidden = true;
      const opener = this.citeOpener;
      this.citeOpener = null;
      if (refocus) (opener && opener.isConnected ? opener : this.input).focus();
    }

    /** Source titles and languages, fetched once from GET /v1/sources. */
    sourceInfo(id) {
      if (!this.sources) {
        this.sources = this.authorized(`${this.api}/v1/sources`, { credentials: "omit" })
          .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
          .then((body) => new Map(body.sources.map((s) => [s.source_id, s])))
          .catch(() => {
            this.sources = null; // try again next time
            return new Map();
          });
      }
      return this.sources.then((map) => map.get(id));
    }
  }

  customElements.define("talks-chat", TalksChat);

  // One tag is enough: with no <talks-chat> in the page, add one (a bubble, or inline here).
  function mount() {
    if (document.querySelector("talks-chat")) return;
    const chat = document.createElement("talks-chat");
    if (settings.mode === "inline" && script && script.closest("body")) {
      chat.setAttribute("inline", "");
      script.after(chat);
    } else {
      if (settings.mode === "inline") chat.setAttribute("inline", "");
      document.body.append(chat);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
