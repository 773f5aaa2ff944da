// The desk's maps: an offline basemap of country outlines (world-atlas, vendored), incidents as
// circles sized by their outlets, and a group's footprint (its countries shaded, its cities as dots).
// An incident placed no closer than an area (a country, a state, a region) is a hollow dashed circle
// over that area's outline (world-atlas, us-atlas) or, where no outline is vendored, a dashed ring of
// the area's rough size: the map never shows a point the reports did not give.
// Data come from the page's own API; everything shown from documents is set as text, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var map = L.map(el, { worldCopyJump: true, attributionControl: true }).setView([10, -60], 3);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Country outlines: Natural Earth via world-atlas");
  var shaded = (el.dataset.countries || "").split(",").filter(Boolean);

  function get(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }

  function popup(lines, href) {
    var box = document.createElement("div");
    lines.forEach(function (line, i) {
      var p = document.createElement(i === 0 && href ? "a" : "div");
      if (i === 0 && href) { p.href = href; }
      p.textContent = line;
      box.appendChild(p);
    });
    return box;
  }

  // Lines that cross the antimeridian would be drawn across the whole map: cut them there.
  function cut(lines) {
    var out = [];
    lines.forEach(function (line) {
      var part = [line[0]];
      for (var i = 1; i < line.length; i++) {
        if (Math.abs(line[i][0] - line[i - 1][0]) > 180) { out.push(part); part = []; }
        part.push(line[i]);
      }
      out.push(part);
    });
    return out.filter(function (l) { return l.length > 1; });
  }

  var basemap = get(el.dataset.basemap).then(function (topo) {
    var countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {  // fills only: a ring's jump across the antimeridian has no width without a stroke
      interactive: false,
      style: function (f) {
        var hit = shaded.indexOf(String(f.id)) >= 0;
        return { stroke: false, fillColor: hit ? "#e8b04a" : "#f4f1ea", fillOpacity: hit ? 0.7 : 1, className: hit ? "footprint-country" : "country" };
      }
    }).addTo(map);
    var borders = topojson.mesh(topo, topo.objects.countries);
    L.geoJSON({ type: "MultiLineString", coordinates: cut(borders.coordinates) },
              { interactive: false, style: { color: "#8a8f98", weight: 0.6 } }).addTo(map);
    return topo;
  });

  var bounds = [];
  var incidents = L.layerGroup().addTo(map);
  var areas = L.layerGroup().addTo(map);
  var POINT = { exact: true, city: true };
  var RADIUS_KM = { admin2: 50, admin1: 150, country: 500, region: 1500, continent: 2500 };
  var WORDS = { admin2: "somewhere in this district", admin1: "somewhere in this state or province", country: "somewhere in this country",
                region: "somewhere in this region", continent: "somewhere on this continent" };
  var outlined = {};  // "layer:id" of the area outlines to draw
  var AREA_STYLE = { color: "#7a1f1f", weight: 1.5, dashArray: "4 4", fillColor: "#c0392b", fillOpacity: 0.06, interactive: false, className: "incident-area" };

  function drawOutlines(topo, object, layer) {
    var wanted = Object.keys(outlined).filter(function (k) { return k.indexOf(layer + ":") === 0; });
    if (!wanted.length) { return; }
    var all = topojson.feature(topo, topo.objects[object]).features;
    L.geoJSON({ type: "FeatureCollection", features: all.filter(function (f) { return outlined[layer + ":" + f.id]; }) },
              { style: function () { return AREA_STYLE; } }).addTo(areas);
  }

  var loaded = get(el.dataset.incidents).then(function (fc) {
    fc.features.forEach(function (f) {
      var p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      var point = POINT[p.place_precision] || !p.place_precision;
      var marker = L.circleMarker(ll, point ? {
        radius: 4 + 2.5 * Math.min(p.outlets, 6), color: "#7a1f1f", weight: 1, fillColor: "#c0392b", fillOpacity: 0.7,
        className: "incident-marker"
      } : {
        radius: 4 + 2.5 * Math.min(p.outlets, 6), color: "#7a1f1f", weight: 2, dashArray: "3 3", fillColor: "#c0392b", fillOpacity: 0.15,
        className: "incident-marker incident-imprecise"
      });
      if (!point && p.area) {
        outlined[p.area.layer + ":" + p.area.id] = true;
      } else if (!point && RADIUS_KM[p.place_precision]) {
        L.circle(ll, Object.assign({}, AREA_STYLE, { radius: 1000 * RADIUS_KM[p.place_precision] })).addTo(areas);
      }
      marker.bindPopup(popup([
        (p.subtype || p.type) + (p.place ? " in " + p.place : "") + (point ? "" : " (" + (WORDS[p.place_precision] || "an area") + ")"),
        (p.date_value || (p.first_reported || "").slice(0, 10)) + " · " + p.outlets + " outlet" + (p.outlets === 1 ? "" : "s"),
        (p.groups || []).map(function (g) {
          var how = (p.group_strengths || {})[g];
          return how ? g + " (" + how + ")" : g;
        }).join(", ")
      ], "/incidents/" + encodeURIComponent(p.id)));
      incidents.addLayer(marker);
      bounds.push(ll);
    });
    var count = document.getElementById("map-count");
    if (count) { count.textContent = String(fc.features.length); }
    el.dataset.markers = String(fc.features.length);
  });

  var footprint = el.dataset.footprint ? get(el.dataset.footprint).then(function (fc) {
    fc.features.forEach(function (f) {
      var p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      L.circleMarker(ll, { radius: 4, color: "#1f4e79", weight: 2, fillColor: "#ffffff", fillOpacity: 1, className: "footprint-marker" })
        .bindPopup(popup([p.place + ", " + p.country, "first reported " + p.first_reported.slice(0, 10), p.reports + " reports"]))
        .addTo(map);
      bounds.push(ll);
    });
  }) : Promise.resolve();

  var outlines = Promise.all([basemap, loaded]).then(function (done) {
    drawOutlines(done[0], "countries", "countries");
    if (!el.dataset.states || !Object.keys(outlined).some(function (k) { return k.indexOf("states:") === 0; })) { return null; }
    return get(el.dataset.states).then(function (topo) { drawOutlines(topo, "states", "states"); });
  });

  Promise.all([basemap, loaded, footprint, outlines]).then(function () {
    incidents.eachLayer(function (m) { m.bringToFront(); });
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6, animate: false }); }
    el.dataset.ready = "true";
  }).catch(function (e) { el.dataset.error = String(e); el.dataset.ready = "true"; });
})();
