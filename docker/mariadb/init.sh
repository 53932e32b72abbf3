#!/bin/bash
# First start of the database container: the application's user (rows only) next to the schema owner that the image
# creates (MARIADB_USER, all rights on paygrid: Flyway's migrations and the batch runtime's tables), and the
# simulator's and Keycloak's own schemas.
set -euo pipefail
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
-- the servers' application pool: reads and writes rows, cannot alter a table or drop the audit log's triggers
CREATE USER IF NOT EXISTS 'paygrid_app'@'%' IDENTIFIED BY '${PAYGRID_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON paygrid.* TO 'paygrid_app'@'%';
CREATE DATABASE IF NOT EXISTS paygrid_sim CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- the simulator (test mode's network) has a user of its own and no right on the platform's schema
CREATE USER IF NOT EXISTS 'paygrid_sim'@'%' IDENTIFIED BY '${SIMULATOR_DB_PASSWORD}';
GRANT ALL ON paygrid_sim.* TO 'paygrid_sim'@'%';
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL ON keycloak.* TO 'keycloak'@'%';
SQL
