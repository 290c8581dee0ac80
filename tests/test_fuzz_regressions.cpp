// Replays tests/fuzz/ inputs (fuzz seeds and inputs that once broke something) through the same
// paths the fuzz targets exercise, so a fixed crash stays fixed in every normal test run.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "parse/document.hpp"
#include "parse/dump.hpp"
#include "parse/guide.hpp"
#include "search/query.hpp"
#include "text/decode.hpp"

namespace fs = std::filesystem;
using namespace careerkb;

namespace {

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<fs::path> inputs(const char* folder) {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(CAREERKB_SOURCE_DIR) / "tests/fuzz" / folder)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  return files;
}

}  // namespace

TEST_CASE("fuzz regressions: parser inputs never crash and yield a dump") {
  std::vector<fs::path> files = inputs("parse");
  REQUIRE(!files.empty());
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    text::DecodedText decoded = text::decode_bytes(read_all(file));
    for (parse::Format f : {parse::Format::text, parse::Format::markdown, parse::Format::html}) {
      parse::Guide guide = parse::parse_guide(parse::read_document(decoded.utf8, f), "x.txt");
      CHECK(parse::dump_guide(guide).find("career\t") == 0);
    }
  }
}

TEST_CASE("fuzz regressions: query inputs give an expression or a one-line error") {
  std::vector<fs::path> files = inputs("query");
  REQUIRE(!files.empty());
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    try {
      CHECK(!search::to_fts5(search::parse_query(read_all(file))).empty());
    } catch (const search::QueryError& e) {
      CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
  }
}
