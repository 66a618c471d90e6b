// Timeline: events per period stacked by QuadClass or PLOVER type; brushing a period sets
// since/until in the URL, which the other views' links and the list below follow.
"use strict";
(async () => {
  const C = Communique;
  const box = document.getElementById("timeline");
  const interval = box.dataset.interval, by = box.dataset.by, of = box.dataset.of;
  let body;
  try {
    body = await C.api("/api/timeline", C.filters({interval, by, of}));
  } catch (e) { C.showError(box, e); return; }
  const items = body.items.map(d => ({...d, n: d[of]}));

  // Every period from the first to the last, so that a quiet stretch shows as a gap (unless
  // that would be more bars than the chart can draw: then only the periods with events).
  function allPeriods(seen) {
    if (seen.length < 2) return seen;
    const out = [];
    if (interval === "month") {
      let [y, m] = seen[0].split("-").map(Number);
      const last = seen[seen.length - 1];
      while (out.length <= 1500) {
        const p = `${y}-${String(m).padStart(2, "0")}`;
        out.push(p);
        if (p >= last) return out;
        m += 1; if (m > 12) { m = 1; y += 1; }
      }
      return seen;
    }
    const step = interval === "week" ? 7 : 1;
    const d = new Date(seen[0] + "T00:00:00Z"), end = seen[seen.length - 1];
    while (out.length <= 1500) {
      const p = d.toISOString().slice(0, 10);
      out.push(p);
      if (p >= end) return out;
      d.setUTCDate(d.getUTCDate() + step);
    }
    return seen;
  }
  const periods = allPeriods([...new Set(items.map(d => d.period))].sort());
  const keys = [...new Set(items.map(d => String(d.key)))].sort();
  const wide = periods.map(p => {
    const row = {period: p};
    for (const k of keys) row[k] = 0;
    for (const d of items) if (d.period === p) row[String(d.key)] += d.n;
    return row;
  });
  const colour = by === "quad_class" ? (k => C.QUAD_COLOURS[k] || "#888")
                                     : d3.scaleOrdinal(d3.schemeTableau10).domain(keys);
  const name = k => by === "quad_class" ? (C.QUAD[k] || "QuadClass " + k) : k;
  const legend = document.getElementById("legend");
  for (const k of keys) {
    const item = C.el("span");
    const swatch = C.el("span", {class: "swatch"});
    swatch.style.background = colour(k);
    item.append(swatch, document.createTextNode(name(k)));
    legend.append(item);
  }
  const width = Math.max(box.clientWidth || 900, 600), height = 320, margin = {top: 10, right: 20, bottom: 50, left: 40};
  const svg = d3.select(box).append("svg").attr("width", width).attr("height", height).attr("role", "img")
    .attr("aria-label", "events over time");
  if (!periods.length) {
    box.append(C.el("p", {class: "note"}, "No dated events match these filters."));
  }
  const x = d3.scaleBand().domain(periods).range([margin.left, width - margin.right]).padding(periods.length > 200 ? 0 : 0.15);
  const stacked = d3.stack().keys(keys)(wide);
  const top = d3.max(wide, r => d3.sum(keys, k => r[k])) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  svg.append("g").selectAll("g").data(stacked).join("g").attr("fill", s => colour(s.key))
    .selectAll("rect").data(s => s.map(v => Object.assign(v, {key: s.key}))).join("rect")
    .attr("class", "bar").attr("x", v => x(v.data.period)).attr("width", x.bandwidth())
    .attr("y", v => y(v[1])).attr("height", v => Math.max(0, y(v[0]) - y(v[1])))
    .attr("data-period", v => v.data.period).attr("data-key", v => v.key)
    .append("title").text(v => `${v.data.period} · ${name(v.key)}: ${v[1] - v[0]}`);
  const step = Math.ceil(periods.length / 14);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(periods.filter((p, i) => i % step === 0)))
    .selectAll("text").attr("transform", "rotate(-35)").attr("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(Math.min(5, top), "d"));

  // The first and last day a period covers.
  function span(period) {
    if (interval === "month") {
      const [yy, mm] = period.split("-").map(Number);
      return [period + "-01", new Date(Date.UTC(yy, mm, 0)).toISOString().slice(0, 10)];
    }
    if (interval === "week") {
      const d = new Date(period + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 6);
      return [period, d.toISOString().slice(0, 10)];
    }
    return [period, period];
  }
  const list = document.getElementById("events-list");
  const note = document.getElementById("brushed");
  async function follow(since, until) {
    const params = C.filters({since, until});
    const search = new URLSearchParams(location.search);
    for (const [k, v] of [["since", since], ["until", until]]) { if (v) search.set(k, v); else search.delete(k); }
    history.replaceState(null, "", location.pathname + (search.toString() ? "?" + search : ""));
    C.carryFilters(params);
    note.textContent = since ? `Period ${since} to ${until}: the other views follow it.` : "";
    try { await C.eventsList(list, params, since ? `${since} to ${until}` : "All dated periods"); }
    catch (e) { C.showError(list, e); }
  }
  const brush = d3.brushX().extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
    .on("end", ({selection}) => {
      if (!selection) { follow(C.filters().get("since"), C.filters().get("until")); return; }
      const inside = periods.filter(p => x(p) + x.bandwidth() > selection[0] && x(p) < selection[1]);
      if (!inside.length) return;
      follow(span(inside[0])[0], span(inside[inside.length - 1])[1]);
    });
  svg.append("g").attr("class", "brush").call(brush);
  C.eventsList(list, C.filters(), "Events").catch(e => C.showError(list, e));
})();
