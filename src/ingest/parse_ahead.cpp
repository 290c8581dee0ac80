// A bounded single-producer, single-consumer queue around an ImportProducer. Bounded, so that a
// fast parser cannot pile up thousands of parsed guides in memory while SQLite catches up: peak
// memory stays flat whatever the corpus size.
#include "ingest/parse_ahead.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace careerkb::ingest {
namespace {

class Pipeline {
 public:
  Pipeline(ImportProducer inner, std::size_t depth, std::uint64_t max_bytes)
      : inner_(std::move(inner)), depth_(depth == 0 ? 1 : depth), max_bytes_(max_bytes) {
    worker_ = std::thread([this] { run(); });
  }
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    room_.notify_all();
    worker_.join();
  }

  std::optional<ImportItem> next() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return !queue_.empty() || finished_; });
    if (queue_.empty()) {
      if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
      return std::nullopt;
    }
    ImportItem item = std::move(queue_.front());
    queue_.pop_front();
    queued_bytes_ -= item.loaded.bytes;
    lock.unlock();
    room_.notify_one();
    return item;
  }

 private:
  void run() {
    try {
      while (true) {
        {
          std::unique_lock lock(mutex_);
          room_.wait(lock, [this] { return has_room() || stopping_; });
          if (stopping_) break;
        }
        std::optional<ImportItem> item = inner_();  // the slow part, outside the lock
        if (!item) break;
        {
          std::lock_guard lock(mutex_);
          queued_bytes_ += item->loaded.bytes;
          queue_.push_back(std::move(*item));
        }
        ready_.notify_one();
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      error_ = std::current_exception();
    }
    {
      std::lock_guard lock(mutex_);
      finished_ = true;
    }
    ready_.notify_all();
  }

  // Called with the lock held. An empty queue always has room, so one guide larger than the
  // byte budget still goes through.
  bool has_room() const {
    return queue_.empty() || (queue_.size() < depth_ && queued_bytes_ < max_bytes_);
  }

  ImportProducer inner_;
  std::size_t depth_;
  std::uint64_t max_bytes_;
  std::uint64_t queued_bytes_ = 0;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<ImportItem> queue_;
  std::exception_ptr error_;
  bool finished_ = false, stopping_ = false;
  std::thread worker_;  // last: started after every member above exists
};

}  // namespace

ImportProducer parse_ahead(ImportProducer inner, std::size_t depth, std::uint64_t max_bytes) {
  auto pipeline = std::make_shared<Pipeline>(std::move(inner), depth, max_bytes);
  return [pipeline]() { return pipeline->next(); };
}

}  // namespace careerkb::ingest
