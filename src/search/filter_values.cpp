// Reading filter values typed by people; see filter_values.hpp. Hand-written scanners: std::regex
// trips GCC 12's -Wmaybe-uninitialized under the sanitizers, and each format is a few rules.
#include "search/filter_values.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace careerkb::search {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Digits with one optional '.', nothing else; nullopt for anything else or a non-finite value.
std::optional<double> plain_decimal(std::string_view digits) {
  if (digits.empty() || digits.back() == '.' || digits.front() == '.') return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value,
                                   std::chars_format::fixed);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

}  // namespace

double parse_salary_amount(std::string_view text) {
  // 45000, 45k, $45,000, $45.5k, and hourly 20/h, $21.50/hr, 20/hour (x 2080 h a year).
  // Commas only as thousands separators.
  auto fail = [&]() -> double {
    throw std::invalid_argument("invalid salary '" + std::string(text) +
                                "': expected an annual USD amount such as 45000, 45k or $45,000,"
                                " or an hourly one such as 20/h");
  };
  std::string_view s = trim(text);
  if (s.starts_with('$')) s.remove_prefix(1);
  double multiplier = 1;
  for (std::string_view hourly : {"/hour", "/hr", "/h"}) {
    if (s.size() > hourly.size() && lower_ascii(s.substr(s.size() - hourly.size())) == hourly) {
      s.remove_suffix(hourly.size());
      multiplier = 2080;
      break;
    }
  }
  if (!s.empty() && (s.back() == 'k' || s.back() == 'K')) {
    s.remove_suffix(1);
    multiplier *= 1000;
  }
  std::string digits;
  size_t group = 0;
  bool seen_comma = false, seen_dot = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits += c;
      ++group;
    } else if (c == ',' && !seen_dot && group >= 1 && (seen_comma ? group == 3 : group <= 3)) {
      seen_comma = true;
      group = 0;
    } else if (c == '.' && !seen_dot && group > 0) {
      if (seen_comma && group != 3) return fail();
      seen_dot = true;
      digits += c;
      group = 0;
    } else {
      return fail();
    }
  }
  if (digits.empty() || group == 0 || (seen_comma && !seen_dot && group != 3)) return fail();
  std::optional<double> value = plain_decimal(digits);
  if (!value) return fail();
  return *value * multiplier;
}

parse::EducationLevel parse_education_level(std::string_view text) {
  std::string name = lower_ascii(trim(text));
  std::replace(name.begin(), name.end(), '-', '_');
  std::replace(name.begin(), name.end(), ' ', '_');
  std::string valid;
  for (int rank = 0; rank <= static_cast<int>(parse::EducationLevel::doctoral); ++rank) {
    auto level = static_cast<parse::EducationLevel>(rank);
    if (name == parse::education_level_name(level)) return level;
    valid += (rank ? ", " : "") + std::string(parse::education_level_name(level));
  }
  throw std::invalid_argument("unknown education level '" + std::string(text) +
                              "' (valid: " + valid + ")");
}

double parse_growth_pct(std::string_view text) {
  std::string_view s = trim(text);
  if (s.ends_with('%')) s = trim(s.substr(0, s.size() - 1));
  bool negative = s.starts_with('-');
  if (negative || s.starts_with('+')) s.remove_prefix(1);
  std::optional<double> value = plain_decimal(s);
  if (!value || s.find_first_not_of("0123456789.") != std::string_view::npos)
    throw std::invalid_argument("invalid growth '" + std::string(text) +
                                "': expected a percentage such as 5, 5% or 7.5");
  return negative ? -*value : *value;
}

std::vector<Scope> parse_kinds(std::string_view comma_list) {
  std::vector<Scope> kinds;
  while (true) {
    size_t comma = comma_list.find(',');
    std::string word = lower_ascii(trim(comma_list.substr(0, comma)));
    if (!word.empty()) {
      std::optional<Scope> found = scope_from_name(word);
      if (!found)
        throw std::invalid_argument("unknown kind '" + word + "' (valid: " + scope_names_list() +
                                    ")");
      if (std::find(kinds.begin(), kinds.end(), *found) == kinds.end()) kinds.push_back(*found);
    }
    if (comma == std::string_view::npos) break;
    comma_list.remove_prefix(comma + 1);
  }
  return kinds;
}

std::string format_number(double value) {
  double rounded = std::round(value * 100) / 100;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed);
  std::string out = ec == std::errc() ? std::string(buf, end) : std::string("?");
  return out;
}

}  // namespace careerkb::search
