#include "lexicon.h"

#include <algorithm>

namespace kg::extract {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (;;) {
    std::size_t next = s.find(sep, at);
    out.emplace_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) break;
    at = next + 1;
  }
  return out;
}

std::vector<std::string> words_of(const std::string& form, const WordClasses& words) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(form, words["abbreviation"])) out.emplace_back(t.text);
  return out;
}

}  // namespace

void Lexicon::add_form(const std::string& form, std::size_t entry, const WordClasses& classes) {
  std::vector<std::string> words = words_of(form, classes);
  if (words.empty()) return;
  if (entries_[entry].cls == LexClass::kEvent && words.size() == 1 && !words[0].empty() && words[0][0] >= 'A' &&
      words[0][0] <= 'Z') {
    std::string head = words[0];
    head[0] = static_cast<char>(head[0] - 'A' + 'a');
    event_heads_.emplace(head, entry);
    longest_event_head_ = std::max(longest_event_head_, head.size());
  }
  auto& list = forms_[words[0]];
  for (const auto& [w, e] : list)
    if (w == words && e == entry) return;
  // Longest forms first, each after those of its length added before (a sorted insert: sorting
  // the list again at every form made loading the packs quadratic).
  const auto at = std::find_if(list.begin(), list.end(), [&](const auto& f) { return f.first.size() < words.size(); });
  list.emplace(at, std::move(words), entry);
}

namespace {

std::optional<LexClass> lex_class(const std::string& cls) {
  static const std::pair<const char*, LexClass> kClasses[] = {
      {"country", LexClass::kCountry}, {"city", LexClass::kCity},     {"region", LexClass::kRegion},
      {"org", LexClass::kOrg},         {"adj", LexClass::kAdjective}, {"title", LexClass::kTitle},
      {"event", LexClass::kEvent},     {"noun", LexClass::kNoun},     {"given", LexClass::kGiven}};
  for (const auto& [name, c] : kClasses)
    if (cls == name) return c;
  return std::nullopt;
}

// One line's fields as an entry and its forms (the canonical name first); the reason when malformed.
std::optional<std::string> parse_entry(const std::vector<std::string>& f, LexEntry* e,
                                       std::vector<std::string>* forms) {
  if (f.size() < 2 || f[1].empty()) return "expected CLASS<TAB>NAME<TAB>FORMS<TAB>ATTRIBUTES";
  if (f.size() > 4) return "more than four tab-separated fields";
  auto cls = lex_class(f[0]);
  if (!cls) return "unknown class '" + f[0] + "' (country, city, region, org, adj, title, event, noun, given)";
  e->cls = *cls;
  e->canonical = f[1];
  forms->assign(1, f[1]);
  if (f.size() > 2 && !f[2].empty())
    for (std::string& form : split(f[2], '|'))
      if (!form.empty()) forms->push_back(std::move(form));
  if (f.size() > 3 && !f[3].empty()) {
    for (const std::string& kv : split(f[3], ';')) {
      auto eq = kv.find('=');
      if (eq == std::string::npos) return "attribute '" + kv + "' is not key=value";
      std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
      if (k == "code" || k == "country")
        e->code = v;
      else if (k == "capital")
        e->capital = v == "1";
      else if (k == "acronym")
        e->acronyms = split(v, '|');
      else if (k == "kind")
        e->kind = v;
      else if (k == "meeting")
        e->meeting = v;
      else if (k == "region")
        e->region = v;
      else if (k == "ref")
        e->ref = v;
      else if (k == "member")
        e->member = v;
      else if (k == "of")
        e->of = v;
      else if (k == "party")
        e->party = v;
      else if (k == "refers")
        e->refers = split(v, '|');
      else
        return "unknown attribute '" + k + "'";
    }
  }
  if ((e->cls == LexClass::kCountry || e->cls == LexClass::kCity || e->cls == LexClass::kAdjective) &&
      e->code.empty() && e->region.empty())
    return f[0] + " needs a country code (code= or country=)" + (e->cls == LexClass::kAdjective ? " or region=" : "");
  return std::nullopt;
}

}  // namespace

Status Lexicon::add(std::string_view name, std::string_view raw_text, const WordClasses& words) {
  // Forms are compared with tokens of normalised text, so they are normalised the same way.
  const std::string text = normalize_text(raw_text);
  std::size_t line_no = 0;
  for (const std::string& raw : split(text, '\n')) {
    ++line_no;
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    LexEntry e;
    std::vector<std::string> forms;
    if (auto why = parse_entry(split(line, '\t'), &e, &forms))
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) + ": " + *why);
    store(std::move(e), forms, words);
  }
  return Status::Ok();
}

