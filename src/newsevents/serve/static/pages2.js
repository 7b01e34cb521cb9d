/* Pages: network, counts, articles, one article, stories. */
"use strict";
(function () {
  const {el, api, query, table, fmt, actorHash, eventHash, section, pager} = window.NE;
  const pages = window.NE.pages;

  pages.network = async function (main, params, q) {
    const by = q.get("by") === "code" ? "code" : "name";
    const limit = Math.min(300, Math.max(5, Number(q.get("limit") || 60)));
    const data = await api("/aggregates/pairs", {by, limit});
    main.append(el("h1", {}, "Network"),
      el("p", {class: "switch"}, "Actors by: ",
        el("a", {href: "#/network" + query({by: "name", limit}), class: by === "name" ? "on" : null}, "name"), " · ",
        el("a", {href: "#/network" + query({by: "code", limit}), class: by === "code" ? "on" : null}, "CAMEO code"),
        ` — the ${fmt(data.pairs.length)} busiest pairs; edge width: events, colour: mean Goldstein.`));
    if (!data.pairs.length) { main.append(el("p", {class: "muted"}, "No events between two known actors yet.")); return; }
    const open = (id) => { location.hash = by === "name" ? actorHash(id) : "#/events" + query({actor: id}); };
    main.append(window.NE.charts.network(data.pairs, {onClick: open}),
      section("Pairs", table([
        {label: "Source", cell: (p) => p.source}, {label: "Target", cell: (p) => p.target},
        {label: "Events", cell: (p) => el("a", {href: "#/events" + query(by === "name" ? {name: p.source, role: "source"}
          : {source: p.source, target: p.target})}, fmt(p.n)), cls: "n"},
        {label: "Mean Goldstein", cell: (p) => p.goldstein ?? "—", cls: "n"}], data.pairs)));
  };

  pages.counts = async function (main, params, q) {
    const by = q.get("by") === "site" ? "site" : "country";
    const what = q.get("what") || "killed";
    const country = q.get("country") || "";
    const [agg, list] = await Promise.all([api("/aggregates/counts", {by, what, country}),
      api("/counts", {what, country, limit: 50})]);
    const series = new Map();
    agg.rows.forEach((r) => {
      if (!series.has(r.key)) series.set(r.key, []);
      series.get(r.key).push({day: r.day, value: r.value, title: `${r.day} · ${r.key || "unknown"}: ${r.value} ${r.what} (${r.reports} reports)`});
    });
    const kinds = [...new Set(["killed", "wounded", "arrested", "displaced", "missing", "kidnapped", ...(agg.kinds || [])])];
    const form = el("form", {class: "filters", id: "count-filters"},
      el("label", {}, "What", el("select", {name: "what"}, kinds.map((k) => el("option", {value: k, selected: k === what}, k)))),
      el("label", {}, "Series by", el("select", {name: "by"}, el("option", {value: "country", selected: by === "country"}, "country"),
        el("option", {value: "site", selected: by === "site"}, "source (site)"))),
      el("label", {}, "Country", el("input", {name: "country", value: country, size: 5})),
      el("button", {type: "submit"}, "Show"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const data = {};
      new FormData(form).forEach((v, k) => { if (v) data[k] = v; });
      location.hash = "#/counts" + query(data);
    });
    main.append(el("h1", {}, "Counts"), form,
      section(`Largest figure reported per day: ${what}, by ${by === "site" ? "source" : "country"}`,
        window.NE.charts.lines(series)),
      section(`Reports (${fmt(list.total)})`, table([
        {label: "Date", cell: (c) => c.date || "—"}, {label: "What", cell: (c) => c.what},
        {label: "Figure", cell: (c) => `${c.bound === "exact" ? "" : c.bound + " "}${fmt(c.value)}`, cls: "n"},
        {label: "Country", cell: (c) => c.about_country || "—"}, {label: "Source", cell: (c) => c.site || "—"},
        {label: "Evidence", cell: (c) => el("a", {href: "#/article/" + encodeURIComponent(c.article_id)}, c.evidence)},
      ], list.items, {empty: "No counts match."})));
  };

  pages.articles = async function (main, params, q) {
    const limit = 50, offset = Number(q.get("offset") || 0), text = q.get("q") || "";
    const page = await api("/articles", {q: text, limit, offset});
    const form = el("form", {class: "filters"}, el("label", {}, "Title", el("input", {name: "q", value: text})),
      el("button", {type: "submit"}, "Search"));
    form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = "#/articles" + query({q: form.q.value}); });
    main.append(el("h1", {}, "Articles"), form,
      pager(page.total, limit, offset, (o) => { location.hash = "#/articles" + query({q: text, offset: o}); }),
      table([{label: "Published", cell: (a) => a.published || "—"},
        {label: "Title", cell: (a) => el("a", {href: "#/article/" + encodeURIComponent(a.id)}, a.title || a.id)},
        {label: "Site", cell: (a) => a.site || ""}, {label: "Events", cell: (a) => fmt(a.n_events), cls: "n"}], page.items));
  };

  pages.article = async function (main, params) {
    const a = await api("/articles/" + encodeURIComponent(params[0]));
    main.append(el("h1", {id: "article-title"}, a.title || a.id),
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
    main.append(el("h1", {}, "Stories"));
    if (!page.available) { main.append(el("p", {class: "muted"}, "This database has no story clusters.")); return; }
    main.append(pager(page.total, limit, offset, (o) => { location.hash = "#/stories" + query({offset: o}); }),
      table([{label: "Story", cell: (s) => el("a", {href: "#/story/" + encodeURIComponent(s.id)}, s.title || s.id)},
        {label: "Articles", cell: (s) => fmt(s.n_articles), cls: "n"}, {label: "Sites", cell: (s) => fmt(s.n_sites), cls: "n"},
        {label: "First", cell: (s) => s.first_published || "—"}, {label: "Last", cell: (s) => s.last_published || "—"}],
      page.items, {empty: "No stories yet."}));
  };

  pages.story = async function (main, params) {
    const s = await api("/stories/" + encodeURIComponent(params[0]));
    main.append(el("h1", {}, s.title || s.id),
      section(`Articles (${s.articles.length})`, el("ul", {}, s.articles.map((a) => el("li", {},
        el("a", {href: "#/article/" + encodeURIComponent(a.id)}, a.title || a.id), " ", el("span", {class: "muted"},
          [a.published, a.site].filter(Boolean).join(" · ")))))),
      section(`Merged events (${s.merged_events.length})`, table([
        {label: "Date", cell: (m) => m.date || "—"}, {label: "Source", cell: (m) => m.source_name || m.source_code || "—"},
        {label: "CAMEO", cell: (m) => m.cameo}, {label: "Target", cell: (m) => m.target_name || m.target_code || "—"},
        {label: "Articles", cell: (m) => fmt(m.num_articles), cls: "n"}], s.merged_events)));
  };
})();
