// See pass_rows.hpp. Measured on 10,000 synthetic guides, where "patient" matches 130,000
// sections: ranking every match took 22 ms in that table alone, joining every match to its
// guide before ranking (to filter) 150 ms; ranking the window takes about 4 ms, and checking
// the best rows' careers one by one stops after a few dozen lookups.
#include "search/pass_rows.hpp"

#include <algorithm>
#include <filesystem>

namespace careerkb::search::detail {
namespace {

// Row ranges cost two index probes per guide and table: worth it for this many guides at
// most. Beyond, ranking first and checking careers after is cheaper.
constexpr size_t max_range_guides = 256;

}  // namespace

std::vector<RankedRow> PassRows::best(size_t table, const std::string& expr, bool comparable,
                                      const std::vector<const CareerSet*>& only, size_t limit) {
  if (only.empty()) return ranked_window(table, expr, comparable, nullptr, static_cast<int>(limit));
  const std::string* ranges = ranges_for(table, only);
  // Within row ranges nearly every ranked row is kept: rank them all. Otherwise take more
  // ranked rows until enough are of the careers wanted, or the window is used up.
  int count = ranges ? rank_window_ : static_cast<int>(std::min<size_t>(rank_window_, limit * 20));
  while (true) {
    std::vector<RankedRow> ranked = ranked_window(table, expr, comparable, ranges, count);
    std::vector<RankedRow> kept;
    for (const RankedRow& row : ranked) {
      if (kept.size() == limit) break;
      if (allowed(table, row.id, only)) kept.push_back(row);
    }
    // Fewer ranked than asked: every match of the window was seen.
    if (kept.size() == limit || ranked.size() < static_cast<size_t>(count)) return kept;
    if (count >= rank_window_) {
      // The window is full and holds too few of these careers' rows: older rows may hold
      // more, so the exact (slower) join decides.
      return ranges ? kept : ranked_after_join(table, expr, only, limit);
    }
    count = std::min(rank_window_, count * 8);
  }
}

std::vector<RankedRow> PassRows::ranked_window(size_t table, const std::string& expr,
                                               bool comparable, const std::string* ranges,
                                               int count) {
  const std::string fts = tables[table].fts;
  const char* rank_fn = comparable ? "careerkb_rank" : "careerkb_relative_rank";
  // The inner LIMIT keeps FTS5 from ranking more than the window; the outer ORDER BY keeps only
  // `count` rows in SQLite's sorter.
  std::string sql = "SELECT id, score FROM (SELECT rowid AS id, " + std::string(rank_fn) + "(" +
                    fts + ") AS score FROM " + fts + " WHERE " + fts + " MATCH ?";
  if (ranges) sql += " AND careerkb_rowid_in(rowid, ?)";
  sql += " ORDER BY rowid DESC LIMIT " + std::to_string(rank_window_) + ") ORDER BY score LIMIT ?";
  SQLite::Statement st(db_, sql);
  int bind = 1;
  st.bind(bind++, expr);
  if (ranges) st.bind(bind++, ranges->data(), static_cast<int>(ranges->size()));
  st.bind(bind++, count);
  std::vector<RankedRow> rows;
  while (st.executeStep())
    rows.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getDouble()});
  return rows;
}

std::vector<RankedRow> PassRows::ranked_after_join(size_t table, const std::string& expr,
                                                   const std::vector<const CareerSet*>& only,
                                                   size_t limit) {
  const Table& t = tables[table];
  const std::string fts = t.fts;
  std::string sql = "SELECT t.id, " + fts + ".rank FROM " + fts + " JOIN " + t.name +
                    " t ON t.id = " + fts + ".rowid JOIN guides g ON g.id = t.guide_id WHERE " +
                    fts + " MATCH ? AND " + fts + ".rank MATCH 'careerkb_rank()'";
  for (size_t i = 0; i < only.size(); ++i)
    sql += " AND g.career_id IN (SELECT value FROM json_each(?))";
  sql += " ORDER BY " + fts + ".rank LIMIT ?";
  SQLite::Statement st(db_, sql);
  int bind = 1;
  st.bind(bind++, expr);
  for (const CareerSet* set : only) st.bind(bind++, set->json());
  st.bind(bind++, static_cast<int>(limit));
  std::vector<RankedRow> rows;
  while (st.executeStep())
    rows.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getDouble()});
  return rows;
}

