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
  }
  buttons.forEach(b => b.addEventListener("click", () => select(b.dataset.event)));
  document.querySelectorAll(".seg.k-event").forEach(s => s.addEventListener("click", () => {
    const first = s.dataset.spans.split(" ").find(k => k.startsWith("event-"));
    if (first) select(first.slice(6));
  }));
  const chosen = JSON.parse(document.getElementById("selected-event").textContent);
  if (chosen !== null) select(chosen);
})();
