// The configuration table of deploy/README.md, read from the services themselves:
//   node deploy/check/config-table.mjs          prints the table's rows (variable and each service's default)
//   node deploy/check/config-table.mjs --check  fails when README's table misses a variable or shows another default
// Sources: every key of each service's src/main/resources/application.properties (the %test profile aside), the
// ${key:default} expressions in its Java sources (e.g. @Scheduled intervals), the methods of its @ConfigMapping
// interfaces (with their @WithDefault), and the variables a deployment sets that have no line of their own there
// (listed below, each with the reason).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const services = ["agency-service", "committee-service", "reporting-service"];

// Quarkus/SmallRye: an environment variable is the property name in upper case, every other character an underscore
const envName = (key) => key.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();

// read by the services but set by no line of application.properties (their comments name them)
const unset = {
  QUARKUS_DATASOURCE_PASSWORD: "(empty)",
  MP_JWT_VERIFY_PUBLICKEY_LOCATION: "(none: no token is accepted)",
  SMALLRYE_JWT_PATH_GROUPS: "groups",
  QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: "http://localhost:4317/",
};

function javaFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? javaFiles(path) : name.endsWith(".java") ? [path] : [];
  });
}

export function configuration() {
  const rows = new Map(); // env name -> { service -> default }
  const put = (env, service, value) => {
    if (!rows.has(env)) rows.set(env, {});
    rows.get(env)[service] = value === "" ? "(empty)" : value;
  };
  for (const service of services) {
    const properties = readFileSync(join(root, service, "src/main/resources/application.properties"), "utf8");
    for (const line of properties.split("\n")) {
      const match = line.match(/^([^#!\s][^=]*?)\s*=\s*(.*)$/);
      if (!match || match[1].startsWith("%")) continue;
      const [, key, value] = match;
      // quarkus.rest-client.agency-service.url=${SMARTCITY_AGENCY_URL:http://localhost:8081}: the variable is the
      // expression's own name; the property's name would work too, but this is the one the services document
      const expression = value.match(/^\$\{([A-Z][A-Z0-9_]*):(.*)\}$/);
      if (expression) put(expression[1], service, expression[2]);
      else put(envName(key), service, value);
    }
    for (const file of javaFiles(join(root, service, "src/main/java"))) {
      const java = readFileSync(file, "utf8");
      for (const [, key, value] of java.matchAll(/"\$\{([a-z][a-z0-9.-]*):([^}]*)\}"/g)) {
        if (!rows.get(envName(key))?.[service]) put(envName(key), service, value);
      }
      // @ConfigMapping(prefix = "smartcity.webhooks") interface: retryDelays() is smartcity.webhooks.retry-delays
      const mapping = java.match(/@ConfigMapping\(prefix\s*=\s*"([^"]+)"\)/);
      if (mapping) {
        const body = java.slice(java.indexOf("{", mapping.index) + 1).replace(/\/\*[\s\S]*?\*\//g, "");
        for (const [, annotations, name] of body.matchAll(/((?:\s*@\w+(?:\([^)]*\))?)*)\s*[\w<>, ?]+\s+(\w+)\(\)\s*;/g)) {
          const key = `${mapping[1]}.${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
          const value = annotations.match(/@WithDefault\("([^"]*)"\)/)?.[1];
          if (!rows.get(envName(key))?.[service]) put(envName(key), service, value ?? "(none)");
        }
      }
    }
    for (const [env, value] of Object.entries(unset)) if (!rows.get(env)?.[service]) put(env, service, value);
  }
  return rows;
}

// long texts (OpenAPI descriptions) would drown the table: README points to the file for them
const cell = (value) =>
  value === undefined ? "–" : value.startsWith("(") ? value : value.length > 60 ? "(text in application.properties)" : `\`${value}\``;

function rowsAsMarkdown(rows) {
  return [...rows.entries()].map(([env, defaults]) => `| \`${env}\` | ${services.map((s) => cell(defaults[s])).join(" | ")} |  |`);
}

const rows = configuration();
if (process.argv.includes("--check")) {
  const readme = readFileSync(join(root, "deploy/README.md"), "utf8");
  const documented = new Map();
  for (const line of readme.split("\n")) {
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    const name = cells[0]?.match(/^`([A-Z][A-Z0-9_]*)`$/);
    if (name && cells.length === 5) documented.set(name[1], cells.slice(1, 4));
  }
  const problems = [];
  for (const [env, defaults] of rows) {
    const expected = services.map((s) => cell(defaults[s]));
    const actual = documented.get(env);
    if (!actual) problems.push(`${env} is read by the services but missing from deploy/README.md's configuration table`);
    else if (actual.join("|") !== expected.join("|")) problems.push(`${env}: README shows defaults ${actual.join(", ")}; the services have ${expected.join(", ")}`);
  }
  console.log(`${rows.size} configuration variables compared with deploy/README.md`);
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log("configuration table: matches the services");
} else {
  console.log(`| variable | ${services.join(" | ")} | meaning |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  console.log(rowsAsMarkdown(rows).join("\n"));
}
