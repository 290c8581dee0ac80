// `careerkb search [QUERY]`: keyword search over duties, skills, tools, certifications, sections
// and FAQs, one row per fact or careers ranked by their facts, filtered by education, pay,
// growth, certification and tier. Glue only: options -> search::search -> report::print_search.
// Exit 0 with results, 1 without, 2 on error (main.cpp prints the message).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "db/database.hpp"
#include "report/printers.hpp"
#include "search/query.hpp"
#include "search/search.hpp"

namespace careerkb::cli {
namespace {

struct SearchOptions {
  std::vector<std::string> words;  // joined by spaces, so `search draw blood` needs no quotes
  FilterOptions filters;
  std::string in;
  std::string by = "item";
  int limit = 20;
  int timeout_ms = 3000;
  bool explain = false;
  bool facets = false;
  bool exact = false;
  std::vector<std::string> ranking_params;  // NAME=VALUE
};

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

Runner setup_search(CLI::App& app) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Search duties, skills, tools, certifications, sections and FAQs");
  cmd->footer(std::string(search::query_syntax_help()) +
              "\nA query starting with '-' goes after --, options before it:\n"
              "  careerkb search --limit 5 -- -nurse blood\n"
              "With --facets, JSON is {\"results\": [...], \"facets\": {...}}; CSV adds an empty\n"
              "line and a facet,value,count table; NDJSON adds one {\"facet\", \"value\",\n"
              "\"count\"} line per count; a table ends with a FACETS block.\n"
              "Exit status: 0 with results, 1 with none, 2 on error.");
  cmd->add_option("query", o->words,
                  "Words to search for (see the query syntax below); none: list the careers "
                  "passing the filters");
  add_filter_options(cmd, o->filters);
  cmd->add_option("--in", o->in,
                  "Search only these kinds, comma-separated: " + search::scope_names_list());
  cmd->add_option("--by", o->by,
                  "item (default): one row per matching fact; career: careers ranked by their "
                  "matching facts, each with its best 3, median pay and typical education")
      ->check(CLI::IsMember({"item", "career"}));
  cmd->add_option("--limit", o->limit, "Show at most N results, facts or careers (default 20)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_flag("--facets", o->facets,
                "Also count every match (not only those shown) by education, salary band and "
                "kind");
  cmd->add_option("--timeout-ms", o->timeout_ms,
                  "Stop a query still running after N milliseconds (default 3000, 0 = no limit)")
      ->check(CLI::Range(0, 3600000));
  cmd->add_flag("--exact", o->exact,
                "Search the words as typed: no spelling corrections, no words read as filters");
  cmd->add_flag("--explain", o->explain,
                "Print on stderr how the query was understood: the match expression, the filters "
                "and where each came from, synonyms, career names and boosts");
  cmd->add_option("--ranking-param", o->ranking_params,
                  "NAME=VALUE: change one ranking constant, for relevance experiments (see "
                  "tests/tools/relevance.py); repeatable. An unknown NAME lists the known ones")
      ->type_name("NAME=VALUE")
      ->take_all()
      ->allow_extra_args(false);

  return [o]() -> int {
    search::Filters filters = to_filters(o->filters);
    if (!o->in.empty()) filters.kinds = search::parse_kinds(o->in);
    filters.limit = o->limit;
    filters.time_budget_ms = o->timeout_ms;
    filters.group_by = o->by == "career" ? search::GroupBy::career : search::GroupBy::item;
    filters.facets = o->facets;
    filters.exact = o->exact;
    report::Format format = report::parse_format(o->filters.format);
    search::RankingParams ranking;
    for (const std::string& assignment : o->ranking_params)
      search::set_ranking_param(ranking, assignment);
    db::Database database(resolve_db_path(o->filters.db), db::OpenMode::read_only);
    search::SearchResult result = search::search(database.sql(), join(o->words), filters, ranking);
    for (const std::string& note : result.notes) std::cerr << "careerkb: note: " << note << "\n";
    if (o->explain) {
      for (const std::string& line : result.explain) std::cerr << "careerkb: " << line << "\n";
    }
    report::print_search(std::cout, result, format, report::stdout_supports_color(), o->facets);
    bool found =
        result.shown == search::GroupBy::career ? !result.careers.empty() : !result.hits.empty();
    return found ? 0 : 1;
  };
}

}  // namespace careerkb::cli
