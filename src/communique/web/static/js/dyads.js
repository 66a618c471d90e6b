// Dyads: a network of actors, an arrow per actor -> recipient pair, as wide as its events are
// many and coloured by their mean Goldstein score; clicking one draws that dyad's own timeline
// (cooperation above the line, conflict below).
"use strict";
(async () => {
  const C = Communique;
  const box = document.getElementById("network");
  const level = box.dataset.level;
  let body;
  try { body = await C.api("/api/dyads", C.filters({level, limit: "150"})); }
  catch (e) { C.showError(box, e); return; }
  const dyads = body.items;
  const tbody = document.querySelector("#dyad-table tbody");
  const colour = d3.scaleDiverging(d3.interpolateRdYlGn).domain([-10, 0, 10]);
  const width = Math.max(box.clientWidth || 700, 500), height = 520;
  const svg = d3.select(box).append("svg").attr("width", width).attr("height", height);
  if (!dyads.length) box.append(C.el("p", {class: "note"}, "No events with both an actor and a recipient match these filters."));
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 18)
    .attr("markerWidth", 9).attr("markerHeight", 9).attr("markerUnits", "userSpaceOnUse").attr("orient", "auto")
    .append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#667");
  const names = [...new Set(dyads.flatMap(d => [d.actor, d.recipient]))];
  const nodes = names.map(id => ({id, events: d3.sum(dyads.filter(d => d.actor === id || d.recipient === id), d => d.events)}));
  const links = dyads.map(d => ({...d, source: d.actor, target: d.recipient}));
  const widthOf = d3.scaleSqrt().domain([1, d3.max(dyads, d => d.events) || 1]).range([1.5, 9]);
  const edges = svg.append("g").selectAll("line").data(links).join("line")
    .attr("class", "edge").attr("data-actor", d => d.actor).attr("data-recipient", d => d.recipient)
    .attr("stroke", d => d.goldstein === null ? "#999" : colour(d.goldstein))
    .attr("stroke-width", d => widthOf(d.events)).attr("marker-end", "url(#arrow)")
    .on("click", (event, d) => choose(d));
  edges.append("title").text(d => `${d.actor} → ${d.recipient}: ${d.events} events, mean Goldstein ${d.goldstein ?? "—"}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node").attr("data-actor", d => d.id);
  node.append("circle").attr("r", d => 5 + Math.sqrt(d.events)).attr("fill", "#2b4c7e");
  node.append("text").attr("x", 9).attr("y", 4).text(d => d.id);
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id(d => d.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide(24));
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  simulation.on("tick", () => {
    for (const n of nodes) { n.x = clamp(n.x, 20, width - 40); n.y = clamp(n.y, 20, height - 20); }
    edges.attr("x1", d => d.source.x).attr("y1", d => d.source.y).attr("x2", d => d.target.x).attr("y2", d => d.target.y);
    node.attr("transform", d => `translate(${d.x},${d.y})`);
  });
  for (const d of dyads) {
    const tr = C.el("tr", {"data-actor": d.actor, "data-recipient": d.recipient});
    for (const v of [d.actor, d.recipient, String(d.events), d.goldstein === null ? "—" : String(d.goldstein)]) tr.append(C.el("td", {}, v));
    tr.addEventListener("click", () => choose(d));
    tbody.append(tr);
  }

  async function choose(d) {
    edges.classed("active", e => e.actor === d.actor && e.recipient === d.recipient);
    document.getElementById("dyad-title").textContent = `${d.actor} → ${d.recipient}: cooperation and conflict`;
    const chart = document.getElementById("dyad-timeline");
    let series;
    try { series = (await C.api("/api/timeline", C.filters({actor: d.actor, recipient: d.recipient, interval: "month", by: "quad_class"}))).items; }
    catch (e) { C.showError(chart, e); return; }
    const periods = [...new Set(series.map(r => r.period))].sort();
    const coop = p => d3.sum(series.filter(r => r.period === p && r.key <= 2), r => r.events);
    const conf = p => d3.sum(series.filter(r => r.period === p && r.key >= 3), r => r.events);
    const w = Math.max(chart.clientWidth || 420, 320), h = 200, m = {top: 10, bottom: 40, left: 30, right: 10};
    chart.replaceChildren();
    if (!periods.length) { chart.append(C.el("p", {class: "note"}, "No events dated to a month or a day.")); return; }
    const s = d3.select(chart).append("svg").attr("width", w).attr("height", h);
    const x = d3.scaleBand().domain(periods).range([m.left, w - m.right]).padding(0.2);
    const top = d3.max(periods, p => Math.max(coop(p), conf(p))) || 1;
    const y = d3.scaleLinear().domain([-top, top]).range([h - m.bottom, m.top]);
    s.selectAll("rect.coop").data(periods).join("rect").attr("class", "bar coop").attr("fill", "#1f7a3a")
      .attr("x", p => x(p)).attr("width", x.bandwidth()).attr("y", p => y(coop(p))).attr("height", p => y(0) - y(coop(p)));
    s.selectAll("rect.conf").data(periods).join("rect").attr("class", "bar conf").attr("fill", "#c0392b")
      .attr("x", p => x(p)).attr("width", x.bandwidth()).attr("y", y(0)).attr("height", p => y(-conf(p)) - y(0));
    s.append("g").attr("transform", `translate(0,${h - m.bottom})`).call(d3.axisBottom(x))
      .selectAll("text").attr("transform", "rotate(-35)").attr("text-anchor", "end");
    s.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(Math.min(4, 2 * top)).tickFormat(v => Math.abs(v)));
  }
})();
