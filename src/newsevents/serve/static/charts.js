/* Small SVG charts: a stacked timeline, a line chart and a network (layout by the vendored d3-force).
 * Labels are SVG text nodes built by NE.svg, so data never becomes markup. */
"use strict";
(function () {
  const {svg, el} = window.NE;
  const QUAD = {1: ["Verbal cooperation", "#4c9f38"], 2: ["Material cooperation", "#1b6e3a"],
    3: ["Verbal conflict", "#e8912d"], 4: ["Material conflict", "#c0392b"]};
  const PALETTE = ["#3b6ea5", "#c0392b", "#4c9f38", "#e8912d", "#7d4fa0", "#17a2b8", "#8c6d31", "#d6336c",
    "#5c7080", "#20c997", "#6610f2", "#fd7e14", "#343a40", "#a0522d", "#2f4f4f", "#b8860b", "#556b2f",
    "#8b008b", "#00688b", "#cd5c5c"];

  function keyColor(by, key, index) {
    if (by === "quad_class" && QUAD[key]) return QUAD[key][1];
    return PALETTE[index % PALETTE.length];
  }

  function keyLabel(by, key) {
    if (by === "quad_class") return QUAD[key] ? key + " " + QUAD[key][0] : "unknown";
    if (by === "root") return key === null ? "unknown" : "CAMEO " + key;
    return key === null || key === "" ? "unknown" : String(key);
  }

  function legend(items) {
    return el("ul", {class: "legend"}, items.map(([label, color]) =>
      el("li", {}, el("span", {class: "swatch", "data-color": color}, ""), label)));
  }

  function paintSwatches(root) {
    root.querySelectorAll(".swatch").forEach((s) => { s.style.background = s.getAttribute("data-color"); });
  }

  /* Every day from the first to the last one seen (at most 3,660), so bar positions are proportional to time. */
  function dayRange(seen) {
    if (seen.length < 2) return seen;
    const out = [], t0 = Date.parse(seen[0] + "T00:00:00Z"), t1 = Date.parse(seen[seen.length - 1] + "T00:00:00Z");
    if (!(t1 > t0) || (t1 - t0) / 864e5 > 3660) return seen;
    for (let t = t0; t <= t1; t += 864e5) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  }

  /* Stacked bars: one bar per day, one segment per key (QuadClass or CAMEO root). */
  function timeline(data, opts) {
    const W = (opts && opts.width) || 900, H = 220, L = 44, B = 28, T = 10;
    const days = dayRange([...new Set(data.rows.map((r) => r.day))].sort());
    const keys = data.keys;
    const perDay = new Map(days.map((d) => [d, new Map()]));
    data.rows.forEach((r) => { if (perDay.has(r.day)) perDay.get(r.day).set(r.key, r.n); });
    const totals = days.map((d) => [...perDay.get(d).values()].reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const bw = (W - L - 10) / Math.max(1, days.length);
    const y = (v) => T + (H - T - B) * (1 - v / max);
    const chart = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart timeline", role: "img",
      "aria-label": "Events per day"});
    chart.appendChild(svg("line", {x1: L, x2: W - 10, y1: H - B, y2: H - B, class: "axis"}));
    [0, 0.5, 1].forEach((f) => {
      const v = Math.round(max * f);
      chart.appendChild(svg("text", {x: L - 6, y: y(v) + 4, class: "tick", "text-anchor": "end"}, String(v)));
      chart.appendChild(svg("line", {x1: L, x2: W - 10, y1: y(v), y2: y(v), class: "grid"}));
    });
    days.forEach((day, i) => {
      let base = 0;
      keys.forEach((key, k) => {
        const n = perDay.get(day).get(key) || 0;
        if (!n) return;
        const rect = svg("rect", {x: L + i * bw + 0.5, width: Math.max(1, bw - 1), y: y(base + n),
          height: y(base) - y(base + n), fill: keyColor(data.by, key, k), class: "bar"},
        svg("title", {}, `${day} · ${keyLabel(data.by, key)}: ${n}`));
        chart.appendChild(rect);
        base += n;
      });
    });
    const step = Math.max(1, Math.ceil(days.length / 8));
    days.forEach((day, i) => {
      if (i % step) return;
      chart.appendChild(svg("text", {x: L + i * bw + bw / 2, y: H - 10, class: "tick", "text-anchor": "middle"}, day));
    });
    const box = el("div", {class: "chart-box"}, chart,
      legend(keys.map((k, i) => [keyLabel(data.by, k), keyColor(data.by, k, i)])));
    paintSwatches(box);
    return box;
  }

  /* Lines over dates: series is a Map key -> [{day, value, title}] */
  function lines(series, opts) {
    const W = (opts && opts.width) || 900, H = 240, L = 56, B = 28, T = 10, R = 10;
    const points = [...series.values()].flat();
    if (!points.length) return el("p", {class: "muted"}, "No figures to plot.");
    const times = points.map((p) => Date.parse(p.day));
    const t0 = Math.min(...times), t1 = Math.max(...times);
    const max = Math.max(1, ...points.map((p) => p.value));
    const x = (d) => L + (W - L - R) * (t1 === t0 ? 0.5 : (Date.parse(d) - t0) / (t1 - t0));
    const y = (v) => T + (H - T - B) * (1 - v / max);
    const chart = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart lines", role: "img", "aria-label": "Counts over time"});
    chart.appendChild(svg("line", {x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis"}));
    [0, 0.5, 1].forEach((f) => {
      const v = Math.round(max * f);
      chart.appendChild(svg("text", {x: L - 6, y: y(v) + 4, class: "tick", "text-anchor": "end"}, NE.fmt(v)));
      chart.appendChild(svg("line", {x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid"}));
    });
    const items = [];
    [...series.entries()].forEach(([key, pts], i) => {
      const color = PALETTE[i % PALETTE.length];
      pts.sort((a, b) => (a.day < b.day ? -1 : 1));
      chart.appendChild(svg("polyline", {points: pts.map((p) => `${x(p.day)},${y(p.value)}`).join(" "),
        fill: "none", stroke: color, "stroke-width": 2}));
      pts.forEach((p) => chart.appendChild(svg("circle", {cx: x(p.day), cy: y(p.value), r: 3.5, fill: color},
        svg("title", {}, p.title))));
      items.push([key || "unknown", color]);
    });
    [[t0, "start"], [t1, "end"]].forEach(([t, anchor]) => {
      const d = new Date(t).toISOString().slice(0, 10);
      chart.appendChild(svg("text", {x: x(d), y: H - 10, class: "tick", "text-anchor": anchor}, d));
    });
    const box = el("div", {class: "chart-box"}, chart, legend(items));
    paintSwatches(box);
    return box;
  }

  /* Goldstein -10 (red) .. 0 (grey) .. +10 (green). */
  function goldsteinColor(g) {
    if (g === null || g === undefined) return "#999";
    const t = Math.max(-1, Math.min(1, g / 10));
    const mix = (a, b, f) => Math.round(a + (b - a) * f);
    const [r, gg, b] = t < 0 ? [mix(150, 200, -t), mix(150, 40, -t), mix(150, 40, -t)]
      : [mix(150, 30, t), mix(150, 140, t), mix(150, 60, t)];
    return `rgb(${r},${gg},${b})`;
  }

  /* The network's layout by d3-force (vendored, static/vendor): links pull pairs together, every node
     repels the others, a weak pull to the centre keeps unconnected pairs in view instead of at an edge,
     and collision keeps labels apart. Run to a fixed number of ticks from d3's deterministic start. */
  function network(pairs, opts) {
    const W = 900, H = 620;
    const ids = [...new Set(pairs.flatMap((p) => [p.source, p.target]))];
    const weight = new Map(ids.map((id) => [id, 0]));
    pairs.forEach((p) => { weight.set(p.source, weight.get(p.source) + p.n); weight.set(p.target, weight.get(p.target) + p.n); });
    const maxW = Math.max(1, ...weight.values());
    const radius = (w) => 5 + 12 * Math.sqrt(w / maxW);
    const nodes = ids.map((id) => ({id, w: weight.get(id)}));
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const edges = pairs.filter((p) => p.source !== p.target).map((p) => ({a: index.get(p.source), b: index.get(p.target), p}));
    const d3 = window.d3;
    const sim = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(edges.map((e) => ({source: e.a, target: e.b}))).distance(90))
      .force("charge", d3.forceManyBody().strength(-220))
      .force("x", d3.forceX(0).strength(0.06)).force("y", d3.forceY(0).strength(0.09))
      .force("collide", d3.forceCollide((n) => radius(n.w) + 14))
      .stop();
    sim.tick(300);
    const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const fit = Math.min(1.5, (W - 100) / Math.max(1, x1 - x0), (H - 60) / Math.max(1, y1 - y0));
    nodes.forEach((n) => { n.x = W / 2 + (n.x - (x0 + x1) / 2) * fit; n.y = H / 2 + (n.y - (y0 + y1) / 2) * fit; });
    const maxN = Math.max(1, ...pairs.map((p) => p.n));
    const chart = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart network", role: "img", "aria-label": "Actor network"});
    edges.forEach(({a, b, p}) => chart.appendChild(svg("line", {x1: nodes[a].x, y1: nodes[a].y, x2: nodes[b].x, y2: nodes[b].y,
      stroke: goldsteinColor(p.goldstein), "stroke-width": 1 + 7 * p.n / maxN, "stroke-opacity": 0.75, class: "edge"},
    svg("title", {}, `${p.source} → ${p.target}: ${p.n} events, mean Goldstein ${p.goldstein ?? "n/a"}`))));
    nodes.forEach((n) => {
      const g = svg("g", {class: "node", tabindex: 0, "data-id": n.id, on: {click: () => opts.onClick(n.id),
        keydown: (e) => { if (e.key === "Enter") opts.onClick(n.id); }}},
      svg("circle", {cx: n.x, cy: n.y, r: radius(n.w)}),
      svg("text", {x: n.x, y: n.y - 4 - radius(n.w), "text-anchor": "middle"}, n.id),
      svg("title", {}, `${n.id}: ${n.w} events`));
      chart.appendChild(g);
    });
    const scale = legend([["mean Goldstein −10", goldsteinColor(-10)], ["0", goldsteinColor(0)], ["+10", goldsteinColor(10)]]);
    const box = el("div", {class: "chart-box"}, chart, scale);
    paintSwatches(box);
    return box;
  }

  window.NE.charts = {timeline, lines, network, goldsteinColor, QUAD};
})();
