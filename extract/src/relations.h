// Internal: the relation stage — per sentence, the relations its mentions stand in: the office
// rules, which read what the mention stage found around a name (relations.cpp), then the pack's
// pattern rules and its sentence rules (rule_match.cpp). A sentence with a negation (class
// "negation") gives relations only from office rules and rules that say "negation ignore" — unless
// a contrast follows the negation ("nicht in X, sondern in Y": class "negation.contrast"); then the
// sentence counts as affirmative and the mentions between the two words are hidden from the rules.
#pragma once

#include <string>
#include <vector>

#include "frame.h"
#include "mentions.h"

namespace kg::extract {

struct Rel {
  int s = -1, o = -1;
  PredicateId p = 0;
  std::string role, rule;
  double confidence = 0;
  std::size_t sentence = 0;
};

// The relations found so far; add() keeps one per (subject, predicate, object).
class Relations {
 public:
  void add(int s, PredicateId p, int o, std::size_t sentence, std::string rule, double confidence,
           std::string role = "");
  const std::vector<Rel>& all() const { return rels_; }
  std::size_t size() const { return rels_.size(); }
  Rel& at(std::size_t i) { return rels_[i]; }

 private:
  std::vector<Rel> rels_;
};

// One sentence as the rules see it.
struct SentenceView {
  const Pack& pack;
  const Text& text;
  const Mentions& mentions;
  const Frame& frame;
  std::size_t index;
  bool negated;
  // Classes every sentence reads, looked up once per document: "list.join", "pronoun.person",
  // "inflect.genitive", "office.organisation".
  const WordClass& list_join;
  const WordClass& pronoun;
  const WordClass& genitive;
  const WordClass& office_organisation;
  const std::vector<Ref>& visible;

  const Sentence& sentence() const { return text.sentences[index]; }
  // The sentence's mentions the rules see: all but those a contrasted negation denies ("nicht in X").
  const std::vector<Ref>& refs() const { return visible; }
  const Token& tok(std::size_t i) const { return text.tokens[i]; }
  Kind kind(int e) const { return mentions.kind(e); }
  const WordClass& words(std::string_view name) const { return pack.words[name]; }
};

std::vector<Rel> find_relations(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame);

// The rules kept as data (rules.h), applied to one sentence (rule_match.cpp): the pattern rules,
// or the sentence rules.
void apply_rules(const SentenceView& v, Relations& out, bool sentence_rules);

}  // namespace kg::extract
