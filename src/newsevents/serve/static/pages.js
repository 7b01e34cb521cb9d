/* Pages: overview, event list, event evidence, actor. Each renders into the <main> it is given. */
"use strict";
(function () {
  const {el, api, query, table, fmt, actorLink, actorHash, eventHash, add} = window.NE;
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

  /* The merged/mentions switch of the counting pages: merged events (one real event reported by many
     articles counts once) by default, every report (mention) on demand. */
  function unitOf(q) { return q.get("unit") === "mentions" ? "mentions" : "merged"; }

  function unitSwitch(page, q) {
    const unit = unitOf(q);
    const link = (value, label) => {
      const next = new URLSearchParams(q);
      next.set("unit", value);
      return el("a", {href: "#/" + page + "?" + next.toString(), class: unit === value ? "on" : null,
        "data-unit": value}, label);
    };
    return el("p", {class: "switch unit", id: "unit-switch"}, "Count: ", link("merged", "merged events"), " · ",
      link("mentions", "mentions (every report)"));
  }

  pages.overview = async function (main, params, q) {
    const by = q.get("by") === "root" ? "root" : "quad_class";
    const unit = unitOf(q);
    const [sum, tl, top, recent] = await Promise.all([api("/summary"), api("/aggregates/timeline", {by, unit}),
      api("/aggregates/top-actors", {limit: 15, unit}), api("/events", {limit: 10})]);
    const r = sum.rows;
    const switcher = el("p", {class: "switch"}, "Colour by: ",
      el("a", {href: "#/" + query({by: "quad_class", unit}), class: by === "quad_class" ? "on" : null}, "QuadClass"), " · ",
      el("a", {href: "#/" + query({by: "root", unit}), class: by === "root" ? "on" : null}, "CAMEO root"));
    const what = unit === "merged" ? "merged events" : "mentions";
    add(main, unitSwitch("", q), 
      el("h1", {}, "Overview"),
      el("div", {class: "cards"}, card("articles", r.articles), card("events", r.events), card("actors", r.actor_names),
        card("quotes", r.quotes), card("counts", r.counts)),
      el("p", {class: "muted"}, sum.first_date ? `Events dated ${sum.first_date} to ${sum.last_date}.` : "No dated events yet."),
      section(`Events per day (${what})`, switcher, window.NE.charts.timeline(tl),
        tl.undated ? el("p", {class: "muted"}, `${fmt(tl.undated)} ${what} without a full date are not shown.`) : null),
      el("div", {class: "two"},
        section(`Top actors (${what})`, table([
          {label: "Actor", cell: (a) => el("a", {href: actorHash(a.actor), class: "actor"}, a.actor)},
          {label: "As source", cell: (a) => fmt(a.as_source), cls: "n"},
          {label: "As target", cell: (a) => fmt(a.as_target), cls: "n"},
        ], top.actors, {empty: "No actors yet."})),
        section("Latest events", eventTable(recent.items, "No events yet."),
          el("p", {}, el("a", {href: "#/events"}, "All events →")))));
  };

  /* Event filters: drop-downs fed by /api/facets where the values are few and known (roots, types,
     countries ...), text boxes with a pattern and a plain-words hint where they are free. */
  const SELECTS = [["root", "CAMEO root", "roots"], ["plover", "PLOVER type", "plover"], ["mode", "Mode", "modes"],
    ["quad_class", "QuadClass", "quad_classes"], ["country", "Country", "countries"]];
  const INPUTS = [["actor", "Actor code (either side)", {pattern: "[A-Za-z0-9]{1,24}", list: "actor-codes"}], ["name", "Actor name (exact)", {}], ["pair", "Pair A,B", {pattern: "[A-Za-z0-9]{1,24},[A-Za-z0-9]{1,24}"}],
    ["cameo", "CAMEO code", {pattern: "\\d{2,4}", placeholder: "042"}], ["place", "Place", {}],
    ["since", "Since", {}], ["until", "Until", {}]];
  const HIDDEN = ["source", "target", "role", "article_id", "min_confidence"];
  const ROOT_NAMES = {"01": "statement", "02": "appeal", "03": "intend to cooperate", "04": "consult", "05": "diplomatic cooperation",
    "06": "material cooperation", "07": "provide aid", "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove",
    "12": "reject", "13": "threaten", "14": "protest", "15": "force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "mass violence"};

  /* since/until: the API's one date type (an ISO day, week, month or year; the period overlaps it or
     later/earlier). The pattern lets the browser refuse garbage before a request; the API says why in one line. */
  const DATE_FILTERS = new Set(["since", "until"]);
  const DATE_INPUT = {placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?",
    title: "A day (2019-11-20), week (2019-W47), month (2019-11) or year (2019)"};

  function optionLabel(key, value, n) {
    const quad = window.NE.charts.QUAD;
    const name = key === "root" ? ROOT_NAMES[value] : key === "quad_class" && quad[value] ? quad[value][0] : null;
    return `${value}${name ? " " + name : ""} (${fmt(n)})`;
  }

  /* A filter form: selects from facets, checked text boxes; a refused box is explained in words before any request. */
  function filterForm(id, facets, filters, hash) {
    const message = el("p", {class: "error", id: id + "-message", hidden: true});
    const select = ([k, label, facet]) => el("label", {}, label, el("select", {name: k},
      el("option", {value: ""}, "any"), (facets[facet] || []).map((f) => el("option", {value: String(f.value),
        selected: String(f.value) === (filters[k] || "").toUpperCase() || String(f.value) === filters[k]},
      optionLabel(k, f.value, f.n)))));
    const input = ([k, label, attrs]) => el("label", {}, label, el("input", {name: k, value: filters[k] || "", size: 12,
      title: window.NE.HINTS[k] ? "Give " + window.NE.HINTS[k] : null, ...attrs, ...(DATE_FILTERS.has(k) ? DATE_INPUT : {})}));
    const form = el("form", {class: "filters", id, novalidate: true}, SELECTS.map(select), INPUTS.map(input),
      HIDDEN.filter((k) => filters[k]).map((k) => el("input", {type: "hidden", name: k, value: filters[k]})),
      el("datalist", {id: "actor-codes"}, (facets.actor_codes || []).map((f) => el("option", {value: f.value}))),
      el("button", {type: "submit"}, "Filter"), el("a", {href: hash}, "clear"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const bad = [...form.querySelectorAll("input")].filter((i) => !i.checkValidity());
      if (bad.length) {
        message.textContent = bad.map((i) => `${window.NE.fieldLabel(i.name)}: please give ${window.NE.HINTS[i.name]}.`).join(" ");
        message.hidden = false;
        bad[0].focus();
        return;
      }
      const data = {};
      new FormData(form).forEach((v, k) => { if (v) data[k] = v; });
      location.hash = hash + query(data);
    });
    return [form, message];
  }

  function pager(total, limit, offset, go) {
    const last = Math.min(total, offset + limit);
    return el("div", {class: "pager"},
      el("span", {}, total ? `${fmt(offset + 1)}–${fmt(last)} of ${fmt(total)}` : "0 results"),
      el("button", {type: "button", disabled: offset <= 0, on: {click: () => go(Math.max(0, offset - limit))}}, "← Previous"),
      el("button", {type: "button", disabled: last >= total, on: {click: () => go(offset + limit)}}, "Next →"));
  }

  const MERGED_COLUMNS = [
    {label: "Date", cell: (m) => m.date || "—"},
    {label: "Source", cell: (m) => actorLink(m.source_name, m.source_code)},
    {label: "Event", cell: (m) => el("code", {class: "code"}, m.cameo)}, {label: "Mode", cell: (m) => m.mode},
    {label: "Target", cell: (m) => actorLink(m.target_name, m.target_code)}, {label: "Place", cell: (m) => m.place || ""},
    {label: "Reports", cell: (m) => fmt(m.num_mentions), cls: "n"}, {label: "Articles", cell: (m) => fmt(m.num_articles), cls: "n"},
    {label: "Sources", cell: (m) => fmt(m.num_sources), cls: "n"},
    {label: "Evidence", cell: (m) => m.first_article_id ? el("a", {href: "#/article/" + encodeURIComponent(m.first_article_id)},
      "first report") : "—"}];

  /* Events: the list of reports (mentions) or of merged events (?unit=merged), with the same filters. */
  pages.events = async function (main, params, q) {
    const filters = {};
    [...SELECTS, ...INPUTS].forEach(([k]) => { if (q.get(k)) filters[k] = q.get(k); });
    HIDDEN.forEach((k) => { if (q.get(k)) filters[k] = q.get(k); });
    const merged = q.get("unit") === "merged";
    const limit = 50, offset = Number(q.get("offset") || 0);
    let facets = {};
    try { facets = await api("/facets"); } catch (err) { facets = {}; }
    const unitFilters = merged ? {...filters, unit: "merged"} : filters;
    const [form, message] = filterForm("event-filters", facets, filters, "#/events");
    if (merged) form.append(el("input", {type: "hidden", name: "unit", value: "merged"}));
    const path = merged ? "/merged" : "/events";
    add(main, el("h1", {}, merged ? "Merged events" : "Events"), unitSwitch("events", new URLSearchParams(
      {...filters, unit: merged ? "merged" : "mentions"})), form, message);
    let page;
    try { page = await api(path, {...filters, limit, offset}); } catch (err) {
      message.textContent = err.message;
      message.hidden = false;
      return;
    }
    add(main, el("div", {class: "pager-row"},
      pager(page.total, limit, offset, (o) => { location.hash = "#/events" + query({...unitFilters, offset: o}); }),
      window.NE.csvButton(path, filters, merged ? "merged-events.csv" : "events.csv")),
    merged ? table(MERGED_COLUMNS, page.items, {empty: "No merged event matches these filters."})
      : eventTable(page.items, "No event matches these filters."));
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
    add(main,
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
    add(main,
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
      quotes.items.length ? null : el("li", {class: "muted"}, "None.")),
      quotes.total ? el("a", {href: "#/quotes" + query({speaker: name})}, "all quotes →") : null));
  };

  window.NE.pages = pages;
  window.NE.eventTable = eventTable;
  window.NE.section = section;
  window.NE.pager = pager;
  window.NE.unitSwitch = unitSwitch;
  window.NE.unitOf = unitOf;
})();
