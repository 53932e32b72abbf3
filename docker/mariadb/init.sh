#!/bin/bash
# First start of the database container: the simulator's and Keycloak's own schemas next to the platform's.
set -euo pipefail
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS paygrid_sim CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- the simulator (test mode's network) has a user of its own and no right on the platform's schema
CREATE USER IF NOT EXISTS 'paygrid_sim'@'%' IDENTIFIED BY '${SIMULATOR_DB_PASSWORD}';
GRANT ALL ON paygrid_sim.* TO 'paygrid_sim'@'%';
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL ON keycloak.* TO 'keycloak'@'%';
SQL
