#!/usr/bin/env bash
# Shared by ops/test and ops/bench: make sure MariaDB and Redis are installed and running on this machine,
# and (re)create the databases the test suites use. Idempotent; safe to run on a machine that already has them.
set -euo pipefail

HOTLINE_DB_USER="${HOTLINE_TEST_DB_USER:-hotline}"
HOTLINE_DB_PASSWORD="${HOTLINE_TEST_DB_PASSWORD:-hotline}"
HOTLINE_TEST_DATABASES="hotline_workflow_test hotline_process_test hotline_knowledge_test hotline_telephony_test hotline_console_test hotline_push_test hotline_bench"

log() { printf '[ops] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  log "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_build_tools() {
  command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])' || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null 2>&1 || apt_install maven
}

mariadb_client() {
  if command -v mariadb >/dev/null 2>&1; then mariadb "$@"; else mysql "$@"; fi
}

ensure_mariadb() {
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    apt_install mariadb-server mariadb-client
  fi
  if mariadb_client -uroot -e 'select 1' >/dev/null 2>&1; then return 0; fi
  if [ ! -d /var/lib/mysql/mysql ]; then
    log "initialising the MariaDB data directory"
    as_root mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  fi
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  log "starting MariaDB"
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do
    mariadb_client -uroot -e 'select 1' >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "MariaDB did not start within 60 s"; return 1
}

ensure_redis() {
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then return 0; fi
  log "starting Redis"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/hotline-ops.log
  for _ in $(seq 1 30); do
    redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && return 0
    sleep 1
  done
  log "Redis did not start within 30 s"; return 1
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return 0; fi
  apt_install chromium chromium-driver fonts-noto-cjk
}

# Drops and recreates every test database so each run starts from an empty schema.
reset_test_databases() {
  local sql=""
  for db in $HOTLINE_TEST_DATABASES; do
    sql+="DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
    sql+="GRANT ALL PRIVILEGES ON \`$db\`.* TO '$HOTLINE_DB_USER'@'localhost'; GRANT ALL PRIVILEGES ON \`$db\`.* TO '$HOTLINE_DB_USER'@'127.0.0.1'; "
  done
  mariadb_client -uroot <<SQL
CREATE USER IF NOT EXISTS '$HOTLINE_DB_USER'@'localhost' IDENTIFIED BY '$HOTLINE_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$HOTLINE_DB_USER'@'127.0.0.1' IDENTIFIED BY '$HOTLINE_DB_PASSWORD';
$sql
FLUSH PRIVILEGES;
SQL
  log "test databases ready: $HOTLINE_TEST_DATABASES"
}

# Drops and recreates one database (a developer re-running one module's tests).
reset_database() {
  local db="$1"
  mariadb_client -uroot <<SQL
CREATE USER IF NOT EXISTS '$HOTLINE_DB_USER'@'localhost' IDENTIFIED BY '$HOTLINE_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$HOTLINE_DB_USER'@'127.0.0.1' IDENTIFIED BY '$HOTLINE_DB_PASSWORD';
DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$HOTLINE_DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$HOTLINE_DB_USER'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}
