# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# Sourced, not run.

LIAISON_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LIAISON_BUILD=${LIAISON_BUILD:-$LIAISON_ROOT/build}

liaison_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: installing packages needs root; run as root or install sudo" >&2
    return 1
  fi
}

liaison_install_packages() {
  local wanted missing=()
  wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$LIAISON_ROOT/scripts/debian-packages")
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "== installing ${missing[*]}"
  liaison_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  liaison_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configure once, build incrementally; CI (CI=true) turns warnings into errors.
liaison_build() {
  local werror=OFF launcher=()
  [ "${CI:-}" = "true" ] && werror=ON
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$LIAISON_ROOT" -B "$LIAISON_BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE="${LIAISON_BUILD_TYPE:-RelWithDebInfo}" \
    -DLIAISON_WERROR="${LIAISON_WERROR:-$werror}" "${launcher[@]}"
  cmake --build "$LIAISON_BUILD" -j2
}

# Starts a throwaway PostgreSQL 15 cluster on a free loopback port, stopped and removed when the script
# exits; extra server options as the argument. Sets PG_PORT and PG_DIR. As a shared server is set up
# (README): the server administrator connects without a password, every LiaisonDesk login with its own,
# checked by SCRAM-SHA-256.
PG_BIN=/usr/lib/postgresql/15/bin
liaison_run_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
liaison_stop_pg() {
  if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    liaison_run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
}
liaison_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}
liaison_start_pg() {
  local options=${1:-}
  PG_DIR=$(mktemp -d -t liaison-pg.XXXXXX)
  trap liaison_stop_pg EXIT
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
  liaison_run_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >"$PG_DIR/data/pg_hba.conf" <<'HBA'
local   all   all                    trust
host    all   postgres  127.0.0.1/32 trust
host    all   all       127.0.0.1/32 scram-sha-256
HBA
  PG_PORT=$(liaison_free_port)
  # shellcheck disable=SC2086
  liaison_run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 $options" start >/dev/null
  echo "== PostgreSQL 15 on 127.0.0.1:$PG_PORT"
}
