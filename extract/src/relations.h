// Internal: the relation stage — per sentence, the relations its mentions stand in: the office
// rules, which read what the mention stage found around a name (relations.cpp), then the pack's
// pattern rules (rule_match.cpp) and its sentence rules (sentence_rules.cpp). A negation (class
// "negation") blocks what its clause says (a further one after that clause, what its own says):
// relations of rules that do not say "negation ignore" with an end named in the negated clause (or
// the article's event) are dropped. A contrast after the negation ("nicht in X, sondern in Y":
// class "negation.contrast") makes the sentence affirmative and hides the mentions between the two
// words from the rules.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "frame.h"
#include "kg/core/schema.h"
#include "mentions.h"

namespace kg::extract {

// The predicates the relation stage names in its own code (schema.h's ids).
inline const PredicateId kHolds = predicate_id("holds_office");
inline const PredicateId kMember = predicate_id("member_of");
inline const PredicateId kHeldIn = predicate_id("held_in");
inline const PredicateId kLocated = predicate_id("located_in");
inline const PredicateId kMeets = predicate_id("meets_with");
inline const PredicateId kTakesPart = predicate_id("participates_in");

// Tokens [first, last) of a sentence; empty when first == last.
struct Tokens {
  std::size_t first = 0, last = 0;
};

// The clause a negation denies: a span of tokens less a clause embedded in it, which says something
// else ("X, dessen Land in die Liga aufgenommen worden war, hielt keine Rede").
struct Clause {
  Tokens span, hole;
  bool empty() const { return span.first >= span.last; }
  bool holds(std::size_t t) const { return t >= span.first && t < span.last && !(t >= hole.first && t < hole.last); }
};

// The confidence of an office whose place the words do not say but the context gives (resolve.cpp
// drops it where the same person's same office is stated elsewhere), and of one they say. Every
// pack rule that states an office gives more than the first, also after kReferenceWeight.
constexpr double kGuessedOfficeConfidence = 0.6, kStatedOfficeConfidence = 0.9;

struct Rel {
  int s = -1, o = -1;
  PredicateId p = 0;
  std::string role, rule;
  double confidence = 0;
  std::size_t sentence = 0;
  Tokens read;            // the words the rule read (a pattern's match, a sentence rule's cue words), if any
  bool negatable = true;  // a negation in its clause drops it (not: offices, rules with "negation ignore")
};

// The relations found so far; add() keeps one per (subject, predicate, object).
class Relations {
 public:
  // Adds a relation unless one says the same already; in one sentence two that read other words
  // both stay until unique_from, since a negation may deny the words one of them read ("X did not
  // attend and sent Y": Y is there by "sent", not by "attend").
  void add(int s, PredicateId p, int o, std::size_t sentence, std::string rule, double confidence,
           std::string role = "", Tokens read = {}, bool negatable = true);
  const std::vector<Rel>& all() const { return rels_; }
  std::size_t size() const { return rels_.size(); }
  // Removes the relations from index `from` on for which drop(rel) holds.
  template <typename Pred>
  void erase_from(std::size_t from, Pred drop) {
    rels_.erase(std::remove_if(rels_.begin() + static_cast<std::ptrdiff_t>(from), rels_.end(), drop), rels_.end());
  }
  Rel& at(std::size_t i) { return rels_[i]; }
  // Keeps the first of the relations from index `from` on that say the same (see add).
  void unique_from(std::size_t from);

 private:
  std::vector<Rel> rels_;
};

// The classes of clause structure every sentence reads, looked up once per document: a comma and a
// word of "clause.coordinate" or "clause.while" before a name start a clause with a subject of its
// own (with "clause.not_verb" and "lead.break": what is no verb after the name); "clause.aside" one
// that says something else of its persons, "clause.relative" (with "article.definite": a pronoun that
// is also an article) a relative clause.
struct ClauseWords {
  const WordClass &coordinate, &contrast, &not_verb, &aside, &relative, &article, &subject;
};

// One sentence as the rules see it.
struct SentenceView {
  const Pack& pack;
  const Text& text;
  const Mentions& mentions;
  const Frame& frame;
  std::size_t index;
  // Classes every sentence reads, looked up once per document: "list.join", "inflect.genitive",
  // "office.organisation", "lead.break".
  const WordClass& list_join;
  const WordClass& genitive;
  const WordClass& office_organisation;
  const WordClass& lead_break;
  const std::vector<Ref>& visible;
  // The sentence's first token of each indexed word class (WordClasses::first_tokens).
  const std::vector<std::uint32_t>& class_first;
  // The clause a negation denies ({} for none): a sentence rule reads its cue words outside it where
  // the sentence has them there ("X nahm nicht teil; Russland wurde von Y vertreten").
  Clause negated{};
  // The place of the article's event (rule qualifier venue), or -1: the place its mentions bind ("the
  // summit in Lima"), else the first city the sentences before hold it in, else the dateline's city.
  int venue = -1;
  const ClauseWords* clause_words = nullptr;
  // The first tokens of the sentence's clauses after the first with subjects of their own
  // (coordinated_clauses).
  std::vector<std::size_t> clauses{};

