// The cue table: every signal that decides a block's role, with its weight, in one place.
// Supporting a new layout should mean a new row here (a heading kind's prior, a content test),
// not a branch in an extractor. Points are small integers: a heading of a known kind gives 6,
// a content cue 2-4, and a run of sibling items adds the share of items that carry each cue
// (see roles.cpp), so content decides where the heading says nothing and a clear heading wins
// over an odd item.
#include <algorithm>
#include <array>
#include <span>
#include <unordered_set>

#include "parse/attribution.hpp"
#include "parse/credential_patterns.hpp"
#include "parse/phrase_matcher.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// ---- Heading priors -----------------------------------------------------------------------

struct HeadingPrior {
  SectionKind kind;
  Role role;
  int points;
  std::string_view cue;
};

constexpr HeadingPrior heading_priors[] = {
    {SectionKind::duties, Role::duty, 6, "heading: duties"},
    {SectionKind::day_in_life, Role::duty, 3, "heading: day_in_life"},
    {SectionKind::technical_skills, Role::technical_skill, 6, "heading: technical_skills"},
    {SectionKind::soft_skills, Role::soft_skill, 6, "heading: soft_skills"},
    {SectionKind::skills, Role::skill, 6, "heading: skills"},
    {SectionKind::tools, Role::tool, 6, "heading: tools"},
    {SectionKind::certifications, Role::certification, 6, "heading: certifications"},
    {SectionKind::career_path, Role::tier, 3, "heading: career_path"},
    {SectionKind::education, Role::step, 5, "heading: education"},
};

// ---- Lexicons -----------------------------------------------------------------------------

// Verbs that open a task statement ("Calibrate", "Calibrates", "Calibrating"), in base form.
constexpr std::string_view task_verbs[] = {
    "accept", "accompany", "acquire", "act", "activate", "add", "address", "adjust", "administer",
    "admit", "advise", "advocate", "aid", "alert", "align", "allocate", "allow", "alter", "analyze",
    "animate", "answer", "anticipate", "apply", "appraise", "approve", "archive", "arrange",
    "arrive", "ask", "aspirate", "assemble", "assess", "assign", "assist", "attach", "attend",
    "audit", "authorize", "autoclave", "bandage", "bathe", "bend", "bill", "bleach", "bolt", "book",
    "brief", "bring", "brush", "build", "buy", "calculate", "calibrate", "call", "cancel",
    "capture", "care", "carry", "cast", "catalog", "categorize", "center", "change", "chart",
    "chase", "chat", "check", "choose", "circulate", "cite", "clamp", "classify", "clean", "close",
    "coach", "code", "collaborate", "collate", "collect", "comfort", "communicate", "compare",
    "compile", "compose", "compound", "compute", "conduct", "confer", "configure", "confirm",
    "connect", "consolidate", "construct", "consult", "contact", "contain", "contribute", "control",
    "convert", "convey", "cook", "coordinate", "copy", "correct", "counsel", "count", "craft",
    "create", "cultivate", "culture", "customize", "cut", "debride", "decide", "decontaminate",
    "define", "delegate", "deliver", "demonstrate", "deploy", "deposit", "derive", "describe",
    "design", "detect", "determine", "develop", "diagnose", "diagram", "dictate", "dig", "dilute",
    "direct", "disassemble", "discharge", "discuss", "disinfect", "dispense", "display", "dispose",
    "dissect", "distill", "distribute", "document", "draft", "drain", "draw", "dress", "drill",
    "drive", "edit", "educate", "elicit", "eliminate", "email", "embed", "employ", "empty",
    "enable", "encode", "encourage", "enforce", "engage", "enhance", "enroll", "ensure", "enter",
    "erect", "escort", "establish", "estimate", "evacuate", "evaluate", "examine", "exchange",
    "execute", "expedite", "explain", "export", "extract", "fabricate", "facilitate", "fax", "feed",
    "fetch", "file", "fill", "finalize", "finish", "fit", "fix", "flag", "flush", "follow",
    "forecast", "forward", "freeze", "gather", "gauge", "generate", "give", "glaze", "grade",
    "greet", "grind", "guide", "handle", "heat", "help", "hire", "hoist", "hold", "identify",
    "illustrate", "immobilize", "immunize", "implement", "import", "improve", "incubate", "inform",
    "initiate", "inoculate", "input", "insert", "inspect", "install", "instill", "instruct",
    "insure", "integrate", "interpret", "intervene", "interview", "introduce", "inventory",
    "investigate", "irrigate", "isolate", "issue", "itemize", "join", "justify", "keep", "label",
    "launch", "lay", "lead", "liaise", "lift", "link", "listen", "load", "locate", "log", "look",
    "lubricate", "mail", "maintain", "make", "manage", "manipulate", "mark", "massage", "match",
    "measure", "meet", "mentor", "merge", "minimize", "mix", "mobilize", "modify", "mold",
    "monitor", "motivate", "mount", "move", "navigate", "negotiate", "notify", "nurture", "observe",
    "obtain", "offer", "operate", "optimize", "order", "organize", "orient", "outline", "oversee",
    "pack", "paint", "palpate", "participate", "pass", "patrol", "pay", "perform", "persuade",
    "photograph", "pick", "pipette", "place", "plan", "plot", "polish", "position", "post", "pour",
    "predict", "prep", "prepare", "prescribe", "present", "preserve", "prevent", "prime", "print",
    "prioritize", "probe", "process", "procure", "produce", "program", "promote", "proofread",
    "propose", "prospect", "protect", "provide", "provision", "publish", "pull", "pump", "purchase",
    "purify", "question", "quote", "raise", "reach", "read", "reassure", "recall", "receive",
    "recognize", "recommend", "reconcile", "reconstitute", "record", "recruit", "reduce", "refer",
    "refill", "refine", "register", "rehabilitate", "reimburse", "reinforce", "relay", "release",
    "relieve", "relocate", "remind", "remove", "render", "reorder", "reorganize", "repair",
    "repeat", "rephrase", "replace", "replenish", "reply", "report", "reposition", "represent",
    "reprocess", "request", "rescue", "research", "reserve", "reset", "resolve", "respond",
    "restock", "restore", "restrain", "retain", "retrain", "retrieve", "return", "review", "revise",
    "rig", "rinse", "route", "run", "safeguard", "sanitize", "save", "scan", "schedule", "screen",
    "scrub", "seal", "search", "section", "secure", "select", "send", "separate", "sequence",
    "serve", "set", "shape", "share", "shelve", "ship", "simulate", "sketch", "solve", "sort",
    "source", "specify", "splice", "splint", "spray", "squeeze", "stabilize", "stain",
    "standardize", "start", "steer", "sterilize", "stitch", "stock", "store", "strap", "streamline",
    "strengthen", "stretch", "submit", "suction", "suggest", "summarize", "supervise", "supply",
    "support", "survey", "suture", "swab", "synthesize", "tabulate", "tag", "tailor", "take",
    "talk", "tape", "teach", "tend", "terminate", "test", "thread", "tie", "titrate", "tour",
    "trace", "track", "train", "transcribe", "transfer", "translate", "transport", "treat",
    "triage", "trim", "troubleshoot", "turn", "tutor", "type", "uncover", "undertake", "unload",
    "unpack", "update", "upgrade", "upload", "use", "utilize", "vaccinate", "vacuum", "validate",
    "ventilate", "verify", "vet", "visit", "waive", "walk", "warm", "wash", "watch", "weigh",
    "welcome", "weld", "withdraw", "work", "wrap", "access", "write",
    // Trades, kitchens, salons, farms and emergency care: verbs that are rarely a noun first.
    "bake", "caulk", "chop", "dispatch", "dye", "fry", "grill", "groom", "harvest", "haul",
    "infuse", "inject", "intubate", "invoice", "knit", "lecture", "mop", "mow", "onboard", "pave",
    "perm", "plow", "pray", "prune", "rebook", "rehearse", "resuscitate", "sew", "shampoo", "slice",
    "solder", "sweep", "testify", "tint", "tow", "transfuse", "underwrite", "wax", "weave"};

