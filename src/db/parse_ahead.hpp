// Parsing on its own thread: the machine has two cores, and an import spends about as long
// parsing guides as SQLite spends writing them, so the writer should never wait for the parser
// (or the reverse) more than a few files' worth.
#pragma once

#include <cstddef>

#include "db/import.hpp"

namespace careerkb::db {

// Runs `inner` on a background thread that keeps up to `depth` items ready; the returned
// producer hands them out in the same order. An exception thrown by `inner` is rethrown by the
// returned producer at the position where it happened. Destroying the last copy of the returned
// producer stops the thread (after the item it is parsing) and joins it, so an import that
// aborts halfway leaves no thread behind.
ImportProducer parse_ahead(ImportProducer inner, std::size_t depth = 16);

}  // namespace careerkb::db