  const Sentence& sentence() const { return text.sentences[index]; }
  // The sentence's mentions the rules see: all but those a contrasted negation denies ("nicht in X").
  const std::vector<Ref>& refs() const { return visible; }
  const Token& tok(std::size_t i) const { return text.tokens[i]; }
  Kind kind(int e) const { return mentions.kind(e); }
  const WordClass& words(std::string_view name) const { return pack.words[name]; }
  // The sentence's first token of the class, or its end: c.find over the sentence, looked up.
  std::size_t first_of(const WordClass& c) const {
    const Sentence& sen = sentence();
    return c.number() < class_first.size() ? class_first[c.number()] : c.find(text.tokens, sen.first, sen.last);
  }
};

// The clauses of a sentence from a comma to the next one (or the sentence's end) that `opens` says the
// token after the comma opens: asides ("…, da Y in Kairo weilte"), relative clauses (", der Y begleitete,", ", which
// joined the bloc,").
class CommaClauses {
 public:
  template <typename Opens>
  CommaClauses(const SentenceView& v, Opens opens) : v_(v) {
    const Sentence& sen = v.sentence();
    for (std::size_t t = sen.first + 1; t + 1 < sen.last; ++t) {
      if (v.tok(t).text != ",") continue;
      std::size_t end = t + 2;
      while (end < sen.last && v.tok(end).text != ",") ++end;
      if (opens(t + 1, end)) clauses_.push_back({t + 1, end});
    }
  }
  bool empty() const { return clauses_.empty(); }
  // The clause that holds token t, or nullptr.
  const Tokens* at(std::size_t t) const {
    for (const Tokens& c : clauses_)
      if (t >= c.first && t < c.last) return &c;
    return nullptr;
  }
  // The one clause every mention of entity e stands in, or nullptr (named outside, in two, or not
  // at all: a pronoun's referent).
  const Tokens* only_in(int e) const {
    const Tokens* clause = nullptr;
    for (const Ref& m : v_.refs()) {
      if (m.ent != e) continue;
      const Tokens* in = at(m.first);
      if (in == nullptr || (clause != nullptr && in != clause)) return nullptr;
      clause = in;
    }
    return clause;
  }

 private:
  const SentenceView& v_;
  std::vector<Tokens> clauses_;
};

std::vector<Rel> find_relations(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame);

// A structural rule's name: the pack's language and what it reads ("de.office.adjective").
inline std::string rule_name(const SentenceView& v, const char* what) { return v.pack.lang + "." + what; }

// The steps the rule language cannot say (relation_offices.cpp, relation_steps.cpp), run on each
// sentence before its rules: the office cascade — "[adjective] [office] [name]", "[office] der/des [org|country],
// [name]" and the guesses after them; it returns the `context` of the next sentence —, a capital
// named without its state, and an office someone is elected to with no organisation named (the
// article's organisation's).
struct OfficeContext {
  int state = -1;      // the state of the sentence's last office, else the state it is about
  bool topic = false;  // the latter: "Ecuador lehnt das Abkommen ab." (no guest's office is its)
};
OfficeContext offices(const SentenceView& v, Relations& out, OfficeContext context);
void capitals(const SentenceView& v, Relations& out);
void elected_offices(const SentenceView& v, Relations& out);
// After the rules: the organisation's office a successor is given is the predecessor's too.
void predecessor_offices(const SentenceView& v, Relations& out);

// The first tokens (a comma's conjunction) of the sentence's clauses after the first that have a
// subject of their own: "A met B, and C sat down with D", "…, while C met D" (relations.cpp).
std::vector<std::size_t> coordinated_clauses(const SentenceView& v);

// The rules kept as data (rules.h), applied to one sentence (rule_match.cpp, sentence_rules.cpp): the pattern rules,
// or the sentence rules (the meeting rules also on each clause of coordinated_clauses).
void apply_rules(const SentenceView& v, Relations& out, bool sentence_rules);
// The entities of the list that mention `first` starts, as a list slot of `type` reads it ("A,
// die Abgeordnete B und der Europapolitiker C"): first's entity, then the further conjuncts.
std::vector<int> list_from(const SentenceView& v, const Ref& first, SlotType type);

}  // namespace kg::extract
