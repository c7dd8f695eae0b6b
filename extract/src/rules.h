// Internal: relation rules kept as data, in a small pattern language over tokens, lexicon
// classes and typed entity slots (format in extract/rules/README.md), compiled once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/schema.h"
#include "kg/core/status.h"

namespace kg::extract {

// The kinds of entity a slot can take.
enum class SlotType { kPerson, kOrg, kPlace, kCity, kCountry, kEvent, kAdjective };

struct PatternElement {
  enum Kind { kWords, kSlot, kTitle, kGap } kind = kWords;
  std::vector<std::string> words;  // kWords: one of these exact tokens
  SlotType slot_type = SlotType::kPerson;
  bool list = false;      // kSlot "<TYPE*:name>": one or more, joined by "," "und" "sowie"
  std::string name;       // kSlot, kTitle: the slot's name (may be empty for kTitle)
  bool optional = false;  // kWords and kTitle: "der?", "@title?"
};

struct Rule {
  std::string name;   // "de.capital.apposition"
  std::string where;  // "FILE:LINE", for messages
  std::vector<PatternElement> pattern;
  PredicateId predicate = 0;
  std::string subject, object;  // slot names
  std::string role_slot, role_text;
  double confidence = 0.8;
};

// Parses a rule file; InvalidInput "NAME:LINE: reason" on the first error.
Result<std::vector<Rule>> parse_rules(std::string_view name, std::string_view text);

// The built-in rule files (generated at build time next to the lexicons).
struct RuleSource {
  const char* name;
  const char* text;
};
const std::vector<RuleSource>& builtin_rules();

}  // namespace kg::extract
