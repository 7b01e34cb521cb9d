/* Pages: actor search and quotes. */
"use strict";
(function () {
  const {el, api, query, table, fmt, actorHash, section, pager, add, csvButton} = window.NE;
  const pages = window.NE.pages;
  const CODE = /^[A-Za-z0-9]{1,24}$/;

  /* Actor search: a case-insensitive part of the name, or a CAMEO code prefix (any case). A word that
     could be either (e.g. "rus") is looked up both ways and the two lists are merged, names first. */
  async function findActors(text, limit, offset) {
    if (!text) return api("/actors", {limit, offset});
    const byName = api("/actors", {q: text, limit, offset});
    if (!CODE.test(text)) return byName;
    const [names, codes] = await Promise.all([byName, api("/actors", {code: text.toUpperCase(), limit, offset})]);
    const seen = new Set(names.items.map((a) => a.name));
    const items = [...names.items, ...codes.items.filter((a) => !seen.has(a.name))].slice(0, limit);
    return {total: Math.max(names.total, codes.total, items.length), limit, offset, items,
      note: `${fmt(names.total)} by name, ${fmt(codes.total)} by code`};
  }

  pages.actors = async function (main, params, q) {
    const text = (q.get("q") || "").trim(), limit = 50, offset = Number(q.get("offset") || 0);
    const input = el("input", {name: "q", value: text, id: "actor-search", type: "search", maxlength: 200,
      placeholder: "Putin, rusgov, boko …", autocomplete: "off"});
    const form = el("form", {class: "filters", id: "actor-filters"}, el("label", {}, "Name or code", input),
      el("button", {type: "submit"}, "Search"));
    form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = "#/actors" + query({q: input.value.trim()}); });
    add(main, el("h1", {}, "Actors"), form);
    const page = await findActors(text, limit, offset);
    add(main, el("div", {class: "pager-row"},
      pager(page.total, limit, offset, (o) => { location.hash = "#/actors" + query({q: text, offset: o}); }),
      page.note ? el("span", {class: "muted"}, page.note) : null),
    table([
      {label: "Name", cell: (a) => el("a", {href: actorHash(a.key || a.name), class: "actor"}, a.name)},
      {label: "Codes", cell: (a) => a.codes.map((c) => el("code", {class: "code"}, c, " "))},
      {label: "Kind", cell: (a) => a.kinds.join(", ")}, {label: "Country", cell: (a) => a.countries.join(", ")},
      {label: "Articles", cell: (a) => fmt(a.articles), cls: "n"},
      {label: "Events", cell: (a) => el("a", {href: "#/events" + query({name: a.name})}, "events")},
    ], page.items, {empty: text ? `No actor matches “${text}”.` : "No actors yet."}));
  };

  pages.quotes = async function (main, params, q) {
    const limit = 50, offset = Number(q.get("offset") || 0);
    const filters = {q: q.get("q") || "", speaker: q.get("speaker") || "", speaker_code: q.get("speaker_code") || "",
      kind: q.get("kind") || ""};
    const message = el("p", {class: "error", id: "quote-message", hidden: true});
    const form = el("form", {class: "filters", id: "quote-filters", novalidate: true},
      el("label", {}, "Words", el("input", {name: "q", value: filters.q, maxlength: 200})),
      el("label", {}, "Speaker (exact name)", el("input", {name: "speaker", value: filters.speaker, maxlength: 200})),
      el("label", {}, "Speaker code", el("input", {name: "speaker_code", value: filters.speaker_code, size: 10,
        pattern: "[A-Za-z0-9]{1,24}"})),
      el("label", {}, "Kind", el("select", {name: "kind"}, ["", "direct", "indirect"].map((k) =>
        el("option", {value: k, selected: k === filters.kind}, k || "any")))),
      el("button", {type: "submit"}, "Filter"), el("a", {href: "#/quotes"}, "clear"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const code = form.querySelector("input[name=speaker_code]");
      if (!code.checkValidity()) {
        message.textContent = `Speaker code: please give ${window.NE.HINTS.speaker_code}.`;
        message.hidden = false;
        return;
      }
      const data = {};
      new FormData(form).forEach((v, k) => { if (v) data[k] = v; });
      location.hash = "#/quotes" + query(data);
    });
    add(main, el("h1", {}, "Quotes"), form, message);
    let page;
    try { page = await api("/quotes", {...filters, limit, offset}); } catch (err) {
      message.textContent = err.message;
      message.hidden = false;
      return;
    }
    add(main, el("div", {class: "pager-row"},
      pager(page.total, limit, offset, (o) => { location.hash = "#/quotes" + query({...filters, offset: o}); }),
      csvButton("/quotes", filters, "quotes.csv")),
    section(`Quotes (${fmt(page.total)})`, table([
      {label: "Quote", cell: (x) => el("q", {}, x.text)},
      {label: "Speaker", cell: (x) => x.speaker_name ? el("a", {href: actorHash(x.speaker_name), class: "actor"}, x.speaker_name)
        : el("span", {class: "muted"}, "unattributed")},
      {label: "Kind", cell: (x) => x.kind || ""}, {label: "Published", cell: (x) => x.published || "—"},
      {label: "Article", cell: (x) => el("a", {href: "#/article/" + encodeURIComponent(x.article_id)}, x.title || "article")},
    ], page.items, {empty: "No quote matches these filters."})));
  };
})();
