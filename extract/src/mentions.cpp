#include "mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <set>

namespace kg::extract {
namespace {

// "FPÖ", "UMP", "OSZE": two to five capital letters, an organisation's acronym.
bool looks_like_acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 10) return false;
  int letters = 0;
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(w.size());) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(w.data()), i, static_cast<std::int32_t>(w.size()), c);
    if (c < 0 || !u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2 && letters <= 5;
}

// Whether a token can be part of a person's or organisation's name: capitalised, no common noun
// or lexicon word, not a compound of one ("UN-Generalsekretär"); "al-Assad" is (`prefixes`: the
// pack's class "name.prefix").
bool is_name_word(const Token& t, const Lexicon& lex, const WordClass& prefixes) {
  // "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
  for (const std::string& e : prefixes.entries()) {
    std::string_view p = std::string_view(e).substr(0, e.size() - 1);  // "al-*"
    if (t.text.starts_with(p) && t.text.size() > p.size() && std::isupper(static_cast<unsigned char>(t.text[p.size()])))
      return true;
  }
  if (!t.word || !t.upper || lex.is_noun(t.text)) return false;
  if (t.text.size() >= 2 && t.text.back() == '-') return false;
  // "UN-Generalsekretär", "OSZE-Gipfel": a compound of a known word is no name ("Test-Mann" is).
  if (auto dash = t.text.rfind('-'); dash != std::string_view::npos && lex.word(t.text.substr(dash + 1))) return false;
  return !lex.word(t.text).has_value();
}

