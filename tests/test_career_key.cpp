// One key per career: the rules of parse::career_key, and that every career name the project's
// samples, seeds and blind sets hold keeps its key however it is written or typed.
#include "parse/career_key.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using careerkb::parse::career_key;
using careerkb::parse::occupation_label;
using careerkb::parse::singular_word;

namespace {

std::set<std::string> career_names() {
  std::set<std::string> names;
  auto add_file = [&](const fs::path& path) {
    std::ifstream in(path);
    nlohmann::json j = nlohmann::json::parse(in);
    for (const nlohmann::json& g : j.is_array() ? j : nlohmann::json::array({j})) {
      if (g.contains("career") && g["career"].is_string()) names.insert(g["career"]);
    }
  };
  const fs::path tests = fs::path(CAREERKB_SOURCE_DIR) / "tests";
  for (const auto& set : fs::directory_iterator(tests)) {
    const fs::path golden = set.path().filename() == "golden" ? set.path() : set.path() / "golden";
    if (!fs::is_directory(golden)) continue;
    for (const auto& f : fs::directory_iterator(golden)) {
      if (f.path().extension() == ".json") add_file(f.path());
    }
  }
  const fs::path seeds = fs::path(CAREERKB_SHARED_DIR) / "seeds-expected.json";
  if (fs::exists(seeds)) add_file(seeds);
  return names;
}

std::string upper(std::string s) {
  for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

// The plural a user may type: technician -> technicians, secretary -> secretaries.
std::string plural(const std::string& name) {
  if (name.ends_with("y") && name.size() > 2 && name.find_last_of("aeiou") != name.size() - 2)
    return name.substr(0, name.size() - 1) + "ies";
  if (name.ends_with("ch") || name.ends_with("sh") || name.ends_with("x")) return name + "es";
  if (name.ends_with("man")) return name.substr(0, name.size() - 3) + "men";
  return name + "s";
}

}  // namespace

TEST_CASE("career key: lowercase, single-spaced, articles dropped, last word singular") {
  CHECK(career_key("  The  Dental   Hygienists ") == "dental hygienist");
  CHECK(career_key("EMTs") == "emt");
  CHECK(career_key("RNs") == "rn");
  CHECK(career_key("Pharmacy Technicians") == "pharmacy technician");
  CHECK(career_key("An Actuaries") == "actuary");
  CHECK(career_key("the a Nurse") == "nurse");  // stacked articles
  CHECK(career_key("The") == "the");            // never empty while a word remains
  CHECK(career_key("Business Analysis") == "business analysis");
  CHECK(career_key("Nurses") == "nurse");
  CHECK(career_key("Athletic Coaches") == "athletic coach");
  CHECK(career_key("Medical Secretaries") == "medical secretary");
  CHECK(career_key("Linemen") == "lineman");
  CHECK(career_key("") == "");
  CHECK(career_key(" -- ") == "");
}

TEST_CASE("career key: words split where the search index splits them") {
  CHECK(career_key("HVAC-R Service Technician") == "hvac r service technician");
  CHECK(career_key("X-Ray Technicians") == career_key("x ray technician"));
  CHECK(career_key("Pathologists' Assistant") == "pathologists assistant");
  CHECK(career_key("Speech-Language Pathologist") == "speech language pathologist");
  CHECK(career_key("Técnico  Dental") == "técnico dental");  // non-ASCII letters stay word letters
}

TEST_CASE("career key: singular words that look plural are kept") {
  CHECK(career_key("Lab Specimens") == "lab specimen");
  CHECK(career_key("Lab Specimen") == "lab specimen");
  CHECK(singular_word("status") == "status");
  CHECK(singular_word("series") == "series");
  CHECK(singular_word("women") == "woman");
}

TEST_CASE("career key: an occupation label keys like the name it came from") {
  CHECK(occupation_label("Police and Sheriff's Patrol Officers") ==
        "police and sheriff's patrol officer");
  CHECK(occupation_label("Athletic Coaches") == "athletic coach");
  CHECK(occupation_label("a Dental Hygienist") == "dental hygienist");
  CHECK(occupation_label("Physician Assistant Class") == "physician assistant class");
}

TEST_CASE("career key: every career name of the samples, seeds and blind sets round-trips") {
  const std::set<std::string> names = career_names();
  REQUIRE(names.size() > 60);
  for (const std::string& name : names) {
    CAPTURE(name);
    const std::string key = career_key(name);
    REQUIRE(!key.empty());
    CHECK(career_key(key) == key);
    CHECK(career_key(upper(name)) == key);
    CHECK(career_key(occupation_label(name)) == key);
    CHECK(career_key("The " + name) == key);
    if (std::isalpha(static_cast<unsigned char>(name.back()))) {  // not "Nursing Assistant (CNA)"
      CHECK(career_key(plural(name)) == key);
      CHECK(career_key(plural(key)) == key);
    }
  }
}
