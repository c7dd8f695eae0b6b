#include "rules.h"

#include <algorithm>
#include <cstdlib>

namespace kg::extract {
namespace {

// An error of the line being parsed (the caller adds "FILE:LINE: ").
struct Problem {
  std::string why;
};

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= s.size()) break;
    std::size_t j = i;
    if (s[i] == '"') {  // a quoted literal may hold any character; a quote as \"
      j = i + 1;
      while (j < s.size() && s[j] != '"') j += s[j] == '\\' && j + 1 < s.size() ? 2 : 1;
      j = j >= s.size() ? s.size() : j + 1;
      if (j < s.size() && s[j] == '?') ++j;
    } else {
      while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    }
    out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (;;) {
    std::size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) return out;
    at = next + 1;
  }
}

std::optional<SlotType> slot_type(std::string_view t) {
  if (t == "PER") return SlotType::kPerson;
  if (t == "ORG") return SlotType::kOrg;
  if (t == "LOC") return SlotType::kPlace;
  if (t == "CITY") return SlotType::kCity;
  if (t == "COUNTRY") return SlotType::kCountry;
  if (t == "BUILDING") return SlotType::kBuilding;
  if (t == "REGION") return SlotType::kRegion;
  if (t == "EVENT") return SlotType::kEvent;
  if (t == "ADJ") return SlotType::kAdjective;
  if (t == "STATE") return SlotType::kState;
  return std::nullopt;
}

// The entity type a slot binds: offices, cities, countries and nationality adjectives all name
// places.
EntityType entity_type_of(SlotType t) {
  switch (t) {
    case SlotType::kPerson:
      return EntityType::kPerson;
    case SlotType::kOrg:
      return EntityType::kOrganization;
    case SlotType::kEvent:
      return EntityType::kEvent;
    case SlotType::kPlace:
    case SlotType::kCity:
    case SlotType::kCountry:
    case SlotType::kBuilding:
    case SlotType::kRegion:
    case SlotType::kAdjective:
    case SlotType::kState:
      return EntityType::kLocation;
  }
  return EntityType::kLocation;
}

