#!/usr/bin/env bash
# Checks an OpenAPI document with the tools merchant developers point at it (issue 21): Redocly CLI's recommended
# rules and Spectral's spectral:oas with no error, OpenAPI Generator's validation, and a Java client (native HTTP
# client, Jackson) and a TypeScript client (fetch) generated from it that compile. Any failure exits non-zero.
#
#   tools/openapi-check/check.sh <openapi.yaml> <work dir>
#
# The npm tools are pinned in package-lock.json and installed here; the generator is fetched from Maven Central
# once, at the version the parent pom names.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
doc=$(realpath "$1")
work=$(realpath -m "$2")
step() { printf '\n== %s\n' "$*"; }
# the generator's and Maven's JVMs live seconds: C1's quick code and the serial collector cost a third less CPU
short_jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
export MAVEN_OPTS="${MAVEN_OPTS:-} ${short_jvm[*]}"

version=$(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' "$root/pom.xml" | head -n 1)
generator=${PAYGRID_HOME:-$root/.paygrid}/runtime/openapi-generator-cli-$version.jar
cached=${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}/org/openapitools/openapi-generator-cli/$version/openapi-generator-cli-$version.jar
if [[ ! -f $generator && -f $cached ]]; then
  mkdir -p "$(dirname "$generator")" && cp "$cached" "$generator"   # fetched before (./paygrid's test stack does)
elif [[ ! -f $generator ]]; then
  step "fetching OpenAPI Generator $version from Maven Central"
  "$root/mvnw" -q -B dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$version" \
    -DoutputDirectory="$(dirname "$generator")"
fi
if [[ ! -x $here/node_modules/.bin/redocly || $here/package-lock.json -nt $here/node_modules/.package-lock.json ]]; then
  step "installing the pinned npm tools"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
rm -rf "$work/java" "$work/ts"
mkdir -p "$work"

step "Redocly CLI, recommended rules"
"$here/node_modules/.bin/redocly" lint "$doc" --extends=recommended --format=summary 2>&1 | grep -v '[║╔╚═]'
step "Spectral, spectral:oas"
"$here/node_modules/.bin/spectral" lint "$doc" --ruleset "$here/.spectral.yaml" --fail-severity=error --format=text \
  | tail -n 3
step "OpenAPI Generator: a Java client (native HTTP client, Jackson) and a TypeScript client (fetch)"
# one JVM for both (the generator's batch command), each validating the document first (its validateSpec default)
cat > "$work/java.yaml" <<YAML
generatorName: java
library: native
inputSpec: $doc
outputDir: $work/java
additionalProperties:
  groupId: org.paygrid.generated
  artifactId: paygrid-client
  invokerPackage: org.paygrid.client
  apiPackage: org.paygrid.client.api
  modelPackage: org.paygrid.client.model
  hideGenerationTimestamp: true
YAML
cat > "$work/ts.yaml" <<YAML
generatorName: typescript-fetch
inputSpec: $doc
outputDir: $work/ts
additionalProperties:
  supportsES6: true
  npmName: paygrid-client
  npmVersion: 0.0.0
YAML
java "${short_jvm[@]}" -jar "$generator" batch --fail-fast --threads 2 "$work/java.yaml" "$work/ts.yaml" \
  > "$work/generation.log" 2>&1 || { cat "$work/generation.log"; exit 1; }
grep -iE 'warn|error' "$work/generation.log" | grep -v 'Unused model' | head -n 20 || true

step "the Java client, compiled"
(cd "$work/java" && "$root/mvnw" -q -B compile)

step "the TypeScript client, compiled"
"$here/node_modules/.bin/tsc" -p "$work/ts" --noEmit

step "the document passes every check"
