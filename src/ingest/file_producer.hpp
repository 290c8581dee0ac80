// The file side of `careerkb import`: a producer that turns the PATH arguments into one item per
// file (a parsed guide, a file known to be unchanged, or an error), for db::import_items to
// write. No SQLite here: the producer runs on the parse thread (see parse_ahead.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/load_guide.hpp"

namespace careerkb::ingest {

// What a producer yields per file: a guide to write, a file known to be unchanged, or an error.
struct ImportItem {
  enum class Kind { guide, unchanged, error };
  Kind kind = Kind::error;
  std::string display_path;
  std::string error;   // Kind::error: "PATH: reason"
  LoadedGuide loaded;  // Kind::guide
};

// Returns the next item, or nothing at the end. Called only from the importing thread.
using ImportProducer = std::function<std::optional<ImportItem>()>;

// Canonical path -> SHA-256 of the sources already stored (db::known_hashes), read before the
// run: lets the producer skip parsing files that did not change. Only a hint; the writer checks
// again.
using KnownHashes = std::unordered_map<std::string, std::string>;

// The producer over files: collects PATH arguments (see collect_files), then reads and parses
// one file per call. Files over `max_file_bytes` are errors, refused before being read.
ImportProducer file_producer(const std::vector<std::string>& paths, std::uint64_t max_file_bytes,
                             KnownHashes known);

// "64M", "100k", "1G", "123", "64MiB", "2mb" (binary units, case-insensitive) -> bytes, for
// --max-file-size. Throws std::invalid_argument naming the text.
std::uint64_t parse_byte_size(std::string_view text);

}  // namespace careerkb::ingest
