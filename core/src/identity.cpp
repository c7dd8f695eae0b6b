#include "kg/core/identity.h"

#include <tuple>

#include "kg/core/text.h"

namespace kg {
namespace {

std::string attribute(const nlohmann::json& attributes, const char* key) {
  if (!attributes.is_object()) return {};
  auto it = attributes.find(key);
  if (it == attributes.end() || !it->is_string()) return {};
  return normalize_name(it->get<std::string>());
}

// The year of an ISO 8601 date ("2024-07-09" → "2024"), or empty.
std::string year_of(const std::string& date) {
  if (date.size() < 4) return {};
  for (std::size_t i = 0; i < 4; ++i)
    if (date[i] < '0' || date[i] > '9') return {};
  return date.substr(0, 4);
}

// (mixed case, letters beyond ASCII, length): larger is better.
std::tuple<bool, int, std::size_t> spelling_rank(std::string_view s) {
  bool lower = false;
  int beyond_ascii = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 0xC0) ++beyond_ascii;  // a lead byte: one code point beyond ASCII
  }
  return {lower, beyond_ascii, s.size()};
}

}  // namespace

std::optional<std::string> identity_key(EntityType type, std::string_view name, const nlohmann::json& attributes) {
  const std::string code(info(type).code);
  switch (type) {
    case EntityType::kPerson: {
      std::string n = normalize_name(name);
      if (n.empty() || n.find(' ') == std::string::npos) return std::nullopt;
      return code + ":" + n;
    }
    case EntityType::kOrganization:
    case EntityType::kLocation: {
      std::string n = normalize_name(name);
      if (n.empty()) return std::nullopt;
      return code + ":" + n;
    }
    case EntityType::kEvent: {
      std::string kind = attribute(attributes, "kind"), organiser = attribute(attributes, "organiser"),
                  place = attribute(attributes, "place");
      std::string year = attributes.is_object() && attributes.contains("date") && attributes["date"].is_string()
                             ? year_of(attributes["date"].get<std::string>())
                             : std::string();
      if (kind.empty() || year.empty() || (organiser.empty() && place.empty())) return std::nullopt;
      return code + ":" + kind + "|" + organiser + "|" + place + "|" + year;
    }
  }
  return std::nullopt;
}

bool better_spelling(std::string_view candidate, std::string_view current) {
  auto a = spelling_rank(candidate), b = spelling_rank(current);
  if (a != b) return a > b;
  return candidate < current;
}

std::vector<std::string> identity_keys(EntityType type, std::string_view name, const nlohmann::json& attributes) {
  std::vector<std::string> out;
  // An event as other languages name what happened, who organised it and where ("kind_ref" …).
  if (type == EntityType::kEvent && attributes.is_object()) {
    nlohmann::json in_refs = attributes;
    bool any = false;
    for (const char* part : {"kind", "organiser", "place"}) {
      if (std::string ref = attribute(attributes, (std::string(part) + "_ref").c_str()); !ref.empty()) {
        in_refs[part] = ref;
        any = true;
      }
    }
    if (any)
      if (auto key = identity_key(type, name, in_refs)) out.push_back(*key);
  }
  if (type == EntityType::kLocation) {
    if (std::string iso = attribute(attributes, "iso"); !iso.empty())
      out.push_back(std::string(info(type).code) + ":iso:" + iso);
  }
  // The name other languages give it ("ref": "SCO" for "SOZ", "Beijing" for "Peking").
  if (type == EntityType::kLocation || type == EntityType::kOrganization) {
    if (std::string ref = attribute(attributes, "ref"); !ref.empty())
      if (auto key = identity_key(type, ref, nlohmann::json::object())) out.push_back(*key);
  }
  if (auto key = identity_key(type, name, attributes); key && std::find(out.begin(), out.end(), *key) == out.end())
    out.push_back(*key);
  return out;
}

}  // namespace kg
