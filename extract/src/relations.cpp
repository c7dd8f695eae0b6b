#include "relations.h"

#include <algorithm>
#include <set>

#include "dates.h"
#include "text.h"

namespace kg::extract {
namespace {

// A relation is as sure as the words that name its ends: one whose end the sentence names only by
// a reference ("diese Länder", "das Bündnis", "die Präsidentin") keeps this share of its rule's
// confidence.
constexpr double kReferenceWeight = 0.8;

bool only_referenced(const SentenceView& v, int e) {
  bool seen = false;
  for (const Ref& r : v.refs()) {
    if (r.ent != e) continue;
    if (!r.reference) return false;
    seen = true;
  }
  return seen;
}

void weigh_references(const SentenceView& v, Relations& out, std::size_t from) {
  for (std::size_t i = from; i < out.size(); ++i) {
    Rel& r = out.at(i);
    if (only_referenced(v, r.s) || only_referenced(v, r.o)) r.confidence *= kReferenceWeight;
  }
}

// The end of the main clause that token `t` stands in: the next semicolon, else the sentence's end.
std::size_t main_clause_end(const Text& text, const Sentence& sen, std::size_t t) {
  for (; t < sen.last; ++t)
    if (text.tokens[t].text == ";") return t;
  return sen.last;
}

// The first negating verb of "negation.split" whose particle ends its clause ("sagte ihre Teilnahme
// aus Protest ab": the entry "sagte ab", the particle before the next comma or the end), or `last`.
std::size_t split_negation(const Text& text, const Sentence& sen, const WordClass& split) {
  if (split.empty()) return sen.last;
  for (std::size_t t = sen.first; t < sen.last; ++t) {
    const std::string_view w = text.tokens[t].text;
    if (!split.starts_sequence(w)) continue;
    for (const std::string& e : split.entries()) {
      const std::size_t space = e.find(' ');
      if (space == std::string::npos || std::string_view(e).substr(0, space) != w) continue;
      std::size_t end = t + 1;
      while (end < sen.last && text.tokens[end].word) ++end;  // (to the first punctuation)
      if (end > t + 2 && text.tokens[end - 1].text == std::string_view(e).substr(space + 1)) return t;
    }
  }
  return sen.last;
}

// The word classes that start a negated clause ("clause.start", "clause.relative", "clause.contrast",
// "clause.speech", "clause.but"), looked up once per document.
struct ClauseStarts {
  const WordClass &starts, &relative, &contrast, &speech, &but;
};

// The clause a negation at token `no` stands in: from the start of the clause it is in — the
// sentence's, or a comma before a word of "clause.start" ("weil", "dass", "aber") or before a
// relative pronoun of "clause.relative" that a lower-case word follows ("…, die nicht kam"), or
// before a lower-case word and a word of "clause.contrast" (a second main clause: "reiste an, sprach
// aber nicht"), a word of "clause.but" before a lower-case word ("met Y but did not attend"), a semicolon, or a verb of
// saying of "clause.speech" whose reported clause it stands in ("X said Peru would not pay", "X sagte, Peru werde nicht
// zahlen") — to the next comma when that clause is a subordinate one, else to the next such comma, a semicolon or the
// end. A subordinate clause closed before the negation is a hole in it: "X, dessen Land aufgenommen worden war, hielt
// keine Rede" denies the speech, not the admission.
Clause negated_clause(const Text& text, const Sentence& sen, std::size_t no, const ClauseStarts& w) {
  const WordClass &starts = w.starts, &relative = w.relative, &contrast = w.contrast, &speech = w.speech, &but = w.but;
  auto opens = [&](std::size_t comma) {
    if (text.tokens[comma].text != "," || comma + 1 >= sen.last) return false;
    const Token& next = text.tokens[comma + 1];
    if (starts.has(next.text)) return true;
    if (next.word && !next.upper && comma + 2 < sen.last && contrast.has(text.tokens[comma + 2].text)) return true;
    return relative.has(next.text) && comma + 2 < sen.last && !text.tokens[comma + 2].upper &&
           text.tokens[comma + 2].word;
  };
  // (a semicolon ends a main clause: "X nahm nicht teil; Russland wurde von Y vertreten")
  std::size_t first = sen.first;
  bool subordinate = false;
  Tokens hole{};
  for (std::size_t t = no; t > sen.first; --t) {
    if (text.tokens[t - 1].text == ";" || speech.has(text.tokens[t - 1].text)) {
      first = t;
      break;
    }
    // (a word of "clause.but" before a lower-case word starts a second verb phrase, with no comma too:
    // "X met Y but did not attend the session" denies the attendance only)
    if (but.has(text.tokens[t - 1].text) && text.tokens[t].word && !text.tokens[t].upper) {
      first = t;
      break;
    }
    if (opens(t - 1)) {
      first = t;
      subordinate = true;
      break;
    }
    // (a comma closing a subordinate clause the negation's own clause goes on after: skip the clause)
    if (text.tokens[t - 1].text == "," && hole.first == hole.last) {
      std::size_t open = t - 1;
      while (open > sen.first && text.tokens[open - 1].text != "," && text.tokens[open - 1].text != ";") --open;
      if (open > sen.first && opens(open - 1)) {
        hole = {open - 1, t};
        t = open;  // (the loop goes on before the clause's comma)
      }
    }
  }
  const std::size_t main_end = main_clause_end(text, sen, no + 1);
  std::size_t last = main_end;
  for (std::size_t t = no + 1; t < main_end; ++t) {
    if (text.tokens[t].text == "," && (subordinate || opens(t))) {
      last = t;
      break;
    }
  }
  return {{first, last}, hole};
}

// Drops the relations made from index `from` on by rules a negation blocks that the negated clause
// [first, last) says: the words the rule read stand in it, or an end is named in it (with
// `replaced`, its subject: "X did not attend the summit and sent Y instead"). "Anna Probe,
// die nicht zum Gipfel kam, traf Max Muster" keeps the meeting and loses the taking part; "Länder
// wie Malta, die nicht aufgenommen wurden" are no members (the cue stands in the clause).
void drop_negated(const SentenceView& v, Relations& out, std::size_t from, const Clause& clause, bool replaced) {
  // (an entity the sentence names outside the clause too is not denied by it: "X nahm am Gipfel
  // teil, während Y dem Gipfel fernblieb" keeps X at the summit)
  auto inside = [&](int e) {
    bool in = false;
    for (const Ref& r : v.refs()) {
      if (r.ent != e) continue;
      if (clause.holds(r.first) && clause.holds(r.last - 1))
        in = true;
      else
        return false;
    }
    return in;
  };
  // (whether the words read at t stand in a phrase a word of "negation.adjunct" leads: that word at t,
  // or up to three lower-case words before t, the first of them the class's)
  const WordClass& adjunct = v.words("negation.adjunct");
  const auto in_adjunct = [&](std::size_t t) {
    for (std::size_t k = t + 1; k-- > clause.span.first && t - k < 4;) {
      if (adjunct.has(v.tok(k).text)) return true;
      if (k < t && (!v.tok(k).word || v.tok(k).upper)) return false;
    }
    return false;
  };
  auto blocked = [&](const Rel& r) {
    if (!r.negatable) return false;
    const Tokens& span = clause.span;
    // (what a clause embedded in the negated one says stands: its words are all in the hole)
    const bool read = r.read.first < r.read.last;
    if (read && r.read.first >= clause.hole.first && r.read.last <= clause.hole.last) return false;
    // (nor is the venue of a meeting named in a phrase of the circumstances what it denies: "Die
    // Minister konnten sich bei ihrem Treffen in Lima nicht einigen", "did not agree at their meeting
    // in Lima" — held there either way)
    if (r.p == kHeldIn && read && in_adjunct(r.read.first)) return false;
    const bool read_inside = read && r.read.first < span.last && r.read.last > span.first;
    // (where another actor replaces the denied one, the event denied is the one it attends)
    return read_inside || inside(r.s) || (!replaced && inside(r.o));
  };
  out.erase_from(from, blocked);
}

// A person the sentence names only in a relative clause after a comma (", der Max Muster begleitete,",
// ", who was accompanied by Y,") meets no one and takes part in nothing by a cue outside it: the clause
// says something else of them. Drops such meetings and participations made from index `from` on where
// the words the rule read do not stand in that clause ("X, der Y begleitete, traf sich mit Z": no Y–Z
// meeting; "X, der Y würdigte, war angereist": Y takes no part; "X, der Y traf, sprach" keeps X–Y).
void drop_relative_clause_relations(const SentenceView& v, Relations& out, std::size_t from) {
  const WordClass &relative = v.clause_words->relative, &article = v.clause_words->article;
  const Sentence& sen = v.sentence();
  const WordClass& adjective = v.words("inflect.adjective");
  const CommaClauses clauses(v, [&](std::size_t first, std::size_t end) {
    if (!relative.has(v.tok(first).text) || first + 1 >= end) return false;
    if (!article.has(v.tok(first).text)) return true;
    // (a pronoun that is also an article opens a clause where a verb in lower case closes it before a
    // comma, as German writes one: not the list of "mit A, dem Präsidenten B und C, …"; where the
    // clause ends the sentence, whose verb may close the main clause ("…, der Präsident B und die
    // Präsidentin C ein."), only where a word in lower case that is no adjective before its noun
    // follows it: "…, der in Lima Gespräche mit Y führte", "…, die sich …")
    const Token &last = v.tok(end - 1), &next = v.tok(first + 1);
    if (end < sen.last) return last.word && !last.upper;
    return next.word && !next.upper &&
           !(first + 2 < end && v.tok(first + 2).upper && !adjective.ending_of(next.text, 3).empty());
  });
  if (clauses.empty()) return;
  out.erase_from(from, [&](const Rel& r) {
    if (r.p != kMeets && r.p != kTakesPart) return false;
    const int parties[2] = {r.s, r.o};
    for (std::size_t i = 0; i < (r.p == kMeets ? 2u : 1u); ++i) {
      const int e = parties[i];
      const Tokens* c = clauses.only_in(e);
      if (c == nullptr) continue;
      // (a clause on the event itself says who took part: "beim Treffen in Lima, dem auch Y beiwohnte")
      if (r.p == kTakesPart && std::any_of(v.refs().begin(), v.refs().end(), [&](const Ref& m) {
            return m.ent == r.o && m.last < c->first && m.last + 4 >= c->first;
          }))
        continue;
      const bool read_inside = r.read.last > r.read.first && r.read.first >= c->first && r.read.last <= c->last;
      if (!read_inside) return true;
    }
    // … and the other way round: a cue read inside such a clause whose pronoun stands for a person
    // (named right before its comma, perhaps with a verb in lower case between, as German closes
    // the main clause) says something of that person and of those the clause names only: "X was
    // accompanied by Y, who held talks with Z", "X wurde von Y begleitet, der mit Z sprach" (no X–Z
    // meeting). (Not where it stands for an event: "X traf zu einem Besuch ein, der ein Treffen mit
    // Z umfasst".)
    const Tokens* c = r.read.last > r.read.first ? clauses.at(r.read.first) : nullptr;
    if (c == nullptr || r.read.last > c->last) return false;
    const Ref* antecedent = nullptr;
    for (const Ref& m : v.refs())
      if (m.last < c->first) antecedent = &m;
    const std::size_t comma = c->first - 1;
    if (antecedent == nullptr || v.kind(antecedent->ent) != Kind::kPerson || antecedent->last + 1 < comma ||
        (antecedent->last < comma && !(v.tok(antecedent->last).word && !v.tok(antecedent->last).upper)))
      return false;
    for (std::size_t i = 0; i < (r.p == kMeets ? 2u : 1u); ++i) {
      const int e = parties[i];
      // (a state or party stands for no one the clause speaks of: "Chinas Ministerpräsident X, der
      // als Gast am Treffen teilnahm")
      if (e == antecedent->ent || v.kind(e) != Kind::kPerson) continue;
      bool inside = false, outside = false;
      for (const Ref& m : v.refs()) {
        if (m.ent != e) continue;
        const bool in = m.first >= c->first && m.first < c->last;
        inside = inside || in;
        outside = outside || !in;
      }
      if (outside && !inside) return true;
    }
    return false;
  });
}

// A state is no member of a party, whatever a cue says: "das Bundesland mit den meisten
// CDU-Mitgliedern" (a party's members are persons).
void drop_state_party_members(const SentenceView& v, Relations& out, std::size_t from) {
  out.erase_from(from, [&](const Rel& r) {
    return r.p == kMember && v.kind(r.s) == Kind::kCountry && !v.mentions.ent(r.o).party.empty();
  });
}

// Whether the sentence names a and b only in two different clauses of its coordinated ones
// (SentenceView::clauses); one the sentence does not name (a pronoun's referent) is in every clause.
bool in_other_clauses(const SentenceView& v, int a, int b) {
  const std::vector<std::size_t>& starts = v.clauses;
  const auto clause = [&](std::size_t t) { return std::upper_bound(starts.begin(), starts.end(), t) - starts.begin(); };
  std::vector<std::ptrdiff_t> of_a, of_b;
  for (const Ref& r : v.refs()) {
    if (r.ent == a) of_a.push_back(clause(r.first));
    if (r.ent == b) of_b.push_back(clause(r.first));
  }
  if (of_a.empty() || of_b.empty()) return false;
  return std::none_of(of_a.begin(), of_a.end(),
                      [&](std::ptrdiff_t c) { return std::find(of_b.begin(), of_b.end(), c) != of_b.end(); });
}

// Persons the sentence names only in two coordinated clauses with subjects of their own do not meet
// by a cue of one of them: "A met B, and C sat down with D" (not A with C or D); nor does one the
// sentence names only outside the clause of the words the rule read meet anyone by them: "A traf B,
// und beide verließen den Saal, als C sprach" (A and B are named in both clauses, "beide"; C meets
// neither by "traf").
void drop_crossed_meetings(const SentenceView& v, Relations& out, std::size_t from) {
  if (v.clauses.empty()) return;
  const std::vector<std::size_t>& starts = v.clauses;
  const auto clause = [&](std::size_t t) { return std::upper_bound(starts.begin(), starts.end(), t) - starts.begin(); };
  const auto outside = [&](int e, std::ptrdiff_t c) {
    bool named = false;
    for (const Ref& m : v.refs()) {
      if (m.ent != e) continue;
      if (clause(m.first) == c) return false;
      named = true;
    }
    return named;
  };
  out.erase_from(from, [&](const Rel& r) {
    if (r.p != kMeets) return false;
    if (in_other_clauses(v, r.s, r.o)) return true;
    if (r.read.last <= r.read.first) return false;
    const std::ptrdiff_t c = clause(r.read.first);
    return outside(r.s, c) || outside(r.o, c);
  });
}

// A person the sentence names only in a clause of "clause.aside" ("…, da Außenministerin Y zeitgleich
// in Kairo weilte", "…, because Y was ill") takes no part in an event by a cue outside it: that clause
// says something else of them. Drops such relations made from index `from` on where neither the
// event nor the words the rule read stand in that clause.
void drop_aside_attendees(const SentenceView& v, Relations& out, std::size_t from) {
  const WordClass& aside = v.clause_words->aside;
  if (v.first_of(aside) >= v.sentence().last) return;
  const CommaClauses asides(v, [&](std::size_t first, std::size_t) { return aside.has(v.tok(first).text); });
  if (asides.empty()) return;
  out.erase_from(from, [&](const Rel& r) {
    if (r.p != kTakesPart || v.kind(r.s) != Kind::kPerson) return false;
    const Tokens* clause = asides.only_in(r.s);
    if (clause == nullptr) return false;
    const auto within = [&](std::size_t at) { return at >= clause->first && at < clause->last; };
    if (r.read.last > r.read.first && within(r.read.first)) return false;
    return std::none_of(v.refs().begin(), v.refs().end(),
                        [&](const Ref& m) { return m.ent == r.o && within(m.first); });
  });
}

// A part of a meeting says where the part is held, not the meeting: "the opening ceremony, held at
// the Royal Palace" gives the summit no venue. Drops the venues made from index `from` on whose event
// the words the rule read (else the sentence) name only by such a part.
void drop_part_venues(const SentenceView& v, Relations& out, std::size_t from) {
  auto only_part = [&](const Rel& rel) {
    const bool span = rel.read.first < rel.read.last;
    bool seen = false;
    for (const Ref& r : v.refs()) {
      if (r.ent != rel.s || (span && (r.first < rel.read.first || r.last > rel.read.last))) continue;
      if (!r.part) return false;
      seen = true;
    }
    return seen;
  };
  out.erase_from(from, [&](const Rel& r) { return r.p == kHeldIn && only_part(r); });
}

// Venues that only the dateline gives. An event of a sentence with a word of "place.here" before
// it is held in the dateline's city ("LONDON - … the summit opened here on Monday"), and a building
// right before the word lies there ("at the Lancaster House here"); the article's
// meeting (an event noun the lexicon marks as a meeting, not one "next" or "last"), when no
// sentence says where it is held, is held there too ("Brüssel. Der Sondergipfel einigte sich …").
void dateline_venues(const Pack& pack, const Text& text, const Mentions& m, const Frame& f, Relations& out) {
  if (f.dateline < 0) return;
  const WordClass &here = pack.words["place.here"], &negation = pack.words["negation"];
  const std::string rule_here = pack.lang + ".venue.here", rule_dateline = pack.lang + ".venue.dateline",
                    rule_building = pack.lang + ".building.here";
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sen = text.sentences[s];
    const std::size_t at = here.find(text.tokens, sen.first, sen.last);
    if (at >= sen.last || negation.find(text.tokens, sen.first, sen.last) < sen.last) continue;
    const Ref* event = nullptr;  // the nearest event before the word
    for (const Ref& r : m.refs[s]) {
      if (m.kind(r.ent) == Kind::kEvent && r.last <= at) event = &r;
      if (m.kind(r.ent) == Kind::kBuilding && r.last == at && r.ent != f.dateline)
        out.add(r.ent, kLocated, f.dateline, s, rule_building, 0.7, {}, {r.first, at + 1}, false);
    }
    if (event != nullptr)
      out.add(event->ent, kHeldIn, f.dateline, s, rule_here, 0.7, {}, {event->first, at + 1}, false);
  }
  if (f.event < 0) return;
  auto meeting = [&](const Ent& ev) {
    std::optional<std::size_t> noun = pack.lexicon.word(ev.event_kind);
    if (!noun)
      if (auto head = pack.lexicon.event_head(ev.event_kind)) noun = head->first;  // "Sondergipfel"
    if (!ev.relative.empty() || !noun) return std::string();
    // A word for any meeting that a specific one continued ("das Treffen … der Sitzung") is specific.
    if (pack.lexicon.entry(*noun).meeting == "generic")
      for (const std::string& form : ev.forms)
        if (const auto w = pack.lexicon.word(form);
            w && pack.lexicon.entry(*w).cls == LexClass::kEvent && pack.lexicon.entry(*w).meeting == "1")
          return std::string("1");
    return pack.lexicon.entry(*noun).meeting;
  };
  int event = f.event;
  // A word for any meeting stands for the article's one specific meeting where it has one ("leitete
  // das Treffen … vor Beginn der Sitzung"); alone it is none the dateline places.
  if (meeting(m.ent(event)) == "generic") {
    int specific = -1, specifics = 0;
    for (std::size_t e = 0; e < m.ents.size(); ++e)
      if (m.ents[e].kind == Kind::kEvent && meeting(m.ents[e]) == "1") {
        specific = static_cast<int>(e);
        ++specifics;
      }
    if (specifics == 1) event = specific;
  }
  if (meeting(m.ent(event)) != "1") return;
  // (nor a meeting held online: "der Videogipfel", "ein virtueller Gipfel", "a virtual summit")
  const WordClass& online = pack.words["event.online"];
  for (const std::string& form : m.ent(event).forms)
    for (std::size_t start = 0; start < form.size();) {
      const std::size_t space = std::min(form.find(' ', start), form.size());
      if (online.has(std::string_view(form).substr(start, space - start))) return;
      start = space + 1;
    }
  // Not where the article places a meeting of its own: the summit "in X" may be named apart from it.
  // (A meeting the article calls another — "die nächste Konferenz findet in Leipzig statt" — is not it.)
  // (The meeting's own building is no such place: its venue "im Regierungspalast" lies in the
  // dateline's city.)
  for (std::size_t o = 0; o < m.ents.size(); ++o) {
    const Ent& other = m.ents[o];
    if (other.kind == Kind::kEvent && other.place >= 0 && other.relative.empty() &&
        !(static_cast<int>(o) == event && m.kind(other.place) == Kind::kBuilding))
      return;
  }
  for (const Rel& r : out.all())
    if (r.p == kHeldIn && m.kind(r.s) == Kind::kEvent && m.ent(r.s).relative.empty() &&
        !(r.s == event && m.kind(r.o) == Kind::kBuilding))
      return;
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    for (const Ref& r : m.refs[s]) {
      if (r.ent != event) continue;
      out.add(event, kHeldIn, f.dateline, s, rule_dateline, 0.5, {}, {}, false);
      return;
    }
  }
}

