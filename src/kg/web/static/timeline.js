/* The /timeline page: stacked bars of people killed (counted once) per period, by side or
   victim status, and the largest running total per period as points — drawn as plain SVG
   from /timeline.json. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var STATUS = { civilian: "#c62828", combatant: "#1f5fa8", unknownStatus: "#7b4fa0" };
  var PALETTE = ["#1f5fa8", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457",
                 "#5d4037", "#9e9d24", "#455a64"];
  var chart = document.getElementById("chart");
  var table = document.getElementById("timeline-table");
  var form = document.getElementById("timeline-controls");
  var cache = {};

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function html(name, text, cls) {
    var node = document.createElement(name);
    if (text !== undefined) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function choice(name) { return form.querySelector("input[name=" + name + "]:checked").value; }

  function label(key, by) {
    return by === "status" ? key.replace("unknownStatus", "unknown status") : key;
  }

  function colours(keys, by) {
    var out = {};
    keys.forEach(function (k, i) { out[k] = by === "status" && STATUS[k] ? STATUS[k] : PALETTE[i % PALETTE.length]; });
    return out;
  }

  function draw(data, by) {
    // Sum per (period, key); running totals are kept apart as the largest per (period, key).
    var periods = [], keys = [], killed = {}, running = {};
    data.rows.forEach(function (r) {
      var k = r[by];
      if (periods.indexOf(r.period) < 0) { periods.push(r.period); }
      if (keys.indexOf(k) < 0) { keys.push(k); }
      var cell = r.period + "\u0000" + k;
      killed[cell] = (killed[cell] || 0) + r.killed;
      running[cell] = Math.max(running[cell] || 0, r.largestRunningTotal);
    });
    keys.sort();
    var colour = colours(keys, by);
    chart.textContent = "";
    table.textContent = "";
    if (!periods.length) {
      chart.appendChild(html("p", "No killed counts in the dataset.", "muted"));
      return;
    }
    var width = Math.max(chart.clientWidth || 800, 320), height = 320;
    var left = 48, right = 16, top = 16, bottom = 44;
    var plotW = width - left - right, plotH = height - top - bottom;
    var max = 1;
    periods.forEach(function (p) {
      var stack = 0;
      keys.forEach(function (k) {
        stack += killed[p + "\u0000" + k] || 0;
        max = Math.max(max, running[p + "\u0000" + k] || 0);
      });
      max = Math.max(max, stack);
    });
    var step = Math.pow(10, Math.floor(Math.log10(max)));
    var nice = Math.ceil(max / step) * step;
    var y = function (v) { return top + plotH - v / nice * plotH; };
    var band = plotW / periods.length;
    var svg = el("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height,
                          role: "img", "aria-label": "people killed per period", direction: "ltr" });
    for (var i = 0; i <= 4; i++) {
      var v = nice * i / 4;
      svg.appendChild(el("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }));
      svg.appendChild(el("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" },
                         String(Math.round(v))));
    }
    periods.forEach(function (p, i) {
      var x0 = left + i * band, barW = Math.min(band * 0.6, 80), bx = x0 + (band - barW) / 2;
      var stack = 0;
      keys.forEach(function (k) {
        var n = killed[p + "\u0000" + k] || 0;
        if (!n) { return; }
        var rect = el("rect", { x: bx, y: y(stack + n), width: barW, height: y(stack) - y(stack + n),
                                fill: colour[k], class: "bar" });
        rect.appendChild(el("title", {}, p + " · " + label(k, by) + ": " + n + " killed"));
        svg.appendChild(rect);
        stack += n;
      });
      svg.appendChild(el("text", { x: x0 + band / 2, y: height - bottom + 18, "text-anchor": "middle",
                                   class: "tick" }, p));
      keys.forEach(function (k, j) {
        var n = running[p + "\u0000" + k] || 0;
        if (!n) { return; }
        var cx = x0 + band / 2 + (j - (keys.length - 1) / 2) * Math.min(14, band / (keys.length + 1));
        var dot = el("circle", { cx: cx, cy: y(n), r: 5, fill: "#fff", stroke: colour[k],
                                 "stroke-width": 2.5, class: "point running" });
        dot.appendChild(el("title", {}, p + " · " + label(k, by) + ": running total " + n +
                           " (not added)"));
        svg.appendChild(dot);
      });
    });
    // A line per key through its running totals, when there is more than one period.
    keys.forEach(function (k, j) {
      var pts = [];
      periods.forEach(function (p, i) {
        var n = running[p + "\u0000" + k] || 0;
        if (n) { pts.push((left + i * band + band / 2 + (j - (keys.length - 1) / 2) * Math.min(14, band / (keys.length + 1))) + "," + y(n)); }
      });
      if (pts.length > 1) {
        svg.insertBefore(el("polyline", { points: pts.join(" "), fill: "none", stroke: colour[k],
                                          "stroke-dasharray": "4 3", class: "line" }), svg.firstChild.nextSibling);
      }
    });
    svg.appendChild(el("line", { x1: left, x2: width - right, y1: y(0), y2: y(0), class: "axis" }));
    chart.appendChild(svg);
    if (!svg.querySelector("rect.bar")) {
      chart.appendChild(html("p", "No bars: every killed count here is a running total, sub-count " +
                              "or title repeat, so none can be summed. The points show the running totals.", "muted"));
    }
    var legend = html("ul", undefined, "legend");
    keys.forEach(function (k) {
      var li = html("li");
      var sw = html("span", undefined, "swatch");
      sw.style.background = colour[k];
      li.appendChild(sw);
      li.appendChild(document.createTextNode(label(k, by)));
      legend.appendChild(li);
    });
    var note = html("li", "bar: killed, counted once · ○ point: largest running total (not added)", "muted");
    legend.appendChild(note);
    chart.appendChild(legend);
    var head = html("tr");
    ["period", by === "status" ? "victim status" : "side", "killed (counted once)", "largest running total"]
      .forEach(function (h) { head.appendChild(html("th", h)); });
    var thead = html("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = html("tbody");
    periods.forEach(function (p) {
      keys.forEach(function (k) {
        var cell = p + "\u0000" + k;
        if (killed[cell] === undefined) { return; }
        var tr = html("tr");
        [p, label(k, by), String(killed[cell]), String(running[cell] || 0)].forEach(function (t) {
          tr.appendChild(html("td", t));
        });
        body.appendChild(tr);
      });
    });
    table.appendChild(body);
  }

  function load() {
    var per = choice("per"), by = choice("by");
    document.getElementById("rq-link").href = "/timeline.rq?per=" + per;
    document.getElementById("json-link").href = "/timeline.json?per=" + per;
    var got = cache[per] ? Promise.resolve(cache[per]) :
      fetch("/timeline.json?per=" + per).then(function (r) {
        if (!r.ok) { throw new Error("timeline.json: HTTP " + r.status); }
        return r.json();
      });
    got.then(function (data) {
      cache[per] = data;
      document.getElementById("query-link").href = data.query;
      draw(data, by);
      chart.setAttribute("data-per", per);
      chart.setAttribute("data-by", by);
    }).catch(function (e) {
      chart.textContent = "Could not load the timeline: " + e.message;
    });
  }

  form.addEventListener("change", load);
  load();
})();