// Steps of a path into the job: an item that opens with one of these and names schooling, an
// exam or a job search is a step, not a duty.
constexpr std::string_view step_verbs[] = {
    "apply", "become", "choose",   "complete", "consider",  "earn",    "enroll", "finish",
    "gain",  "get",    "graduate", "land",     "obtain",    "pass",    "pursue", "research",
    "sit",   "start",  "take",     "look",     "find",      "decide",  "attend", "build",
    "keep",  "renew",  "maintain", "seek",     "volunteer", "network", "join",   "register",
};
constexpr std::string_view step_objects[] = {
    "school",       "program",    "degree",         "diploma",     "ged",
    "course",       "class",      "exam",           "license",     "certif",
    "credential",   "job",        "employer",       "position",    "resume",
    "interview",    "externship", "internship",     "apprentice",  "training",
    "education",    "college",    "clinical hours", "application", "requirement",
    "prerequisite", "ce ",        "continuing",
};

// Personal qualities and people skills (soft skills), as whole words or phrases.
constexpr std::string_view quality_phrases[] = {
    "attention to detail",
    "attention to",
    "detail-oriented",
    "detail oriented",
    "communication",
    "communicate",
    "communicating",
    "collaborate",
    "collaborating",
    "interpersonal",
    "empathy",
    "empathetic",
    "compassion",
    "compassionate",
    "patience",
    "patient and",
    "teamwork",
    "team player",
    "collaboration",
    "cooperation",
    "adaptability",
    "flexibility",
    "flexible",
    "problem-solving",
    "problem solving",
    "critical thinking",
    "time management",
    "organizational",
    "organisational",
    "organization skills",
    "organisation skills",
    "organized",
    "organised",
    "planning and organizing",
    "planning and organising",
    "multi-tasking",
    "multitasking",
    "emotional",
    "resilience",
    "judgment",
    "judgement",
    "professionalism",
    "dependability",
    "dependable",
    "reliability",
    "reliable",
    "integrity",
    "honesty",
    "honest",
    "leadership",
    "listening",
    "customer service",
    "bedside manner",
    "work ethic",
    "calm",
    "composure",
    "stress tolerance",
    "stress management",
    "decision-making",
    "decision making",
    "cultural",
    "courtesy",
    "courteous",
    "tact",
    "discretion",
    "diplomacy",
    "friendly",
    "positive attitude",
    "initiative",
    "persistence",
    "self-control",
    "self-motivated",
    "motivation",
    "curiosity",
    "curious",
    "concern for others",
    "social perceptiveness",
    "caring",
    "kindness",
    "warmth",
    "trustworthy",
    "punctual",
    "punctuality",
    "stamina",
    "sense of humor",
    "sense of humour",
    "people skills",
    "good with people",
    "conflict",
    "independence",
    "confidentiality",
    "respect",
    "sensitivity",
    "accountability",
    "resourceful",
    "creativity",
    "patient with",
    "patience with",
    "tolerance",
    "reassur",
    "encouragement",
    "calmness",
    "enthusiasm",
    "self-discipline",
    "dedication",
    "commitment",
    "humility",
    "open-minded",
    "coachable",
    "manners",
    "rapport",
    "bilingual",
    "speaking",
    "negotiation",
    "persuasion",
    "service orientation",
    "active learning",
    "analytical thinking",
    "achievement/effort",
    "social orientation",
    "adaptability/flexibility",
    "boundaries",
    "deadlines",
    "under pressure",
};

