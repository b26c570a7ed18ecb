// Offline check of rendered Kubernetes manifests (no cluster needed):
//   kubectl kustomize deploy/k8s/overlays/prod > prod.yaml && node deploy/check/k8s.mjs prod.yaml [more.yaml ...]
// 1. every object against the Kubernetes API schema of kubernetes-models (types, enums, required fields; it does not
//    reject unknown fields),
// 2. what the schema cannot see: references between the objects (Service → pods and ports, Ingress → Services, HPA and
//    PDB → Deployments, NetworkPolicies → pods, ConfigMaps), and the suite's own rules: no Secret values, probes on
//    /q/health/* on the management port (never routed by a Service), requests and limits, non-root with a read-only root filesystem and /tmp on an emptyDir, and every
//    Secret the pods read is documented in deploy/README.md.
// With --schema-only, only 1. (for deploy/k8s/examples, which are fragments with placeholder Secrets).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "README.md"), "utf8");
const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

async function modelFor(apiVersion, kind) {
  const path = apiVersion.includes("/") ? apiVersion : `v1`;
  const module = await import(`kubernetes-models/${path}`);
  return module[kind];
}

const matches = (selector, labels) => {
  if (!selector || !labels) return false;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, key);
    if (operator === "In" && !(has && values.includes(labels[key]))) return false;
    if (operator === "NotIn" && has && values.includes(labels[key])) return false;
    if (operator === "Exists" && !has) return false;
    if (operator === "DoesNotExist" && has) return false;
  }
  return true;
};

