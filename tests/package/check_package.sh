#!/usr/bin/env bash
# Makes the Debian package from a built tree and checks it the way an office's IT person would meet
# it: its metadata and contents (dpkg-deb), its desktop entry and AppStream metainfo
# (desktop-file-validate, appstreamcli), its programs answering --version, and lintian without an
# error.   check_package.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

(cd "$build" && cpack -G DEB -B "$out" >/dev/null 2>&1) || fail "cpack could not make the package"
deb=$(ls "$out"/liaisondesk_*.deb)
echo "package: $(basename "$deb")"

[ "$(dpkg-deb -f "$deb" Package)" = liaisondesk ] || fail "the package is not called liaisondesk"
version=$(dpkg-deb -f "$deb" Version)
[ "$(basename "$deb")" = "liaisondesk_${version}_$(dpkg --print-architecture).deb" ] || fail "file name"
# Libraries found by dpkg-shlibdeps, and what Qt loads at run time, named by hand.
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6charts6 libqt6printsupport6 libicu72 libxlsxwriter4 libsodium23 \
  libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk fonts-liberation2; do
  grep -q "\b$dep\b" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
id=org.liaisondesk.LiaisonDesk
for path in ./usr/bin/liaisondesk ./usr/bin/liaisonctl \
  ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/icons/hicolor/16x16/apps/$id.png \
  ./usr/share/icons/hicolor/48x48/apps/$id.png ./usr/share/icons/hicolor/256x256/apps/$id.png \
  ./usr/share/man/man1/liaisonctl.1.gz ./usr/share/man/man1/liaisondesk.1.gz \
  ./usr/share/doc/liaisondesk/copyright ./usr/share/doc/liaisondesk/changelog.gz; do
  grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
if grep -E 'tst_|bench|screenshots|\.h$|\.a$|\.cmake$' <<<"$contents"; then
  fail "the package holds build or test files"
fi

dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$out/root/usr/share/metainfo/$id.metainfo.xml"
grep -q "version=\"$version\"" "$out/root/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo release"
# The programs from the package answer, without a display.
env -u DISPLAY -u WAYLAND_DISPLAY "$out/root/usr/bin/liaisondesk" --version | grep -qx "LiaisonDesk $version" \
  || fail "liaisondesk --version"
"$out/root/usr/bin/liaisonctl" --version | grep -qx "liaisonctl $version" || fail "liaisonctl --version"
zcat "$out/root/usr/share/man/man1/liaisonctl.1.gz" | grep -q '^\.SH COMMANDS' || fail "liaisonctl's man page"

status=0
report=$(lintian --fail-on error --display-info "$deb" 2>&1) || status=$?
grep -v 'running with root privileges' <<<"$report" || true
[ "$status" -eq 0 ] || fail "lintian reports errors"
echo "ok"
