#include "gen_documents.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/core/schema.h"

namespace kg::bench {
namespace {

// Draws ranks 0..n-1 with P(r) ∝ 1/(r+1)^s from a precomputed cumulative table.
class Zipf {
 public:
  Zipf(std::uint64_t n, double s) : cdf_(n) {
    double sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) cdf_[i] = (sum += 1.0 / std::pow(static_cast<double>(i + 1), s));
    for (double& c : cdf_) c /= sum;
  }
  template <typename Rng>
  std::uint64_t operator()(Rng& rng) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<std::uint64_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }

 private:
  std::vector<double> cdf_;
};

struct Pool {
  const char* type;
  const char* prefix;
  std::uint64_t size;
};

}  // namespace

GeneratorStats generate_documents(const GeneratorOptions& o, std::ostream& out) {
  GeneratorStats stats;
  // Pool sizes scale with the corpus: about one person per 8 relations.
  std::uint64_t people = std::max<std::uint64_t>(100, o.relations / 8);
  std::uint64_t orgs = std::max<std::uint64_t>(20, o.relations / 400);
  std::uint64_t places = std::max<std::uint64_t>(50, o.relations / 200);
  std::uint64_t events = std::max<std::uint64_t>(20, o.relations / 100);
  Pool pools[] = {
      {"PER", "Person", people}, {"ORG", "Organisation", orgs}, {"LOC", "Ort", places}, {"EVENT", "Gipfel", events}};
  Zipf zipf_people(people, o.skew), zipf_orgs(orgs, o.skew), zipf_places(places, o.skew), zipf_events(events, o.skew);
  Zipf* zipfs[] = {&zipf_people, &zipf_orgs, &zipf_places, &zipf_events};
  stats.entities = people + orgs + places + events;

  // (predicate, subject pool, object pool)
  struct Shape {
    const char* predicate;
    int subject, object;
  };
  const Shape shapes[] = {{"member_of", 2, 1},    {"member_of", 0, 1},       {"meets_with", 0, 0},
                          {"meets_with", 0, 0},   {"held_in", 3, 2},         {"holds_office", 0, 2},
                          {"holds_office", 0, 1}, {"participates_in", 0, 3}, {"participates_in", 2, 3},
                          {"located_in", 2, 2}};
  std::mt19937_64 rng(o.seed);
  std::uniform_int_distribution<std::size_t> pick_shape(0, std::size(shapes) - 1);

  std::uint64_t remaining = o.relations;
  while (remaining > 0) {
    std::uint64_t n = std::min(remaining, o.relations_per_document);
    nlohmann::json doc;
    doc["id"] = "bench:" + std::to_string(stats.documents);
    doc["source"] = "synthetic/" + std::to_string(stats.documents) + ".txt";
    doc["lang"] = "de";
    doc["date"] = "2024-" + std::to_string(1 + stats.documents % 12);
    nlohmann::json entities = nlohmann::json::array(), relations = nlohmann::json::array();
    std::vector<std::pair<int, std::uint64_t>> local;  // (pool, rank) per local entity
    auto entity_id = [&](int pool, std::uint64_t rank) {
      for (std::size_t i = 0; i < local.size(); ++i)
        if (local[i] == std::make_pair(pool, rank)) return "e" + std::to_string(i);
      local.emplace_back(pool, rank);
      std::string id = "e" + std::to_string(local.size() - 1);
      nlohmann::json e = {{"id", id},
                          {"name", std::string(pools[pool].prefix) + " " + std::to_string(rank)},
                          {"type", pools[pool].type}};
      // An event is one event across documents when kind, organiser and year agree, as the
      // extractor describes them (core/identity.h): the same rank, the same event.
      if (std::string_view(pools[pool].type) == "EVENT") {
        e["attributes"] = {{"kind", "Gipfel"}, {"organiser", "Organisation " + std::to_string(rank)}, {"date", "2024"}};
      }
      entities.push_back(std::move(e));
      return id;
    };
    std::uint64_t made = 0;
    while (made < n) {
      const Shape& s = shapes[pick_shape(rng)];
      std::uint64_t a = (*zipfs[s.subject])(rng), b = (*zipfs[s.object])(rng);
      if (s.subject == s.object && a == b) continue;
      std::string sid = entity_id(s.subject, a), oid = entity_id(s.object, b);
      std::string sentence = std::string(pools[s.subject].prefix) + " " + std::to_string(a) + " " + s.predicate + " " +
                             pools[s.object].prefix + " " + std::to_string(b) + ".";
      relations.push_back(
          {{"subject", sid},
           {"predicate", s.predicate},
           {"object", oid},
           {"confidence", 0.9},
           {"evidence", {{"start", made * 60}, {"end", made * 60 + sentence.size()}, {"text", sentence}}}});
      ++made;
    }
    doc["entities"] = std::move(entities);
    doc["relations"] = std::move(relations);
    out << doc.dump() << '\n';
    stats.documents++;
    stats.relations += n;
    remaining -= n;
  }
  return stats;
}

}  // namespace kg::bench