// Techniques, knowledge and instruments (technical skills).
constexpr std::string_view technique_phrases[] = {
    "technique",
    "procedure",
    "equipment",
    "software",
    "system",
    "terminology",
    "ekg",
    "ecg",
    "phlebotomy",
    "venipuncture",
    "sterile",
    "laboratory",
    "lab",
    "x-ray",
    "imaging",
    "calibrat",
    "specimen",
    "coding",
    "charting",
    "ehr",
    "emr",
    "cpr",
    "first aid",
    "anatomy",
    "physiology",
    "pharmacology",
    "instrument",
    "testing",
    "operation of",
    "operating",
    "knowledge of",
    "understanding of",
    "proficien",
    "programming",
    "protocol",
    "measurement",
    "monitoring",
    "analysis",
    "documentation",
    "billing",
    "icd-",
    "cpt",
    "hcpcs",
    "epic",
    "cerner",
    "microsoft",
    "excel",
    "spreadsheet",
    "keyboarding",
    "typing",
    "data entry",
    "infection control",
    "aseptic",
    "positioning",
    "scanning",
    "radiation",
    "staining",
    "microtomy",
    "sampling",
    "machine",
    "device",
    "mathematics",
    "math",
    "medical terminology",
    "safety",
    "assessment",
    "application of",
    "fabrication",
    "fitting",
    "maintenance",
    "repair",
    "troubleshoot",
    "diagnostic",
    "vital signs",
    "injection",
    "sterilization",
    "decontamination",
    "records",
    "transcription",
    "ultrasound",
    "sonograph",
    "audiometr",
    "tympanometr",
    "otoscop",
    "dosimetr",
    "quality control",
    "compliance",
    "regulations",
    "hipaa",
    "insurance",
    "claims",
    "reading",
    "writing",
    "database",
    "scheduling",
    "inventory",
    "lifting",
    "transfers",
    "handling",
    "preparation",
    "processing",
    "control",
    "technology",
    "tools",
    "mechanical",
    "electrical",
    "science",
    "biology",
    "chemistry",
    "nutrition",
    "dietary",
    "dexterity",
    "hand-eye",
    "polysomnograph",
    "eeg",
    "mri",
    "ct",
    "pacs",
    "ris",
    "dictation",
    "therapy",
    "therapeutic",
    "modalit",
    "interpreting",
    "translation",
    "treatment planning",
    "physics",
    "calculation",
    "interpretation",
    "statistics",
    "genetics",
};

// Credential words: an abbreviation beside one of these is a credential.
constexpr std::string_view credential_words[] = {
    "certified", "certification", "certificate", "credential", "registered", "registry",
    "licensed",  "license",       "licensure",   "exam",       "board",      "accredited",
};

// ---- Small tests --------------------------------------------------------------------------

