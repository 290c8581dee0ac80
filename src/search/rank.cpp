// Runs a Plan into scored facts. Each table gets up to four passes: every word; the words but a
// career's name, over that career's facts; that career's facts on the topic asked for; and, when
// those find too little, any of the words. pass_rows.cpp finds each pass's rows (ranked inside
// FTS5, of the careers the filters let through); this file scores and merges them.
//
// Scores: bm25() is negative (lower is better) and is not comparable across tables or
// expressions: each table has its own document frequencies, and FTS5 clamps the IDF of a word
// found in over half the rows to ~0. So a row's base score is its table's weight times (its bm25
// / the pass's best bm25), in (0, weight]; the boosts multiply it (score.hpp, RankingParams).
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <span>

#include "parse/kinds.hpp"
#include "search/engine.hpp"
#include "search/pass_rows.hpp"

namespace careerkb::search::detail {
namespace {

enum class Pass { full, named, browse, partial };

// The kinds of section on a topic: salary sections for pay; duties and day-in-the-life sections
// for duties (where every duty is on the topic too).
std::span<const parse::SectionKind> topic_sections(Topic topic) {
  using enum parse::SectionKind;
  static constexpr parse::SectionKind pay[] = {salary};
  static constexpr parse::SectionKind work[] = {duties, day_in_life};
  switch (topic) {
    case Topic::salary:
      return pay;
    case Topic::duties:
      return work;
    case Topic::none:
      return {};
  }
  return {};
}

bool on_topic(Topic topic, size_t table, std::optional<parse::SectionKind> section_kind) {
  if (topic == Topic::duties && tables[table].scope == Scope::duties) return true;
  if (tables[table].scope != Scope::sections || !section_kind) return false;
  std::span<const parse::SectionKind> kinds = topic_sections(topic);
  return std::find(kinds.begin(), kinds.end(), *section_kind) != kinds.end();
}

class Collector {
 public:
  Collector(SQLite::Database& db, const Plan& plan)
      : db_(db), plan_(plan), rows_(db, plan.ranking.rank_window) {
    if (!plan.named_careers.empty()) named_.emplace(plan.named_careers);
  }

  // One pass over one table; `expr` is null for Pass::browse. A partial pass is for the
  // positive clause `clause`.
  void run(size_t table, Pass pass, const std::string* expr, size_t clause = 0) {
    std::vector<const CareerSet*> only;
    if (plan_.allowed) only.push_back(&*plan_.allowed);
    if ((pass == Pass::named || pass == Pass::browse) && named_) only.push_back(&*named_);
    const auto limit = static_cast<size_t>(plan_.per_table_limit);
    std::vector<RankedRow> ranked;
    if (expr) {
      // The fallback's words are compared across statements; the other passes' rows only with
      // the best row of their own statement (db/rank_function.hpp).
      ranked = rows_.best(table, *expr, pass == Pass::partial, only, limit);
    } else if (std::optional<std::string> topic = topic_condition(plan_.topic, table)) {
      ranked = rows_.browse(table, *topic, only, limit);
    }
    std::vector<double> ranks;
    std::vector<Candidate> rows = rows_.load(table, ranked, ranks);
    for (Candidate& c : rows) {
      c.match = expr;
      c.partial = pass == Pass::partial;
      if (c.partial) c.clauses = std::uint64_t{1} << clause;
    }
    if (pass == Pass::partial) {
      // Scored once every word's pass is in, against the best of them all, so a rare word
      // counts for more than a common one, as in one bm25 over all the words.
      for (size_t i = 0; i < rows.size(); ++i) pending_.push_back({std::move(rows[i]), ranks[i]});
      return;
    }
    const double best = ranks.empty() ? 0 : ranks.front();
    for (size_t i = 0; i < rows.size(); ++i) add(scored(std::move(rows[i]), ranks[i], best));
  }

  // Adds the fallback's rows, each table's scored against its best row over all the words.
  void flush_partial() {
    std::map<size_t, double> best;
    for (const auto& [c, rank] : pending_) best[c.table] = std::min(best[c.table], rank);
    for (auto& [c, rank] : pending_) {
      const size_t table = c.table;
      add(scored(std::move(c), rank, best[table]));
    }
    pending_.clear();
  }

