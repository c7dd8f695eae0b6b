#include "mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <set>

#include "mention_finder.h"

namespace kg::extract {
namespace mention_detail {

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

bool is_name_word(const Token& t, const Lexicon& lex, const WordClass& prefixes) {
  // "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
  // (the class's prefixes, "al-*", start no other of them)
  if (const std::string_view p = prefixes.entry_of(t.text); !p.empty()) {
    const std::size_t at = p.size() + (t.text.size() > p.size() && t.text[p.size()] == ' ');  // "al- Sisi"
    if (t.text.size() > at && std::isupper(static_cast<unsigned char>(t.text[at]))) return true;
  }
  if (!t.word || !t.upper || lex.is_noun(t.text)) return false;
  if (t.text.size() >= 2 && t.text.back() == '-') return false;
  // "UN-Generalsekretär", "OSZE-Gipfel": a compound of a known word is no name ("Test-Mann" is).
  if (auto dash = t.text.rfind('-'); dash != std::string_view::npos && lex.word(t.text.substr(dash + 1))) return false;
  // Nor is one led by a state's or organisation's acronym: "US-First-Lady", "EU-Sondergesandter".
  if (auto dash = t.text.find('-'); dash != std::string_view::npos && dash + 1 < t.text.size()) {
    const std::string_view head = t.text.substr(0, dash);
    if (head.size() >= 2 && std::all_of(head.begin(), head.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
        lex.word(head))
      return false;
  }
  return !lex.word(t.text).has_value();
}

bool starts_upper_ascii(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

std::string capitalised(std::string_view w) {
  std::string out(w);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string uncapitalised(std::string_view w) {
  std::string out(w);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

Mentions MentionFinder::run(std::vector<ProposedMention> proposals) {
  // By start, so each sentence finds its own proposals by binary search (linear in all).
  std::stable_sort(proposals.begin(), proposals.end(),
                   [](const ProposedMention& a, const ProposedMention& b) { return a.start < b.start; });
  for (const ProposedMention& p : proposals)
    if (p.type == EntityType::kLocation && p.end <= text_.text.size() && p.start < p.end)
      proposed_places_.emplace(text_.text.substr(p.start, p.end - p.start));
    else if (p.type == EntityType::kPerson && p.start < p.end)
      proposed_persons_.emplace(p.start, p.end);
  for (std::size_t s = 0; s < text_.sentences.size(); ++s) {
    sentence(s);
    add_proposals(s, proposals);
    place_attributes(s);
    offices_after_names(s);
    office_topics_.clear();
  }
  // Persons' gender, where the language writes a woman's office in its own form: female once any
  // such form names her, else male where an office's form does.
  if (!cls_.office_female.empty())
    for (const auto& [form, persons] : holders_by_form_) {
      const bool female = !cls_.office_female.ending_of(form, 2).empty();
      for (const int p : persons)
        if (female || ent(p).gender == 0) ent(p).gender = female ? 'f' : 'm';
    }
  for (const int p : female_by_article_) ent(p).gender = 'f';
  return std::move(out_);
}

void MentionFinder::place_attributes(std::size_t s) {
  for (Ref& r : refs(s)) {
    const Kind k = ent(r.ent).kind;
    if (r.adjective || r.reference || (k != Kind::kCountry && k != Kind::kCity)) continue;
    // (not before a compound the organisation leads: "Polen und Chile NATO-Mitglieder")
    const bool before_org = std::any_of(refs(s).begin(), refs(s).end(), [&](const Ref& o) {
      return o.first == r.last && !o.reference && ent(o.ent).kind == Kind::kOrg &&
             tok(o.last - 1).text.find('-') == std::string_view::npos;
    });
    if (!before_org) continue;
    // (nor a possessive or genitive, which the rules read as the organisation's state: "leader of
    // Peru's Labour Party"; the text writes every apostrophe as "'")
    const std::string_view last = tok(r.last - 1).text;
    r.attribute = !(last.ends_with("'s") || last.ends_with("'") ||
                    (span_text(r.first, r.last) != ent(r.ent).name && !cls_.genitive.ending_of(last, 3).empty()));
  }
}

bool MentionFinder::document_noun(std::string_view w) const {
  // (alone, in a compound or after a hyphen: "Abkommen", "Handelsabkommen", "Lima-Abkommen")
  return cls_.name_document.has(w) ||
         (w.find('-') != std::string_view::npos && cls_.name_document.has(w.substr(w.rfind('-') + 1)));
}

bool MentionFinder::proposed_place(std::size_t first, std::size_t last) const {
  return proposed_places_.count(text_.text.substr(tok(first).start, tok(last - 1).end - tok(first).start)) > 0;
}

std::string MentionFinder::span_text(std::size_t first, std::size_t last) const {
  return std::string(text_.text.substr(tok(first).start, tok(last - 1).end - tok(first).start));
}

int MentionFinder::entity(Kind kind, const std::string& key_text, const std::string& name_text) {
  // "Jean- Claude X" is named as "Jean-Claude X" (its mention keeps the words as written).
  const bool broken = has_broken_compound(name_text) || has_broken_compound(key_text);
  const std::string key = broken ? join_broken_compounds(key_text) : key_text;
  const std::string name = broken ? join_broken_compounds(name_text) : name_text;
  std::string k = Mentions::key_of(kind, key);
  if (auto it = out_.by_key.find(k); it != out_.by_key.end()) return it->second;
  Ent fresh;
  fresh.kind = kind;
  fresh.name = name;
  out_.ents.push_back(std::move(fresh));
  if (kind == Kind::kPerson) {
    // A father's name after "bin" names the father ("Mohammed bin Salman" is not "König Salman").
    const WordClass& patronymic = w_["name.patronymic"];
    bool after_patronymic = false;
    for (const Token& t : tokenize(name, w_["abbreviation"])) {
      if (!after_patronymic) out_.ents.back().parts.emplace_back(t.text);
      after_patronymic = patronymic.has(t.text);
    }
  }
  out_.by_key[k] = static_cast<int>(out_.ents.size()) - 1;
  return static_cast<int>(out_.ents.size()) - 1;
}

void MentionFinder::add_form(int e, const std::string& form) {
  Ent& x = ent(e);
  if (std::find(x.forms.begin(), x.forms.end(), form) == x.forms.end()) x.forms.push_back(form);
}

void MentionFinder::mention(std::size_t s, std::size_t first, std::size_t last, int e, Ref extra, bool epithet) {
  Mention m;
  m.span = Span{tok(first).start, tok(last - 1).end};
  m.text = std::string(text_.text.substr(m.span.start, m.span.end - m.span.start));
  if (!epithet) add_form(e, m.text);
  if (!epithet && ent(e).kind == Kind::kOrg) {
    // An epithet right before the name introduces it: "des Wirtschaftsbündnisses Mercosur".
    if (first > text_.sentences[s].first)
      if (std::string key = epithet_key(tok(first - 1).text); !key.empty()) epithets_[key] = e;
    // The head of a name of several words or of a compound ("Afrikanischen Union", "Drei-Meere-Initiative").
    const std::size_t cut = m.text.find_last_of(" -");
    if (cut != std::string::npos && cut + 2 < m.text.size() && starts_upper_ascii(m.text.substr(cut + 1)))
      org_heads_[m.text.substr(cut + 1)] = e;
    // … of a name whose head a word of "name.function_word" follows: "the council" after "Council of
    // the Baltic Sea States", "die Organisation" after "Organisation für Sicherheit …".
    for (std::size_t k = first + 1; k + 1 < last; ++k)
      if (cls_.function_word.has(tok(k).text)) {
        if (tok(k - 1).word && tok(k - 1).upper) org_heads_[std::string(tok(k - 1).text)] = e;
        break;
      }
    // … and of a one-word compound whose tail is a head of "org.head.compound": "die Gemeinschaft"
    // after "Andengemeinschaft", "der Rat" after "Ostseerat" or the genitive "des Ostseerats".
    if (cut == std::string::npos)
      if (const std::string_view head = org_compound_head(m.text); !head.empty()) org_heads_[std::string(head)] = e;
  }
  ent(e).mentions.push_back(m);
  extra.first = first;
  extra.last = last;
  extra.ent = e;
  refs(s).push_back(extra);
}

bool MentionFinder::is_acronym_form(const LexEntry& le, std::string_view form) {
  return std::find(le.acronyms.begin(), le.acronyms.end(), form) != le.acronyms.end();
}

int MentionFinder::body_parent(std::size_t entry) const {
  // (the canonical name's first word, an organisation of its own: "UN" of "UN General Assembly")
  const std::string& name = lex_.entry(entry).canonical;
  const std::size_t space = name.find(' ');
  if (space == std::string::npos) return -1;
  const auto parent = lex_.phrase(std::string_view(name).substr(0, space));
  return lex_is(parent, {LexClass::kOrg}) && *parent != entry ? static_cast<int>(*parent) : -1;
}

bool MentionFinder::names_body(std::size_t entry, int parent) {
  auto [it, fresh] = names_body_.try_emplace(entry, false);
  if (!fresh) return it->second;
  const std::size_t n = text_.tokens.size();
  for (std::size_t t = 0; t < n && !it->second; ++t) {
    const auto m = lex_.match(text_.tokens, t);
    if (!m) continue;
    it->second =
        m->entry == static_cast<std::size_t>(parent) || (m->entry == entry && m->form == lex_.entry(entry).canonical);
    t += m->tokens - 1;
  }
  return it->second;
}

std::size_t MentionFinder::other_body_meeting(std::size_t s, std::size_t i, std::size_t end) {
  const auto noun = lex_.word(tok(end - 1).text);
  const Sentence& sen = text_.sentences[s];
  // Its title from the capitalised words before: "an Extraordinary General Assembly".
  const std::size_t from = unknown_capitals_before(s, i);
  const std::string name = span_text(from, end);
  const int e = event_for("title:" + name, name, lex_.entry(*noun), -1);
  name_event(e, name, kByTitle);
  add_form(e, span_text(modifiers_before(sen, from), end));
  mention(s, from, end, e);
  return end;
}

std::string MentionFinder::first_acronym(int e) {
  const Ent& x = ent(e);
  return x.acronyms.empty() ? x.name : x.acronyms[0];
}

int MentionFinder::lex_entity(std::size_t entry) {
  const LexEntry& le = lex_.entry(entry);
  Kind kind = le.cls == LexClass::kCountry  ? Kind::kCountry
              : le.cls == LexClass::kCity   ? Kind::kCity
              : le.cls == LexClass::kRegion ? Kind::kRegion
                                            : Kind::kOrg;
  int e = entity(kind, kind == Kind::kCountry ? le.code : le.canonical, le.canonical);
  Ent& x = ent(e);
  x.code = le.code;
  x.party = le.party;
  x.capital = le.capital;
  if (kind == Kind::kCountry && !le.code.empty())
    if (const auto capital = lex_.capital_of(le.code)) x.city_state = lex_.entry(*capital).canonical == le.canonical;
  x.acronyms = le.acronyms;
  if (!le.ref.empty()) x.ref = le.ref;
  return e;
}

bool MentionFinder::lex_is(std::optional<std::size_t> entry, std::initializer_list<LexClass> classes) const {
  if (!entry) return false;
  const LexClass c = lex_.entry(*entry).cls;
  return std::find(classes.begin(), classes.end(), c) != classes.end();
}

void MentionFinder::sentence(std::size_t s) {
  const Sentence& sen = text_.sentences[s];
  for (std::size_t i = sen.first; i < sen.last;) {
    std::size_t next = i;
    for (auto step : {&MentionFinder::dateline_city,
                      &MentionFinder::place_named_before,
                      &MentionFinder::organisation_named,
                      &MentionFinder::organisation_by_head,
                      &MentionFinder::organisation_by_adjective,
                      &MentionFinder::organisation_seat,
                      &MentionFinder::building,
                      &MentionFinder::compound,
                      &MentionFinder::organisation_office,
                      &MentionFinder::suffix_office,
                      &MentionFinder::office_phrase,
                      &MentionFinder::city_adjective,
                      &MentionFinder::lexicon_word,
                      &MentionFinder::organisation_phrase,
                      &MentionFinder::org_epithet,
                      &MentionFinder::states_reference,
                      &MentionFinder::state_reference,
                      &MentionFinder::persons_reference,
                      &MentionFinder::capital_city,
                      &MentionFinder::city_before_state,
                      &MentionFinder::acronym_with_long_form,
                      &MentionFinder::acronym,
                      &MentionFinder::capitalised_name}) {
      next = (this->*step)(s, i);
      if (next > i) break;
    }
    i = next > i ? next : i + 1;
  }
  for (const PhraseName& p : phrase_names_) {
    bool holds_name = false, holds_person = false;
    for (const Ref& r : refs(s)) {
      if (r.ent == p.event || r.first >= p.last || r.last <= p.first || ent(r.ent).kind == Kind::kEvent) continue;
      holds_name = true;
      holds_person = holds_person || ent(r.ent).kind == Kind::kPerson;
    }
    if (!holds_person) add_form(p.event, p.form);
    if (!holds_name && !p.name.empty()) name_event(p.event, p.name, kByPhrase);
  }
  phrase_names_.clear();
}

std::size_t MentionFinder::compound(std::size_t s, std::size_t i) {
  const Token& t = tok(i);
  if (!t.word || t.text.find('-') == std::string_view::npos || t.text.back() == '-') return i;
  std::size_t dash = t.text.rfind('-');
  std::string head(t.text.substr(0, dash)), tail(t.text.substr(dash + 1));
  auto h = lex_.word(head);
  auto tl = lex_.word(tail);
  // A compound the lexicons know whole is that body or place ("EU-Kommission" is the Commission,
  // not the EU); lexicon_word names it.
  if (const auto whole = lex_.word(t.text);
      lex_is(whole, {LexClass::kOrg, LexClass::kCountry, LexClass::kCity, LexClass::kRegion}) && whole != h)
    return i;
  const bool head_org = lex_is(h, {LexClass::kOrg, LexClass::kCountry}) || (!h && looks_like_acronym(head));
  auto head_entity = [&] { return h ? lex_entity(*h) : entity(Kind::kOrg, head, head); };
  if (head_org && lex_is(tl, {LexClass::kTitle})) {
    // "US-Präsidentin Jane Roe", "CDU-Chef Max Muster": the office is held in the head.
    if (std::size_t next = office_in_word(s, i, dash, lex_.entry(*tl).canonical, head_entity); next > i) return next;
  }
  // … also an office by its suffix ("US-Handelsminister X", "EU-Agrarkommissarin Y"), in its base form.
  if (head_org && !tl && cls_.office_suffix.has(tail))
    if (std::size_t next = office_in_word(s, i, dash, office_base_form(tail), head_entity); next > i) return next;
  // … or in the organisation the article named before with the head as its head noun:
  // "Liga-Generalsekretär X" after "die Arabische Liga" (as "Kommissionspräsidentin" unhyphenated).
  if (!h && lex_is(tl, {LexClass::kTitle}) && lex_.entry(*tl).kind == "office")
    if (const auto it = org_heads_.find(head); it != org_heads_.end()) {
      const int named = it->second;
      if (std::size_t next = office_in_word(
              s, i, dash, lex_.entry(*tl).canonical, [&] { return named; }, Head::kNone);
          next > i)
        return next;
    }
  // … a title with a hyphen of its own after the first: "SPD-Co-Vorsitzende Anna Probe".
  if (const std::size_t first = t.text.find('-'); first != dash && first > 0) {
    const auto org = lex_.word(t.text.substr(0, first));
    const auto title = lex_.word(t.text.substr(first + 1));
    if (lex_is(org, {LexClass::kOrg, LexClass::kCountry}) && lex_is(title, {LexClass::kTitle}) &&
        lex_.entry(*title).kind == "office") {
      const std::size_t org_entry = *org;
      if (std::size_t next =
              office_in_word(s, i, first, lex_.entry(*title).canonical, [&] { return lex_entity(org_entry); });
          next > i)
        return next;
    }
  }
  if (head_org && !tl && !cls_.office_compound.empty()) {
    // "Grünen-Fraktionschefin X", "SPD-Landeschef X": a tail ending in an office of "office.compound".
    if (const std::string_view ending = cls_.office_compound.ending_of(tail, 3); !ending.empty()) {
      std::string office = capitalised(ending);
      // (the body the head's compound with the tail's first part names: "EU-Kommissionschefin" is
      // the "EU-Kommission"'s, with or without a linking "s")
      std::string body = head + "-" + tail.substr(0, tail.size() - ending.size());
      auto named = lex_.word(body);
      if (!lex_is(named, {LexClass::kOrg}) && body.ends_with('s')) named = lex_.word(body.substr(0, body.size() - 1));
      const bool its_body = lex_is(named, {LexClass::kOrg});
      if (const auto title = lex_.word(office);
          lex_is(title, {LexClass::kTitle}) && lex_.entry(*title).kind == "office")
        if (std::size_t next =
                its_body ? office_in_word(s, i, dash, lex_.entry(*title).canonical, [&] { return lex_entity(*named); })
                         : office_in_word(s, i, dash, lex_.entry(*title).canonical, head_entity);
            next > i)
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
  // The event noun after the hyphen, also a compound one ("OSZE-Sondergipfel").
  std::optional<LexEntry> tail_event =
      lex_is(tl, {LexClass::kEvent}) ? std::optional<LexEntry>(lex_.entry(*tl)) : std::nullopt;
  if (!tl && !tail.empty() && std::isupper(static_cast<unsigned char>(tail[0]))) tail_event = compound_event(tail);
  if (h && !tl && !tail_event && lex_is(h, {LexClass::kOrg})) {
    // "Mercosur-Blocks", "NATO-Hauptquartier": the organisation is named.
    mention(s, i, i + 1, lex_entity(*h));
    add_form(refs(s).back().ent, head);
    return i + 1;
  }
  if (tail_event && lex_is(h, {LexClass::kOrg, LexClass::kCity})) {
    int bound = lex_entity(*h);
    const LexEntry& noun = *tail_event;
    int e = event_for(std::to_string(bound), head, noun, bound);
    const bool at_place = ent(e).place == bound;
    name_event(e, at_place ? noun.canonical : head + "-" + noun.canonical, at_place ? kByNoun : kByCompound);
    mention(s, i, i + 1, e);
    return i + 1;
  }
  if ((!h || lex_is(h, {LexClass::kCountry, LexClass::kRegion})) && tail_event && starts_upper_ascii(head)) {
    // "Amerika-Gipfel", "Klima-Konferenz": an event named by its topic or region; also by a state
    // or a region the lexicons know, its topic, not its place ("die Ukraine-Konferenz in Rom",
    // "der Afrika-Gipfel in Brüssel", "Balkan-Gipfel").
    int e = topic_event(text_.sentences[s], i, i, head, *tail_event, "");
    name_event(e, head + "-" + tail_event->canonical, kByTopic);
    mention(s, i, i + 1, e);
    return i + 1;
  }
  if (headed_organisation(i)) {
    // "Nordmeer-Allianz", "Muster-Initiative": an organisation named by its head noun.
    const std::string name(t.text);
    mention(s, i, i + 1, entity(Kind::kOrg, name, name));
    return i + 1;
  }
  return i;
}

std::size_t MentionFinder::lexicon_word(std::size_t s, std::size_t i) {
  const Token& t = tok(i);
  auto m = lex_.match(text_.tokens, i);
  // A sentence's first word, capitalised for its place, may start an event's name of several words
  // the lexicon writes in lower case: "State visit to Peru begins".
  if (!m && t.word && t.upper && i == text_.sentences[s].first)
    if (auto low = lex_.match(text_.tokens, i, uncapitalised(t.text));
        low && low->tokens > 1 && lex_.entry(low->entry).cls == LexClass::kEvent)
      m = low;
  if (!m && t.word && t.upper && !lex_.is_noun(t.text))
    if (auto le = compound_event(t.text)) return std::max(event_noun(s, i, i + 1, *le), i + 1);
  // A state's adjective after a compass word of "adjective.compass", written as one: "im
  // süditalienischen Apulien" names Italien.
  if (!m && t.word && !t.upper && t.text.size() >= 9)  // (a compass word and an adjective)
    if (const std::string_view compass = cls_.adjective_compass.entry_of(t.text);
        !compass.empty() && t.text.size() > compass.size() + 3)
      if (const auto a = lex_.word(t.text.substr(compass.size()));
          lex_is(a, {LexClass::kAdjective}) && lex_.entry(*a).region.empty())
        if (const auto c = lex_.country_entry(lex_.entry(*a).code)) {
          Ref r;
          r.adjective = true;
          mention(s, i, i + 1, lex_entity(*c), r);
          return i + 1;
        }
  if (!m && t.upper && i > text_.sentences[s].first && cls_.office_reference.has(tok(i - 1).text))
    if (const std::string_view code = lex_.demonym(t.text); !code.empty()) return demonym_reference(s, i, code);
  if (!m || !t.word) return i;
  const LexEntry& le = lex_.entry(m->entry);
  switch (le.cls) {
    case LexClass::kCountry:
      if (std::size_t end = m->tokens == 1 ? person_named_like_state(s, i) : i; end > i) return end;
      mention(s, i, i + m->tokens, lex_entity(m->entry));
      break;
    case LexClass::kOrg:
      // A body's short form right after another organisation is that one's body, not the one the
      // lexicons give it alone: "the AU Commission", "the OAS General Assembly".
      if (m->form != le.canonical && !is_acronym_form(le, m->form) && !refs(s).empty() && refs(s).back().last == i &&
          ent(refs(s).back().ent).kind == Kind::kOrg && ent(refs(s).back().ent).name != le.canonical) {
        // … unless the lexicons name the body after that organisation: "the U.N. Security Council"
        // is the "UN Security Council" (one mention of both words).
        Ent& before = ent(refs(s).back().ent);
        const bool its_body = std::any_of(before.acronyms.begin(), before.acronyms.end(), [&](const std::string& a) {
          return le.canonical.size() > a.size() && le.canonical.starts_with(a) && le.canonical[a.size()] == ' ';
        });
        if (!its_body || before.mentions.empty() || refs(s).back().reference) return i + m->tokens;
        remention_last(s, i + m->tokens, lex_entity(m->entry));
        return i + m->tokens;
      }
      // A body's short form ending in an event noun, in an article that never names the organisation
      // the body is of, is another organisation's meeting: "an Extraordinary General Assembly met in
      // the Andean Community headquarters" is no UN General Assembly (a "Security Council" stays the UN's).
      if (const int parent = body_parent(m->entry);
          parent >= 0 && m->form != le.canonical && !is_acronym_form(le, m->form) &&
          lex_is(lex_.word(tok(i + m->tokens - 1).text), {LexClass::kEvent}) && !names_body(m->entry, parent))
        return other_body_meeting(s, i, i + m->tokens);
      // Its other name right after its name is one mention of both: "der Westafrikanischen
      // Wirtschaftsgemeinschaft Ecowas", "the Economic Community of West African States ECOWAS".
      if (!refs(s).empty() && refs(s).back().last == i && !refs(s).back().reference &&
          ent(refs(s).back().ent).kind == Kind::kOrg && ent(refs(s).back().ent).name == le.canonical &&
          !ent(refs(s).back().ent).mentions.empty()) {
        remention_last(s, i + m->tokens, refs(s).back().ent);
        return i + m->tokens;
      }
      mention(s, i, i + m->tokens, lex_entity(m->entry));
      break;
    case LexClass::kCity:
      // (a person's name that starts with a city's: "Paraguay's Santiago Peña")
      if (std::size_t end = m->tokens == 1 ? person_named_like_state(s, i) : i; end > i) return end;
      mention(s, i, i + m->tokens, lex_entity(m->entry));
      break;
    case LexClass::kRegion:
      mention(s, i, i + m->tokens, lex_entity(m->entry));
      break;
    case LexClass::kAdjective:
      // (forms match in exact case: "russische", and "Russian" in English, whose adjectives are capitalised)
      // A language's name is none: after a word of "adjective.language" with no lower-case word
      // after it ("speaks Spanish,", "in English."; not "in Russian airspace").
      if (i > text_.sentences[s].first && cls_.adjective_language.has(tok(i - 1).text) &&
          (i + m->tokens == text_.sentences[s].last || !tok(i + m->tokens).word || tok(i + m->tokens).upper))
        return i + m->tokens;
      if (auto region = le.region.empty() ? std::nullopt : lex_.phrase(le.region); region) {
        Ref ref;
        ref.adjective = true;
        mention(s, i, i + m->tokens, lex_entity(*region), ref, /*epithet=*/true);
      } else if (const auto c = lex_.country_entry(le.code)) {
        Ref r;
        r.adjective = true;
        mention(s, i, i + m->tokens, lex_entity(*c), r);
      }
      break;
    case LexClass::kTitle:
      if (std::size_t next = person_after_title(s, i, i + m->tokens, le.canonical); next > i) return next;
      if (std::size_t next = office_after_name(s, i, i + m->tokens, le.canonical); next > i) return next;
      office_reference(s, i, i + m->tokens, le.canonical);
      break;
    case LexClass::kEvent:
      // "the forum" after "the Pacific Islands Forum" is that organisation, not an event.
      if (m->tokens == 1)
        if (std::size_t next = org_epithet(s, i); next > i) return next;
      if (std::size_t next = event_noun(s, i, i + m->tokens, le); next > i) return next;
      break;
    case LexClass::kNoun:
    case LexClass::kGiven:
      break;
  }
  return i + m->tokens;
}

void MentionFinder::remention_last(std::size_t s, std::size_t last, int e) {
  const std::size_t first = refs(s).back().first;
  ent(refs(s).back().ent).mentions.pop_back();
  refs(s).pop_back();
  mention(s, first, last, e);
}

std::string MentionFinder::with_base_adjectives(std::size_t from, std::size_t to) const {
  if (cls_.adjective_base.empty() || to <= from) return span_text(from, to);
  const std::string& base = cls_.adjective_base.entries().front();
  std::string out;
  std::size_t at = tok(from).start;
  for (std::size_t k = from; k + 1 < to; ++k) {
    const std::string_view w = tok(k).text;
    if (!tok(k).word || tok(k).upper || !name_adjective(w)) continue;
    const std::string_view ending = cls_.adjective_endings.ending_of(w, 0);
    out.append(text_.text.substr(at, tok(k).end - ending.size() - at));
    out += base;
    at = tok(k).end;
  }
  out.append(text_.text.substr(at, tok(to - 1).end - at));
  return out;
}

std::string_view MentionFinder::org_compound_head(std::string_view word, std::size_t min_head) const {
  for (const std::string& head : cls_.org_head_compound.entries()) {
    if (head.size() < min_head) continue;
    auto ends_in_head = [&](std::string_view w) {
      if (w.size() <= head.size() + 2) return false;
      const std::string_view tail = w.substr(w.size() - head.size());
      return tail.substr(1) == std::string_view(head).substr(1) &&
             std::tolower(static_cast<unsigned char>(tail[0])) == std::tolower(static_cast<unsigned char>(head[0]));
    };
    bool found = ends_in_head(word);
    for (const std::string& end : cls_.inflect_org.entries())
      found = found || (!end.empty() && word.ends_with(end) && ends_in_head(word.substr(0, word.size() - end.size())));
    if (found) return head;
  }
  return {};
}

void MentionFinder::add_proposals(std::size_t s, const std::vector<ProposedMention>& proposals) {
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
    if (p.type == EntityType::kPerson) last = without_postnominal(first, last);
    // A place the tagger runs on into an event noun ends before it: "in Quito Konsultationen".
    while (p.type == EntityType::kLocation && last > first + 1 && event_word(tok(last - 1).text)) --last;
    // A particle and a capitalised word after a person the tagger ends before them go on with the
    // name: "Luiz Inacio Lula da Silva" (tagged "Luiz Inacio Lula" and "Silva").
    while (p.type == EntityType::kPerson && last + 1 < sen.last && cls_.name_particle.has(tok(last).text) &&
           tok(last + 1).word && tok(last + 1).upper && name_word(tok(last + 1)))
      last += 2;
    // A compound led by a state's or organisation's acronym before a person's name describes the
    // person ("US-First-Lady Jill Biden"): the name starts after it.
    if (p.type == EntityType::kPerson && last > first + 2 && !name_word(tok(first)) &&
        tok(first).text.find('-') != std::string_view::npos)
      ++first;
    // … and so does a place's possessive: "Russia's Lavrov".
    if (p.type == EntityType::kPerson && last > first + 1 && tok(first).text.ends_with("'s") &&
        lex_.word(tok(first).text.substr(0, tok(first).text.size() - 2)))
      ++first;
    // A word that introduces a person's name is none: "Gastgeber war X", "Host X"; nor is a word that
    // never is a name ("Per Video zugeschaltet war X").
    if (p.type == EntityType::kPerson && last == first + 1 &&
        (cls_.person_list_cue.has(tok(first).text) || cls_.office_host.has(tok(first).text) ||
         lex_.is_noun(tok(first).text)))
      continue;
    // One word whose head is an organisation's ("Koalitionsausschuss", "Ostseerat" — a head of five
    // letters or more: "Murat" is a name) names no person.
    if (p.type == EntityType::kPerson && last == first + 1 && !org_compound_head(tok(first).text, 5).empty()) continue;
    // A name that ends in a document's noun names a treaty, law or declaration, none of kg's kinds of
    // entity: "die Europäische Menschenrechtskonvention", "the Lindenhof Agreement".
    if (document_noun(tok(last - 1).text)) continue;
    // A word no lexicon knows that starts the sentence before a number is an adverb of quantity,
    // capitalised by its place: "Rund 30 Staaten", "Knapp 200 Delegierte", "Rund hundert Abgeordnete";
    // so is one after a dateline's mark ("Lima - Rund 30 Staaten").
    const bool opens = first == sen.first || (!tok(first - 1).word && cls_.dateline_mark.has(tok(first - 1).text));
    if (last == first + 1 && opens && quantity_at(last) && !lex_.word(tok(first).text)) continue;
    // An abbreviation alone names nothing kg knows: "Gen.", a US state's "Del." in a dateline.
    if (last == first + 1 && abbreviation_at(first)) continue;
    bool overlaps = false;
    for (const Ref& r : refs(s)) overlaps = overlaps || (r.first < last && first < r.last);
    // Words of an office of the lexicons name nothing: "State" in "Secretary of State", nor does an
    // office alone ("Bundespräsident wirbt für …" in a headline).
    for (std::size_t t = first > sen.first + 3 ? first - 3 : sen.first; t <= first && !overlaps; ++t)
      if (const auto m = lex_.match(text_.tokens, t); m && lex_.entry(m->entry).cls == LexClass::kTitle)
        overlaps = t + m->tokens >= last;
    for (const auto& [a, b] : office_topics_) overlaps = overlaps || (a < last && first < b);
    if (overlaps) continue;
    Kind k = p.type == EntityType::kPerson         ? Kind::kPerson
             : p.type == EntityType::kOrganization ? Kind::kOrg
             : p.type == EntityType::kEvent        ? Kind::kEvent
                                                   : Kind::kCity;
    // One word the tagger calls a place that ends in an organisation's head of six letters or more
    // ("org.head.ending") is the organisation: "ein Beamter des Außenministeriums" (not "Gujarat").
    if (k == Kind::kCity && last == first + 1 && cls_.org_head_ending.ending_of(tok(first).text, 3).size() >= 6)
      k = Kind::kOrg;
    std::string name = span_text(first, last);
    if (k == Kind::kOrg) name = org_base_form(s, first, last, std::move(name));
    // One word after a place's preposition and a state's adjective is a place whatever the tagger
    // calls it: "im süditalienischen Bari" (as place_named_before reads "im kanadischen Charlevoix").
    if (k == Kind::kPerson && last == first + 1 && after_state_adjective(s, first)) k = Kind::kCity;
    int e = -1;
    if (k == Kind::kPerson && last == first + 1) e = person_by_part(name);
    // One word of no person named before, after a definite article and before a capitalised word, is
    // a modifier of a name: "the Lindenhof Peace Initiative" (not "the Roe administration" after "Paul
    // Roe").
    if (k == Kind::kPerson && last == first + 1 && e < 0 && first > sen.first && last < sen.last &&
        cls_.article_definite.has(tok(first - 1).text) && tok(last).word && tok(last).upper)
      continue;
    // An organisation's name before a known one's acronym in parentheses is that organisation's:
    // "der Südostasiatischen Staatengemeinschaft (Asean)".
    if (k == Kind::kOrg && last + 2 < sen.last && tok(last).text == "(" && tok(last + 2).text == ")")
      for (const Ref& r : refs(s))
        if (r.first == last + 1 && r.last == last + 2 && !r.reference && ent(r.ent).kind == Kind::kOrg) e = r.ent;
    // A place whose name starts or ends with a building's noun is a building: "Palazzo Chigi",
    // "the Blue Palace" (the tagger tells places of no kind).
    if (e < 0 && k == Kind::kCity &&
        (cls_.building_noun.has(tok(first).text) || cls_.building_noun.has(tok(last - 1).text) ||
         building_noun_after(s, last)))
      e = building_entity(name, -1);
    // … and so is an organisation's before a building's noun in lower case, other than its seat: "the
    // Königstedt manor" (not "the Siemens headquarters").
    if (e < 0 && k == Kind::kOrg && building_noun_after(s, last) && !cls_.building_seat.has(tok(last).text))
      e = building_entity(name, -1);
    // … and a person's of no person named before, after a definite article: "at the Huis ten Bosch
    // palace" (a name's particle made it look like a person's).
    if (e < 0 && k == Kind::kPerson && first > sen.first && cls_.article_definite.has(tok(first - 1).text) &&
        building_noun_after(s, last) && !cls_.building_seat.has(tok(last).text))
      e = building_entity(name, -1);
    // … and one whose name starts with a building's noun after a word of "building.prep", perhaps with an
    // article between: "im Museum für Moderne Kunst" is where it is held (not "Das Museum für … zeigt").
    if (e < 0 && k == Kind::kOrg && cls_.building_noun.has(tok(first).text) && after_building_prep(sen, first))
      e = building_entity(name, -1);
    // A name the article already gave a place, organisation or person is that entity, whatever the
    // tagger calls it here: "the island of Capri" after the dateline's "CAPRI" is no person.
    for (const Kind other : {Kind::kCity, Kind::kOrg, Kind::kPerson})
      if (e < 0 && other != k) e = out_.find(other, name);
    if (e < 0) e = entity(k, name, name);
    mention(s, first, last, e);
  }
  std::sort(refs(s).begin(), refs(s).end(), [](const Ref& a, const Ref& b) { return a.first < b.first; });
}

std::string MentionFinder::org_base_form(std::size_t s, std::size_t first, std::size_t last, std::string name) const {
  if (last != first + 1 || first == text_.sentences[s].first || !cls_.inflect_org_after.has(tok(first - 1).text))
    return name;
  // (a word, not an acronym: "des IS" is the IS)
  if (name.size() < 5 || !std::all_of(name.begin() + 1, name.end(),
                                      [](char c) { return std::islower(static_cast<unsigned char>(c)) || (c & 0x80); }))
    return name;
  // The longest ending of "inflect.org" that leaves a stem ending in a consonant ("Rates" → "Rat",
  // "Kongresses" → "Kongress"), else the shortest ("Komitees" → "Komitee", "Amts" → "Amt").
  auto vowel = [](char c) { return std::strchr("aeiouy", c) != nullptr || (c & 0x80); };
  std::string_view best;
  for (const std::string& end : cls_.inflect_org.entries()) {
    if (end.empty() || name.size() < end.size() + 3 || !name.ends_with(end)) continue;
    const char before = name[name.size() - end.size() - 1];
    const bool fits = end.size() > 1 ? !vowel(before) : before != 's';
    if (fits && end.size() > best.size()) best = end;
  }
  return name.substr(0, name.size() - best.size());
}

}  // namespace mention_detail

Mentions find_mentions(const Pack& pack, const Text& text, std::vector<ProposedMention> proposals,
                       std::string_view date) {
  return mention_detail::MentionFinder(pack, text, date).run(std::move(proposals));
}

}  // namespace kg::extract
