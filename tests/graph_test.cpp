// The graph many articles build together: the same whatever order, grouping and path the articles
// take; events told apart by what, where and when; one count everywhere. On articles of our own
// (tests/graph/, examples/articles/).
#include <algorithm>
#include <array>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "test_helpers.h"

using namespace kg;
using test::run_kg;

namespace {

std::string graph_articles() { return test::source_dir() + "/tests/graph"; }
std::string example_articles() { return test::source_dir() + "/examples/articles"; }

// The N-Quads export with every entity id replaced by the entity's name, and symmetric facts
// written in name order: what two databases must agree on when they hold the same graph.
std::set<std::string> canonical_export(const std::string& db) {
  auto r = run_kg({"--db", db, "export", "--format", "nquads"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::map<std::string, std::string> names;
  static const std::regex name_line(R"re(^<urn:kg:entity/(\d+)> <https://schema.org/name> "(.*)" \.$)re");
  std::istringstream in(r.out);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, name_line)) names[m[1]] = m[2];
    lines.push_back(line);
  }
  static const std::regex entity(R"(urn:kg:entity/(\d+))"), role(R"(urn:kg:role/(\d+)-(\d+)-(\d+))");
  static const std::regex meets(R"(^<([^>]*)> <urn:kg:vocab:meetsWith> <([^>]*)> (.*)$)");
  auto rename = [&](const std::string& line) {
    std::string out;
    std::string rest = line;
    std::smatch m;
    while (std::regex_search(rest, m, role)) {
      out += m.prefix().str() + "role:" + names[m[1]] + "|" + m[2].str() + "|" + names[m[3]];
      rest = m.suffix().str();
    }
    out += rest;
    rest = out;
    out.clear();
    while (std::regex_search(rest, m, entity)) {
      out += m.prefix().str() + "entity:" + names[m[1]];
      rest = m.suffix().str();
    }
    return out + rest;
  };
  std::set<std::string> canon;
  for (const std::string& line : lines) {
    std::string l = rename(line);
    std::smatch m;
    if (std::regex_match(l, m, meets)) {
      std::string a = m[1], b = m[2];
      if (b < a) std::swap(a, b);
      l = "<" + a + "> meets <" + b + "> " + m[3].str();
    }
    canon.insert(l);
  }
  return canon;
}

}  // namespace

TEST_CASE("The same articles give the same graph whatever the order, grouping and path", "[graph][cli]") {
  test::TempDir dir;
  const std::vector<std::string> inputs{graph_articles(), example_articles()};
  auto ingest = [&](const std::string& db, std::vector<std::string> extra) {
    std::vector<std::string> args{"--db", db, "ingest"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), inputs.begin(), inputs.end());
    auto r = run_kg(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
  };
  ingest(dir.str("one-group"), {});
  ingest(dir.str("batch-1"), {"--batch", "1"});
  ingest(dir.str("batch-1000"), {"--batch", "1000"});
  // extract | load, the documents in reverse order.
  auto x = run_kg({"extract", graph_articles(), example_articles()});
  REQUIRE(x.code == 0);
  std::vector<std::string> docs;
  std::istringstream lines(x.out);
  for (std::string line; std::getline(lines, line);) docs.push_back(line);
  REQUIRE(docs.size() >= 8);
  std::reverse(docs.begin(), docs.end());
  std::string reversed;
  for (const auto& d : docs) reversed += d + "\n";
  auto load = run_kg({"--db", dir.str("reversed"), "load", "-"}, reversed);
  INFO(load.err);
  REQUIRE(load.code == 0);

  const std::set<std::string> expected = canonical_export(dir.str("one-group"));
  CHECK(expected.size() > 100);
  CHECK(canonical_export(dir.str("batch-1")) == expected);
  CHECK(canonical_export(dir.str("batch-1000")) == expected);
  CHECK(canonical_export(dir.str("reversed")) == expected);
}

