/* The map page: events with coordinates drawn as plain SVG over a bundled Natural Earth 1:110m world
 * outline (world-110m.json, public domain; see world-110m.NOTICE.txt). No map library, tile server or CDN:
 * an equirectangular projection (x = longitude, y = latitude) is all a low-resolution overview needs. */
"use strict";
(function () {
  const {el, svg, api, query, table, fmt} = window.NE;
  const W = 960, H = 480;
  const FILTERS = [["since", "Since"], ["until", "Until"], ["root", "CAMEO root"], ["actor", "Actor code"],
    ["country", "Country (ISO3)"], ["place", "Place"]];
  const COLOURS = {city: "#2f5d8a", admin1: "#1b8a7a", country: "#e8912d"};
  let world = null;  // the outline, fetched once per page load

  function x(lon) { return ((Number(lon) + 180) / 360) * W; }
  function y(lat) { return ((90 - Number(lat)) / 180) * H; }

  async function outline() {
    if (!world) {
      const response = await fetch("/static/world-110m.json");
      if (!response.ok) throw new Error("the world outline could not be loaded");
      world = await response.json();
    }
    return world;
  }

  /* A ring that crosses the antimeridian jumps from 180 to -180: its longitudes are unwrapped so that it
   * runs on past the map's edge (clipped there) instead of drawing a line across the whole map. */
  function ringPath(ring) {
    let shift = 0, last = null;
    return "M" + ring.map((p) => {
      if (last !== null && Math.abs(p[0] + shift - last) > 180) shift += p[0] + shift < last ? 360 : -360;
      last = p[0] + shift;
      return x(last).toFixed(1) + "," + y(p[1]).toFixed(1);
    }).join("L") + "Z";
  }

  function countryPaths(data) {
    return data.countries.map((c) => {
      const d = c.rings.map(ringPath).join("");
      return svg("path", {d, class: "land"}, svg("title", {}, c.name || ""));
    });
  }

  function pointHash(p) {
    if (p.precision === "country" && p.countries.length === 1) return "#/events" + query({country: p.countries[0]});
    return "#/events" + query({place: p.places[0] || ""});
  }

  function marks(points) {
    const most = Math.max(1, ...points.map((p) => p.n));
    // busiest drawn first, so that small points stay on top and clickable
    return points.slice().sort((a, b) => b.n - a.n).map((p) => {
      const r = 3 + 12 * Math.sqrt(p.n / most);
      const label = `${p.places.join(", ") || "?"} (${p.countries.join(", ")}) · ${p.precision || "?"} · ${p.n} event${p.n === 1 ? "" : "s"}`;
      const link = svg("a", {href: pointHash(p), class: "point"},
        svg("circle", {cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: r.toFixed(1),
          fill: COLOURS[p.precision] || "#888", "data-precision": p.precision || ""}),
        svg("title", {}, label));
      return link;
    });
  }

  function legend() {
    return el("ul", {class: "legend"}, Object.entries(COLOURS).map(([k, c]) =>
      el("li", {}, el("span", {class: "swatch", "data-colour": k}), {city: "city (a point)",
        admin1: "first-level region (its centroid)", country: "country only (its centroid)"}[k])));
  }

  window.NE.pages.map = async function (main, params, q) {
    const filters = {};
    FILTERS.forEach(([k]) => { if (q.get(k)) filters[k] = q.get(k); });
    const form = el("form", {class: "filters", id: "map-filters"},
      FILTERS.map(([k, label]) => el("label", {}, label, el("input", {name: k, value: filters[k] || "", size: 10}))),
      el("button", {type: "submit"}, "Show"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const data = {};
      new FormData(form).forEach((v, k) => { if (v) data[k] = v; });
      location.hash = "#/map" + query(data);
    });
    main.append(el("h1", {}, "Map"), form);
    const [data, shape] = await Promise.all([api("/map", filters), outline()]);
    const chart = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart map", role: "img",
      "aria-label": `Map of ${data.placed} events with coordinates`},
    svg("rect", {x: 0, y: 0, width: W, height: H, class: "sea"}), svg("g", {class: "countries"}, countryPaths(shape)),
    svg("g", {class: "points"}, marks(data.points)));
    main.append(
      el("p", {class: "muted", id: "map-summary"}, `${fmt(data.placed)} of ${fmt(data.total)} matching events have coordinates` +
        (data.unplaced ? ` (${fmt(data.unplaced)} without a place are not drawn).` : ".")),
      el("div", {class: "chart-box"}, chart), legend(),
      el("section", {}, el("h2", {}, `Places (${fmt(data.points.length)})`), table([
        {label: "Place", cell: (p) => el("a", {href: pointHash(p)}, p.places.join(", ") || "?")},
        {label: "Country", cell: (p) => p.countries.join(", ")},
        {label: "Precision", cell: (p) => p.precision || "—"},
        {label: "Events", cell: (p) => fmt(p.n), cls: "n"},
        {label: "Mean Goldstein", cell: (p) => p.goldstein ?? "—", cls: "n"},
        {label: "Dates", cell: (p) => p.first === p.last ? (p.first || "—") : `${p.first || "?"} – ${p.last || "?"}`},
      ], data.points, {empty: "No event with coordinates matches these filters."})),
      el("p", {class: "muted small"}, "World outline: Natural Earth 1:110m (public domain), via world-atlas."));
  };
})();
