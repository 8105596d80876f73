#!/usr/bin/env bash
# Proves that scripts/check-packages catches what it is for: a package the build uses and the list
# leaves out is named with its files, a file no package installed is named, and a list that provides
# everything passes.   check_packages_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build=$2
check=$source_dir/scripts/check-packages
list=$source_dir/scripts/debian-packages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# check EXPECTED_STATUS LIST [BUILD]: runs the check, keeps its output in $work/out.
check() {
  local status=0
  "$check" --build "${3:-$build}" --list "$2" >"$work/out" 2>&1 || status=$?
  if [ "$status" -ne "$1" ]; then
    fail "expected exit $1, got $status with $(basename "$2"):"
    sed 's/^/    /' "$work/out" >&2
    return 1
  fi
}
without() {
  grep -v -x "$1" "$list" >"$work/without-$1"
  echo "$work/without-$1"
}
expect_named() {
  grep -q -F -- "$1" "$work/out" || { fail "the output does not name $1:"; sed 's/^/    /' "$work/out" >&2; }
}

echo "-- the project's list provides everything the build used"
check 0 "$list" && expect_named "all provided by debian-packages"

# Each of these is used by the build and pulled in by nothing else on the list: a library on a link
# line, headers of the core and of the charts, CMake files the configuration read, the build tool and
# the compiler launcher.
for package in zlib1g-dev:libz.so libxlsxwriter-dev:xlsxwriter.h qt6-charts-dev:/QtCharts/ libicu-dev:/unicode/ \
  qt6-tools-dev:/cmake/Qt6LinguistTools/ ninja-build:/usr/bin/ninja ccache:/usr/bin/ccache; do
  name=${package%%:*}
  file=${package#*:}
  echo "-- the list without $name"
  grep -q -x "$name" "$list" || { fail "$name is no longer in the list; choose another package"; continue; }
  if check 1 "$(without "$name")"; then
    expect_named "  $name:"
    expect_named "$file"
  fi
done

echo "-- the list without lintian, which the build does not use"
check 0 "$(without lintian)"

echo "-- a header no package installed, and a link made by hand"
mkdir -p "$work/by-hand/include" "$work/tiny/src"
echo 'inline int answer() { return 42; }' >"$work/by-hand/include/byhand.h"
# A link made by hand to a package's header is not that package's file.
ln -s /usr/include/zlib.h "$work/by-hand/include/zlink.h"
cat >"$work/tiny/src/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(tiny LANGUAGES CXX)
add_executable(tiny main.cpp)
target_include_directories(tiny PRIVATE ${BY_HAND})
target_link_libraries(tiny PRIVATE z)
CMAKE
printf '#include <byhand.h>\n#include <zlink.h>\nint main() { return answer() == 42 && zlibVersion() ? 0 : 1; }\n' \
  >"$work/tiny/src/main.cpp"
if cmake -S "$work/tiny/src" -B "$work/tiny/build" -G Ninja -DBY_HAND="$work/by-hand/include" >"$work/out" 2>&1 &&
  cmake --build "$work/tiny/build" >>"$work/out" 2>&1; then
  if check 1 "$(without zlib1g-dev)" "$work/tiny/build"; then
    expect_named "no Debian package installed"
    expect_named "$work/by-hand/include/byhand.h"
    expect_named "$work/by-hand/include/zlink.h"
    expect_named "  zlib1g-dev:"
  fi
else
  fail "the tiny project does not build:"
  sed 's/^/    /' "$work/out" >&2
fi

echo "-- a folder that is not a build"
check 2 "$list" "$work/by-hand" && expect_named "not a Ninja build"

if [ $failures -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "all passed"
