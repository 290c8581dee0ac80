// The benchmark's input: a folder of guides, either given (--corpus) or generated with
// ../shared/bench/make_corpus.py (--n), and the sizes every ratio is taken against.
#pragma once

#include <cstdint>
#include <string>

namespace careerkb::bench {

struct CorpusInfo {
  std::string path;                 // absolute
  int generated_n = 0;              // N when made by make_corpus.py, 0 when given
  bool reused = false;              // an existing generated corpus was used as is
  double generate_s = 0;            // wall time of make_corpus.py, 0 when reused or given
  std::int64_t files = 0;           // regular files, recursively
  std::int64_t bytes = 0;           // their total size
  std::int64_t nonempty_lines = 0;  // rows of a one-row-per-line index
};

// WORK/corpus-N, made with `python3 make_corpus_py --n N --out ...` unless it already holds N
// guides. Throws std::runtime_error when the generator fails.
CorpusInfo generate_corpus(const std::string& make_corpus_py, const std::string& work_dir, int n);

// Counts files, bytes and non-empty lines of `dir` (reading every file, which also warms the page
// cache, so every contender below reads the corpus from memory). Throws if `dir` is not a folder.
CorpusInfo scan_corpus(const std::string& dir);

// Size of a file in bytes, 0 when missing.
std::int64_t file_bytes(const std::string& path);

// Deletes a database file and its -wal, -shm and -journal companions, so each build starts fresh.
void remove_database(const std::string& path);

}  // namespace careerkb::bench
