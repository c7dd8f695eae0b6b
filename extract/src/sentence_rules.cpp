// The matcher of the sentence rules (rules.h, extract/rules/README.md): what a sentence, or one of
// its coordinated clauses, holds anywhere — its classes' words present or absent, its slots bound
// to the mentions that fit. The pattern matcher is rule_match.cpp.
#include <algorithm>

#include "rule_match.h"

namespace kg::extract {
namespace {

// Sentence rules: every class element present (or, with "!", absent) anywhere in the sentence,
// every "!" slot without a mention, and each slot bound to its mentions (slot_bindings) — or all
// of this within one clause [first, last) of the sentence.
class SentenceMatcher {
 public:
  explicit SentenceMatcher(const SentenceView& v) : SentenceMatcher(v, v.sentence().first, v.sentence().last) {}
  SentenceMatcher(const SentenceView& v, std::size_t first, std::size_t last)
      : v_(v), sen_{first, last}, whole_(first == v.sentence().first && last == v.sentence().last), lists_(v) {
    const std::size_t pronoun = v.frame.pronoun_at[v.index];
    pronoun_at_ = pronoun >= first && pronoun < last ? pronoun : last;
  }

  void apply(const Rule& rule, Relations& out) {
    // The words first (a lookup each), then the slots (a binding each).
    for (const PatternElement& el : rule.pattern)
      if (el.kind == PatternElement::kClass && (first_of(el.word_class) < sen_.last) == el.absent) return;
    bound_.resize(rule.pattern.size());
    bool assumed_subject = false;
    for (std::size_t k = 0; k < rule.pattern.size(); ++k) {
      const PatternElement& el = rule.pattern[k];
      if (el.kind != PatternElement::kSlot) continue;
      const bool assumed = bind(el, bound_[k]);
      if (k == rule.subject_at) assumed_subject = assumed;
      if (el.absent != bound_[k].empty()) return;
    }
    // The article's event the sentence does not name gets no second place: "Der Rat tagt im
    // Herbst in Stockholm" after the summit was placed in Reykjavik speaks of another session. (A
    // building is no second place but the venue inside the first: "am Tagungsort, dem Hotel X".)
    // (Nor is a city in the state it was placed in: "Peru richtet den Gipfel aus. Die Staatschefs
    // trafen sich in Lima.")
    const auto building = [&](int o) { return v_.mentions.kind(o) == Kind::kBuilding; };
    const auto within = [&](int state) {
      return v_.mentions.kind(state) == Kind::kCountry &&
             std::all_of(bound_[rule.object_at].begin(), bound_[rule.object_at].end(), [&](int o) {
               const Ent& c = v_.mentions.ent(o);
               return c.kind == Kind::kCity && !c.code.empty() && v_.mentions.state_of(c.code) == state;
             });
    };
    if (assumed_subject && rule.predicate == kHeldIn && !bound_[rule.subject_at].empty() &&
        !std::all_of(bound_[rule.object_at].begin(), bound_[rule.object_at].end(), building)) {
      const int e = bound_[rule.subject_at].front();
      if (const int place = v_.mentions.ent(e).place; place >= 0 && !within(place)) return;
      for (const Rel& rel : out.all())
        if (rel.s == e && rel.p == kHeldIn && rel.sentence != v_.index && !within(rel.o)) return;
    }
    // The words the rule read: its classes' first occurrences.
    Tokens read{sen_.last, sen_.last};
    for (const PatternElement& el : rule.pattern) {
      if (el.kind != PatternElement::kClass || el.absent) continue;
      const std::size_t at = first_of(el.word_class);
      read.first = std::min(read.first, at);
      read.last = read.last == sen_.last ? at + 1 : std::max(read.last, at + 1);
    }
    if (read.first == sen_.last) read = {};
    // (a subject's list names no one that subject's relation pairs with another of the list: "X und
    // Y empfingen die Gäste" — X does not receive Y)
    const PatternElement& subject_el = rule.pattern[rule.subject_at];
    const bool subject_list = subject_el.list && has(subject_el, Qualifier::kSubject);
    for (int subject : bound_[rule.subject_at])
      for (int object : bound_[rule.object_at])
        if (!subject_list || std::find(bound_[rule.subject_at].begin(), bound_[rule.subject_at].end(), object) ==
                                 bound_[rule.subject_at].end())
          out.add(subject, rule.predicate, object, v_.index, rule.name, rule.confidence, rule.role_text, read,
                  !rule.when_negated);
  }

