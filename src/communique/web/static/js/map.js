// Map: located events on the world-atlas country shapes (bundled, no tiles), a circle per place
// sized by its events; places closer than a few pixels are drawn as one. Clicking lists the events.
"use strict";
(async () => {
  const C = Communique;
  const box = document.getElementById("map");
  const width = Math.max(box.clientWidth || 900, 600), height = Math.round(width * 0.52);
  const svg = d3.select(box).append("svg").attr("width", width).attr("height", height);
  let world, body;
  try {
    [world, body] = await Promise.all([
      fetch("/static/vendor/world-atlas/countries-110m.json").then(r => r.json()),
      C.api("/api/locations", C.filters({limit: "500"}))]);
  } catch (e) { C.showError(box, e); return; }
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], countries);
  const path = d3.geoPath(projection);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text(f => f.properties.name);
  // Greedy clustering in screen space: the biggest places first, the others join one within reach.
  const places = body.items.map(p => ({...p, xy: projection([p.lon, p.lat])})).filter(p => p.xy);
  const clusters = [];
  for (const p of places.sort((a, b) => b.events - a.events)) {
    const near = clusters.find(c => Math.hypot(c.xy[0] - p.xy[0], c.xy[1] - p.xy[1]) < 8);
    if (near) { near.members.push(p); near.events += p.events; } else clusters.push({xy: p.xy, events: p.events, members: [p]});
  }
  const radius = d3.scaleSqrt().domain([1, d3.max(clusters, c => c.events) || 1]).range([4, 22]);
  const list = document.getElementById("place-events");
  svg.append("g").selectAll("circle").data(clusters).join("circle").attr("class", "marker")
    .attr("cx", c => c.xy[0]).attr("cy", c => c.xy[1]).attr("r", c => radius(c.events))
    .attr("data-location", c => c.members.map(m => m.location).join("|"))
    .attr("data-events", c => String(c.events))
    .on("click", (event, c) => open(c))
    .append("title").text(c => c.members.map(m => `${m.location} (${m.country ?? "?"}): ${m.events}`).join("\n"));
  if (!clusters.length) box.append(C.el("p", {class: "note"}, "No located events match these filters."));

  async function open(cluster) {
    list.replaceChildren();
    for (const m of cluster.members) {
      const part = C.el("div");
      list.append(part);
      const params = C.filters({location: m.location, country: m.country || null, limit: "100"});
      try { await C.eventsList(part, params, m.location); } catch (e) { C.showError(part, e); }
    }
  }
})();