async function checkFile(file) {
  const objects = [];
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length) {
      problem(file, `YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = document.toJS();
    if (object) objects.push(object);
  }
  if (objects.length === 0) problem(file, "no objects");

  for (const object of objects) {
    const where = `${file}: ${object.kind}/${object.metadata?.name}`;
    const Model = await modelFor(object.apiVersion, object.kind).catch(() => undefined);
    if (!Model) {
      problem(where, `unknown apiVersion/kind ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problem(where, error.message);
    }
  }

  if (schemaOnly) return objects.length;
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => byKind(kind).find((o) => o.metadata.name === name);
  const workloads = [...byKind("Deployment"), ...byKind("Job")];
  const templates = workloads.map((w) => ({ workload: w, template: w.spec.template }));

  for (const secret of byKind("Secret")) problem(`${file}: Secret/${secret.metadata.name}`, "Secret values do not belong in the manifests");

  for (const { workload, template } of templates) {
    const where = `${file}: ${workload.kind}/${workload.metadata.name}`;
    if (workload.kind === "Deployment" && !matches(workload.spec.selector, template.metadata?.labels)) problem(where, "selector does not match the pod template's labels");
    const pod = template.spec;
    if (pod.securityContext?.runAsNonRoot !== true) problem(where, "pod must set securityContext.runAsNonRoot: true");
    const emptyDirs = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
    for (const container of pod.containers) {
      const at = `${where} container ${container.name}`;
      if (container.securityContext?.readOnlyRootFilesystem !== true) problem(at, "readOnlyRootFilesystem must be true");
      if (container.securityContext?.allowPrivilegeEscalation !== false) problem(at, "allowPrivilegeEscalation must be false");
      if (!(container.volumeMounts ?? []).some((m) => m.mountPath === "/tmp" && emptyDirs.has(m.name))) problem(at, "/tmp must be an emptyDir (the root filesystem is read-only)");
      for (const part of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) if (!container.resources?.[part]?.[resource]) problem(at, `resources.${part}.${resource} is missing`);
      }
      if (workload.kind === "Deployment") {
        for (const [probe, path] of [["startupProbe", "/q/health/started"], ["livenessProbe", "/q/health/live"], ["readinessProbe", "/q/health/ready"]]) {
          const get = container[probe]?.httpGet;
          if (get?.path !== path) problem(at, `${probe} must GET ${path}`);
          else if (get.port !== "management") problem(at, `${probe} must use the management port (health is not served on the public one)`);
          else if (typeof get.port === "string" && !(container.ports ?? []).some((p) => p.name === get.port)) problem(at, `${probe} names port ${get.port}, which the container does not declare`);
        }
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !named("ConfigMap", source.configMapRef.name)) problem(at, `ConfigMap ${source.configMapRef.name} is not in the manifests`);
      }
      for (const variable of container.env ?? []) {
        const secret = variable.valueFrom?.secretKeyRef;
        if (secret && !(readme.includes(`\`${secret.name}\``) && readme.includes(`\`${secret.key}\``))) problem(at, `Secret ${secret.name} (key ${secret.key}) is not documented in deploy/README.md`);
        if (variable.value !== undefined && /PASSWORD|SECRET|PRIVATE/i.test(variable.name)) problem(at, `${variable.name} has a literal value: use a secretKeyRef`);
      }
    }
  }

  const podsSelectedBy = (selector) => templates.filter(({ template }) => matches(selector, template.metadata?.labels));
  for (const service of byKind("Service")) {
    const where = `${file}: Service/${service.metadata.name}`;
    const pods = podsSelectedBy({ matchLabels: service.spec.selector });
    if (pods.length === 0) problem(where, "selects no pod template");
    for (const port of service.spec.ports) {
      if (port.targetPort === "management" || port.name === "management") problem(where, "routes the management port: health and metrics are for the kubelet and Prometheus only");
      if (typeof port.targetPort === "string" && !pods.some(({ template }) => template.spec.containers.some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort)))) problem(where, `targetPort ${port.targetPort} is not a port of the pods it selects`);
    }
  }
  for (const ingress of byKind("Ingress")) {
    for (const rule of ingress.spec.rules ?? []) {
      for (const { path, backend } of rule.http?.paths ?? []) {
        const where = `${file}: Ingress/${ingress.metadata.name} ${rule.host}${path}`;
        const service = named("Service", backend.service?.name);
        if (!service) problem(where, `Service ${backend.service?.name} is not in the manifests`);
        else if (backend.service.port?.name && !service.spec.ports.some((p) => p.name === backend.service.port.name)) problem(where, `Service ${service.metadata.name} has no port named ${backend.service.port.name}`);
      }
    }
  }
  for (const autoscaler of byKind("HorizontalPodAutoscaler")) {
    const target = autoscaler.spec.scaleTargetRef;
    if (!named(target.kind, target.name)) problem(`${file}: HorizontalPodAutoscaler/${autoscaler.metadata.name}`, `scales ${target.kind}/${target.name}, which is not in the manifests`);
    if (autoscaler.spec.minReplicas > autoscaler.spec.maxReplicas) problem(`${file}: HorizontalPodAutoscaler/${autoscaler.metadata.name}`, "minReplicas > maxReplicas");
  }
  for (const budget of byKind("PodDisruptionBudget")) {
    if (podsSelectedBy(budget.spec.selector).length === 0) problem(`${file}: PodDisruptionBudget/${budget.metadata.name}`, "selects no pod template");
  }
  for (const policy of byKind("NetworkPolicy")) {
    const where = `${file}: NetworkPolicy/${policy.metadata.name}`;
    const selectsAll = Object.keys(policy.spec.podSelector ?? {}).length === 0;
    if (!selectsAll && podsSelectedBy(policy.spec.podSelector).length === 0) problem(where, "podSelector selects no pod template");
    for (const rule of [...(policy.spec.ingress ?? []), ...(policy.spec.egress ?? [])]) {
      for (const peer of [...(rule.from ?? []), ...(rule.to ?? [])]) {
        if (peer.podSelector && !peer.namespaceSelector && podsSelectedBy(peer.podSelector).length === 0) problem(where, "a peer podSelector selects no pod template in this namespace");
      }
    }
  }
  return objects.length;
}

const schemaOnly = process.argv.includes("--schema-only");
const files = process.argv.slice(2).filter((argument) => argument !== "--schema-only");
if (files.length === 0) {
  console.error("usage: node k8s.mjs [--schema-only] RENDERED.yaml ...");
  process.exit(2);
}
for (const file of files) {
  const count = await checkFile(file);
  console.log(`${file}: ${count} objects checked`);
}
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("Kubernetes manifests: no problems");
