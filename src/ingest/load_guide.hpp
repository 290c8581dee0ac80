// The file side of an import: finding guide files under the paths the user gave, reading one
// file's bytes, and turning them into a parsed Guide. No SQLite here, so loading runs on the
// parse-ahead thread (parse_ahead.hpp) while the importing thread writes.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "parse/guide.hpp"
#include "parse/roles.hpp"

namespace careerkb::ingest {

// A file is refused for one of the reasons below. what() is "PATH: reason".
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SourceFile {
  std::string display_path;    // as the user named it (argument, or argument/relative/path)
  std::string canonical_path;  // absolute, symlinks resolved: the key stored in sources.path
};

struct CollectedFiles {
  std::vector<SourceFile> files;    // in argument order, each folder's entries sorted by name
  std::vector<std::string> errors;  // "PATH: reason" for arguments or folders that failed
};

// Expands files and folders into guide files. Folders are walked recursively, entries sorted,
// hidden entries (a leading '.') skipped, and only .txt .md .markdown .html .htm taken (case
// does not matter). A file named directly with another extension is an error. A folder reached
// twice (a symlink loop) is walked once; a file reached twice is listed once.
CollectedFiles collect_files(const std::vector<std::string>& paths);

bool is_guide_extension(std::string_view file_name);

// One file's bytes and their digest, before any parsing.
struct RawSource {
  SourceFile file;
  std::string bytes;
  std::string sha256;  // lowercase hex of the raw bytes
};

// Reads the file. Throws LoadError when it cannot be read or is over `max_bytes`.
RawSource read_source(const SourceFile& file, std::uint64_t max_bytes);

// A parsed guide and what the sources table records about its file.
struct LoadedGuide {
  SourceFile file;
  std::string sha256;
  std::uint64_t bytes = 0;
  std::string format;    // text, markdown or html
  std::string encoding;  // utf-8, utf-8-bom or windows-1252
  std::vector<std::string> repairs;
  parse::Guide guide;
  // parse::distinct_terms(guide), computed here on the parse thread so the writer only counts
  // them into search_terms. A producer that builds a LoadedGuide itself must fill it too.
  std::vector<std::string> terms;
};

// Decodes and parses. Throws LoadError for an empty (whitespace-only) or binary file; anything
// odd inside a real guide becomes a warning in guide.warnings instead.
// With `explanation`, also fills the role and cues of every block (dump --explain).
LoadedGuide parse_source(RawSource raw,
                         std::vector<parse::BlockExplanation>* explanation = nullptr);

std::string sha256_hex(std::string_view bytes);

}  // namespace careerkb::ingest
