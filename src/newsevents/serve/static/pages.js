/* Pages: overview, event list, event evidence, actor. Each renders into the <main> it is given. */
"use strict";
(function () {
  const {el, api, query, table, fmt, actorLink, actorHash, eventHash} = window.NE;
  const pages = {};

  const EVENT_COLUMNS = [
    {label: "Date", cell: (e) => e.date || "—"},
    {label: "Source", cell: (e) => actorLink(e.source_name, e.source_code)},
    {label: "Event", cell: (e) => el("span", {}, el("code", {class: "code"}, e.cameo), " ", e.plover || "")},
    {label: "Mode", cell: (e) => e.mode},
    {label: "Target", cell: (e) => actorLink(e.target_name, e.target_code)},
    {label: "Place", cell: (e) => e.place || ""},
    {label: "Trigger", cell: (e) => el("a", {href: eventHash(e.article_id, e.id), class: "evidence-link"}, e.trigger || "evidence")},
  ];

  function eventTable(items, empty) { return table(EVENT_COLUMNS, items, {empty}); }

  function card(label, value) { return el("div", {class: "card"}, el("div", {class: "num"}, fmt(value)), el("div", {}, label)); }

  function section(title, ...body) { return el("section", {}, el("h2", {}, title), ...body); }

  pages.overview = async function (main, params, q) {
    const by = q.get("by") === "root" ? "root" : "quad_class";
    const [sum, tl, top, recent] = await Promise.all([api("/summary"), api("/aggregates/timeline", {by}),
      api("/aggregates/top-actors", {limit: 15}), api("/events", {limit: 10})]);
    const r = sum.rows;
    const switcher = el("p", {class: "switch"}, "Colour by: ",
      el("a", {href: "#/" + query({by: "quad_class"}), class: by === "quad_class" ? "on" : null}, "QuadClass"), " · ",
      el("a", {href: "#/" + query({by: "root"}), class: by === "root" ? "on" : null}, "CAMEO root"));
    main.append(
      el("h1", {}, "Overview"),
      el("div", {class: "cards"}, card("articles", r.articles), card("events", r.events), card("actors", r.actor_names),
        card("quotes", r.quotes), card("counts", r.counts)),
      el("p", {class: "muted"}, sum.first_date ? `Events dated ${sum.first_date} to ${sum.last_date}.` : "No dated events yet."),
      section("Events per day", switcher, window.NE.charts.timeline(tl),
        tl.undated ? el("p", {class: "muted"}, `${fmt(tl.undated)} events without a full date are not shown.`) : null),
      el("div", {class: "two"},
        section("Top actors", table([
          {label: "Actor", cell: (a) => el("a", {href: actorHash(a.actor), class: "actor"}, a.actor)},
          {label: "As source", cell: (a) => fmt(a.as_source), cls: "n"},
          {label: "As target", cell: (a) => fmt(a.as_target), cls: "n"},
        ], top.actors, {empty: "No actors yet."})),
        section("Latest events", eventTable(recent.items, "No events yet."),
          el("p", {}, el("a", {href: "#/events"}, "All events →")))));
  };

  const FILTERS = [["actor", "Actor code (either side)"], ["source", "Source code"], ["target", "Target code"],
    ["name", "Actor name (exact)"], ["role", "Role (source|target)"], ["pair", "Pair A,B"], ["cameo", "CAMEO code"], ["plover", "PLOVER type"],
    ["mode", "Mode"], ["quad_class", "QuadClass"], ["since", "Since"], ["until", "Until"], ["country", "Country (ISO3)"],
    ["place", "Place"]];

  /* since/until: the API's one date type (an ISO day, week, month or year; the period overlaps it or
     later/earlier). The pattern lets the browser refuse garbage before a request; the API says why in one line. */
  const DATE_FILTERS = new Set(["since", "until"]);
  const DATE_INPUT = {placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?",
    title: "A day (2019-11-20), week (2019-W47), month (2019-11) or year (2019)"};

  function pager(total, limit, offset, go) {
    const last = Math.min(total, offset + limit);
    return el("div", {class: "pager"},
      el("span", {}, total ? `${fmt(offset + 1)}–${fmt(last)} of ${fmt(total)}` : "0 results"),
      el("button", {type: "button", disabled: offset <= 0, on: {click: () => go(Math.max(0, offset - limit))}}, "← Previous"),
      el("button", {type: "button", disabled: last >= total, on: {click: () => go(offset + limit)}}, "Next →"));
  }

  pages.events = async function (main, params, q) {
    const filters = {};
    FILTERS.forEach(([k]) => { if (q.get(k)) filters[k] = q.get(k); });
    const limit = 50, offset = Number(q.get("offset") || 0);
    const form = el("form", {class: "filters", id: "event-filters"},
      FILTERS.map(([k, label]) => el("label", {}, label, el("input", {name: k, value: filters[k] || "", size: 12,
        ...(DATE_FILTERS.has(k) ? DATE_INPUT : {})}))),
      el("button", {type: "submit"}, "Filter"), el("a", {href: "#/events"}, "clear"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const data = {};
      new FormData(form).forEach((v, k) => { if (v) data[k] = v; });
      location.hash = "#/events" + query(data);
    });
    main.append(el("h1", {}, "Events"), form);
    let page;
    try { page = await api("/events", {...filters, limit, offset}); } catch (err) {
      main.append(el("p", {class: "error"}, err.message)); return;
    }
    main.append(pager(page.total, limit, offset, (o) => { location.hash = "#/events" + query({...filters, offset: o}); }),
      eventTable(page.items, "No event matches these filters."));
  };

  pages.event = async function (main, params) {
    const [articleId, eventId] = params;
    const d = await api(`/events/${encodeURIComponent(articleId)}/${encodeURIComponent(eventId)}`);
    const e = d.event, quad = window.NE.charts.QUAD[e.quad_class];
    const sentence = el("blockquote", {class: "evidence", id: "evidence"}, d.evidence.segments.map((s) =>
      s.kind ? el("mark", {class: s.kind, title: s.kind}, s.text) : s.text));
    const rows = [["CAMEO", e.cameo], ["PLOVER", e.plover], ["Mode", e.mode], ["Date", e.date],
      ["Goldstein", e.goldstein], ["QuadClass", quad ? `${e.quad_class} ${quad[0]}` : e.quad_class],
      ["Place", [e.place, e.place_country].filter(Boolean).join(", ")], ["Confidence", e.confidence], ["Rule", e.rule]];
    main.append(
      el("h1", {}, "Event ", el("code", {class: "code"}, e.cameo), " ", e.trigger || ""),
      el("p", {class: "who"}, actorLink(e.source_name, e.source_code), " → ", el("strong", {}, e.trigger || e.cameo),
        " → ", actorLink(e.target_name, e.target_code)),
      section("Evidence", sentence, el("ul", {class: "legend marks"}, el("li", {}, el("mark", {class: "trigger"}, "trigger")),
        el("li", {}, el("mark", {class: "source"}, "source")), el("li", {}, el("mark", {class: "target"}, "target")))),
      el("dl", {class: "facts"}, rows.filter(([, v]) => v !== null && v !== undefined && v !== "")
        .map(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))])),
      d.counts.length ? section("Counts attached", el("ul", {}, d.counts.map((c) =>
        el("li", {}, `${c.what} ${c.bound} ${fmt(c.value)}: `, el("q", {}, c.evidence))))) : null,
      section("Article", el("p", {},
        el("a", {href: "#/article/" + encodeURIComponent(d.article.id), id: "article-link"}, d.article.title || d.article.id),
        " ", d.article.published ? `(${d.article.published})` : "", " ", window.NE.external(d.article.url, "original ↗"))));
  };

  pages.actor = async function (main, params) {
    const name = params[0];
    const a = await api("/actors/" + encodeURIComponent(name));
    const chips = (items) => items.length ? items.map((i) => el("span", {class: "chip"}, `${i.value} (${i.n})`)) : "—";
    const [asSource, asTarget, quotes] = await Promise.all([
      api("/events", {name, role: "source", limit: 20}), api("/events", {name, role: "target", limit: 20}),
      api("/quotes", {speaker: name, limit: 20})]);
    main.append(
      el("h1", {id: "actor-name"}, a.name),
      el("dl", {class: "facts"},
        el("dt", {}, "Kind"), el("dd", {}, chips(a.kinds)), el("dt", {}, "Role"), el("dd", {}, chips(a.roles)),
        el("dt", {}, "CAMEO codes"), el("dd", {}, chips(a.codes)), el("dt", {}, "Country"), el("dd", {}, chips(a.countries)),
        el("dt", {}, "Articles"), el("dd", {}, fmt(a.articles))),
      section(`Events as source (${fmt(asSource.total)})`, eventTable(asSource.items, "None."),
        el("a", {href: "#/events" + query({name, role: "source"})}, "all →")),
      section(`Events as target (${fmt(asTarget.total)})`, eventTable(asTarget.items, "None."),
        el("a", {href: "#/events" + query({name, role: "target"})}, "all →")),
      section(`Quotes (${fmt(quotes.total)})`, el("ul", {class: "quotes"}, quotes.items.map((x) => el("li", {},
        el("q", {}, x.text), " ", el("span", {class: "muted"}, `${x.kind}, ${x.published || ""} `),
        el("a", {href: "#/article/" + encodeURIComponent(x.article_id)}, x.title || "article"))),
      quotes.items.length ? null : el("li", {class: "muted"}, "None."))));
  };

  window.NE.pages = pages;
  window.NE.eventTable = eventTable;
  window.NE.section = section;
  window.NE.pager = pager;
})();
