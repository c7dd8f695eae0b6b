// The mention stage's steps for offices (mention_finder.h): offices before a name, also written in
// several words ("Deputy Prime Minister X") or as a compound ("Außenministerin X"), forms of
// address between office and name, an office's field ("Minister for Trade"), and offices after a
// name and "as".
#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "mention_finder.h"

namespace kg::extract::mention_detail {

std::size_t MentionFinder::suffix_office(std::size_t s, std::size_t i) {
  const Token& t = tok(i);
  if (!t.word || !t.upper || lex_.word(t.text)) return i;
  // … or a word of "office.prefix" before an office of the lexicons: "Interimspräsidentin",
  // "Vizekanzler" (the title as written).
  bool prefixed = false;
  if (const std::string_view prefix = cls_.office_prefix.entry_of(t.text);
      !prefix.empty() && t.text.size() > prefix.size() + 3) {
    const auto title = lex_.word(capitalised(t.text.substr(prefix.size())));
    prefixed = lex_is(title, {LexClass::kTitle}) && lex_.entry(*title).kind == "office";
  }
  if (!prefixed && !cls_.office_suffix.has(t.text)) return i;
  return person_after_title(s, i, i + 1, office_base_form(t.text));
}

std::string MentionFinder::office_base_form(std::string_view word) const {
  // The class "inflect.office" lists endings dropped in turn ("…in", then "…s").
  std::string title(word);
  for (const std::string& ending : cls_.office_endings.entries())
    if (title.ends_with(ending)) title.resize(title.size() - ending.size());
  return title;
}

std::size_t MentionFinder::organisation_office(std::size_t s, std::size_t i) {
  const Token& t = tok(i);
  if (!t.word || !t.upper || cls_.office_compound.empty() || t.text.find('-') != std::string_view::npos) return i;
  const std::string_view ending = cls_.office_compound.ending_of(t.text, 3);
  if (ending.empty()) return i;
  const std::string office = capitalised(ending);
  const auto title = lex_.word(office);
  if (!lex_is(title, {LexClass::kTitle}) || lex_.entry(*title).kind != "office") return i;
  // The organisation, perhaps with a linking "s" ("Parlamentspräsident"): one of the lexicon, else
  // (also for a title of the lexicon: "Kommissionspräsidentin" after "die Europäische Kommission")
  // the one the article named with that head noun.
  std::string_view head = t.text.substr(0, t.text.size() - ending.size());
  const std::size_t head_bytes = head.size();
  const auto whole = lex_.word(t.text);
  const bool known = whole.has_value();
  // An organisation the lexicons know after it, "der Afrikanischen Union": the compound is the
  // office's title, held there ("Kommissionsvorsitzender", and "Kommissionspräsident" too, whose
  // title names another organisation by default).
  const auto title_of_named = [&]() -> std::size_t {
    const Sentence& sen = text_.sentences[s];
    std::size_t at = i + 1;
    if (at + 1 >= sen.last || !cls_.office_of.has(tok(at).text)) return i;
    if (cls_.genitive_article.has(tok(at + 1).text) && !lex_.match(text_.tokens, at + 1)) ++at;
    const auto o = lex_.match(text_.tokens, at + 1);
    if (!o || !lex_is(o->entry, {LexClass::kOrg})) return i;
    // (the title of the lexicon's base form after the compound's head: "Kommissionsvorsitzende")
    std::string compound = known ? lex_.entry(*whole).canonical : std::string(head) + lex_.entry(*title).canonical;
    if (!known)
      compound[head_bytes] = static_cast<char>(std::tolower(static_cast<unsigned char>(compound[head_bytes])));
    return person_after_title(s, i, i + 1, compound);
  };
  // A title of one organisation's office ("Kommissionspräsidentin": of=Europäische Kommission) is
  // that organisation's, named or not (the compound's head is its mention, no name of it).
  if (known && !lex_.entry(*whole).of.empty()) {
    if (const std::size_t next = title_of_named(); next > i) return next;
  }
  if (known && !lex_.entry(*whole).of.empty())
    if (const auto body = lex_.phrase(lex_.entry(*whole).of); lex_is(body, {LexClass::kOrg})) {
      const std::size_t body_entry = *body;
      // (not where the article named another organisation of the head and not the lexicon's:
      // "Ratspräsidentin" in a report on a Nordic council is that council's)
      const auto lexicons = out_.by_key.find(Mentions::key_of(Kind::kOrg, lex_.entry(body_entry).canonical));
      const int named = organisation_of_head(head);
      if (named >= 0 && (lexicons == out_.by_key.end() || ent(lexicons->second).mentions.empty()))
        return office_in_word(
            s, i, head_bytes, lex_.entry(*whole).canonical, [&] { return named; }, Head::kNone);
      return office_in_word(
          s, i, head_bytes, lex_.entry(*whole).canonical, [&] { return lex_entity(body_entry); }, Head::kMentions);
    }
  auto org = known ? std::nullopt : lex_.word(head);
  if (!known && !lex_is(org, {LexClass::kOrg}) && head.ends_with('s')) org = lex_.word(head.substr(0, head.size() - 1));
  if (lex_is(org, {LexClass::kOrg})) {
    const std::size_t org_entry = *org;
    return office_in_word(s, i, head_bytes, lex_.entry(*title).canonical, [&] { return lex_entity(org_entry); });
  }
  const int named = organisation_of_head(head);  // ("Kommissions" is no name of it)
  if (named < 0) {
    if (known) return i;
    if (const std::size_t next = title_of_named(); next > i) return next;
    // (an office after a prefix is suffix_office's: "Interimspräsidentin")
    if (!cls_.office_prefix.entry_of(t.text).empty()) return i;
    // A head that names a people ("Palästinenserpräsident X": a noun of the lexicons with a state's
    // code) holds the office in that state; any other ("Rebellenchef Y") in none we know — the name
    // starts after the compound either way ("darunter A und Rebellenchef Y" is no name of three words).
    const std::string_view people = lex_.demonym(head);
    if (const auto state = people.empty() ? std::nullopt : lex_.country_entry(people)) {
      const std::size_t state_entry = *state;
      return office_in_word(
          s, i, head_bytes, lex_.entry(*title).canonical, [&] { return lex_entity(state_entry); }, Head::kMentions);
    }
    const std::size_t before = refs(s).size();
    const std::size_t next = person_after_title(s, i, i + 1, lex_.entry(*title).canonical);
    for (std::size_t q = before; q < refs(s).size(); ++q)
      if (refs(s)[q].title_at == i && ent(refs(s)[q].ent).kind == Kind::kPerson) refs(s)[q].office_elsewhere = true;
    return next;
  }
  return office_in_word(
      s, i, head_bytes, lex_.entry(*title).canonical, [&] { return named; }, Head::kNone);
}

int MentionFinder::organisation_of_head(std::string_view head) const {
  // (the head as written in the name, in its genitive too: "Rat", "Rates")
  for (const std::string_view stem :
       {head, head.ends_with('s') ? head.substr(0, head.size() - 1) : std::string_view{}}) {
    if (stem.empty()) continue;
    if (const auto it = org_heads_.find(stem); it != org_heads_.end()) return it->second;
    if (const auto it = org_heads_.find(std::string(stem) + "es"); it != org_heads_.end()) return it->second;
  }
  return -1;
}

std::size_t MentionFinder::office_in_word(std::size_t s, std::size_t i, std::size_t head_bytes,
                                          const std::string& title, const std::function<int()>& where_of, Head head) {
  const Token& t = tok(i);
  const std::string head_text(t.text.substr(0, head_bytes));
  const std::size_t before = refs(s).size();
  if (std::size_t next = person_after_title(s, i, i + 1, title); next > i) {
    const int where = where_of();
    // Every name the office was written with ("EU-Außenminister A und B"), not the last mention made.
    for (std::size_t q = before; q < refs(s).size(); ++q) {
      Ref& r = refs(s)[q];
      if (r.title_at != i || ent(r.ent).kind != Kind::kPerson) continue;
      r.office_in = where;
      holders_by_organisation_[where].insert(r.ent);
    }
    if (head == Head::kNone) return next;
    Mention m;
    m.span = Span{t.start, t.start + head_bytes};
    m.text = head_text;
    ent(where).mentions.push_back(m);
    if (head == Head::kNames) add_form(where, head_text);
    return next;
  }
  const int where = where_of();
  // No name after it, after a word of "office.reference" ("sagte der UN-Chef"): the one person
  // introduced with an office in it ("UN-Generalsekretär X").
  if (i > text_.sentences[s].first && cls_.office_reference.has(tok(i - 1).text)) {
    const auto holders = holders_by_organisation_.find(where);
    if (holders != holders_by_organisation_.end() && holders->second.size() == 1) {
      Ref r;
      r.title = title;
      r.title_at = i;
      r.reference = true;
      r.office_in = where;
      mention(s, i, i + 1, *holders->second.begin(), r);
      return i + 1;
    }
  }
  // No name after it ("wurde zum CDU-Chef gewählt"): the organisation, with the office written in it
  // for the rules (`role o`, `compound=office.compound_tail`).
  if (ent(where).kind != Kind::kOrg || head != Head::kNames) return i;
  Ref r;
  r.title = title;
  r.title_at = i;
  mention(s, i, i + 1, where, r);
  add_form(where, head_text);
  return i + 1;
}

std::size_t MentionFinder::office_phrase(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  // Cheap first: a modifier here, or an office's head among the next words.
  if (!tok(i).word) return i;
  // "Forum Secretary General X" after "the Pacific Islands Forum": the head of an organisation's
  // name the article gave before an office is that organisation (not a word of the office).
  if (const auto it = org_heads_.find(tok(i).text);
      it != org_heads_.end() && tok(i).upper && i + 1 < sen.last && (i == sen.first || !tok(i - 1).upper)) {
    const int org = it->second;
    std::size_t next = office_phrase(s, i + 1);
    if (const auto m = lex_.match(text_.tokens, i + 1);
        next <= i + 1 && m && lex_.entry(m->entry).cls == LexClass::kTitle && lex_.entry(m->entry).kind == "office")
      next = person_after_title(s, i + 1, i + 1 + m->tokens, lex_.entry(m->entry).canonical);
    if (next <= i + 1) return i;
    mention(s, i, i + 1, org, Ref{}, /*epithet=*/true);
    // (its place among the sentence's mentions: before the office's)
    auto& rs = refs(s);
    const auto at = std::find_if(rs.begin(), rs.end(), [&](const Ref& r) { return r.first > i; });
    std::rotate(at, rs.end() - 1, rs.end());
    return next;
  }
  // "Host Prime Minister X": the host is no word of the office, which starts after it.
  if (cls_.office_host.has(tok(i).text) && i + 1 < sen.last) {
    const std::size_t next = office_phrase(s, i + 1);
    return next > i + 1 ? next : i;
  }
  bool office_ahead = cls_.office_modifier.has(tok(i).text);
  for (std::size_t k = i + 1; !office_ahead && k < sen.last && k < i + 5 && tok(k).word; ++k)
    office_ahead = cls_.office_head.has(tok(k).text);
  if (!office_ahead) return i;
  std::size_t j = i;
  bool topic = false;  // capitalised words other than modifiers: only an office of "office.head" takes them
  for (; j < sen.last && j - i < 4; ++j) {
    const Token& t = tok(j);
    if (cls_.office_modifier.has(t.text)) continue;
    if (!name_word(t) || cls_.month.has(t.text) || cls_.weekday.has(t.text) || cls_.article_capitalised.has(t.text))
      break;
    // (a state or organisation of the lexicons is none of the office's words: "U.S. Treasury Secretary")
    if (const auto known = lex_.match(text_.tokens, j); known && !lex_is(known->entry, {LexClass::kTitle})) break;
    topic = true;
  }
  if (j == i) return i;
  auto m = lex_.match(text_.tokens, j);
  if (!m || lex_.entry(m->entry).cls != LexClass::kTitle || lex_.entry(m->entry).kind != "office") return i;
  const std::size_t end = j + m->tokens;
  if (topic && !cls_.office_head.has(tok(end - 1).text)) return i;
  const std::string title = span_text(i, end);
  if (std::size_t next = person_after_title(s, i, end, title); next > i) return next;
  if (std::size_t next = office_after_name(s, i, end, title); next > i) return next;
  // An office alone ("… and Deputy Prime Minister"): its words name no one.
  office_reference(s, i, end, title);
  return end;
}

std::optional<std::pair<std::size_t, std::size_t>> MentionFinder::office_holder_of(const Sentence& sen,
                                                                                   std::size_t* j) const {
  if (*j >= sen.last) return std::nullopt;
  if (auto o = lex_.match(text_.tokens, *j); o && lex_is(o->entry, {LexClass::kCountry, LexClass::kCity}) &&
                                             o->tokens == 1 && !cls_.genitive.ending_of(tok(*j).text, 1).empty() &&
                                             *j + 1 < sen.last) {
    // "… Maltas Jane Roe", "dem Präsidenten Irlands, Sean Doe", "der Bürgermeister Hamburgs, X"
    std::size_t name_at = tok(*j + 1).text == "," ? *j + 2 : *j + 1;
    if (name_at < sen.last && name_word(tok(name_at))) {
      auto of = std::make_pair(*j, *j + 1);
      *j = name_at;
      return of;
    }
  }
  if (*j + 1 < sen.last && cls_.office_of.has(tok(*j).text)) {
    // "Secretary General of the OAU X", "the Mayor of Lima, X": perhaps an article before it.
    std::size_t at = *j + 1;
    if (at + 1 < sen.last && cls_.genitive_article.has(tok(at).text) && !lex_.match(text_.tokens, at)) ++at;
    // (… and a noun that introduces the name: "der Vorsitzende der Schwesterpartei CSU, X")
    if (at + 1 < sen.last && tok(at).word && tok(at).upper && !lex_.match(text_.tokens, at) &&
        (cls_.org_head_named.has(tok(at).text) || !cls_.org_head_ending.ending_of(tok(at).text, 3).empty()) &&
        lex_is(lex_.word(tok(at + 1).text), {LexClass::kOrg}))
      ++at;
    if (auto o = lex_.match(text_.tokens, at);
        o && lex_is(o->entry, {LexClass::kOrg, LexClass::kCountry, LexClass::kCity})) {
      auto of = std::make_pair(at, at + o->tokens);
      *j = at + o->tokens;
      if (*j < sen.last && tok(*j).text == ",") ++*j;
      return of;
    }
  }
  return std::nullopt;
}

std::string_view MentionFinder::title_kind(std::size_t t) const {
  auto m = lex_.match(text_.tokens, t);
  if (!m || lex_.entry(m->entry).cls != LexClass::kTitle) return {};
  return lex_.entry(m->entry).kind;
}

std::string_view MentionFinder::title_kind_of(std::string_view word) const {
  const auto w = lex_.word(word);
  return lex_is(w, {LexClass::kTitle}) ? std::string_view(lex_.entry(*w).kind) : std::string_view();
}

std::size_t MentionFinder::address_at(std::size_t t) const {
  auto m = lex_.match(text_.tokens, t);
  return m && lex_.entry(m->entry).cls == LexClass::kTitle && lex_.entry(m->entry).kind == "address" ? m->tokens : 0;
}

std::size_t MentionFinder::surname_like_title(const Sentence& sen, std::size_t given, std::size_t end) const {
  if (end != given + 1 || end >= sen.last || !lex_.is_given_name(tok(given).text) || !tok(end).word ||
      !tok(end).upper || (end + 1 < sen.last && name_word(tok(end + 1))))
    return end;
  const auto w = lex_.word(tok(end).text);
  return lex_is(w, {LexClass::kTitle}) && lex_.entry(*w).canonical == tok(end).text ? end + 1 : end;
}

std::size_t MentionFinder::name_after_office_end(const Sentence& sen, std::size_t j) const {
  std::size_t k = j;
  // A name that starts like a place of the lexicons, written as the place is (not in the genitive:
  // "Ministerpräsident Sachsens X"), before a word of a name: "Staatschef Santiago Peña", "Foreign
  // Minister Israel Katz".
  if (j + 1 < sen.last && name_word(tok(j + 1))) {
    const auto m = lex_.match(text_.tokens, j);
    if (m && m->tokens == 1 && lex_is(m->entry, {LexClass::kCountry, LexClass::kCity})) {
      const std::string_view w = tok(j).text;
      const bool inflected = !cls_.inflect_city.ending_of(w).empty() || !cls_.inflect_country.ending_of(w).empty();
      if (!inflected || lex_.entry(m->entry).canonical == w) ++k;
    }
  }
  // Initials without periods start a name, one that is a word of the lexicons ("A") too when
  // another initial follows it: "President A P J Test", "Chief Minister M K Test".
  auto initial = [&](std::size_t t) { return tok(t).word && tok(t).upper && tok(t).text.size() == 1; };
  if (k == j && j + 2 < sen.last && initial(j) && initial(j + 1))
    while (k < sen.last && k - j < 3 && initial(k)) ++k;
  while (k < sen.last && k - j < 5 && (name_word(tok(k)) || (k > j && particles_to_name(sen, k)))) ++k;
  k = surname_like_title(sen, j, k);
  // The tagger's person running on over a place of the lexicons: "Ministerpräsident Luís Montenegro".
  // (none where the office ends the text: "… Premier")
  if (j >= sen.last) return k;
  if (auto tagged = proposed_persons_.find(tok(j).start); tagged != proposed_persons_.end())
    for (std::size_t t = k; t < sen.last && t < j + 5 && tok(t).end <= tagged->second; ++t)
      if (tok(t).end == tagged->second) k = t + 1;
  return k;
}

std::size_t MentionFinder::person_after_title(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title) {
  const Sentence& sen = text_.sentences[s];
  std::size_t j = skip_office_topic(sen, t1);  // "Minister for Foreign Affairs X"
  std::optional<std::pair<std::size_t, std::size_t>> of = office_holder_of(sen, &j);
  // "dem Vorsitzenden des Ausschusses, Karl Beispiel", "der Präsident der Nordischen Fischereibehörde,
  // X,": an office of something the lexicons do not know — an organisation when its last word is
  // one's head ("org.head.last", a compound ending in "org.head.ending"), else, when named by more
  // than one word, held in no state.
  bool elsewhere = false;
  std::optional<int> unknown_org;
  std::size_t org_first = 0, org_last = 0;
  if (!of && j + 3 < sen.last && cls_.genitive_article.has(tok(j).text)) {
    std::size_t k = j + 1;
    while (k < sen.last && k - j <= 3 && tok(k).word && tok(k).upper && !lex_.match(text_.tokens, k)) ++k;
    if (k > j + 1 && k + 1 < sen.last && tok(k).text == "," && name_word(tok(k + 1))) {
      const std::string_view head = tok(k - 1).text;
      if (cls_.org_head_last.has(head) || !cls_.org_head_ending.ending_of(head, 3).empty()) {
        org_first = j + 1;
        org_last = k;
        const std::string name = span_text(org_first, org_last);
        unknown_org = entity(Kind::kOrg, name, name);
      } else {
        elsewhere = k > j + 2;  // one word ("der Kommission") may be the article's organisation's body
      }
      j = k + 1;
    }
  }
  // Forms of address between office and name, perhaps after an article or a comma: "Prime Minister
  // of Fiji, the Hon. X", "President of Y, His Excellency X", "the OECS Secretary-General, Dr. X".
  if (j + 1 < sen.last && (tok(j).text == "," || cls_.genitive_article.has(tok(j).text)) && address_at(j + 1) > 0) {
    ++j;
  } else if (j + 2 < sen.last && tok(j).text == "," && name_word(tok(j + 1))) {
    // A full name after a comma, closed by another or by the sentence's end: "the OAS
    // secretary-general, Anna Probe, said", "her successor as Secretary General, Anna Probe." —
    // not one that starts the clause after it ("After meeting the president, Anna Probe said").
    // (after an office in the plural the list goes on: "their counterparts, A and B, …")
    const std::size_t e = name_after_office_end(sen, j + 1);
    const bool closed = e == sen.last || tok(e).text == "," || tok(e).text == "." || tok(e).text == ";" ||
                        (plural_office(t1) && cls_.conjunction_and.has(tok(e).text));
    if (e >= j + 3 && closed && !lex_.match(text_.tokens, j + 1)) ++j;
  }
  // (the mention holds the form of address, a title alone of that kind too: "Sheikh X" is how
  // news name X; the name does not)
  const std::size_t addressed = address_at(t0) > 0 && j == t1 ? t0 : j;
  while (const std::size_t n = j < sen.last ? address_at(j) : 0) j += n;
  std::size_t k = name_after_office_end(sen, j);
  // A given name alone after an office: the capitalised word after it is the surname even when it
  // is a word of the lexicon ("Prime Minister Anna May", "Secretary-General Maria Scotland").
  if (k == j + 1 && k < sen.last && lex_.is_given_name(tok(j).text) && tok(k).word && tok(k).upper &&
      !cls_.weekday.has(tok(k).text) && title_kind(k).empty() && cls_.genitive.ending_of(tok(k).text, 1).empty() &&
      !(k + 1 < sen.last && !tok(k + 1).text.empty() && std::isdigit(static_cast<unsigned char>(tok(k + 1).text[0]))))
    ++k;
  // Nor are words ending in an organisation's head ("leader of Chile's Green Party").
  if (k > j && cls_.org_head_last.has(tok(k - 1).text)) return t0;
  // A name of several words the lexicon knows ("Sri Lankas") is no person; one word of it before a
  // name's word may be the name's start ("Santiago Peña", name_after_office_end).
  if (k == j) return t0;
  if (const auto m = lex_.match(text_.tokens, j); m && (m->tokens > 1 || k == j + 1)) return t0;
  // A single word after an office names a person only when it is long enough to be a name.
  if (k == j + 1 && person_by_part(tok(j).text) < 0 && tok(j).text.size() < 3) return t0;
  const std::size_t name_last = without_postnominal(j, k);  // "Anna Probe QC" is Anna Probe
  std::string name = span_text(j, name_last);
  // (a name in the possessive is the person's, an attribute of what follows: "former President X's family")
  const bool possessive = name.size() > 2 && name.ends_with("'s");
  if (possessive) name.resize(name.size() - 2);
  int p = -1;
  if (k == j + 1) p = person_by_part(name);
  if (p < 0) p = entity(Kind::kPerson, name, name);
  if (of) mention(s, of->first, of->second, lex_entity(lex_.match(text_.tokens, of->first)->entry));
  if (unknown_org) mention(s, org_first, org_last, *unknown_org);
  Ref r;
  r.title = title;
  r.title_at = t0;
  r.office_elsewhere = elsewhere;
  r.genitive = possessive;
  // "Chinas Staats- und Parteichef X": the first part of a compound cut short before "und" names the
  // office the words before it tell the state of ("Staatschef").
  if (t0 >= sen.first + 2 && cls_.conjunction_and.has(tok(t0 - 1).text) && tok(t0 - 2).text.size() > 2 &&
      tok(t0 - 2).text.back() == '-') {
    const std::string_view head = tok(t0 - 2).text.substr(0, tok(t0 - 2).text.size() - 1), whole = tok(t1 - 1).text;
    for (std::size_t cut = 1; cut + 3 <= whole.size(); ++cut) {
      if (!std::islower(static_cast<unsigned char>(whole[cut]))) continue;
      if (const auto w = lex_.word(std::string(head) + std::string(whole.substr(cut))); lex_is(w, {LexClass::kTitle})) {
        r.title = lex_.entry(*w).canonical;
        r.title_at = t0 - 2;
        break;
      }
    }
  }
  if (const Ref* state = state_before_office(s, r.title_at)) holders_.emplace(ent(state->ent).code + "\t" + r.title, p);
  holders_by_title_[title].insert(p);
  holders_by_form_[span_text(t0, t1)].insert(p);
  // (an adjective's noun has one form for both, its article tells: "die Vorsitzende X" is a woman)
  if (t0 > sen.first && cls_.office_female_article.has(tok(t0 - 1).text) && tok(t1 - 1).text.ends_with('e'))
    female_by_article_.insert(p);
  mention(s, addressed, name_last, p, r);
  // "Parteichef und Innenminister X", "dem AU-Vorsitzenden und Präsidenten der Komoren, X": the
  // office before "und" is the name's too.
  if (t0 >= sen.first + 2 && cls_.conjunction_and.has(tok(t0 - 1).text)) {
    Ref also = r;
    also.title.clear();
    also.title_at = t0 - 2;
    for (const Ref& q : refs(s)) {
      if (q.first == t0 - 2 && q.last == t0 - 1 && !q.title.empty() && ent(q.ent).kind == Kind::kOrg) {
        also.title = q.title;  // "AU-Vorsitzenden": an office in the organisation
        also.office_in = q.ent;
      }
    }
    if (const auto w = lex_.word(tok(t0 - 2).text);
        also.title.empty() && lex_is(w, {LexClass::kTitle}) && lex_.entry(*w).kind == "office")
      also.title = lex_.entry(*w).canonical;
    if (!also.title.empty()) mention(s, j, name_last, p, also);
  }
  // An office in the plural is every listed name's: "deputy prime ministers A, B and C".
  if (plural_office(t1)) {
    std::vector<int> listed{p};
    for (;;) {
      // A party's tag after a name: "Senators A (D-NY) and B".
      if (k + 3 < sen.last && tok(k).text == "(" && tok(k + 2).text == ")") {
        auto tag = lex_.match(text_.tokens, k + 1);
        if (!tag || tag->tokens != 1 || lex_.entry(tag->entry).cls != LexClass::kOrg) break;
        mention(s, k + 1, k + 2, lex_entity(tag->entry));
        k += 3;
      }
      if (!(k + 2 < sen.last && (tok(k).text == "," || cls_.conjunction_and.has(tok(k).text)) &&
            name_word(tok(k + 1)) && name_word(tok(k + 2)) && !lex_.match(text_.tokens, k + 1)))
        break;
      std::size_t a = k + 1, b = a;
      while (b < sen.last && b - a < 4 && name_word(tok(b))) ++b;
      if (b < sen.last && title_kind(b) == "office") break;  // "…, Foreign Minister X" has an office of its own
      listed.push_back(entity(Kind::kPerson, span_text(a, b), span_text(a, b)));
      mention(s, a, b, listed.back(), r);
      k = b;
    }
    respective_states(s, t0, r.title, listed);
    return k;
  }
  // "der Parteivorsitzenden Anna Probe und Jan Test-Mann": a second name of two or more words
  // shares an office in a form that may be a plural — not in the office's base form or a female
  // one, which is one person's: "Der slowakische Premier X und Viktor Orbán", "President X and Y".
  // (a compound's last part: "US-Präsident" is "Präsident")
  std::string_view form = tok(t1 - 1).text;
  if (const std::size_t dash = form.rfind('-'); dash != std::string_view::npos) form = form.substr(dash + 1);
  const bool one_holder = std::string_view(title).ends_with(form) || !cls_.office_female.ending_of(form, 3).empty();
  // (a party's tag after the first name: "die Fraktionschefs A (CDU) und B (SPD)")
  if (!one_holder && k + 5 < sen.last && tok(k).text == "(" && tok(k + 2).text == ")" &&
      cls_.conjunction_and.has(tok(k + 3).text))
    if (const auto tag = lex_.match(text_.tokens, k + 1);
        tag && tag->tokens == 1 && lex_.entry(tag->entry).cls == LexClass::kOrg) {
      mention(s, k + 1, k + 2, lex_entity(tag->entry));
      k += 3;
    }
  if (!one_holder && k + 2 < sen.last && cls_.conjunction_and.has(tok(k).text) && name_word(tok(k + 1)) &&
      name_word(tok(k + 2)) && !lex_.match(text_.tokens, k + 1)) {
    std::size_t a = k + 1, b = a;
    while (b < sen.last && b - a < 5 && name_word(tok(b))) ++b;
    // "… X and Central Bank Governor Y": words before an office of their own name no one; nor
    // does an office compound ("… X und BSW-Landeschefin Y").
    if (b < sen.last && !title_kind(b).empty()) return k;
    if (const std::string_view w = tok(a).text; w.find('-') != std::string_view::npos) {
      const std::string_view tail = w.substr(w.rfind('-') + 1);
      if (!title_kind_of(tail).empty() || !cls_.office_compound.ending_of(tail, 3).empty()) return k;
      // … nor a compound led by a state or organisation ("… X und US-First-Lady Y").
      if (lex_is(lex_.word(w.substr(0, w.find('-'))), {LexClass::kCountry, LexClass::kOrg})) return k;
    }
    // Nor does an office the lexicons know by its ending only ("… X und Entwicklungsministerin Y").
    if (cls_.office_suffix.has(tok(a).text)) return k;
    std::string second = span_text(a, b);
    mention(s, a, b, entity(Kind::kPerson, second, second), r);
    return b;
  }
  return k;
}

void MentionFinder::respective_states(std::size_t s, std::size_t t0, const std::string& title,
                                      const std::vector<int>& persons) {
  // The states' adjectives right before the office, joined by "and": "Canadian and British".
  const Ref* second = nullptr;
  for (const Ref& q : refs(s))
    if (q.adjective && q.last == t0 && ent(q.ent).kind == Kind::kCountry) second = &q;
  if (second == nullptr || second->first < 2 || !cls_.conjunction_and.has(tok(second->first - 1).text)) return;
  const Ref* first = nullptr;
  for (const Ref& q : refs(s))
    if (q.adjective && q.last == second->first - 1 && ent(q.ent).kind == Kind::kCountry) first = &q;
  if (first == nullptr || persons.size() != 2) return;
  const int states[2] = {first->ent, second->ent};
  for (std::size_t i = 0; i < 2; ++i)
    for (Ref& q : refs(s))
      if (q.ent == persons[i] && q.title == title && q.title_at == t0) q.office_in = states[i];
}

std::size_t MentionFinder::skip_office_topic(const Sentence& sen, std::size_t t) {
  if (t + 1 >= sen.last || !cls_.office_topic.has(tok(t).text)) return t;
  auto topic_word = [&](std::size_t k) {
    const Token& w = tok(k);
    return w.word && w.upper && title_kind(k).empty() && !cls_.office_modifier.has(w.text) &&
           !lex_.is_given_name(w.text) && !cls_.article_capitalised.has(w.text);
  };
  std::size_t end = t;
  for (std::size_t k = t + 1; k < sen.last && k < t + 8 && topic_word(k);) {
    end = ++k;
    if (k + 1 < sen.last && cls_.conjunction_and.has(tok(k).text) && topic_word(k + 1)) ++k;
  }
  if (end > t) office_topics_.emplace_back(t + 1, end);
  return end;
}

std::size_t MentionFinder::office_after_name(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title) {
  const Sentence& sen = text_.sentences[s];
  // Back over the office's modifiers and an ordinal ("as the 31st Acting Prime Minister"), then an article.
  std::size_t b = t0;
  while (b > sen.first && (cls_.office_modifier.has(tok(b - 1).text) ||
                           (!tok(b - 1).text.empty() && std::isdigit(static_cast<unsigned char>(tok(b - 1).text[0])))))
    --b;
  if (b > sen.first && cls_.genitive_article.has(tok(b - 1).text)) --b;
  if (b == sen.first || !cls_.office_as.has(tok(b - 1).text)) return t0;
  const std::size_t as = b - 1;
  // Back over a few lower-case words with a verb that gives an office ("was sworn in", "will serve").
  std::size_t name_end = as;
  bool verb = false;
  for (std::size_t n = as; n > sen.first && as - n < 5 && tok(n - 1).word && !tok(n - 1).upper; --n) {
    verb = verb || cls_.office_as_verb.has(tok(n - 1).text);
    if (verb) name_end = n - 1;
  }
  // The name may be one the tagger proposes after this pass: offices_after_names() gives it the office.
  offices_after_names_.push_back({name_end, t0, title});
  return std::max(t1, skip_office_topic(sen, t1));
}

void MentionFinder::offices_after_names(std::size_t s) {
  for (const OfficeAfterName& o : offices_after_names_) {
    for (Ref& r : refs(s)) {
      if (r.last != o.name_end || r.reference || !r.title.empty() || ent(r.ent).kind != Kind::kPerson) continue;
      r.title = o.title;
      r.title_at = o.at;
      holders_by_title_[o.title].insert(r.ent);
    }
  }
  offices_after_names_.clear();
}

bool MentionFinder::plural_office(std::size_t t1) const {
  const std::string_view last_word = tok(t1 - 1).text;
  const auto singular = lex_.word(last_word);
  return singular && !cls_.office_plural.ending_of(last_word).empty() &&
         cls_.office_plural.ending_of(lex_.entry(*singular).canonical).empty();
}

}  // namespace kg::extract::mention_detail
