# macOS: fleetwatch.app with its Info.plist and .icns; at install time (and so inside the disk
# image) macdeployqt copies Qt and QtKeychain into the bundle. Package: a DragNDrop .dmg.
set_target_properties(fleetwatch PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Fleetwatch"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${FLEETWATCH_APP_ID}
    MACOSX_BUNDLE_ICON_FILE fleetwatch.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_LONG_VERSION_STRING "Fleetwatch ${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Fleetwatch developers")
# The .icns is rendered by resources/ (fleetwatch_icons) and copied into Contents/Resources.
target_sources(fleetwatch PRIVATE ${FLEETWATCH_ICON_ICNS})
set_source_files_properties(${FLEETWATCH_ICON_ICNS} TARGET_DIRECTORY fleetwatch
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)

# The disk image holds the bundle alone; the emulator is not shipped on macOS.
install(TARGETS fleetwatch BUNDLE DESTINATION .)

fleetwatch_install_qt_runtime(fleetwatch)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Fleetwatch")
set(CPACK_DMG_FORMAT UDZO)
