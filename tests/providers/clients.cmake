# Tests of the provider clients. End to end against the emulator; the small fake cloud below
# serves the answers the emulator does not give (contradictory pages, endless bodies...).
add_library(fleetwatch_clienttest STATIC fakehttpserver.cpp fakehttpserver.h fakecloud.cpp fakecloud.h
    fakerequestcheck.cpp fakerequestcheck.h clienttest.h)
target_link_libraries(fleetwatch_clienttest PUBLIC fleetwatch_providers Qt6::Network Qt6::Test PRIVATE fleetwatch_compile_options)
fleetwatch_add_test(tst_providerclient SOURCES tst_providerclient.cpp emulatorfixture.h
    LIBS fleetwatch_providers fleetwatch_emulator TIMEOUT 120)
fleetwatch_add_test(tst_providerclientfaults SOURCES tst_providerclientfaults.cpp emulatorfixture.h
    LIBS fleetwatch_providers fleetwatch_emulator TIMEOUT 180)
fleetwatch_add_test(tst_listingintegrity SOURCES tst_listingintegrity.cpp LIBS fleetwatch_clienttest TIMEOUT 120)
fleetwatch_add_test(tst_jdcloudparser SOURCES tst_jdcloudparser.cpp parsertest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_zenlayerparser SOURCES tst_zenlayerparser.cpp parsertest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_aliyunparser SOURCES tst_aliyunparser.cpp parsertest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_tencentparser SOURCES tst_tencentparser.cpp parsertest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_jdcloudprotocol SOURCES tst_jdcloudprotocol.cpp protocoltest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_zenlayerprotocol SOURCES tst_zenlayerprotocol.cpp protocoltest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_aliyunprotocol SOURCES tst_aliyunprotocol.cpp protocoltest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_tencentprotocol SOURCES tst_tencentprotocol.cpp protocoltest.h LIBS fleetwatch_providers)
fleetwatch_add_test(tst_pageassembler SOURCES tst_pageassembler.cpp LIBS fleetwatch_providers)
fleetwatch_add_test(tst_requestslots SOURCES tst_requestslots.cpp LIBS fleetwatch_providers)
fleetwatch_add_test(tst_errormapping SOURCES tst_errormapping.cpp LIBS fleetwatch_providers)
