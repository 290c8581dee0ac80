// The one translation unit that holds doctest's runner; every other tests/*.cpp only has cases.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
