// Internal: relation rules kept as data, in a small pattern language over tokens, lexicon
// classes and typed entity slots (format in extract/rules/README.md), compiled once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/schema.h"
#include "kg/core/status.h"
#include "words.h"

namespace kg::extract {

// The kinds of entity a slot can take.
enum class SlotType { kPerson, kOrg, kPlace, kCity, kCountry, kEvent, kAdjective };

struct PatternElement {
  enum Kind { kWords, kSlot, kTitle, kGap, kClass } kind = kWords;
  std::vector<std::string> words;         // kWords: one of these exact tokens
  const WordClass* word_class = nullptr;  // kClass: a word (or words in a row) of this class
  SlotType slot_type = SlotType::kPerson;
  bool list = false;      // kSlot "<TYPE*:name>": one or more, joined by "," "und" "sowie"
  std::string name;       // kSlot, kTitle: the slot's name (may be empty for kTitle)
  bool optional = false;  // kWords, kClass and kTitle: "der?", "@cue?", "@title?"
};

struct Rule {
  std::string name;   // "de.capital.apposition"
  std::string where;  // "FILE:LINE", for messages
  std::vector<PatternElement> pattern;
  PredicateId predicate = 0;
  std::string subject, object;  // slot names
  std::string role_slot, role_text;
  double confidence = 0.8;
  bool when_negated = false;  // "negation ignore": also in a sentence with a negation or denial
};

// Parses a rule file: its word classes ("@name = entry entry …") go into `classes` (a class
// named again gains entries), its rules are returned. InvalidInput "NAME:LINE: reason" on the
// first error; a rule may use a class defined earlier in this file or in an earlier file.
Result<std::vector<Rule>> parse_rules(std::string_view name, std::string_view text, WordClasses& classes);

}  // namespace kg::extract
