// Finding and loading guide files: the folder walk, the size/empty/binary checks, the SHA-256
// of the raw bytes (OpenSSL EVP), and the decode -> read_document -> parse_guide pipeline.
#include "ingest/load_guide.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>

#include "parse/document.hpp"
#include "parse/terms.hpp"
#include "text/decode.hpp"

namespace careerkb::ingest {
namespace {

namespace fs = std::filesystem;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

class Collector {
 public:
  CollectedFiles result;

  void add_argument(const std::string& arg) {
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (!fs::exists(st)) {
      bool dangling = fs::is_symlink(fs::symlink_status(arg, ec));
      error(arg, dangling ? "broken symbolic link" : "no such file or folder");
    } else if (fs::is_directory(st)) {
      walk(arg);
    } else if (!fs::is_regular_file(st)) {
      error(arg, "not a regular file");
    } else if (!is_guide_extension(arg)) {
      error(arg, "unsupported file type (expected .txt, .md, .markdown, .html or .htm)");
    } else {
      add_file(arg);
    }
  }

 private:
  std::set<fs::path> visited_folders_;  // canonical: a symlink back up the tree is seen once
  std::set<std::string> seen_files_;

  void error(const std::string& path, const std::string& reason) {
    result.errors.push_back(path + ": " + reason);
  }

  void add_file(const std::string& display) {
    std::error_code ec;
    fs::path canonical = fs::canonical(display, ec);
    if (ec) return error(display, ec.message());
    if (seen_files_.insert(canonical.string()).second)
      result.files.push_back({display, canonical.string()});
  }

  void walk(const std::string& display) {
    std::error_code ec;
    fs::path canonical = fs::canonical(display, ec);
    if (ec) return error(display, ec.message());
    if (!visited_folders_.insert(canonical).second) return;

    std::vector<std::string> names;
    fs::directory_iterator it(display, ec);
    if (ec) return error(display, "cannot read folder: " + ec.message());
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] != '.') names.push_back(name);
    }
    if (ec) error(display, "cannot read folder: " + ec.message());
    std::sort(names.begin(), names.end());

    for (const std::string& name : names) {
      std::string child = (fs::path(display) / name).string();
      fs::file_status st = fs::status(child, ec);
      if (fs::is_directory(st)) {
        walk(child);
      } else if (fs::is_regular_file(st) && is_guide_extension(name)) {
        add_file(child);
      } else if (!fs::exists(st) && is_guide_extension(name)) {
        error(child, "broken symbolic link");
      }
      // Anything else in a folder (images, the database itself...) is not a guide: ignored.
    }
  }
};

bool only_whitespace(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

}  // namespace

bool is_guide_extension(std::string_view file_name) {
  std::string ext = lower_ascii(fs::path(file_name).extension().string());
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

CollectedFiles collect_files(const std::vector<std::string>& paths) {
  Collector collector;
  for (const std::string& path : paths) collector.add_argument(path);
  return std::move(collector.result);
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("sha256: OpenSSL digest failed");
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 0xF];
  }
  return out;
}

RawSource read_source(const SourceFile& file, std::uint64_t max_bytes) {
  const std::string& path = file.display_path;
  auto too_big = [&](std::uint64_t size) {
    return LoadError(path + ": file is " + std::to_string(size) +
                     " bytes, over the import limit of " + std::to_string(max_bytes) +
                     " bytes (--max-file-size)");
  };
  // Checked before reading, so a huge file is refused without being loaded into memory.
  std::error_code ec;
  std::uintmax_t size = fs::file_size(file.canonical_path, ec);
  if (ec) throw LoadError(path + ": cannot read: " + ec.message());
  if (size > max_bytes) throw too_big(size);

  std::ifstream in(file.canonical_path, std::ios::binary);
  if (!in) throw LoadError(path + ": cannot open for reading");
  RawSource raw{file, {}, {}};
  // Block reads, not istreambuf_iterator: a character at a time was a tenth of the parse time.
  // The size can change between the stat and the read, so read until the stream ends.
  raw.bytes.resize(size + 1);
  std::size_t filled = 0;
  while (true) {
    in.read(raw.bytes.data() + filled, static_cast<std::streamsize>(raw.bytes.size() - filled));
    filled += static_cast<std::size_t>(in.gcount());
    if (!in || filled > max_bytes) break;
    raw.bytes.resize(raw.bytes.size() * 2);
  }
  raw.bytes.resize(filled);
  if (in.bad()) throw LoadError(path + ": read error");
  if (raw.bytes.size() > max_bytes) throw too_big(raw.bytes.size());  // grew while we looked
  raw.sha256 = sha256_hex(raw.bytes);
  return raw;
}

LoadedGuide parse_source(RawSource raw, std::vector<parse::BlockExplanation>* explanation) {
  const std::string& path = raw.file.display_path;
  if (only_whitespace(raw.bytes)) throw LoadError(path + ": empty file");
  if (text::looks_binary(raw.bytes)) throw LoadError(path + ": binary file, not a career guide");

  text::DecodedText decoded = text::decode_bytes(raw.bytes);
  std::string file_name = fs::path(raw.file.display_path).filename().string();
  parse::Format format = parse::detect_format(file_name, decoded.utf8);
  parse::Document document = parse::read_document(decoded.utf8, format);

  LoadedGuide loaded;
  loaded.file = std::move(raw.file);
  loaded.sha256 = std::move(raw.sha256);
  loaded.bytes = raw.bytes.size();
  loaded.format = parse::format_name(format);
  loaded.encoding = std::move(decoded.encoding);
  loaded.repairs = std::move(decoded.repairs);
  loaded.guide = parse::parse_guide(document, file_name, explanation);
  loaded.terms = parse::distinct_terms(loaded.guide);
  return loaded;
}

}  // namespace careerkb::ingest