// "@NAME = ENTRY ENTRY …": adds the entries to the class.
std::optional<Problem> parse_class(std::string_view line, WordClasses& classes) {
  std::size_t eq = line.find('=');
  if (eq == std::string_view::npos) return Problem{"a word class is @NAME = WORD WORD …"};
  std::string_view name = line.substr(1, eq - 1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (name.empty() || name.find_first_of(" \t") != std::string_view::npos) return Problem{"a word class needs a name"};
  if (name == "title") return Problem{"@title is the lexicon's class of offices; choose another name"};
  WordClass& cls = classes.define(name);
  for (const std::string& e : split_ws(line.substr(eq + 1))) {
    std::string entry = e;
    if (entry.size() >= 2 && entry.front() == '"' && entry.back() == '"') entry = entry.substr(1, entry.size() - 2);
    if (entry.empty() || entry == "*") return Problem{"empty entry in @" + std::string(name)};
    cls.add(entry);
  }
  return std::nullopt;
}

std::optional<Problem> parse_qualifier(const std::string& q, bool sentence, const WordClasses& classes,
                                       Qualifier* out) {
  const std::size_t eq = q.find('=');
  const std::string key = q.substr(0, eq), arg = eq == std::string::npos ? "" : q.substr(eq + 1);
  static const std::pair<const char*, Qualifier::Kind> kClassKeys[] = {
      {"after", Qualifier::kAfter},           {"before", Qualifier::kBefore},     {"nearest", Qualifier::kNearest},
      {"first", Qualifier::kFirst},           {"compound", Qualifier::kCompound}, {"led", Qualifier::kLed},
      {"unled", Qualifier::kUnled},           {"kind", Qualifier::kKind},         {"free", Qualifier::kFree},
      {"unfollowed", Qualifier::kUnfollowed}, {"followed", Qualifier::kFollowed}, {"kind!", Qualifier::kKindNot},
      {"compound!", Qualifier::kCompoundNot}};
  for (const auto& [k, kind] : kClassKeys) {
    if (key != k) continue;
    out->kind = kind;
    if (arg.empty() && kind != Qualifier::kFirst) return Problem{key + " takes a word class: " + key + "=CLASS"};
    if (!arg.empty() && !classes.defines(arg)) return Problem{"unknown word class '" + arg + "' in " + q};
    if (!arg.empty()) out->word_class = &classes[arg];
  }
  if (key == "acting" && arg.empty()) {
    out->kind = Qualifier::kActing;
  } else if (key == "party" && arg.empty()) {
    out->kind = Qualifier::kParty;
  } else if (key == "venue" && arg.empty()) {
    out->kind = Qualifier::kVenue;
  } else if (key == "genitive" && arg.empty()) {
    out->kind = Qualifier::kGenitive;
  } else if (q == "else=frame") {
    out->kind = Qualifier::kElseFrame;
  } else if (q == "else=document") {
    out->kind = Qualifier::kElseDocument;
  } else if (q == "of=pronoun" || q == "of=previous" || q == "of=subject") {
    out->kind = q == "of=pronoun"    ? Qualifier::kPronoun
                : q == "of=previous" ? Qualifier::kPrevious
                                     : Qualifier::kSubject;
  } else if (std::none_of(std::begin(kClassKeys), std::end(kClassKeys),
                          [&](const auto& k) { return key == k.first; })) {
    return Problem{"unknown qualifier '" + q +
                   "' (after=, before=, nearest=, first, compound=, compound!=, led=, unled=, unfollowed=, followed=, "
                   "kind=, kind!=, free=, "
                   "acting, "
                   "party, venue, "
                   "genitive, else=frame, "
                   "else=document, "
                   "of=pronoun, of=previous, of=subject)"};
  }
  const bool filter =
      out->kind == Qualifier::kCompound || out->kind == Qualifier::kCompoundNot || out->kind == Qualifier::kActing ||
      out->kind == Qualifier::kParty || out->kind == Qualifier::kVenue || out->kind == Qualifier::kGenitive ||
      out->kind == Qualifier::kLed || out->kind == Qualifier::kUnled || out->kind == Qualifier::kUnfollowed ||
      out->kind == Qualifier::kFollowed || out->kind == Qualifier::kKind || out->kind == Qualifier::kKindNot ||
      out->kind == Qualifier::kFree;
  if (!sentence && !filter) return Problem{"'" + q + "' needs a sentence rule (NAME: sentence …)"};
  return std::nullopt;
}

// "<TYPE:name:qualifier…>", "<TYPE*:name>", and in sentence rules "!<TYPE:qualifier…>".
std::optional<Problem> parse_slot(std::string e, bool sentence, const WordClasses& classes, PatternElement* el) {
  if (e.starts_with("!")) {
    if (!sentence) return Problem{"! (none in the sentence) needs a sentence rule: " + e};
    el->absent = true;
    e = e.substr(1);
  }
  std::vector<std::string> parts = split(e.substr(1, e.size() - 2), ':');
  std::string type = parts[0];
  if (!type.empty() && type.back() == '*') {
    el->list = true;
    type.pop_back();
  }
  auto t = slot_type(type);
  if (!t)
    return Problem{"unknown slot type '" + type + "' (PER, ORG, LOC, CITY, COUNTRY, REGION, BUILDING, EVENT, ADJ)"};
  el->kind = PatternElement::kSlot;
  el->slot_type = *t;
  if (!el->absent) {
    if (parts.size() < 2) return Problem{"a slot is <TYPE:name>, not " + e};
    el->name = parts[1];
    if (el->name.empty()) return Problem{"a slot needs a name: " + e};
  }
  for (std::size_t i = el->absent ? 1 : 2; i < parts.size(); ++i) {
    Qualifier q;
    if (auto p = parse_qualifier(parts[i], sentence, classes, &q)) return p;
    if (q.kind == Qualifier::kElseFrame && el->slot_type != SlotType::kEvent && el->slot_type != SlotType::kOrg &&
        el->slot_type != SlotType::kCountry)
      return Problem{"else=frame fits EVENT, ORG and COUNTRY slots (the article's event, organisation or country): " +
                     e};
    if (q.kind == Qualifier::kElseDocument && el->slot_type != SlotType::kEvent)
      return Problem{"else=document fits EVENT slots (the document's event): " + e};
    el->qualifiers.push_back(q);
  }
  return std::nullopt;
}

std::optional<Problem> parse_element(const std::string& e, bool sentence, const WordClasses& classes,
                                     PatternElement* el) {
  if (e.starts_with("...")) {
    if (sentence) return Problem{"... has no meaning in a sentence rule"};
    el->kind = PatternElement::kGap;
    if (e.size() > 3) {
      const std::string n = e.substr(3);
      if (n.size() > 2 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
          std::stoi(n) < 1 || std::stoi(n) > 20)
        return Problem{"a gap is ... or ...N with N from 1 to 20, not " + e};
      el->gap = static_cast<std::size_t>(std::stoi(n));
    }
    return std::nullopt;
  }
  if ((e.starts_with("<") || e.starts_with("!<")) && e.ends_with(">")) return parse_slot(e, sentence, classes, el);
  // An optional slot, of a pattern only: "<COUNTRY:x>?" ("to Arusha, Tanzania, to attend" and "to Arusha to attend").
  if (e.starts_with("<") && e.ends_with(">?")) {
    if (sentence) return Problem{"a sentence rule's slot cannot be optional: " + e};
    el->optional = true;
    return parse_slot(e.substr(0, e.size() - 1), sentence, classes, el);
  }
  if (e == "@title" || e == "@title?" || e.starts_with("@title:")) {
    el->kind = PatternElement::kTitle;
    std::string t = e;
    if (t.back() == '?') {
      el->optional = true;
      t.pop_back();
    }
    if (t.size() > 7) el->name = t.substr(7);
    // "@title:r:CLASS": a title whose canonical form is a word of the class
    if (const std::size_t colon = el->name.find(':'); colon != std::string::npos) {
      const std::string cname = el->name.substr(colon + 1);
      el->name.resize(colon);
      if (!classes.defines(cname)) return Problem{"unknown word class '" + cname + "' in " + e};
      el->word_class = &classes[cname];
    }
    return std::nullopt;
  }
  if (e.starts_with("@") || e.starts_with("!@")) {
    std::string cname = e.substr(e[0] == '!' ? 2 : 1);
    el->absent = e[0] == '!';
    if (el->absent && !sentence) return Problem{"! (none in the sentence) needs a sentence rule: " + e};
    if (cname.size() > 1 && cname.back() == '?') {
      el->optional = true;
      cname.pop_back();
    }
    if (!classes.defines(cname))
      return Problem{"unknown word class @" + cname + " (define it with @" + cname + " = …)"};
    el->kind = PatternElement::kClass;
    el->word_class = &classes[cname];
    return std::nullopt;
  }
  if (sentence) return Problem{"a sentence rule takes word classes and slots, not the word " + e};
  std::string w = e;
  if (w.size() > 1 && w.back() == '?') {
    el->optional = true;
    w.pop_back();
  }
  if (w.size() >= 2 && w.front() == '"' && w.back() == '"') {
    std::string literal = w.substr(1, w.size() - 2);
    if (literal == "\\\"") literal = "\"";  // "\"": the quote itself
    el->words.push_back(literal);
  } else {
    el->words = split(w, '|');
  }
  for (const std::string& word : el->words)
    if (word.empty()) return Problem{"empty word in " + e};
  return std::nullopt;
}

// "PREDICATE(SUBJECT, OBJECT) [role SLOT|"text"] [confidence N] [negation ignore|block] [closest]".
std::optional<Problem> parse_head(std::string_view text, const std::vector<std::string>& slots, Rule* rule) {
  std::vector<std::string> out = split_ws(text);
  if (out.empty()) return Problem{"expected PREDICATE(SUBJECT, OBJECT) after =>"};
  std::string head = out[0];
  std::size_t k = 1;
  while (head.find(')') == std::string::npos && k < out.size()) head += out[k++];
  std::size_t open = head.find('('), comma = head.find(','), close = head.find(')');
  if (open == std::string::npos || comma == std::string::npos || close == std::string::npos ||
      !(open < comma && comma < close)) {
    return Problem{"expected PREDICATE(SUBJECT, OBJECT) after =>"};
  }
  auto p = parse_predicate(head.substr(0, open));
  if (!p) return Problem{"unknown predicate '" + head.substr(0, open) + "' (" + std::string(predicate_list()) + ")"};
  rule->predicate = *p;
  rule->subject = head.substr(open + 1, comma - open - 1);
  rule->object = head.substr(comma + 1, close - comma - 1);
  for (const std::string* s : {&rule->subject, &rule->object})
    if (std::find(slots.begin(), slots.end(), *s) == slots.end())
      return Problem{"'" + *s + "' is not a slot of the pattern"};
  for (; k < out.size(); ++k) {
    if (out[k] == "role" && k + 1 < out.size()) {
      std::string v = out[++k];
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        rule->role_text = v.substr(1, v.size() - 2);
      } else if (std::find(slots.begin(), slots.end(), v) != slots.end()) {
        rule->role_slot = v;
      } else {
        return Problem{"role takes a slot or \"text\", not " + v};
      }
    } else if (out[k] == "confidence" && k + 1 < out.size()) {
      char* endp = nullptr;
      rule->confidence = std::strtod(out[++k].c_str(), &endp);
      if (*endp != '\0' || rule->confidence <= 0 || rule->confidence > 1)
        return Problem{"confidence must be a number in (0, 1]"};
    } else if (out[k] == "closest") {
      rule->closest = true;
    } else if (out[k] == "negation" && k + 1 < out.size()) {
      const std::string& v = out[++k];
      if (v != "ignore" && v != "block") return Problem{"negation takes ignore or block, not " + v};
      rule->when_negated = v == "ignore";
    } else {
      return Problem{"unexpected '" + out[k] + "' (role SLOT|\"text\", confidence N, negation ignore|block, closest)"};
    }
  }
  return std::nullopt;
}

