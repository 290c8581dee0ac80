// search(): the user's text -> filters read from words (intent.cpp), merged with the options ->
// the parsed query with its synonyms and the careers it names -> a Plan of FTS5 expressions per
// table -> scored facts (rank.cpp) -> facts or careers (group.cpp), snippets for the printed rows
// only -> facet counts last, so a facet count that runs out of time costs only the facets.
// SQLite's own error text for MATCH never reaches the user: the query parser guarantees valid
// syntax, and anything SQLite still refuses becomes a one-line SearchError.
#include "search/search.hpp"

#include <algorithm>
#include <map>

#include "search/engine.hpp"
#include "search/query.hpp"
#include "search/spelling.hpp"
#include "search/stop_words.hpp"
#include "search/synonyms.hpp"

namespace careerkb::search {
namespace {

using namespace detail;

// Where each active filter came from, for --explain.
struct FilterSources {
  std::map<FilterField, std::string> from;  // filter -> the phrase it was read from
};

std::string level_name(parse::EducationLevel level) {
  return parse::education_level_name(level);
}

// Words the user typed as filters apply unless the same option was given: options win.
void merge_intents(const Intents& intents, Filters& f, SearchResult& result,
                   FilterSources& sources) {
  const Filters given = f;
  auto given_option = [&](FilterField field) {
    switch (field) {
      case FilterField::min_salary:
        return given.min_salary.has_value();
      case FilterField::max_salary:
        return given.max_salary.has_value();
      case FilterField::min_education:
        return given.min_education.has_value();
      case FilterField::max_education:
        return given.max_education.has_value();
      case FilterField::min_growth:
        return given.min_growth.has_value();
      case FilterField::certification:
        return !given.certification.empty();
      case FilterField::tier:
        return !given.tier.empty();
    }
    return false;
  };
  for (const Understood& u : intents.understood) {
    std::vector<FilterField> used, overridden;
    for (FilterField field : u.fields) (given_option(field) ? overridden : used).push_back(field);
    if (!used.empty() || u.fields.empty()) {
      result.notes.push_back("understood \"" + u.phrase + "\" as " + u.meaning);
      for (FilterField field : used) sources.from[field] = "\"" + u.phrase + "\"";
    }
    for (FilterField field : overridden)
      result.notes.push_back("\"" + u.phrase + "\" not used for " + option_name(field) +
                             ": the option given wins");
  }
  if (!f.min_salary) f.min_salary = intents.min_salary;
  if (!f.max_salary) f.max_salary = intents.max_salary;
  if (!f.min_education) f.min_education = intents.min_education;
  if (!f.max_education) f.max_education = intents.max_education;
  if (!f.min_growth) f.min_growth = intents.min_growth;
}

std::string describe_filters(const Filters& f, const FilterSources& sources) {
  std::vector<std::pair<FilterField, std::string>> active;
  if (f.min_salary) active.emplace_back(FilterField::min_salary, format_number(*f.min_salary));
  if (f.max_salary) active.emplace_back(FilterField::max_salary, format_number(*f.max_salary));
  if (f.min_education)
    active.emplace_back(FilterField::min_education, level_name(*f.min_education));
  if (f.max_education)
    active.emplace_back(FilterField::max_education, level_name(*f.max_education));
  if (f.min_growth) active.emplace_back(FilterField::min_growth, format_number(*f.min_growth));
  if (!f.certification.empty()) active.emplace_back(FilterField::certification, f.certification);
  if (!f.tier.empty()) active.emplace_back(FilterField::tier, f.tier);
  if (active.empty()) return "filters: none";
  std::string out = "filters:";
  for (const auto& [field, value] : active) {
    auto it = sources.from.find(field);
    out += " " + std::string(option_name(field)) + " " + value +
           (it == sources.from.end() ? " (option)" : " (from " + it->second + ")") + ",";
  }
  out.pop_back();
  return out;
}

bool has_positive(const Query& q) {
  return std::any_of(q.clauses.begin(), q.clauses.end(), [](const Clause& c) {
    return std::any_of(c.alternatives.begin(), c.alternatives.end(),
                       [](const Term& t) { return !t.negated; });
  });
}

// One query per positive clause, each with every exclusion: the fallback's "any of the words",
// one word at a time so each fact knows which words it holds.
std::vector<Query> each_word(const Query& q) {
  std::vector<Clause> negatives;
  for (const Clause& c : q.clauses) {
    if (c.alternatives.front().negated) negatives.push_back(c);
  }
  std::vector<Query> out;
  for (const Clause& c : q.clauses) {
    if (c.alternatives.front().negated) continue;
    Query one;
    one.clauses.push_back(c);
    one.clauses.insert(one.clauses.end(), negatives.begin(), negatives.end());
    out.push_back(std::move(one));
  }
  return out;
}

// Every positive clause's terms as alternatives of one clause, with the exclusions.
Query any_word(const Query& q) {
  Query out;
  Clause any;
  for (const Clause& c : q.clauses) {
    if (c.alternatives.front().negated) {
      out.clauses.push_back(c);
    } else {
      any.alternatives.insert(any.alternatives.end(), c.alternatives.begin(), c.alternatives.end());
    }
  }
  out.clauses.insert(out.clauses.begin(), std::move(any));
  return out;
}

Plan make_plan(const Query& query, const NamedCareers& named, Topic topic,
               const std::vector<Scope>& kinds, const Filters& filters,
               const RankingParams& ranking) {
  Plan plan;
  plan.ranking = ranking;
  plan.topic = topic;
  plan.named_careers = named.ids;
  plan.per_table_limit =
      filters.group_by == GroupBy::career
          ? std::max(ranking.career_rows_min, filters.limit * ranking.career_rows_per_result)
          : std::max(ranking.item_rows_min, filters.limit * ranking.item_rows_per_result);
  Query rest;
  for (size_t i = 0; i < query.clauses.size(); ++i) {
    if (!std::binary_search(named.clauses.begin(), named.clauses.end(), i))
      rest.clauses.push_back(query.clauses[i]);
  }
  const bool rest_has_words = has_positive(rest);
  const std::vector<Query> words = each_word(query);
  plan.positive_clauses = static_cast<int>(std::min<size_t>(words.size(), 64));
  const Query any = any_word(query);
  for (size_t i = 0; i < tables.size(); ++i) {
    const Table& t = tables[i];
    if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), t.scope) == kinds.end()) continue;
    TablePlan& p = plan.tables[i];
    p.match = to_fts5(query, t.scope);
    if (p.match.empty()) continue;
    p.phrase = to_fts5_phrase(query, t.scope);
    p.near = to_fts5_near(query, t.scope, ranking.near_distance);
    if (!named.ids.empty() && rest_has_words) p.named_match = to_fts5(rest, t.scope);
    p.browse_named = !named.ids.empty() && !rest_has_words && topic != Topic::none &&
                     topic_condition(topic, i).has_value();
    if (words.size() < 2 || words.size() > 64) continue;
    for (const Query& word : words) p.partial.push_back(to_fts5(word, t.scope));
    p.partial_any = to_fts5(any, t.scope);
  }
  return plan;
}

