// What the two matchers of the rules kept as data share: the pattern matcher (rule_match.cpp) and
// the sentence rules' matcher (sentence_rules.cpp). Internal to the relation stage.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "relations.h"

namespace kg::extract {

// Whether mention r fits the slot: its type, and the qualifiers that look at the mention alone.
bool slot_fits(const SentenceView& v, const Ref& r, const PatternElement& el);
// Whether an event's kind is of the class: a word of it, or a compound whose head is one
// ("Ratstagung", "Gipfeltreffen" of "Tagung", "Treffen"; "leaders' meeting" of "meeting").
bool kind_of(const WordClass& c, std::string_view kind);
// Whether the sentence up to token `last` holds the words a rule's cue names (Pack::RuleCue): a rule
// whose first required words the sentence lacks costs one lookup, of its cue's number.
inline bool has_rule_cue(const SentenceView& v, const Pack::RuleCue& c, std::size_t last) {
  if (c.cue == Pack::RuleCue::kNone) return true;
  if (c.cue < v.class_first.size()) return v.class_first[c.cue] < last;
  return v.first_of(*v.pack.rules[c.rule].cue) < last;
}

class PatternMatcher;
// The further conjuncts of a list slot as the pattern matcher reads them (", B", "und C"), for the
// sentence rules; its view of the sentence is built on first use.
class ListReader {
 public:
  explicit ListReader(const SentenceView& v);
  ~ListReader();
  ListReader(const ListReader&) = delete;
  ListReader& operator=(const ListReader&) = delete;
  // Appends the conjuncts after token `end` to `bound`.
  void more(std::size_t end, const PatternElement& el, std::vector<int>& bound);

 private:
  const SentenceView& v_;
  std::unique_ptr<PatternMatcher> m_;
};

// The sentence rules on the sentence, then the meeting rules on each of its coordinated clauses.
void apply_sentence_rules(const SentenceView& v, Relations& out);

}  // namespace kg::extract
