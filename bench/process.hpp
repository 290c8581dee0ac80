// Runs one child process and measures it: wall clock (steady_clock), CPU time and peak RSS (from
// wait4's rusage). Every timed command of the benchmark goes through here, so all figures are
// taken the same way.
#pragma once

#include <string>
#include <vector>

namespace careerkb::bench {

struct ProcessResult {
  double wall_s = 0;     // spawn to reaped, steady_clock
  double cpu_s = 0;      // user + system time of the child
  long peak_rss_kb = 0;  // ru_maxrss of the child
  int exit_code = -1;    // -1 when it did not exit normally (signal) or could not start
  std::string error;     // why it could not start or was killed; empty otherwise
};

// Where the child's stdout and stderr go: a file path (truncated), or "" for /dev/null.
struct Redirects {
  std::string stdout_path;
  std::string stderr_path;
};

// Runs argv[0] (searched on PATH) with the given arguments and waits for it.
// Caveat: Linux carries the spawning process's peak RSS into a child started with fork/vfork,
// so a child's peak_rss_kb is never below ours at the time; own_peak_rss_kb() tells what it is.
ProcessResult run_process(const std::vector<std::string>& argv, const Redirects& redirects = {});

// Peak RSS of this process so far, KB.
long own_peak_rss_kb();

// True when `program` names an executable file, directly or on PATH.
bool program_exists(const std::string& program);

}  // namespace careerkb::bench
