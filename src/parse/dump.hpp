// A stable text rendering of a parsed Guide, one fact per line with its source line, for
// `careerkb dump FILE` and for reading test failures.
#pragma once

#include <string>

#include "parse/guide.hpp"

namespace careerkb::parse {

std::string dump_guide(const Guide& guide);

}  // namespace careerkb::parse