// The dateline's state: "GEORGETOWN, Guyana (AP) —" places its city in the state named right after
// it (an agency's tag after the state leaves no token a pattern could end on).
void dateline_state(const Pack& pack, const Text& text, const Mentions& m, const Frame& f, Relations& out) {
  if (f.dateline < 0 || m.kind(f.dateline) != Kind::kCity) return;
  for (std::size_t s = 0; s < text.sentences.size() && s < kDatelineLines; ++s)
    for (const Ref& r : m.refs[s]) {
      if (r.ent != f.dateline || r.last + 1 >= text.sentences[s].last || text.tokens[r.last].text != ",") continue;
      for (const Ref& st : m.refs[s]) {
        if (st.first != r.last + 1 || st.adjective || m.kind(st.ent) != Kind::kCountry) continue;
        // (a city the lexicons place in another state is not placed here)
        const std::string& code = m.ent(f.dateline).code;
        const std::string& state = m.ent(st.ent).code;
        if (!code.empty() && state.size() >= 2 && code.substr(0, 2) != state.substr(0, 2)) return;
        out.add(f.dateline, kLocated, st.ent, s, pack.lang + ".place.dateline", 0.7, {}, {r.first, st.last}, false);
        return;
      }
      return;
    }
}

// SentenceView::venue: the place of the article's event as far as the sentences before tell it —
// read once per relation (`read` of them seen so far, `city` the one found).
class Venue {
 public:
  Venue(const Mentions& m, const Frame& f) : m_(m), f_(f) {}
  int at(const Relations& so_far) {
    if (f_.event < 0) return -1;
    if (m_.ent(f_.event).place >= 0) return m_.ent(f_.event).place;
    for (; city_ < 0 && read_ < so_far.size(); ++read_)
      if (const Rel& r = so_far.all()[read_]; r.p == kHeldIn && r.s == f_.event && m_.kind(r.o) == Kind::kCity)
        city_ = r.o;
    return city_ >= 0 ? city_ : f_.dateline;
  }