std::vector<RankedRow> PassRows::browse(size_t table, const std::string& condition,
                                        const std::vector<const CareerSet*>& only, size_t limit) {
  std::string sql = "SELECT t.id FROM " + std::string(tables[table].name) +
                    " t JOIN guides g ON g.id = t.guide_id WHERE 1" + condition;
  for (size_t i = 0; i < only.size(); ++i)
    sql += " AND g.career_id IN (SELECT value FROM json_each(?))";
  sql += " ORDER BY g.id, t.line LIMIT ?";
  SQLite::Statement st(db_, sql);
  int bind = 1;
  for (const CareerSet* set : only) st.bind(bind++, set->json());
  st.bind(bind++, static_cast<int>(limit));
  std::vector<RankedRow> rows;
  while (st.executeStep()) rows.push_back({st.getColumn(0).getInt64(), 0.0});
  return rows;
}

std::vector<Candidate> PassRows::load(size_t table, const std::vector<RankedRow>& rows,
                                      std::vector<double>& ranks) {
  const Table& t = tables[table];
  std::vector<Candidate> out;
  if (rows.empty()) return out;
  std::vector<std::int64_t> ids;
  for (const RankedRow& r : rows) ids.push_back(r.id);
  // The career's figures are not joined here: they come from career_summary, a grouping view;
  // search.cpp looks them up for the rows shown.
  SQLite::Statement st(db_, std::string("SELECT t.id, c.id, c.name, ") + t.text_sql + ", " +
                                t.kind_sql + ", " + t.subkind_sql + ", s.path, t.line FROM " +
                                t.name +
                                " t JOIN guides g ON g.id = t.guide_id JOIN careers c ON c.id = "
                                "g.career_id JOIN sources s ON s.id = g.source_id WHERE 1" +
                                in_list_sql("t.id", ids.size()));
  int bind = 1;
  bind_ids(st, bind, ids);
  std::map<std::int64_t, Candidate> by_id;
  while (st.executeStep()) {
    Candidate c;
    c.table = table;
    c.rowid = st.getColumn(0).getInt64();
    c.career_id = st.getColumn(1).getInt64();
    Hit& h = c.hit;
    h.career = st.getColumn(2).getString();
    h.text = st.getColumn(3).getString();
    h.kind = fact_kind_from_name(st.getColumn(4).getText()).value_or(FactKind::section);
    if (!st.getColumn(5).isNull())
      c.section_kind = parse::from_string<parse::SectionKind>(st.getColumn(5).getText());
    h.file = std::filesystem::path(st.getColumn(6).getString()).filename().string();
    h.line = st.getColumn(7).getInt();
    by_id.emplace(c.rowid, std::move(c));
  }
  for (const RankedRow& r : rows) {
    auto it = by_id.find(r.id);
    if (it == by_id.end()) continue;
    out.push_back(std::move(it->second));
    ranks.push_back(r.rank);
  }
  return out;
}

bool PassRows::allowed(size_t table, std::int64_t id, const std::vector<const CareerSet*>& only) {
  auto& st = career_of_[table];
  if (!st) {
    st = std::make_unique<SQLite::Statement>(
        db_, std::string("SELECT g.career_id FROM ") + tables[table].name +
                 " t JOIN guides g ON g.id = t.guide_id WHERE t.id = ?");
  }
  st->reset();
  st->bind(1, static_cast<int64_t>(id));
  if (!st->executeStep()) return false;
  const std::int64_t career = st->getColumn(0).getInt64();
  return std::all_of(only.begin(), only.end(), [&](const CareerSet* s) { return s->has(career); });
}

const std::string* PassRows::ranges_for(size_t table, const std::vector<const CareerSet*>& only) {
  // The ranges of the smallest set with few enough guides; the other sets are checked after.
  const CareerSet* chosen = nullptr;
  for (const CareerSet* set : only) {
    auto [it, fresh] = guides_.try_emplace(set);
    if (fresh) {
      SQLite::Statement st(db_,
                           "SELECT id FROM guides WHERE career_id IN (SELECT value FROM "
                           "json_each(?)) LIMIT ?");
      st.bind(1, set->json());
      st.bind(2, static_cast<int>(max_range_guides + 1));
      std::vector<std::int64_t> guides;
      while (st.executeStep()) guides.push_back(st.getColumn(0).getInt64());
      if (guides.size() <= max_range_guides) it->second = std::move(guides);
    }
    if (it->second && (!chosen || it->second->size() < guides_[chosen]->size())) chosen = set;
  }
  if (!chosen) return nullptr;
  auto [it, fresh] = ranges_.try_emplace({table, chosen});
  if (fresh) it->second = db::guide_row_ranges(db_, tables[table].name, *guides_[chosen]).blob();
  return &it->second;
}

}  // namespace careerkb::search::detail
