// The pattern matcher of the rules kept as data (rules.h, extract/rules/README.md): patterns over
// consecutive tokens of one sentence. The sentence rules' matcher is sentence_rules.cpp.
#include <algorithm>
#include <span>

#include "rule_match.h"

namespace kg::extract {
namespace {

// What a match binds, by pattern element: entities for slots (a list slot several), the canonical
// office for a named @title. Reused from match to match (no allocation per attempt).
struct Bindings {
  std::vector<std::vector<int>> entities;
  std::vector<std::string_view> texts;
  std::size_t end = 0;  // the token after the match

  void reset(std::size_t elements) {
    entities.resize(elements);
    texts.resize(elements);
    for (auto& e : entities) e.clear();
  }
};

// Whether mention r is named as the head of a compound whose tail is of the class ("EU-Staaten").
bool compound_of(const SentenceView& v, const Ref& r, const WordClass& tails) {
  if (r.last != r.first + 1) return false;
  const std::string_view t = v.tok(r.first).text;
  const std::size_t dash = t.rfind('-');
  return dash != std::string_view::npos && dash + 1 < t.size() && tails.has(t.substr(dash + 1));
}

// Whether words of the class end right before mention r, or before up to three lower-case words or
// ordinals before it ("auf dem ersten innerkoreanischen Gipfel", "auf dem 12. Gipfel"), though a
// preposition of "lead.break" leads none across another one ("flew in from London"; "ministers
// from Chile" is led by "ministers"); a mention joined to such a one
// by words of the class "list.join" is led too ("in Bergen und Oslo").
// With `between` 0, only words right before it (or before the list it ends) count.
bool led_by(const SentenceView& v, const Ref& r, const WordClass& lead, std::size_t between = 3) {
  const Sentence& sen = v.sentence();
  // A person's office before the name is part of the mention: "die Rede des Kanzlers Max Muster".
  std::size_t begin = r.phrase_first();
  // So is a place's noun ("city.noun", with a word of "name.function_word" between: "of"), and a
  // state's adjective may stand before it: "met in the northern Italian town of Stresa", "in der
  // bayerischen Stadt Augsburg".
  bool place_noun = false;
  if (v.kind(r.ent) == Kind::kCity && between > 0) {
    const WordClass& noun = v.words("city.noun");
    std::size_t at = begin;
    if (at > sen.first + 1 && !v.tok(at - 1).upper && v.words("name.function_word").has(v.tok(at - 1).text)) --at;
    if (at > sen.first && noun.has(v.tok(at - 1).text)) {
      begin = at - 1;
      place_noun = true;
    }
  }
  // A city's or state's adjective right before a building is part of it: "auf der Prager Burg".
  if (v.kind(r.ent) == Kind::kBuilding)
    for (const Ref& a : v.refs())
      if (a.adjective && a.last == begin && a.first < begin) begin = a.first;
  for (std::size_t end = begin, skipped = 0; end > sen.first && skipped <= between; ++skipped) {
    // Does an entry end at token end - 1? Entries are at most a few words long.
    for (std::size_t start = end; start > sen.first && end - start < 4;) {
      --start;
      if (lead.match(v.text.tokens, start, end) == end - start) {
        // (a preposition leads no mention across another one: "flew in from London"; looked at
        // only here, as leads are rarer than the words skipped)
        if (end == begin) return true;
        bool preposition = true;
        for (std::size_t k = start; k < end && preposition; ++k) preposition = v.lead_break.has(v.tok(k).text);
        if (!preposition) return true;
        for (std::size_t k = end; k < begin; ++k)
          if (v.lead_break.has(v.tok(k).text)) return false;
        return true;
      }
    }
    const Token& w = v.tok(end - 1);
    // Lower-case words and ordinals ("12." is a number and a period) may stand between.
    const bool ordinal_period = w.text == "." && end - 1 > sen.first && v.tok(end - 2).word &&
                                std::isdigit(static_cast<unsigned char>(v.tok(end - 2).text[0]));
    if (ordinal_period) {
      --end;
      continue;
    }
    if (!w.word || w.upper) {
      // An organisation or place naming the event may stand between too: "at the G20 summit",
      // "during the Lima summit", "at the East Asia Summit" (English writes apart what German
      // compounds: "beim G20-Gipfel").
      const Ref* named = nullptr;
      for (const Ref& q : v.refs()) {
        const Kind k = v.kind(q.ent);
        if (q.last == end && q.first < end &&
            (k == Kind::kOrg || k == Kind::kCountry || k == Kind::kCity || k == Kind::kRegion))
          named = &q;
      }
      const bool state_adjective = named != nullptr && place_noun && named->adjective;
      if (named == nullptr || (v.kind(r.ent) != Kind::kEvent && !state_adjective)) break;
      end = named->first;
      continue;
    }
    --end;
  }
  // A list: the mention before r (or before its office: "des Kandidaten A und der Vorsitzenden B"),
  // with only joining words between, is led.
  const WordClass& join = v.list_join;
  std::size_t at = begin;
  while (at > sen.first && join.has(v.tok(at - 1).text)) --at;
  if (at == begin) return false;
  for (const Ref& q : v.refs())
    if (q.last == at && v.kind(q.ent) == v.kind(r.ent) && led_by(v, q, lead, between)) return true;
  return false;
}

bool is_owner(const SentenceView& v, int e) {
  const std::vector<int>& owners = v.frame.owners[v.index];
  return std::find(owners.begin(), owners.end(), e) != owners.end();
}

// "die Residenz der irischen Präsidentin X", "die Nominierung seines Vorgängers X": the person's
// phrase — its office, adjectives and lower-case words before it, at most one capitalised noun
// ("Vorgängers") — follows a word of `link` right after a capitalised word that names nothing
// (a noun; not an event's: "das Treffen der Präsidentin X" is hers, which `acting` looks at).
bool is_attribute(const SentenceView& v, const Ref& r, const WordClass& link) {
  const std::size_t first = v.sentence().first;
  std::size_t i = r.title.empty() ? r.first : std::min(r.first, r.title_at);
  auto ref_ending_at = [&](std::size_t end) -> const Ref* {
    for (const Ref& o : v.refs())
      if (o.last == end && o.first < end) return &o;
    return nullptr;
  };
  auto named = [&](std::size_t t) {
    return std::any_of(v.refs().begin(), v.refs().end(), [&](const Ref& o) { return o.first <= t && t < o.last; });
  };
  bool noun_seen = false;
  for (int n = 0; i > first && n < 4 && !link.has(v.tok(i - 1).text); ++n) {
    const Token& t = v.tok(i - 1);
    if (const Ref* o = ref_ending_at(i); o && o->adjective) {
      i = o->first;
    } else if (t.word && !t.upper && !named(i - 1)) {
      --i;
    } else if (t.word && t.upper && !noun_seen && !named(i - 1)) {
      noun_seen = true;
      --i;
    } else {
      return false;
    }
  }
  // (The sentence's first word is capitalised anyway: "Auch der Präsident X".)
  if (i < first + 3 || !link.has(v.tok(i - 1).text)) return false;
  const Token& noun = v.tok(i - 2);
  return noun.word && noun.upper && !named(i - 2);
}

bool type_fits(const SentenceView& v, const Ref& r, SlotType t) {
  Kind k = v.kind(r.ent);
  switch (t) {
    case SlotType::kPerson:
      return k == Kind::kPerson;
    case SlotType::kOrg:
      return k == Kind::kOrg;
    case SlotType::kPlace:
      return (k == Kind::kCity || k == Kind::kCountry || k == Kind::kRegion || k == Kind::kBuilding) && !r.adjective;
    case SlotType::kRegion:  // its name or its adjective ("westafrikanisch")
      return k == Kind::kRegion;
    case SlotType::kCity:
      // (a state named as its capital too: "in Luxemburg zu ihrem Treffen")
      return (k == Kind::kCity || (k == Kind::kCountry && v.mentions.ent(r.ent).city_state)) && !r.adjective;
    case SlotType::kCountry:
      return k == Kind::kCountry && !r.adjective;
    case SlotType::kBuilding:
      return k == Kind::kBuilding;
    case SlotType::kEvent:
      return k == Kind::kEvent;
    case SlotType::kAdjective:
      return (k == Kind::kCountry || k == Kind::kCity) && r.adjective;
    case SlotType::kState:  // by its name or its adjective
      return k == Kind::kCountry;
  }
  return false;
}

}  // namespace

bool kind_of(const WordClass& c, std::string_view kind) {
  if (c.has(kind)) return true;
  return std::any_of(c.entries().begin(), c.entries().end(),
                     [&](const std::string& head) { return headed_by(kind, head); });
}

namespace {

// Where the words after a mention go on behind a relative clause between commas that follows it
// ("X, who was not present on Friday, was represented by Y": at "was"), else `at`.
std::size_t after_relative_clause(const SentenceView& v, std::size_t at) {
  const Sentence& sen = v.sentence();
  if (at + 2 >= sen.last || v.tok(at).text != "," || !v.words("clause.relative").has(v.tok(at + 1).text)) return at;
  for (std::size_t k = at + 2; k < sen.last && k < at + 16; ++k)
    if (v.tok(k).text == ",") return k + 1 < sen.last ? k + 1 : at;
  return at;
}

// Whether a word of class c follows mention r right after it, or after a relative clause between
// commas that follows it ("Chile was represented by", "X, who was ill, was represented by").
bool followed_by(const SentenceView& v, const Ref& r, const WordClass& c) {
  const std::size_t end = v.sentence().last;
  return r.last < end &&
         (c.match(v.text.tokens, r.last, end) > 0 || c.match(v.text.tokens, after_relative_clause(v, r.last), end) > 0);
}

// Whether mention r names the state the article's event's city lies in: "nach Island gekommen" in a
// report of a summit in Reykjavík.
bool venue_state(const SentenceView& v, const Ref& r) {
  if (v.venue < 0) return false;
  const Ent& place = v.mentions.ent(v.venue);
  const Ent& state = v.mentions.ent(r.ent);
  return place.kind == Kind::kCity && state.kind == Kind::kCountry && !r.adjective && !place.code.empty() &&
         place.code == state.code;
}

}  // namespace

bool slot_fits(const SentenceView& v, const Ref& r, const PatternElement& el) {
  if (!type_fits(v, r, el.slot_type)) return false;
  if (r.plural && !el.list) return false;  // "diese Länder" stands for several: a list slot's
  if (r.attribute) return false;           // "the Wisconsin Democratic Party": the party's
  if (r.genitive && std::none_of(el.qualifiers.begin(), el.qualifiers.end(),
                                 [](const Qualifier& q) { return q.kind == Qualifier::kGenitive; }))
    return false;  // "Roe's plane": an attribute, no party to a relation
  for (const Qualifier& q : el.qualifiers) {
    if (q.kind == Qualifier::kCompound && !compound_of(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kCompoundNot && compound_of(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kActing && is_owner(v, r.ent)) return false;
    if (q.kind == Qualifier::kParty && v.mentions.ent(r.ent).party.empty()) return false;
    if (q.kind == Qualifier::kVenue && r.ent != v.venue && !venue_state(v, r)) return false;
    if (q.kind == Qualifier::kFree && is_attribute(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kLed && !led_by(v, r, *q.word_class)) return false;
    // (an event's lead stands before the words that describe it: "nach dem zweitägigen Gipfel")
    if (q.kind == Qualifier::kUnled && led_by(v, r, *q.word_class, v.kind(r.ent) == Kind::kEvent ? 2 : 0)) return false;
    if (q.kind == Qualifier::kUnfollowed && followed_by(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kFollowed && !followed_by(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kKind && !kind_of(*q.word_class, v.mentions.ent(r.ent).event_kind)) return false;
    if (q.kind == Qualifier::kKindNot && kind_of(*q.word_class, v.mentions.ent(r.ent).event_kind)) return false;
  }
  return true;
}

// The matcher's view of one sentence: its mentions by first token, and which (pattern element,
// token) pairs are known not to lead to a match. What follows a position never depends on the
// bindings made before it, so a failure found once holds for every start and every path there:
// with it, matching costs at most pattern length × sentence length steps per rule, however many
// gaps and slots a pattern has.
class PatternMatcher {
 public:
  explicit PatternMatcher(const SentenceView& v)
      : v_(v),
        sen_(v.sentence()),
        join_(v.list_join),
        end_(v.words("list.end")),
        apposition_(v.words("apposition.start")),
        epithet_(v.words("org.epithet")),
        after_name_(v.words("office.after_name")),
        genitive_article_(v.words("article.genitive")),
        modifier_(v.words("office.modifier")) {
    width_ = sen_.last - sen_.first + 1;  // positions first … last
    owned_.assign(width_, 0);
    titled_.assign(width_, nullptr);
    // (by first token, in the order of v.refs(): counted, then placed)
    at_begin_.assign(width_ + 1, 0);
    for (const Ref& r : v.refs())
      if (r.first >= sen_.first && r.first < sen_.last) ++at_begin_[r.first - sen_.first + 1];
    for (std::size_t t = 0; t < width_; ++t) at_begin_[t + 1] += at_begin_[t];
    at_.resize(at_begin_[width_]);
    std::vector<std::uint32_t> placed(at_begin_.begin(), at_begin_.end() - 1);
    for (const Ref& r : v.refs()) {
      if (r.first >= sen_.first && r.first < sen_.last) at_[placed[r.first - sen_.first]++] = &r;
      // A title written before a name that holds it ("Secretary General of the OAU X").
      if (!r.reference && !r.title.empty() && r.title_at >= sen_.first && r.title_at < r.first &&
          v.kind(r.ent) == Kind::kPerson) {
        owned_[r.title_at - sen_.first] = 1;
        titled_[r.title_at - sen_.first] = &r;
      }
    }
    // The person's phrase may start with what holds the office: "Chilean leader X", "OAS Secretary General Y".
    for (const Ref& q : v.refs())
      if (q.first >= sen_.first && q.last < sen_.last && titled_[q.last - sen_.first] && !titled_[q.first - sen_.first])
        titled_[q.first - sen_.first] = titled_[q.last - sen_.first];
    for (std::size_t t = sen_.first; t < sen_.last; ++t)
      if (!refs_at(t).empty()) starts_.push_back(t);
    for (const Ref& r : v.refs())
      for (unsigned t = 0; t < kSlotTypes; ++t)
        if (type_fits(v, r, static_cast<SlotType>(t))) types_ |= 1u << t;
    // Where the name starts after a comma between an office and its holder ("chaired by the Emir of
    // Kuwait, Sheikh X"): a gap goes on there, as over one word.
    office_comma_.assign(width_, 0);
    for (const Ref& r : v.refs()) {
      if (r.reference || r.title.empty() || r.title_at < sen_.first || r.title_at >= r.first || r.first >= sen_.last ||
          v.kind(r.ent) != Kind::kPerson)
        continue;
      for (std::size_t q = r.first; q-- > r.title_at + 1 && q + 4 > r.first;)
        if (v.tok(q).text == ",") {
          office_comma_[q - sen_.first] = r.first;
          break;
        }
    }
    // Where an apposition between commas after a name ends, by its opening comma (else 0): "X, a
    // Texas Republican, …", "X, who chairs the bloc, …" — a word of "apposition.start" after the
    // comma, or a state in the possessive ("X, Ghana's foreign minister, …"), at most kApposition
    // tokens, no other comma.
    static constexpr std::size_t kApposition = 14;
    apposition_end_.assign(width_, 0);
    // (the state's last word inflected with the genitive: "Ghana's", "Ghanas"; not "Laos")
    const auto possessive_state = [&](std::size_t at) {
      return std::any_of(v.refs().begin(), v.refs().end(), [&](const Ref& q) {
        if (q.first != at || q.adjective || v.kind(q.ent) != Kind::kCountry) return false;
        const std::string_view w = v.tok(q.last - 1).text, name = v.mentions.ent(q.ent).name;
        return !v.genitive.ending_of(w, 1).empty() && !name.ends_with(w);
      });
    };
    for (const Ref& r : v.refs()) {
      const std::size_t t = r.last;
      if (r.reference || t <= sen_.first || t + 2 >= sen_.last || v.tok(t).text != "," ||
          !(apposition_.has(v.tok(t + 1).text) || possessive_state(t + 1)))
        continue;
      for (std::size_t q = t + 2; q < sen_.last && q <= t + kApposition; ++q) {
        if (v.tok(q).text == ",") {
          apposition_end_[t - sen_.first] = q + 1;
          break;
        }
      }
    }
  }

  void apply(const Rule& rule, Relations& out) {
    if (!possible(rule)) return;
    failed_.assign((rule.pattern.size() + 1) * width_, 0);
    const PatternElement* head = rule.pattern.empty() || rule.pattern[0].optional ? nullptr : &rule.pattern[0];
    std::vector<int> taken;  // "closest": objects a later start has bound
    // A rule that begins with a required slot can only match where a mention starts.
    const bool at_mentions = head && head->kind == PatternElement::kSlot;
    const std::size_t starts = at_mentions ? starts_.size() : sen_.last - sen_.first;
    for (std::size_t n = 0; n < starts; ++n) {
      // Starts in order; a "closest" rule from the end, so the nearest start binds an object first.
      const std::size_t i = rule.closest ? starts - 1 - n : n;
      const std::size_t start = at_mentions ? starts_[i] : sen_.first + i;
      if (head && head->kind == PatternElement::kWords &&
          std::find(head->words.begin(), head->words.end(), v_.tok(start).text) == head->words.end())
        continue;
      if (head && head->kind == PatternElement::kClass &&
          head->word_class->match(v_.text.tokens, start, sen_.last) == 0)
        continue;
      Bindings& b = bindings_;
      b.reset(rule.pattern.size());
      if (!match(rule, 0, start, &b)) continue;
      std::string role = rule.role_at < rule.pattern.size() ? std::string(b.texts[rule.role_at]) : rule.role_text;
      for (int object : b.entities[rule.object_at]) {  // one relation per conjunct of a list slot
        if (rule.closest) {
          if (std::find(taken.begin(), taken.end(), object) != taken.end()) continue;
          taken.push_back(object);
        }
        for (int subject : b.entities[rule.subject_at])
          out.add(subject, rule.predicate, object, v_.index, rule.name, rule.confidence, role, {start, b.end},
                  !rule.when_negated);
      }
    }
  }

  // The further conjuncts of a list slot after token `end`: ", B", "und C", "sowie der D" (words
  // of the class "list.join"); the longest list, which a comma after its last conjunct — the one
  // a word of "list.end" joins — closes ("die baltischen Staaten A, B und C, D und E": A, B, C).
  // Returns the token after the list.
  std::size_t list_more(std::size_t end, const PatternElement& el, std::vector<int>& bound) const {
    for (bool closed = false;;) {
      // (a period inside the sentence ends an ordinal of the name: "König Charles III., Kanzler X und Y")
      if (end + 1 < sen_.last && v_.tok(end).text == ".") ++end;
      std::size_t next = end;
      bool ends = false, joins = false;
      for (; next < sen_.last && join_.has(v_.tok(next).text); ++next) {
        ends = ends || end_.has(v_.tok(next).text);
        joins = joins || v_.tok(next).text == "," || end_.has(v_.tok(next).text);
      }
      // (an article alone joins nothing: "traf Steinmeier den Regierungschef X" is a subject and
      // its object)
      if (next == end || next >= sen_.last || !joins || (closed && v_.tok(end).text == ",")) return end;
      closed = ends;
      const Ref* more = nullptr;
      for (const Ref* q : refs_at(next))
        if (slot_fits(v_, *q, el)) more = q;
      // A conjunct with its office before the name: "A, Secretary General of the OAU B, Chilean leader C".
      if (more == nullptr && titled_[next - sen_.first] && slot_fits(v_, *titled_[next - sen_.first], el))
        more = titled_[next - sen_.first];
      // … and an organisation with its epithet before the name: "der G20 und des südostasiatischen
      // Staatenbundes Asean", "the G20 and the Southeast Asian bloc ASEAN".
      if (more == nullptr) more = after_epithet(next, el);
      // … and a person with a word for what they are before the name: "die Abgeordnete A und der
      // Europapolitiker B".
      if (more == nullptr && el.slot_type == SlotType::kPerson && next + 1 < sen_.last && v_.tok(next).word &&
          v_.tok(next).upper && refs_at(next).empty())
        for (const Ref* q : refs_at(next + 1))
          if (slot_fits(v_, *q, el)) more = q;
      if (more == nullptr) return end;
      bound.push_back(more->ent);
      end = more->last;
    }
  }

 private:
  static constexpr unsigned kSlotTypes = static_cast<unsigned>(SlotType::kState) + 1;

  // The mention that fits the slot right after an organisation's epithet starting at token `at`
  // (up to three words before it, none a list's joint), or none. For an organisation's slot any
  // capitalised word that names nothing may be its epithet: "der westafrikanischen
  // Wirtschaftsgemeinschaft Ecowas".
  const Ref* after_epithet(std::size_t at, const PatternElement& el) const {
    for (std::size_t e = at; e < sen_.last && e < at + 4; ++e) {
      if (!v_.tok(e).word || join_.has(v_.tok(e).text)) return nullptr;
      const bool noun = el.slot_type == SlotType::kOrg && v_.tok(e).upper && refs_at(e).empty();
      if (!noun && !epithet_.has(v_.tok(e).text)) continue;
      if (e + 1 >= sen_.last) return nullptr;
      const Ref* more = nullptr;
      for (const Ref* q : refs_at(e + 1))
        if (slot_fits(v_, *q, el)) more = q;
      return more;
    }
    return nullptr;
  }

  // Whether the sentence can hold a match at all: a mention of each slot's type, and one of the
  // words of each word element and a word of each class the rule needs. Most rules fail here, before any matching.
  bool possible(const Rule& rule) const {
    for (const PatternElement& el : rule.pattern) {
      if (el.kind == PatternElement::kSlot && !el.optional &&
          (types_ & (1u << static_cast<unsigned>(el.slot_type))) == 0)
        return false;
      if ((el.kind == PatternElement::kClass || el.kind == PatternElement::kWords) && !el.optional &&
          v_.first_of(*el.word_class) >= sen_.last)
        return false;
    }
    return true;
  }

  std::span<const Ref* const> refs_at(std::size_t token) const {
    const std::size_t t = token - sen_.first;
    return {at_.data() + at_begin_[t], at_begin_[t + 1] - at_begin_[t]};
  }

  // Whether rule.pattern[k…] matches from token `pos`; the bindings of the first match are in b.
  bool match(const Rule& rule, std::size_t k, std::size_t pos, Bindings* b) {
    if (k == rule.pattern.size()) {
      b->end = pos;
      return true;
    }
    std::uint8_t& failed = failed_[k * width_ + (pos - sen_.first)];
    if (failed) return false;
    bool ok = match_element(rule, k, pos, b);
    if (!ok) failed = 1;
    return ok;
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
        // The longest title of the lexicon there, of one or more words ("foreign minister"), perhaps
        // after words of "office.modifier" ("the deputy leader of the party": named as written).
        const Lexicon& lex = v_.pack.lexicon;
        auto w = pos < sen_.last ? lex.match(v_.text.tokens, pos) : std::nullopt;
        std::size_t at = pos;
        if (!w || lex.entry(w->entry).cls != LexClass::kTitle) {
          while (at < sen_.last && modifier_.has(v_.tok(at).text)) ++at;
          if (at > pos) w = at < sen_.last ? lex.match(v_.text.tokens, at) : std::nullopt;
        }
        if (w && at + w->tokens <= sen_.last && lex.entry(w->entry).cls == LexClass::kTitle &&
            (el.word_class == nullptr || el.word_class->has(lex.entry(w->entry).canonical)) &&
            (!owned_title(at) || (k + 1 < rule.pattern.size() && rule.pattern[k + 1].kind == PatternElement::kSlot))) {
          const std::size_t end = at + w->tokens;
          if (!el.name.empty())
            b->texts[k] = at == pos ? std::string_view(lex.entry(w->entry).canonical)
                                    : v_.text.text.substr(v_.tok(pos).start, v_.tok(end - 1).end - v_.tok(pos).start);
          if (match(rule, k + 1, end, b)) return true;
        }
        return el.optional && match(rule, k + 1, pos, b);
      }
      case PatternElement::kSlot:
        if (pos >= sen_.last) return el.optional && match(rule, k + 1, pos, b);
        for (const Ref* r : refs_at(pos)) {
          if (!slot_fits(v_, *r, el)) continue;
          std::vector<int>& bound = b->entities[k];
          bound.assign(1, r->ent);
          b->texts[k] = r->title;  // the office written with the mention, for `role SLOT`
          if (r->plural)           // the other states the same plural reference stands for
            for (const Ref* q : refs_at(pos))
              if (q != r && q->plural && q->last == r->last && slot_fits(v_, *q, el)) bound.push_back(q->ent);
          std::size_t end = el.list ? list_more(r->last, el, bound) : r->last;
          if (match(rule, k + 1, end, b)) return true;
          // The pattern may go on after the state or organisation of a person's office after the name
          // ("President X of Peru opened the summit", after a list's last name too: "King X and Queen
          // Y of Spain arrived") and after an apposition of the name or the list's last: "X, the chair
          // of the bloc, will host the summit" as "X will host the summit".
          if (el.slot_type == SlotType::kPerson) {
            if (const std::size_t of = office_of_end(end); of != end) {
              if (match(rule, k + 1, of, b)) return true;
              end = of;
            }
          }
          if (const std::size_t after = end < sen_.last ? apposition_end(end) : end;
              after != end && match(rule, k + 1, after, b))
            return true;
        }
        if (el.optional) {
          b->entities[k].clear();
          return match(rule, k + 1, pos, b);
        }
        return false;
      case PatternElement::kGap:
        // A name counts as one word of the gap: "in Lima for the Organization for Security and
        // Co-operation in Europe (OSCE) summit" is as near as "in Lima for the OSCE summit".
        // So does an apposition or relative clause between commas after a name: "X, a Texas
        // Republican, joined the talks" (a word of "apposition.start" after the first comma).
        for (std::size_t g = 0, p = pos; g <= el.gap && p <= sen_.last; ++g) {
          if (match(rule, k + 1, p, b)) return true;
          if (p >= sen_.last) break;
          if (v_.tok(p).text == ",") {
            if (const std::size_t name = office_comma_[p - sen_.first]; name > p) {
              p = name;
              continue;
            }
            const std::size_t after = apposition_end(p);
            if (after == p) break;
            p = after;
            continue;
          }
          p = std::max(p + 1, name_end(p));
        }
        return false;
    }
    return false;
  }

  // After "of Peru", "of the OAS" at t (a word of "office.after_name", perhaps "article.genitive",
  // then a state or organisation): the token after it; else t.
  std::size_t office_of_end(std::size_t t) const {
    if (t + 1 >= sen_.last || !after_name_.has(v_.tok(t).text)) return t;
    std::size_t at = t + 1;
    if (at + 1 < sen_.last && genitive_article_.has(v_.tok(at).text)) ++at;
    for (const Ref* r : refs_at(at))
      if (!r->adjective && (v_.kind(r->ent) == Kind::kCountry || v_.kind(r->ent) == Kind::kOrg)) return r->last;
    return t;
  }

  // After the apposition whose opening comma is at t: the token after its closing comma; else t.
  std::size_t apposition_end(std::size_t t) const {
    const std::size_t end = apposition_end_[t - sen_.first];
    return end > 0 ? end : t;
  }

  // The end of the longest mention of a name starting at token t (none: t). Its parentheses with
  // it: "Organization of American States (OAS)".
  std::size_t name_end(std::size_t t) const {
    std::size_t end = t;
    for (const Ref* r : refs_at(t))
      if (!r->reference) end = std::max(end, r->last);
    return end;
  }

  // Whether the title at token t is written before a name that holds it ("Secretary General of the
  // OAU X"): the offices stage reads it, and a rule matches it only right before its name's slot —
  // none gives it to another person ("A, Secretary General of the OAU B").
  bool owned_title(std::size_t t) const { return owned_[t - sen_.first] != 0; }

  const SentenceView& v_;
  const Sentence& sen_;
  const WordClass& join_;
  const WordClass& end_;
  const WordClass& apposition_;              // "apposition.start"
  const WordClass& epithet_;                 // "org.epithet"
  const WordClass& after_name_;              // "office.after_name" (office_of_end)
  const WordClass& genitive_article_;        // "article.genitive" (office_of_end)
  const WordClass& modifier_;                // "office.modifier": words before a @title ("deputy leader")
  std::vector<std::size_t> apposition_end_;  // by opening comma (apposition_end)
  std::vector<std::size_t> office_comma_;    // by a comma between office and name: the name's first token
  std::size_t width_ = 0;
  std::vector<const Ref*> at_;           // the mentions by first token: refs_at
  std::vector<std::uint32_t> at_begin_;  // [token - first]: where its mentions start in at_
  std::vector<std::size_t> starts_;      // the tokens where mentions start, in order
  std::vector<std::uint8_t> failed_;     // [k * width + token - first]
  std::vector<std::uint8_t> owned_;      // [token - first]: a title a later name of the sentence holds
  std::vector<const Ref*> titled_;       // [token - first]: the person whose phrase (office, name) starts there
  unsigned types_ = 0;                   // bit t: a mention of the sentence fits SlotType t
  Bindings bindings_;
};

std::vector<int> list_from(const SentenceView& v, const Ref& first, SlotType type) {
  PatternElement el;
  el.kind = PatternElement::kSlot;
  el.slot_type = type;
  el.list = true;
  std::vector<int> out{first.ent};
  PatternMatcher(v).list_more(first.last, el, out);
  return out;
}

void apply_rules(const SentenceView& v, Relations& out, bool sentence_rules) {
  if (sentence_rules) {
    apply_sentence_rules(v, out);
    return;
  }
  PatternMatcher m(v);
  for (const Pack::RuleCue& c : v.pack.pattern_cues)
    if (has_rule_cue(v, c, v.sentence().last)) m.apply(v.pack.rules[c.rule], out);
}

ListReader::ListReader(const SentenceView& v) : v_(v) {}
ListReader::~ListReader() = default;

void ListReader::more(std::size_t end, const PatternElement& el, std::vector<int>& bound) {
  if (!m_) m_ = std::make_unique<PatternMatcher>(v_);
  m_->list_more(end, el, bound);
}

}  // namespace kg::extract
