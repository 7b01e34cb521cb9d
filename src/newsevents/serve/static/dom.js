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

  async function api(path, params) {
    const response = await fetch("/api" + path + query(params), {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = body && (body.message || (typeof body.detail === "string" ? body.detail : null));
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
    return el("table", {class: "data"}, el("thead", {}, head), el("tbody", {}, body, empty));
  }

  function fmt(n) { return n === null || n === undefined ? "—" : Number(n).toLocaleString("en"); }

  window.NE = {el, svg, api, clear, query, safeHref, external, actorHash, actorLink, eventHash, table, fmt};
})();
