#!/usr/bin/env bash
# Checks the deployment files without a Docker engine or a Kubernetes cluster:
#  1. every YAML file parses (python3 + PyYAML), and yamllint finds no error where it is installed;
#  2. the Dockerfile lints (dockerfile-utils, from npm);
#  3. the build context that .dockerignore leaves holds what the Dockerfile copies, and no secrets or build output;
#  4. both kustomizations build (kubectl kustomize, where kubectl is installed);
#  5. every Kubernetes manifest validates against the Kubernetes JSON schemas (kubernetes-models, from npm), and
#     type-checks against its TypeScript interfaces, which also rejects unknown field names.
# The npm tools go to a temporary folder. Building the image, running compose and applying the manifests need a
# Docker engine and a cluster: this script does none of that.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deploy="$root/deploy"
tools=$(mktemp -d /tmp/warmewijk-validate.XXXXXX)
trap 'rm -rf "$tools"' EXIT
failed=0
check() { local name=$1; shift; if "$@"; then echo "ok      $name"; else echo "FAILED  $name"; failed=1; fi; }

echo "== tools (npm, into $tools)"
(cd "$tools" && printf '{"type":"module","private":true}' > package.json &&
  npm install --no-audit --no-fund --silent dockerfile-utils@0.16.3 @balena/dockerignore@1.0.2 \
    kubernetes-models@5.1.0 yaml@2 typescript@5.9.3 >/dev/null)

yaml_files=("$deploy/compose.yaml" "$deploy"/k8s/*.yaml "$deploy"/k8s/migrate/*.yaml)
manifests=("$deploy"/k8s/{configmap,deployment,service,hpa,pdb,secret.example}.yaml "$deploy/k8s/migrate/job.yaml")

echo "== 1. YAML"
check "YAML parses: ${#yaml_files[@]} files" python3 -c '
import sys, yaml
for f in sys.argv[1:]:
    list(yaml.safe_load_all(open(f)))' "${yaml_files[@]}"
if command -v yamllint >/dev/null; then
  check "yamllint (errors only)" yamllint -d '{extends: relaxed, rules: {line-length: disable}}' --no-warnings "${yaml_files[@]}"
else
  echo "skipped yamllint (not installed; Debian: apt-get install yamllint)"
fi

echo "== 2. Dockerfile"
check "dockerfile-utils lint deploy/Dockerfile" "$tools/node_modules/.bin/dockerfile-utils" lint "$deploy/Dockerfile"

echo "== 3. build context (.dockerignore)"
cat > "$tools/context.js" <<'EOF'
import ignore from '@balena/dockerignore';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const root = process.argv[2];
const ig = ignore().add(readFileSync(`${root}/.dockerignore`, 'utf8'));
const files = execSync('git ls-files --cached --others --exclude-standard', { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const context = new Set(ig.filter(files));
let bad = 0;
// Every source the Dockerfile copies is in the context.
const sources = readFileSync(`${root}/deploy/Dockerfile`, 'utf8').split('\n')
  .filter((l) => /^COPY (?!--from)/.test(l)).flatMap((l) => l.trim().split(/\s+/).slice(1, -1));
for (const s of sources) {
  const inside = s.endsWith('/') ? [...context].some((f) => f.startsWith(s)) : context.has(s);
  if (!inside) { console.log(`missing from the context: ${s}`); bad++; }
}
// Nothing that must stay out gets in, also where such files exist only locally.
for (const p of ['.env', 'deploy/.env', 'frontend/.env.local', '.git/config', '.data/warmewijk.db', 'frontend/node_modules/x/index.js',
  'frontend/dist/index.html', 'backend/src/WarmeWijk.Api/bin/Release/net10.0/WarmeWijk.Api.dll', 'backend/src/WarmeWijk.Api/obj/project.assets.json',
  'backend/src/WarmeWijk.Api/data/warmewijk.db', 'backend/tests/WarmeWijk.Api.Tests/x.cs', 'docs/operations.md']) {
  if (!ig.ignores(p)) { console.log(`would enter the context: ${p}`); bad++; }
}
console.log(`${context.size} of ${files.length} repository files enter the context; ${sources.length} COPY sources checked`);
process.exit(bad ? 1 : 0);
EOF
check "context holds every COPY source, and no .env, .git, database or build output" \
  bash -c "cd '$tools' && node context.js '$root'"

echo "== 4. kustomize"
if command -v kubectl >/dev/null; then
  check "kubectl kustomize deploy/k8s" bash -c "kubectl kustomize '$deploy/k8s' > '$tools/app.yaml'"
  check "kubectl kustomize deploy/k8s/migrate" bash -c "kubectl kustomize '$deploy/k8s/migrate' > '$tools/migrate.yaml'"
else
  echo "skipped kubectl kustomize (kubectl not installed)"
fi

echo "== 5. Kubernetes schemas"
cat > "$tools/k8s.js" <<'EOF'
// Validates each manifest with kubernetes-models (JSON schema) and writes it as a typed literal for tsc.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
let failed = 0, n = 0, src = '';
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const obj = doc.toJS();
    if (!obj) continue;
    const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
    const path = `kubernetes-models/${group ? `${group}/` : ''}${version}/${obj.kind}`;
    const model = (await import(path))[obj.kind];
    try { new model(obj).validate(); console.log(`  valid ${obj.apiVersion} ${obj.kind} ${obj.metadata.name}`); }
    catch (e) { failed++; console.log(`  INVALID ${file}: ${obj.kind} ${obj.metadata?.name}: ${e.message}`); }
    src += `import type { I${obj.kind} as T${n} } from '${path}';\nexport const m${n}: T${n} = ${JSON.stringify(obj, null, 2)};\n`;
    n++;
  }
}
writeFileSync('manifests.ts', src);
process.exit(failed ? 1 : 0);
EOF
check "JSON schemas (kubernetes-models 5.1.0)" bash -c "cd '$tools' && node k8s.js ${manifests[*]}"
printf '{"compilerOptions":{"strict":true,"noEmit":true,"module":"nodenext","moduleResolution":"nodenext","skipLibCheck":true,"target":"es2022"},"files":["manifests.ts"]}' > "$tools/tsconfig.json"
check "typed literals: no unknown fields, right types (tsc)" bash -c "cd '$tools' && node_modules/.bin/tsc -p ."

echo
if [ "$failed" = 0 ]; then echo "deploy files valid (as far as can be checked without Docker or a cluster)"; else echo "deploy files INVALID" >&2; fi
exit "$failed"
