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
function dyadChart(box, data) {
  const pts = data.points;
  if (!pts.length) return message(box, `No asserted events between ${data.a} and ${data.b}.`);
  const W = Math.max(box.clientWidth || 800, 480), H = 340;
  const m = { l: 48, r: 52, t: 34, b: pts.length > 8 ? 70 : 40 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const up = Math.max(1, ...pts.map(p => p.verbal_coop + p.material_coop));
  const down = Math.max(1, ...pts.map(p => p.verbal_conflict + p.material_conflict));
  const ymax = niceMax(Math.max(up, down));
  const y = v => m.t + ih / 2 - (v / ymax) * (ih / 2);
  const g2y = g => m.t + ih / 2 - (g / 10) * (ih / 2);
  const band = iw / pts.length, bw = Math.min(46, band * 0.7);
  const x = i => m.l + band * i + band / 2;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${data.a}-${data.b} timeline`, class: "dyad-chart" });
  const grid = el("g", { class: "grid" }, svg);
  const axis = el("g", { class: "axis" }, svg);
  for (const f of [-1, -0.5, 0, 0.5, 1]) {
    const v = f * ymax, yy = y(v);
    el("line", { x1: m.l, x2: W - m.r, y1: yy, y2: yy, stroke: f === 0 ? "#9aa3b2" : "#eceef2" }, grid);
    el("text", { x: m.l - 6, y: yy + 4, "text-anchor": "end", fill: "#6b7280" }, axis, String(Math.abs(v)));
    el("text", { x: W - m.r + 6, y: g2y(f * 10) + 4, class: "glabel" }, axis, (f > 0 ? "+" : "") + f * 10);
  }
  el("text", { x: 12, y: m.t + ih / 4, transform: `rotate(-90 12 ${m.t + ih / 4})`, "text-anchor": "middle", fill: "#1f8a5b" }, axis, "cooperation");
  el("text", { x: 12, y: m.t + 3 * ih / 4, transform: `rotate(-90 12 ${m.t + 3 * ih / 4})`, "text-anchor": "middle", fill: "#c0392b" }, axis, "conflict");
  const bars = el("g", { class: "bars" }, svg);
  pts.forEach((p, i) => {
    let pos = 0, neg = 0;
    for (const [key, label, color, sign] of QUAD) {
      const n = p[key];
      if (!n) continue;
      const from = sign > 0 ? pos : neg, to = from + n;
      if (sign > 0) pos = to; else neg = to;
      const y0 = sign > 0 ? y(to) : y(-from), h = Math.abs(y(to) - y(from));
      tip(el("rect", { x: x(i) - bw / 2, y: y0, width: bw, height: Math.max(h, 1), fill: color, class: "bar " + key }, bars),
          `${p.period || "undated"}: ${n} ${label}`);
    }
    const lx = x(i), ly = H - m.b + 14, label = p.period || "undated";
    if (pts.length > 8) el("text", { x: lx, y: ly, transform: `rotate(-45 ${lx} ${ly})`, "text-anchor": "end", fill: "#6b7280" }, axis, label);
    else el("text", { x: lx, y: ly, "text-anchor": "middle", fill: "#6b7280" }, axis, label);
  });
  const line = el("g", { class: "goldstein" }, svg);
  el("polyline", { points: pts.map((p, i) => `${x(i)},${g2y(p.goldstein_mean)}`).join(" "), fill: "none", stroke: "#243b6b", "stroke-width": 2 }, line);
  pts.forEach((p, i) => tip(el("circle", { cx: x(i), cy: g2y(p.goldstein_mean), r: 4, fill: "#243b6b" }, line),
    `${p.period || "undated"}: ${p.events} events, mean Goldstein ${p.goldstein_mean.toFixed(2)}`));
  const legend = el("g", { class: "legend" }, svg);
  let lx = m.l;
  for (const [, label, color] of QUAD) {
    el("rect", { x: lx, y: 10, width: 12, height: 12, fill: color }, legend);
    el("text", { x: lx + 16, y: 20, fill: "#374151" }, legend, label);
    lx += 24 + label.length * 6.2;
  }
  el("line", { x1: lx, x2: lx + 16, y1: 16, y2: 16, stroke: "#243b6b", "stroke-width": 2 }, legend);
  el("text", { x: lx + 20, y: 20, fill: "#374151" }, legend, "mean Goldstein (right axis)");
  box.innerHTML = "";
  box.appendChild(svg);
  box.dataset.ready = "1";
}

// One horizontal bar per CAMEO root the actor took part in.
function rootsChart(box, roots) {
  if (!roots.length) return message(box, "No asserted events.");
  const W = Math.max(box.clientWidth || 500, 320), row = 22, H = roots.length * row + 10, lw = 190;
  const max = Math.max(...roots.map(r => r.events));
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events by CAMEO root" });
  roots.forEach((r, i) => {
    const yy = 5 + i * row, w = ((W - lw - 40) * r.events) / max;
    const color = r.goldstein_mean > 0 ? "#1f8a5b" : r.goldstein_mean < 0 ? "#c0392b" : "#9aa3b2";
    el("text", { x: lw - 6, y: yy + 14, "text-anchor": "end", fill: "#374151" }, svg, `${r.root} ${ROOTS[r.root] || ""}`);
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
  const W = Math.max(box.clientWidth || 900, 480), H = Math.round(W * 0.62);
  const pos = layout(data.nodes, data.edges, W, H), at = new Map(data.nodes.map((d, i) => [d.id, pos[i]]));
  const maxE = Math.max(...data.edges.map(e => e.events), 1), maxN = Math.max(...data.nodes.map(d => d.events), 1);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const edges = el("g", { class: "edges" }, svg);
  for (const e of data.edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const color = e.sign > 0 ? "#1f8a5b" : e.sign < 0 ? "#c0392b" : "#9aa3b2";
    const link = el("a", { href: `/dyads/${e.source}/${e.target}` }, edges);
    tip(el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: color, "stroke-opacity": 0.7,
      "stroke-width": 1 + 7 * Math.sqrt(e.events / maxE), class: "edge" }, link),
      `${e.source} – ${e.target}: ${e.events} events (${e.cooperation} cooperative, ${e.conflict} conflictual), mean Goldstein ${e.goldstein_mean}`);
  }
  const nodes = el("g", { class: "nodes" }, svg);
  data.nodes.forEach((d, i) => {
    const p = pos[i], r = 7 + 18 * Math.sqrt(d.events / maxN);
    const g = el("a", { href: `/actors/${d.id}`, class: "node" }, nodes);
    const color = d.goldstein_mean > 1 ? "#1f8a5b" : d.goldstein_mean < -1 ? "#c0392b" : "#243b6b";
    tip(el("circle", { cx: p.x, cy: p.y, r, fill: color, "fill-opacity": 0.85 }, g), `${d.id}: ${d.events} events, mean Goldstein ${d.goldstein_mean}`);
    el("text", { x: p.x, y: p.y - r - 4, "text-anchor": "middle", fill: "#1d2330" }, g, d.id);
  });
  box.innerHTML = "";
  box.appendChild(svg);
  box.dataset.ready = "1";
}

// The evidence link /articles/{id}#ev-{idx}: light the whole sentence and bring it to the middle.
function showEvidence() {
  const m = /^#ev-(\d+)$/.exec(location.hash);
  document.querySelectorAll(".current").forEach(n => n.classList.remove("current"));
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

draw("dyad-chart", dyadChart);
draw("network-chart", networkChart);
draw("roots-chart", rootsChart, "roots");
if (document.getElementById("text")) {
  showEvidence();
  window.addEventListener("hashchange", showEvidence);
}