void explain_plan(const Plan& plan, const NamedCareers& named, const Intents& intents,
                  SearchResult& result) {
  for (size_t k = 0; k < named.names.size(); ++k)
    result.explain.push_back("career named: " + named.names[k] +
                             " (its facts match without the name, and rank first)");
  if (std::any_of(plan.tables.begin(), plan.tables.end(),
                  [](const TablePlan& t) { return !t.match.empty(); }))
    result.explain.push_back("ranking: each kind of fact ranks at most its " +
                             std::to_string(plan.ranking.rank_window) + " newest matching rows");
  if (!plan.skipped.empty()) {
    std::string names;
    for (const std::string& t : plan.skipped) names += (names.empty() ? "" : ", ") + t;
    result.explain.push_back("not searched, no fact of theirs could rank high enough: " + names);
  }
  if (plan.topic != Topic::none)
    result.explain.push_back(plan.topic == Topic::salary ? "ranking: salary sections first"
                                                         : "ranking: duties first");
  for (const TablePlan& t : plan.tables) {
    if (t.near.empty()) continue;
    result.explain.push_back("proximity boost: " + t.phrase + " x" +
                             format_number(plan.ranking.phrase_boost) + ", else " + t.near + " x" +
                             format_number(plan.ranking.near_boost));
    break;
  }
  if (plan.partial_used) {
    for (const TablePlan& t : plan.tables) {
      if (t.partial_any.empty()) continue;
      result.explain.push_back("fallback, any of the words: " + t.partial_any);
      break;
    }
  }
  if (!intents.dropped.empty()) {
    std::string words;
    for (const std::string& w : intents.dropped) words += (words.empty() ? "" : ", ") + w;
    result.explain.push_back("filler words dropped: " + words);
  }
}