bool starts_upper_ascii(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

// How an event's mention names it (Ent::base_name), from the weakest to the strongest.
enum BaseRank { kByNoun = 1, kByTopic = 2, kByPhrase = 3, kByCompound = 4 };

// The classes of the pack this stage reads, looked up once.
struct Classes {
  explicit Classes(const WordClasses& w)
      : name_prefix(w["name.prefix"]),
        name_particle(w["name.particle"]),
        person_list_cue(w["person.list_cue"]),
        function_word(w["name.function_word"]),
        office_suffix(w["office.suffix"]),
        office_endings(w["inflect.office"]),
        office_of(w["office.of"]),
        org_epithet(w["org.epithet"]),
        org_epithet_article(w["org.epithet.article"]),
        office_reference(w["office.reference"]),
        genitive_article(w["article.genitive"]),
        genitive(w["inflect.genitive"]),
        member_next(w["compound.member_next"]),
        member(w["compound.member"]),
        event_binds(w["event.binds"]),
        event_continues(w["event.continues"]),
        capital_after_name(w["capital.after_name"]),
        capital_noun(w["capital.noun"]),
        org_head(w["org.head"]),
        org_head_link(w["org.head.link"]),
        org_head_genitive(w["org.head.genitive"]),
        not_adjective(w["org.not_adjective"]),
        adjective_endings(w["inflect.adjective"]),
        article_capitalised(w["article.capitalised"]),
        conjunction_and(w["conjunction.and"]),
        prep_in(w["prep.in"]),
        states_plural(w["states.plural"]),
        states_reference(w["states.reference"]),
        states_pair(w["states.pair"]),
        number_word(w["number.word"]),
        building_noun(w["building.noun"]),
        city_adjective_ending(w["city.adjective.ending"]),
        city_adjective_stem(w["city.adjective.stem"]) {}
  const WordClass &name_prefix, &name_particle, &person_list_cue, &function_word, &office_suffix, &office_endings,
      &office_of, &org_epithet, &org_epithet_article, &office_reference, &genitive_article, &genitive, &member_next,
      &member, &event_binds, &event_continues, &capital_after_name, &capital_noun, &org_head, &org_head_link,
      &org_head_genitive, &not_adjective, &adjective_endings, &article_capitalised, &conjunction_and, &prep_in,
      &states_plural, &states_reference, &states_pair, &number_word, &building_noun, &city_adjective_ending,
      &city_adjective_stem;
};

// The stage over one document. It builds `Mentions` sentence by sentence; its one piece of running
// state besides the result is the event a bare meeting noun continues (`last_event_`).
class MentionFinder {
 public:
  MentionFinder(const Pack& pack, const Text& text) : pack_(pack), lex_(pack.lexicon), w_(pack.words), text_(text) {
    out_.refs.resize(text.sentences.size());
  }

  Mentions run(std::vector<ProposedMention> proposals) {
    // By start, so each sentence finds its own proposals by binary search (linear in all).
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const ProposedMention& a, const ProposedMention& b) { return a.start < b.start; });
    for (std::size_t s = 0; s < text_.sentences.size(); ++s) {
      sentence(s);
      add_proposals(s, proposals);
    }
    return std::move(out_);
  }

 private:
  const Token& tok(std::size_t i) const { return text_.tokens[i]; }
  Ent& ent(int e) { return out_.ents[static_cast<std::size_t>(e)]; }
  std::vector<Ref>& refs(std::size_t s) { return out_.refs[s]; }
  bool name_word(const Token& t) const { return is_name_word(t, lex_, cls_.name_prefix); }
  std::string span_text(std::size_t first, std::size_t last) const {
    return std::string(text_.text.substr(tok(first).start, tok(last - 1).end - tok(first).start));
  }

  // --- entities ---------------------------------------------------------------------------

  int entity(Kind kind, const std::string& key, const std::string& name) {
    std::string k = Mentions::key_of(kind, key);
    if (auto it = out_.by_key.find(k); it != out_.by_key.end()) return it->second;
    Ent fresh;
    fresh.kind = kind;
    fresh.name = name;
    out_.ents.push_back(std::move(fresh));
    if (kind == Kind::kPerson)
      for (const Token& t : tokenize(name, w_["abbreviation"])) out_.ents.back().parts.emplace_back(t.text);
    out_.by_key[k] = static_cast<int>(out_.ents.size()) - 1;
    return static_cast<int>(out_.ents.size()) - 1;
  }

  // Records `form` as a name of entity e (the head of a compound such as "EU" in "EU-Land").
  void add_form(int e, const std::string& form) {
    Ent& x = ent(e);
    if (std::find(x.forms.begin(), x.forms.end(), form) == x.forms.end()) x.forms.push_back(form);
  }

  // A mention of entity e at tokens [first, last); its words become a name of e unless `epithet`
  // ("das Bündnis" names no organisation).
  void mention(std::size_t s, std::size_t first, std::size_t last, int e, Ref extra = {}, bool epithet = false) {
    Mention m;
    m.span = Span{tok(first).start, tok(last - 1).end};
    m.text = std::string(text_.text.substr(m.span.start, m.span.end - m.span.start));
    if (!epithet) add_form(e, m.text);
    ent(e).mentions.push_back(m);
    extra.first = first;
    extra.last = last;
    extra.ent = e;
    refs(s).push_back(extra);
  }

  // Whether token `at` starts particles that go on to a name word within the sentence, also two
  // of them ("von der Leyen", "van den Berg").
  bool particles_to_name(const Sentence& sen, std::size_t at) const {
    const WordClass& p = cls_.name_particle;
    return p.has(tok(at).text) && at + 1 < sen.last &&
           (name_word(tok(at + 1)) || (p.has(tok(at + 1).text) && at + 2 < sen.last && name_word(tok(at + 2))));
  }

  // The person a single word names: the one known person whose name contains it (-2: several).
  int person_by_part(std::string_view w) const {
    int found = -1;
    for (std::size_t i = 0; i < out_.ents.size(); ++i) {
      if (out_.ents[i].kind != Kind::kPerson) continue;
      for (const std::string& part : out_.ents[i].parts) {
        if (part == w) {
          if (found >= 0 && found != static_cast<int>(i)) return -2;
          found = static_cast<int>(i);
        }
      }
    }
    return found;
  }

  // The event bound to `bound` (an entity key or a topic), named "<bound_name>-<noun>" until
  // resolution names it; `bound_ent` is the organisation or place it is bound to, or -1 for a topic.
  int event_for(const std::string& bound, const std::string& bound_name, const LexEntry& noun, int bound_ent) {
    int e = entity(Kind::kEvent, "bound\t" + bound, bound_name + "-" + noun.canonical);
    Ent& ev = ent(e);
    if (ev.event_kind.empty()) ev.event_kind = noun.kind.empty() ? noun.canonical : noun.kind;
    if (bound_ent < 0) {
      ev.topic = bound_name;
    } else if (Kind k = ent(bound_ent).kind; k == Kind::kCity || k == Kind::kCountry) {
      ev.place = bound_ent;
    } else {
      ev.organiser = bound_ent;
    }
    last_event_ = e;
    return e;
  }

  void name_event(int e, const std::string& name, BaseRank rank) {
    Ent& ev = ent(e);
    if (rank > ev.base_rank) {
      ev.base_name = name;
      ev.base_rank = rank;
    }
  }

  std::string first_acronym(int e) {
    const Ent& x = ent(e);
    return x.acronyms.empty() ? x.name : x.acronyms[0];
  }

  // The entity of a lexicon entry (a state by its code, others by their canonical name).
  int lex_entity(std::size_t entry) {
    const LexEntry& le = lex_.entry(entry);
    Kind kind = le.cls == LexClass::kCountry  ? Kind::kCountry
                : le.cls == LexClass::kCity   ? Kind::kCity
                : le.cls == LexClass::kRegion ? Kind::kRegion
                                              : Kind::kOrg;
    int e = entity(kind, kind == Kind::kCountry ? le.code : le.canonical, le.canonical);
    Ent& x = ent(e);
    x.code = le.code;
    x.capital = le.capital;
    x.acronyms = le.acronyms;
    return e;
  }

  bool lex_is(std::optional<std::size_t> entry, std::initializer_list<LexClass> classes) const {
    if (!entry) return false;
    const LexClass c = lex_.entry(*entry).cls;
    return std::find(classes.begin(), classes.end(), c) != classes.end();
  }

  // --- one sentence -------------------------------------------------------------------------

  // Each step tries one construction at token i and returns the token after it, or i.
  void sentence(std::size_t s) {
    const Sentence& sen = text_.sentences[s];
    for (std::size_t i = sen.first; i < sen.last;) {
      std::size_t next = i;
      for (auto step :
           {&MentionFinder::building, &MentionFinder::compound, &MentionFinder::suffix_office,
            &MentionFinder::city_adjective, &MentionFinder::lexicon_word, &MentionFinder::organisation_phrase,
            &MentionFinder::org_epithet, &MentionFinder::states_reference, &MentionFinder::capital_city,
            &MentionFinder::acronym_with_long_form, &MentionFinder::acronym, &MentionFinder::capitalised_name}) {
        next = (this->*step)(s, i);
        if (next > i) break;
      }
      i = next > i ? next : i + 1;
    }
  }

  // The lexicon's city a city adjective names: a city's name and an ending of the class
  // "city.adjective.ending", the name perhaps without an ending of "city.adjective.stem"
  // ("Berliner", "Wiener"; "Münchner", "Bremer").
  std::optional<std::size_t> city_of_adjective(std::string_view w) const {
    for (const std::string& ending : cls_.city_adjective_ending.entries()) {
      if (w.size() <= ending.size() + 2 || !w.ends_with(ending)) continue;
      std::string base(w.substr(0, w.size() - ending.size()));
      for (std::size_t k = 0; k <= cls_.city_adjective_stem.entries().size(); ++k) {
        std::string name = k == 0 ? base : base + cls_.city_adjective_stem.entries()[k - 1];
        if (auto e = lex_.word(name); e && lex_.entry(*e).cls == LexClass::kCity) return e;
      }
    }
    return std::nullopt;
  }

  // A city's adjective before an office or a building: "die Bonner Oberbürgermeisterin", "im
  // Berliner Kanzleramt" (the building itself is found by `building`).
  std::size_t city_adjective(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    if (i + 1 >= sen.last || !tok(i).upper || lex_.word(tok(i).text)) return i;
    auto title = lex_.word(tok(i + 1).text);
    if (!(title && lex_.entry(*title).cls == LexClass::kTitle)) return i;
    auto city = city_of_adjective(tok(i).text);
    if (!city) return i;
    Ref r;
    r.adjective = true;
    mention(s, i, i + 1, lex_entity(*city), r, /*epithet=*/true);
    return i + 1;
  }

  // Buildings and squares, by a noun of the class "building.noun": after a city's adjective
  // ("im Berliner Kanzleramt", named so), before a name ("Flughafen Sunan", "Hotel Adlon"), after
  // an unknown name ("Marriott Hotel"), or as the end of a hyphenated name ("Helmut-List-Halle",
  // "Nato-Hauptquartiers").
  std::size_t building(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    const Token& t = tok(i);
    if (!t.word || !t.upper) return i;
    auto noun = [&](std::size_t k) { return k < sen.last && tok(k).upper && cls_.building_noun.has(tok(k).text); };
    if (const std::size_t dash = t.text.rfind('-');
        dash != std::string_view::npos && dash + 1 < t.text.size() && cls_.building_noun.has(t.text.substr(dash + 1))) {
      mention(s, i, i + 1, building_entity(std::string(t.text), -1));
      return i + 1;
    }
    if (noun(i + 1) && !lex_.word(t.text)) {
      if (auto city = city_of_adjective(t.text)) {
        const int c = lex_entity(*city);
        Ref r;
        r.adjective = true;
        mention(s, i, i + 1, c, r, /*epithet=*/true);
        mention(s, i + 1, i + 2, building_entity(span_text(i, i + 2), c));
        return i + 2;
      }
      if (name_word(t) && !lex_.is_given_name(t.text)) {
        mention(s, i, i + 2, building_entity(span_text(i, i + 2), -1));
        return i + 2;
      }
    }
    if (noun(i) && i + 1 < sen.last && name_word(tok(i + 1)) && !lex_.word(tok(i + 1).text)) {
      std::size_t j = i + 1;
      while (j < sen.last && j < i + 4 && name_word(tok(j)) && !lex_.word(tok(j).text)) ++j;
      mention(s, i, j, building_entity(span_text(i, j), -1));
      return j;
    }
    return i;
  }

  // The building of that name; in the city `city` (an entity, -1 when not known).
  int building_entity(const std::string& name, int city) {
    int e = entity(Kind::kBuilding, name, name);
    if (city >= 0) ent(e).code = ent(city).code;
    return e;
  }

  // Hyphenated compounds: "OSZE-Gipfeltreffens", "NATO-Gipfel", "US-Präsidentin", "EU-Staaten".
  std::size_t compound(std::size_t s, std::size_t i) {
    const Token& t = tok(i);
    if (!t.word || t.text.find('-') == std::string_view::npos || t.text.back() == '-') return i;
    std::size_t dash = t.text.rfind('-');
    std::string head(t.text.substr(0, dash)), tail(t.text.substr(dash + 1));
    auto h = lex_.word(head);
    auto tl = lex_.word(tail);
    const bool head_org = lex_is(h, {LexClass::kOrg, LexClass::kCountry}) || (!h && looks_like_acronym(head));
    auto head_entity = [&] { return h ? lex_entity(*h) : entity(Kind::kOrg, head, head); };
    if (head_org && lex_is(tl, {LexClass::kTitle})) {
      // "US-Präsidentin Jane Roe", "CDU-Chef Max Muster": the office is held in the head.
      std::size_t next = person_after_title(s, i, i + 1, lex_.entry(*tl).canonical);
      if (next > i) {
        int where = head_entity();
        refs(s).back().office_in = where;
        Mention m;
        m.span = Span{t.start, t.start + dash};
        m.text = head;
        ent(where).mentions.push_back(m);
        add_form(where, head);
        return next;
      }
    }
    // Membership in the head: "das EU-Land Malta", "die EU-Staaten Irland und Zypern" (the
    // states named next), "NATO-Mitglieder", "AU-Mitgliedsstaaten" (the states of the sentence).
    const bool member_next = cls_.member_next.has(tail);
    const bool member_compound = cls_.member.has(tail);
    if (head_org && (member_next || member_compound)) {
      int org = head_entity();
      if (ent(org).kind == Kind::kOrg) {
        Ref r;
        r.member_next = member_next;
        r.member_compound = member_compound && !member_next;
        mention(s, i, i + 1, org, r);
        add_form(org, head);
        return i + 1;
      }
    }
    // The event noun after the hyphen, also a compound one ("EU-Sondergipfel").
    std::optional<LexEntry> tail_event =
        lex_is(tl, {LexClass::kEvent}) ? std::optional<LexEntry>(lex_.entry(*tl)) : std::nullopt;
    if (!tl && !tail.empty() && std::isupper(static_cast<unsigned char>(tail[0]))) tail_event = compound_event(tail);
    if (h && !tl && !tail_event && lex_is(h, {LexClass::kOrg})) {
      // "Mercosur-Blocks", "NATO-Hauptquartier": the organisation is named.
      mention(s, i, i + 1, lex_entity(*h));
      add_form(refs(s).back().ent, head);
      return i + 1;
    }
    if (tail_event && lex_is(h, {LexClass::kOrg, LexClass::kCountry, LexClass::kCity})) {
      int bound = lex_entity(*h);
      const LexEntry& noun = *tail_event;
      int e = event_for(std::to_string(bound), head, noun, bound);
      const bool at_place = ent(e).place == bound;
      name_event(e, at_place ? noun.canonical : head + "-" + noun.canonical, at_place ? kByNoun : kByCompound);
      mention(s, i, i + 1, e);
      return i + 1;
    }
    if (!h && tail_event && starts_upper_ascii(head)) {
      // "Amerika-Gipfel", "Klima-Konferenz": an event named by its topic or region.
      int e = event_for("topic:" + head, head, *tail_event, -1);
      name_event(e, head + "-" + tail_event->canonical, kByTopic);
      mention(s, i, i + 1, e);
      return i + 1;
    }
    return i;
  }

  // Any word of the class "office.suffix" is an office ("Informationsminister").
  std::size_t suffix_office(std::size_t s, std::size_t i) {
    const Token& t = tok(i);
    if (!t.word || !t.upper || lex_.word(t.text) || !cls_.office_suffix.has(t.text)) return i;
    std::string title(t.text);
    // Its base form: the class "inflect.office" lists endings dropped in turn ("…in", then "…s").
    for (const std::string& ending : cls_.office_endings.entries())
      if (title.ends_with(ending)) title.resize(title.size() - ending.size());
    return person_after_title(s, i, i + 1, title);
  }

  // A lexicon word or phrase: places, organisations, adjectives, offices, event nouns.
  std::size_t lexicon_word(std::size_t s, std::size_t i) {
    const Token& t = tok(i);
    auto m = lex_.match(text_.tokens, i);
    if (!m && t.word && t.upper && !lex_.is_noun(t.text))
      if (auto le = compound_event(t.text)) return std::max(event_noun(s, i, i + 1, *le), i + 1);
    if (!m || !t.word) return i;
    const LexEntry& le = lex_.entry(m->entry);
    switch (le.cls) {
      case LexClass::kCountry:
      case LexClass::kCity:
      case LexClass::kRegion:
      case LexClass::kOrg:
        mention(s, i, i + m->tokens, lex_entity(m->entry));
        break;
      case LexClass::kAdjective:
        // (forms match in exact case: "russische", and "Russian" in English, whose adjectives are capitalised)
        if (auto region = le.region.empty() ? std::nullopt : lex_.word(le.region); region) {
          Ref ref;
          ref.adjective = true;
          mention(s, i, i + m->tokens, lex_entity(*region), ref, /*epithet=*/true);
        } else if (const LexEntry* c = lex_.country(le.code); c != nullptr) {
          Ref r;
          r.adjective = true;
          mention(s, i, i + m->tokens, entity(Kind::kCountry, c->code, c->canonical), r);
          ent(refs(s).back().ent).code = c->code;
        }
        break;
      case LexClass::kTitle:
        if (std::size_t next = person_after_title(s, i, i + m->tokens, le.canonical); next > i) return next;
        office_reference(s, i, i + m->tokens, le.canonical);
        break;
      case LexClass::kEvent:
        if (std::size_t next = event_noun(s, i, i + m->tokens, le); next > i) return next;
        break;
      case LexClass::kNoun:
      case LexClass::kGiven:
        break;
    }
    return i + m->tokens;
  }

  // An office without a name refers to a person introduced with it: "der russische Präsident" to
  // the one introduced with that adjective and office, "die Präsidentin" (after a word of the class
  // "office.reference") to the one person of the article introduced with that office.
  void office_reference(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title) {
    int person = -1;
    const bool adjective = !refs(s).empty() && refs(s).back().adjective && refs(s).back().last == t0;
    if (adjective) {
      const auto h = holders_.find(ent(refs(s).back().ent).code + "\t" + title);
      if (h != holders_.end()) person = h->second;
    }
    // "die Präsidentin", "die deutsche Kanzlerin" (introduced without the adjective): the one
    // person introduced with the office.
    const std::size_t before = adjective ? refs(s).back().first : t0;
    if (person < 0 && before > text_.sentences[s].first && cls_.office_reference.has(tok(before - 1).text)) {
      const auto h = holders_by_title_.find(title);
      if (h != holders_by_title_.end() && h->second.size() == 1) person = *h->second.begin();
    }
    if (person < 0) return;
    Ref r;
    r.title = title;
    r.title_at = t0;
    r.reference = true;
    mention(s, t0, t1, person, r);
  }

  // A compound whose head is an event noun of the lexicon: "Sondergipfel", "Westbalkantreffen",
  // "Bundesparteitag". The entry it gives is named by the whole compound in the head's base form
  // ("Sondergipfels": "Sondergipfel") and is of the head's kind.
  std::optional<LexEntry> compound_event(std::string_view w) const {
    auto head = lex_.event_head(w);
    if (!head) return std::nullopt;
    const auto [entry, k] = *head;
    LexEntry le = lex_.entry(entry);
    std::string canonical(w.substr(0, k));
    canonical += le.canonical;
    canonical[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(canonical[k])));
    le.canonical = std::move(canonical);
    le.kind = le.canonical;
    return le;
  }

  // "Gipfeltreffen der OSZE", "Gipfel in Oslo", or a later bare "Gipfel". Returns the token to go
  // on from when the noun binds an organisation or place, else t0 (the caller moves past the noun).
  std::size_t event_noun(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le) {
    const Sentence& sen = text_.sentences[s];
    // An organisation or state right before the noun, perhaps with up to two lower-case words or
    // an ordinal between, organises it: "the G20 summit", "the 28th AU ordinary summit".
    for (auto r = refs(s).rbegin(); r != refs(s).rend() && r->last + 2 >= t0 && r->last <= t0; ++r) {
      bool plain = true;
      for (std::size_t k = r->last; k < t0; ++k) plain = plain && tok(k).word && !tok(k).upper;
      const Kind k = ent(r->ent).kind;
      if (!plain || r->adjective || !(k == Kind::kOrg || k == Kind::kCountry)) continue;
      if (lex_.match(text_.tokens, r->first) == std::nullopt) continue;  // a lexicon entity only
      const int bound = r->ent;
      int e = event_for(std::to_string(bound), first_acronym(bound), le, bound);
      name_event(e, first_acronym(bound) + " " + le.canonical, kByCompound);
      mention(s, t0, t1, e);
      return t1;
    }
    if (t1 + 1 < sen.last && cls_.event_binds.has(tok(t1).text)) {
      if (auto o = lex_.match(text_.tokens, t1 + 1);
          o && lex_is(o->entry, {LexClass::kOrg, LexClass::kCity, LexClass::kCountry})) {
        int bound = lex_entity(o->entry);
        int e = event_for(std::to_string(bound), first_acronym(bound), le, bound);
        if (ent(e).organiser == bound) {
          // "Gipfeltreffen der SOZ": the noun in its base form and the article's words.
          name_event(e, le.canonical + " " + span_text(t1, t1 + 1 + o->tokens), kByPhrase);
        } else {
          name_event(e, le.canonical, kByNoun);
        }
        mention(s, t0, t1, e);
        return t1 + 1;  // the organisation is mentioned by the next step
      }
    }
    // A later meeting noun is the meeting the article is about (the first one starts it); other
    // event nouns ("Amtseinführung", "Wahl") are events of their own.
    const bool meeting = cls_.event_continues.has(le.canonical);
    const bool compound = !meeting && le.kind == le.canonical && !le.meeting.empty();  // its own meeting
    int e = -1;
    if (meeting && last_event_ >= 0 && last_meeting_) {
      e = last_event_;
    } else {
      e = entity(Kind::kEvent, "bare\t" + le.canonical, le.canonical);
      Ent& ev = ent(e);
      if (ev.event_kind.empty()) ev.event_kind = le.kind.empty() ? le.canonical : le.kind;
      name_event(e, le.canonical, kByNoun);
      last_event_ = e;
      last_meeting_ = meeting || compound;
    }
    mention(s, t0, t1, e);
    return t0;
  }

  // A capital city's name as a place: "Valletta, der Hauptstadt von Malta", "in der laotischen
  // Hauptstadt Vientiane".
  std::size_t capital_city(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    const Token& t = tok(i);
    if (name_word(t) && cls_.capital_after_name.match(text_.tokens, i + 1, sen.last) > 0) {
      std::string name(t.text);
      mention(s, i, i + 1, entity(Kind::kCity, name, name));
      return i + 1;
    }
    if (cls_.capital_noun.has(t.text) && i + 1 < sen.last && name_word(tok(i + 1)) &&
        !(i + 2 < sen.last && name_word(tok(i + 2)))) {
      std::string name(tok(i + 1).text);
      mention(s, i + 1, i + 2, entity(Kind::kCity, name, name));
      return i + 2;
    }
    return i;
  }

  // "… Gemeinschaft Unabhängiger Staaten (GUS)": a long form with its acronym in parentheses
  // names an organisation, unless the lexicon already knows it.
  std::size_t acronym_with_long_form(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    if (!(tok(i).text == "(" && i + 2 < sen.last && tok(i + 2).text == ")" && looks_like_acronym(tok(i + 1).text) &&
          !lex_.word(tok(i + 1).text) && i > sen.first))
      return i;
    const std::string_view acronym = tok(i + 1).text;
    // "Europäische Zentralbank (EZB)": a known organisation right before takes the acronym when its
    // letters stand in the name in order, the first first.
    if (!refs(s).empty() && refs(s).back().last == i && ent(refs(s).back().ent).kind == Kind::kOrg &&
        spells(ent(refs(s).back().ent).name, acronym)) {
      const int org = refs(s).back().ent;
      mention(s, i + 1, i + 2, org);
      out_.by_key[Mentions::key_of(Kind::kOrg, std::string(acronym))] = org;  // a later bare acronym
      return i + 3;
    }
    return long_form(s, i, acronym) ? i + 3 : i;
  }

  // Whether the acronym's letters stand in `name` in order, its first letter first (ASCII letters
  // compared without case).
  static bool spells(std::string_view name, std::string_view acronym) {
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    if (name.empty() || acronym.empty() || lower(name[0]) != lower(acronym[0])) return false;
    std::size_t at = 1;
    for (std::size_t k = 1; k < acronym.size(); ++k) {
      while (at < name.size() && lower(name[at]) != lower(acronym[k])) ++at;
      if (at++ >= name.size()) return false;
    }
    return true;
  }

  // An unknown acronym names an organisation (or its long form's, when the text gives one later).
  std::size_t acronym(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    const Token& t = tok(i);
    const bool dateline = i == sen.first && i + 1 < sen.last && tok(i + 1).text == "(";  // "RIAD (dpa)"
    if (!t.word || dateline || !looks_like_acronym(t.text) || lex_.word(t.text) || lex_.is_noun(t.text)) return i;
    mention(s, i, i + 1, entity(Kind::kOrg, std::string(t.text), std::string(t.text)));
    return i + 1;
  }

  // Capitalised unknown words: a name already known ("Muster" after "Max Muster"), or two to four
  // of them in a list, after a preposition of the class "person.list_cue", or after a given name:
  // a person's name ("mit Ana Soto und …", "Anna Beispiel sagte").
  std::size_t capitalised_name(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    const Token& t = tok(i);
    if (!name_word(t)) return i;
    std::size_t j = i;
    while (j < sen.last && (name_word(tok(j)) || (j > i && particles_to_name(sen, j)))) ++j;
    std::string full = span_text(i, j);
    if (int known = out_.find(Kind::kPerson, full); known >= 0) {
      mention(s, i, j, known);
      return j;
    }
    if (j == i + 1) {
      if (int p = person_by_part(t.text); p >= 0) mention(s, i, i + 1, p);
    } else if (j - i <= 4 &&
               ((i > sen.first && cls_.person_list_cue.has(tok(i - 1).text)) || lex_.is_given_name(t.text))) {
      mention(s, i, j, entity(Kind::kPerson, full, full));
    }
    return j;
  }

  // Whether a lower-case word is an adjective inside an organisation's name ("für wirtschaftliche").
  bool name_adjective(std::string_view w) const {
    if (w.size() < 5 || cls_.not_adjective.has(w)) return false;
    return !cls_.adjective_endings.ending_of(w, 0).empty();
  }

  // Where an organisation phrase's words end (one past the last capitalised word), from token
  // `from`; `upper_seen` says whether there was one.
  std::size_t organisation_phrase_end(const Sentence& sen, std::size_t from, std::size_t i, bool* upper_seen) const {
    std::size_t end = i;
    for (std::size_t k = from; k < sen.last; ++k) {
      const Token& w = tok(k);
      if (!w.word) break;
      if (w.upper && !lex_.is_noun(w.text)) {
        *upper_seen = true;
        end = k + 1;
      } else if (w.upper && lex_.is_noun(w.text) && !cls_.article_capitalised.has(w.text)) {
        end = k + 1;  // a common noun such as "Sicherheit" is part of the name
        *upper_seen = true;
      } else if (!w.upper && name_adjective(w.text)) {
        continue;
      } else if (cls_.conjunction_and.has(w.text) && *upper_seen && k + 1 < sen.last && tok(k + 1).word) {
        continue;
      } else if (cls_.prep_in.has(w.text) && end == k && k + 1 < sen.last) {
        auto m = lex_.match(text_.tokens, k + 1);
        if (m && lex_is(m->entry, {LexClass::kCountry, LexClass::kCity})) {
          end = k + 1 + m->tokens;  // "… in Mali"
        } else if (k + 4 < sen.last && tok(k + 1).upper && tok(k + 2).text == "(" && tok(k + 4).text == ")") {
          end = k + 2;  // "… in Europa (OSZE)": the acronym after it shows the place is part of the name
        }
        break;
      } else {
        break;
      }
    }
    return end;
  }

  // "Organisation für wirtschaftliche Entwicklung", "Bündnis für Frieden und Arbeit", "Partei der
  // Grünen Mitte": a head noun of the class "org.head", a word of "org.head.link" (a genitive
  // article after the heads of "org.head.genitive"), then adjectives and capitalised words joined by
  // "und", ending on a capitalised word, optionally "in" and a known place. An acronym in
  // parentheses right after is its short name.
  // "das Bündnis", "dem Staatenbund": after an article, a word of the class "org.epithet" that no
  // name follows refers to the organisation introduced with it ("das OSZE Bündnis", "the BRICS
  // bloc"), else to the organisation the article has named most often so far.
  std::size_t org_epithet(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    if (i == sen.first || !cls_.org_epithet.has(tok(i).text)) return i;
    // "the BRICS bloc": the organisation right before it is the one the epithet names from now on.
    if (!refs(s).empty() && refs(s).back().last == i && ent(refs(s).back().ent).kind == Kind::kOrg) {
      epithets_[std::string(tok(i).text)] = refs(s).back().ent;
      return i;
    }
    if (!cls_.org_epithet_article.has(tok(i - 1).text)) return i;
    if (i + 1 < sen.last && tok(i + 1).upper) return i;
    if (auto it = epithets_.find(std::string(tok(i).text)); it != epithets_.end()) {
      Ref r;
      r.reference = true;
      mention(s, i, i + 1, it->second, r, /*epithet=*/true);
      return i + 1;
    }
    int best = -1;
    for (std::size_t e = 0; e < out_.ents.size(); ++e) {
      const Ent& x = out_.ents[e];
      if (x.kind == Kind::kOrg && !x.mentions.empty() &&
          (best < 0 || x.mentions.size() > out_.ents[static_cast<std::size_t>(best)].mentions.size()))
        best = static_cast<int>(e);
    }
    if (best < 0) return i;
    Ref r;
    r.reference = true;
    mention(s, i, i + 1, best, r, /*epithet=*/true);
    return i + 1;
  }

  // "diese Länder", "die beiden Staaten", "die fünf Länder": a plural noun of the class
  // "states.plural" after a word of "states.reference" (any number), of "states.pair" (two) or a
  // number (digits or "number.word", whose n-th entry is n + 1) refers to the states of the latest
  // list before it — earlier in the sentence or in one of the three sentences before — that has
  // that many states. Not when a state's name follows ("die beiden Länder Malta und Irland").
  std::size_t states_reference(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    if (!cls_.states_plural.has(tok(i).text) || i == sen.first) return i;
    if (i + 1 < sen.last)
      if (auto m = lex_.match(text_.tokens, i + 1); m && lex_.entry(m->entry).cls == LexClass::kCountry) return i;
    std::size_t from = i;
    std::size_t want = 0;  // 0: any number from two
    bool said = false;
    for (std::size_t d = i; d > sen.first && d + 3 > i; --d) {
      const std::string_view w = tok(d - 1).text;
      std::size_t n = 0;
      if (cls_.states_pair.has(w))
        n = 2;
      else if (int p = cls_.number_word.position(w); p > 0)
        n = static_cast<std::size_t>(p) + 1;
      else if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
               w.size() < 4)
        n = static_cast<std::size_t>(std::stoi(std::string(w)));
      if (n > 0 || cls_.states_reference.has(w)) {
        want = n > 0 ? n : want;
        said = true;
        from = d - 1;
      }
    }
    if (!said) return i;
    std::vector<int> states = listed_states(s, from, want);
    if (states.empty()) return i;
    Ref r;
    r.reference = true;
    r.plural = true;
    for (int e : states) mention(s, from, i + 1, e, r, /*epithet=*/true);
    return i + 1;
  }

  // The states named in sentence s before token `before`, else in the latest of the three sentences
  // before s that names `want` of them (any number from two when 0).
  std::vector<int> listed_states(std::size_t s, std::size_t before, std::size_t want) const {
    for (std::size_t back = 0; back <= 3 && back <= s; ++back) {
      std::vector<int> states;
      for (const Ref& r : out_.refs[s - back]) {
        if (back == 0 && r.first >= before) break;
        if (r.adjective || r.plural || out_.ents[static_cast<std::size_t>(r.ent)].kind != Kind::kCountry) continue;
        if (std::find(states.begin(), states.end(), r.ent) == states.end()) states.push_back(r.ent);
      }
      if (states.size() >= 2 && (want == 0 || states.size() == want)) return states;
    }
    return {};
  }

  std::size_t organisation_phrase(std::size_t s, std::size_t i) {
    const Sentence& sen = text_.sentences[s];
    const Token& t = tok(i);
    if (!t.word || !t.upper || i + 2 >= sen.last || !cls_.org_head.has(t.text)) return i;
    const std::string_view link = tok(i + 1).text;
    if (!(cls_.org_head_link.has(link) || (cls_.genitive_article.has(link) && cls_.org_head_genitive.has(t.text))))
      return i;
    bool upper_seen = false;
    const std::size_t end = organisation_phrase_end(sen, i + 2, i, &upper_seen);
    if (!upper_seen || end <= i + 2) return i;
    std::string name = span_text(i, end);
    std::optional<int> known;
    std::string acronym;
    if (end + 2 < sen.last && tok(end).text == "(" && tok(end + 2).text == ")" &&
        looks_like_acronym(tok(end + 1).text)) {
      acronym = tok(end + 1).text;
      if (auto w = lex_.word(acronym); lex_is(w, {LexClass::kOrg})) known = lex_entity(*w);
    }
    int e = known ? *known : entity(Kind::kOrg, name, name);
    mention(s, i, end, e);
    if (acronym.empty()) return end;
    if (!known) {
      ent(e).acronyms = {acronym};
      out_.by_key[Mentions::key_of(Kind::kOrg, acronym)] = e;  // a later bare acronym
    }
    mention(s, end + 1, end + 2, e);
    return end + 3;
  }

  // The organisation named by the words before "(" at token `paren` whose initials spell
  // `acronym` (words of "name.function_word" may stand between), if any.
  std::optional<int> long_form(std::size_t s, std::size_t paren, std::string_view acronym) {
    const Sentence& sen = text_.sentences[s];
    std::string initials;
    std::size_t start = paren;
    while (start > sen.first && paren - start < 8) {
      const Token& w = tok(start - 1);
      if (!w.word) break;
      if (w.upper) {
        initials.insert(initials.begin(), w.text[0]);
      } else if (!cls_.function_word.has(w.text)) {
        break;
      }
      --start;
      if (initials.size() == acronym.size() && std::equal(initials.begin(), initials.end(), acronym.begin())) {
        if (!tok(start).upper) return std::nullopt;
        for (const Ref& r : refs(s))
          if (r.first >= start && r.last <= paren) return std::nullopt;  // already something we know
        std::string name = span_text(start, paren);
        int e = entity(Kind::kOrg, name, name);
        ent(e).acronyms = {std::string(acronym)};
        out_.by_key[Mentions::key_of(Kind::kOrg, std::string(acronym))] = e;  // later "GUS"
        mention(s, start, paren, e);
        mention(s, paren + 1, paren + 2, e);
        return e;
      }
    }
    return std::nullopt;
  }

  // Mentions another source proposes, where the lexicons and rules found nothing.
  void add_proposals(std::size_t s, const std::vector<ProposedMention>& proposals) {
    const Sentence& sen = text_.sentences[s];
    auto from = std::lower_bound(proposals.begin(), proposals.end(), sen.start,
                                 [](const ProposedMention& p, std::size_t at) { return p.start < at; });
    for (auto it = from; it != proposals.end() && it->start < sen.end; ++it) {
      const ProposedMention& p = *it;
      if (p.end > sen.end || p.start >= p.end) continue;
      std::size_t first = sen.last, last = sen.last;
      for (std::size_t i = sen.first; i < sen.last; ++i) {
        if (tok(i).start == p.start) first = i;
        if (tok(i).end == p.end) last = i + 1;
      }
      if (first >= last || last > sen.last) continue;  // not on token boundaries
      bool overlaps = false;
      for (const Ref& r : refs(s)) overlaps = overlaps || (r.first < last && first < r.last);
      if (overlaps) continue;
      std::string name(text_.text.substr(p.start, p.end - p.start));
      Kind k = p.type == EntityType::kPerson         ? Kind::kPerson
               : p.type == EntityType::kOrganization ? Kind::kOrg
               : p.type == EntityType::kEvent        ? Kind::kEvent
                                                     : Kind::kCity;
      int e = -1;
      if (k == Kind::kPerson && last == first + 1) e = person_by_part(name);
      if (e < 0) e = entity(k, name, name);
      mention(s, first, last, e);
    }
    std::sort(refs(s).begin(), refs(s).end(), [](const Ref& a, const Ref& b) { return a.first < b.first; });
  }

  // What an office at [t0, t1) belongs to, when it follows: a state in the genitive ("der
  // Präsidentin Maltas Jane Roe"), or "der/des/von ORG|COUNTRY" and a comma. Moves *j to the name.
  std::optional<std::pair<std::size_t, std::size_t>> office_holder_of(const Sentence& sen, std::size_t* j) const {
    if (*j >= sen.last) return std::nullopt;
    if (auto o = lex_.match(text_.tokens, *j); o && lex_.entry(o->entry).cls == LexClass::kCountry && o->tokens == 1 &&
                                               !cls_.genitive.ending_of(tok(*j).text, 1).empty() && *j + 1 < sen.last) {
      // "… Maltas Jane Roe", "dem Präsidenten Irlands, Sean Doe"
      std::size_t name_at = tok(*j + 1).text == "," ? *j + 2 : *j + 1;
      if (name_at < sen.last && name_word(tok(name_at))) {
        auto of = std::make_pair(*j, *j + 1);
        *j = name_at;
        return of;
      }
    }
    if (*j + 1 < sen.last && cls_.office_of.has(tok(*j).text)) {
      if (auto o = lex_.match(text_.tokens, *j + 1); o && lex_is(o->entry, {LexClass::kOrg, LexClass::kCountry})) {
        auto of = std::make_pair(*j + 1, *j + 1 + o->tokens);
        *j = *j + 1 + o->tokens;
        if (*j < sen.last && tok(*j).text == ",") ++*j;
        return of;
      }
    }
    return std::nullopt;
  }

  // After an office at [t0, t1): what it belongs to (office_holder_of), then a name of
  // capitalised words. Returns the token after the name, or t0 when there is none.
  std::size_t person_after_title(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title) {
    const Sentence& sen = text_.sentences[s];
    std::size_t j = t1;
    std::optional<std::pair<std::size_t, std::size_t>> of = office_holder_of(sen, &j);
    // "dem Vorsitzenden des Ausschusses, Karl Beispiel": an office of something we do not know.
    if (!of && j + 3 < sen.last && cls_.genitive_article.has(tok(j).text) && tok(j + 1).upper &&
        tok(j + 2).text == "," && name_word(tok(j + 3))) {
      j += 3;
    }
    std::size_t k = j;
    while (k < sen.last && k - j < 5 && (name_word(tok(k)) || (k > j && particles_to_name(sen, k)))) ++k;
    if (k == j) return t0;
    // A single word after an office names a person only when it is long enough to be a name.
    if (k == j + 1 && person_by_part(tok(j).text) < 0 && tok(j).text.size() < 3) return t0;
    std::string name = span_text(j, k);
    int p = -1;
    if (k == j + 1) p = person_by_part(name);
    if (p < 0) p = entity(Kind::kPerson, name, name);
    if (of) mention(s, of->first, of->second, lex_entity(lex_.match(text_.tokens, of->first)->entry));
    Ref r;
    r.title = title;
    r.title_at = t0;
    if (!refs(s).empty() && refs(s).back().adjective && refs(s).back().last == t0) {
      holders_.emplace(ent(refs(s).back().ent).code + "\t" + title, p);
    }
    holders_by_title_[title].insert(p);
    mention(s, j, k, p, r);
    // "… Anna Probe und Jan Test-Mann": a second name of two or more words shares the office.
    if (k + 2 < sen.last && cls_.conjunction_and.has(tok(k).text) && name_word(tok(k + 1)) && name_word(tok(k + 2)) &&
        !lex_.match(text_.tokens, k + 1)) {
      std::size_t a = k + 1, b = a;
      while (b < sen.last && b - a < 5 && name_word(tok(b))) ++b;
      std::string second = span_text(a, b);
      mention(s, a, b, entity(Kind::kPerson, second, second), r);
      return b;
    }
    return k;
  }

  const Pack& pack_;
  const Lexicon& lex_;
  const WordClasses& w_;
  const Classes cls_{pack_.words};
  const Text& text_;
  Mentions out_;
  int last_event_ = -1;
  bool last_meeting_ = true;                               // the last event is a meeting (bound events and summits are)
  std::map<std::string, int> holders_;                     // country code ‖ office → the person introduced with it
  std::map<std::string, std::set<int>> holders_by_title_;  // office → the persons introduced with it
  std::map<std::string, int> epithets_;  // epithet → the organisation introduced with it ("BRICS bloc")
};

}  // namespace

Mentions find_mentions(const Pack& pack, const Text& text, std::vector<ProposedMention> proposals) {
  return MentionFinder(pack, text).run(std::move(proposals));
}

}  // namespace kg::extract
