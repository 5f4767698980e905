// detente analyst review: confirm, reject or correct an event, or add one by selecting its
// sentence, on the article page and in the events explorer. Writing needs the server's token
// (kept in this tab's sessionStorage only) and a reviewer name; without them the page is
// read-only and still shows which events were reviewed. Talks to /api/review only.
"use strict";

(function () {
  const API = "/api/review";
  const store = {
    get name() { return localStorage.getItem("detente.reviewer") || ""; },
    set name(v) { localStorage.setItem("detente.reviewer", v); },
    get token() { return sessionStorage.getItem("detente.token") || ""; },
    set token(v) { sessionStorage.setItem("detente.token", v); },
  };
  const signedIn = () => Boolean(store.name && store.token);

  function h(tag, props, ...kids) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("data-")) node.setAttribute(k, v);
      else node[k] = v;
    }
    for (const kid of kids) if (kid) node.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid);
    return node;
  }

  function say(text, bad) {
    const box = document.getElementById("review-msg");
    if (!box) return;
    box.textContent = text;
    box.className = bad ? "review-msg bad" : "review-msg";
  }

  async function send(path, body) {
    const r = await fetch(API + path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: "Bearer " + store.token },
      body: JSON.stringify({ reviewer: store.name, ...body }),
    });
    const data = await r.json().catch(() => ({}));
    if (!r.ok) {
      let detail = data.detail;
      if (Array.isArray(detail)) detail = detail.map(d => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ");
      throw new Error(`${r.status}: ${detail || r.statusText}`);
    }
    return data;
  }

  async function getJSON(path) {
    const r = await fetch(API + path, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    return r.json();
  }

  let codes = null;
  async function cameoCodes() {
    if (!codes) codes = await getJSON("/codes");
    return codes;
  }

  function login(onChange) {
    const name = h("input", { type: "text", id: "review-name", placeholder: "your name", value: store.name, size: 12 });
    name.setAttribute("aria-label", "reviewer name");
    const token = h("input", { type: "password", id: "review-token", placeholder: "server token", value: store.token, size: 12 });
    token.setAttribute("aria-label", "server token");
    const state = h("span", { class: "muted", id: "review-state" });
    const form = h("form", { class: "review-login", id: "review-login" }, name, " ", token, " ",
      h("button", { type: "submit", text: "Sign in to review" }), " ", state);
    const show = () => {
      state.textContent = signedIn() ? `reviewing as ${store.name}` : "read-only: give your name and the server's token to review";
    };
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      store.name = name.value.trim();
      store.token = token.value.trim();
      show();
      onChange();
    });
    show();
    return form;
  }

  function label(e) {
    const side = (code, name) => code ? (name && name !== code ? `${code} (${name})` : code) : "?";
    return `${side(e.source, e.source_name)} → ${side(e.target, e.target_name)} · ${e.cameo} ${e.cameo_name || ""}` +
      (e.modality && e.modality !== "asserted" ? ` · ${e.modality}` : "");
  }

  function badge(e) {
    const words = { confirm: "confirmed", correct: "corrected", add: "added" };
    return h("span", { class: "pill review-" + (e.review || "none"), text: e.reviewed ? words[e.review] || e.review : "not reviewed" });
  }

  async function codeFields(values) {
    const c = await cameoCodes();
    const source = h("input", { type: "text", name: "source", value: values.source || "", size: 9, placeholder: "USAGOV" });
    const target = h("input", { type: "text", name: "target", value: values.target || "", size: 9, placeholder: "RUSGOV" });
    const cameo = h("select", { name: "cameo" });
    for (const x of c.cameo) cameo.appendChild(h("option", { value: x.code, text: `${x.code} ${x.name}`, selected: x.code === values.cameo }));
    const modality = h("select", { name: "modality" });
    for (const m of c.modalities) modality.appendChild(h("option", { value: m, text: m, selected: m === (values.modality || "asserted") }));
    for (const [node, what] of [[source, "source"], [target, "target"], [cameo, "CAMEO code"], [modality, "modality"]]) node.setAttribute("aria-label", what);
    return { source, target, cameo, modality, sourceName: named(source), targetName: named(target) };
  }

  // the plain name of the actor code typed in `input`, shown beside it (from /api/names)
  function named(input) {
    const span = h("small", { class: "muted review-name" });
    let timer = null;
    const look = async () => {
      const code = input.value.trim().toUpperCase();
      if (!code) { span.textContent = ""; return; }
      try {
        const r = await fetch("/api/names?code=" + encodeURIComponent(code), { headers: { Accept: "application/json" } });
        const name = r.ok ? ((await r.json()).actors || {})[code] : "";
        if (input.value.trim().toUpperCase() === code) span.textContent = name && name !== code ? ` ${name} ` : " (unknown code) ";
      } catch (err) { span.textContent = ""; }
    };
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(look, 250); });
    look();
    return span;
  }

  function done(text) {
    say(text + " · reloading…");
    setTimeout(() => location.reload(), 150);
  }

  async function judge(aid, idx, action, fields) {
    try {
      await send(`/events/${encodeURIComponent(aid)}/${idx}`, { action, ...(fields || {}) });
      done(`event ${idx}: ${action} saved`);
    } catch (err) { say(String(err.message || err), true); }
  }

  async function correctForm(li, aid, e) {
    if (li.querySelector("form.review-correct")) return;
    const f = await codeFields(e);
    const form = h("form", { class: "review-correct" }, "source ", f.source, f.sourceName, " target ", f.target, f.targetName, " ", f.cameo, " ", f.modality, " ",
      h("button", { type: "submit", text: "Save correction" }));
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      const changes = {};
      for (const k of ["source", "target", "cameo", "modality"]) {
        const v = f[k].value.trim();
        if (v !== (e[k] || "")) changes[k] = v;
      }
      if (!Object.keys(changes).length) { say("nothing changed", true); return; }
      judge(aid, e.idx, "correct", changes);
    });
    li.appendChild(form);
  }

  function buttons(aid, e, li) {
    const box = h("span", { class: "review-actions" });
    const b = (text, cls, fn) => {
      const btn = h("button", { type: "button", text, class: cls, disabled: !signedIn() });
      btn.addEventListener("click", fn);
      box.appendChild(btn);
      box.appendChild(document.createTextNode(" "));
    };
    b("Confirm", "review-confirm", () => judge(aid, e.idx, "confirm"));
    b("Reject", "review-reject", () => judge(aid, e.idx, "reject"));
    b("Correct…", "review-correct-open", () => correctForm(li, aid, e));
    return box;
  }

  // -- the article page ----------------------------------------------------------------------

  function textOffset(root, node, offset) {
    const r = document.createRange();
    r.setStart(root, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  }

  async function articlePage(aid) {
    const aside = document.querySelector(".article-layout aside");
    const text = document.getElementById("text");
    if (!aside || !text) return;
    const card = h("section", { class: "card", id: "review" }, h("h2", { text: "Review" }));
    aside.insertBefore(card, aside.firstChild);
    const list = h("ol", { class: "evlist", id: "review-list" });
    const addBox = h("div", { id: "review-add-box" });
    card.append(login(() => render()), list, addBox, h("p", { id: "review-msg", class: "review-msg", role: "status" }));
    let selection = null;

    document.addEventListener("selectionchange", () => {
      const s = document.getSelection();
      if (!s || s.rangeCount === 0 || s.isCollapsed) return;
      const r = s.getRangeAt(0);
      if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
      selection = { start: textOffset(text, r.startContainer, r.startOffset), end: textOffset(text, r.endContainer, r.endOffset) };
      const btn = document.getElementById("review-add");
      if (btn) {
        btn.disabled = !signedIn();
        btn.textContent = `Add an event in the selected sentence (“${s.toString().slice(0, 40)}”)`;
      }
    });

    async function render() {
      list.innerHTML = "";
      addBox.innerHTML = "";
      let data;
      try { data = await getJSON(`/articles/${encodeURIComponent(aid)}/events`); }
      catch (err) { say(`reviews unavailable: ${err.message}`, true); return; }
      if (!data.writable) say("This server is read-only: it was started without DETENTE_TOKEN, so reviews cannot be saved here.");
      for (const e of data.items) {
        const li = h("li", { id: `review-${e.idx}`, "data-idx": String(e.idx), "data-review": e.review || "" },
          badge(e), " ", h("a", { href: `#ev-${e.idx}`, text: label(e) }), " ");
        li.appendChild(buttons(aid, e, li));
        list.appendChild(li);
      }
      if (!data.items.length) list.appendChild(h("li", { class: "muted", text: "No events." }));
      if (data.rejected && data.rejected.length) {
        const gone = h("details", { id: "review-rejected" }, h("summary", { text: `Rejected (${data.rejected.length})` }));
        const ol = h("ol", { class: "evlist" });
        for (const e of data.rejected) {
          const back = h("button", { type: "button", class: "review-unreject", text: "Take back", disabled: !signedIn() });
          back.addEventListener("click", () => judge(aid, e.idx, "confirm"));
          ol.appendChild(h("li", { id: `review-rejected-${e.idx}` }, h("span", { text: label(e) + " " }), back));
        }
        gone.appendChild(ol);
        list.appendChild(h("li", { class: "review-rejected-box" }, gone));
      }
      const add = h("button", { type: "button", id: "review-add", disabled: true,
        text: "Add an event: select its sentence in the text first" });
      add.addEventListener("click", async () => {
        if (!selection) { say("select the event's sentence in the article text first", true); return; }
        if (addBox.querySelector("form")) return;
        const f = await codeFields({});
        const trigger = h("input", { type: "text", name: "trigger", size: 10, placeholder: "trigger word" });
        trigger.setAttribute("aria-label", "trigger word (optional)");
        const span = { ...selection };
        const form = h("form", { class: "review-add" }, "source ", f.source, f.sourceName, " target ", f.target, f.targetName, " ", f.cameo, " ", f.modality,
          " ", trigger, " ", h("button", { type: "submit", text: "Save new event" }));
        form.addEventListener("submit", async ev => {
          ev.preventDefault();
          try {
            const r = await send(`/articles/${encodeURIComponent(aid)}/events`, {
              start: span.start, end: span.end, source: f.source.value.trim() || null, target: f.target.value.trim() || null,
              cameo: f.cameo.value, modality: f.modality.value, trigger: trigger.value.trim() || null });
            done(`event ${r.event_idx} added`);
          } catch (err) { say(String(err.message || err), true); }
        });
        addBox.appendChild(form);
      });
      addBox.appendChild(h("p", {}, add));
      if (location.hash.startsWith("#review-")) document.getElementById(location.hash.slice(1))?.scrollIntoView();
    }
    render();
  }

  // -- the events explorer -------------------------------------------------------------------

  async function queueList(parent) {
    const box = h("details", { id: "review-queue" }, h("summary", { text: "To review: the coder's least sure events first" }));
    parent.appendChild(box);
    let data;
    try { data = await getJSON("/queue?limit=15"); } catch (err) { box.appendChild(h("p", { class: "muted", text: String(err) })); return; }
    const ol = h("ol", { class: "evlist" });
    for (const e of data.items) {
      const conf = e.confidence === null || e.confidence === undefined ? "–" : Number(e.confidence).toFixed(2);
      ol.appendChild(h("li", {}, h("small", { class: "muted", text: `confidence ${conf} · ` }),
        h("a", { href: `/articles/${encodeURIComponent(e.article_id)}#review-${e.idx}`, text: label(e) }),
        h("small", { class: "muted", text: ` · ${(e.text || "").slice(0, 90)}` })));
    }
    if (!data.items.length) ol.appendChild(h("li", { class: "muted", text: "Every event has been reviewed." }));
    box.appendChild(ol);
  }

  async function eventsPage() {
    const rows = [...document.querySelectorAll("tr a.evlink")];
    if (!rows.length) return;
    const table = rows[0].closest("table");
    const msg = h("p", { id: "review-msg", class: "review-msg", role: "status" });
    const bar = h("div", { class: "card", id: "review" }, login(() => draw()), msg);
    table.parentNode.insertBefore(bar, table);
    const states = {};
    queueList(bar);
    async function draw() {
      const ids = [...new Set(rows.map(a => new URL(a.href).pathname.split("/")[2]))];
      await Promise.all(ids.map(async aid => {
        try {
          const data = await getJSON(`/articles/${encodeURIComponent(aid)}/events`);
          for (const e of data.items) states[`${aid}#${e.idx}`] = e;
        } catch (err) { /* the row keeps no review controls */ }
      }));
      for (const a of rows) {
        const url = new URL(a.href);
        const aid = url.pathname.split("/")[2];
        const idx = Number(url.hash.replace("#ev-", ""));
        const e = states[`${aid}#${idx}`];
        const td = a.closest("td");
        td.querySelector(".review-row")?.remove();
        if (!e) continue;
        const box = h("div", { class: "review-row", "data-idx": String(idx) }, badge(e), " ");
        box.appendChild(buttons(aid, e, box));
        td.appendChild(box);
      }
    }
    draw();
  }

  function start() {
    const m = location.pathname.match(/^\/articles\/([^/]+)\/?$/);
    if (m) articlePage(decodeURIComponent(m[1]));
    else if (location.pathname === "/events" || location.pathname === "/events/") eventsPage();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
