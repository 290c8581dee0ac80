// See rank_function.hpp for why careerkb ranks with its own function.
#include "db/rank_function.hpp"

#include <sqlite3.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace careerkb::db {
namespace {

const Bm25Params default_params;
thread_local const Bm25Params* current_params = &default_params;

// Per query: the IDF of each phrase and the table's average row length, as bm25 computes them,
// and the constants in force when its first row was scored.
struct QueryStats {
  Bm25Params params;
  std::vector<double> idf;
  std::vector<double> frequency;  // per phrase, for the row being scored
  double average_length = 1;
  bool normalise_length = true;
};

int count_row(const Fts5ExtensionApi*, Fts5Context*, void* counter) {
  ++*static_cast<sqlite3_int64*>(counter);
  return SQLITE_OK;
}

// `relative`: the caller only compares rows of this one statement with each other. With one
// phrase the IDF then multiplies every score alike, so it is not counted: counting means
// reading every row that holds the phrase (100,000 rows for a common word on 10k guides),
// which cost more than ranking the rows themselves.
QueryStats* query_stats(const Fts5ExtensionApi* api, Fts5Context* ctx, bool relative, int* rc) {
  if (auto* stats = static_cast<QueryStats*>(api->xGetAuxdata(ctx, 0))) return stats;
  auto* stats = new QueryStats;
  stats->params = *current_params;
  sqlite3_int64 rows = 0, tokens = 0;
  *rc = api->xRowCount(ctx, &rows);
  if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(ctx, -1, &tokens);
  stats->normalise_length = rows <= stats->params.length_free_rows;
  if (rows > 0) stats->average_length = static_cast<double>(tokens) / static_cast<double>(rows);
  const int phrases = api->xPhraseCount(ctx);
  const bool count_idf = !(relative && phrases == 1);
  if (!count_idf) stats->idf.push_back(1.0);
  for (int i = 0; count_idf && *rc == SQLITE_OK && i < phrases; ++i) {
    sqlite3_int64 hits = 0;
    *rc = api->xQueryPhrase(ctx, i, &hits, count_row);
    double idf =
        std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
    stats->idf.push_back(idf > 1e-6 ? idf : 1e-6);  // as bm25: a very common word still counts
  }
  if (*rc != SQLITE_OK) {
    delete stats;
    return nullptr;
  }
  *rc = api->xSetAuxdata(ctx, stats, [](void* p) { delete static_cast<QueryStats*>(p); });
  return *rc == SQLITE_OK ? stats : nullptr;
}

void score_row(const Fts5ExtensionApi* api, Fts5Context* ctx, sqlite3_context* out, int argc,
               sqlite3_value** argv, bool relative) {
  int rc = SQLITE_OK;
  QueryStats* stats = query_stats(api, ctx, relative, &rc);
  if (!stats) {
    sqlite3_result_error_code(out, rc);
    return;
  }
  // Reused from row to row: this runs once per matching row.
  std::vector<double>& frequency = stats->frequency;
  frequency.assign(stats->idf.size(), 0.0);
  int instances = 0;
  rc = api->xInstCount(ctx, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(ctx, i, &phrase, &column, &offset);
    double weight = column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    if (phrase >= 0 && static_cast<size_t>(phrase) < frequency.size()) frequency[phrase] += weight;
  }
  const double k1 = stats->params.k1, b = stats->params.b;
  double length_factor = 1;
  if (rc == SQLITE_OK && stats->normalise_length) {
    int length = 0;
    rc = api->xColumnSize(ctx, -1, &length);
    length_factor = 1 - b + b * static_cast<double>(length) / stats->average_length;
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(out, rc);
    return;
  }
  double score = 0;
  for (size_t i = 0; i < frequency.size(); ++i) {
    score += stats->idf[i] * frequency[i] * (k1 + 1) / (frequency[i] + k1 * length_factor);
  }
  sqlite3_result_double(out, -score);
}

void careerkb_rank(const Fts5ExtensionApi* api, Fts5Context* ctx, sqlite3_context* out, int argc,
                   sqlite3_value** argv) {
  score_row(api, ctx, out, argc, argv, false);
}

void careerkb_relative_rank(const Fts5ExtensionApi* api, Fts5Context* ctx, sqlite3_context* out,
                            int argc, sqlite3_value** argv) {
  score_row(api, ctx, out, argc, argv, true);
}

}  // namespace

Bm25Scope::Bm25Scope(const Bm25Params& params) : previous_(current_params) {
  current_params = &params;
}

Bm25Scope::~Bm25Scope() {
  current_params = previous_;
}

void register_rank_function(SQLite::Database& db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db.getHandle(), "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
  if (!api ||
      api->xCreateFunction(api, "careerkb_rank", nullptr, careerkb_rank, nullptr) != SQLITE_OK ||
      api->xCreateFunction(api, "careerkb_relative_rank", nullptr, careerkb_relative_rank,
                           nullptr) != SQLITE_OK) {
    throw std::runtime_error("this SQLite has no usable FTS5: cannot register careerkb_rank");
  }
}

}  // namespace careerkb::db
