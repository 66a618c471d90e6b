// Shared by every page: the filters of the URL, fetching from the API, safe DOM building.
// Text is always set with textContent (never innerHTML), so a record's words cannot become markup.
"use strict";
const Communique = (() => {
  const FILTERS = ["actor", "recipient", "either", "type", "cameo", "quad_class", "status", "since", "until",
                   "country", "location", "outlet", "text", "article", "incident", "include_negated"];
  const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  const QUAD_COLOURS = {1: "#6fb36f", 2: "#1f7a3a", 3: "#f0a040", 4: "#c0392b"};

  function filters(extra = {}) {
    const current = new URLSearchParams(location.search);
    const out = new URLSearchParams();
    for (const name of FILTERS) if (current.get(name)) out.set(name, current.get(name));
    for (const [k, v] of Object.entries(extra)) { if (v === null || v === "") out.delete(k); else out.set(k, v); }
    return out;
  }

  async function api(path, params) {
    const response = await fetch(path + "?" + params.toString());
    const body = await response.json();
    if (!response.ok) throw new Error(body.code + " " + body.message);
    return body;
  }

  function el(tag, attrs = {}, text = null) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== null) node.textContent = text;
    return node;
  }

  // Point the other views' links (and the brand) at the same filters.
  function carryFilters(params) {
    const qs = params.toString() ? "?" + params.toString() : "";
    document.querySelectorAll("a.view-link, a.brand").forEach(a => {
      a.setAttribute("href", (a.dataset.base || "/timeline") + qs);
    });
  }

  // A table of events (from /api/events) with links to their evidence.
  async function eventsList(container, params, title) {
    container.replaceChildren(el("p", {class: "note"}, "Loading…"));
    const body = await api("/api/events", params);
    const table = el("table", {class: "rows events"});
    const head = el("tr");
    for (const h of ["date", "type", "actor", "recipient", "location", "evidence"]) head.append(el("th", {}, h));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const rows = el("tbody");
    for (const e of body.items) {
      const tr = el("tr", {"data-article": e.article_id, "data-event": String(e.idx)});
      for (const v of [e.date, e.event_type, e.actor, e.recipient, e.location]) tr.append(el("td", {}, v ?? ""));
      const td = el("td", {class: "evidence"});
      const link = el("a", {href: "/evidence/" + encodeURIComponent(e.article_id) + "?event=" + e.idx}, e.evidence || "(evidence)");
      td.append(link);
      tr.append(td);
      rows.append(tr);
    }
    table.append(rows);
    const more = body.total > body.items.length ? ` (first ${body.items.length})` : "";
    container.replaceChildren(el("p", {class: "count"}, `${title}: ${body.total} event${body.total === 1 ? "" : "s"}${more}`), table);
    return body;
  }

  function showError(container, error) {
    container.replaceChildren(el("p", {class: "error"}, String(error.message || error)));
  }

  return {filters, api, el, carryFilters, eventsList, showError, QUAD, QUAD_COLOURS};
})();
