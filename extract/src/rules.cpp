#include "rules.h"

#include <algorithm>
#include <cstdlib>

namespace kg::extract {
namespace {

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= s.size()) break;
    std::size_t j = i;
    if (s[i] == '"') {  // a quoted literal may hold any character but a quote
      j = s.find('"', i + 1);
      j = j == std::string_view::npos ? s.size() : j + 1;
      if (j < s.size() && s[j] == '?') ++j;
    } else {
      while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    }
    out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::optional<SlotType> slot_type(std::string_view t) {
  if (t == "PER") return SlotType::kPerson;
  if (t == "ORG") return SlotType::kOrg;
  if (t == "LOC") return SlotType::kPlace;
  if (t == "CITY") return SlotType::kCity;
  if (t == "COUNTRY") return SlotType::kCountry;
  if (t == "EVENT") return SlotType::kEvent;
  if (t == "ADJ") return SlotType::kAdjective;
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
    case SlotType::kAdjective:
      return EntityType::kLocation;
  }
  return EntityType::kLocation;
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
    auto fail = [&](const std::string& why) { return Status::InvalidInput(where + ": " + why); };

    // @NAME = ENTRY ENTRY …: a word class.
    if (line[0] == '@') {
      std::size_t eq = line.find('=');
      if (eq == std::string_view::npos) return fail("a word class is @NAME = WORD WORD …");
      std::string_view cname = line.substr(1, eq - 1);
      while (!cname.empty() && (cname.back() == ' ' || cname.back() == '\t')) cname.remove_suffix(1);
      if (cname.empty() || cname.find_first_of(" \t") != std::string_view::npos)
        return fail("a word class needs a name");
      if (cname == "title") return fail("@title is the lexicon's class of offices; choose another name");
      WordClass& cls = classes.define(cname);
      for (const std::string& e : split_ws(line.substr(eq + 1))) {
        std::string entry = e;
        if (entry.size() >= 2 && entry.front() == '"' && entry.back() == '"') entry = entry.substr(1, entry.size() - 2);
        if (entry.empty() || entry == "*") return fail("empty entry in @" + std::string(cname));
        cls.add(entry);
      }
      continue;
    }

