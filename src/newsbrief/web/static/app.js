// Citations and sections, as progressive enhancement (every page works without this script).
// Wide screens: a citation highlights its sentence in the sticky source panel and scrolls the panel (only
// the panel) to it.
// Narrow screens (<= 700 px): a citation opens its sentence in a sheet at the bottom of the screen, with
// its outlet and a link into the full source; the page itself never scrolls. Screen readers hear what
// happened through a polite live region. Collapsed sections open for printing and for a linked item.
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 700px)");
  var reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
  var live = document.getElementById("cite-live");
  var sheet = null;
  var opener = null;

  function sentenceFor(link) { return document.getElementById(link.getAttribute("data-s")); }
  function sentenceText(el) {
    var copy = el.cloneNode(true);
    var sup = copy.querySelector("sup");
    if (sup) { sup.remove(); }
    return copy.textContent.trim();
  }
  function outletOf(el) {
    var holder = el.closest("[data-outlet]");
    return holder ? holder.getAttribute("data-outlet") : "";
  }
  function announce(text) { if (live) { live.textContent = text; } }
  function highlight(target) {
    document.querySelectorAll(".sent.hl").forEach(function (el) { el.classList.remove("hl"); });
    if (target) { target.classList.add("hl"); }
  }

  // Scroll only the sticky panel to the sentence: the reader's place in the brief stays where it is.
  function showInPanel(target) {
    var panel = target.closest(".source-panel");
    if (!panel) { target.scrollIntoView({ block: "center" }); return; }
    var offset = target.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    var top = panel.scrollTop + offset - panel.clientHeight / 3;
    panel.scrollTo({ top: Math.max(0, top), behavior: reduced.matches ? "auto" : "smooth" });
  }

  function buildSheet() {
    sheet = document.createElement("div");
    sheet.className = "cite-sheet";
    sheet.setAttribute("role", "dialog");
    sheet.setAttribute("aria-label", "Source sentence");
    sheet.hidden = true;
    sheet.tabIndex = -1;
    var head = document.createElement("div");
    head.className = "sheet-head";
    var title = document.createElement("span");
    title.className = "sheet-title";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "sheet-close";
    close.textContent = "Close";
    close.addEventListener("click", closeSheet);
    head.appendChild(title);
    head.appendChild(close);
    var quote = document.createElement("blockquote");
    var more = document.createElement("a");
    more.className = "sheet-link";
    more.textContent = "Open in the full source";
    more.addEventListener("click", function () { closeSheet(false); });
    sheet.appendChild(head);
    sheet.appendChild(quote);
    sheet.appendChild(more);
    sheet.addEventListener("keydown", function (event) { if (event.key === "Escape") { closeSheet(); } });
    document.body.appendChild(sheet);
  }

  function openSheet(link, target) {
    if (!sheet) { buildSheet(); }
    var number = (target.querySelector("sup") || {}).textContent || "";
    var outlet = outletOf(target);
    sheet.querySelector(".sheet-title").textContent = "Source sentence " + number + (outlet ? " · " + outlet : "");
    sheet.querySelector("blockquote").textContent = sentenceText(target);
    sheet.querySelector(".sheet-link").setAttribute("href", "#" + target.id);
    document.querySelectorAll("a.cite.on").forEach(function (el) { el.classList.remove("on"); });
    link.classList.add("on");
    link.setAttribute("aria-expanded", "true");
    opener = link;
    sheet.hidden = false;
    sheet.focus({ preventScroll: true });
    announce("Source sentence " + number + (outlet ? ", " + outlet : "") + ": " + sentenceText(target));
  }

  function closeSheet(refocus) {
    if (!sheet || sheet.hidden) { return; }
    sheet.hidden = true;
    if (opener) {
      opener.classList.remove("on");
      opener.setAttribute("aria-expanded", "false");
      if (refocus !== false) { opener.focus({ preventScroll: true }); }
    }
  }

  document.querySelectorAll("a.cite").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var target = sentenceFor(link);
      if (!target) { return; }
      event.preventDefault();
      highlight(target);
      if (narrow.matches) {
        openSheet(link, target);
        return;
      }
      showInPanel(target);
      history.replaceState(null, "", "#" + target.id);
      announce("Highlighted in the source: " + sentenceText(target));
    });
    link.addEventListener("mouseenter", function () { var t = sentenceFor(link); if (t) { t.classList.add("hl"); } });
    link.addEventListener("mouseleave", function () {
      var t = sentenceFor(link);
      if (t && location.hash !== "#" + t.id) { t.classList.remove("hl"); }
    });
  });
  document.addEventListener("click", function (event) {
    if (sheet && !sheet.hidden && !sheet.contains(event.target) && !event.target.closest("a.cite")) { closeSheet(false); }
  });

  // Open the section holding a linked item (a search result, a flag's thank-you).
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    for (var node = el; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.classList.contains("flag")) { node.open = true; }
    }
  }
  // On a phone the brief starts short: sections after the first are closed until the reader opens them.
  if (narrow.matches) {
    document.querySelectorAll("details.section").forEach(function (d, i) { if (i > 0) { d.open = false; } });
  }
  reveal();
  window.addEventListener("hashchange", reveal);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.section").forEach(function (d) { d.open = true; });
  });
})();
