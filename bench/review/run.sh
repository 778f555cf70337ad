#!/usr/bin/env bash
# JMH benchmark of reviewer suggestions (issue 13), outside the Maven build so that ./mvnw verify is not slowed:
# compiles the main classes, fetches JMH 1.37, compiles the benchmark with JMH's annotation processor and runs it
# on one thread. Usage: bench/review/run.sh [JMH options; default -f 1 -t 1 -wi 3 -w 5s -i 5 -r 5s]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=${TMPDIR:-/tmp}/lccp-review-jmh
rm -rf "$work" && mkdir -p "$work/classes"
./mvnw -q -DskipTests compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/app.cp"
for a in jmh-core jmh-generator-annprocess; do
  ./mvnw -q dependency:get -Dartifact=org.openjdk.jmh:$a:1.37
done
m2=${MAVEN_REPO:-$HOME/.m2/repository}
jmh="$m2/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$m2/org/openjdk/jmh/jmh-generator-annprocess/1.37/jmh-generator-annprocess-1.37.jar:$m2/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar:$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
# A copy of the classes, so that a build running meanwhile cannot pull them away.
cp -r "$root/target/classes" "$work/app-classes"
cp="$work/app-classes:$(cat "$work/app.cp"):$jmh"
javac -proc:full -cp "$cp" -d "$work/classes" $(find bench/review/src -name '*.java')
if [ $# -eq 0 ]; then
  set -- -f 1 -t 1 -wi 3 -w 5s -i 5 -r 5s
fi
java -cp "$work/classes:$cp" org.openjdk.jmh.Main "$@" SuggestionsBenchmark
