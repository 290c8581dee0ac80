// The file side of an import: collecting guide files from folders, the size limit, empty and
// binary files, SHA-256, and --max-file-size parsing.
#include <doctest/doctest.h>

#include <filesystem>

#include "db_test_util.hpp"
#include "ingest/file_producer.hpp"
#include "ingest/load_guide.hpp"

using namespace careerkb;
using careerkb::test::spit;
using careerkb::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("ingest: byte sizes for --max-file-size") {
  CHECK(ingest::parse_byte_size("64M") == 64ull << 20);
  CHECK(ingest::parse_byte_size("100k") == 102400);
  CHECK(ingest::parse_byte_size("1G") == 1ull << 30);
  CHECK(ingest::parse_byte_size("512") == 512);
  CHECK(ingest::parse_byte_size("2MiB") == 2ull << 20);
  CHECK_THROWS_AS(ingest::parse_byte_size("abc"), std::invalid_argument);
  CHECK_THROWS_AS(ingest::parse_byte_size("10T"), std::invalid_argument);
  CHECK_THROWS_AS(ingest::parse_byte_size("0"), std::invalid_argument);
  CHECK_THROWS_AS(ingest::parse_byte_size("99999999999999999999"), std::invalid_argument);
}

TEST_CASE(
    "ingest: collecting files walks folders sorted, skips hidden and survives symlink loops") {
  TempDir dir;
  fs::create_directories(dir.path / "guides/sub");
  fs::create_directories(dir.path / "guides/.hidden");
  spit(dir.file("guides/b.md"), "x");
  spit(dir.file("guides/a.TXT"), "x");
  spit(dir.file("guides/sub/c.html"), "x");
  spit(dir.file("guides/.hidden/d.md"), "x");
  spit(dir.file("guides/.e.md"), "x");
  spit(dir.file("guides/picture.png"), "x");
  spit(dir.file("notes.pdf"), "x");
  fs::create_directory_symlink(dir.path / "guides", dir.path / "guides/sub/loop");

  ingest::CollectedFiles c = ingest::collect_files(
      {dir.file("guides"), dir.file("guides/b.md"), dir.file("notes.pdf"), dir.file("nope.md")});
  std::vector<std::string> names;
  for (const ingest::SourceFile& f : c.files) names.push_back(fs::path(f.display_path).filename());
  CHECK(names == std::vector<std::string>{"a.TXT", "b.md", "c.html"});
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0] ==
        dir.file("notes.pdf") +
            ": unsupported file type (expected .txt, .md, .markdown, .html or .htm)");
  CHECK(c.errors[1] == dir.file("nope.md") + ": no such file or folder");
}

TEST_CASE("ingest: files over the size limit are refused before reading") {
  TempDir dir;
  spit(dir.file("big.md"), std::string(2048, 'a'));
  ingest::SourceFile file{"big.md", dir.file("big.md")};
  CHECK_THROWS_WITH_AS(ingest::read_source(file, 1024),
                       "big.md: file is 2048 bytes, over the import limit of 1024 bytes "
                       "(--max-file-size)",
                       ingest::LoadError);
  CHECK(ingest::read_source(file, 4096).sha256 == ingest::sha256_hex(std::string(2048, 'a')));
  CHECK(ingest::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("ingest: empty and binary files are refused, a real guide is parsed") {
  TempDir dir;
  auto load = [&](const std::string& name, const std::string& bytes) {
    spit(dir.file(name), bytes);
    return ingest::parse_source(ingest::read_source({name, dir.file(name)}, 1 << 20));
  };
  CHECK_THROWS_WITH_AS(load("empty.md", " \n\t\r\n"), "empty.md: empty file", ingest::LoadError);
  CHECK_THROWS_WITH_AS(load("bin.txt", std::string("PK\x03\x04\0\0\0\0\x01\x02", 10)),
                       "bin.txt: binary file, not a career guide", ingest::LoadError);
  const std::string text = "# Dental Hygienist Career Guide\n\nThey clean teeth.\n";
  ingest::LoadedGuide g = load("x.md", text);
  CHECK(g.format == "markdown");
  CHECK(g.encoding == "utf-8");
  CHECK(g.bytes == text.size());
  CHECK(g.sha256 == ingest::sha256_hex(text));
  CHECK_FALSE(g.guide.career.empty());
}
