// libFuzzer's entry point for one target; FLEETWATCH_FUZZ_FUNCTION names it (CMakeLists.txt).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::FLEETWATCH_FUZZ_FUNCTION(data, size);
}
