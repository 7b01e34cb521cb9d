/* Pages: network, counts, articles, one article, stories. */
"use strict";
(function () {
  const {el, api, query, table, fmt, actorHash, eventHash, section, pager, add} = window.NE;
  const pages = window.NE.pages;

  pages.network = async function (main, params, q) {
    const by = q.get("by") === "code" ? "code" : "name";
    const limit = Math.min(300, Math.max(5, Number(q.get("limit") || 60)));
    const unit = window.NE.unitOf(q);
    const data = await api("/aggregates/pairs", {by, limit, unit});
    add(main, el("h1", {}, "Network"), window.NE.unitSwitch("network", q),
      el("p", {class: "switch"}, "Actors by: ",
        el("a", {href: "#/network" + query({by: "name", limit, unit}), class: by === "name" ? "on" : null}, "name"), " · ",
        el("a", {href: "#/network" + query({by: "code", limit, unit}), class: by === "code" ? "on" : null}, "CAMEO code"),
        ` — the ${fmt(data.pairs.length)} busiest pairs; edge width: ${unit === "merged" ? "merged events" : "mentions"}, ` +
        "colour: mean Goldstein."));
    if (!data.pairs.length) { add(main, el("p", {class: "muted"}, "No events between two known actors yet.")); return; }
    const open = (id) => { location.hash = by === "name" ? actorHash(id) : "#/events" + query({actor: id}); };
    add(main, window.NE.charts.network(data.pairs, {onClick: open}),
      section("Pairs", table([
        {label: "Source", cell: (p) => p.source}, {label: "Target", cell: (p) => p.target},
        {label: "Events", cell: (p) => el("a", {href: "#/events" + query({...(by === "name" ? {name: p.source, role: "source"}
          : {source: p.source, target: p.target}), unit: unit === "merged" ? "merged" : null})}, fmt(p.n)), cls: "n"},
        {label: "Mean Goldstein", cell: (p) => p.goldstein ?? "—", cls: "n"}], data.pairs)));
  };

  pages.counts = async function (main, params, q) {
    const by = q.get("by") === "site" ? "site" : "country";
    const what = q.get("what") || "killed";
    const country = q.get("country") || "";
    const STATUSES = ["current", "historical", "hypothetical", "all"];
    const status = STATUSES.includes(q.get("status")) ? q.get("status") : "current";
    const [agg, list, facets] = await Promise.all([api("/aggregates/counts", {by, what, country, status}),
      api("/counts", {what, country, status, limit: 50}), api("/facets").catch(() => ({}))]);
    const series = new Map();
    agg.rows.forEach((r) => {
      if (!series.has(r.key)) series.set(r.key, []);
      series.get(r.key).push({day: r.day, value: r.value, title: `${r.day} · ${r.key || "unknown"}: ${r.value} ${r.what} (${r.reports} reports)`});
    });
    const kinds = [...new Set([what, ...(facets.count_kinds || []).map((f) => f.value), ...(agg.kinds || [])])];
    const countries = [...new Set([...(facets.count_countries || []).map((f) => f.value), country].filter(Boolean))];
    const form = el("form", {class: "filters", id: "count-filters"},
      el("label", {}, "What", el("select", {name: "what"}, kinds.map((k) => el("option", {value: k, selected: k === what}, k)))),
      el("label", {}, "Series by", el("select", {name: "by"}, el("option", {value: "country", selected: by === "country"}, "country"),
        el("option", {value: "site", selected: by === "site"}, "source (site)"))),
      el("label", {}, "Country", el("select", {name: "country"}, el("option", {value: ""}, "any"),
        countries.map((c) => el("option", {value: c, selected: c === country}, c)))),
      el("label", {}, "Status", el("select", {name: "status"}, STATUSES.map((s) => el("option", {value: s,
        selected: s === status}, s === "current" ? "current (default)" : s)))),
      el("button", {type: "submit"}, "Show"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const data = {};
      new FormData(form).forEach((v, k) => { if (v) data[k] = v; });
      location.hash = "#/counts" + query(data);
    });
    add(main, el("h1", {}, "Counts"), form,
      status === "current" ? el("p", {class: "muted"}, "Historical and hypothetical figures (centuries ago, " +
        "“may have”) are left out; choose a status to see them.") : null,
      section(`Largest figure reported per day: ${what}, by ${by === "site" ? "source" : "country"}`,
        window.NE.charts.lines(series)),
      section(`Reports (${fmt(list.total)})`, window.NE.csvButton("/counts", {what, country, status}, "counts.csv"), table([
        {label: "Date", cell: (c) => c.date || "—"}, {label: "What", cell: (c) => c.what},
        {label: "Figure", cell: (c) => `${c.bound === "exact" ? "" : c.bound + " "}${fmt(c.value)}`, cls: "n"},
        {label: "Country", cell: (c) => c.about_country || "—"}, {label: "Status", cell: (c) => c.status || "current"},
        {label: "Source", cell: (c) => c.site || "—"},
        {label: "Evidence", cell: (c) => el("a", {href: "#/article/" + encodeURIComponent(c.article_id)}, c.evidence)},
      ], list.items, {empty: "No counts match."})));
  };

  pages.articles = async function (main, params, q) {
    const limit = 50, offset = Number(q.get("offset") || 0), text = q.get("q") || "", site = q.get("site") || "";
    const [page, facets] = await Promise.all([api("/articles", {q: text, site, limit, offset}),
      api("/facets").catch(() => ({}))]);
    const sites = [...new Set([...(facets.sites || []).map((f) => f.value), site].filter(Boolean))];
    const form = el("form", {class: "filters", id: "article-filters"},
      el("label", {}, "Title", el("input", {name: "q", value: text})),
      el("label", {}, "Site", el("select", {name: "site"}, el("option", {value: ""}, "any"),
        sites.map((s) => el("option", {value: s, selected: s === site}, s)))),
      el("button", {type: "submit"}, "Search"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      location.hash = "#/articles" + query({q: form.q.value, site: form.site.value});
    });
    add(main, el("h1", {}, "Articles"), form,
      pager(page.total, limit, offset, (o) => { location.hash = "#/articles" + query({q: text, site, offset: o}); }),
      table([{label: "Published", cell: (a) => a.published || "—"},
        {label: "Title", cell: (a) => el("a", {href: "#/article/" + encodeURIComponent(a.id)}, a.title || a.id)},
        {label: "Site", cell: (a) => a.site || ""}, {label: "Events", cell: (a) => fmt(a.n_events), cls: "n"}], page.items));
  };

  pages.article = async function (main, params) {
    const a = await api("/articles/" + encodeURIComponent(params[0]));
    add(main, el("h1", {id: "article-title"}, a.title || a.id),
      el("p", {class: "muted"}, [a.published, a.site, a.author].filter(Boolean).join(" · "), " ", window.NE.external(a.url, "original ↗")),
      el("div", {class: "two"},
        el("article", {class: "article-text", id: "article-text"}, a.text || ""),
        el("aside", {},
          section(`Events (${a.events.length})`, el("ul", {}, a.events.map((e) => el("li", {},
            el("a", {href: eventHash(a.id, e.id)}, `${e.cameo} ${e.trigger || ""}`), " ",
            `${e.source_name || e.source_code || "?"} → ${e.target_name || e.target_code || "?"}`)))),
          section(`Actors (${a.actors.length})`, el("ul", {}, a.actors.map((x) => el("li", {},
            el("a", {href: actorHash(x.name)}, x.name), " ", el("code", {class: "code"}, x.code || ""))))),
          section(`Quotes (${a.quotes.length})`, el("ul", {}, a.quotes.map((x) => el("li", {},
            el("q", {}, x.text), " — ", x.speaker_name || "unattributed")))),
          section(`Counts (${a.counts.length})`, el("ul", {}, a.counts.map((c) => el("li", {},
            `${c.what} ${c.bound} ${fmt(c.value)}: `, el("q", {}, c.evidence))))))));
  };

  pages.stories = async function (main, params, q) {
    const limit = 50, offset = Number(q.get("offset") || 0);
    const page = await api("/stories", {limit, offset});
    add(main, el("h1", {}, "Stories"));
    if (!page.available) { add(main, el("p", {class: "muted"}, "This database has no story clusters.")); return; }
    add(main, pager(page.total, limit, offset, (o) => { location.hash = "#/stories" + query({offset: o}); }),
      table([{label: "Story", cell: (s) => el("a", {href: "#/story/" + encodeURIComponent(s.id)}, s.title || s.id)},
        {label: "Articles", cell: (s) => fmt(s.n_articles), cls: "n"}, {label: "Sites", cell: (s) => fmt(s.n_sites), cls: "n"},
        {label: "First", cell: (s) => s.first_published || "—"}, {label: "Last", cell: (s) => s.last_published || "—"}],
      page.items, {empty: "No stories yet."}));
  };

  pages.story = async function (main, params) {
    const s = await api("/stories/" + encodeURIComponent(params[0]));
    add(main, el("h1", {}, s.title || s.id),
      section(`Articles (${s.articles.length})`, el("ul", {}, s.articles.map((a) => el("li", {},
        el("a", {href: "#/article/" + encodeURIComponent(a.id)}, a.title || a.id), " ", el("span", {class: "muted"},
          [a.published, a.site].filter(Boolean).join(" · ")))))),
      section(`Merged events (${s.merged_events.length})`, table([
        {label: "Date", cell: (m) => m.date || "—"}, {label: "Source", cell: (m) => m.source_name || m.source_code || "—"},
        {label: "CAMEO", cell: (m) => m.cameo}, {label: "Target", cell: (m) => m.target_name || m.target_code || "—"},
        {label: "Articles", cell: (m) => fmt(m.num_articles), cls: "n"}], s.merged_events)));
  };
})();
