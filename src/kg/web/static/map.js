/* The /map page: markers from /map.json drawn with Leaflet (served from node_modules).
   No tile layer unless the server sets KG_TILE_URL, so the map works offline; the
   gazetteer's places are drawn faintly instead, with their outline. */
(function () {
  "use strict";
  var COLOURS = { civilian: "#c62828", combatant: "#1f5fa8", unknownStatus: "#7b4fa0",
                  operation: "#555555" };
  var box = document.getElementById("map");
  var summary = document.getElementById("map-summary");
  // No fade: a popup is readable (and testable) the moment it opens.
  var map = L.map(box, { zoomSnap: 0.25, fadeAnimation: false });
  var tiles = box.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: "Map tiles: " + new URL(tiles.replace(/[{}]/g, ""), window.location.href).host }).addTo(map);
  } else {
    box.classList.add("no-tiles");
  }

  function radius(p) {
    // Area grows with the count (square root), within bounds that stay readable and clickable.
    if (p.kind === "operation") { return 5; }
    return Math.min(28, 5 + 2 * Math.sqrt(p.count || 1));
  }

  function popup(p) {
    // Built from text nodes: labels come from the data and are never parsed as HTML.
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = p.href;
    a.textContent = p.label;
    a.className = "popup-link";
    div.appendChild(a);
    var lines = [];
    if (p.kind === "observation") {
      lines.push("at " + p.place);
      if (p.running) { lines.push("running total: not added to other counts"); }
      if (p.subcount) { lines.push("sub-count: part of another count"); }
    } else {
      lines.push("military operation at " + p.place);
    }
    if (p.located !== p.place) { lines.push("placed at " + p.located + " (encloses " + p.place + ")"); }
    lines.forEach(function (text) {
      var line = document.createElement("div");
      line.textContent = text;
      div.appendChild(line);
    });
    return div;
  }

  function hull(points) {
    // Andrew's monotone chain over [lon, lat]: the outline drawn when there are no tiles.
    var pts = points.map(function (p) { return [p.lon, p.lat]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    if (pts.length < 3) { return []; }
    function cross(o, a, b) { return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]); }
    var lower = [], upper = [];
    pts.forEach(function (p) {
      while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) { lower.pop(); }
      lower.push(p);
    });
    pts.slice().reverse().forEach(function (p) {
      while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) { upper.pop(); }
      upper.push(p);
    });
    return lower.slice(0, -1).concat(upper.slice(0, -1)).map(function (p) { return [p[1], p[0]]; });
  }

  function spread(groups) {
    // Markers at the same place are fanned out on a small ring (in screen pixels, so the
    // ring keeps its size at every zoom) and each stays clickable.
    groups.forEach(function (g) {
      if (g.markers.length === 1) { return; }
      var centre = map.latLngToLayerPoint(g.at);
      var ring = 10 + 6 * g.markers.length;
      g.markers.forEach(function (m, i) {
        var angle = 2 * Math.PI * i / g.markers.length;
        var p = L.point(centre.x + ring * Math.cos(angle), centre.y + ring * Math.sin(angle));
        m.setLatLng(map.layerPointToLatLng(p));
      });
    });
  }

  fetch("/map.json").then(function (r) {
    if (!r.ok) { throw new Error("map.json: HTTP " + r.status); }
    return r.json();
  }).then(function (data) {
    if (!tiles && data.places.length) {
      var outline = hull(data.places);
      if (outline.length) {
        L.polygon(outline, { color: "#9aa5b1", weight: 1, dashArray: "4 4", fillColor: "#eef2f5",
                             fillOpacity: 0.6, interactive: false }).addTo(map);
      }
      data.places.forEach(function (p) {
        L.circleMarker([p.lat, p.lon], { radius: 1.5, color: "#9aa5b1", weight: 1,
                                         fillOpacity: 0.8, interactive: false }).addTo(map);
      });
    }
    var groups = {};
    var bounds = [];
    // Big circles first, so smaller ones stay on top and clickable.
    data.points.slice().sort(function (a, b) { return radius(b) - radius(a); }).forEach(function (p) {
      var colour = COLOURS[p.kind === "operation" ? "operation" : p.status] || COLOURS.unknownStatus;
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: radius(p), color: colour, weight: p.running ? 2 : 1.5, fillColor: colour,
        fillOpacity: p.kind === "operation" ? 0.35 : 0.55, dashArray: p.running ? "4 3" : null,
        className: "kg-marker kg-" + p.kind + (p.status ? " kg-" + p.status : "")
      }).bindPopup(popup(p)).addTo(map);
      var key = p.lat + "," + p.lon;
      (groups[key] = groups[key] || { at: L.latLng(p.lat, p.lon), name: p.located, markers: [] })
        .markers.push(marker);
      bounds.push([p.lat, p.lon]);
    });
    var all = bounds.length ? bounds : data.places.map(function (p) { return [p.lat, p.lon]; });
    if (all.length) {
      map.fitBounds(L.latLngBounds(all).pad(0.5), { maxZoom: 12 });
    } else {
      map.setView([35, 38.5], 6);
    }
    var list = Object.keys(groups).map(function (k) { return groups[k]; });
    spread(list);
    list.forEach(function (g) {
      // The place's name at the centre of its ring of markers.
      L.tooltip({ permanent: true, direction: "center", className: "place-label", interactive: false })
        .setLatLng(g.at).setContent(g.name).addTo(map);
    });
    map.on("zoomend", function () { spread(list); });
    summary.textContent = data.points.length + " marker(s) at " + list.length + " place(s).";
    box.setAttribute("data-markers", String(data.points.length));
  }).catch(function (e) {
    summary.textContent = "Could not load the map data: " + e.message;
  });
})();
