// The source page: /sources/{source_id}?start=S&end=E&version=V shows the document with
// text[S:E] marked, in version V of the text (the citation's source_version). When that version
// is no longer kept, it says so and shows the current text unmarked: the offsets would mark
// other words. The text is put in as text nodes only (never innerHTML), so a document can never
// become markup. The page speaks the reader's language: ?lang= (the widget passes its own),
// else the browser's (its Accept-Language); Arabic readers get Arabic text, right to left.
(() => {
  "use strict";

  const RTL = new Set(["ar", "fa", "he", "ur"]);
  const title = document.getElementById("title");
  const status = document.getElementById("status");
  const about = document.getElementById("about");
  const article = document.getElementById("text");
  const back = document.getElementById("back");

  const id = sourceId();
  const params = new URLSearchParams(location.search);
  const start = wholeNumber(params.get("start"));
  const end = wholeNumber(params.get("end"));
  const version = /^[0-9a-f]{64}$/.test(params.get("version") || "") ? params.get("version") : null;
  const reader = readerLanguage(params.get("lang"));

  const STRINGS = {
    en: {
      back: "← Talks Q&A",
      loading: "Loading the source…",
      unreachable: "Could not reach the service. Reload the page to try again.",
      gone: "This passage was quoted from an earlier version of the document, which is no " +
        "longer kept. The document has changed since, so the passage is not marked in " +
        "the current text below.",
      earlier: "This is the version the citation quoted; the document has changed since.",
      missing: "The requested passage is not in this document.",
      passage: (s, e) => `The highlighted passage is characters ${s}–${e}.`,
      said: (st) => `Said by ${st.speaker_en} (${st.speaker}).`,
      title: (doc) => doc.title,
    },
    ar: {
      back: "→ Talks Q&A",
      loading: "جارٍ تحميل المصدر…",
      unreachable: "تعذّر الوصول إلى الخدمة. أعد تحميل الصفحة للمحاولة مجددًا.",
      gone: "اقتُبس هذا المقطع من نسخة سابقة من الوثيقة لم تعد محفوظة. تغيّرت الوثيقة منذ " +
        "ذلك الحين، لذا لا يظهر المقطع مظلَّلًا في النص الحالي أدناه.",
      earlier: "هذه هي النسخة التي اقتُبس منها الاستشهاد، وقد تغيّرت الوثيقة منذ ذلك الحين.",
      missing: "المقطع المطلوب ليس في هذه الوثيقة.",
      passage: (s, e) => `المقطع المظلَّل هو المحارف ${s}–${e}.`,
      said: (st) => `قاله: ${st.speaker}.`,
      title: (doc) => doc.title_ar || doc.title,
    },
  };
  const t = STRINGS[reader];
  document.documentElement.lang = reader;
  document.documentElement.dir = reader === "ar" ? "rtl" : "ltr";
  back.textContent = t.back;
  status.textContent = t.loading;

  /** "ar" or "en": the page's ?lang=, else the first of the browser's languages we speak. */
  function readerLanguage(asked) {
    for (const tag of [asked, ...(navigator.languages || [navigator.language])]) {
      const base = (tag || "").toLowerCase().split("-")[0];
      if (base === "ar" || base === "en") return base;
    }
    return "en";
  }

  function sourceId() {
    const raw = location.pathname.replace(/^\/sources\//, "");
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw; // a malformed escape: the service will say there is no such source
    }
  }

  function wholeNumber(value) {
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  }

  function say(text) {
    status.textContent = text;
    status.hidden = false;
  }

  /** With API keys set, the service gives its own pages a short-lived token (none otherwise). */
  async function authorization() {
    try {
      const response = await fetch("/page-token", { headers: { accept: "application/json" } });
      const body = response.status === 200 ? await response.json() : {}; // 204: none needed
      return body.token ? { authorization: `Bearer ${body.token}` } : {};
    } catch {
      return {};
    }
  }

  async function get(path, headers) {
    const response = await fetch(path, { headers: { accept: "application/json", ...headers } });
    return { response, body: await response.json().catch(() => ({})) };
  }

  function sayError(response, body) {
    const error = body.error || {};
    say(error.message ? `${error.message}${error.hint ? ` (${error.hint})` : ""}` : `HTTP ${response.status}`);
  }

  async function load() {
    const path = `/v1/sources/${encodeURIComponent(id)}`;
    let reply;
    try {
      const headers = await authorization();
      reply = await get(version ? `${path}?version=${version}` : path, headers);
      if (reply.response.status === 410) {
        // The cited version is gone: show today's text, and mark nothing in it.
        const current = await get(path, headers);
        if (!current.response.ok) {
          sayError(current.response, current.body);
          return;
        }
        render(current.body, false);
        say(t.gone);
        status.dataset.state = "version-gone";
        return;
      }
    } catch {
      say(t.unreachable);
      return;
    }
    if (!reply.response.ok) {
      sayError(reply.response, reply.body);
      return;
    }
    render(reply.body, true);
    if (reply.body.current === false) {
      about.textContent = `${about.textContent} ${t.earlier}`;
    }
  }

  function render(doc, highlight) {
    document.title = `${t.title(doc)} — Talks Q&A`;
    title.textContent = t.title(doc);
    article.lang = doc.language;
    article.dir = RTL.has(doc.language) ? "rtl" : "ltr";

    const text = doc.text;
    // The service counts characters as Python does (code points); JS strings count UTF-16
    // units, so slice an array of code points to stay exact past any astral character.
    const chars = Array.from(text);
    const span = highlight && start !== null && end !== null && start < end && end <= chars.length;
    // One pre-wrapped block keeps the offsets exact: the mark holds exactly text[start:end].
    if (span) {
      const mark = document.createElement("mark");
      mark.id = "quote";
      mark.tabIndex = -1;
      mark.append(chars.slice(start, end).join(""));
      article.append(chars.slice(0, start).join(""), mark, chars.slice(end).join(""));
      describe(doc);
      status.hidden = true;
    } else {
      article.append(text);
      if ((start === null && end === null) || !highlight) status.hidden = true;
      else say(t.missing);
    }
    article.hidden = false;

    const marked = document.getElementById("quote");
    if (marked) {
      marked.scrollIntoView({ block: "center" });
      marked.focus({ preventScroll: true });
    }
  }

  /** Say who said the marked passage, from the statement that contains it. */
  function describe(doc) {
    const statement = (doc.statements || []).find((s) => s.start <= start && end <= s.end);
    about.textContent = [t.passage(start, end), statement && t.said(statement)]
      .filter(Boolean)
      .join(" ");
    about.hidden = false;
  }

  load();
})();