 private:
  // The sentence's first token of the class, or the sentence's end (remembered per class where
  // the sentence has the class: what to skip then costs more than the index's lookup).
  std::size_t first_of(const WordClass* c) {
    if (v_.first_of(*c) >= sen_.last) return sen_.last;
    for (const auto& [cls, at] : firsts_)
      if (cls == c) return at;
    auto find = [&](std::size_t from) {
      std::size_t at = from == sen_.first && whole_ ? v_.first_of(*c) : c->find(v_.text.tokens, from, sen_.last);
      while (at < sen_.last && names_other_meeting(at)) at = c->find(v_.text.tokens, at + 1, sen_.last);
      return at;
    };
    std::size_t at = find(sen_.first);
    // Outside a negated clause where the sentence has one there.
    const Clause& no = v_.negated;
    if (!no.empty() && no.holds(at))
      if (const std::size_t after = find(no.span.last); after < sen_.last) at = after;
    firsts_.emplace_back(c, at);
    return at;
  }

  // Whether the token is a word for any meeting (lexicon "meeting=generic") after a definite
  // article that stands for a meeting of another kind the article named ("zum Abschluss des
  // Treffens" after "der Gipfel", "at the end of the meeting"): no word of the sentence's own
  // meeting then — unless a phrase of its own follows ("des Treffens mit X", "the meeting of X").
  bool names_other_meeting(std::size_t at) const {
    if (at == sen_.first) return false;
    // (the cheap test first: most cue words are in no event's mention)
    const Ref* event = nullptr;
    for (const Ref& r : v_.refs())
      if (r.first <= at && at < r.last && v_.kind(r.ent) == Kind::kEvent) event = &r;
    if (event == nullptr || !v_.words("article.definite").has(v_.tok(at - 1).text)) return false;
    const auto w = v_.pack.lexicon.word(v_.tok(at).text);
    if (!w) return false;
    const LexEntry& le = v_.pack.lexicon.entry(*w);
    if (le.cls != LexClass::kEvent || le.meeting != "generic") return false;
    if (at + 1 < sen_.last &&
        (v_.words("prep.with").has(v_.tok(at + 1).text) || v_.words("office.of").has(v_.tok(at + 1).text)))
      return false;
    const std::string_view kind = le.kind.empty() ? le.canonical : le.kind;
    return v_.mentions.ent(event->ent).event_kind != kind;
  }

  // Whether a mention (or a pronoun) at token `at` stands where the qualifiers say.
  bool placed(const PatternElement& el, std::size_t at, bool first_mention) {
    for (const Qualifier& q : el.qualifiers) {
      if (q.kind == Qualifier::kAfter && !(first_of(q.word_class) < sen_.last && at > first_of(q.word_class)))
        return false;
      if (q.kind == Qualifier::kBefore && !(first_of(q.word_class) < sen_.last && at < first_of(q.word_class)))
        return false;
      // (after the class's words that open the sentence: "Am Rande des Gipfels", an entry of several)
      // (or the first after the dateline: "BERLIN (Reuters) - Germany and Ukraine co-hosted …")
      if (q.kind == Qualifier::kFirst && !(at == v_.frame.lead && at > sen_.first) &&
          !(first_mention &&
            (at == sen_.first || (q.word_class && at > sen_.first &&
                                  q.word_class->match(v_.text.tokens, sen_.first, at) == at - sen_.first)))) {
        return false;
      }
    }
    return true;
  }

