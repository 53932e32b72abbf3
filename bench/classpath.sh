# Sourced by the benchmark scripts (from the repository root): BENCH_CP, the classpath of a benchmark program, that is
# the test kit (test-kit/, what the integration tests use too: settings, staff token, database, the books' checks),
# built when missing or older than its sources, and the MariaDB driver from the Maven repository.
kit=test-kit/target/paygrid-test-kit.jar
if [[ ! -f $kit || -n $(find test-kit/src/main test-kit/pom.xml -newer "$kit" -type f | head -1) ]]; then
  ./mvnw -q -B package -pl test-kit -DskipTests
fi
jdbc=$(find ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client -name 'mariadb-java-client-*.jar' 2>/dev/null | sort | tail -1)
if [[ -z $jdbc ]]; then
  ./mvnw -q dependency:get -Dartifact=org.mariadb.jdbc:mariadb-java-client:3.5.11
  jdbc=$(find ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client -name 'mariadb-java-client-*.jar' | sort | tail -1)
fi
BENCH_CP=$kit:$jdbc
