// The platform code: what every service must do identically (problem vocabulary, paging, body-shape and query-parameter
// problems, the body size limit, idempotency, roles and authentication problems, their migration, the test helpers that
// prove them). The services share no module (see README.md, "Platform code"), so each carries a copy; one copy is
// canonical and the others must equal it once its package name is replaced by theirs.
//   node deploy/check/platform.mjs            fails, naming each file, when a copy differs from the canonical one
//   node deploy/check/platform.mjs --write    rewrites the copies from the canonical ones (edit the canonical, then run it)
//   node deploy/check/platform.mjs --count    also prints how many lines of each service's main code are platform copies
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const write = process.argv.includes("--write");
const count = process.argv.includes("--count");

const pkg = (service) => service.replace(/-service$/, ""); // agency-service -> agency (smartcity.agency)

// Each entry: a folder (every file in it, recursively) or a single file, relative to the service; {p} is the service's
// package folder (smartcity/agency). `own` lists what in a folder belongs to one service alone: the canonical's own
// files are not copied, a copy's own files are left alone; any other file in a copy's folder is an error (a stale copy).
const platform = [
  {
    canonical: "agency-service",
    copies: ["committee-service", "reporting-service"],
    folders: [
      { path: "src/main/java/{p}/api", own: {
        // the OpenAPI document's info and server: each service's own
        "*": ["package-info.java"],
        // the report CSVs and a rule of survey rounds' dates
        "reporting-service": ["CsvTable.java", "CsvWriter.java", "DatesInOrder.java"],
      } },
      { path: "src/main/java/{p}/idempotency" },
      // the audit columns every mutable record keeps (a @MappedSuperclass)
      { path: "src/main/java/{p}/persistence" },
      // Caller holds each service's object-level rules (which agency an editor acts for)
      { path: "src/main/java/{p}/security", own: { "*": ["Caller.java"] } },
    ],
    files: [
      "src/test/java/{p}/Tokens.java",
      "src/test/java/{p}/idempotency/IdempotencyKeySyntaxTest.java",
      "src/test/java/{p}/api/ProblemInstanceTest.java",
      "src/test/java/{p}/api/JsonReadingTest.java",
      "src/test/java/{p}/api/MergePatchTest.java",
      "src/test/java/{p}/security/TokenTimesTest.java",
      // what every service promises (health, documents, problems); each service's ServiceContractTest extends it
      "src/test/java/{p}/api/ServiceContract.java",
      // the Idempotency-Key protocol on every create; each service's IdempotencyKeyTest extends it
      "src/test/java/{p}/idempotency/IdempotencyContract.java",
    ],
    // the same table in every service, under each service's own migration number
    migrations: ["idempotency_records.sql"],
  },
  {
    // the change-feed loop (cursor, metrics, freshness): only the services that follow a neighbour's feed have it
    canonical: "reporting-service",
    copies: ["committee-service"],
    folders: [{ path: "src/main/java/{p}/feed" }],
    files: [],
    migrations: [],
  },
];

const problems = [];
const copied = new Map(); // service -> lines of main code that are platform copies

function filesBelow(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path).map((f) => join(name, f)) : [name];
  });
}

function rewrite(text, from, to) {
  return text.replace(new RegExp(`\\bsmartcity([./])${pkg(from)}\\b`, "g"), `smartcity$1${pkg(to)}`);
}

function compare(canonicalPath, copyPath, from, to) {
  const expected = rewrite(readFileSync(canonicalPath, "utf8"), from, to);
  const actual = existsSync(copyPath) ? readFileSync(copyPath, "utf8") : null;
  const relative = copyPath.slice(root.length + 1);
  if (actual === expected) {
    return expected;
  }
  if (write) {
    mkdirSync(dirname(copyPath), { recursive: true });
    writeFileSync(copyPath, expected);
    console.log(`wrote ${relative}`);
  } else if (actual === null) {
    problems.push(`${relative} is missing (canonical: ${canonicalPath.slice(root.length + 1)})`);
  } else {
    const a = actual.split("\n");
    const e = expected.split("\n");
    let line = 0;
    while (line < a.length && line < e.length && a[line] === e[line]) line++;
    problems.push(`${relative} differs from ${canonicalPath.slice(root.length + 1)} from line ${line + 1}: `
      + `${JSON.stringify((a[line] ?? "(end of file)").trim())} where the canonical copy has `
      + `${JSON.stringify((e[line] ?? "(end of file)").trim())}`);
  }
  return expected;
}

