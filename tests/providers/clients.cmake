# Tests of the provider clients. The fake server below stands in for the emulator until the
# end-to-end tests move to it.
add_library(fleetwatch_clienttest STATIC fakehttpserver.cpp fakehttpserver.h fakecloud.cpp fakecloud.h clienttest.h)
target_link_libraries(fleetwatch_clienttest PUBLIC fleetwatch_providers Qt6::Network Qt6::Test PRIVATE fleetwatch_compile_options)
fleetwatch_add_test(tst_providerclient SOURCES tst_providerclient.cpp LIBS fleetwatch_clienttest TIMEOUT 120)
fleetwatch_add_test(tst_providerclientfaults SOURCES tst_providerclientfaults.cpp LIBS fleetwatch_clienttest TIMEOUT 180)
