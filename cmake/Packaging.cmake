# `cpack -G DEB` in the build folder (scripts/package) makes liaisondesk_VERSION_ARCH.deb. The
# libraries the programs link are found by dpkg-shlibdeps; what Qt loads at run time (the platform,
# SQL and printing plugins), the fonts the briefing is set in and Qt's own translations cannot be
# found that way and are named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME liaisondesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "LiaisonDesk")
set(CPACK_PACKAGE_CONTACT "LiaisonDesk maintainers <maintainers@liaisondesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "enterprise liaison desk: visits, problems, weekly briefing")
# The extended description, wrapped as dpkg shows it.
set(CPACK_PACKAGE_DESCRIPTION [[LiaisonDesk (包联企业服务台) is the desk of a district's economy and
information commission that keeps its above-size industrial enterprises
in production through the duty scheme of district leader, district
department and town, street or park.

Liaison staff log enterprise visits and the problems enterprises raise;
supervisors drive open problems tier by tier, with working-day deadlines
after the official holiday calendar, supervision colours and escalation;
officers print the weekly briefing on A4 after GB/T 9704 and chart how
the problems are resolved. It works on an SQLite file or on a shared
PostgreSQL server. liaisonctl is its command line.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk, fonts-liberation2")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
include(CPack)
