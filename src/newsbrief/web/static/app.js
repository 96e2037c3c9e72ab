// Citations: clicking one scrolls to its source sentence and highlights it; hovering previews it.
(function () {
  "use strict";
  function sentenceFor(link) { return document.getElementById(link.getAttribute("data-s")); }
  function highlight(target) {
    document.querySelectorAll(".sent.hl").forEach(function (el) { el.classList.remove("hl"); });
    if (target) { target.classList.add("hl"); }
  }
  document.querySelectorAll("a.cite").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var target = sentenceFor(link);
      if (!target) { return; }
      event.preventDefault();
      highlight(target);
      target.scrollIntoView({ behavior: "smooth", block: "center" });
      history.replaceState(null, "", "#" + target.id);
    });
    link.addEventListener("mouseenter", function () { var t = sentenceFor(link); if (t) { t.classList.add("hl"); } });
    link.addEventListener("mouseleave", function () {
      var t = sentenceFor(link);
      if (t && location.hash !== "#" + t.id) { t.classList.remove("hl"); }
    });
  });
})();
