// The query table. Kinds follow issue #6: single common words (also timed against stock sqlite3),
// rare words, phrases, prefixes, synonym-triggering terms, boolean forms, field scopes, filters
// and --by career.
#include "queries.hpp"

#include <sstream>
#include <stdexcept>

namespace careerkb::bench {

const std::vector<BenchQuery>& bench_queries() {
  static const std::vector<BenchQuery> queries = {
      {"common word", "patient", "", "patient"},
      {"common word", "blood", "", "blood"},
      {"common word", "equipment", "", "equipment"},
      {"common word", "laboratory", "", "laboratory"},
      {"common word", "hospital", "", "hospital"},
      {"common word", "communication", "", "communication"},
      {"rare word", "sonograms", "", "sonograms"},
      {"rare word", "cholesterol", "", "cholesterol"},
      {"rare word", "disinfection", "", "disinfection"},
      {"rare word", "ambulance", "", "ambulance"},
      {"rare word", "defibrillator", "", "defibrillator"},
      {"phrase", "\"patient care\"", "", "\"patient care\""},
      {"phrase", "\"vital signs\"", "", "\"vital signs\""},
      {"phrase", "\"infection control\"", "", "\"infection control\""},
      {"phrase", "\"medical equipment\"", "", "\"medical equipment\""},
      {"phrase", "\"blood samples\"", "", "\"blood samples\""},
      {"prefix", "steril*", "", "steril*"},
      {"prefix", "phleb*", "", "phleb*"},
      {"prefix", "electro*", "", "electro*"},
      {"prefix", "cardio*", "", "cardio*"},
      {"synonym", "ekg", "", ""},
      {"synonym", "drawing blood", "", ""},
      {"synonym", "cpr", "", ""},
      {"synonym", "hipaa", "", ""},
      {"synonym", "venipuncture", "", ""},
      {"synonym", "ultrasound", "", ""},
      {"boolean", "\"vital signs\" OR ekg -nurse", "", ""},
      {"boolean", "blood -phlebotomy", "", ""},
      {"field scope", "skills:communication", "", ""},
      {"field scope", "duties:sterilize", "", ""},
      {"field scope", "tools:centrifuge", "", ""},
      {"field scope", "certifications:phlebotomy", "", ""},
      {"filters", "patient", "--min-salary 50k", ""},
      {"filters", "blood", "--max-education associate", ""},
      {"filters", "equipment", "--min-salary 20/h", ""},
      {"filters", "phlebotomy", "--max-education associate --min-salary 30k", ""},
      {"filters", "laboratory", "--in duties,skills", ""},
      {"by career", "patient", "--by career", ""},
      {"by career", "phlebotomy", "--by career", ""},
      {"by career", "\"vital signs\"", "--by career --max-education associate", ""},
  };
  return queries;
}

std::vector<std::string> option_args(const BenchQuery& q) {
  std::vector<std::string> args;
  std::istringstream words(q.options);
  for (std::string word; words >> word;) args.push_back(word);
  return args;
}

search::Filters to_filters(const BenchQuery& q) {
  search::Filters filters;
  const std::vector<std::string> args = option_args(q);
  for (std::size_t i = 0; i < args.size(); i += 2) {
    const std::string& name = args[i];
    if (i + 1 >= args.size()) throw std::invalid_argument(name + ": needs a value");
    const std::string& value = args[i + 1];
    if (name == "--min-salary") {
      filters.min_salary = search::parse_salary_amount(value);
    } else if (name == "--max-salary") {
      filters.max_salary = search::parse_salary_amount(value);
    } else if (name == "--min-education") {
      filters.min_education = search::parse_education_level(value);
    } else if (name == "--max-education") {
      filters.max_education = search::parse_education_level(value);
    } else if (name == "--in") {
      filters.kinds = search::parse_kinds(value);
    } else if (name == "--by" && value == "career") {
      filters.group_by = search::GroupBy::career;
    } else {
      throw std::invalid_argument("unknown benchmark query option: " + name + " " + value);
    }
  }
  return filters;
}

}  // namespace careerkb::bench