  // Whether token `at` stands in a relative clause between commas: ", which … ,", ", die … ,".
  bool in_relative_clause(std::size_t at) const {
    const WordClass& relative = v_.words("clause.relative");
    for (std::size_t k = at; k > sen_.first + 1;) {
      --k;
      if (v_.tok(k).text != ",") continue;
      if (!relative.has(v_.tok(k + 1).text)) return false;
      for (std::size_t e = at + 1; e < sen_.last; ++e)
        if (v_.tok(e).text == ",") return true;
      return false;
    }
    return false;
  }

  bool has(const PatternElement& el, Qualifier::Kind kind) const {
    return std::any_of(el.qualifiers.begin(), el.qualifiers.end(), [&](const Qualifier& q) { return q.kind == kind; });
  }

  // The entities the slot binds: the frame's when it says "of=", else the sentence's mentions that
  // fit, the one nearest a class's word when it says "nearest=", every one with "*", else the last;
  // the article's event when none and it says "else=frame", the document's of its kind with "else=document".
  // Returns whether it bound the frame's or the document's event (or organisation) for want of one
  // in the sentence.
  bool bind(const PatternElement& el, std::vector<int>& out) {
    out.clear();
    if (has(el, Qualifier::kPrevious)) {
      if (const int e = v_.frame.previous_subject[v_.index]; e >= 0) out.push_back(e);
      return false;
    }
    if (has(el, Qualifier::kSubject)) {
      // (in a list slot with the list it starts: "X und Y empfingen die Gäste")
      const int e = v_.frame.subject[v_.index];
      for (const Ref& r : v_.refs())
        if (r.ent == e && slot_fits(v_, r, el) && placed(el, r.first, false)) {
          out.push_back(e);
          if (el.list) lists_.more(r.last, el, out);
          break;
        }
      return false;
    }
    if (has(el, Qualifier::kPronoun)) {
      const int e = v_.frame.pronoun_referent[v_.index];
      if (e >= 0 && pronoun_at_ < sen_.last && placed(el, pronoun_at_, false)) out.push_back(e);
      return false;
    }
    std::vector<const Ref*>& fit = fit_;
    fit.clear();
    const std::vector<Ref>& refs = v_.refs();
    bool first_mention = true;  // (the sentence's or the clause's)
    for (std::size_t i = 0; i < refs.size(); ++i) {
      if (refs[i].first < sen_.first || refs[i].first >= sen_.last) continue;
      if (slot_fits(v_, refs[i], el) && placed(el, refs[i].first, first_mention)) fit.push_back(&refs[i]);
      first_mention = false;
    }
    for (const Qualifier& q : el.qualifiers)
      if (q.kind == Qualifier::kNearest) {
        // (not the dateline's: "UNITED NATIONS (AP) — A and B joined the African Union")
        const std::size_t lead = v_.frame.lead;
        if (lead > sen_.first && lead < sen_.last)
          fit.erase(std::remove_if(fit.begin(), fit.end(), [&](const Ref* r) { return r->last <= lead; }), fit.end());
        fit = nearest(fit, first_of(q.word_class));
      }
    if (el.list && !fit.empty() && has(el, Qualifier::kFirst)) {
      // The sentence's first mention and the list it starts: "Peru und Chile nahmen teil".
      out.push_back(fit.front()->ent);
      lists_.more(fit.front()->last, el, out);
    } else if (el.list && !fit.empty() && has(el, Qualifier::kNearest)) {
      // The mention nearest the word and the list it starts: "Gründungsmitglieder der EU und der Nato".
      out.push_back(fit.front()->ent);
      lists_.more(fit.front()->last, el, out);
    } else if (el.list) {
      for (const Ref* r : fit)
        if (std::find(out.begin(), out.end(), r->ent) == out.end()) out.push_back(r->ent);
    } else if (!fit.empty()) {
      // (of events, the last the article does not call another: "eröffnete das Treffen mit einem
      // Aufruf zu einer Friedenskonferenz" — the meeting, not the conference called for)
      const Ref* last = fit.back();
      if (el.slot_type == SlotType::kEvent && !v_.mentions.ent(last->ent).relative.empty())
        for (auto r = fit.rbegin(); r != fit.rend(); ++r)
          if (v_.mentions.ent((*r)->ent).relative.empty()) {
            last = *r;
            break;
          }
      // (nor one the article calls another in a relative clause between commas, where the slot may
      // take the article's event: "Peru, which will host next year's summit, was represented by X")
      const bool aside = el.slot_type == SlotType::kEvent && has(el, Qualifier::kElseFrame) &&
                         !v_.mentions.ent(last->ent).relative.empty() && in_relative_clause(last->first);
      if (!aside) out.push_back(last->ent);
    }
    if (!out.empty()) return false;
    if (has(el, Qualifier::kElseFrame)) {
      const int framed = el.slot_type == SlotType::kOrg       ? v_.frame.organisation
                         : el.slot_type == SlotType::kCountry ? v_.frame.country
                                                              : v_.frame.sentence_event[v_.index];
      if (framed >= 0) out.push_back(framed);
    }
    if (out.empty() && has(el, Qualifier::kElseDocument)) {
      if (const int e = document_event(el); e >= 0) out.push_back(e);
    }
    return !out.empty();
  }