// The slots' types must be ones the predicate takes, or the rule makes relations no store accepts.
std::optional<Problem> check_types(const Rule& rule) {
  const PredicateInfo& pred = predicate_info(rule.predicate);
  for (const PatternElement& el : rule.pattern) {
    if (el.kind != PatternElement::kSlot || el.absent) continue;
    const bool subject = el.name == rule.subject, object = el.name == rule.object;
    const EntityType t = entity_type_of(el.slot_type);
    if ((subject && !(pred.subject_types & type_bit(t))) || (object && !(pred.object_types & type_bit(t)))) {
      return Problem{"slot '" + el.name + "' holds " + std::string(info(t).code) + ", which " + std::string(pred.name) +
                     " does not take as its " + (subject ? "subject" : "object")};
    }
  }
  return std::nullopt;
}

// "NAME: [sentence] PATTERN => HEAD".
std::optional<Problem> parse_rule(std::string_view line, WordClasses& classes, Rule* rule) {
  std::size_t colon = line.find(": ");
  std::size_t arrow = line.find("=>");
  if (colon == std::string_view::npos || arrow == std::string_view::npos || arrow < colon) {
    return Problem{"expected NAME: PATTERN => PREDICATE(SUBJECT, OBJECT)"};
  }
  rule->name = std::string(line.substr(0, colon));
  std::vector<std::string> elements = split_ws(line.substr(colon + 2, arrow - colon - 2));
  if (!elements.empty() && elements[0] == "sentence") {
    rule->sentence = true;
    elements.erase(elements.begin());
  }
  std::vector<std::string> slots;
  for (const std::string& e : elements) {
    PatternElement el;
    if (auto p = parse_element(e, rule->sentence, classes, &el)) return p;
    if (el.kind == PatternElement::kWords) el.word_class = &classes.word_set(el.words);
    if (!el.name.empty()) slots.push_back(el.name);
    rule->pattern.push_back(std::move(el));
  }
  if (rule->pattern.empty()) return Problem{"empty pattern"};
  if (rule->pattern.front().kind == PatternElement::kGap || rule->pattern.back().kind == PatternElement::kGap) {
    return Problem{"a pattern cannot start or end with ..."};
  }
  if (auto p = parse_head(line.substr(arrow + 2), slots, rule)) return p;
  for (const PatternElement& el : rule->pattern)
    if (el.optional && el.kind == PatternElement::kSlot && (el.name == rule->subject || el.name == rule->object))
      return Problem{"the subject and object of a rule cannot be optional slots: <" + el.name + ">?"};
  for (std::size_t i = 0; i < rule->pattern.size(); ++i) {
    const std::string& n = rule->pattern[i].name;
    if (n.empty()) continue;
    if (n == rule->subject) rule->subject_at = i;
    if (n == rule->object) rule->object_at = i;
    if (n == rule->role_slot) rule->role_at = i;
  }
  for (const PatternElement& el : rule->pattern) {
    if ((el.kind == PatternElement::kClass || el.kind == PatternElement::kWords) && !el.optional && !el.absent) {
      rule->cue = el.word_class;
      break;
    }
  }
  return check_types(*rule);
}

}  // namespace

Result<std::vector<Rule>> parse_rules(std::string_view name, std::string_view text, WordClasses& classes) {
  std::vector<Rule> rules;
  std::size_t line_no = 0, at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    std::string_view line = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? text.size() + 1 : end + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    line = line.substr(first);
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (line[0] == '@') {
      if (auto p = parse_class(line, classes)) return Status::InvalidInput(where + ": " + p->why);
      continue;
    }
    Rule rule;
    rule.where = where;
    if (auto p = parse_rule(line, classes, &rule)) return Status::InvalidInput(where + ": " + p->why);
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace kg::extract
