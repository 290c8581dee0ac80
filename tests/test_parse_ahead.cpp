// The parse-ahead queue: same order as the inner producer, bounded in items and in bytes, and
// an error thrown by the producer comes out at the position where it happened.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "ingest/parse_ahead.hpp"

using namespace careerkb::ingest;

namespace {

// A producer of `count` items of `bytes` source bytes each, counting how many it has made.
ImportProducer counting_producer(int count, std::uint64_t bytes, std::atomic<int>& made,
                                 int throw_at = -1) {
  return [count, bytes, &made, throw_at]() -> std::optional<ImportItem> {
    int n = made.load();
    if (n == throw_at) throw std::runtime_error("bad file " + std::to_string(n));
    if (n >= count) return std::nullopt;
    ImportItem item;
    item.kind = ImportItem::Kind::guide;
    item.display_path = "guide-" + std::to_string(n);
    item.loaded.bytes = bytes;
    made = n + 1;
    return item;
  };
}

// Waits (up to 10 s) until the background thread has made at least `count` items; false if it
// never does.
bool reaches(const std::atomic<int>& made, int count) {
  for (int i = 0; i < 2000 && made.load() < count; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  return made.load() >= count;
}

// What the thread has made after it had time to go further, were it allowed to.
int after_a_while(const std::atomic<int>& made) {
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  return made.load();
}

}  // namespace

TEST_CASE("parse_ahead hands out every item in the inner producer's order") {
  std::atomic<int> made = 0;
  ImportProducer next = parse_ahead(counting_producer(500, 10, made), 7);
  for (int i = 0; i < 500; ++i) {
    std::optional<ImportItem> item = next();
    REQUIRE(item);
    CHECK(item->display_path == "guide-" + std::to_string(i));
  }
  CHECK_FALSE(next());
  CHECK_FALSE(next());
}

TEST_CASE("parse_ahead keeps at most `depth` items ready") {
  std::atomic<int> made = 0;
  ImportProducer next = parse_ahead(counting_producer(1000, 10, made), 8, 1ull << 30);
  // Nothing taken yet: the thread stops once 8 are queued.
  CHECK(reaches(made, 8));
  CHECK(after_a_while(made) == 8);
  REQUIRE(next());
  CHECK(reaches(made, 9));
  CHECK(after_a_while(made) == 9);
}

TEST_CASE("parse_ahead stops reading ahead at the byte budget, but always lets one item in") {
  std::atomic<int> made = 0;
  // 1 MB items, 3 MB budget: 3 queued (the budget is reached), far below the depth of 256.
  ImportProducer next = parse_ahead(counting_producer(100, 1 << 20, made), 256, 3 << 20);
  CHECK(reaches(made, 3));
  CHECK(after_a_while(made) == 3);

  std::atomic<int> big_made = 0;
  // Each item alone is over the budget: the queue still moves, one at a time.
  ImportProducer big = parse_ahead(counting_producer(5, 8 << 20, big_made), 256, 1 << 20);
  CHECK(reaches(big_made, 1));
  CHECK(after_a_while(big_made) == 1);
  for (int i = 0; i < 5; ++i) REQUIRE(big());
  CHECK_FALSE(big());
}

TEST_CASE("parse_ahead rethrows the producer's error after the items made before it") {
  std::atomic<int> made = 0;
  ImportProducer next = parse_ahead(counting_producer(100, 10, made, 3), 16);
  for (int i = 0; i < 3; ++i) REQUIRE(next());
  CHECK_THROWS_WITH_AS(next(), "bad file 3", std::runtime_error);
}

TEST_CASE("dropping the producer halfway stops and joins the thread") {
  std::atomic<int> made = 0;
  {
    ImportProducer next = parse_ahead(counting_producer(1'000'000, 10, made), 4);
    REQUIRE(next());
  }  // joins here; a thread left running would keep making items
  int after = made.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK(made.load() == after);
  CHECK(after < 1'000'000);
}
