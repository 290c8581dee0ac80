// See ranking_params.hpp. The field table below is the one list of names: the parser and the
// listing both read it, so a field added to it is settable and shown at once.
#include "search/ranking_params.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <type_traits>
#include <variant>

namespace careerkb::search {
namespace {

enum class Range { positive, fraction, count };

struct Field {
  const char* name;
  std::variant<double*, int*, std::int64_t*> value;
  Range range;
};

std::vector<Field> fields(RankingParams& p) {
  return {
      {"weight.duties", &p.weight.duties, Range::positive},
      {"weight.skills", &p.weight.skills, Range::positive},
      {"weight.tools", &p.weight.tools, Range::positive},
      {"weight.certifications", &p.weight.certifications, Range::positive},
      {"weight.sections", &p.weight.sections, Range::positive},
      {"weight.faqs", &p.weight.faqs, Range::positive},
      {"topic_boost", &p.topic_boost, Range::positive},
      {"career_name_boost", &p.career_name_boost, Range::positive},
      {"phrase_boost", &p.phrase_boost, Range::positive},
      {"near_boost", &p.near_boost, Range::positive},
      {"near_distance", &p.near_distance, Range::count},
      {"partial_match_factor", &p.partial_match_factor, Range::positive},
      {"facts_scored", &p.facts_scored, Range::count},
      {"damping", &p.damping, Range::positive},
      {"item_rows_min", &p.item_rows_min, Range::count},
      {"item_rows_per_result", &p.item_rows_per_result, Range::count},
      {"career_rows_min", &p.career_rows_min, Range::count},
      {"career_rows_per_result", &p.career_rows_per_result, Range::count},
      {"career_proximity_rows_per_result", &p.career_proximity_rows_per_result, Range::count},
      {"rank_window", &p.rank_window, Range::count},
      {"bm25.k1", &p.bm25.k1, Range::positive},
      {"bm25.b", &p.bm25.b, Range::fraction},
      {"bm25.length_free_rows", &p.bm25.length_free_rows, Range::count},
  };
}

std::string known_names(RankingParams& p) {
  std::string out;
  for (const Field& f : fields(p)) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

std::string format(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

}  // namespace

void set_ranking_param(RankingParams& params, std::string_view assignment) {
  const size_t eq = assignment.find('=');
  const std::string name(assignment.substr(0, eq));
  if (eq == std::string_view::npos)
    throw std::invalid_argument("ranking parameter \"" + name + "\": expected NAME=VALUE");
  const std::string text(assignment.substr(eq + 1));
  std::vector<Field> all = fields(params);
  auto field = std::find_if(all.begin(), all.end(), [&](const Field& f) { return name == f.name; });
  if (field == all.end())
    throw std::invalid_argument("unknown ranking parameter \"" + name +
                                "\" (known: " + known_names(params) + ")");
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    throw std::invalid_argument("ranking parameter " + name + ": \"" + text + "\" is not a number");
  const bool whole = std::holds_alternative<int*>(field->value) ||
                     std::holds_alternative<std::int64_t*>(field->value);
  if (whole && value != std::floor(value))
    throw std::invalid_argument("ranking parameter " + name + ": " + text +
                                " is not a whole number");
  switch (field->range) {
    case Range::positive:
      if (value <= 0)
        throw std::invalid_argument("ranking parameter " + name + ": " + text + " is not above 0");
      break;
    case Range::fraction:
      if (value < 0 || value > 1)
        throw std::invalid_argument("ranking parameter " + name + ": " + text +
                                    " is not between 0 and 1");
      break;
    case Range::count:
      if (value < 1 || value > 1e9)
        throw std::invalid_argument("ranking parameter " + name + ": " + text +
                                    " is not between 1 and 1000000000");
      break;
  }
  std::visit(
      [&](auto* target) {
        *target = static_cast<std::remove_reference_t<decltype(*target)>>(value);
      },
      field->value);
}

std::vector<std::string> ranking_param_values(const RankingParams& params) {
  RankingParams copy = params;
  std::vector<std::string> out;
  for (const Field& f : fields(copy)) {
    std::visit(
        [&](auto* value) {
          out.push_back(std::string(f.name) + "=" + format(static_cast<double>(*value)));
        },
        f.value);
  }
  return out;
}

}  // namespace careerkb::search