void Lexicon::add_genitives(const std::vector<std::string>& forms, std::size_t index, const WordClass& endings,
                            const WordClasses& words) {
  for (const std::string& form : forms) {
    add_form(form, index, words);
    // The genitive ending goes on the last word, of a name of several too ("Sri Lankas"); a
    // letter not on an organisation's acronym or a name of it ending in a capital ("OSZE", "G7"),
    // an apostrophe's "'s" on any ("the EU's").
    if (!words["inflect.country.not_after"].ending_of(form, 0).empty()) continue;
    const bool capital_end = !(form.back() >= 'a' && form.back() <= 'z');
    for (const std::string& ending : endings.entries()) {
      if (entries_[index].cls == LexClass::kOrg && capital_end && !ending.starts_with('\'')) continue;
      add_form(form + ending, index, words);
    }
  }
}

std::string Lexicon::ref_of(std::string_view canonical) const {
  auto it = refs_.find(std::string(canonical));
  return it == refs_.end() ? std::string() : it->second;
}

namespace {

// `forms` with, for each capitalised word before another that ends in a strong adjective ending
// ("inflect.adjective.strong": "Nordischer Rat"), the forms with each ending of
// "inflect.adjective" in its place ("Nordische Rat", "Nordischen Rat").
std::vector<std::string> with_declined_adjectives(const std::vector<std::string>& forms, const WordClasses& words) {
  const WordClass& strong = words["inflect.adjective.strong"];
  if (strong.empty()) return forms;
  std::vector<std::string> out = forms;
  for (const std::string& form : forms) {
    std::size_t start = 0;
    for (std::size_t space = form.find(' '); space != std::string::npos; space = form.find(' ', start)) {
      const std::string_view word = std::string_view(form).substr(start, space - start);
      const bool before_name = space + 1 < form.size() && form[space + 1] >= 'A' && form[space + 1] <= 'Z';
      const std::string_view ending = strong.ending_of(word, 4);
      if (before_name && !ending.empty() && word[0] >= 'A' && word[0] <= 'Z') {
        const std::size_t stem_end = space - ending.size();
        for (const std::string& other : words["inflect.adjective"].entries()) {
          std::string variant = form.substr(0, stem_end) + other + form.substr(space);
          if (std::find(out.begin(), out.end(), variant) == out.end()) out.push_back(std::move(variant));
        }
      }
      start = space + 1;
    }
  }
  return out;
}

}  // namespace

