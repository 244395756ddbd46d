# Compile options shared by every Fleetwatch target. Link `fleetwatch_compile_options` (an
# INTERFACE target) rather than setting flags per folder, so warnings and sanitizers are uniform.
add_library(fleetwatch_compile_options INTERFACE)

target_compile_definitions(fleetwatch_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

target_include_directories(fleetwatch_compile_options INTERFACE ${CMAKE_BINARY_DIR}/generated)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # Qt's headers come in through imported targets, which CMake marks SYSTEM, so these
    # warnings apply to our own code only.
    target_compile_options(fleetwatch_compile_options INTERFACE -Wall -Wextra -Wpedantic)
    if(FLEETWATCH_WERROR)
        target_compile_options(fleetwatch_compile_options INTERFACE -Werror)
    endif()
    if(FLEETWATCH_SANITIZE)
        set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_compile_options(fleetwatch_compile_options INTERFACE ${_san})
        target_link_options(fleetwatch_compile_options INTERFACE ${_san})
    endif()
    if(FLEETWATCH_FUZZ)
        # libFuzzer's coverage in everything the fuzz targets link (tests/fuzz), plus ASan and
        # UBSan; only the fuzz executables link the fuzzer's own main (-fsanitize=fuzzer).
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "FLEETWATCH_FUZZ needs clang: configure with CXX=clang++")
        endif()
        set(_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
            -fno-omit-frame-pointer)
        target_compile_options(fleetwatch_compile_options INTERFACE ${_fuzz})
        target_link_options(fleetwatch_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(fleetwatch_compile_options INTERFACE /W4 /utf-8 /permissive-)
    if(FLEETWATCH_WERROR)
        target_compile_options(fleetwatch_compile_options INTERFACE /WX)
    endif()
endif()