    // NAME: PATTERN => PREDICATE(SUBJECT, OBJECT) [role SLOT | role "text"] [confidence N] [negation ignore]
    std::size_t colon = line.find(": ");
    std::size_t arrow = line.find("=>");
    if (colon == std::string_view::npos || arrow == std::string_view::npos || arrow < colon) {
      return fail("expected NAME: PATTERN => PREDICATE(SUBJECT, OBJECT)");
    }
    Rule rule;
    rule.name = std::string(line.substr(0, colon));
    rule.where = where;
    std::vector<std::string> slots;
    for (const std::string& e : split_ws(line.substr(colon + 2, arrow - colon - 2))) {
      PatternElement el;
      if (e == "...") {
        el.kind = PatternElement::kGap;
      } else if (e.starts_with("<") && e.ends_with(">")) {
        std::string inner = e.substr(1, e.size() - 2);
        std::size_t c = inner.find(':');
        if (c == std::string::npos) return fail("a slot is <TYPE:name>, not " + e);
        std::string type = inner.substr(0, c);
        if (!type.empty() && type.back() == '*') {
          el.list = true;
          type.pop_back();
        }
        auto t = slot_type(type);
        if (!t) return fail("unknown slot type '" + type + "' (PER, ORG, LOC, CITY, COUNTRY, EVENT, ADJ)");
        el.kind = PatternElement::kSlot;
        el.slot_type = *t;
        el.name = inner.substr(c + 1);
        if (el.name.empty()) return fail("a slot needs a name: " + e);
        slots.push_back(el.name);
      } else if (e == "@title" || e == "@title?" || e.starts_with("@title:")) {
        el.kind = PatternElement::kTitle;
        std::string t = e;
        if (t.back() == '?') {
          el.optional = true;
          t.pop_back();
        }
        if (t.size() > 7) el.name = t.substr(7);
        if (!el.name.empty()) slots.push_back(el.name);
      } else if (e.starts_with("@")) {
        std::string cname = e.substr(1);
        if (cname.size() > 1 && cname.back() == '?') {
          el.optional = true;
          cname.pop_back();
        }
        if (!classes.defines(cname)) return fail("unknown word class " + e + " (define it with @" + cname + " = …)");
        el.kind = PatternElement::kClass;
        el.word_class = &classes[cname];
      } else {
        std::string w = e;
        if (w.size() > 1 && w.back() == '?') {
          el.optional = true;
          w.pop_back();
        }
        if (w.size() >= 2 && w.front() == '"' && w.back() == '"') {
          el.words.push_back(w.substr(1, w.size() - 2));
        } else {
          std::size_t p = 0;
          for (;;) {
            std::size_t bar = w.find('|', p);
            el.words.push_back(w.substr(p, bar == std::string::npos ? std::string::npos : bar - p));
            if (bar == std::string::npos) break;
            p = bar + 1;
          }
        }
        for (const std::string& word : el.words)
          if (word.empty()) return fail("empty word in " + e);
      }
      rule.pattern.push_back(std::move(el));
    }
    if (rule.pattern.empty()) return fail("empty pattern");
    if (rule.pattern.front().kind == PatternElement::kGap || rule.pattern.back().kind == PatternElement::kGap) {
      return fail("a pattern cannot start or end with ...");
    }
    std::vector<std::string> out = split_ws(line.substr(arrow + 2));
    if (out.empty()) return fail("expected PREDICATE(SUBJECT, OBJECT) after =>");
    std::string head = out[0];
    std::size_t k = 1;
    while (head.find(')') == std::string::npos && k < out.size()) head += out[k++];
    std::size_t open = head.find('('), comma = head.find(','), close = head.find(')');
    if (open == std::string::npos || comma == std::string::npos || close == std::string::npos ||
        !(open < comma && comma < close)) {
      return fail("expected PREDICATE(SUBJECT, OBJECT) after =>");
    }
    auto p = parse_predicate(head.substr(0, open));
    if (!p) return fail("unknown predicate '" + head.substr(0, open) + "' (" + std::string(predicate_list()) + ")");
    rule.predicate = *p;
    rule.subject = head.substr(open + 1, comma - open - 1);
    rule.object = head.substr(comma + 1, close - comma - 1);
    for (const std::string* s : {&rule.subject, &rule.object})
      if (std::find(slots.begin(), slots.end(), *s) == slots.end())
        return fail("'" + *s + "' is not a slot of the pattern");
    // The slots' types must be ones the predicate takes, or the rule makes relations no store accepts.
    const PredicateInfo& pred = predicate_info(rule.predicate);
    for (const PatternElement& el : rule.pattern) {
      if (el.kind != PatternElement::kSlot) continue;
      const bool subject = el.name == rule.subject, object = el.name == rule.object;
      const EntityType t = entity_type_of(el.slot_type);
      if ((subject && !(pred.subject_types & type_bit(t))) || (object && !(pred.object_types & type_bit(t)))) {
        return fail("slot '" + el.name + "' holds " + std::string(info(t).code) + ", which " + std::string(pred.name) +
                    " does not take as its " + (subject ? "subject" : "object"));
      }
    }
    for (; k < out.size(); ++k) {
      if (out[k] == "role" && k + 1 < out.size()) {
        std::string v = out[++k];
        if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
          rule.role_text = v.substr(1, v.size() - 2);
        } else if (std::find(slots.begin(), slots.end(), v) != slots.end()) {
          rule.role_slot = v;
        } else {
          return fail("role takes a slot or \"text\", not " + v);
        }
      } else if (out[k] == "confidence" && k + 1 < out.size()) {
        char* endp = nullptr;
        rule.confidence = std::strtod(out[++k].c_str(), &endp);
        if (*endp != '\0' || rule.confidence <= 0 || rule.confidence > 1)
          return fail("confidence must be a number in (0, 1]");
      } else if (out[k] == "negation" && k + 1 < out.size()) {
        const std::string& v = out[++k];
        if (v != "ignore" && v != "block") return fail("negation takes ignore or block, not " + v);
        rule.when_negated = v == "ignore";
      } else {
        return fail("unexpected '" + out[k] + "' (role SLOT|\"text\", confidence N, negation ignore|block)");
      }
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace kg::extract