void Lexicon::store(LexEntry e, const std::vector<std::string>& given_forms, const WordClasses& words) {
  if (!e.ref.empty()) refs_[e.canonical] = e.ref;
  const bool named =
      e.cls == LexClass::kCountry || e.cls == LexClass::kCity || e.cls == LexClass::kOrg || e.cls == LexClass::kRegion;
  const std::vector<std::string> forms = named ? with_declined_adjectives(given_forms, words) : given_forms;
  if (e.cls == LexClass::kNoun || e.cls == LexClass::kGiven) {
    auto& set = e.cls == LexClass::kNoun ? nouns_ : e.kind == "register" ? register_given_ : given_;
    for (const std::string& form : forms) set.insert(form);
    // (a national's noun by its singular forms: the name and the female ones)
    if (e.cls == LexClass::kNoun && !e.code.empty())
      for (const std::string& form : forms)
        if (form == e.canonical || !words["office.female"].ending_of(form, 2).empty()) demonyms_[form] = e.code;
    return;
  }
  std::size_t index = entries_.size();
  if (e.cls == LexClass::kCountry) {
    if (auto it = country_by_code_.find(e.code); it != country_by_code_.end()) {
      // The same country again: a later canonical name wins, the forms join.
      index = it->second;
      add_form(entries_[index].canonical, index, words);
      entries_[index].canonical = e.canonical;
    } else {
      country_by_code_[e.code] = index;
      entries_.push_back(e);
    }
    add_genitives(forms, index, words["inflect.country"], words);
    return;
  }
  if (e.cls == LexClass::kCity && e.capital && !e.code.empty()) capital_by_code_.emplace(e.code, index);
  entries_.push_back(e);
  if (e.cls == LexClass::kCity) {
    add_genitives(forms, index, words["inflect.city"], words);
    return;
  }
  if (e.cls == LexClass::kOrg) {
    // An acronym read as a word is written in title case too ("ECOWAS": "Ecowas", "OPEC": "Opec"),
    // unless that spelling is a given name, a common word or another entry's ("ALBA": "Alba").
    std::vector<std::string> all = forms;
    for (const std::string& f : forms) {
      if (f.size() < 4 || f.size() > 8 || !std::all_of(f.begin(), f.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
      std::string title = f;
      std::transform(title.begin() + 1, title.end(), title.begin() + 1,
                     [](char c) { return static_cast<char>(c - 'A' + 'a'); });
      if (!given_.count(title) && !nouns_.count(title) && !word(title) &&
          std::find(all.begin(), all.end(), title) == all.end())
        all.push_back(std::move(title));
    }
    add_genitives(all, index, words["inflect.org"], words);
    return;
  }
  if (e.cls == LexClass::kEvent) {
    // In the possessive too: "the summit's host" ("inflect.event": German lists its genitives).
    add_genitives(forms, index, words["inflect.event"], words);
    return;
  }
  if (e.cls == LexClass::kAdjective) {
    // With endings ("russisch": russische, russischen, …), else as written ("Russian").
    const std::vector<std::string>& endings = words["inflect.adjective"].entries();
    for (const std::string& form : forms) {
      if (endings.empty()) add_form(form, index, words);
      for (const std::string& ending : endings) add_form(form + ending, index, words);
    }
    return;
  }
  for (const std::string& form : forms) add_form(form, index, words);
}

std::optional<std::pair<std::size_t, std::size_t>> Lexicon::event_head(std::string_view w) const {
  // The longest head first: "Gipfeltreffen" before "Treffen".
  const std::size_t from = w.size() > longest_event_head_ ? w.size() - longest_event_head_ : 0;
  for (std::size_t k = std::max<std::size_t>(from, 3); k + 3 <= w.size(); ++k) {
    if (auto it = event_heads_.find(w.substr(k)); it != event_heads_.end()) return std::make_pair(it->second, k);
  }
  return std::nullopt;
}

std::optional<LexMatch> Lexicon::match(const std::vector<Token>& tokens, std::size_t i) const {
  if (has_broken_compound(tokens[i].text)) {
    // "Secretary- General": the lexicon's one-word form.
    auto e = word(join_broken_compounds(tokens[i].text));
    if (!e) return std::nullopt;
    return LexMatch{*e, 1, std::string(tokens[i].text)};
  }
  // "rheinland- pfälzische": a word whose hyphen a space parts from a lower-case word is one
  // word with it when the lexicon knows the two as one ("rheinland-pfälzische").
  if (const std::string_view w = tokens[i].text; w.size() > 1 && w.back() == '-' && i + 1 < tokens.size() &&
                                                 tokens[i + 1].word && !tokens[i + 1].upper &&
                                                 tokens[i + 1].start == tokens[i].end + 1) {
    if (auto e = word(std::string(w) + std::string(tokens[i + 1].text)))
      return LexMatch{*e, 2, std::string(w) + " " + std::string(tokens[i + 1].text)};
  }
  return match(tokens, i, tokens[i].text);
}

std::optional<LexMatch> Lexicon::match(const std::vector<Token>& tokens, std::size_t i, std::string_view first) const {
  auto it = forms_.find(first);
  if (it == forms_.end()) return std::nullopt;
  for (const auto& [words, entry] : it->second) {
    if (i + words.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < words.size() && ok; ++k) ok = tokens[i + k].text == words[k];
    if (ok) {
      std::string form;
      for (std::size_t k = 0; k < words.size(); ++k) form += (k ? " " : "") + words[k];
      return LexMatch{entry, words.size(), form};
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> Lexicon::word(std::string_view w) const {
  auto it = forms_.find(w);
  if (it == forms_.end()) return std::nullopt;
  for (const auto& [words, entry] : it->second)
    if (words.size() == 1) return entry;
  return std::nullopt;
}

std::optional<std::size_t> Lexicon::phrase(std::string_view text) const {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    parts.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  auto it = forms_.find(parts.front());
  if (it == forms_.end()) return std::nullopt;
  for (const auto& [words, entry] : it->second)
    if (std::equal(words.begin(), words.end(), parts.begin(), parts.end())) return entry;
  return std::nullopt;
}

const LexEntry* Lexicon::country(std::string_view code) const {
  auto it = country_by_code_.find(std::string(code));
  return it == country_by_code_.end() ? nullptr : &entries_[it->second];
}

std::optional<std::size_t> Lexicon::country_entry(std::string_view code) const {
  auto it = country_by_code_.find(std::string(code));
  if (it == country_by_code_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> Lexicon::capital_of(std::string_view code) const {
  auto it = capital_by_code_.find(std::string(code));
  if (it == capital_by_code_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg::extract