function addLines(service, path, text) {
  if (path.includes("/src/main/")) {
    copied.set(service, (copied.get(service) ?? 0) + text.split("\n").filter((l) => l.trim() !== "").length);
  }
}

function migration(service, suffix) {
  const dir = join(root, service, "src/main/resources/db/migration");
  const found = filesBelow(dir).filter((name) => name.endsWith(`__${suffix}`));
  if (found.length !== 1) {
    problems.push(`${service}: expected one migration named V<n>__${suffix}, found ${found.length}`);
    return null;
  }
  return join(dir, found[0]);
}

for (const set of platform) {
  for (const folder of set.folders) {
    const own = (service) => [...(folder.own?.["*"] ?? []), ...(folder.own?.[service] ?? [])];
    const canonicalDir = join(root, set.canonical, folder.path.replace("{p}", `smartcity/${pkg(set.canonical)}`));
    const shared = filesBelow(canonicalDir).filter((f) => !own(set.canonical).includes(f));
    if (shared.length === 0) problems.push(`${canonicalDir.slice(root.length + 1)} has no files`);
    for (const file of shared) {
      addLines(set.canonical, canonicalDir, readFileSync(join(canonicalDir, file), "utf8"));
    }
    for (const service of set.copies) {
      const dir = join(root, service, folder.path.replace("{p}", `smartcity/${pkg(service)}`));
      for (const file of shared) {
        addLines(service, dir, compare(join(canonicalDir, file), join(dir, file), set.canonical, service));
      }
      for (const file of filesBelow(dir)) {
        if (!shared.includes(file) && !own(service).includes(file)) {
          problems.push(`${join(dir, file).slice(root.length + 1)} is in a platform package but not in the canonical `
            + `copy (${canonicalDir.slice(root.length + 1)}): add it there, or list it as ${service}'s own in deploy/check/platform.mjs`);
        }
      }
    }
  }
  for (const file of set.files) {
    const canonicalPath = join(root, set.canonical, file.replace("{p}", `smartcity/${pkg(set.canonical)}`));
    if (!existsSync(canonicalPath)) {
      problems.push(`${canonicalPath.slice(root.length + 1)} (canonical) is missing`);
      continue;
    }
    for (const service of set.copies) {
      compare(canonicalPath, join(root, service, file.replace("{p}", `smartcity/${pkg(service)}`)), set.canonical, service);
    }
  }
  for (const suffix of set.migrations) {
    const canonicalPath = migration(set.canonical, suffix);
    for (const service of set.copies) {
      const copyPath = migration(service, suffix);
      if (canonicalPath && copyPath) {
        compare(canonicalPath, copyPath, set.canonical, service);
      }
    }
  }
}

if (count) {
  for (const service of ["agency-service", "committee-service", "reporting-service"]) {
    const main = join(root, service, "src/main/java");
    const all = filesBelow(main).filter((f) => f.endsWith(".java"))
      .reduce((n, f) => n + readFileSync(join(main, f), "utf8").split("\n").filter((l) => l.trim() !== "").length, 0);
    console.log(`${service}: ${copied.get(service) ?? 0} of ${all} non-blank lines of main Java code are platform code`);
  }
}

if (problems.length > 0) {
  console.error("Platform code differs from its canonical copy (edit the canonical copy, then run "
    + "`node deploy/check/platform.mjs --write`):");
  for (const problem of problems) console.error(`- ${problem}`);
  process.exit(1);
}
console.log(write ? "Platform copies written from the canonical ones." : "Platform copies equal the canonical ones.");
