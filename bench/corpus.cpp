// Corpus generation (through make_corpus.py) and the corpus's sizes.
#include "corpus.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "process.hpp"

namespace fs = std::filesystem;

namespace careerkb::bench {
namespace {

std::int64_t count_guides(const fs::path& dir) {
  std::int64_t count = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.starts_with("guide-")) ++count;
  }
  return count;
}

}  // namespace

CorpusInfo generate_corpus(const std::string& make_corpus_py, const std::string& work_dir, int n) {
  const fs::path out = fs::path(work_dir) / ("corpus-" + std::to_string(n));
  CorpusInfo info;
  if (fs::is_directory(out) && count_guides(out) == n) {
    info = scan_corpus(out.string());
    info.reused = true;
  } else {
    // Written beside and renamed when complete, so an interrupted run is never reused.
    const fs::path partial = out.string() + ".partial";
    fs::remove_all(partial);
    fs::remove_all(out);
    const std::string log =
        (fs::path(work_dir) / ("make_corpus-" + std::to_string(n) + ".log")).string();
    ProcessResult made = run_process(
        {"python3", make_corpus_py, "--n", std::to_string(n), "--out", partial.string()},
        {log, log});
    if (made.exit_code != 0) {
      throw std::runtime_error("make_corpus.py --n " + std::to_string(n) + " failed (see " + log +
                               ")" + (made.error.empty() ? "" : ": " + made.error));
    }
    fs::rename(partial, out);
    info = scan_corpus(out.string());
    info.generate_s = made.wall_s;
  }
  info.generated_n = n;
  return info;
}

CorpusInfo scan_corpus(const std::string& dir) {
  if (!fs::is_directory(dir)) throw std::runtime_error(dir + ": not a folder");
  CorpusInfo info;
  info.path = fs::absolute(dir).lexically_normal().string();
  std::vector<char> buffer(1 << 20);
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    ++info.files;
    std::ifstream in(entry.path(), std::ios::binary);
    bool line_has_text = false;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount()) {
      const std::streamsize got = in.gcount();
      info.bytes += got;
      for (std::streamsize i = 0; i < got; ++i) {
        if (buffer[i] == '\n') {
          info.nonempty_lines += line_has_text;
          line_has_text = false;
        } else {
          line_has_text = true;
        }
      }
    }
    info.nonempty_lines += line_has_text;  // a last line without '\n'
  }
  return info;
}

std::int64_t file_bytes(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<std::int64_t>(size);
}

void remove_database(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix);
}

}  // namespace careerkb::bench