  // Raises the score of the rows that hold the words as a phrase, or else close together.
  // Only rows that can still reach the output are checked: the best `shown` full matches, and
  // any row the largest boost could lift above the `shown`-th.
  void boost_proximity(size_t shown) {
    std::vector<Candidate*> rows;
    for (Candidate& c : out_) {
      const TablePlan& p = plan_.tables[c.table];
      if (c.match == &p.match && !p.near.empty()) rows.push_back(&c);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Candidate* a, const Candidate* b) { return a->hit.score > b->hit.score; });
    if (rows.size() > shown) {
      const double floor = rows[shown - 1]->hit.score / largest_proximity_factor(plan_.ranking);
      while (rows.size() > shown && rows.back()->hit.score < floor) rows.pop_back();
    }
    for (size_t table = 0; table < tables.size(); ++table) {
      std::vector<Candidate*> mine;
      for (Candidate* c : rows) {
        if (c->table == table) mine.push_back(c);
      }
      if (mine.empty()) continue;
      // A phrase is also near: most rows (neither) are settled by the NEAR check alone.
      std::vector<Candidate*> near = holding(table, plan_.tables[table].near, mine);
      std::vector<Candidate*> phrase = holding(table, plan_.tables[table].phrase, near);
      for (Candidate* c : near) c->scored_from.proximity = Proximity::near;
      for (Candidate* c : phrase) c->scored_from.proximity = Proximity::phrase;
      for (Candidate* c : near) c->hit.score = score(plan_.ranking, c->scored_from);
    }
  }

  // Full matches found so far scoring at least `score` (before the proximity boosts, which
  // only raise scores).
  size_t scoring_at_least(double score) const {
    return static_cast<size_t>(std::count_if(out_.begin(), out_.end(), [&](const Candidate& c) {
      return !c.partial && c.hit.score >= score;
    }));
  }

  // Full matches found so far: facts, or distinct careers.
  size_t found(bool by_career) const {
    if (!by_career) return out_.size();
    std::set<std::int64_t> careers;
    for (const Candidate& c : out_) careers.insert(c.career_id);
    return careers.size();
  }

  std::vector<Candidate> take() {
    std::stable_sort(out_.begin(), out_.end(), [](const Candidate& a, const Candidate& b) {
      if (a.partial != b.partial) return b.partial;
      if (a.hit.score != b.hit.score) return a.hit.score > b.hit.score;
      if (a.table != b.table) return a.table < b.table;
      if (a.hit.career != b.hit.career) return a.hit.career < b.hit.career;
      return a.hit.line < b.hit.line;
    });
    return std::move(out_);
  }

  bool added_partial() const { return added_partial_; }

 private:
  // The rows among `rows` (all of `table`) that match `expr`. A few rows are looked up one by
  // one in the words' position lists (about half a millisecond each for common words on a
  // large corpus); more are answered by one unranked pass over the expression's matches, which
  // costs about what a count(*) does, far less than ranking.
  std::vector<Candidate*> holding(size_t table, const std::string& expr,
                                  const std::vector<Candidate*>& rows) {
    constexpr size_t lookups = 8;
    std::vector<Candidate*> out;
    if (expr.empty() || rows.empty()) return out;
    const std::string fts = tables[table].fts;
    if (rows.size() <= lookups) {
      SQLite::Statement st(db_,
                           "SELECT 1 FROM " + fts + " WHERE " + fts + " MATCH ? AND rowid = ?");
      for (Candidate* c : rows) {
        st.reset();
        st.bind(1, expr);
        st.bind(2, c->rowid);
        if (st.executeStep()) out.push_back(c);
      }
      return out;
    }
    std::map<std::int64_t, Candidate*> wanted;
    for (Candidate* c : rows) wanted.emplace(c->rowid, c);
    SQLite::Statement st(db_, "SELECT rowid FROM " + fts + " WHERE " + fts + " MATCH ?");
    st.bind(1, expr);
    while (st.executeStep()) {
      auto it = wanted.find(st.getColumn(0).getInt64());
      if (it != wanted.end()) out.push_back(it->second);
    }
    return out;
  }

  // `rank`: bm25 and the pass's best (negative, lower is better; 0 when browsing).
  Candidate scored(Candidate c, double rank, double best) const {
    ScoreInputs& in = c.scored_from;
    in.table = c.table;
    in.relative_rank = best < 0 ? rank / best : 1.0;
    in.topical = on_topic(plan_.topic, c.table, c.section_kind);
    in.career_named = is_named(c.career_id);
    in.partial = c.partial;
    c.hit.score = score(plan_.ranking, in);
    return c;
  }

  bool is_named(std::int64_t career) const {
    return std::find(plan_.named_careers.begin(), plan_.named_careers.end(), career) !=
           plan_.named_careers.end();
  }

  // The same fact found by several passes keeps its best score; a full match wins over the
  // fallback, and the first pass's expression (the fullest) makes the snippet. A fact found by
  // several words of the fallback adds up their scores: it holds more of what was asked.
  void add(Candidate c) {
    auto key = std::make_pair(c.table, c.rowid);
    auto [it, inserted] = seen_.emplace(key, out_.size());
    if (inserted) {
      added_partial_ = added_partial_ || c.partial;
      out_.push_back(std::move(c));
      return;
    }
    Candidate& old = out_[it->second];
    if (old.partial && !c.partial) {
      old = std::move(c);
    } else if (old.partial && c.partial) {
      if ((old.clauses & c.clauses) == 0) old.hit.score += c.hit.score;
      old.clauses |= c.clauses;
    } else if (old.partial == c.partial && c.hit.score > old.hit.score) {
      old.hit.score = c.hit.score;
      old.scored_from = c.scored_from;
    }
  }

