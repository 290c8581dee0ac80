// `careerkb search QUERY`: keyword search over duties, skills, tools, certifications, sections
// and FAQs, filtered by education and salary. Glue only: options -> search::search -> a printer.
// Exit 0 with hits, 1 without, 2 on error (main.cpp prints the message).
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
  int limit = 20;
  int timeout_ms = 3000;
  bool explain = false;
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
              "A query starting with '-' goes after --, options before it: search --limit 5 -- "
              "-nurse blood\n"
              "Exit status: 0 with results, 1 with none, 2 on error.");
  cmd->add_option("query", o->words, "Words to search for (see the query syntax below)")
      ->required();
  add_filter_options(cmd, o->filters);
  cmd->add_option("--in", o->in,
                  "Search only these kinds: duties,skills,tools,certifications,sections,faqs");
  cmd->add_option("--limit", o->limit, "Show at most N results (default 20)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--timeout-ms", o->timeout_ms,
                  "Stop a query still running after N milliseconds (default 3000, 0 = no limit)")
      ->check(CLI::Range(0, 3600000));
  cmd->add_flag("--explain", o->explain, "Print the rewritten query on stderr");

  return [o]() -> int {
    search::Filters filters = to_filters(o->filters);
    if (!o->in.empty()) filters.kinds = search::parse_kinds(o->in);
    filters.limit = o->limit;
    filters.time_budget_ms = o->timeout_ms;
    report::Format format = report::parse_format(o->filters.format);
    db::Database database(resolve_db_path(o->filters.db), db::OpenMode::read_only);
    search::SearchResult result = search::search(database.sql(), join(o->words), filters);
    for (const std::string& note : result.notes) std::cerr << "careerkb: note: " << note << "\n";
    if (o->explain) std::cerr << "careerkb: match expression: " << result.fts_query << "\n";
    report::print_hits(std::cout, result.hits, format, report::stdout_supports_color());
    return result.hits.empty() ? 1 : 0;
  };
}

}  // namespace careerkb::cli
