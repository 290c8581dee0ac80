// Parsing on its own thread: the machine has two cores, and an import spends about as long
// parsing guides as SQLite spends writing them. The writer works in bursts (it indexes FTS every
// 100 guides, which takes as long as parsing a hundred more), so the queue must hold more than
// one burst's worth or the parser stalls while the writer indexes: with 16 items a 10,000-guide
// import took 29 s, with 256 it took 22 s.
#pragma once

#include <cstddef>
#include <cstdint>

#include "ingest/file_producer.hpp"

namespace careerkb::ingest {

// Runs `inner` on a background thread that keeps up to `depth` items ready, and no more than
// `max_bytes` of source text (but always at least one item, however large); the returned
// producer hands them out in the same order. An exception thrown by `inner` is rethrown by the
// returned producer at the position where it happened. Destroying the last copy of the returned
// producer stops the thread (after the item it is parsing) and joins it, so an import that
// aborts halfway leaves no thread behind.
ImportProducer parse_ahead(ImportProducer inner, std::size_t depth = 256,
                           std::uint64_t max_bytes = 32ull << 20);

}  // namespace careerkb::ingest
