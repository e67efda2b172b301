/* Parley: filter a timeline page by speaker, side, topic and stance, in the browser.
 *
 * Progressive enhancement: without JavaScript every statement shows. Each statement is
 * an <h3 class="parley-statement" data-*> followed by its quote and captions, up to the
 * next statement or day heading. Filters are mirrored in the URL (?side=russia) so a
 * filtered view can be shared. Runs on every page view, including instant navigation.
 */
(function () {
  "use strict";
  var FIELDS = [
    ["speaker", "Speaker"], ["side", "Side"], ["topics", "Topic"], ["stance", "Stance on talks"]
  ];
  var SIDES = { "united-states": "United States", "russia": "Russia", "ukraine": "Ukraine",
                "europe": "Europe", "other": "Other" };

  function topicLabels() {
    var labels = {};
    document.querySelectorAll(".parley-tags a").forEach(function (link) {
      var match = /topics\/([a-z0-9-]+)\/?$/.exec(link.getAttribute("href") || "");
      if (match) labels[match[1]] = link.textContent.trim();
    });
    return labels;
  }
  var TOPICS = {};

  function label(field, value, heading) {
    if (field === "side") return SIDES[value] || value;
    if (field === "topics" && TOPICS[value]) return TOPICS[value];
    if (field === "speaker") return heading.textContent.split(" · ")[0].trim();
    return value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, " ");
  }

  function blockOf(heading) {
    var nodes = [heading], next = heading.nextElementSibling;
    while (next && !next.classList.contains("parley-statement") && next.tagName !== "H2") {
      nodes.push(next);
      next = next.nextElementSibling;
    }
    return nodes;
  }

  function valuesOf(heading, field) {
    var raw = heading.getAttribute("data-" + field) || "";
    return field === "topics" ? raw.split(" ").filter(Boolean) : [raw];
  }

  function buildForm(headings, params) {
    var form = document.createElement("form");
    form.className = "parley-filter";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter statements");
    FIELDS.forEach(function (pair) {
      var field = pair[0], options = {};
      headings.forEach(function (h) {
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

  function apply(form, headings) {
    var chosen = {}, shown = 0;
    FIELDS.forEach(function (pair) { chosen[pair[0]] = form.elements[pair[0]].value; });
    headings.forEach(function (h) {
      var visible = FIELDS.every(function (pair) {
        var want = chosen[pair[0]];
        return !want || valuesOf(h, pair[0]).indexOf(want) >= 0;
      });
      blockOf(h).forEach(function (node) { node.hidden = !visible; });
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
    form.querySelector("output").value = shown + " of " + headings.length + " statements shown";
    var params = new URLSearchParams();
    Object.keys(chosen).forEach(function (k) { if (chosen[k]) params.set(k, chosen[k]); });
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function init() {
    var headings = Array.prototype.slice.call(document.querySelectorAll("h3.parley-statement"));
    var target = document.getElementById("parley-filter-target");
    if (!headings.length || !target || document.querySelector("form.parley-filter")) return;
    TOPICS = topicLabels();
    var form = buildForm(headings, new URLSearchParams(location.search));
    target.parentNode.insertBefore(form, target.nextSibling);
    form.addEventListener("change", function () { apply(form, headings); });
    apply(form, headings);
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(init);  /* mkdocs-material: every page view, instant or not */
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