// A lexicon as a hash set of lowercase words, built once.
class WordSet {
 public:
  explicit WordSet(std::span<const std::string_view> words) : words_(words.begin(), words.end()) {}
  bool contains(std::string_view lower_word) const { return words_.count(lower_word) > 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

const WordSet& task_verb_set() {
  static const WordSet set(task_verbs);
  return set;
}
const WordSet& step_verb_set() {
  static const WordSet set(step_verbs);
  return set;
}

// True when `lower` without its last `cut` bytes, plus `add`, is one of `verbs`.
bool is_verb_stem(const std::string& lower, const WordSet& verbs, size_t cut,
                  std::string_view add = {}) {
  std::string stem = lower.substr(0, lower.size() - cut);
  stem += add;
  return verbs.contains(stem);
}

// "Calibrates" -> "calibrate", "Preparing" -> "prepare", "Carries" -> "carry", "Setting" -> "set".
bool is_verb_form(std::string_view word, const WordSet& verbs) {
  std::string lower = to_lower(word);
  if (verbs.contains(lower)) return true;
  // "Analyse", "organises", "prioritising": British spellings of the -yze / -ize verbs, as
  // UK, Australian, Indian and Singapore pages write them.
  for (std::string_view suffix : {"yse", "yses", "ysed", "ysing", "ise", "ises", "ised", "ising"}) {
    if (lower.size() > suffix.size() + 2 && lower.ends_with(suffix)) {
      std::string american = lower;
      american[lower.size() - suffix.size() + 1] = 'z';
      return is_verb_form(american, verbs);
    }
  }
  auto stem_is_verb = [&](size_t cut, std::string_view add = {}) {
    return is_verb_stem(lower, verbs, cut, add);
  };
  if (lower.ends_with("ies") && stem_is_verb(3, "y")) return true;
  if (lower.ends_with("es") && stem_is_verb(2)) return true;
  if (lower.ends_with("s") && stem_is_verb(1)) return true;
  if (lower.ends_with("ing") && lower.size() > 5) {
    if (stem_is_verb(3) || stem_is_verb(3, "e")) return true;
    size_t n = lower.size() - 3;
    if (lower[n - 1] == lower[n - 2] && stem_is_verb(4)) return true;
  }
  return false;
}

// "Accessed", "managed", "verified", "planned", "drew": a task verb told in the past, as news
// features and diaries tell a shift. Kept apart from is_verb_form, where "Licensed practical
// nurse" must not start with a task.
bool is_past_task_verb(std::string_view word) {
  // Only "-ed" words and a few short irregular forms can be: no lowercase copy for the rest.
  if (word.size() > 7 && !ends_with_ci(word, "ed")) return false;
  const std::string lower = to_lower(word);
  const WordSet& verbs = task_verb_set();
  static constexpr std::pair<std::string_view, std::string_view> irregular[] = {
      {"drew", "draw"},   {"taught", "teach"}, {"wrote", "write"},   {"led", "lead"},
      {"built", "build"}, {"ran", "run"},      {"made", "make"},     {"kept", "keep"},
      {"took", "take"},   {"gave", "give"},    {"met", "meet"},      {"sent", "send"},
      {"fed", "feed"},    {"held", "hold"},    {"brought", "bring"}, {"spoke", "speak"},
      {"found", "find"},  {"told", "tell"},    {"sold", "sell"},     {"chose", "choose"}};
  for (const auto& [past, base] : irregular) {
    if (lower == past) return verbs.contains(base);
  }
  if (lower.size() < 5 || !lower.ends_with("ed")) return false;
  auto stem_is_verb = [&](size_t cut, std::string_view add = {}) {
    return is_verb_stem(lower, verbs, cut, add);
  };
  if (lower.ends_with("ied") && stem_is_verb(3, "y")) return true;
  if (stem_is_verb(2) || stem_is_verb(1)) return true;
  const size_t n = lower.size() - 2;
  return lower[n - 1] == lower[n - 2] && stem_is_verb(3);  // "planned"
}

// The first word of an item, past a leading "To " or "You will".
std::string_view first_word(std::string_view item, std::vector<std::string_view>& words) {
  split_words(item, words);
  size_t k = 0;
  if (k < words.size() && equals_ci(words[k], "to")) ++k;
  if (k + 1 < words.size() && equals_ci(words[k], "you") &&
      (equals_ci(words[k + 1], "will") || equals_ci(words[k + 1], "ll"))) {
    k += 2;
  }
  return k < words.size() ? words[k] : std::string_view{};
}

// Where the first of `phrases` occurs in `text`, or npos. Whole words for short entries
// ("calm", "tact"), substrings for stems and phrases ("calibrat", "attention to detail").
// One matcher per lexicon, built on first use.
const PhraseMatcher& quality_matcher() {
  static const PhraseMatcher matcher(quality_phrases);
  return matcher;
}
const PhraseMatcher& technique_matcher() {
  static const PhraseMatcher matcher(technique_phrases);
  return matcher;
}
const PhraseMatcher& step_object_matcher() {
  static const PhraseMatcher matcher(step_objects);
  return matcher;
}
const PhraseMatcher& credential_word_matcher() {
  static const PhraseMatcher matcher(credential_words);
  return matcher;
}

size_t first_match(std::string_view text, const PhraseMatcher& lexicon) {
  std::optional<PhraseMatcher::Hit> hit = lexicon.first(text);
  return hit ? hit->position : std::string_view::npos;
}

bool names_any(std::string_view text, const PhraseMatcher& lexicon) {
  return lexicon.first(text).has_value();
}

// An abbreviation as credentials are written: "RHIT", "CPhT", "HT(ASCP)", "R.EEG T.", "CT".
bool is_credential_abbreviation(std::string_view word) {
  int upper = 0, letters = 0;
  for (char c : word) {
    if (is_ascii_alpha(c)) ++letters;
    if (is_ascii_upper(c)) ++upper;
  }
  if (letters < 2 || letters > 8 || upper < 2 || upper + 2 < letters) return false;
  return !is_known_non_credential(word);
}

// "ZBrush", "AutoCAD", "QuickBooks", "Adobe Photoshop", "Autodesk Maya": a capital inside a
// word, or a software maker's name first. (Title case alone is no sign: "Labor & Delivery".)
bool names_software_product(std::span<const std::string_view> words) {
  static constexpr std::string_view makers[] = {
      "adobe",   "autodesk", "microsoft", "google",   "oracle", "sap",     "salesforce",
      "tableau", "epic",     "cerner",    "meditech", "esri",   "trimble", "bentley"};
  if (words.empty()) return false;
  if (words.size() >= 2) {
    for (std::string_view maker : makers) {
      if (equals_ci(words.front(), maker)) return true;
    }
  }
  for (std::string_view w : words) {
    if (is_credential_abbreviation(w)) continue;  // "CPhT", "RHIa" are credentials
    for (size_t c = 1; c + 1 < w.size(); ++c) {
      if (w[c - 1] >= 'a' && w[c - 1] <= 'z' && is_ascii_upper(w[c])) return true;
    }
    // "ZBrush": two capitals, then lowercase.
    if (w.size() >= 4 && is_ascii_upper(w[0]) && is_ascii_upper(w[1]) && w[2] >= 'a' &&
        w[2] <= 'z') {
      return true;
    }
  }
  return false;
}

bool has_years_span(std::string_view text) {
  for (std::string_view unit : {"year", "yrs", "yr "}) {
    for (size_t at = find_ci(text, unit); at != std::string_view::npos;
         at = find_ci(text, unit, at + 1)) {
      // "$57,120 per year", "twice a year": a rate, not a span.
      std::string_view before = text.substr(0, at);
      if (before.ends_with("per ") || before.ends_with("a ") || before.ends_with("/") ||
          before.ends_with("each ") || before.ends_with("every ") || before.ends_with("an ")) {
        continue;
      }
      // A digit within the few characters before the unit: "0-2 years", "5+ yrs", "2 to 4 years".
      for (size_t k = at >= 8 ? at - 8 : 0; k < at; ++k) {
        if (is_ascii_digit(text[k])) return true;
      }
    }
  }
  return false;
}

}  // namespace

void heading_votes(SectionKind kind, std::vector<RoleVote>& votes) {
  for (const HeadingPrior& prior : heading_priors) {
    if (prior.kind == kind) votes.push_back({prior.role, prior.points, prior.cue});
  }
}

// Content cues. Each row: a test on the item's words, the role it votes for, its points.
void content_votes(std::string_view item, std::vector<RoleVote>& votes) {
  thread_local std::vector<std::string_view> words;
  std::string_view title = item;
  std::string title_storage = item_title(item);
  title = title_storage;
  std::string_view verb = first_word(item, words);
  const int word_count = static_cast<int>(words.size());
  const bool short_phrase = word_count <= 7 && !item.ends_with(".");

  if (!verb.empty() && is_ascii_alpha(verb.front()) && is_verb_form(verb, task_verb_set())) {
    // "Mentoring", "Taking direction from a foreman": a gerund names a task or a skill
    // alike, so its neighbours decide which.
    if (ends_with_ci(verb, "ing")) {
      votes.push_back({Role::duty, 2, "starts with a gerund (a task or a skill)"});
    } else {
      votes.push_back({Role::duty, 3, "starts with a task verb"});
    }
  }
  if (!verb.empty() && is_verb_form(verb, step_verb_set()) &&
      names_any(item, step_object_matcher())) {
    votes.push_back({Role::step, 5, "a step into the job (verb + schooling, exam or job search)"});
  }
  if (names_any(title, quality_matcher())) {
    votes.push_back({Role::soft_skill, 3, "names a personal quality"});
  }
  if (names_any(title, technique_matcher())) {
    votes.push_back({Role::technical_skill, 2, "names a technique, tool or knowledge area"});
  }
  if (word_count <= 6 && names_software_product(words)) {
    votes.push_back({Role::technical_skill, 3, "names a software product"});
  }
  if (short_phrase && word_count >= 1) {
    votes.push_back({Role::skill, 1, "short noun phrase"});
  }
  // Credentials: "Certified Coding Specialist (CCS)", "RHIT from AHIMA", "HT(ASCP)".
  bool abbreviation = false;
  for (std::string_view w : words) abbreviation |= is_credential_abbreviation(w);
  bool credential_word = names_any(item, credential_word_matcher());
  if (abbreviation && credential_word && word_count <= 16) {
    votes.push_back({Role::certification, 4, "abbreviation beside a credential word"});
  } else if (abbreviation && word_count <= 4 && !names_any(title, technique_matcher())) {
    // "Cognitive behavioral therapy (CBT)": an abbreviation of a technique names no credential.
    votes.push_back({Role::certification, 2, "a bare abbreviation"});
  } else if (credential_word && word_count <= 10 &&
             (starts_with_ci(item, "certified ") || starts_with_ci(item, "registered ") ||
              starts_with_ci(item, "licensed "))) {
    votes.push_back({Role::certification, 3, "named credential (Certified/Registered ...)"});
  }
  // "Temporary License", "Advanced Certificate": a short name ending in a credential noun.
  if (word_count >= 2 && word_count <= 5 && !item.ends_with(":")) {
    std::string_view last = words.back();
    for (std::string_view noun : {"license", "licence", "certification", "certificate",
                                  "credential", "registration", "permit"}) {
      if (equals_ci(last, noun)) {
        votes.push_back({Role::certification, 3, "a name ending in a credential noun"});
        break;
      }
    }
  }
  // "BLS provider card (American Heart Association)", "S.T.A.B.L.E. program certificate
  // within six months": a credential's name, then the terms a requirements list sets.
  if (word_count >= 3 && word_count <= 16 && is_ascii_upper(item.front())) {
    for (size_t k = 1; k < words.size() && k < 9; ++k) {
      const size_t at = static_cast<size_t>(words[k].data() - item.data());
      if (at > 40) break;
      const bool noun = equals_ci(words[k], "license") || equals_ci(words[k], "licence") ||
                        equals_ci(words[k], "certificate") ||
                        equals_ci(words[k], "certification") ||
                        (equals_ci(words[k], "card") && abbreviation);
      if (!noun || k + 1 >= words.size()) continue;
      // The name must be one: a token in capitals ("BLS", "S.T.A.B.L.E.") before the noun,
      // not "Professional certification from recognized bodies".
      const std::string_view before = item.substr(0, at);
      bool named = false;
      for (size_t from = 0; from < before.size() && !named;) {
        size_t space = before.find(' ', from);
        if (space == std::string_view::npos) space = before.size();
        std::string_view token = before.substr(from, space - from);
        named = std::count_if(token.begin(), token.end(), is_ascii_upper) >= 2;
        from = space + 1;
      }
      if (named) {
        votes.push_back({Role::certification, 3, "a credential's name, then its terms"});
        break;
      }
    }
  }
  if (has_years_span(item) && word_count <= 16) {
    votes.push_back({Role::tier, 4, "names a span of years"});
  }
  if (word_count > 25) votes.push_back({Role::none, 3, "long prose"});
}

size_t find_quality_phrase(std::string_view text, std::string_view* phrase) {
  std::optional<PhraseMatcher::Hit> hit = quality_matcher().first(text, true);
  if (!hit) return std::string_view::npos;
  *phrase = hit->phrase;
  return hit->position;
}

bool opens_with_task_verb(std::string_view text) {
  thread_local std::vector<std::string_view> words;
  std::string_view verb = first_word(text, words);
  if (verb.empty() || !is_ascii_upper(verb.front()) || !is_verb_form(verb, task_verb_set())) {
    return false;
  }
  // "Training may cover ...", "Scheduling is ...": a gerund that is the subject, not a task.
  static constexpr std::string_view auxiliaries[] = {
      "may", "can", "is", "are", "will", "must", "should", "has", "was", "often", "usually"};
  size_t next =
      static_cast<size_t>(std::find(words.begin(), words.end(), verb) - words.begin()) + 1;
  return next >= words.size() ||
         std::none_of(std::begin(auxiliaries), std::end(auxiliaries),
                      [&](std::string_view a) { return equals_ci(words[next], a); });
}

bool is_task_verb(std::string_view word) {
  return is_verb_form(word, task_verb_set());
}

namespace {
bool is_progressive_aux(std::string_view word) {
  for (std::string_view aux : {"am", "is", "are", "was", "were", "i'm", "we're", "they're"}) {
    if (equals_ci(word, aux)) return true;
  }
  return false;
}
}  // namespace

namespace {
bool is_modal(std::string_view w) {
  static constexpr std::string_view modals[] = {"will", "may", "can", "must", "should", "might"};
  return std::any_of(std::begin(modals), std::end(modals),
                     [&](std::string_view m) { return equals_ci(w, m); });
}
}  // namespace

bool names_the_career(std::string_view word, std::string_view career_noun) {
  if (career_noun.size() < 3 || word.size() < career_noun.size()) return false;
  if (equals_ci(word, career_noun)) return true;
  // The plural: "bakers", "coaches", "secretaries".
  std::string_view stem = career_noun;
  std::string_view ending = word.substr(career_noun.size());
  if (ends_with_ci(stem, "y") && word.size() == stem.size() + 2 &&
      starts_with_ci(word, stem.substr(0, stem.size() - 1)) && ends_with_ci(word, "ies")) {
    return true;
  }
  return starts_with_ci(word, stem) && (equals_ci(ending, "s") || equals_ci(ending, "es"));
}

bool states_a_task(std::string_view sentence, std::string_view career_noun) {
  thread_local std::vector<std::string_view> words;
  split_words(sentence, words);
  if (words.size() < 4 || words.size() > 45) return false;
  // "Bakers shape loaves", "The glazier then cuts the pane": the page's own occupation as the
  // subject, a task verb after it (short verbs too: "Bakers mix dough").
  // Not in a question ("What does a controller make?"), nor a rule ("bakers must wear
  // hairnets"), nor where or when they work ("Bakers work nights").
  const bool question = trim(sentence).ends_with("?");
  for (size_t k = 1; k < words.size() && k < 14 && !career_noun.empty() && !question; ++k) {
    std::string_view subject = words[k - 1];
    if ((equals_ci(subject, "also") || equals_ci(subject, "then") || equals_ci(subject, "will") ||
         equals_ci(subject, "may") || equals_ci(subject, "often")) &&
        k >= 2)
      subject = words[k - 2];
    if (names_the_career(subject, career_noun) && words[k].size() >= 3 &&
        !ends_with_ci(words[k], "ing") && !starts_with_ci(words[k], "work") &&
        (is_verb_form(words[k], task_verb_set()) || is_past_task_verb(words[k]))) {
      return true;
    }
  }
  // The subject: a job noun or pronoun shortly before the verb ("the technologist then applies").
  static constexpr std::string_view subjects[] = {
      "he",          "she",        "they",        "technologist", "technician", "technologists",
      "technicians", "aide",       "aides",       "assistant",    "assistants", "tech",
      "techs",       "specialist", "specialists", "therapist",    "therapists", "nurse",
      "nurses",      "worker",     "workers",     "you",          "i",          "we"};
  static constexpr std::string_view negations[] = {"not",   "never",   "cannot", "can't",
                                                   "don't", "doesn't", "won't",  "didn't"};
  // "Disassembles locking devices, using picks", "May install alarms": a task statement whose
  // subject is the job itself, as occupational dictionaries and task lists write them.
  {
    const bool modal_first = is_modal(words[0]);
    std::string_view verb = words[modal_first ? 1 : 0];
    const bool third_person =
        verb.size() >= 4 && (verb.back() == 's' || verb.back() == 'S') && !ends_with_ci(verb, "ss");
    if (is_ascii_upper(words[0].front()) && (modal_first || third_person) && verb.size() >= 4 &&
        !ends_with_ci(verb, "ing") && !equals_ci(verb, "works") && !equals_ci(verb, "work") &&
        is_verb_form(verb, task_verb_set())) {
      return true;
    }
  }
  for (size_t k = 1; k < words.size() && k < 14; ++k) {
    std::string_view w = words[k];
    if (w.size() < 3) continue;
    // Most words are no task verb: that cheap test first, the sentence's shape after.
    const bool past = is_past_task_verb(w);
    // Three-letter verbs ("run", "set", "cut") are too often nouns, unless a modal says verb.
    const bool after_modal_word = is_modal(words[k - 1]);
    if (!past && ((w.size() < 4 && !after_modal_word) || !is_verb_form(w, task_verb_set())))
      continue;
    // "You cannot teach someone ...", "they never file": what the worker does not do.
    if (std::any_of(std::begin(negations), std::end(negations),
                    [&](std::string_view n) { return equals_ci(words[k - 1], n); })) {
      continue;
    }
    // "Many training programs", "Most technicians work under supervision": a gerund used as
    // an adjective, and "work" saying where or how rather than what.
    if (ends_with_ci(w, "ing") && !is_progressive_aux(words[k - 1])) continue;
    if ((equals_ci(w, "work") || equals_ci(w, "works") || equals_ci(w, "worked")) &&
        (k + 1 >= words.size() || !equals_ci(words[k + 1], "with"))) {
      continue;
    }
    // "Technicians who administer care work in ...": a relative clause on the subject names
    // which workers; after the verb ("Vets are doctors who prevent ... disease") it tells the
    // job.
    if (equals_ci(words[k - 1], "that") || equals_ci(words[k - 1], "which")) continue;
    if (equals_ci(words[k - 1], "who") &&
        std::none_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k - 1),
                     [](std::string_view v) { return is_progressive_aux(v); })) {
      continue;
    }
    // "Raman said she interviews for ...": someone else's account of their own habits.
    if (k >= 2 && (equals_ci(words[k - 2], "said") || equals_ci(words[k - 2], "says"))) continue;
    // "she taught a new patient", "Osei accessed implanted ports": a worker's shift told in
    // the past, by a pronoun or the worker's name.
    if (past) {
      std::string_view subject = words[k - 1];
      bool pronoun = equals_ci(subject, "he") || equals_ci(subject, "she") ||
                     equals_ci(subject, "they") || equals_ci(subject, "i") ||
                     equals_ci(subject, "we");
      bool name = is_ascii_upper(subject.front()) && subject.size() > 2 &&
                  std::all_of(subject.begin() + 1, subject.end(),
                              [](char c) { return c >= 'a' && c <= 'z'; }) &&
                  (k >= 2 || words.size() > 6);
      if (pronoun || name || is_job_noun(subject)) return true;
      continue;
    }
    bool third_person = w.back() == 's' || w.back() == 'S';
    for (size_t back = 1; back <= 2 && back <= k; ++back) {
      std::string_view subject = words[k - back];
      bool is_subject = std::any_of(std::begin(subjects), std::end(subjects),
                                    [&](std::string_view s) { return equals_ci(subject, s); });
      // Any job noun after an article ("the dosimetrist imports"), or a plural one that opens
      // the sentence ("Dosimetrists also help").
      is_subject |= back == 1 && k >= 2 &&
                    (equals_ci(words[k - 2], "the") || equals_ci(words[k - 2], "a") ||
                     equals_ci(words[k - 2], "an") || equals_ci(words[k - 2], "each"));
      is_subject |= k - back == 0 && is_ascii_upper(subject.front()) && subject.size() > 4 &&
                    subject.ends_with("s") && (back == 1 || equals_ci(words[k - 1], "also"));
      is_subject |= (equals_ci(subject, "many") || equals_ci(subject, "most")) &&
                    (back == 1 || equals_ci(words[k - 1], "also"));
      // "I draft storyboards", "we triage": a worker telling of the job in the first person.
      const bool plural_pronoun = equals_ci(subject, "they") || equals_ci(subject, "you") ||
                                  equals_ci(subject, "many") || equals_ci(subject, "most") ||
                                  equals_ci(subject, "i") || equals_ci(subject, "we");
      // "You can teach port access in a month" says what can be learnt, not what is done.
      const bool general_you =
          back == 2 && equals_ci(subject, "you") && equals_ci(words[k - 1], "can");
      if (general_you) continue;
      if (is_subject && (third_person || plural_pronoun)) return true;
      // "the trainer will design", "a tech may also": after a modal the verb has no -s.
      const bool after_modal = back == 2 && after_modal_word;
      if (after_modal && (is_subject || is_job_noun(subject))) return true;
      // "a lactation consultant assesses", "Most microbiologists plan": a worker named just
      // before, singular with its verb in -s or plural. The job-word list is looked up last:
      // it is the costly test.
      if (!is_subject && back != 1) continue;
      if (!is_job_noun(subject)) continue;
      if (third_person || subject.back() == 's' || subject.back() == 'S') return true;
    }
  }
  return false;
}

