/* Parley: filter a timeline page by speaker, side, topic and stance, in the browser.
 *
 * Progressive enhancement: without JavaScript every statement shows. Each statement is a
 * <div class="parley-statement" data-speaker data-side data-topics data-stance> holding its
 * heading, quote and captions. Topic labels come from the JSON in #parley-topic-labels.
 * Filters are mirrored in the URL (?side=russia) so a filtered view can be shared. Runs on
 * every page view, including mkdocs-material's instant navigation.
 */
(function () {
  "use strict";
  var FIELDS = [
    ["speaker", "Speaker"], ["side", "Side"], ["topics", "Topic"], ["stance", "Stance on talks"]
  ];
  var SIDES = { "united-states": "United States", "russia": "Russia", "ukraine": "Ukraine",
                "europe": "Europe", "other": "Other" };

  function topicLabels() {
    var block = document.getElementById("parley-topic-labels");
    try { return block ? JSON.parse(block.getAttribute("data-labels")) : {}; } catch (e) { return {}; }
  }
  var TOPICS = {};

  function label(field, value, block) {
    if (field === "side") return SIDES[value] || value;
    if (field === "topics" && TOPICS[value]) return TOPICS[value];
    if (field === "speaker") return block.querySelector("h3").firstChild.textContent.split(" · ")[0].trim();
    return value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, " ");
  }

  function valuesOf(block, field) {
    var raw = block.getAttribute("data-" + field) || "";
    return field === "topics" ? raw.split(" ").filter(Boolean) : [raw];
  }

  function buildForm(blocks, params) {
    var form = document.createElement("form");
    form.className = "parley-filter";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter statements");
    FIELDS.forEach(function (pair) {
      var field = pair[0], options = {};
      blocks.forEach(function (h) {
        valuesOf(h, field).forEach(function (v) { if (v && !options[v]) options[v] = label(field, v, h); });
      });
      var select = document.createElement("select");
      select.name = field;
      select.setAttribute("aria-label", pair[1]);
      select.add(new Option(pair[1] + ": all", ""));
      Object.keys(options).sort(function (a, b) { return options[a].localeCompare(options[b]); })
        .forEach(function (v) { select.add(new Option(options[v], v)); });
      select.value = params.get(field) || "";
      form.appendChild(select);
    });
    var status = document.createElement("output");
    status.className = "parley-filter-status";
    status.setAttribute("aria-live", "polite");
    form.appendChild(status);
    return form;
  }

  function apply(form, blocks) {
    var chosen = {}, shown = 0;
    FIELDS.forEach(function (pair) { chosen[pair[0]] = form.elements[pair[0]].value; });
    blocks.forEach(function (h) {
      var visible = FIELDS.every(function (pair) {
        var want = chosen[pair[0]];
        return !want || valuesOf(h, pair[0]).indexOf(want) >= 0;
      });
      h.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll(".md-content h2").forEach(function (day) {
      var next = day.nextElementSibling, any = false;
      while (next && next.tagName !== "H2") {
        if (next.classList.contains("parley-statement") && !next.hidden) any = true;
        next = next.nextElementSibling;
      }
      day.hidden = !any;
    });
    form.querySelector("output").value = shown + " of " + blocks.length + " statements shown";
    var params = new URLSearchParams();
    Object.keys(chosen).forEach(function (k) { if (chosen[k]) params.set(k, chosen[k]); });
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function init() {
    var blocks = Array.prototype.slice.call(document.querySelectorAll("div.parley-statement"));
    var target = document.getElementById("parley-filter-target");
    if (!blocks.length || !target || document.querySelector("form.parley-filter")) return;
    TOPICS = topicLabels();
    var form = buildForm(blocks, new URLSearchParams(location.search));
    target.parentNode.insertBefore(form, target.nextSibling);
    form.addEventListener("change", function () { apply(form, blocks); });
    apply(form, blocks);
  }

  /* A permalink must land on its statement. Material's instant navigation can swap the page
   * in (or push the URL) after the browser's own jump to #id, leaving the statement out of
   * view; so after every page view and URL change, bring the target into view if it is not. */
  function revealTarget() {
    if (!location.hash) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    var box = target.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) target.scrollIntoView();
  }
  function revealSoon() { window.requestAnimationFrame(function () { window.setTimeout(revealTarget, 0); }); }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(function () { init(); revealSoon(); });  /* every page view, instant or not */
    if (typeof window.location$ !== "undefined") window.location$.subscribe(revealSoon);
    window.addEventListener("hashchange", revealSoon);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
