#!/usr/bin/env node
// No import cycle among a service's packages (README.md, "Conventions"): reads each service's compiled classes with the
// JDK's jdeps, builds the graph of its packages (smartcity.<service>.*) and fails on every strongly connected component
// of more than one package, naming the class dependencies that close it. Run after the build (it reads target/classes).
//
//   node deploy/check/package-cycles.mjs            all three services
//   node deploy/check/package-cycles.mjs <classes>  one compiled-classes directory
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const targets = process.argv.length > 2 ? process.argv.slice(2)
  : ['agency-service', 'committee-service', 'reporting-service'].map((s) => path.join(root, s, 'target/classes'));

const jdeps = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/jdeps') : 'jdeps';

/** The class-level edges between different packages of the application, from jdeps -verbose:class. */
function edges(classes) {
  const out = execFileSync(jdeps, ['-verbose:class', '-filter:none', classes], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const found = [];
  for (const line of out.split('\n')) {
    const m = line.trim().match(/^(smartcity\.[\w.$]+)\s+->\s+(smartcity\.[\w.$]+)\s/);
    if (!m) continue;
    const from = m[1].slice(0, m[1].lastIndexOf('.'));
    const to = m[2].slice(0, m[2].lastIndexOf('.'));
    if (from !== to) found.push({ from, to, fromClass: m[1], toClass: m[2] });
  }
  return found;
}

/** Tarjan's strongly connected components of more than one node. */
function cycles(graph) {
  let index = 0;
  const idx = new Map(), low = new Map(), stack = [], on = new Set(), result = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do { w = stack.pop(); on.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1) result.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return result;
}

let failed = false;
for (const classes of targets) {
  if (!existsSync(classes)) {
    console.error(`${classes}: not built (run ./mvnw verify first)`);
    failed = true;
    continue;
  }
  const found = edges(classes);
  const graph = new Map();
  for (const e of found) {
    if (!graph.has(e.from)) graph.set(e.from, new Set());
    if (!graph.has(e.to)) graph.set(e.to, new Set());
    graph.get(e.from).add(e.to);
  }
  const bad = cycles(graph);
  const name = path.relative(root, classes) || classes;
  if (bad.length === 0) {
    console.log(`${name}: ${graph.size} packages, no import cycle`);
    continue;
  }
  failed = true;
  for (const component of bad) {
    const members = new Set(component);
    console.error(`${name}: import cycle among ${component.join(', ')}`);
    const seen = new Set();
    for (const e of found) {
      const key = `${e.fromClass} -> ${e.toClass}`;
      if (members.has(e.from) && members.has(e.to) && !seen.has(key)) {
        seen.add(key);
        console.error(`  ${key}`);
      }
    }
  }
}
process.exit(failed ? 1 : 0);
