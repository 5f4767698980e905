// detente dashboard: hand-written SVG charts and evidence highlighting. No libraries, no network
// beyond this server's own /api.
"use strict";

const NS = "http://www.w3.org/2000/svg";
const QUAD = [
  ["verbal_coop", "verbal cooperation", "#8fd1b0", 1],
  ["material_coop", "material cooperation", "#1f8a5b", 1],
  ["verbal_conflict", "verbal conflict", "#f4a582", -1],
  ["material_conflict", "material conflict", "#c0392b", -1],
];
const ROOTS = {
  "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
  "05": "diplomatic cooperation", "06": "material cooperation", "07": "provide aid", "08": "yield",
  "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
  "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
  "18": "assault", "19": "fight", "20": "mass violence",
};

function el(tag, attrs, parent, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

function tip(node, text) { el("title", {}, node, text); return node; }

function message(box, text) {
  box.innerHTML = "";
  const p = document.createElement("p");
  p.className = "muted";
  p.textContent = text;
  box.appendChild(p);
  box.dataset.ready = "1";
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

function niceMax(v) {
  if (v <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

// Cooperation stacks up from zero, conflict down; the mean Goldstein line has its own axis (-10..10).
// Every period of the range is on the axis (the API fills empty ones), so gaps in time show as gaps;
// undated events sit in a box of their own at the right, never on the line.
function dyadChart(box, data) {
  const pts = data.points, und = data.undated;
  if (!pts.length && !und) return message(box, `No asserted events between ${data.a} and ${data.b}.`);
  const W = Math.max(box.clientWidth || 800, 320), H = W < 500 ? 300 : 340;
  const slots = pts.length + (und ? 1.6 : 0);
  const legendRows = W < 520 ? 4 : W < 900 ? 2 : 1;  // the legend wraps on narrow screens
  const m = { l: 40, r: 44, t: 22 + 15 * legendRows, b: 58 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const all = pts.concat(und ? [und] : []);
  const up = Math.max(1, ...all.map(p => p.verbal_coop + p.material_coop));
  const down = Math.max(1, ...all.map(p => p.verbal_conflict + p.material_conflict));
  const ymax = niceMax(Math.max(up, down));
  const y = v => m.t + ih / 2 - (v / ymax) * (ih / 2);
  const g2y = g => m.t + ih / 2 - (g / 10) * (ih / 2);
  const band = iw / Math.max(slots, 1), bw = Math.max(2, Math.min(46, band * 0.7));
  const x = i => m.l + band * i + band / 2;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${data.a}-${data.b} timeline by ${data.by}`, class: "dyad-chart" });
  const grid = el("g", { class: "grid" }, svg);
  const axis = el("g", { class: "axis" }, svg);
  for (const f of [-1, -0.5, 0, 0.5, 1]) {
    const v = f * ymax, yy = y(v);
    el("line", { x1: m.l, x2: W - m.r, y1: yy, y2: yy, stroke: f === 0 ? "#9aa3b2" : "#eceef2" }, grid);
    el("text", { x: m.l - 6, y: yy + 4, "text-anchor": "end", fill: "#4b5260" }, axis, String(Math.abs(v)));
    el("text", { x: W - m.r + 6, y: g2y(f * 10) + 4, class: "glabel" }, axis, (f > 0 ? "+" : "") + f * 10);
  }
  el("text", { x: 10, y: m.t + ih / 4, transform: `rotate(-90 10 ${m.t + ih / 4})`, "text-anchor": "middle", fill: "#17724b" }, axis, "▲ cooperation");
  el("text", { x: 10, y: m.t + 3 * ih / 4, transform: `rotate(-90 10 ${m.t + 3 * ih / 4})`, "text-anchor": "middle", fill: "#b03226" }, axis, "▼ conflict");
  const bars = el("g", { class: "bars" }, svg);
  const drawBars = (p, cx) => {
    let pos = 0, neg = 0;
    for (const [key, label, color, sign] of QUAD) {
      const n = p[key];
      if (!n) continue;
      const from = sign > 0 ? pos : neg, to = from + n;
      if (sign > 0) pos = to; else neg = to;
      const y0 = sign > 0 ? y(to) : y(-from), h = Math.abs(y(to) - y(from));
      tip(el("rect", { x: cx - bw / 2, y: y0, width: bw, height: Math.max(h, 1), fill: color, class: "bar " + key }, bars),
          `${p.label}: ${n} ${label} (${data.a}→${data.b} ${p.a_to_b}, ${data.b}→${data.a} ${p.b_to_a} of ${p.events})`);
    }
  };
  pts.forEach((p, i) => {
    drawBars(p, x(i));
    if (!p.events) tip(el("rect", { x: x(i) - band / 2, y: m.t, width: band, height: ih, fill: "transparent", class: "empty-period" }, bars), `${p.label}: no events`);
  });
  // labels: at most ~12 along the axis, always the first and the last
  const every = Math.max(1, Math.ceil(pts.length / (W < 500 ? 5 : 12)));
  pts.forEach((p, i) => {
    if (i % every && i !== pts.length - 1) return;
    if (i !== pts.length - 1 && pts.length - 1 - i < every / 2 && i % every === 0 && i !== 0) return;
    const lx = x(i), ly = H - m.b + 16;
    el("text", { x: lx, y: ly, transform: `rotate(-35 ${lx} ${ly})`, "text-anchor": "end", fill: "#4b5260", class: "period" }, axis, p.label);
  });
  if (und) {
    const ux = x(pts.length + 0.6);
    el("rect", { x: ux - band * 0.8, y: m.t - 4, width: band * 1.6, height: ih + 8, class: "undated-box", rx: 4 }, grid);
    drawBars(und, ux);
    el("text", { x: ux, y: H - m.b + 16, "text-anchor": "middle", fill: "#4b5260", class: "period undated" }, axis, "undated");
    el("text", { x: ux, y: H - m.b + 30, "text-anchor": "middle", fill: "#4b5260" }, axis, `(${und.events}, off the line)`);
  }
  // the Goldstein line joins consecutive periods that have events; an empty period breaks it
  const line = el("g", { class: "goldstein" }, svg);
  let run = [];
  const flush = () => {
    if (run.length > 1) el("polyline", { points: run.join(" "), fill: "none", stroke: "#243b6b", "stroke-width": 2 }, line);
    run = [];
  };
  pts.forEach((p, i) => {
    if (p.goldstein_mean === null || !p.events) { flush(); return; }
    run.push(`${x(i)},${g2y(p.goldstein_mean)}`);
    tip(el("circle", { cx: x(i), cy: g2y(p.goldstein_mean), r: 3.5, fill: "#243b6b" }, line),
      `${p.label}: ${p.events} events, mean Goldstein ${p.goldstein_mean.toFixed(2)}`);
  });
  flush();
  const legend = el("g", { class: "legend" }, svg);
  let lx = m.l, ly = 12;
  for (const [, label, color, sign] of QUAD) {
    const w = 30 + label.length * 6;
    if (lx + w > W - m.r) { lx = m.l; ly += 15; }
    el("rect", { x: lx, y: ly - 9, width: 11, height: 11, fill: color }, legend);
    el("text", { x: lx + 14, y: ly, fill: "#374151" }, legend, (sign > 0 ? "▲ " : "▼ ") + label);
    lx += w;
  }
  if (lx + 170 > W - m.r) { lx = m.l; ly += 15; }
  el("line", { x1: lx, x2: lx + 16, y1: ly - 4, y2: ly - 4, stroke: "#243b6b", "stroke-width": 2 }, legend);
  el("text", { x: lx + 20, y: ly, fill: "#374151" }, legend, "mean Goldstein (right axis)");
  box.innerHTML = "";
  box.appendChild(svg);
  box.dataset.ready = "1";
}

// One horizontal bar per CAMEO root the actor took part in.
function rootsChart(box, roots) {
  if (!roots.length) return message(box, "No asserted events.");
  const W = Math.max(box.clientWidth || 500, 300), row = 22, H = roots.length * row + 10, lw = W < 420 ? 150 : 190;
  const max = Math.max(...roots.map(r => r.events));
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events by CAMEO root" });
  roots.forEach((r, i) => {
    const yy = 5 + i * row, w = ((W - lw - 40) * r.events) / max;
    const color = r.goldstein_mean > 0 ? "#1f8a5b" : r.goldstein_mean < 0 ? "#c0392b" : "#9aa3b2";
    const mark = r.goldstein_mean > 0 ? "▲" : r.goldstein_mean < 0 ? "▼" : "•";
    el("text", { x: lw - 6, y: yy + 14, "text-anchor": "end", fill: "#374151" }, svg, `${mark} ${r.root} ${ROOTS[r.root] || ""}`);
    tip(el("rect", { x: lw, y: yy + 3, width: Math.max(w, 2), height: row - 8, fill: color, rx: 2 }, svg),
        `${r.events} events, mean Goldstein ${r.goldstein_mean}`);
    el("text", { x: lw + w + 5, y: yy + 14, fill: "#6b7280" }, svg, String(r.events));
  });
  box.innerHTML = "";
  box.appendChild(svg);
  box.dataset.ready = "1";
}

// A small force layout started from a circle, run a fixed number of steps: same data, same picture.
function layout(nodes, edges, W, H) {
  const n = nodes.length, pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / n), y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / n) }));
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.9;
  for (let step = 0, t = W / 10; step < 250; step++, t *= 0.985) {
    const d = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, dist = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (k * k) / dist;
      d[i].x += (dx / dist) * f; d[i].y += (dy / dist) * f; d[j].x -= (dx / dist) * f; d[j].y -= (dy / dist) * f;
    }
    for (const e of edges) {
      const i = index.get(e.source), j = index.get(e.target);
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, dist = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (dist * dist) / k;
      d[i].x -= (dx / dist) * f; d[i].y -= (dy / dist) * f; d[j].x += (dx / dist) * f; d[j].y += (dy / dist) * f;
    }
    for (let i = 0; i < n; i++) {
      d[i].x += (W / 2 - pos[i].x) * 0.01 * k; d[i].y += (H / 2 - pos[i].y) * 0.01 * k;  // gravity keeps islands near
      const len = Math.max(Math.hypot(d[i].x, d[i].y), 0.01), s = Math.min(len, t) / len;
      pos[i].x = Math.min(W - 40, Math.max(40, pos[i].x + d[i].x * s));
      pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y + d[i].y * s));
    }
  }
  return pos;
}

function networkChart(box, data) {
  if (!data.nodes.length) return message(box, "No relations between two different actors in this period.");
  const W = Math.max(box.clientWidth || 900, 320), H = Math.round(W * (W < 500 ? 1 : 0.62));
  const pos = layout(data.nodes, data.edges, W, H), at = new Map(data.nodes.map((d, i) => [d.id, pos[i]]));
  const maxE = Math.max(...data.edges.map(e => e.events), 1), maxN = Math.max(...data.nodes.map(d => d.events), 1);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const edges = el("g", { class: "edges" }, svg);
  for (const e of data.edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const color = e.sign > 0 ? "#1f8a5b" : e.sign < 0 ? "#c0392b" : "#9aa3b2";
    const link = el("a", { href: `/dyads/${e.source}/${e.target}` }, edges);
    const attrs = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: color, "stroke-opacity": 0.7,
      "stroke-width": 1 + 7 * Math.sqrt(e.events / maxE), class: "edge" + (e.sign < 0 ? " conflict" : "") };
    if (e.sign < 0) attrs["stroke-dasharray"] = "6 4";  // not colour alone
    tip(el("line", attrs, link),
      `${e.source} – ${e.target}: ${e.events} events (${e.cooperation} cooperative, ${e.conflict} conflictual), mean Goldstein ${e.goldstein_mean}`);
  }
  const nodes = el("g", { class: "nodes" }, svg);
  data.nodes.forEach((d, i) => {
    const p = pos[i], r = 7 + 18 * Math.sqrt(d.events / maxN);
    const g = el("a", { href: `/actors/${d.id}`, class: "node" }, nodes);
    const color = d.goldstein_mean > 1 ? "#1f8a5b" : d.goldstein_mean < -1 ? "#c0392b" : "#243b6b";
    tip(el("circle", { cx: p.x, cy: p.y, r, fill: color, "fill-opacity": 0.85 }, g),
        `${d.id}${d.name && d.name !== d.id ? " " + d.name : ""}: ${d.events} events, mean Goldstein ${d.goldstein_mean}`);
    el("text", { x: p.x, y: p.y - r - 4, "text-anchor": "middle", fill: "#1d2330" }, g, d.id);
  });
  box.innerHTML = "";
  box.appendChild(svg);
  box.dataset.ready = "1";
}

// The evidence link /articles/{id}#ev-{idx}: light the whole sentence and bring it to the middle.
function showEvidence() {
  document.querySelectorAll(".current").forEach(n => n.classList.remove("current"));
  const q = /^#q-(\d+)$/.exec(location.hash);
  if (q) {  // a quote, from the quotes page
    const parts = document.querySelectorAll(`.quote[data-quote~="${q[1]}"]`);
    parts.forEach(n => n.classList.add("current"));
    if (parts.length) parts[0].scrollIntoView({ block: "center" });
    return;
  }
  const m = /^#ev-(\d+)$/.exec(location.hash);
  if (!m) return;
  const parts = document.querySelectorAll(`.ev[data-ev~="${m[1]}"]`);
  parts.forEach(n => n.classList.add("current"));
  document.querySelectorAll(`ol.evlist a[href="#ev-${m[1]}"]`).forEach(a => a.closest("li").classList.add("current"));
  if (parts.length) parts[0].scrollIntoView({ block: "center" });
}

async function draw(id, fn, source) {
  const box = document.getElementById(id);
  if (!box) return;
  try {
    fn(box, source ? JSON.parse(box.dataset[source]) : await getJSON(box.dataset.api));
  } catch (err) {
    message(box, `Could not draw the chart: ${err.message}`);
  }
}

// Events per country on the Natural Earth outlines; a click opens the country's actor page.
function mapChart(box, shapes, data) {
  const counts = new Map(data.items.map(r => [r.country, r]));
  const max = Math.max(1, ...data.items.map(r => r.events));
  const steps = ["#dbe7f5", "#a9c6e8", "#6d9fd3", "#3b73b5", "#1d4a85"];
  const bucket = n => Math.min(steps.length - 1, Math.floor((Math.log(n) / Math.log(max + 1)) * steps.length));
  const svg = el("svg", { viewBox: `0 0 ${shapes.width} ${shapes.height}`, role: "img", "aria-label": "events by country" });
  for (const [code, c] of Object.entries(shapes.countries)) {
    const r = counts.get(code);
    const label = r ? `${c.name} (${code}): ${r.events} events, ▲ ${r.cooperation} cooperative, ▼ ${r.conflict} conflictual, mean Goldstein ${r.goldstein_mean}`
                    : `${c.name} (${code}): no events`;
    const parent = r ? el("a", { href: `/actors/${code}`, class: "country-link" }, svg) : svg;
    tip(el("path", { d: c.path, class: "country" + (r ? "" : " none"), fill: r ? steps[bucket(r.events)] : "#e6e8ec", "data-code": code,
                     "fill-rule": "evenodd" }, parent), label);
  }
  box.innerHTML = "";
  box.appendChild(svg);
  const scale = document.createElement("div");
  scale.className = "scale";
  scale.append("fewer");
  for (const c of steps) { const i = document.createElement("i"); i.style.background = c; scale.append(i); }
  scale.append(`more (up to ${max} events)`);
  const none = document.createElement("i"); none.style.background = "#e6e8ec"; scale.append(" · ", none, " none");
  box.appendChild(scale);
  const missing = data.items.filter(r => !shapes.countries[r.country]);
  if (missing.length) {
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = `Not on the map (no outline at this scale): ${missing.map(r => `${r.country} ${r.events}`).join(", ")}.`;
    box.appendChild(p);
  }
  const body = document.querySelector("#map-table tbody");
  if (body) {
    body.innerHTML = "";
    for (const r of data.items) {
      const tr = document.createElement("tr");
      const a = document.createElement("a");
      a.href = `/actors/${r.country}`; a.textContent = `${r.country} ${r.name || ""}`;
      const td = document.createElement("td"); td.appendChild(a); tr.appendChild(td);
      for (const v of [r.events, r.cooperation, r.conflict, r.goldstein_mean]) {
        const c = document.createElement("td"); c.className = "num"; c.textContent = String(v); tr.appendChild(c);
      }
      body.appendChild(tr);
    }
  }
  box.dataset.ready = "1";
}

async function drawMap() {
  const box = document.getElementById("map-chart");
  if (!box) return;
  try {
    const [shapes, data] = await Promise.all([getJSON(box.dataset.shapes), getJSON(box.dataset.api)]);
    mapChart(box, shapes, data);
  } catch (err) {
    message(box, `Could not draw the map: ${err.message}`);
  }
}

// Cooperation/conflict split bars: widths from data attributes (no inline styles in the pages).
function splits() {
  document.querySelectorAll(".split[data-coop]").forEach(s => {
    s.querySelector(".coop").style.flex = s.dataset.coop;
    s.querySelector(".conf").style.flex = s.dataset.conf;
  });
}

// A date range whose end is before its start is caught before the request: the form says so.
function dateForms() {
  document.querySelectorAll("form").forEach(form => {
    const since = form.querySelector('input[name="since"]'), until = form.querySelector('input[name="until"]');
    if (!since || !until) return;
    const error = form.querySelector(".form-error");
    const check = () => {
      until.min = since.value || "";
      since.max = until.value || "";
      const bad = since.value && until.value && since.value > until.value;
      until.setCustomValidity(bad ? "The end date is before the start date." : "");
      if (error) { error.hidden = !bad; error.textContent = bad ? "The end date is before the start date." : ""; }
      return !bad;
    };
    since.addEventListener("input", check);
    until.addEventListener("input", check);
    form.addEventListener("submit", ev => { if (!check()) { ev.preventDefault(); until.focus(); } });
    check();
  });
}

// The glossary's filter box: rows that do not contain the words are hidden.
function glossaryFilter() {
  const input = document.getElementById("glossary-filter");
  if (!input) return;
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    document.querySelectorAll("#glossary-tables tbody tr").forEach(tr => {
      const text = tr.textContent.toLowerCase();
      tr.hidden = !words.every(w => text.includes(w));
    });
  });
}

draw("dyad-chart", dyadChart);
draw("network-chart", networkChart);
draw("roots-chart", rootsChart, "roots");
drawMap();
splits();
dateForms();
glossaryFilter();
if (document.getElementById("text")) {
  showEvidence();
  window.addEventListener("hashchange", showEvidence);
}
