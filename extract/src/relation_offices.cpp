// The relation stage's office cascade, a step the rule language cannot say (relations.h): where an
// office named with a person is held. Each relation names its rule.
#include <algorithm>
#include <set>
#include <utility>

#include "relations.h"
#include "text.h"

namespace kg::extract {
namespace {

// A federal state ("Bayern"): its ISO 3166-2 code has the country's code before a hyphen.
bool is_subdivision(const SentenceView& v, int e) { return v.mentions.ent(e).code.find('-') != std::string::npos; }

// Whether mention r is written in capitals and periods only ("US", "U.S.", "UK").
bool abbreviation(const SentenceView& v, const Ref& r) {
  for (std::size_t t = r.first; t < r.last; ++t)
    for (char c : v.tok(t).text)
      if (!(c == '.' || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

// stated_office_place's answer for an office whose words say it is no state's ("die bayerische
// Parteichefin"): no place is to be guessed either.
constexpr int kNoState = -2;

// --- holds_office ------------------------------------------------------------------------------

// Whether the office `title` is a state's, not a party's: one of "office.national",
// "office.subdivision" or "office.state" (ministers).
bool state_office(const SentenceView& v, std::string_view title) {
  return v.words("office.national").has(title) || v.words("office.subdivision").has(title) ||
         v.words("office.state").has(title);
}

// Whether organisation `o` is a party before a state's office the person holds ("SPD-Kanzler X",
// "Labour Prime Minister X"): the person is its member, and the office the state's.
bool party_before_state_office(const SentenceView& v, int o, const Ref& r) {
  return v.kind(o) == Kind::kOrg && !v.mentions.ent(o).party.empty() && state_office(v, r.title);
}

// The state whose envoy person mention r is (an office of class "office.envoy": "Botschafter",
// "ambassador"): the state named right before the office by its adjective or genitive, perhaps with
// the organisation the envoy is sent to between ("Perus UN-Botschafter X", "der peruanische
// UN-Botschafter X", "Peru's U.N. ambassador X"), or after it before the name ("der UN-Botschafter
// Perus, X"). The organisation is where the envoy is sent, the state who sends them. -1 if none.
int envoy_state(const SentenceView& v, const Ref& r, std::set<std::size_t>& used) {
  if (!v.words("office.envoy").has(r.title)) return -1;
  const std::vector<Ref>& refs = v.refs();
  std::size_t at = r.title_at;
  for (const Ref& o : refs)
    if (o.last == at && o.first < at && !o.adjective && v.kind(o.ent) == Kind::kOrg) at = o.first;
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    if (v.kind(o.ent) != Kind::kCountry) continue;
    // (… or after it, before the name: "der UN-Botschafter Perus, X")
    const bool after = !o.adjective && o.first > r.title_at && o.last <= r.first;
    if (after ||
        (o.last == at && o.first < at && (o.adjective || !v.genitive.ending_of(v.tok(o.last - 1).text, 1).empty()))) {
      used.insert(q);
      return o.ent;
    }
  }
  return -1;
}

// Where the office of person mention r is held when the words around the office say it: the
// compound ("US-Präsident"), a state in the genitive before it ("Maltas Staatschefin"), a
// nationality adjective before it, or an organisation or state between office and name ("Präsident
// der Ukraine, X"). Marks the states it takes in `used`. A party before a state's office is none
// of these: it is set in `*party` (the person's), and the place is left to guess.
int stated_office_place(const SentenceView& v, const Ref& r, std::set<std::size_t>& used, const char** rule,
                        int* party) {
  const std::vector<Ref>& refs = v.refs();
  if (const int sender = envoy_state(v, r, used); sender >= 0) {
    *rule = "office.envoy";
    return sender;
  }
  if (r.office_in >= 0 && party_before_state_office(v, r.office_in, r)) {
    *party = r.office_in;
  } else if (r.office_in >= 0) {
    // Written in the office's word ("US-Präsidentin", "Bundestagspräsidentin"), else by one of
    // the adjectives before a plural office ("Canadian and British Premiers A and B").
    *rule = v.kind(r.office_in) == Kind::kCountry && r.title_at > 0 &&
                    v.tok(r.title_at).text.find('-') == std::string_view::npos
                ? "office.respective-adjective"
                : "office.compound";
    return r.office_in;
  }
  const WordClass& genitive = v.genitive;
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    // ("Maltas Präsidentin X"; a city's office of "office.city": "Wiens Bürgermeister X", not
    // "Moskaus Außenminister")
    const bool city_office = v.kind(o.ent) == Kind::kCity && v.words("office.city").has(r.title);
    if (!o.adjective && o.last == r.title_at && (v.kind(o.ent) == Kind::kCountry || city_office) &&
        !genitive.ending_of(v.tok(o.last - 1).text, 1).empty()) {
      *rule = "office.genitive";
      used.insert(q);
      return o.ent;
    }
  }
  // (up to two lower-case words of the office's field between: "U.N. aid chief X", "EU foreign
  // policy chief X" — in a language that writes offices in several words, class "office.head"; one
  // that writes them as one compound has none: "Für die Regierung reiste Präsident X")
  const bool fields = !v.words("office.head").empty();
  auto field_between = [&](std::size_t from, std::size_t to) {
    if (from > to || to - from > 2) return false;
    if (from == to) return true;
    if (!fields) return false;
    // (no function word: "the agreement which President X called …")
    static constexpr const char* kNotField[] = {"conjunction.and", "office.reference", "language.words", "clause.start",
                                                "clause.relative"};
    for (std::size_t k = from; k < to; ++k) {
      const Token& t = v.tok(k);
      if (!t.word || t.upper) return false;
      for (const char* cls : kNotField)
        if (v.words(cls).has(t.text)) return false;
    }
    return true;
  };
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    // An organisation, or a state named by its abbreviation, right before the office: "NATO
    // Secretary-General X", "U.S. President X"; an organisation with the head of one of its bodies
    // between ("ECOWAS Commission President X": the organisation's, not the dateline's state's).
    const bool body =
        v.kind(o.ent) == Kind::kOrg && o.last + 1 == r.title_at && v.words("org.head.last").has(v.tok(o.last).text);
    if (!o.adjective && (v.kind(o.ent) == Kind::kOrg || (v.kind(o.ent) == Kind::kCountry && abbreviation(v, o))) &&
        (field_between(o.last, r.title_at) || body)) {
      if (party_before_state_office(v, o.ent, r)) {
        *party = o.ent;
        continue;
      }
      *rule = "office.adjunct";
      used.insert(q);
      return o.ent;
    }
    if (o.adjective && o.last == r.title_at && v.kind(o.ent) != Kind::kRegion) {
      used.insert(q);
      if (v.office_organisation.has(r.title)) return kNoState;
      *rule = "office.adjective";
      return o.ent;
    }
    // (not another's party tag: "die Fraktionschefs A (CDU) und B")
    if (!o.adjective && o.first > r.title_at && o.last <= r.first && v.tok(o.first - 1).text != "(" &&
        (v.kind(o.ent) == Kind::kOrg || v.kind(o.ent) == Kind::kCountry || v.kind(o.ent) == Kind::kCity)) {
      *rule = "office.of";
      return o.ent;
    }
  }
  // A state or organisation right after the name, led by a word of "office.after_name" (and
  // perhaps "article.genitive"): "Foreign Minister X of Peru", "Secretary-General X of the OAS" —
  // also after the next holder of an office joined to the name: "König X und Königin Y von Schweden".
  const Sentence& sen = v.sentence();
  std::size_t name_end = r.last;
  if (r.last + 1 < sen.last && v.words("conjunction.and").has(v.tok(r.last).text))
    for (const Ref& next : v.refs())
      if (next.first > r.last && !next.title.empty() && next.title_at == r.last + 1 &&
          v.kind(next.ent) == Kind::kPerson)
        name_end = next.last;
  if (name_end < sen.last && v.words("office.after_name").has(v.tok(name_end).text)) {
    std::size_t at = name_end + 1;
    if (at < sen.last && v.words("article.genitive").has(v.tok(at).text)) ++at;
    for (std::size_t q = 0; q < refs.size(); ++q) {
      const Ref& o = refs[q];
      if (o.first == at && !o.adjective && (v.kind(o.ent) == Kind::kOrg || v.kind(o.ent) == Kind::kCountry)) {
        // (a party after the holder of a state's office is the holder's: "Bundeskanzler X von der CDU")
        if (party_before_state_office(v, o.ent, r)) {
          *party = o.ent;
          break;
        }
        *rule = "office.of-after-name";
        used.insert(q);
        return o.ent;
      }
    }
  }
  return -1;
}

// How many sentences lie between the sentence `v` reads and the nearest one that names `e`.
std::size_t sentences_to(const SentenceView& v, int e) {
  std::size_t nearest = v.mentions.refs.size();
  for (std::size_t s = 0; s < v.mentions.refs.size(); ++s)
    for (const Ref& r : v.mentions.refs[s])
      if (r.ent == e) nearest = std::min(nearest, s > v.index ? s - v.index : v.index - s);
  return nearest;
}

// The states joined to refs[q] on either side in its sentence (by a comma or a word of
// "conjunction.and", perhaps with a definite article: "Japan and the Philippines"), as the first and
// last index of that list in refs (q, q for none; refs in the order of their words).
std::pair<std::size_t, std::size_t> state_list(const SentenceView& v, const std::vector<Ref>& refs, std::size_t q) {
  const WordClass &both = v.words("conjunction.and"), &article = v.words("article.definite");
  const auto state = [&](std::size_t k) { return !refs[k].adjective && v.kind(refs[k].ent) == Kind::kCountry; };
  const auto joined = [&](const Ref& a, const Ref& b) {
    if (a.last >= b.first || (v.tok(a.last).text != "," && !both.has(v.tok(a.last).text))) return false;
    return a.last + 1 == b.first || (a.last + 2 == b.first && article.has(v.tok(a.last + 1).text));
  };
  std::size_t first = q, last = q;
  while (first > 0 && state(first - 1) && joined(refs[first - 1], refs[first])) --first;
  while (last + 1 < refs.size() && state(last + 1) && joined(refs[last], refs[last + 1])) ++last;
  return {first, last};
}

// Whether the document names state `e` once at least outside a list of three states or more
// ("Österreich, Ungarn und Bulgarien"): a state named only among others is no context for whose
// office a title is (a pair is: "Frankreich und Deutschland wollen …").
bool named_apart(const SentenceView& v, int e) {
  for (const std::vector<Ref>& refs : v.mentions.refs)
    for (std::size_t q = 0; q < refs.size(); ++q) {
      if (refs[q].ent != e) continue;
      const auto [first, last] = state_list(v, refs, q);
      if (last - first < 2) return true;
    }
  return false;
}

// The state (a country or federal state) of the document that `fits` and that the document names
// most often, or -1. On a tie, the one named nearest the sentence ("Gastgeberin war
// Bundespräsidentin X. Selenskyj dankte der Schweiz …", Germany named once further on), then with
// `order` the one whose code comes first in it, else the first named.
template <typename Fits>
int most_named_state(const SentenceView& v, Fits fits, const WordClass* order = nullptr) {
  int best = -1;
  constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  std::size_t best_near = kUnknown;  // sentences_to(best), read only on a tie
  for (std::size_t e = 0; e < v.mentions.ents.size(); ++e) {
    const Ent& x = v.mentions.ents[e];
    if (x.kind != Kind::kCountry || x.mentions.empty() || !fits(x)) continue;
    const std::size_t named = x.mentions.size(), most = best < 0 ? 0 : v.mentions.ent(best).mentions.size();
    std::size_t near = kUnknown;
    bool better = best < 0 || named > most;
    if (!better && named == most) {
      near = sentences_to(v, static_cast<int>(e));
      if (best_near == kUnknown) best_near = sentences_to(v, best);
      better = near < best_near || (near == best_near && order != nullptr &&
                                    order->position(x.code) < order->position(v.mentions.ent(best).code));
    }
    if (better) {
      best = static_cast<int>(e);
      best_near = near;
    }
  }
  return best;
}

// The state the article's event is held in, named in the article, when a word of "office.host"
// stands right before the office `r` (perhaps with a comma or article between); else -1.
int host_state(const SentenceView& v, const Ref& r, const Relations& out) {
  const std::size_t first = v.sentence().first;
  const WordClass& host = v.words("office.host");
  bool cue = false;
  for (std::size_t k = r.title_at; k > first && k + 3 > r.title_at && !cue; --k) {
    const std::string_view w = v.tok(k - 1).text;
    cue = host.has(w);
    if (!cue && w != "," && !v.words("office.reference").has(w)) break;
  }
  if (!cue || v.frame.event < 0) return -1;
  int place = v.mentions.ent(v.frame.event).place;
  // (else where a sentence before held it: "des Gipfels in der Hauptstadt Manama")
  for (const Rel& rel : out.all()) {
    if (place >= 0) break;
    if (rel.s == v.frame.event && rel.p == kHeldIn) place = rel.o;
  }
  if (place < 0) return -1;
  const Ent& p = v.mentions.ent(place);
  if (p.kind == Kind::kCountry) return place;
  if (p.kind != Kind::kCity || p.code.empty()) return -1;
  return v.mentions.state_of(p.code);
}

// Whether the state `o` is where a visit goes that words of "visit.own" make someone's: "bei ihrem
// ersten Besuch in Polen", "on her first visit to Poland" (the visit's word, of "person.guest.visit",
// one or two tokens before the state).
bool own_visit_to(const SentenceView& v, const Ref& o) {
  const std::size_t first = v.sentence().first;
  const WordClass &visit = v.words("person.guest.visit"), &own = v.words("visit.own");
  for (std::size_t j = o.first > first + 2 ? o.first - 2 : first; j + 1 < o.first; ++j) {
    if (!visit.has(v.tok(j).text)) continue;
    for (std::size_t k = j > first + 3 ? j - 3 : first; k < j; ++k)
      if (own.match(v.text.tokens, k, j) > 0) return true;
  }
  return false;
}

// The state of a counterpart after person r in the sentence ("X und ihr französischer Kollege Y",
// "X and his French counterpart Y": France — the state's adjective right before the counterpart's
// title, or the state its compound names: "ihren US-Kollegen Y"), or -1.
int counterpart_state(const SentenceView& v, const Ref& r) {
  const WordClass& counterpart = v.words("office.counterpart");
  for (const Ref& q : v.refs()) {
    if (q.first <= r.last || q.title.empty() || !counterpart.has(q.title) || v.kind(q.ent) != Kind::kPerson) continue;
    if (q.office_in >= 0 && v.kind(q.office_in) == Kind::kCountry) return q.office_in;
    for (const Ref& o : v.refs())
      if (o.adjective && o.last == q.title_at && v.kind(o.ent) == Kind::kCountry) return o.ent;
  }
  return -1;
}

// Where an office is held when the words do not say: for an office of an organisation, the
// article's organisation; the nearest state earlier in the sentence not taken by another office, a title that exists in
// one state only ("Bundeskanzler"), the state of an office in the sentence before (`context`), or
// the document's country.
int guessed_office_place(const SentenceView& v, const Ref& r, const std::set<std::size_t>& used,
                         const OfficeContext& ctx, const Relations& out, const char** rule) {
  const int context = ctx.state;
  const std::vector<Ref>& refs = v.refs();
  const Lexicon& lex = v.pack.lexicon;
  const Sentence& sen = v.sentence();
  // An office of no state ("Papst", "Pope") is guessed nowhere.
  if (v.words("office.stateless").has(r.title)) return -1;
  // A city's office ("Bürgermeister", "Mayor") is of the city the sentence names before it, never
  // of a state: "reist nach Hamburg, wo er den Ersten Bürgermeister X trifft".
  if (v.words("office.city").has(r.title)) {
    int city = -1;
    for (const Ref& o : v.refs())
      if (o.last <= r.title_at && !o.adjective && v.kind(o.ent) == Kind::kCity) city = o.ent;
    if (city >= 0) *rule = "office.sentence-city";
    return city;
  }
  // … after a relative possessive, the organisation named last before it: "Mikl-Leitner regiert mit
  // der FPÖ. Deren Landesparteichef X" (this sentence's, else the one before).
  if (v.office_organisation.has(r.title) && r.title_at > sen.first &&
      v.words("office.of_previous").has(v.tok(r.title_at - 1).text)) {
    int org = -1;
    for (std::size_t back = 0; back <= 1 && back <= v.index && org < 0; ++back)
      for (const Ref& o : v.mentions.refs[v.index - back])
        if ((back == 1 || o.last <= r.title_at - 1) && v.kind(o.ent) == Kind::kOrg) org = o.ent;
    if (org >= 0) {
      *rule = "office.of-previous";
      return org;
    }
  }
  // One named at the sentence's start after a word of "office.on_behalf" (perhaps with an article),
  // with one word or a comma before the office, and perhaps the office's article: "Für die Weltbank
  // reiste Vizepräsidentin X an", "Für die Partei nahm die Vorsitzende X teil", "For the UN, Deputy
  // Secretary-General X said" — the office is that organisation's or state's (not a government's
  // organisation's for a minister's office: "Für die Bundesregierung … Außenministerin").
  const std::size_t office_first = r.title_at > sen.first && v.words("article.definite").has(v.tok(r.title_at - 1).text)
                                       ? r.title_at - 1
                                       : r.title_at;
  if (v.words("office.on_behalf").has(v.tok(sen.first).text) && office_first > sen.first + 2)
    for (const Ref& o : refs) {
      if (o.first > sen.first + 2 || o.adjective || o.last + 1 != office_first) continue;
      const Kind kind = v.kind(o.ent);
      if (kind == Kind::kCountry ||
          (kind == Kind::kOrg && !v.words("office.state").has(r.title) && !v.words("office.federal").has(r.title))) {
        *rule = "office.on-behalf";
        return o.ent;
      }
    }
  // A party's office with the party's tag after the name ("die Fraktionschefs A (CDU) und B (SPD)")
  // is that party's.
  if (v.office_organisation.has(r.title) && r.last + 2 < sen.last && v.tok(r.last).text == "(")
    for (const Ref& o : refs)
      if (o.first == r.last + 1 && v.kind(o.ent) == Kind::kOrg && !v.mentions.ent(o.ent).party.empty()) {
        *rule = "office.party-tag";
        return o.ent;
      }
  // A party's or organisation's office ("Generalsekretärin X") is the article's organisation's.
  if (v.office_organisation.has(r.title) && v.frame.organisation >= 0) {
    *rule = "office.frame-organisation";
    return v.frame.organisation;
  }
  // One who represents a state right after the name holds its office: "Foreign Minister X
  // represents Russia", "Außenminister X vertritt Russland" (not the host's state of a summit abroad).
  if (r.last + 1 < sen.last && v.words("office.represents").has(v.tok(r.last).text))
    for (const Ref& o : refs)
      if (o.first == r.last + 1 && !o.adjective && v.kind(o.ent) == Kind::kCountry) {
        *rule = "office.represents";
        return o.ent;
      }
  // … and so does one who leads a state's delegation: "Foreign Minister X led China's delegation",
  // "Außenminister X leitet die chinesische Delegation" (the state within the next words, before the noun).
  if (r.last + 2 < sen.last && v.words("office.delegation.verb").has(v.tok(r.last).text)) {
    const WordClass& noun = v.words("office.delegation.noun");
    std::size_t at = r.last + 1;
    while (at < sen.last && at < r.last + 6 && !noun.has(v.tok(at).text)) ++at;
    if (at < sen.last && noun.has(v.tok(at).text))
      for (const Ref& o : refs)
        if (o.first > r.last && o.last <= at && v.kind(o.ent) == Kind::kCountry) {
          *rule = "office.delegation";
          return o.ent;
        }
  }
  // The host of the article's event holds an office of the state it is held in: "Gastgeber König
  // X", "the host, President X" (when the article names that state).
  if (const int state = host_state(v, r, out); state >= 0) {
    *rule = "office.host";
    return state;
  }
  // "U.S. President X sent climate envoy Y", "Ungarn schickte Staatssekretär Y": the one sent holds
  // an office of the sender's state, the last named before the verb (also by the adjective of the
  // sender's own office), else of none the sentence names — not the document's country.
  {
    const WordClass& send = v.words("send.cue");
    const std::size_t from = r.title_at > sen.first + 3 ? r.title_at - 3 : sen.first;
    if (const std::size_t at = send.find(v.text.tokens, from, r.title_at); at < r.title_at) {
      int sender = -1;
      for (const Ref& o : refs)
        if (o.last <= at && v.kind(o.ent) == Kind::kCountry) sender = o.ent;
      if (sender >= 0) *rule = "office.sender-state";
      return sender;
    }
  }
  int where = -1;
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    if (o.last > r.title_at || v.kind(o.ent) != Kind::kCountry || used.count(q)) continue;
    if (is_subdivision(v, o.ent) && v.words("office.national").has(r.title)) continue;
    // (nor the host's state for one of its visitors: "During his state visit to Peru, President X …")
    if (v.frame.host && o.ent == v.frame.country && v.frame.is_visitor(r.ent)) continue;
    // (nor the state the person's own visit goes to, named before the person: "Bei ihrem ersten Besuch
    // in Polen hat Außenministerin X …" — a word of "person.guest.visit" made theirs by one of
    // "visit.own", the state after one word, no person between it and the person)
    if (own_visit_to(v, o) && std::none_of(refs.begin(), refs.end(), [&](const Ref& p) {
          return p.first >= o.last && p.first < r.phrase_first() && v.kind(p.ent) == Kind::kPerson;
        }))
      continue;
    // (nor a state in an event's name: "Italy hosted the Ukraine Recovery Conference, with Prime
    // Minister X …")
    if (std::any_of(refs.begin(), refs.end(),
                    [&](const Ref& x) { return x.first == o.last && v.kind(x.ent) == Kind::kEvent; }))
      continue;
    if (o.adjective) {
      // A state's adjective before anything but an office: "die russische Delegation", "the Russian
      // side" (one before an office is that office's: "Russian Deputy Prime Minister X").
      if (std::any_of(refs.begin(), refs.end(), [&](const Ref& x) { return !x.title.empty() && x.title_at == o.last; }))
        continue;
      if (o.last < sen.last && lex.word(v.tok(o.last).text)) continue;
    } else {
      // "Maltas Staatsoberhaupt" is taken by its own office (not "in Malta Präsidentin X").
      auto next = o.last < sen.last ? lex.word(v.tok(o.last).text) : std::nullopt;
      if (next && lex.entry(*next).cls == LexClass::kTitle && !v.genitive.ending_of(v.tok(o.last - 1).text, 1).empty())
        continue;
      // (nor one of states joined before it, which says whose office it is of none: "Japan and the
      // Philippines signed …, as Prime Minister X hosted …")
      if (const auto [from, to] = state_list(v, refs, q); to > from) continue;
    }
    where = o.ent;
    *rule = "office.sentence-country";
  }
  if (where >= 0) return where;
  // A title of some states only: the federal offices ("Bundeskanzler", "Bundesaußenministerin":
  // Germany, Austria, Switzerland) — of the document's country when it is one of them, else of the
  // one of them the article names most, on a tie the one listed first (the class lists them by how
  // often news names their offices); none when it names none of them (a title alone makes no
  // entity, and no other state holds it). A state named only in a list of three or more is too weak a
  // sign to turn the title from the first of the class: "Bundeskanzler X" in copy that names Austria
  // only in "darunter Österreich, Ungarn und Bulgarien" is none of Austria's.
  if (v.words("office.federal").has(r.title)) {
    const WordClass& federal = v.words("office.federal.states");
    // (a title only the first of them writes is its, or none: "Bundesaußenministerin X" in copy that
    // names only Switzerland is no Swiss office)
    const std::string_view rest = std::string_view(r.title).substr(v.words("office.federal").entry_of(r.title).size());
    if (!federal.empty() && !v.words("office.federal.first").ending_of(rest, 1).empty()) {
      const int first = v.mentions.find(Kind::kCountry, federal.entries().front());
      if (first >= 0) *rule = "office.national-title";
      return first;
    }
    const int country = v.frame.country;
    int best =
        country >= 0 && federal.has(v.mentions.ent(country).code)
            ? country
            : most_named_state(
                  v,
                  [&](const Ent& x) {
                    return federal.position(x.code) == 1 ||
                           (federal.has(x.code) && named_apart(v, static_cast<int>(&x - v.mentions.ents.data())));
                  },
                  &federal);
    // (one whom someone named before meets in a city of another of them is that one's: "reiste nach
    // Bern weiter, wo er mit Bundespräsidentin X zusammentrifft" in Austrian copy is Switzerland's,
    // none where the article does not name it)
    const bool met = std::any_of(refs.begin(), refs.end(), [&](const Ref& p) {
      return p.last <= r.phrase_first() && p.ent != r.ent && v.kind(p.ent) == Kind::kPerson;
    });
    for (const Ref& o : refs) {
      if (!met || o.adjective || o.last > r.title_at || v.kind(o.ent) != Kind::kCity) continue;
      const std::string code = v.mentions.ent(o.ent).code.substr(0, 2);
      if (federal.has(code) && (best < 0 || v.mentions.ent(best).code != code))
        best = v.mentions.find(Kind::kCountry, code);
    }
    if (best >= 0) *rule = "office.national-title";
    return best;
  }
  // A title of a federal state's government ("Ministerpräsident", "Governor"): of the federal state
  // the article names most ("Nach der Landtagswahl in Bayern … Ministerpräsident X").
  // (Not after an adjective the lexicons miss: "der sauerländische Ministerpräsident".)
  const bool plain = r.title_at == sen.first || !v.tok(r.title_at - 1).word || v.tok(r.title_at - 1).upper ||
                     v.words("office.reference").has(v.tok(r.title_at - 1).text);
  if (v.words("office.subdivision").has(r.title)) {
    const int best =
        plain ? most_named_state(v, [](const Ent& x) { return x.code.find('-') != std::string::npos; }) : -1;
    if (best >= 0) {
      *rule = "office.subdivision";
      return best;
    }
    // A state of federal states has no such office of its own: "Ministerpräsident X" in German
    // copy that names no federal state we know is of none (not of Germany).
    const int country = v.frame.country;
    if (country >= 0 && v.words("office.federal.states").has(v.mentions.ent(country).code)) return -1;
  }
  // A national office of someone whose party's tag follows the name ("Außenministerin X (Grüne)")
  // is the party's state's, not the state of a visit or a dateline abroad; none when the article
  // does not name that state.
  if (r.last + 2 < sen.last && v.tok(r.last).text == "(" && !v.office_organisation.has(r.title)) {
    for (const Ref& o : refs) {
      if (o.first != r.last + 1 || v.kind(o.ent) != Kind::kOrg || v.mentions.ent(o.ent).party.empty()) continue;
      const std::string& codes = v.mentions.ent(o.ent).party;  // "DE", or "DE,AT": the one named most
      const int state = most_named_state(
          v, [&](const Ent& x) { return (',' + codes + ',').find(',' + x.code + ',') != std::string::npos; });
      if (state >= 0) *rule = "office.party-state";
      return state;
    }
  }
  // (never the state of a counterpart the sentence gives the person: "Außenministerin X und ihr
  // französischer Kollege Y" — X is no French minister)
  const int abroad = counterpart_state(v, r);
  // (not one of the guests the host welcomes: "He and Queen X were welcomed by President Y")
  const std::size_t welcomed = v.first_of(v.words("office.guest.cue"));
  // (nor one a person named before receives, named right after the verb or after a one-word object, a
  // pronoun, and "and": "Präsident Y empfing ihn und Kaiserin X", "President Y welcomed Queen X" — not
  // "welcomed him with Prime Minister X", "were welcomed by President X")
  bool received = false;
  if (const std::size_t p = r.phrase_first(); p > sen.first + 1) {
    const WordClass& receives = v.words("person.host.verb");
    const bool after_and = p > sen.first + 2 && v.words("conjunction.and").has(v.tok(p - 1).text);
    const std::size_t verb = after_and ? p - 3 : p - 1;
    received = receives.has(v.tok(verb).text) && std::any_of(refs.begin(), refs.end(), [&](const Ref& h) {
                 return h.last <= verb && h.ent != r.ent && v.kind(h.ent) == Kind::kPerson;
               });
  }
  const bool guest = (welcomed < sen.last && r.last <= welcomed) || received || v.frame.is_visitor(r.ent);
  if (v.frame.host && !guest && !v.office_organisation.has(r.title) && v.frame.country != abroad) {
    *rule = "office.host-country";
    return v.frame.country;
  }
  // (nor the state of the sentence before where this one names the guest so: "Chancellor X welcomed
  // his guest" after the visiting French president)
  const WordClass& guest_word = v.words("person.guest");
  const bool hosts_guest = std::any_of(refs.begin(), refs.end(), [&](const Ref& g) {
    return g.ent != r.ent && g.reference && guest_word.has(v.tok(g.first).text);
  });
  // (nor for the host who receives one who holds an office of it: "X, who arrived on a state visit,
  // was received by President Y" after X's office of Vietnam)
  const bool receives_holder =
      welcomed < sen.last && r.first > welcomed && std::any_of(refs.begin(), refs.end(), [&](const Ref& g) {
        return g.last <= welcomed && g.ent != r.ent && v.kind(g.ent) == Kind::kPerson &&
               std::any_of(out.all().begin(), out.all().end(),
                           [&](const Rel& x) { return x.s == g.ent && x.p == kHolds && x.o == context; });
      });
  // (nor for a guest the host's state: "Foreign Secretary X accompanied the king" after his arrival in Kenya)
  const bool guest_of_host = guest && v.frame.host && context == v.frame.country;
  // (nor for one a visitor who holds an office of it meets, both named before: "X, who was accompanied by
  // his wife, later met Vice President Y", "Am Abend traf X Vizepräsident Y" after the Kenyan X's
  // arrival — Y is the host's)
  const std::size_t met = context >= 0 ? v.first_of(v.words("office.met.cue")) : sen.last;
  const bool met_by_visitor =
      met < sen.last && r.phrase_first() > met && std::any_of(refs.begin(), refs.end(), [&](const Ref& g) {
        return g.last <= r.phrase_first() && g.ent != r.ent && v.frame.is_visitor(g.ent) &&
               std::any_of(out.all().begin(), out.all().end(),
                           [&](const Rel& x) { return x.s == g.ent && x.p == kHolds && x.o == context; });
      });
  // (nor for a guest the state a sentence before was about: "Peru welcomed the leaders. X was accompanied
  // by Foreign Minister Y")
  const bool guest_of_topic = guest && ctx.topic;
  if (context >= 0 && context != abroad && !hosts_guest && !receives_holder && !guest_of_host && !met_by_visitor &&
      !guest_of_topic) {
    *rule = "office.context-country";
    return context;
  }
  // Domestic copy: a national office with no state in sight is the document's country's.
  if (v.frame.country >= 0 && !v.office_organisation.has(r.title) && v.frame.country != abroad && !guest) {
    *rule = "office.document-country";
    return v.frame.country;
  }
  return -1;
}

// The organisation of the document whose name ends with the word `last` ("US Senate" for "Senate"),
// the one named most; -1 if none.
int named_body(const SentenceView& v, std::string_view last) {
  int best = -1;
  for (std::size_t e = 0; e < v.mentions.ents.size(); ++e) {
    const Ent& x = v.mentions.ents[e];
    if (x.kind != Kind::kOrg || !x.name.ends_with(last)) continue;
    if (x.name.size() > last.size() && x.name[x.name.size() - last.size() - 1] != ' ') continue;
    if (best < 0 || x.mentions.size() > v.mentions.ents[static_cast<std::size_t>(best)].mentions.size())
      best = static_cast<int>(e);
  }
  return best;
}

// The state of an office `person` holds among the relations found so far, or -1; with
// `stated_here`, only one stated (not guessed) in this sentence.
int office_state(const SentenceView& v, const Relations& out, int person, bool stated_here) {
  for (const Rel& rel : out.all())
    if (rel.s == person && rel.p == kHolds && v.kind(rel.o) == Kind::kCountry &&
        (!stated_here || (rel.sentence == v.index && rel.confidence >= kStatedOfficeConfidence)))
      return rel.o;
  return -1;
}

// "X sent his foreign minister, Y", "X schickte seinen Außenminister Y", "X was represented by
// Foreign Minister Y": an office after words of "office.possessive" is held in the state where the
// nearest person before it holds an office (found in this sentence or before), else in the state
// named before it ("Canada was represented by …") or of the organisation named before it when
// that is nearer and the office no minister's ("office.state": "Die Kommission war durch ihre
// Präsidentin X vertreten", not "Die EU schickte ihren Außenminister X") — not a counterpart's ("office.counterpart"),
// which is another state's. -1 if none.
int possessor_place(const SentenceView& v, const Ref& r, const Relations& out, const char** rule) {
  const std::size_t first = v.sentence().first;
  const WordClass& possessive = v.words("office.possessive");
  bool cue = false;
  for (std::size_t k = r.title_at; k > first && r.title_at - k < 3 && !cue;) {
    --k;
    cue = possessive.match(v.text.tokens, k, r.title_at) == r.title_at - k;
  }
  // … or a participle of "office.accompanied" a few words before the agent's preposition right
  // before it: "Begleitet wird er von Außenminister Y".
  // (also a later one of a list after it: "von Kronprinz X und Außenminister Y")
  const WordClass& by = v.words("office.accompanied.by");
  std::size_t at = r.title_at;
  for (bool more = true; more && !cue && at > first + 1 && !by.has(v.tok(at - 1).text);) {
    more = false;
    if (!v.words("conjunction.and").has(v.tok(at - 1).text) && v.tok(at - 1).text != ",") break;
    for (const Ref& p : v.refs())
      if (p.last + 1 == at && v.kind(p.ent) == Kind::kPerson && p.first > first) {
        at = p.phrase_first();
        more = true;
      }
  }
  // (… and the members of a delegation named after it: "accompanied by a high-level delegation
  // including Deputy Prime Minister Y", "begleitet von einer Delegation, darunter Minister Y")
  if (!cue && at > first + 3 && v.words("office.delegation.including").has(v.tok(at - 1).text)) {
    std::size_t k = at - 1;
    if (v.tok(k - 1).text == ",") --k;
    const WordClass& noun = v.words("office.delegation.noun");
    const std::size_t stop = k > first + 4 ? k - 4 : first;
    while (k > stop && !noun.has(v.tok(k - 1).text)) --k;
    if (k > stop && noun.has(v.tok(k - 1).text))
      for (std::size_t b = k - 1; b > first && k - b < 5; --b)
        if (by.has(v.tok(b - 1).text)) {
          at = b;
          break;
        }
  }
  if (!cue && at > first + 1 && by.has(v.tok(at - 1).text)) {
    const WordClass& accompanied = v.words("office.accompanied");
    for (std::size_t k = at - 1; k > first && at - k < 6 && !cue;) cue = accompanied.has(v.tok(--k).text);
    // (… or after the agent at the clause's end: "X wird von Außenminister Y (und Z) begleitet")
    for (std::size_t k = r.last; k < v.sentence().last && k < r.last + 8 && !cue && v.tok(k).text != ","; ++k)
      cue = accompanied.has(v.tok(k).text);
  }
  // … or words of "office.accompanying" that open the sentence: "Accompanying X on the trip were …".
  if (!cue) {
    const std::size_t lead = v.frame.lead < v.sentence().last && v.frame.lead > first ? v.frame.lead : first;
    cue = v.words("office.accompanying").match(v.text.tokens, lead, r.title_at) > 0;
  }
  if (!cue || v.words("office.counterpart").has(r.title)) return -1;
  int owner = -1, named = -1, body = -1;
  std::size_t owner_at = 0, named_at = 0, body_at = 0;
  // (none in a relative clause closed before the office, which speaks of something else: "Bolivia,
  // which joined the bloc this year, sent President Y")
  const WordClass& relative = v.clause_words->relative;
  const CommaClauses clauses(v, [&](std::size_t open, std::size_t end) {
    return relative.has(v.tok(open).text) && open + 1 < end && end <= r.title_at;
  });
  for (const Ref& o : v.refs()) {
    if (o.last >= r.title_at || o.ent == r.ent || clauses.at(o.first) != nullptr) continue;
    if (v.kind(o.ent) == Kind::kPerson) owner = o.ent, owner_at = o.first;
    // (not a place one goes to or is in: "X did not travel to Peru and sent Deputy Prime Minister Y")
    if (v.kind(o.ent) == Kind::kCountry && !o.adjective &&
        !(o.first > first && v.words("prep.place").has(v.tok(o.first - 1).text)))
      named = o.ent, named_at = o.first;
    if (v.kind(o.ent) == Kind::kOrg && !o.adjective) body = o.ent, body_at = o.first;
  }
  if (body >= 0 && (owner < 0 || body_at > owner_at) && (named < 0 || body_at > named_at) &&
      !v.words("office.state").has(r.title)) {
    *rule = "office.possessive";
    return body;
  }
  // (else the one a pronoun of the sentence refers to: "Begleitet wird er von …", "In seiner Begleitung …")
  if (owner < 0 && named < 0 && v.frame.pronoun_at[v.index] < r.title_at) owner = v.frame.pronoun_referent[v.index];
  // (… else, in the report of a visit, the visitor, whom a noun of the sentence stands for: "Begleitet
  // wird das Königspaar von Außenminister Y")
  if (owner < 0 && named < 0 && v.frame.host && !v.frame.visitors.empty() && v.frame.visitors.front() != r.ent)
    owner = v.frame.visitors.front();
  // (the state nearer than any person: "X attended, while Saudi Arabia was represented by Crown Prince Y")
  if (owner < 0 || (named >= 0 && named_at > owner_at)) {
    if (named >= 0) *rule = "office.possessive";
    return named;
  }
  const int state = office_state(v, out, owner, /*stated_here=*/false);
  if (state >= 0) *rule = "office.possessive";
  return state;
}

// "Der spanische König X und Königin Y", "French President X and Prime Minister Y": an office
// right after "und"/"and" that follows a name holding a stated office of a state in this sentence
// shares that state (the adjective or genitive stands before both); -1 if none. Not a federal
// title, which says its state itself.
int coordinated_state(const SentenceView& v, const Ref& r, const Relations& out, const char** rule) {
  const std::size_t first = v.sentence().first;
  if (r.title_at < first + 2 || !v.words("conjunction.and").has(v.tok(r.title_at - 1).text) ||
      v.words("office.federal").has(r.title))
    return -1;
  std::size_t name_end = r.title_at - 1;
  // ("Felipe VI. und Königin Y": the name may end before the ordinal's period or with it)
  const std::size_t period_end = v.tok(name_end - 1).text == "." ? name_end - 1 : name_end;
  for (const Ref& o : v.refs()) {
    if ((o.last != name_end && o.last != period_end) || o.ent == r.ent || v.kind(o.ent) != Kind::kPerson) continue;
    if (const int state = office_state(v, out, o.ent, /*stated_here=*/true); state >= 0) {
      *rule = "office.coordinated";
      return state;
    }
  }
  return -1;
}

// The office a counterpart's title ("office.counterpart": "seine Amtskollegin X", "his Canadian
// counterpart X") implies: the one written before the name of the nearest person before it in the
// sentence (in any of the article's mentions of that person, or of one with the same last name: the
// headline's "Pistorius" before "Verteidigungsminister Boris Pistorius"); else the title as written.
std::string counterpart_office(const SentenceView& v, const Ref& r) {
  const WordClass& counterpart = v.words("office.counterpart");
  if (!counterpart.has(r.title)) return r.title;
  int owner = -1;
  for (const Ref& o : v.refs())
    if (o.last <= r.title_at && o.ent != r.ent && v.kind(o.ent) == Kind::kPerson) owner = o.ent;
  if (owner < 0) return r.title;
  auto last_name = [&](int e) {
    const std::string& n = v.mentions.ent(e).name;
    return std::string_view(n).substr(n.rfind(' ') == std::string::npos ? 0 : n.rfind(' ') + 1);
  };
  for (const std::vector<Ref>& sentence : v.mentions.refs)
    for (const Ref& o : sentence)
      if ((o.ent == owner || (v.kind(o.ent) == Kind::kPerson && last_name(o.ent) == last_name(owner))) &&
          !o.title.empty() && !counterpart.has(o.title)) {
        const auto t = v.pack.lexicon.word(o.title);
        if (t && v.pack.lexicon.entry(*t).kind != "office") continue;
        // A counterpart abroad holds the office without the federal prefix: the Ukrainian colleague
        // of a "Bundesaußenministerin" is "Außenminister".
        const std::string_view prefix = v.words("office.federal").entry_of(o.title);
        if (!prefix.empty() && prefix.size() < o.title.size()) {
          std::string plain = title_case(std::string_view(o.title).substr(prefix.size()));
          const auto p = v.pack.lexicon.word(plain);
          if (p && v.pack.lexicon.entry(*p).kind == "office") return plain;
        }
        return o.title;
      }
  return r.title;
}

// A state a sentence of no persons is about, as its subject at the start before a verb ("Frankreich
// lehnt das Abkommen ab.", "France rejects the deal."): the context of the next sentence's offices
// ("Präsident X erklärte in Paris …" is France's, not the dateline's state); else -1.
int topic_state(const SentenceView& v) {
  const Sentence& sen = v.sentence();
  int topic = -1;
  for (const Ref& o : v.refs()) {
    if (v.kind(o.ent) == Kind::kPerson) return -1;
    // (one state alone, not one of a list: "Peru und Chile einigten sich")
    if (o.first == sen.first && !o.adjective && !o.genitive && v.kind(o.ent) == Kind::kCountry &&
        !is_subdivision(v, o.ent) && o.last < sen.last && v.tok(o.last).word && !v.tok(o.last).upper &&
        !v.list_join.has(v.tok(o.last).text))
      topic = o.ent;
  }
  return topic;
}

}  // namespace