Role skill_kind(std::string_view item) {
  const std::string title = item_title(item);
  bool soft = names_any(title, quality_matcher());
  bool technical = names_any(title, technique_matcher());
  if (soft && !technical) return Role::soft_skill;
  if (technical && !soft) return Role::technical_skill;
  // "Communication with the care team" vs "Patient communication software": the phrase named
  // first decides.
  if (soft && technical) {
    return first_match(title, quality_matcher()) <= first_match(title, technique_matcher())
               ? Role::soft_skill
               : Role::technical_skill;
  }
  // "Structural welding", "Blueprint reading": a short phrase that ends in a task done as
  // an activity names a craft, unless the task is done with people ("upbeat coaching").
  static constexpr std::string_view with_people[] = {
      "coaching",   "teaching",     "instructing", "mentoring", "counseling", "counselling",
      "motivating", "encouraging",  "listening",   "speaking",  "writing",    "leading",
      "helping",    "coordinating", "negotiating", "serving",   "persuading", "communicating"};
  std::vector<std::string_view> words = split_words(title);
  // "AutoCAD Civil 3D", "Trimble Business Center": a product's name (a capital past the first
  // word or letter, a digit) names a tool, which no personal quality is written as.
  if (words.size() <= 5) {
    bool product = false;
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      for (size_t c = 0; c < w.size(); ++c) {
        product |= is_ascii_digit(w[c]) || (is_ascii_upper(w[c]) && (k > 0 || c > 0));
      }
    }
    if (product) return Role::technical_skill;
  }
  if (words.size() >= 2 && words.size() <= 4) {
    const std::string last = to_lower(words.back());
    const bool people =
        std::find(std::begin(with_people), std::end(with_people), last) != std::end(with_people);
    if (!people && last.size() > 5 && last.ends_with("ing") && is_task_verb(last))
      return Role::technical_skill;
  }
  return Role::none;
}

std::string item_title(std::string_view item) {
  for (std::string_view sep : {": ", " – ", " — ", " - ", " -- "}) {
    size_t at = item.find(sep);
    if (at != std::string_view::npos && at > 0 && count_words(item.substr(0, at)) <= 7) {
      return std::string(trim(item.substr(0, at)));
    }
  }
  // "Integrity. Clients trust aides with..." names the quality in its first sentence.
  if (size_t at = item.find(". "); at != std::string_view::npos && at > 0 &&
                                   has_at_most_words(item.substr(0, at), 4) &&
                                   !has_at_most_words(item.substr(at + 2), 3)) {
    return std::string(trim(item.substr(0, at)));
  }
  return std::string(item);
}

const char* role_name(Role role) {
  switch (role) {
    case Role::none:
      return "-";
    case Role::duty:
      return "duty";
    case Role::skill:
      return "skill";
    case Role::technical_skill:
      return "technical_skill";
    case Role::soft_skill:
      return "soft_skill";
    case Role::tool:
      return "tool";
    case Role::certification:
      return "certification";
    case Role::tier:
      return "tier";
    case Role::step:
      return "step";
  }
  return "-";
}

}  // namespace careerkb::parse