  // The document's event named most (the first on a tie) whose kind fits the slot's kind= and kind!=, or -1;
  // never one the article calls another ("die nächste Tagung").
  int document_event(const PatternElement& el) const {
    int best = -1;
    std::size_t most = 0;
    for (std::size_t e = 0; e < v_.mentions.ents.size(); ++e) {
      const Ent& x = v_.mentions.ents[e];
      // ("the next summit" is none of the article's)
      if (x.kind != Kind::kEvent || !x.relative.empty() || x.mentions.size() <= most) continue;
      const bool fits = std::all_of(el.qualifiers.begin(), el.qualifiers.end(), [&](const Qualifier& q) {
        return (q.kind != Qualifier::kKind || kind_of(*q.word_class, x.event_kind)) &&
               (q.kind != Qualifier::kKindNot || !kind_of(*q.word_class, x.event_kind));
      });
      if (!fits) continue;
      most = x.mentions.size();
      best = static_cast<int>(e);
    }
    return best;
  }

  // The mention nearest before token `at`, else the nearest after it; none when `at` is the end.
  std::vector<const Ref*> nearest(const std::vector<const Ref*>& fit, std::size_t at) const {
    if (at >= sen_.last) return {};
    const Ref* best = nullptr;
    std::size_t best_d = SIZE_MAX;
    for (const Ref* r : fit) {
      const std::size_t d = r->first <= at ? at - r->first : sen_.last + r->first - at;
      if (d < best_d) {
        best_d = d;
        best = r;
      }
    }
    return best ? std::vector<const Ref*>{best} : std::vector<const Ref*>{};
  }

  const SentenceView& v_;
  const Sentence sen_;  // the sentence, or the clause read
  const bool whole_;    // the whole sentence: its classes' first tokens are indexed (SentenceView::first_of)
  std::vector<std::pair<const WordClass*, std::size_t>> firsts_;
  std::size_t pronoun_at_;
  std::vector<std::vector<int>> bound_;  // by pattern element, reused from rule to rule
  std::vector<const Ref*> fit_;
  ListReader lists_;  // for the lists a sentence's first mention starts
};

}  // namespace

void apply_sentence_rules(const SentenceView& v, Relations& out) {
  const std::size_t last = v.sentence().last;
  SentenceMatcher m(v);
  for (const Pack::RuleCue& c : v.pack.sentence_cues)
    if (has_rule_cue(v, c, last)) m.apply(v.pack.rules[c.rule], out);
  // The meeting rules again on each clause after the first with a subject of its own: "A met B, and
  // C sat down with D" (a rule reads a class's first word of the sentence only).
  const std::vector<std::size_t>& clauses = v.clauses;
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    SentenceMatcher clause(v, clauses[k] + 1, k + 1 < clauses.size() ? clauses[k + 1] : last);
    for (const Pack::RuleCue& c : v.pack.sentence_cues)
      if (v.pack.rules[c.rule].predicate == kMeets && has_rule_cue(v, c, last)) clause.apply(v.pack.rules[c.rule], out);
  }
}

}  // namespace kg::extract
