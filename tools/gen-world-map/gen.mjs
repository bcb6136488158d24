#!/usr/bin/env node
// Generates crates/web/assets/world-land.path: the SVG path `d` string of the
// world's land outlines (Natural Earth 1:110m, via the npm package
// `world-atlas`), in an equirectangular projection for viewBox "0 0 360 180":
//
//   x = lon + 180,  y = 90 - lat
//
// Usage (from this folder):  npm ci && node gen.mjs
//
// The output is deterministic for a given world-atlas version, so re-running
// the script must leave the committed file unchanged.

import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { feature, merge } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const outFile = resolve(repoRoot, "crates", "web", "assets", "world-land.path");
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// 1. Load land polygons as a list of GeoJSON Polygon coordinate arrays.
// ---------------------------------------------------------------------------

function tryResolve(spec) {
  try {
    const p = require.resolve(spec);
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function loadLandPolygons() {
  const landPath = tryResolve("world-atlas/land-110m.json");
  if (landPath) {
    const topo = JSON.parse(readFileSync(landPath, "utf8"));
    return { source: "world-atlas/land-110m.json", polygons: toPolygons(feature(topo, topo.objects.land)) };
  }
  const countriesPath = tryResolve("world-atlas/countries-110m.json");
  if (countriesPath) {
    const topo = JSON.parse(readFileSync(countriesPath, "utf8"));
    // Dissolve country borders so only coastlines remain.
    const land = merge(topo, topo.objects.countries.geometries);
    return { source: "world-atlas/countries-110m.json (merged)", polygons: toPolygons(land) };
  }
  throw new Error("world-atlas is not installed: run `npm ci` in tools/gen-world-map first");
}

function toPolygons(geo) {
  const out = [];
  const visit = (g) => {
    if (!g) return;
    switch (g.type) {
      case "FeatureCollection": g.features.forEach((f) => visit(f.geometry)); break;
      case "Feature": visit(g.geometry); break;
      case "GeometryCollection": g.geometries.forEach(visit); break;
      case "Polygon": out.push(g.coordinates); break;
      case "MultiPolygon": g.coordinates.forEach((c) => out.push(c)); break;
      default: break; // points/lines carry no land area
    }
  };
  visit(geo);
  return out;
}

// ---------------------------------------------------------------------------
// 2. Cut rings at the antimeridian.
//
// world-atlas keeps rings that straddle lon ±180 whole (Fiji, Chukotka,
// Wrangel Island, Antarctica), so a naive projection would draw a line across
// the whole map. Wherever consecutive points are more than 180° of longitude
// apart, the ring is cut at the antimeridian (latitude interpolated) and a new
// piece starts on the opposite edge.
//   - 0 crossings: the ring is emitted as is, closed with Z.
//   - even count:  the pieces are open polylines from map edge to map edge;
//                  they are emitted as open subpaths (no Z) so fill closes
//                  them along the map edge while no stroke is drawn there.
//   - odd count:   the ring encloses a pole (Antarctica); the single piece is
//                  extended to the pole corners of the map and left open, so
//                  fill closes it along the top/bottom map edge.
// ---------------------------------------------------------------------------

/** @returns {{points: number[][], closed: boolean}[]} in lon/lat */
function cutRing(ring) {
  const pts = ring.slice();
  // GeoJSON rings repeat the first point at the end; drop it (re-added by Z).
  if (pts.length > 1) {
    const a = pts[0], b = pts[pts.length - 1];
    if (a[0] === b[0] && a[1] === b[1]) pts.pop();
  }
  const n = pts.length;
  if (n < 3) return [];

  const pieces = [[pts[0]]];
  let crossings = 0;
  for (let i = 1; i <= n; i++) {
    const a = pts[i - 1];
    const b = pts[i % n];
    const dLon = b[0] - a[0];
    if (Math.abs(dLon) > 180) {
      crossings++;
      const edge = a[0] > 0 ? 180 : -180; // the side `a` is on
      const bLon = b[0] + (dLon > 0 ? -360 : 360); // b unwrapped next to a
      const t = bLon === a[0] ? 0 : (edge - a[0]) / (bLon - a[0]);
      const lat = a[1] + t * (b[1] - a[1]);
      pieces[pieces.length - 1].push([edge, lat]);
      pieces.push([[-edge, lat]]);
    }
    if (i < n) pieces[pieces.length - 1].push(b);
  }

  if (crossings === 0) return [{ points: pieces[0], closed: true }];

  // The ring is cyclic: the part after the last crossing continues into the
  // part before the first one.
  const last = pieces.pop();
  pieces[0] = last.concat(pieces[0]);

  if (crossings % 2 === 0) return pieces.map((p) => ({ points: p, closed: false }));

  // Odd: encircles a pole. Close along the pole (lat ±90) at the map edges.
  const piece = pieces[0];
  const meanLat = piece.reduce((s, p) => s + p[1], 0) / piece.length;
  const pole = meanLat < 0 ? -90 : 90;
  const end = piece[piece.length - 1];
  const start = piece[0];
  // Open subpath from the pole corner, around the continent, to the other
  // pole corner: fill closes it along the map's top/bottom edge, and no
  // segment of it spans the map.
  return [{ points: [[start[0], pole], ...piece, [end[0], pole]], closed: false }];
}

// ---------------------------------------------------------------------------
// 3. Project, round to 0.1, and serialise.
// ---------------------------------------------------------------------------

// Work in integer tenths so rounding is exact and deduplication is reliable.
const project = ([lon, lat]) => [Math.round((lon + 180) * 10), Math.round((90 - lat) * 10)];
const fmt = (tenths) => String(tenths / 10);

function serialise(polygons) {
  const parts = [];
  let subpaths = 0, points = 0, dropped = 0, jumps = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const piece of cutRing(ring)) {
        const q = [];
        for (const p of piece.points) {
          const [x, y] = project(p);
          const prev = q[q.length - 1];
          if (!prev || prev[0] !== x || prev[1] !== y) q.push([x, y]);
        }
        if (piece.closed && q.length > 1) {
          const [f, l] = [q[0], q[q.length - 1]];
          if (f[0] === l[0] && f[1] === l[1]) q.pop(); // Z closes it
        }
        // Fewer than 3 distinct points has no area at this resolution.
        if (q.length < 3) { dropped++; continue; }
        // Safety net: never draw a segment across more than half the map.
        let d = "";
        for (let i = 0; i < q.length; i++) {
          const [x, y] = q[i];
          const jump = i > 0 && Math.abs(x - q[i - 1][0]) > 1800;
          d += (i === 0 || jump ? "M" : "L") + fmt(x) + " " + fmt(y);
          if (jump) { subpaths++; jumps++; }
        }
        if (piece.closed) d += "Z";
        parts.push(d);
        subpaths++;
        points += q.length;
      }
    }
  }
  if (jumps) console.warn(`warning: ${jumps} segment(s) spanning > 180 in x were split`);
  return { d: parts.join(""), subpaths, points, dropped };
}

const { source, polygons } = loadLandPolygons();
const { d, subpaths, points, dropped } = serialise(polygons);

if (!/^(?:[MLZ]|[0-9.]+| )+$/.test(d)) throw new Error("unexpected characters in path");

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, d);
console.log(
  `${relative(repoRoot, outFile)}: ${d.length} bytes, ${subpaths} subpaths, ` +
    `${points} points, ${dropped} degenerate rings dropped (source: ${source})`,
);
