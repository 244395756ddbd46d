# Linux (and other freedesktop systems): the binaries, the desktop entry, the hicolor icons,
# the AppStream metainfo and the man page; CPack DEB, RPM where rpmbuild exists, and TGZ.
set(_resources ${PROJECT_SOURCE_DIR}/resources)

# Every library comes from the system: no $ORIGIN run path (qt_standard_project_setup's default),
# which Debian's lintian rejects as a custom library search path.
set_target_properties(${FLEETWATCH_INSTALLED_TARGETS} PROPERTIES INSTALL_RPATH "")

set(FLEETWATCH_DESKTOP_FILE ${_resources}/${FLEETWATCH_APP_ID}.desktop)
install(FILES ${FLEETWATCH_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

set(FLEETWATCH_METAINFO_FILE ${CMAKE_CURRENT_BINARY_DIR}/${FLEETWATCH_APP_ID}.metainfo.xml)
configure_file(${_resources}/${FLEETWATCH_APP_ID}.metainfo.xml.in ${FLEETWATCH_METAINFO_FILE} @ONLY)
install(FILES ${FLEETWATCH_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(DIRECTORY ${FLEETWATCH_ICON_HICOLOR} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${FLEETWATCH_ICON_SVG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${FLEETWATCH_APP_ID}.svg)

# The man page, compressed as Debian policy asks when gzip is there.
set(FLEETWATCH_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/fleetwatch.1)
configure_file(linux/fleetwatch.1.in ${FLEETWATCH_MAN_PAGE} @ONLY)
find_program(FLEETWATCH_GZIP gzip)
if(FLEETWATCH_GZIP)
    add_custom_command(OUTPUT ${FLEETWATCH_MAN_PAGE}.gz
        COMMAND ${FLEETWATCH_GZIP} -9 -n -c ${FLEETWATCH_MAN_PAGE} > ${FLEETWATCH_MAN_PAGE}.gz
        DEPENDS ${FLEETWATCH_MAN_PAGE}
        COMMENT "Compressing the man page")
    add_custom_target(fleetwatch_manpage ALL DEPENDS ${FLEETWATCH_MAN_PAGE}.gz)
    install(FILES ${FLEETWATCH_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    install(FILES ${FLEETWATCH_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# The licence, where Debian policy puts every package's copyright notice.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/fleetwatch
    RENAME copyright)

set(CPACK_GENERATOR TGZ DEB)
# Debug builds carry their symbols; packages do not.
set(CPACK_STRIP_FILES ON)

# Debian: library dependencies come from dpkg-shlibdeps; the rest is loaded at run time and so
# invisible to it: libsecret (QtKeychain dlopen()s it), the SVG icon engine and image plugins
# (libqt6svg6). The xcb and offscreen platform plugins are part of libqt6gui6, which shlibdeps
# finds; qt6-qpa-plugins only holds VNC/evdev extras and is not needed.
set(CPACK_DEBIAN_PACKAGE_NAME fleetwatch)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# A Secret Service (or KWallet) must be running for credentials to be stored at all.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

# RPM (Fedora package names), only where rpmbuild exists.
find_program(FLEETWATCH_RPMBUILD rpmbuild)
if(FLEETWATCH_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
    set(CPACK_RPM_PACKAGE_NAME fleetwatch)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
    set(CPACK_RPM_PACKAGE_LICENSE "MIT")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtsvg")
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    # Directories the system owns, not this package.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor)
    foreach(_size IN LISTS FLEETWATCH_ICON_SIZES ITEMS scalable)
        set(_dir /usr/share/icons/hicolor/${_size})
        if(NOT _size STREQUAL "scalable")
            set(_dir /usr/share/icons/hicolor/${_size}x${_size})
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_dir} ${_dir}/apps)
    endforeach()
endif()
