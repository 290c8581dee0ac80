// A stable text rendering of a parsed Guide, one fact per line with its source line, for
// `careerkb dump FILE` and for reading test failures.
#pragma once

#include <string>

#include "parse/guide.hpp"
#include "parse/roles.hpp"

namespace careerkb::parse {

std::string dump_guide(const Guide& guide);

// One line per block: "line<TAB>block kind<TAB>section<TAB>role<TAB>text<TAB>cues", the cues
// as "role +points (cue)" separated by "; ". Shows why each fact was taken or missed.
std::string dump_explanation(const std::vector<BlockExplanation>& blocks);

}  // namespace careerkb::parse