  SQLite::Database& db_;
  const Plan& plan_;
  std::map<std::pair<size_t, std::int64_t>, size_t> seen_;
  std::vector<Candidate> out_;
  std::vector<std::pair<Candidate, double>> pending_;  // fallback rows with their bm25
  PassRows rows_;
  std::optional<CareerSet> named_;
  bool added_partial_ = false;
};

}  // namespace

std::optional<std::string> topic_condition(Topic topic, size_t table) {
  const Scope scope = tables[table].scope;
  if (topic == Topic::duties && scope == Scope::duties) return "";
  std::span<const parse::SectionKind> kinds = topic_sections(topic);
  if (scope != Scope::sections || kinds.empty()) return std::nullopt;
  // The names are identifiers (kinds.hpp), so they are written into the SQL as they are.
  std::string names;
  for (parse::SectionKind kind : kinds)
    names += (names.empty() ? "'" : ", '") + std::string(parse::to_string(kind)) + "'";
  return " AND t.kind IN (" + names + ")";
}

namespace {

// The most a full match of `table` can score under `plan`.
double best_possible_score(const Plan& plan, size_t table) {
  TableChances chances;
  chances.table = table;
  chances.topical = plan.topic != Topic::none && topic_condition(plan.topic, table).has_value();
  chances.career_named = !plan.named_careers.empty();
  chances.proximity = !plan.tables[table].near.empty();
  return best_possible_score(plan.ranking, chances);
}

}  // namespace

std::vector<Candidate> collect_candidates(SQLite::Database& db, Plan& plan, size_t wanted,
                                          bool by_career, std::vector<std::string>& notes) {
  Collector collector(db, plan);
  for (size_t i = 0; i < tables.size(); ++i) {
    const TablePlan& t = plan.tables[i];
    if (t.match.empty()) continue;
    // Tables come heaviest first. Once `wanted` facts score more than any fact of this table
    // could, its rows cannot be shown: a common word fills the list from duties and skills,
    // and the long section and FAQ indexes (the slowest to rank) are not read. Not for
    // careers, whose score adds up facts of every kind.
    if (!by_career && collector.scoring_at_least(best_possible_score(plan, i)) >= wanted) {
      plan.skipped.push_back(tables[i].name);
      continue;
    }
    collector.run(i, Pass::full, &t.match);
  }
  for (size_t i = 0; i < tables.size(); ++i) {
    const TablePlan& t = plan.tables[i];
    if (!t.named_match.empty()) collector.run(i, Pass::named, &t.named_match);
    if (t.browse_named) collector.run(i, Pass::browse, nullptr);
  }
  const auto proximity_rows = static_cast<size_t>(plan.ranking.career_proximity_rows_per_result);
  collector.boost_proximity(by_career ? proximity_rows * wanted : wanted);
  // Facts holding some of the words: for a fact listing only when nothing holds them all, for
  // careers whenever fewer careers than asked for do (a career may cover the words across facts).
  const size_t full = collector.found(by_career);
  if (by_career ? full < wanted : full == 0) {
    for (size_t i = 0; i < tables.size(); ++i) {
      const TablePlan& t = plan.tables[i];
      for (size_t k = 0; k < t.partial.size(); ++k) {
        if (!t.partial[k].empty()) collector.run(i, Pass::partial, &t.partial[k], k);
      }
    }
    collector.flush_partial();
    plan.partial_used = collector.added_partial();
    if (plan.partial_used)
      notes.push_back(full == 0 ? "no fact holds every word; showing facts that hold some of them"
                                : "few facts hold every word; facts that hold some of them follow");
  }
  return collector.take();
}

void add_snippets(SQLite::Database& db, std::vector<Candidate>& kept) {
  std::map<std::pair<size_t, bool>, std::unique_ptr<SQLite::Statement>> statements;
  for (Candidate& c : kept) {
    const Table& t = tables[c.table];
    auto& st = statements[{c.table, c.match != nullptr}];
    if (!st && c.match) {
      st = std::make_unique<SQLite::Statement>(
          db, std::string("SELECT snippet(") + t.fts + ", -1, char(2), char(3), '…', 12) FROM " +
                  t.fts + " WHERE " + t.fts + " MATCH ? AND rowid = ?");
    } else if (!st) {
      st = std::make_unique<SQLite::Statement>(
          db, std::string("SELECT ") + t.snippet_text + " FROM " + t.name + " t WHERE t.id = ?");
    }
    st->reset();
    int bind = 1;
    if (c.match) st->bind(bind++, *c.match);
    st->bind(bind++, static_cast<int64_t>(c.rowid));
    c.hit.snippet = st->executeStep() ? st->getColumn(0).getString() : c.hit.text;
  }
}

}  // namespace careerkb::search::detail
