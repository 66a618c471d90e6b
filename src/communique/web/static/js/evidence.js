// Evidence: clicking an event (in the list or on its underlined words) highlights its sentence
// and shows its details; ?event=N opens one at load.
"use strict";
(() => {
  const buttons = document.querySelectorAll(".event-button");
  function select(index) {
    document.querySelectorAll(".seg.selected").forEach(s => s.classList.remove("selected"));
    document.querySelectorAll(".event-detail").forEach(d => { d.hidden = d.id !== "event-" + index; });
    buttons.forEach(b => b.classList.toggle("active", b.dataset.event === String(index)));
    const segments = [...document.querySelectorAll(".seg")].filter(s => s.dataset.spans.split(" ").includes("event-" + index));
    segments.forEach(s => s.classList.add("selected"));
    if (segments.length) segments[0].scrollIntoView({block: "center"});
    const reports = document.querySelector(`#event-${index} .reports`);
    if (reports && !reports.dataset.loaded) otherReports(reports);
  }
  // The incident's other reports (other articles, or other sentences of this one), with links.
  async function otherReports(box) {
    box.dataset.loaded = "1";
    const C = Communique;
    try {
      const body = await C.api("/api/events", new URLSearchParams({incident: box.dataset.incident, limit: "50"}));
      const others = body.items.filter(e => !(e.article_id === box.dataset.article && String(e.idx) === box.dataset.event));
      if (!others.length) { box.append(C.el("p", {class: "note"}, "No other report of it is stored.")); return; }
      const list = C.el("ul");
      for (const e of others) {
        const item = C.el("li");
        item.append(C.el("a", {href: "/evidence/" + encodeURIComponent(e.article_id) + "?event=" + e.idx},
                         `${e.outlet || e.article_id} (${e.published || "no date"})`),
                    document.createTextNode(": " + (e.evidence || "")));
        list.append(item);
      }
      box.append(C.el("p", {class: "note"}, `${others.length} other report${others.length === 1 ? "" : "s"}:`), list);
    } catch (error) { C.showError(box, error); }
  }
  buttons.forEach(b => b.addEventListener("click", () => select(b.dataset.event)));
  document.querySelectorAll(".seg.k-event").forEach(s => s.addEventListener("click", () => {
    const first = s.dataset.spans.split(" ").find(k => k.startsWith("event-"));
    if (first) select(first.slice(6));
  }));
  const chosen = JSON.parse(document.getElementById("selected-event").textContent);
  if (chosen !== null) select(chosen);
})();
