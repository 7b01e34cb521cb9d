/* DOM and API helpers of the dashboard.
 * Safety rule: data from the database only ever reaches the page through text nodes
 * (el() turns strings into text nodes) or checked attributes; innerHTML is never used. */
"use strict";
(function () {
  const SVGNS = "http://www.w3.org/2000/svg";

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach((c) => append(node, c)); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "on") { for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn); continue; }
      if (key === "href") { node.setAttribute("href", safeHref(value)); continue; }
      if (key.startsWith("on")) throw new Error("event handlers go through the 'on' key");
      node.setAttribute(key, value === true ? "" : String(value));
    }
    return node;
  }

  /* el("a", {href: "#/x", class: "c"}, "text", child, [more]) */
  function el(tag, attrs, ...children) {
    const node = setAttrs(document.createElement(tag), attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "on") { for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn); continue; }
      if (value !== null && value !== undefined) node.setAttribute(key, String(value));
    }
    append(node, children);
    return node;
  }

  /* Only in-app hashes, same-site paths and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
  function safeHref(value) {
    const text = String(value);
    if (text.startsWith("#") || (text.startsWith("/") && !text.startsWith("//"))) return text;
    try {
      const url = new URL(text);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch (e) { /* not a URL */ }
    return "#";
  }

  function external(url, text) {
    if (!url || safeHref(url) === "#") return null;
    return el("a", {href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "ext"}, text || url);
  }

  function query(params) {
    const usp = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") usp.set(k, v);
    const s = usp.toString();
    return s ? "?" + s : "";
  }

  /* What each parameter accepts, in words: a refused value is explained by these, never by the
     validator's pattern (a regex means nothing to a reader). */
  const HINTS = {
    actor: "an actor code: letters and digits, e.g. RUS or RUSGOV", source: "an actor code, e.g. RUS",
    target: "an actor code, e.g. UKR", speaker_code: "an actor code, e.g. RUSGOV", code: "an actor code, e.g. RUS",
    pair: "two actor codes separated by a comma, e.g. RUS,UKR", cameo: "a CAMEO code of 2 to 4 digits, e.g. 04 or 042",
    root: "a CAMEO root of 2 digits, 01 to 20", country: "a three-letter country code, e.g. NGA",
    plover: "a PLOVER type, e.g. CONSULT", quad_class: "a QuadClass from 1 to 4", name: "an actor's name",
    place: "part of a place name", min_confidence: "a number from 0 to 1", what: "a kind of count, e.g. killed",
    since: "a day (2019-11-20), week (2019-W47), month (2019-11) or year (2019)",
    until: "a day (2019-11-20), week (2019-W47), month (2019-11) or year (2019)",
    limit: "a number of rows from 1 to 1000", offset: "a row number from 0",
  };
  const LABELS = {quad_class: "QuadClass", min_confidence: "Minimum confidence", speaker_code: "Speaker code"};

  function fieldLabel(key) { return LABELS[key] || (key.charAt(0).toUpperCase() + key.slice(1)); }

  /* One readable sentence per refused parameter of a 422 answer. */
  function friendly(body) {
    const detail = body && Array.isArray(body.detail) ? body.detail : [];
    const lines = detail.map((d) => {
      const key = String((d.loc || []).slice(-1)[0] || "");
      return HINTS[key] ? `${fieldLabel(key)}: please give ${HINTS[key]}.` : `${fieldLabel(key)}: this value is not accepted.`;
    });
    return lines.length ? lines.join(" ") : null;
  }

  async function api(path, params) {
    const response = await fetch("/api" + path + query(params), {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = (response.status === 422 && friendly(body)) ||
        (body && (body.message || (typeof body.detail === "string" ? body.detail : null)));
      const error = new Error(message || ("HTTP " + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function actorHash(name) { return "#/actor/" + encodeURIComponent(name); }

  function actorLink(name, code) {
    if (!name && !code) return el("span", {class: "muted"}, "—");
    const label = name || code;
    const link = name ? el("a", {href: actorHash(name), class: "actor"}, label) :
      el("a", {href: "#/events" + query({actor: code}), class: "actor"}, label);
    return code && name ? el("span", {}, link, " ", el("code", {class: "code"}, code)) : link;
  }

  function eventHash(articleId, eventId) {
    return "#/event/" + encodeURIComponent(articleId) + "/" + encodeURIComponent(eventId);
  }

  function table(columns, rows, options) {
    const head = el("tr", {}, columns.map((c) => el("th", {}, c.label)));
    const body = rows.map((row) => el("tr", {}, columns.map((c) => el("td", {class: c.cls || null}, c.cell(row)))));
    const empty = rows.length ? null : el("tr", {}, el("td", {colspan: columns.length, class: "muted"},
      (options && options.empty) || "Nothing here yet."));
    return el("div", {class: "table-wrap"}, el("table", {class: "data"}, el("thead", {}, head), el("tbody", {}, body, empty)));
  }

  function fmt(n) { return n === null || n === undefined ? "—" : Number(n).toLocaleString("en"); }

  /* node.append(...children) that skips null/undefined/false (DOM append would print "null"). */
  function add(node, ...children) { append(node, children); return node; }

  /* CSV text of rows (RFC 4180 quoting). A text cell starting with = + @ or a tab gets a leading ' so
     a spreadsheet shows it instead of running it as a formula. */
  function csv(columns, rows) {
    const cell = (v) => {
      if (v === null || v === undefined) return "";
      let text = typeof v === "object" ? JSON.stringify(v) : String(v);
      if (typeof v === "string" && /^[=+@\t\r]/.test(text)) text = "'" + text;
      return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    };
    return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
  }

  /* A "Download CSV" button: fetches up to 1000 rows of the view's query and saves them as a file. */
  function csvButton(path, params, filename) {
    const button = el("button", {type: "button", class: "csv", "data-csv": path}, "Download CSV");
    button.addEventListener("click", async () => {
      const body = await api(path, {...params, limit: 1000, offset: 0});
      const rows = body.items || [];
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const url = URL.createObjectURL(new Blob([csv(columns, rows)], {type: "text/csv;charset=utf-8"}));
      const link = el("a", {download: filename, hidden: true});
      link.href = url;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    return button;
  }

  window.NE = {el, svg, api, clear, query, safeHref, external, actorHash, actorLink, eventHash, table, fmt, add, csv,
    csvButton, HINTS, fieldLabel};
})();