// The search proper, for a query with words: fills result.hits or result.careers.
void search_words(SQLite::Database& db, Query& query, const Filters& filters,
                  const RankingParams& ranking, Topic topic, Plan& plan, NamedCareers& named,
                  SearchResult& result) {
  result.notes.insert(result.notes.end(), query.notes.begin(), query.notes.end());
  std::vector<std::string> stop_words = drop_stop_words(query);
  if (!stop_words.empty()) {
    std::string list;
    for (const std::string& w : stop_words) list += (list.empty() ? "" : ", ") + w;
    result.explain.push_back("stop words not searched: " + list);
  }
  // Spelling first, so a corrected word is expanded with its synonyms too.
  std::vector<std::string> spelling_notes = correct_spelling(db, query, filters.exact);
  result.notes.insert(result.notes.end(), spelling_notes.begin(), spelling_notes.end());
  std::vector<std::string> synonym_notes = expand_synonyms(db, query);
  result.fts_query = to_fts5(query);
  result.explain.push_back("match expression: " + result.fts_query);
  result.explain.insert(result.explain.end(), synonym_notes.begin(), synonym_notes.end());
  named = find_named_careers(db, query);
  plan = make_plan(query, named, topic, filters.kinds, filters, ranking);
  plan.allowed = allowed_careers(db, filters);
  if (std::all_of(plan.tables.begin(), plan.tables.end(),
                  [](const TablePlan& t) { return t.match.empty(); }))
    result.notes.push_back(
        "nothing to search: the query's field scopes exclude every kind in --in");
  result.shown = filters.group_by;
  const bool by_career = filters.group_by == GroupBy::career;
  std::vector<Candidate> candidates;
  // No career passes the filters: nothing to rank (FTS5 would rank every match, then drop it).
  if (!plan.allowed || !plan.allowed->empty())
    candidates =
        collect_candidates(db, plan, static_cast<size_t>(filters.limit), by_career, result.notes);
  std::vector<std::int64_t> ids;
  if (by_career) {
    std::vector<Candidate> kept;
    result.careers = group_by_career(ranking, std::move(candidates), filters.limit,
                                     plan.positive_clauses, kept, ids);
    add_snippets(db, kept);
    size_t next = 0;
    for (CareerHit& career : result.careers) {
      for (Hit& match : career.matches) match.snippet = kept[next++].hit.snippet;
    }
  } else {
    if (candidates.size() > static_cast<size_t>(filters.limit)) candidates.resize(filters.limit);
    add_snippets(db, candidates);
    for (Candidate& c : candidates) {
      ids.push_back(c.career_id);
      result.hits.push_back(std::move(c.hit));
    }
  }
  // Figures only for what is shown: career_summary groups every guide of a career.
  std::map<std::int64_t, CareerFigures> figures = career_figures(db, ids);
  if (by_career) {
    std::map<std::int64_t, const std::vector<Hit>*> matches;
    for (size_t i = 0; i < ids.size(); ++i) matches[ids[i]] = &result.careers[i].matches;
    std::map<std::int64_t, std::vector<GuideSource>> guides =
        guide_sources(db, filters, ids, matches);
    for (size_t i = 0; i < ids.size(); ++i) result.careers[i].guides = std::move(guides[ids[i]]);
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    const CareerFigures& f = figures[ids[i]];
    if (by_career) {
      CareerHit& c = result.careers[i];
      c.median_salary_annual_usd = f.median;
      c.growth_pct = f.growth_pct;
      c.typical_education = f.typical_education;
      for (Hit& m : c.matches) {
        m.median_salary_annual_usd = f.median;
        m.typical_education = f.typical_education;
      }
    } else {
      result.hits[i].median_salary_annual_usd = f.median;
      result.hits[i].typical_education = f.typical_education;
    }
  }
}

}  // namespace

SearchResult search(SQLite::Database& db, std::string_view user_query, const Filters& options,
                    const RankingParams& ranking) {
  if (options.limit < 1) throw std::invalid_argument("limit must be at least 1");
  Filters filters = options;
  SearchResult result;
  FilterSources sources;
  Intents intents;
  if (!filters.exact) {
    intents = read_intents(user_query);
    merge_intents(intents, filters, result, sources);
  } else {
    intents.remaining = std::string(user_query);
  }
  const bool words_were_filters = !intents.understood.empty();
  bool no_words = std::all_of(intents.remaining.begin(), intents.remaining.end(),
                              [](char c) { return static_cast<unsigned char>(c) <= ' '; });
  std::optional<Query> query;
  if (!no_words) {
    try {
      query = parse_query(intents.remaining);  // QueryError's message is for the user
    } catch (const QueryError&) {
      if (!words_were_filters) throw;
      no_words = true;  // "jobs without a degree, please!": only filters and punctuation
    }
  }

  TimeBudget budget(db, filters.time_budget_ms);
  const db::Bm25Scope bm25(ranking.bm25);
  Plan plan;
  plan.ranking = ranking;
  NamedCareers named;
  try {
    if (no_words) {
      result.shown = GroupBy::career;
      result.careers = list_filtered_careers(db, filters);
      result.explain.push_back("match expression: none (no words: careers passing the filters)");
    } else {
      search_words(db, *query, filters, ranking, intents.topic, plan, named, result);
    }
  } catch (const SQLite::Exception& e) {
    if (budget.expired()) throw budget.error();
    rethrow_sqlite(e);
  }
  result.explain.push_back(describe_filters(filters, sources));
  explain_plan(plan, named, intents, result);

  if (filters.facets) {
    try {
      result.facets = count_facets(db, plan, filters, result.shown == GroupBy::career, no_words);
    } catch (const SQLite::Exception& e) {
      if (!budget.expired()) rethrow_sqlite(e);
      result.notes.push_back("facets left out: counting every match ran past --timeout-ms");
    }
  }
  return result;
}

}  // namespace careerkb::search
