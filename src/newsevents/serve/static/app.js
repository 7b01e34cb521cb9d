/* The router: "#/page/arg?query" -> NE.pages.page(main, [args], URLSearchParams). */
"use strict";
(function () {
  const {el, clear, api} = window.NE;
  const ROUTES = {"": "overview", events: "events", event: "event", actor: "actor", network: "network",
    counts: "counts", actors: "actors", quotes: "quotes", articles: "articles", article: "article", stories: "stories", story: "story", map: "map"};
  let current = 0;

  async function render() {
    const hash = location.hash.replace(/^#\/?/, "");
    const [path, search] = hash.split("?", 2);
    const parts = path.split("/").map((p) => { try { return decodeURIComponent(p); } catch (e) { return p; } });
    const name = ROUTES[parts[0]] || null;
    const main = clear(document.getElementById("main"));
    document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("on", a.dataset.page === name));
    const token = ++current;
    main.setAttribute("aria-busy", "true");
    main.dataset.page = name || "missing";
    const target = el("div", {class: "page"});
    try {
      if (!name) throw new Error("No such page.");
      await window.NE.pages[name](target, parts.slice(1), new URLSearchParams(search || ""));
    } catch (err) {
      clear(target).append(el("p", {class: "error"}, err.status === 404 ? "Not found: " + err.message : err.message));
    }
    if (token !== current) return;  // a newer navigation started meanwhile
    main.append(target);
    main.setAttribute("aria-busy", "false");
    window.scrollTo(0, 0);
  }

  async function hideStoriesWhenAbsent() {
    try {
      const sum = await api("/summary");
      if (!sum.stories) document.getElementById("nav-stories").hidden = true;
    } catch (e) { /* the overview reports errors */ }
  }

  window.addEventListener("hashchange", render);
  document.addEventListener("DOMContentLoaded", () => { hideStoriesWhenAbsent(); render(); });
})();
