// After the Maven build: does every Dockerfile COPY find its sources in the build context, for every image the
// compose file builds, and does the Dockerfile's ignore file let them through? (No container engine needed.)
//   ./mvnw -B package -DskipTests && node deploy/check/dockerfiles.mjs
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const composeDir = resolve(here, "..", "compose");
const compose = parse(readFileSync(join(composeDir, "compose.yaml"), "utf8"), { merge: true });
const problems = [];

// The ignore file BuildKit uses: <Dockerfile>.dockerignore beside the Dockerfile, else the context's .dockerignore.
// The last pattern that matches a path, or one of its parent directories, decides.
function dockerignore(context, dockerfile) {
  const beside = `${dockerfile}.dockerignore`;
  const file = existsSync(beside) ? beside : join(context, ".dockerignore");
  const rules = existsSync(file)
    ? readFileSync(file, "utf8").split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")).map((line) => {
        const negated = line.startsWith("!");
        const pattern = (negated ? line.slice(1) : line).replace(/^\/+|\/+$/g, "");
        const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`);
        return { negated, regex };
      })
    : [];
  return (path) => {
    const parts = path.split("/");
    const candidates = parts.map((_, index) => parts.slice(0, index + 1).join("/"));
    let included = true;
    for (const rule of rules) if (candidates.some((candidate) => rule.regex.test(candidate))) included = rule.negated;
    return included;
  };
}

let copies = 0;
for (const [name, service] of Object.entries(compose.services)) {
  if (!service.build) continue;
  const context = resolve(composeDir, service.build.context ?? ".");
  const dockerfile = join(context, service.build.dockerfile ?? "Dockerfile");
  const args = { ...(service.build.args ?? {}) };
  const included = dockerignore(context, dockerfile);
  const lines = readFileSync(dockerfile, "utf8").replace(/\\\n/g, " ").split("\n");
  for (const line of lines) {
    const arg = line.match(/^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(\S*))?/);
    if (arg && !(arg[1] in args)) args[arg[1]] = arg[2];
    const copy = line.match(/^\s*(?:COPY|ADD)\s+(.*)$/i);
    if (!copy) continue;
    const words = copy[1].split(/\s+/).filter((word) => word && !word.startsWith("--"));
    for (const source of words.slice(0, -1)) {
      const path = source.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, variable) => args[variable] ?? `<${variable} unset>`).replace(/\/+$/, "");
      copies++;
      const where = `${relative(process.cwd(), dockerfile)} for ${name}: COPY ${path}`;
      if (!existsSync(join(context, path))) problems.push(`${where}: not found in the build context ${context} (was the service built?)`);
      else if (!included(path)) problems.push(`${where}: excluded by the ignore file`);
    }
  }
}

console.log(`${copies} COPY sources checked`);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("Dockerfiles: every COPY source exists and is in the build context");
