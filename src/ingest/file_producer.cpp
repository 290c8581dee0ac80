// Reads and parses the files of an import one per call, and parses --max-file-size.
#include "ingest/file_producer.hpp"

#include <cctype>
#include <limits>
#include <memory>
#include <stdexcept>

namespace careerkb::ingest {

ImportProducer file_producer(const std::vector<std::string>& paths, std::uint64_t max_file_bytes,
                             KnownHashes known) {
  struct State {
    CollectedFiles collected;
    KnownHashes known;
    std::uint64_t max_bytes = 0;
    size_t next_error = 0, next_file = 0;
  };
  auto state = std::make_shared<State>();
  state->collected = collect_files(paths);
  state->known = std::move(known);
  state->max_bytes = max_file_bytes;

  return [state]() -> std::optional<ImportItem> {
    ImportItem item;
    if (state->next_error < state->collected.errors.size()) {
      item.error = state->collected.errors[state->next_error++];
      item.display_path = item.error.substr(0, item.error.find(": "));
      return item;
    }
    if (state->next_file >= state->collected.files.size()) return std::nullopt;
    const SourceFile& file = state->collected.files[state->next_file++];
    item.display_path = file.display_path;
    try {
      RawSource raw = read_source(file, state->max_bytes);
      auto it = state->known.find(file.canonical_path);
      if (it != state->known.end() && it->second == raw.sha256) {
        item.kind = ImportItem::Kind::unchanged;
        return item;
      }
      item.loaded = parse_source(std::move(raw));
      item.kind = ImportItem::Kind::guide;
    } catch (const LoadError& e) {
      item.error = e.what();
    }
    return item;
  };
}

std::uint64_t parse_byte_size(std::string_view text) {
  auto invalid = [&] {
    return std::invalid_argument("invalid size '" + std::string(text) +
                                 "': use a number of bytes or a number with k, M or G (64M)");
  };
  size_t i = 0;
  std::uint64_t number = 0;
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    unsigned digit = static_cast<unsigned>(text[i++] - '0');
    if (number > (max - digit) / 10) throw invalid();
    number = number * 10 + digit;
  }
  if (i == 0) throw invalid();
  std::string unit;
  for (; i < text.size(); ++i) unit += static_cast<char>(std::tolower((unsigned char)text[i]));
  int shift = 0;
  if (unit.empty() || unit == "b") {
    shift = 0;
  } else if (unit == "k" || unit == "kb" || unit == "kib") {
    shift = 10;
  } else if (unit == "m" || unit == "mb" || unit == "mib") {
    shift = 20;
  } else if (unit == "g" || unit == "gb" || unit == "gib") {
    shift = 30;
  } else {
    throw invalid();
  }
  if (number == 0 || number > (max >> shift)) throw invalid();
  return number << shift;
}

}  // namespace careerkb::ingest
