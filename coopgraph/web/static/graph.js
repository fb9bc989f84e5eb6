// Pan (drag) and zoom (wheel, +/- keys) for the server-rendered graph SVG.
// Nodes are plain SVG links, so a click opens the entity page even without this script.
(function () {
  "use strict";
  var svg = document.getElementById("graph");
  if (!svg) { return; }
  var view = document.getElementById("viewport");
  var state = { x: 0, y: 0, k: 1 };
  var drag = null;
  var moved = false;
  function apply() {
    view.setAttribute("transform", "translate(" + state.x + " " + state.y + ") scale(" + state.k + ")");
    svg.setAttribute("data-zoom", state.k.toFixed(3));
  }
  function toSvg(evt) {
    var pt = svg.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoomAt(p, factor) {
    var k = Math.min(8, Math.max(0.2, state.k * factor));
    state.x = p.x - (p.x - state.x) * (k / state.k);
    state.y = p.y - (p.y - state.y) * (k / state.k);
    state.k = k;
    apply();
  }
  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    zoomAt(toSvg(evt), evt.deltaY < 0 ? 1.15 : 1 / 1.15);
  }, { passive: false });
  svg.addEventListener("mousedown", function (evt) {
    drag = { p: toSvg(evt), x: state.x, y: state.y };
    moved = false;
    svg.classList.add("dragging");
  });
  window.addEventListener("mousemove", function (evt) {
    if (!drag) { return; }
    var p = toSvg(evt);
    var dx = p.x - drag.p.x, dy = p.y - drag.p.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { moved = true; }
    state.x = drag.x + dx; state.y = drag.y + dy;
    apply();
  });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("dragging"); });
  // a drag that ends on a node is a pan, not a click
  svg.addEventListener("click", function (evt) { if (moved) { evt.preventDefault(); moved = false; } }, true);
  window.addEventListener("keydown", function (evt) {
    var c = { x: svg.viewBox.baseVal.width / 2, y: svg.viewBox.baseVal.height / 2 };
    if (evt.key === "+" || evt.key === "=") { zoomAt(c, 1.25); }
    if (evt.key === "-") { zoomAt(c, 0.8); }
    if (evt.key === "0") { state = { x: 0, y: 0, k: 1 }; apply(); }
  });
  apply();
}());
