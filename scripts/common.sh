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
