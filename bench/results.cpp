// Sums and percentiles over the collected figures.
#include "results.hpp"

#include <algorithm>
#include <cmath>

namespace careerkb::bench {

double BuildResult::wall_s() const {
  double total = 0;
  for (const Step& s : steps) total += s.wall_s;
  return total;
}

double BuildResult::cpu_s() const {
  double total = 0;
  for (const Step& s : steps) total += s.cpu_s;
  return total;
}

long BuildResult::peak_rss_kb() const {
  long peak = 0;
  for (const Step& s : steps) peak = std::max(peak, s.peak_rss_kb);
  return peak;
}

void Samples::add(double wall, double cpu) {
  wall_ms.push_back(wall);
  cpu_ms.push_back(cpu);
}

void Samples::append(const Samples& other) {
  wall_ms.insert(wall_ms.end(), other.wall_ms.begin(), other.wall_ms.end());
  cpu_ms.insert(cpu_ms.end(), other.cpu_ms.begin(), other.cpu_ms.end());
}

namespace {

// Nearest rank: the smallest sample with at least p of the samples at or below it.
double percentile(std::vector<double> ms, double p) {
  if (ms.empty()) return 0;
  std::sort(ms.begin(), ms.end());
  std::size_t index = static_cast<std::size_t>(std::ceil(p * ms.size()));
  return ms[std::clamp<std::size_t>(index, 1, ms.size()) - 1];
}

}  // namespace

LatencyStats latency_stats(const Samples& samples) {
  LatencyStats stats;
  stats.samples = samples.wall_ms.size();
  stats.p50_ms = percentile(samples.wall_ms, 0.50);
  stats.p99_ms = percentile(samples.wall_ms, 0.99);
  stats.max_ms = percentile(samples.wall_ms, 1.0);
  stats.cpu_p50_ms = percentile(samples.cpu_ms, 0.50);
  return stats;
}

}  // namespace careerkb::bench
