// The matcher of the rules kept as data (rules.h, extract/rules/README.md) over one sentence.
#include <algorithm>
#include <map>

#include "relations.h"

namespace kg::extract {
namespace {

struct Bindings {
  std::map<std::string, std::vector<int>> entities;  // a list slot binds several
  std::map<std::string, std::string> texts;          // titles bound for roles
};

bool slot_fits(const SentenceView& v, const Ref& r, SlotType t) {
  Kind k = v.kind(r.ent);
  switch (t) {
    case SlotType::kPerson:
      return k == Kind::kPerson;
    case SlotType::kOrg:
      return k == Kind::kOrg;
    case SlotType::kPlace:
      return (k == Kind::kCity || k == Kind::kCountry) && !r.adjective;
    case SlotType::kCity:
      return k == Kind::kCity;
    case SlotType::kCountry:
      return k == Kind::kCountry && !r.adjective;
    case SlotType::kEvent:
      return k == Kind::kEvent;
    case SlotType::kAdjective:
      return k == Kind::kCountry && r.adjective;
  }
  return false;
}

// The matcher's view of one sentence: its mentions by first token, and which (pattern element,
// token) pairs are known not to lead to a match. What follows a position never depends on the
// bindings made before it, so a failure found once holds for every start and every path there:
// with it, matching costs at most pattern length × sentence length steps per rule, however many
// gaps and slots a pattern has.
class Matcher {
 public:
  explicit Matcher(const SentenceView& v) : v_(v), sen_(v.sentence()), join_(v.words("list.join")) {
    width_ = sen_.last - sen_.first + 1;  // positions first … last
    at_.resize(width_);
    for (const Ref& r : v.refs())
      if (r.first >= sen_.first && r.first < sen_.last) at_[r.first - sen_.first].push_back(&r);
  }

  void apply(const Rule& rule, Relations& out) {
    failed_.assign((rule.pattern.size() + 1) * width_, 0);
    const PatternElement* head = rule.pattern.empty() || rule.pattern[0].optional ? nullptr : &rule.pattern[0];
    for (std::size_t start = sen_.first; start < sen_.last; ++start) {
      // A rule that begins with a required slot or word can only match where one starts.
      if (head && head->kind == PatternElement::kSlot && refs_at(start).empty()) continue;
      if (head && head->kind == PatternElement::kWords &&
          std::find(head->words.begin(), head->words.end(), v_.tok(start).text) == head->words.end())
        continue;
      Bindings b;
      if (!match(rule, 0, start, &b)) continue;
      std::string role = rule.role_text;
      if (!rule.role_slot.empty()) role = b.texts[rule.role_slot];
      for (int subject : b.entities[rule.subject])  // one relation per conjunct of a list slot
        for (int object : b.entities[rule.object])
          out.add(subject, rule.predicate, object, v_.index, rule.name, rule.confidence, role);
    }
  }

 private:
  const std::vector<const Ref*>& refs_at(std::size_t token) const { return at_[token - sen_.first]; }

  // Whether rule.pattern[k…] matches from token `pos`; the bindings of the first match are in b.
  bool match(const Rule& rule, std::size_t k, std::size_t pos, Bindings* b) {
    if (k == rule.pattern.size()) return true;
    std::uint8_t& failed = failed_[k * width_ + (pos - sen_.first)];
    if (failed) return false;
    bool ok = match_element(rule, k, pos, b);
    if (!ok) failed = 1;
    return ok;
  }

  // The further conjuncts of a list slot after token `end`: ", B", "und C", "sowie der D" (words
  // of the class "list.join"); the longest list. Returns the token after the list.
  std::size_t list_more(std::size_t end, SlotType type, std::vector<int>& bound) const {
    for (;;) {
      std::size_t next = end;
      while (next < sen_.last && join_.has(v_.tok(next).text)) ++next;
      if (next == end || next >= sen_.last) return end;
      const Ref* more = nullptr;
      for (const Ref* q : refs_at(next))
        if (slot_fits(v_, *q, type)) more = q;
      if (more == nullptr) return end;
      bound.push_back(more->ent);
      end = more->last;
    }
  }

  bool match_element(const Rule& rule, std::size_t k, std::size_t pos, Bindings* b) {
    const PatternElement& el = rule.pattern[k];
    switch (el.kind) {
      case PatternElement::kWords:
        if (pos < sen_.last && std::find(el.words.begin(), el.words.end(), v_.tok(pos).text) != el.words.end() &&
            match(rule, k + 1, pos + 1, b))
          return true;
        return el.optional && match(rule, k + 1, pos, b);
      case PatternElement::kClass:
        if (std::size_t n = el.word_class->match(v_.text.tokens, pos, sen_.last);
            n > 0 && match(rule, k + 1, pos + n, b))
          return true;
        return el.optional && match(rule, k + 1, pos, b);
      case PatternElement::kTitle: {
        const Lexicon& lex = v_.pack.lexicon;
        auto w = pos < sen_.last ? lex.word(v_.tok(pos).text) : std::nullopt;
        if (w && lex.entry(*w).cls == LexClass::kTitle) {
          if (!el.name.empty()) b->texts[el.name] = lex.entry(*w).canonical;
          if (match(rule, k + 1, pos + 1, b)) return true;
        }
        return el.optional && match(rule, k + 1, pos, b);
      }
      case PatternElement::kSlot:
        if (pos >= sen_.last) return false;
        for (const Ref* r : refs_at(pos)) {
          if (!slot_fits(v_, *r, el.slot_type)) continue;
          std::vector<int> bound{r->ent};
          std::size_t end = el.list ? list_more(r->last, el.slot_type, bound) : r->last;
          b->entities[el.name] = bound;
          if (match(rule, k + 1, end, b)) return true;
        }
        return false;
      case PatternElement::kGap:
        for (std::size_t g = 0; g <= 6 && pos + g <= sen_.last; ++g) {
          if (g > 0 && v_.tok(pos + g - 1).text == ",") break;
          if (match(rule, k + 1, pos + g, b)) return true;
        }
        return false;
    }
    return false;
  }

  const SentenceView& v_;
  const Sentence& sen_;
  const WordClass& join_;
  std::size_t width_ = 0;
  std::vector<std::vector<const Ref*>> at_;  // at_[token - first]: mentions starting there
  std::vector<std::uint8_t> failed_;         // [k * width + token - first]
};

}  // namespace

void apply_rules(const SentenceView& v, Relations& out) {
  Matcher m(v);
  for (const Rule& rule : v.pack.rules) {
    if (v.negated && !rule.when_negated) continue;
    m.apply(rule, out);
  }
}

}  // namespace kg::extract