// "[adjective] [office] [name]", "[office] der/des [org|country], [name]", "[country] … [office]
// [name]". Returns the context of the next sentence: the state of the last office found, else the
// state the sentence is about (topic_state).
OfficeContext offices(const SentenceView& v, Relations& out, OfficeContext context) {
  std::set<std::size_t> used;  // states already given as the place of another office
  int last_state = -1;
  bool mixed = false;  // offices of two states or more
  const WordClass& former = v.words("office.former");
  for (const Ref& r : v.refs()) {
    if (r.title.empty() || (r.reference && !r.states_office) || v.kind(r.ent) != Kind::kPerson) continue;
    // A form of address ("Mr.", "Dr.") is no office.
    // (a title of several words too: "First Lady")
    auto t = v.pack.lexicon.word(r.title);
    if (!t) t = v.pack.lexicon.phrase(r.title);
    if (t && v.pack.lexicon.entry(*t).kind != "office") continue;
    // A member's title ("Senator X") makes a member of the body the article names ("US Senate"),
    // and holds no office of a state.
    if (t && !v.pack.lexicon.entry(*t).member.empty()) {
      if (const int body = named_body(v, v.pack.lexicon.entry(*t).member); body >= 0)
        out.add(r.ent, kMember, body, v.index, rule_name(v, "office.member-title"), 0.7, {}, {}, /*negatable=*/false);
      continue;
    }
    // A past office ("des früheren US-Präsidenten X", "der ehemalige russische Präsident X") is none.
    const std::size_t first = v.sentence().first;
    if ((r.title_at > first && former.has(v.tok(r.title_at - 1).text)) ||
        (r.title_at > first + 1 && former.has(v.tok(r.title_at - 2).text)))
      continue;
    const char* rule = "";
    int party = -1;
    int where = stated_office_place(v, r, used, &rule, &party);
    if (party >= 0)
      out.add(r.ent, kMember, party, v.index, rule_name(v, "member.party-office"), 0.75, {}, {}, /*negatable=*/false);
    if (where == kNoState) {
      // "die bayerische Parteichefin X": no state's office, but the article's party's (its branch),
      // which the guess below gives an office of "office.organisation" — and nothing else.
      if (v.frame.organisation < 0) continue;
      where = -1;
    }
    const bool stated = where >= 0;
    if (!stated && r.office_elsewhere) continue;
    if (!stated) {
      // A person whose office is already known from a clear statement gets no guessed one.
      bool known = false;
      for (const Rel& rel : out.all()) known = known || (rel.s == r.ent && rel.p == kHolds);
      if (known) continue;
      where = possessor_place(v, r, out, &rule);
      if (where < 0) where = coordinated_state(v, r, out, &rule);
      if (where < 0) where = guessed_office_place(v, r, used, context, out, &rule);
    }
    if (where < 0) continue;
    // An office in a seat of government that stands for its state ("Kremlchef X": lexicon
    // organisations with a "country") is the state's, when the article names it.
    if (v.kind(where) == Kind::kOrg && !v.mentions.ent(where).code.empty())
      if (const int state = v.mentions.find(Kind::kCountry, v.mentions.ent(where).code); state >= 0) where = state;
    // An office is stated whatever a negation in its sentence denies.
    out.add(r.ent, kHolds, where, v.index, rule_name(v, rule),
            stated ? kStatedOfficeConfidence : kGuessedOfficeConfidence, counterpart_office(v, r), {},
            /*negatable=*/false);
    // A federal state is no context for the offices of the next sentence, nor is the state of a
    // title only one state has ("Bundespräsident X" visiting Japan says nothing of "Kaiser Y"), nor
    // a state the context gave (a guess handed on from sentence to sentence: "… Ministerpräsident
    // Orbán. Regierungschef Tusk kündigte an … Präsident Duda" are not all Hungary's).
    if (v.kind(where) == Kind::kCountry && !is_subdivision(v, where) &&
        std::string_view(rule) != "office.national-title" && std::string_view(rule) != "office.context-country") {
      mixed = mixed || (last_state >= 0 && last_state != where);
      last_state = where;
    }
  }
  // (nor are the offices of several states: "X traf den indischen Premier Y und den kenianischen
  // Präsidenten Z. Außenministerin W sprach …" — W is neither's)
  if (mixed) return {};
  if (last_state >= 0) return {last_state, false};
  return {topic_state(v), true};
}

}  // namespace kg::extract
