# Windows: fleetwatch.exe with its icon and version resource; at install time (and so inside
# every package) windeployqt copies the Qt runtime beside it; QtKeychain and the MSVC runtime
# are installed too. Packages: an NSIS installer (see nsis.cmake) and a ZIP.
set(FLEETWATCH_RC_FILE ${CMAKE_CURRENT_BINARY_DIR}/fleetwatch.rc)
configure_file(windows/fleetwatch.rc.in ${FLEETWATCH_RC_FILE} @ONLY)
target_sources(fleetwatch PRIVATE ${FLEETWATCH_RC_FILE})
set_source_files_properties(${FLEETWATCH_RC_FILE} TARGET_DIRECTORY fleetwatch
    PROPERTIES OBJECT_DEPENDS ${FLEETWATCH_ICON_ICO})

fleetwatch_install_qt_runtime(fleetwatch)

# windeployqt copies Qt's own libraries only. QtKeychain's config names its imported target
# through an alias, which install() does not accept.
set(_keychain Qt6Keychain::Qt6Keychain)
get_target_property(_aliased ${_keychain} ALIASED_TARGET)
if(_aliased)
    set(_keychain ${_aliased})
endif()
get_target_property(_keychain_type ${_keychain} TYPE)
if(_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${_keychain} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS ZIP)
