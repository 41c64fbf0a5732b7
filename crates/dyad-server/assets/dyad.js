// dyad's web UI works without this script; it only adds conveniences.
// Loaded from /static/dyad.js under a Content-Security-Policy that allows no inline code.
(function () {
  "use strict";

  // "/" focuses the search box, as on many sites.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var box = document.querySelector(".qbox input[name=q]");
      if (box) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    }
  });

  // In an article, pointing at a mention lights up every mention of the same entity.
  function light(entity, on) {
    var marks = document.querySelectorAll(".text [data-e]");
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].getAttribute("data-e") === entity) {
        marks[i].classList.toggle("lit", on);
      }
    }
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest(".text [data-e]");
    if (m) light(m.getAttribute("data-e"), true);
  });
  document.addEventListener("mouseout", function (e) {
    var m = e.target.closest && e.target.closest(".text [data-e]");
    if (m) light(m.getAttribute("data-e"), false);
  });

  // Empty filter fields stay out of the address.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.matches || !form.matches("form.refine")) return;
    var fields = form.querySelectorAll("input[name], select[name]");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value === "" && fields[i].name !== "q") fields[i].disabled = true;
    }
  });

  // Coming back to a page, the fields disabled above are usable again.
  window.addEventListener("pageshow", function () {
    var off = document.querySelectorAll("form.refine [disabled]");
    for (var i = 0; i < off.length; i++) off[i].disabled = false;
  });

  document.documentElement.classList.add("js");
})();
