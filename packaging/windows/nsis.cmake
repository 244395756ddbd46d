# The NSIS installer: Start-menu shortcut, uninstaller (also in "Apps & features"), the
# application icon, and a page to install for all users or for the current user only.
set(CPACK_NSIS_PACKAGE_NAME "Fleetwatch")
set(CPACK_NSIS_DISPLAY_NAME "Fleetwatch")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Fleetwatch")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
file(TO_NATIVE_PATH "${FLEETWATCH_ICON_ICO}" _ico)
set(CPACK_NSIS_MUI_ICON "${_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\fleetwatch.exe")
set(CPACK_PACKAGE_EXECUTABLES fleetwatch Fleetwatch) # Start menu: Fleetwatch -> bin\fleetwatch.exe
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${FLEETWATCH_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")

# Per-user installs: CPack's own NSIS template always asks for administrator rights. Rather than
# keep a copy of its thousand lines, take the template of the CMake that runs cpack and add
# NSIS's MultiUser pieces to it: an install-mode page (all users / just me; administrators
# choose, other users install for themselves without elevation, into their AppData) and an
# uninstaller that finds which. (MultiUser's /AllUsers and /CurrentUser switches are left out:
# they need StrFunc's StrStr, whose name clashes with the template's own StrStr function.)
function(_fleetwatch_nsis_template out)
    file(READ "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in" nsis)
    set(missing "")

    set(multiuser [=[
; Fleetwatch: all users or the current user only (NSIS MultiUser), instead of admin only.
  !define MULTIUSER_EXECUTIONLEVEL Highest
  !define MULTIUSER_MUI
  !define MULTIUSER_USE_PROGRAMFILES64
  !define MULTIUSER_INSTALLMODE_INSTDIR "@CPACK_PACKAGE_INSTALL_DIRECTORY@"
  !define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@"
  !define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "UninstallString"
  !include MultiUser.nsh]=])
    string(FIND "${nsis}" "RequestExecutionLevel admin" at)
    if(at EQUAL -1)
        list(APPEND missing "RequestExecutionLevel admin")
    endif()
    string(REPLACE "RequestExecutionLevel admin" "${multiuser}" nsis "${nsis}")

    string(FIND "${nsis}" "!insertmacro MUI_PAGE_DIRECTORY" at)
    if(at EQUAL -1)
        list(APPEND missing "MUI_PAGE_DIRECTORY")
    endif()
    string(REPLACE "!insertmacro MUI_PAGE_DIRECTORY"
        "!insertmacro MULTIUSER_PAGE_INSTALLMODE\n  !insertmacro MUI_PAGE_DIRECTORY" nsis "${nsis}")

    # MultiUser decides last, after CPack's own admin check, so its choice is the one in force.
    foreach(function_and_macro IN ITEMS ".onInit|MULTIUSER_INIT" "un.onInit|MULTIUSER_UNINIT")
        string(REPLACE "|" ";" pair "${function_and_macro}")
        list(GET pair 0 function)
        list(GET pair 1 macro)
        string(REGEX MATCH "Function ${function}[\r\n]" header "${nsis}")
        string(FIND "${nsis}" "Function ${function}" begin)
        if(NOT header OR begin EQUAL -1)
            list(APPEND missing "Function ${function}")
            continue()
        endif()
        string(SUBSTRING "${nsis}" ${begin} -1 tail)
        string(FIND "${tail}" "FunctionEnd" end)
        if(end EQUAL -1)
            list(APPEND missing "FunctionEnd of ${function}")
            continue()
        endif()
        math(EXPR end "${begin} + ${end}")
        string(SUBSTRING "${nsis}" 0 ${end} head)
        string(SUBSTRING "${nsis}" ${end} -1 tail)
        set(nsis "${head}  !insertmacro ${macro}\n${tail}")
    endforeach()

    if(missing)
        set(level WARNING)
        if(WIN32)
            set(level FATAL_ERROR)
        endif()
        message(${level} "CPack's NSIS template (${CMAKE_VERSION}) has changed; the per-user "
            "install option could not be added (not found: ${missing}). "
            "Update packaging/windows/nsis.cmake.")
        return()
    endif()
    file(WRITE "${out}/NSIS.template.in" "${nsis}")
    set(FLEETWATCH_NSIS_TEMPLATE_DIR "${out}" PARENT_SCOPE)
endfunction()

_fleetwatch_nsis_template(${CMAKE_CURRENT_BINARY_DIR}/nsis)
if(FLEETWATCH_NSIS_TEMPLATE_DIR)
    set(CPACK_MODULE_PATH ${FLEETWATCH_NSIS_TEMPLATE_DIR} ${CMAKE_MODULE_PATH})
endif()
