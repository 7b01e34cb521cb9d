/* The map page: events with coordinates drawn as SVG over a bundled Natural Earth 1:110m world outline
 * (world-110m.json, public domain; see world-110m.NOTICE.txt). The projection and the paths come from the
 * vendored d3-geo (static/vendor, ISC; no tile server or CDN): the Natural Earth projection keeps the
 * world's shapes readable at this scale, and d3-geo clips rings at the antimeridian (Fiji, Chukotka). */
"use strict";
(function () {
  const {el, svg, api, query, table, fmt} = window.NE;
  const W = 960, H = 500;
  const FILTERS = [["since", "Since"], ["until", "Until"], ["root", "CAMEO root"], ["actor", "Actor code"],
    ["country", "Country (ISO3)"], ["place", "Place"]];
  const COLOURS = {city: "#2f5d8a", admin1: "#1b8a7a", country: "#e8912d"};
  const SPHERE = {type: "Sphere"};
  const projection = d3.geoNaturalEarth1().fitSize([W, H], SPHERE);
  const path = d3.geoPath(projection);
  let world = null;  // the outline as GeoJSON features, fetched and converted once per page load

  /* The bundled file lists each country's rings without saying which are holes, and d3-geo reads a ring's
   * winding on the sphere (clockwise = the inside): a ring read as covering more than half the globe is
   * wound the other way, so it is reversed and every ring draws as the land it outlines. A lake or an
   * enclave is then drawn over in the same land colour (the enclave's own country is drawn too). A ring
   * of fewer than four points (the conversion left one, a lone point) is no polygon and is skipped. */
  function polygon(ring) {
    const poly = [ring];
    return d3.geoArea({type: "Polygon", coordinates: poly}) > 2 * Math.PI ? [ring.slice().reverse()] : poly;
  }

  async function outline() {
    if (!world) {
      const response = await fetch("/static/world-110m.json");
      if (!response.ok) throw new Error("the world outline could not be loaded");
      const data = await response.json();
      world = data.countries.map((c) => ({type: "Feature", properties: {name: c.name || ""},
        geometry: {type: "MultiPolygon", coordinates: c.rings.filter((r) => r.length >= 4).map(polygon)}}));
    }
    return world;
  }

  function countryPaths(features) {
    return features.map((f) => svg("path", {d: path(f) || "", class: "land"}, svg("title", {}, f.properties.name)));
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
      const xy = projection([Number(p.lon), Number(p.lat)]);
      const label = `${p.places.join(", ") || "?"} (${p.countries.join(", ")}) · ${p.precision || "?"} · ${p.n} event${p.n === 1 ? "" : "s"}`;
      const link = svg("a", {href: pointHash(p), class: "point"},
        svg("circle", {cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1),
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
    svg("path", {d: path(SPHERE), class: "sea"}), svg("g", {class: "countries"}, countryPaths(shape)),
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
      el("p", {class: "muted small"}, "World outline: Natural Earth 1:110m (public domain), via world-atlas; drawn with d3-geo (Natural Earth projection)."));
  };
})();