 private:
  const Mentions& m_;
  const Frame& f_;
  std::size_t read_ = 0;
  int city_ = -1;
};

}  // namespace

// The first tokens of the sentence's clauses after the first that start with a subject of their
// own: a comma, then a word of "clause.while" ("…, while C met D", "…, während C mit D sprach") or of
// "clause.coordinate" ("…, and C sat down with D") where a lower-case word follows the name that is no
// preposition or adverb of "lead.break" and "clause.not_verb" (a verb: not the last of a list, "A,
// B, and C in Lima"); or, for "clause.coordinate", where a pronoun of "clause.subject" and a
// lower-case word follow it ("…, and both walked out when C spoke": C meets none of the first clause).
std::vector<std::size_t> coordinated_clauses(const SentenceView& v) {
  std::vector<std::size_t> starts;
  const Sentence& sen = v.sentence();
  const WordClass &coordinate = v.clause_words->coordinate, &contrast = v.clause_words->contrast,
                  &not_verb = v.clause_words->not_verb;  // with "lead.break", the prepositions
  if (v.first_of(coordinate) >= sen.last && v.first_of(contrast) >= sen.last) return starts;
  const auto opens = [&](std::size_t at) {
    return at >= sen.first + 2 && v.tok(at - 1).text == "," &&
           (contrast.has(v.tok(at).text) || coordinate.has(v.tok(at).text));
  };
  for (const Ref& r : v.refs()) {
    if (r.reference || r.first < sen.first + 3) continue;
    const Kind kind = v.kind(r.ent);
    if (kind != Kind::kPerson && kind != Kind::kCountry && kind != Kind::kOrg) continue;
    // (a title before the name is the subject's: "…, and President C met D")
    std::size_t start = r.first - 1;
    if (!opens(start)) {
      if (r.title.empty() || r.title_at >= r.first || r.title_at < sen.first + 3 || !opens(r.title_at - 1)) continue;
      start = r.title_at - 1;
    }
    if (!contrast.has(v.tok(start).text)) {
      if (r.last >= sen.last) continue;
      const Token& next = v.tok(r.last);
      if (!next.word || next.upper || not_verb.has(next.text) || v.lead_break.has(next.text) ||
          coordinate.has(next.text))
        continue;
    }
    starts.push_back(start);
  }
  const WordClass& subject = v.clause_words->subject;
  for (std::size_t at = sen.first + 2; !subject.empty() && at + 2 < sen.last; ++at) {
    if (!opens(at) || !coordinate.has(v.tok(at).text) || !subject.has(v.tok(at + 1).text)) continue;
    const Token& next = v.tok(at + 2);
    if (next.word && !next.upper && !not_verb.has(next.text) && !v.lead_break.has(next.text) &&
        std::find(starts.begin(), starts.end(), at) == starts.end())
      starts.push_back(at);
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

void Relations::add(int s, PredicateId p, int o, std::size_t sentence, std::string rule, double confidence,
                    std::string role, Tokens read, bool negatable) {
  if (s < 0 || o < 0 || s == o) return;
  if (predicate_info(p).symmetric && s > o) std::swap(s, o);
  for (const Rel& r : rels_)
    if (r.s == s && r.o == o && r.p == p &&
        (r.sentence != sentence || !r.negatable || !negatable ||
         (r.read.first == read.first && r.read.last == read.last)))
      return;
  rels_.push_back(Rel{s, o, p, std::move(role), std::move(rule), confidence, sentence, read, negatable});
}

void Relations::unique_from(std::size_t from) {
  std::size_t kept = from;
  for (std::size_t i = from; i < rels_.size(); ++i) {
    const Rel& r = rels_[i];
    const auto same = [&](const Rel& k) { return k.s == r.s && k.o == r.o && k.p == r.p; };
    if (std::none_of(rels_.begin() + static_cast<std::ptrdiff_t>(from),
                     rels_.begin() + static_cast<std::ptrdiff_t>(kept), same)) {
      if (kept != i) rels_[kept] = std::move(rels_[i]);
      ++kept;
    }
  }
  rels_.erase(rels_.begin() + static_cast<std::ptrdiff_t>(kept), rels_.end());
}

std::vector<Rel> find_relations(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame) {
  Relations out;
  const WordClass &negation = pack.words["negation"], &contrast = pack.words["negation.contrast"],
                  &list_join = pack.words["list.join"], &genitive = pack.words["inflect.genitive"],
                  &office_org = pack.words["office.organisation"], &clause_start = pack.words["clause.start"],
                  &clause_relative = pack.words["clause.relative"], &clause_contrast = pack.words["clause.contrast"],
                  &lead_break = pack.words["lead.break"], &conjunction = pack.words["conjunction.and"],
                  &split = pack.words["negation.split"], &forward = pack.words["negation.forward"],
                  &speech = pack.words["clause.speech"], &replacement = pack.words["negation.replacement"],
                  &not_only = pack.words["negation.not_only"];
  const ClauseWords clause_words{pack.words["clause.coordinate"],
                                 pack.words["clause.while"],
                                 pack.words["clause.not_verb"],
                                 pack.words["clause.aside"],
                                 clause_relative,
                                 pack.words["article.definite"],
                                 pack.words["clause.subject"]};
  const ClauseStarts clause_starts{clause_start, clause_relative, clause_contrast, speech, pack.words["clause.but"]};
  OfficeContext office_state;   // of the sentence before: the state of its last office, or its topic
  std::vector<Ref> contrasted;  // a sentence's mentions but the denied ones, when it has a contrast
  std::vector<std::uint32_t> class_first;
  Venue venue(mentions, frame);
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sen = text.sentences[s];
    const std::size_t no = std::min(negation.find(text.tokens, sen.first, sen.last), split_negation(text, sen, split));
    bool negated = no < sen.last;
    const std::vector<Ref>* visible = &mentions.refs[s];
    // (its contrast in its own main clause: "nicht in X, sondern in Y", not after a semicolon)
    const std::size_t main_end = negated ? main_clause_end(text, sen, no + 1) : sen.last;
    std::size_t but = negated ? contrast.find(text.tokens, no + 1, main_end) : main_end;
    // A contrast word ending the sentence replaces the actor, not what is denied: "X did not attend
    // and sent Y instead" denies X's clause up to "and" and keeps Y's.
    std::size_t replaced = sen.last;
    if (but < main_end && (but + 1 == sen.last || (but + 2 == sen.last && !text.tokens[but + 1].word))) {
      for (std::size_t t = but; t > no + 1 && replaced == sen.last; --t)
        if (conjunction.has(text.tokens[t - 1].text)) replaced = t - 1;
      but = main_end;
    }
    // … and so does a clause after "and" in which another stands in: "X did not travel to Y and was
    // represented by Z".
    for (std::size_t t = no + 1; negated && replaced == sen.last && t + 1 < main_end; ++t)
      if (conjunction.has(text.tokens[t].text) && replacement.match(text.tokens, t + 1, main_end) > 0) replaced = t;
    // "nicht nur X, sondern auch Y" adds Y to X and denies nothing.
    if (but < main_end && no + 1 < but && not_only.has(text.tokens[no + 1].text)) {
      negated = false;
      but = main_end;
    }
    // A contrast whose denied part names no one denies the action up to it, not a mention: "X
    // reiste nicht selbst an, sondern schickte Y" (X does not attend; what follows "sondern" stands).
    std::size_t action_denied = sen.last;
    if (but < main_end && std::none_of(mentions.refs[s].begin(), mentions.refs[s].end(),
                                       [&](const Ref& r) { return r.first > no && r.last <= but; })) {
      action_denied = but;
      but = main_end;
    }
    if (but < main_end) {
      negated = false;
      contrasted.clear();
      for (const Ref& r : mentions.refs[s])
        if (!(r.first > no && r.last <= but)) contrasted.push_back(r);
      visible = &contrasted;
    }
    // A negation blocks what its own clause says; the rules run as in an affirmative sentence and
    // what they make with a mention in that clause goes.
    Clause clause{};
    if (negated) {
      clause = negated_clause(text, sen, no, clause_starts);
      clause.span.last = std::min({clause.span.last, replaced, action_denied});
      // A word of "negation.forward" denies what follows it only: "the summit, held in X, ended
      // without a deal" keeps the venue; "opened without Y" denies Y.
      if (forward.has(text.tokens[no].text)) clause.span.first = std::max(clause.span.first, no);
    }
    pack.words.first_tokens(text.tokens, sen.first, sen.last, &class_first);
    SentenceView v{pack,       text,       mentions, frame,       s,      list_join,     genitive,
                   office_org, lead_break, *visible, class_first, clause, venue.at(out), &clause_words};
    v.clauses = coordinated_clauses(v);
    const std::size_t from = out.size();
    office_state = offices(v, out, office_state);
    capitals(v, out);
    elected_offices(v, out);
    apply_rules(v, out, /*sentence_rules=*/false);
    apply_rules(v, out, /*sentence_rules=*/true);
    predecessor_offices(v, out);
    drop_crossed_meetings(v, out, from);
    drop_aside_attendees(v, out, from);
    drop_relative_clause_relations(v, out, from);
    drop_state_party_members(v, out, from);
    // (a clause after a semicolon stands as one after "and" that replaces the actor: "X skipped the
    // summit; Y led the delegation instead")
    const bool after_semicolon = negated && clause.span.last < sen.last && text.tokens[clause.span.last].text == ";";
    if (negated) drop_negated(v, out, from, clause, replaced < sen.last || after_semicolon);
    // A further negation after the clause of the first denies its own clause too: "while Chile,
    // which is not a member, did not send a delegation" (the first denies the relative clause only).
    // (not one a contrast or a stand-in follows, which the first one's reading handles alone)
    for (std::size_t at = negated ? clause.span.last : sen.last; at < sen.last;) {
      const std::size_t next = negation.find(text.tokens, at, sen.last);
      if (next >= sen.last || contrast.find(text.tokens, next + 1, sen.last) < sen.last ||
          replacement.find(text.tokens, next + 1, sen.last) < sen.last)
        break;
      Clause further = negated_clause(text, sen, next, clause_starts);
      if (forward.has(text.tokens[next].text)) further.span.first = std::max(further.span.first, next);
      drop_negated(v, out, from, further, false);
      at = std::max(further.span.last, next + 1);
    }
    out.unique_from(from);
    drop_part_venues(v, out, from);
    weigh_references(v, out, from);
  }
  dateline_venues(pack, text, mentions, frame, out);
  dateline_state(pack, text, mentions, frame, out);
  return out.all();
}

}  // namespace kg::extract