TEST_CASE("Two summits of one organisation stay apart, one summit in two articles is one event", "[graph][cli]") {
  test::TempDir dir;
  const std::string db = dir.str("db");
  REQUIRE(run_kg({"--db", db, "ingest", graph_articles()}).code == 0);
  auto r = run_kg({"--db", db, "entities", "--type", "EVENT", "--format", "json"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::map<std::string, std::uint64_t> events;
  const nlohmann::json listed = nlohmann::json::parse(r.out);
  for (const auto& e : listed.at("entities"))
    events[e.at("name").get<std::string>() + " @ " + e.at("attributes").value("place", "")] = e.at("support");
  CHECK(events ==
        std::map<std::string, std::uint64_t>{{"NATO-Gipfel (2019) @ London", 1}, {"NATO-Gipfel (2023) @ Vilnius", 2}});
  // The headline's "Scholz" and the full name later are one person, in both articles.
  auto people = run_kg({"--db", db, "entities", "--type", "PER", "--format", "json"});
  std::set<std::string> names;
  const nlohmann::json persons = nlohmann::json::parse(people.out);
  for (const auto& e : persons.at("entities")) names.insert(e.at("name"));
  CHECK(names.count("Olaf Scholz"));
  CHECK_FALSE(names.count("Scholz"));
  // Merkel went to London in 2019, not to Vilnius in 2023 (each summit found by its name with the place).
  auto why = run_kg({"--db", db, "why", "Angela Merkel", "NATO-Gipfel in Vilnius (2023)"});
  REQUIRE(why.code == 0);  // both names found: the answer is about these two
  CHECK_THAT(why.out, Catch::Contains("no fact links Angela Merkel and NATO-Gipfel (2023) directly"));
  auto london = run_kg({"--db", db, "why", "Angela Merkel", "NATO-Gipfel in London (2019)"});
  REQUIRE(london.code == 0);
  CHECK(london.out.find("participates_in") != std::string::npos);
  // A name several events share lists them with their places.
  auto both = run_kg({"--db", db, "show", "NATO-Gipfel"});
  CHECK(both.code != 0);
  CHECK_THAT(both.err, Catch::Contains("NATO-Gipfel (2019) (EVENT, London)") &&
                           Catch::Contains("NATO-Gipfel (2023) (EVENT, Vilnius)"));
}

TEST_CASE("The ingest summary, stats, documents and every export count the same graph", "[graph][cli]") {
  test::TempDir dir;
  const std::string db = dir.str("db");
  // Our articles share places and persons, and one of them states no relation at all.
  auto ingest = run_kg({"--db", db, "ingest", graph_articles(), example_articles()});
  INFO(ingest.err);
  REQUIRE(ingest.code == 0);
  auto stats = run_kg({"--db", db, "stats", "--format", "json"});
  REQUIRE(stats.code == 0);
  const nlohmann::json s = nlohmann::json::parse(stats.out);
  const int documents = s.at("documents"), entities = s.at("entities"), relations = s.at("relations");
  CHECK(ingest.out.find("the database holds " + std::to_string(documents) + " documents, " + std::to_string(entities) +
                        " entities, " + std::to_string(relations) + " relations") != std::string::npos);
  const nlohmann::json listed = nlohmann::json::parse(run_kg({"--db", db, "documents", "--format", "json"}).out);
  CHECK(static_cast<int>(listed.at("documents").size()) == documents);
  bool without_relations = false;
  for (const auto& d : listed.at("documents")) without_relations = without_relations || d.at("relations") == 0;
  CHECK(without_relations);

  // N-Quads: entities by name, documents by type, relations as distinct facts (a role node
  // stands between a person and the place of an office).
  auto nq = run_kg({"--db", db, "export", "--format", "nquads"});
  REQUIRE(nq.code == 0);
  static const std::regex quad(R"re(^<([^>]*)> <([^>]*)> (<[^>]*>|".*"(?:\^\^<[^>]*>)?) ?(<[^>]*>)? \.$)re");
  std::set<std::string> named, articles;
  std::map<std::string, std::string> role_target;
  std::vector<std::array<std::string, 3>> stated;
  std::istringstream in(nq.out);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    REQUIRE(std::regex_match(line, m, quad));
    const std::string subject = m[1], property = m[2], object = m[3], graph = m[4];
    if (graph.empty()) {
      if (property == "https://schema.org/name" && subject.starts_with("urn:kg:entity/")) named.insert(subject);
      if (object == "<https://schema.org/NewsArticle>") articles.insert(subject);
      continue;
    }
    if (subject.starts_with("urn:kg:role/")) {
      if (object.starts_with("<urn:kg:entity/")) role_target[subject] = object;
      continue;
    }
    stated.push_back({subject, property, object});
  }
  std::set<std::array<std::string, 3>> facts;
  for (auto f : stated) {
    if (f[2].starts_with("<urn:kg:role/")) f[2] = role_target[f[2].substr(1, f[2].size() - 2)];
    facts.insert(f);
  }
  CHECK(static_cast<int>(named.size()) == entities);
  CHECK(static_cast<int>(articles.size()) == documents);
  CHECK(static_cast<int>(facts.size()) == relations);

  // JSON-LD and GraphML: the same documents, entities and relations.
  auto jsonld = nlohmann::json::parse(run_kg({"--db", db, "export", "--format", "jsonld"}).out);
  int ld_articles = 0, ld_entities = 0;
  for (const auto& node : jsonld.at("@graph")) {
    if (node.value("@type", "") == "NewsArticle") ++ld_articles;
    if (node.contains("name") && node.value("@id", "").starts_with("urn:kg:entity/")) ++ld_entities;
  }
  CHECK(ld_articles == documents);
  CHECK(ld_entities == entities);
  auto graphml = run_kg({"--db", db, "export", "--format", "graphml"});
  auto count = [&](const std::string& what) {
    int n = 0;
    for (std::size_t at = graphml.out.find(what); at != std::string::npos; at = graphml.out.find(what, at + 1)) ++n;
    return n;
  };
  CHECK(count("<node ") == entities);
  CHECK(count("<edge ") == relations);
}

TEST_CASE("merge then unmerge gives back the same graph, and show tells curation apart", "[graph][cli]") {
  test::TempDir dir;
  const std::string db = dir.str("db");
  REQUIRE(run_kg({"--db", db, "ingest", graph_articles(), example_articles()}).code == 0);
  const std::set<std::string> before = canonical_export(db);
  auto merge = run_kg({"--db", db, "merge", "Vilnius", "Litauen"});
  INFO(merge.err);
  REQUIRE(merge.code == 0);
  auto show = run_kg({"--db", db, "show", "Litauen"});
  CHECK(show.out.find("curated: merged from \"Vilnius\"") != std::string::npos);
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  auto unmerge = run_kg({"--db", db, "unmerge", "Vilnius"});
  INFO(unmerge.err);
  REQUIRE(unmerge.code == 0);
  CHECK_THAT(unmerge.out, Catch::StartsWith("unmerged \"Vilnius\""));
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  CHECK(canonical_export(db) == before);
  auto after = run_kg({"--db", db, "show", "Litauen"});
  REQUIRE(after.code == 0);
  CHECK(after.out.find("curated:") == std::string::npos);
  auto again = run_kg({"--db", db, "unmerge", "Vilnius"});
  CHECK(again.code == 3);
  CHECK_THAT(again.err, Catch::Contains("names no merged entity"));
  // A chain of merges, undone from its first link: the graph is the same again.
  REQUIRE(run_kg({"--db", db, "merge", "Vilnius", "Litauen"}).code == 0);
  REQUIRE(run_kg({"--db", db, "merge", "Litauen", "London"}).code == 0);
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  CHECK(run_kg({"--db", db, "show", "London"}).out.find("merged from \"Vilnius\"") != std::string::npos);
  REQUIRE(run_kg({"--db", db, "unmerge", "Vilnius"}).code == 0);
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  REQUIRE(run_kg({"--db", db, "unmerge", "Litauen"}).code == 0);
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  CHECK(canonical_export(db) == before);
  // The same chain undone from its last link first.
  REQUIRE(run_kg({"--db", db, "merge", "Vilnius", "Litauen"}).code == 0);
  REQUIRE(run_kg({"--db", db, "merge", "Litauen", "London"}).code == 0);
  REQUIRE(run_kg({"--db", db, "unmerge", "Litauen"}).code == 0);
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  REQUIRE(run_kg({"--db", db, "unmerge", "Vilnius"}).code == 0);
  CHECK(run_kg({"--db", db, "check"}).code == 0);
  CHECK(canonical_export(db) == before);
  // Aliases by hand: shown as curation, removed again.
  REQUIRE(run_kg({"--db", db, "alias", "add", "Vilnius", "Wilna"}).code == 0);
  CHECK(run_kg({"--db", db, "show", "Wilna"}).out.find("curated: alias \"Wilna\" added") != std::string::npos);
  REQUIRE(run_kg({"--db", db, "alias", "remove", "Vilnius", "Wilna"}).code == 0);
  CHECK(run_kg({"--db", db, "show", "Wilna"}).code == 3);
  CHECK(run_kg({"--db", db, "alias", "remove", "Vilnius", "Vilnius"}).code == 2);
}

TEST_CASE("ingest --date dates documents without one, and events carry their date into JSON and RDF", "[graph][cli]") {
  test::TempDir dir;
  const std::string db = dir.str("db");
  const std::string article = dir.str("undated.txt");
  test::write_file(article,
                   "Gipfel in Rom\n\nDer NATO-Gipfel in Rom hat begonnen. Anna Muster nimmt am Gipfel teil.\n");
  CHECK(run_kg({"--db", db, "ingest", "--date", "2025-13", article}).code == 2);
  CHECK_FALSE(std::filesystem::exists(db));
  auto r = run_kg({"--db", db, "ingest", "--date", "2025-06-04", article});
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto docs = nlohmann::json::parse(run_kg({"--db", db, "documents", "--format", "json"}).out);
  CHECK(docs.at("documents").at(0).at("date") == "2025-06-04");
  auto why = nlohmann::json::parse(
      run_kg({"--db", db, "why", "Anna Muster", "NATO-Gipfel in Rom (2025)", "--format", "json"}).out);
  INFO(why.dump());
  const auto& fact = why.at("facts").at(0);
  CHECK(fact.at("event_date") == "2025-06-04");
  CHECK(fact.at("document_dates") == nlohmann::json::array({"2025-06-04"}));
  auto nq = run_kg({"--db", db, "export", "--format", "nquads"});
  CHECK(nq.out.find("<https://schema.org/startDate> \"2025-06-04\"^^<http://www.w3.org/2001/XMLSchema#date>") !=
        std::string::npos);
  CHECK(nq.out.find("<https://schema.org/datePublished> \"2025-06-04\"") != std::string::npos);
}
