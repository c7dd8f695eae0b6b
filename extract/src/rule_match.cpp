// The matchers of the rules kept as data (rules.h, extract/rules/README.md) over one sentence:
// patterns over consecutive tokens, and sentence rules over what the sentence holds anywhere.
#include <algorithm>
#include <map>
#include <optional>
#include <span>

#include "relations.h"

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
  std::size_t begin = !r.title.empty() && r.title_at < r.first ? r.title_at : r.first;
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
      return k == Kind::kCity && !r.adjective;
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

// Whether an event's kind is of the class: a word of it, or a compound whose head is one
// ("Ratstagung", "Gipfeltreffen" of "Tagung", "Treffen"; "leaders' meeting" of "meeting").
bool kind_of(const WordClass& c, std::string_view kind) {
  if (c.has(kind)) return true;
  return std::any_of(c.entries().begin(), c.entries().end(),
                     [&](const std::string& head) { return headed_by(kind, head); });
}

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

// Whether mention r fits the slot: its type, and the qualifiers that look at the mention alone.
bool slot_fits(const SentenceView& v, const Ref& r, const PatternElement& el) {
  if (!type_fits(v, r, el.slot_type)) return false;
  if (r.plural && !el.list) return false;  // "diese Länder" stands for several: a list slot's
  if (r.genitive && std::none_of(el.qualifiers.begin(), el.qualifiers.end(),
                                 [](const Qualifier& q) { return q.kind == Qualifier::kGenitive; }))
    return false;  // "Roe's plane": an attribute, no party to a relation
  for (const Qualifier& q : el.qualifiers) {
    if (q.kind == Qualifier::kCompound && !compound_of(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kActing && is_owner(v, r.ent)) return false;
    if (q.kind == Qualifier::kParty && v.mentions.ent(r.ent).party.empty()) return false;
    if (q.kind == Qualifier::kVenue && r.ent != v.venue && !venue_state(v, r)) return false;
    if (q.kind == Qualifier::kFree && is_attribute(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kLed && !led_by(v, r, *q.word_class)) return false;
    if (q.kind == Qualifier::kUnled && led_by(v, r, *q.word_class, 0)) return false;
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
class Matcher {
 public:
  explicit Matcher(const SentenceView& v)
      : v_(v),
        sen_(v.sentence()),
        join_(v.list_join),
        end_(v.words("list.end")),
        apposition_(v.words("apposition.start")),
        epithet_(v.words("org.epithet")),
        after_name_(v.words("office.after_name")),
        genitive_article_(v.words("article.genitive")) {
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
    // comma, at most kApposition tokens, no other comma.
    static constexpr std::size_t kApposition = 14;
    apposition_end_.assign(width_, 0);
    for (const Ref& r : v.refs()) {
      const std::size_t t = r.last;
      if (r.reference || t <= sen_.first || t + 2 >= sen_.last || v.tok(t).text != "," ||
          !apposition_.has(v.tok(t + 1).text))
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
      bool ends = false;
      for (; next < sen_.last && join_.has(v_.tok(next).text); ++next) ends = ends || end_.has(v_.tok(next).text);
      if (next == end || next >= sen_.last || (closed && v_.tok(end).text == ",")) return end;
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
        // The longest title of the lexicon there, of one or more words ("foreign minister").
        const Lexicon& lex = v_.pack.lexicon;
        auto w = pos < sen_.last ? lex.match(v_.text.tokens, pos) : std::nullopt;
        if (w && pos + w->tokens <= sen_.last && lex.entry(w->entry).cls == LexClass::kTitle &&
            (el.word_class == nullptr || el.word_class->has(lex.entry(w->entry).canonical)) &&
            (!owned_title(pos) || (k + 1 < rule.pattern.size() && rule.pattern[k + 1].kind == PatternElement::kSlot))) {
          if (!el.name.empty()) b->texts[k] = lex.entry(w->entry).canonical;
          if (match(rule, k + 1, pos + w->tokens, b)) return true;
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
          // ("President X of Peru opened the summit") and after an apposition of the name: "X, the
          // chair of the bloc, will host the summit" as "X will host the summit".
          if (!el.list && el.slot_type == SlotType::kPerson) {
            if (const std::size_t of = office_of_end(end); of != end) {
              if (match(rule, k + 1, of, b)) return true;
              end = of;
            }
          }
          if (const std::size_t after = end < sen_.last ? apposition_end(end) : end;
              !el.list && after != end && match(rule, k + 1, after, b))
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

// Sentence rules: every class element present (or, with "!", absent) anywhere in the sentence,
// every "!" slot without a mention, and each slot bound to its mentions (slot_bindings) — or all
// of this within one clause [first, last) of the sentence.
class SentenceMatcher {
 public:
  explicit SentenceMatcher(const SentenceView& v) : SentenceMatcher(v, v.sentence().first, v.sentence().last) {}
  SentenceMatcher(const SentenceView& v, std::size_t first, std::size_t last)
      : v_(v), sen_{first, last}, whole_(first == v.sentence().first && last == v.sentence().last) {
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
    for (int subject : bound_[rule.subject_at])
      for (int object : bound_[rule.object_at])
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
      const int e = v_.frame.subject[v_.index];
      for (const Ref& r : v_.refs())
        if (r.ent == e && slot_fits(v_, r, el) && placed(el, r.first, false)) {
          out.push_back(e);
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
      if (q.kind == Qualifier::kNearest) fit = nearest(fit, first_of(q.word_class));
    if (el.list && !fit.empty() && has(el, Qualifier::kFirst)) {
      // The sentence's first mention and the list it starts: "Peru und Chile nahmen teil".
      if (!lists_) lists_.emplace(v_);
      out.push_back(fit.front()->ent);
      lists_->list_more(fit.front()->last, el, out);
    } else if (el.list && !fit.empty() && has(el, Qualifier::kNearest)) {
      // The mention nearest the word and the list it starts: "Gründungsmitglieder der EU und der Nato".
      if (!lists_) lists_.emplace(v_);
      out.push_back(fit.front()->ent);
      lists_->list_more(fit.front()->last, el, out);
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
  std::optional<Matcher> lists_;  // for the lists a sentence's first mention starts (built when one is read)
};

}  // namespace

std::vector<int> list_from(const SentenceView& v, const Ref& first, SlotType type) {
  PatternElement el;
  el.kind = PatternElement::kSlot;
  el.slot_type = type;
  el.list = true;
  std::vector<int> out{first.ent};
  Matcher(v).list_more(first.last, el, out);
  return out;
}

void apply_rules(const SentenceView& v, Relations& out, bool sentence_rules) {
  // (a rule whose first required words the sentence lacks costs one lookup, of its cue's number)
  const std::size_t last = v.sentence().last;
  auto has_cue = [&](const Pack::RuleCue& c) {
    if (c.cue == Pack::RuleCue::kNone) return true;
    if (c.cue < v.class_first.size()) return v.class_first[c.cue] < last;
    return v.first_of(*v.pack.rules[c.rule].cue) < last;
  };
  if (sentence_rules) {
    SentenceMatcher m(v);
    for (const Pack::RuleCue& c : v.pack.sentence_cues)
      if (has_cue(c)) m.apply(v.pack.rules[c.rule], out);
    // The meeting rules again on each clause after the first with a subject of its own: "A met B, and
    // C sat down with D" (a rule reads a class's first word of the sentence only).
    const std::vector<std::size_t>& clauses = v.clauses;
    for (std::size_t k = 0; k < clauses.size(); ++k) {
      SentenceMatcher clause(v, clauses[k] + 1, k + 1 < clauses.size() ? clauses[k + 1] : last);
      for (const Pack::RuleCue& c : v.pack.sentence_cues)
        if (v.pack.rules[c.rule].predicate == kMeets && has_cue(c)) clause.apply(v.pack.rules[c.rule], out);
    }
    return;
  }
  Matcher m(v);
  for (const Pack::RuleCue& c : v.pack.pattern_cues)
    if (has_cue(c)) m.apply(v.pack.rules[c.rule], out);
}

}  // namespace kg::extract
