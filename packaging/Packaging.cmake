# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Desktop integration and the Debian package (issue 16). Included from the top-level CMakeLists.txt
# after the targets exist. `scripts/package` runs CPack with this; docs in packaging/README.md.

set(GLUTEA_APP_ID "org.glutea.Glutea")
set(pkg "${PROJECT_SOURCE_DIR}/packaging")

# The man page, made from `glutea --help` and each subcommand's --help after the binary is built,
# so it never disagrees with the program.
set(man_page "${PROJECT_BINARY_DIR}/packaging/glutea.1")
add_custom_command(
  OUTPUT "${man_page}" "${man_page}.gz"
  COMMAND "${CMAKE_COMMAND}" -D "GLUTEA=$<TARGET_FILE:glutea>" -D "OUT=${man_page}"
          -D "VERSION=${PROJECT_VERSION}" -P "${pkg}/ManPage.cmake"
  DEPENDS glutea "${pkg}/ManPage.cmake"
  COMMENT "Writing the man page from glutea --help")
add_custom_target(glutea_man ALL DEPENDS "${man_page}")

install(FILES "${pkg}/${GLUTEA_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${pkg}/${GLUTEA_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${pkg}/glutea-view.mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME glutea.xml)
install(FILES "${pkg}/icons/glutea.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(DIRECTORY "${pkg}/icons/hicolor" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
        FILES_MATCHING PATTERN "*.png")
install(FILES "${man_page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES LICENSE NOTICE README.md DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(DIRECTORY LICENSES DESTINATION "${CMAKE_INSTALL_DOCDIR}")
# Manifests only: meshes a developer put in examples/*/meshes/ stay out of the package.
install(DIRECTORY examples DESTINATION "${CMAKE_INSTALL_DOCDIR}" PATTERN "meshes" EXCLUDE)

# CPack: one .deb. Library dependencies come from dpkg-shlibdeps (the Debian packages the binary
# links); the rest are what it opens at run time (libepoxy loads libEGL itself): EGL, Mesa's EGL and
# GL drivers and the UI font.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "glutea")
set(CPACK_PACKAGE_VENDOR "The Glutea authors")
set(CPACK_PACKAGE_CONTACT "The Glutea authors <maintainers@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "interactive 3D atlas of the pelvis and gluteal region")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Glutea shows the muscles, nerves and bones of the hip and buttock in 3D, for\nclinics, students and massage therapists: layers, referred pain on the skin,\nmassage techniques and routines with their cautions, each statement with its\nsource. It runs offline, with no account and no telemetry.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libegl1, libegl-mesa0, libgl1-mesa-dri, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
include(CPack)
