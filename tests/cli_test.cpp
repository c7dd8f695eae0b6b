#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "kg/store/store.h"
#include "test_helpers.h"

using namespace kg;
using test::run_kg;

namespace {

// A database loaded with the example documents.
struct ExampleDb {
  test::TempDir dir;
  std::string db = dir.str("db");
  ExampleDb() {
    auto r = run_kg({"--db", db, "load", test::source_dir() + "/examples/facts.jsonl"});
    INFO(r.err);
    REQUIRE(r.code == 0);
  }
  test::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return run_kg(args);
  }
  nlohmann::json json(std::vector<std::string> args) {
    args.push_back("--format");
    args.push_back("json");
    auto r = run(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return nlohmann::json::parse(r.out);
  }
};

std::string doc_line(const std::string& id) { return document_to_json(test::sample_document(id)).dump(); }

}  // namespace

TEST_CASE("kg --help lists every command and kg help CMD shows its options", "[cli]") {
  auto r = run_kg({"--help"});
  CHECK(r.code == 0);
  for (const char* cmd :
       {"load", "stats", "entities", "show", "neighbors", "path", "why", "forget", "merge", "alias"}) {
    CHECK_THAT(r.out, Catch::Contains(std::string("  ") + cmd));
  }
  auto h = run_kg({"help", "neighbors"});
  CHECK(h.code == 0);
  CHECK_THAT(h.out, Catch::Contains("Usage: kg neighbors [options] NAME"));
  CHECK_THAT(h.out, Catch::Contains("--depth N"));
  CHECK_THAT(h.out, Catch::Contains("(default: 1)"));
  CHECK(run_kg({"neighbors", "--help"}).out == h.out);
  CHECK_THAT(run_kg({"--version"}).out, Catch::StartsWith("kg "));
}

TEST_CASE("Usage mistakes end in one line on stderr and exit code 2", "[cli]") {
  auto unknown = run_kg({"frobnicate"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err == "kg: unknown command \"frobnicate\" (see kg --help)\n");
  auto option = run_kg({"stats", "--depth", "3"});
  CHECK(option.code == 2);
  CHECK(option.err == "kg: unknown option --depth for kg stats (see kg help stats)\n");
  auto missing = run_kg({"path", "A"});
  CHECK(missing.code == 2);
  CHECK(missing.err == "kg: path needs TO (usage: kg path [options] FROM TO)\n");
  // A mistyped command or option gets the closest name; "kg help help" is the general help.
  auto typo = run_kg({"neighbours", "x"});
  CHECK(typo.code == 2);
  CHECK(typo.err == "kg: unknown command \"neighbours\" (did you mean neighbors?)\n");
  CHECK(run_kg({"neighbors", "x", "--depht", "2"}).err ==
        "kg: unknown option --depht for kg neighbors (did you mean depth?)\n");
  CHECK(run_kg({"help", "neighbours"}).err == "kg: unknown command \"neighbours\" (did you mean neighbors?)\n");
  auto help_help = run_kg({"help", "help"});
  CHECK(help_help.code == 0);
  CHECK_THAT(help_help.out, Catch::Contains("Usage: kg"));
  auto bad_number = run_kg({"neighbors", "x", "--depth", "zero"});
  CHECK(bad_number.code == 2);
  CHECK(bad_number.err == "kg: --depth must be a whole number from 1 to 100, not \"zero\"\n");
  auto no_command = run_kg({});
  CHECK(no_command.code == 2);
}

TEST_CASE("kg ingest names the files it skips and fails when it finds nothing to read", "[cli]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.str("in"));
  std::ofstream(dir.str("in/report.pdf")) << "%PDF";
  std::ofstream(dir.str("in/.hidden")) << "x";
  auto none = run_kg({"--db", dir.str("db"), "ingest", dir.str("in")});
  CHECK(none.code == 4);
  CHECK(none.err == dir.str("in/report.pdf") + ": skipped (kg reads .txt, .md and .jsonl files)\n" +
                        "kg: no .txt or .md file (and no JSON line) among the inputs\n");
  CHECK_FALSE(std::filesystem::exists(dir.str("db")));  // nothing half-written
  std::ofstream(dir.str("in/a.txt")) << "Anna Probe traf in Berlin Max Muster.\n";
  auto some = run_kg({"--db", dir.str("db"), "ingest", dir.str("in")});
  CHECK(some.code == 0);
  CHECK(some.err == dir.str("in/report.pdf") + ": skipped (kg reads .txt, .md and .jsonl files)\n");
}

TEST_CASE("kg forget takes a source as loaded, or the same file given by its absolute path", "[cli]") {
  test::TempDir dir;
  const std::string db = dir.str("db");
  // Sources relative to the repository root, as the README's commands give them.
  struct InRoot {
    std::filesystem::path before = std::filesystem::current_path();
    InRoot() { std::filesystem::current_path(test::source_dir()); }
    ~InRoot() { std::filesystem::current_path(before); }
  } in_root;
  REQUIRE(run_kg({"--db", db, "ingest", "examples/articles/kazan-brics-2024.de.txt"}).code == 0);
  const std::string absolute = (std::filesystem::current_path() / "examples/articles/kazan-brics-2024.de.txt").string();
  auto f = run_kg({"--db", db, "forget", absolute});
  INFO(f.err);
  CHECK(f.code == 0);
  CHECK(f.out.starts_with("forgot 1 document"));
  auto docs = run_kg({"--db", db, "documents", "--format", "json"});
  CHECK(nlohmann::json::parse(docs.out)["documents"].empty());
  // Dates a document does not give are null in JSON, not "".
  REQUIRE(run_kg({"--db", db, "ingest", "examples/articles/kazan-brics-2024.de.txt"}).code == 0);
  std::ofstream(dir.str("undated.txt")) << "Anna Probe traf in Berlin Max Muster.\n";
  REQUIRE(run_kg({"--db", db, "ingest", dir.str("undated.txt")}).code == 0);
  auto list = nlohmann::json::parse(run_kg({"--db", db, "documents", "--format", "json"}).out)["documents"];
  REQUIRE(list.size() == 2);
  CHECK(list[0]["date"] == "2024-10");
  CHECK(list[1]["date"].is_null());
}

TEST_CASE("Read commands on a missing database say so", "[cli]") {
  test::TempDir dir;
  auto r = run_kg({"--db", dir.str("nothing"), "stats"});
  CHECK(r.code == 3);
  CHECK(r.err == "kg: no kg database at " + dir.str("nothing") + " (kg load creates one)\n");
  CHECK_FALSE(std::filesystem::exists(dir.str("nothing")));
}

TEST_CASE("The database comes from --db, then $KG_DB", "[cli]") {
  test::TempDir dir;
  ::setenv("KG_DB", dir.str("env-db").c_str(), 1);
  test::write_file(dir.str("one.jsonl"), doc_line("d1") + "\n");
  auto r = run_kg({"load", dir.str("one.jsonl")});
  ::unsetenv("KG_DB");
  CHECK(r.code == 0);
  CHECK(std::filesystem::exists(dir.str("env-db")));
}

TEST_CASE("load reports what it loaded and is idempotent", "[cli]") {
  ExampleDb ex;
  auto again = ex.run({"load", test::source_dir() + "/examples/facts.jsonl"});
  CHECK(again.code == 0);
  CHECK(again.out ==
        "loaded 0 documents: 0 new entities, 0 joined known entities; 3 already in the database; the database holds "
        "3 documents, " +
            std::to_string(ex.json({"stats"})["entities"].get<int>()) + " entities, " +
            std::to_string(ex.json({"stats"})["relations"].get<int>()) + " relations\n");
  auto stdin_load = run_kg({"--db", ex.db, "load", "-"}, doc_line("d9") + "\n\n");
  CHECK(stdin_load.code == 0);
  CHECK_THAT(stdin_load.out, Catch::StartsWith("loaded 1 document (de 1): "));
}

TEST_CASE("Every bad input line is named by file and line and the rest loads", "[cli]") {
  test::TempDir dir;
  std::string db = dir.str("db");
  nlohmann::json unknown_pred = document_to_json(test::sample_document("p"));
  unknown_pred["relations"][0]["predicate"] = "likes";
  nlohmann::json unknown_type = document_to_json(test::sample_document("t"));
  unknown_type["entities"][0]["type"] = "THING";
  nlohmann::json missing = document_to_json(test::sample_document("m"));
  missing["relations"][0]["subject"] = "ghost";
  std::string lines = doc_line("good1") + "\n" + "{\"id\": \"x\", \n" + unknown_pred.dump() + "\n" +
                      unknown_type.dump() + "\n" + missing.dump() + "\n" + "{\"id\": \"bad\xff\"}\n" +
                      doc_line("good2") + "\n";
  std::string file = dir.str("mixed.jsonl");
  test::write_file(file, lines);
  auto r = run_kg({"--db", db, "load", file});
  CHECK(r.code == 4);
  CHECK_THAT(r.err, Catch::Contains(file + ":2: malformed JSON"));
  CHECK_THAT(r.err, Catch::Contains(file + ":3: relations[0].predicate: unknown predicate \"likes\""));
  CHECK_THAT(r.err, Catch::Contains(file + ":4: entities[0].type: unknown entity type \"THING\""));
  CHECK_THAT(r.err, Catch::Contains(file + ":5: relations[0].subject: no entity with id \"ghost\""));
  CHECK_THAT(r.err, Catch::Contains(file + ":6: invalid UTF-8 at byte 11"));
  CHECK_THAT(r.err, Catch::EndsWith("kg: 5 of 7 documents skipped (errors above)\n"));
  CHECK(r.out ==
        "loaded 2 documents (de 2): 10 new entities, 2 joined known entities; 5 skipped; the database holds 2 "
        "documents, 10 "
        "entities, 14 relations\n");
  auto docs = run_kg({"--db", db, "documents", "--format", "json"});
  CHECK(nlohmann::json::parse(docs.out)["documents"].size() == 2);
}

TEST_CASE("load of a missing file creates no database", "[cli]") {
  test::TempDir dir;
  auto r = run_kg({"--db", dir.str("db"), "load", dir.str("absent.jsonl")});
  CHECK(r.code == 3);
  CHECK(r.err == "kg: " + dir.str("absent.jsonl") + ": no such file\n");
  CHECK_FALSE(std::filesystem::exists(dir.str("db")));
}

TEST_CASE("A second writer gets the lock error with the pid, readers keep working", "[cli]") {
  ExampleDb ex;
  auto holder = Store::open(ex.db, StoreOptions{});
  REQUIRE_OK(holder);
  auto r = ex.run({"forget", "examples/articles/kazan-brics-2024.de.txt"});
  CHECK(r.code == 5);
  CHECK(r.err == "kg: database is in use by another kg process (pid " + std::to_string(::getpid()) + ")\n");
  CHECK(ex.run({"stats"}).code == 0);
  CHECK(ex.run({"show", "Putin"}).code == 0);
}

TEST_CASE("show gives aliases and every fact with its sentence and source", "[cli]") {
  ExampleDb ex;
  auto r = ex.run({"show", "putin"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("Wladimir Putin  (person, #"));
  CHECK_THAT(r.out, Catch::Contains("also called: Putin"));
  CHECK_THAT(r.out, Catch::Contains("Wladimir Putin —holds_office (Präsident)→ Russland  [1 document]"));
  CHECK_THAT(r.out, Catch::Contains("— examples/articles/kazan-brics-2024.de.txt, 2024-10, bytes "));
  auto j = ex.json({"show", "Wladimir Putin"});
  CHECK(j["entity"]["name"] == "Wladimir Putin");
  CHECK(j["entity"]["type"] == "PER");
  CHECK(j["facts"].size() == 4);
  for (const auto& f : j["facts"]) {
    CHECK(f["evidence"].size() >= 1);
    CHECK(f["evidence"][0]["sentence"].get<std::string>().size() > 10);
  }
}

TEST_CASE("Unknown names suggest the closest known ones", "[cli]") {
  ExampleDb ex;
  auto r = ex.run({"show", "Stoltenbreg"});
  CHECK(r.code == 3);
  CHECK(r.err == "kg: no entity named \"Stoltenbreg\"; did you mean \"Jens Stoltenberg\"?\n");
}

TEST_CASE("entities lists by type in text and JSON", "[cli]") {
  ExampleDb ex;
  auto j = ex.json({"entities", "--type", "ORG"});
  std::set<std::string> names;
  for (const auto& e : j["entities"]) {
    CHECK(e["type"] == "ORG");
    names.insert(e["name"]);
  }
  CHECK(names == std::set<std::string>{"BRICS", "Vereinte Nationen", "NATO", "G20", "Afrikanische Union"});
  auto t = ex.run({"entities", "--type", "per", "--limit", "2"});
  CHECK(t.code == 0);
  CHECK_THAT(t.out, Catch::StartsWith("ID  "));
  CHECK(std::count(t.out.begin(), t.out.end(), '\n') == 3);
  CHECK(ex.run({"entities", "--type", "THING"}).code == 2);
}

TEST_CASE("neighbors follows depth, predicate and type filters", "[cli]") {
  ExampleDb ex;
  auto one = ex.json({"neighbors", "Olaf Scholz", "--predicate", "meets_with"});
  std::set<std::string> met;
  for (const auto& n : one["neighbors"]) met.insert(n["entity"]["name"]);
  CHECK(met == std::set<std::string>{"Joe Biden", "Narendra Modi"});
  auto two = ex.json({"neighbors", "Olaf Scholz", "--predicate", "meets_with", "--depth", "2", "--type", "PER"});
  std::set<std::string> people;
  for (const auto& n : two["neighbors"]) people.insert(n["entity"]["name"]);
  CHECK(people == std::set<std::string>{"Joe Biden", "Narendra Modi", "Wladimir Putin"});
  auto text = ex.run({"neighbors", "Xi Jinping"});
  CHECK_THAT(text.out, Catch::StartsWith("DEPTH  NAME"));
}

TEST_CASE("path explains each hop with its fact and evidence", "[cli]") {
  ExampleDb ex;
  auto j = ex.json({"path", "Jens Stoltenberg", "António Guterres"});
  REQUIRE(j["paths"].size() == 1);
  const auto& p = j["paths"][0];
  CHECK(p["nodes"].front()["name"] == "Jens Stoltenberg");
  CHECK(p["nodes"].back()["name"] == "António Guterres");
  CHECK(p["hops"].size() == p["length"].get<std::size_t>());
  for (const auto& hop : p["hops"]) CHECK(hop["evidence"].size() >= 1);
  auto text = ex.run({"path", "Olaf Scholz", "Xi Jinping", "--all"});
  CHECK(text.code == 0);
  CHECK_THAT(text.out, Catch::Contains("path 1 (3 hops): Olaf Scholz → "));
  auto none = ex.run({"path", "Olaf Scholz", "Xi Jinping", "--max-depth", "1"});
  CHECK(none.out == "no connection between Olaf Scholz and Xi Jinping within 1 hops\n");
}

TEST_CASE("why lists the direct facts between two entities", "[cli]") {
  ExampleDb ex;
  auto j = ex.json({"why", "Scholz", "Modi"});
  REQUIRE(j["facts"].size() == 1);
  CHECK(j["facts"][0]["predicate"] == "meets_with");
  CHECK_THAT(j["facts"][0]["evidence"][0]["source"].get<std::string>(), Catch::Contains("new-delhi-g20-2023"));
  auto none = ex.run({"why", "Scholz", "Xi Jinping"});
  CHECK(none.code == 0);
  CHECK_THAT(none.out, Catch::StartsWith("no fact links Olaf Scholz and Xi Jinping directly"));
}

TEST_CASE("stats counts by type and predicate and ranks entities", "[cli]") {
  ExampleDb ex;
  auto j = ex.json({"stats", "--top", "3"});
  CHECK(j["documents"] == 3);
  CHECK(j["entities_by_type"]["PER"] == 8);
  CHECK(j["relations_by_predicate"]["meets_with"] == 5);
  CHECK(j["top_by_degree"].size() == 3);
  CHECK(j["top_by_pagerank"].size() == 3);
  auto t = ex.run({"stats"});
  CHECK_THAT(t.out, Catch::Contains("top entities by PageRank"));
}

TEST_CASE("forget, merge and alias change the graph from the command line", "[cli]") {
  ExampleDb ex;
  auto alias = ex.run({"alias", "add", "Vereinte Nationen", "UNO"});
  CHECK(alias.code == 0);
  CHECK(ex.json({"show", "uno"})["entity"]["name"] == "Vereinte Nationen");
  auto merge = ex.run({"merge", "Kasan", "Washington"});  // same type; silly but allowed
  CHECK(merge.code == 0);
  CHECK_THAT(merge.out, Catch::StartsWith("merged \"Kasan\""));
  CHECK(ex.json({"show", "Kasan"})["entity"]["name"] == "Washington");
  auto forget = ex.run({"forget", "examples/articles/new-delhi-g20-2023.de.txt"});
  CHECK(forget.code == 0);
  CHECK_THAT(forget.out, Catch::StartsWith("forgot 1 document: removed "));
  CHECK(ex.run({"show", "G20"}).code == 3);
  auto check = ex.run({"check"});
  CHECK(check.code == 0);
  CHECK(check.out.find("graph image") == std::string::npos);  // every write command rewrote it
  CHECK(ex.run({"compact"}).code == 0);
  CHECK(ex.json({"show", "uno"})["entity"]["name"] == "Vereinte Nationen");
  CHECK(ex.run({"alias", "rename", "x", "y"}).code == 2);
  CHECK(ex.run({"merge", "Kasan", "Putin"}).code == 2);  // LOC into PER
}

TEST_CASE("Text output shows three sentences per fact unless asked for more", "[cli]") {
  test::TempDir dir;
  std::string db = dir.str("db"), file = dir.str("five.jsonl"), lines;
  for (int i = 0; i < 5; ++i) {
    Document d;
    d.id = "doc" + std::to_string(i);
    d.source = "five/" + std::to_string(i);
    d.entities.push_back({"a", "Anna Beispiel", EntityType::kPerson, {}, {}, {}});
    d.entities.push_back({"b", "Bert Muster", EntityType::kPerson, {}, {}, {}});
    Relation r;
    r.subject = "a";
    r.predicate = *parse_predicate("meets_with");
    r.object = "b";
    r.evidence = {{0, 30}, "Satz " + std::to_string(i) + ": Anna traf Bert."};
    d.relations.push_back(r);
    lines += document_to_json(d).dump() + "\n";
  }
  test::write_file(file, lines);
  REQUIRE(run_kg({"--db", db, "load", file}).code == 0);
  auto why = run_kg({"--db", db, "why", "Anna Beispiel", "Bert Muster"});
  CHECK(std::count(why.out.begin(), why.out.end(), '\n') == 1 + 3 * 2 + 1);
  CHECK_THAT(why.out, Catch::Contains("… and 2 more sentences (--evidence 0 shows all)"));
  auto all = run_kg({"--db", db, "why", "Anna Beispiel", "Bert Muster", "--evidence", "0"});
  CHECK(std::count(all.out.begin(), all.out.end(), '\n') == 1 + 5 * 2);
  auto json = run_kg({"--db", db, "why", "Anna Beispiel", "Bert Muster", "--format", "json"});
  CHECK(nlohmann::json::parse(json.out)["facts"][0]["evidence"].size() == 5);
}

TEST_CASE("Queries give the same answers with the graph image as from the indexes alone", "[cli][image]") {
  ExampleDb ex;
  auto with_image = ex.run({"path", "Narendra Modi", "Wladimir Putin", "--format", "json"});
  auto neighbors_with_image = ex.run({"neighbors", "Xi Jinping", "--depth", "2"});
  auto stats_with_image = ex.run({"stats"});
  std::filesystem::remove(ex.dir.str("db/graph.snapshot"));
  auto check = ex.run({"check"});
  CHECK(check.code == 0);
  CHECK(check.out.find("note: the graph image is missing or out of date") != std::string::npos);
  CHECK(ex.run({"path", "Narendra Modi", "Wladimir Putin", "--format", "json"}).out == with_image.out);
  CHECK(ex.run({"neighbors", "Xi Jinping", "--depth", "2"}).out == neighbors_with_image.out);
  CHECK(ex.run({"stats"}).out == stats_with_image.out);
  CHECK(ex.run({"compact"}).code == 0);
  CHECK(std::filesystem::exists(ex.dir.str("db/graph.snapshot")));
}

TEST_CASE("export writes to standard output or atomically to -o FILE", "[cli][export]") {
  ExampleDb ex;
  auto dot = ex.run({"export", "--format", "dot", "--focus", "Wladimir Putin", "--depth", "2"});
  CHECK(dot.code == 0);
  CHECK_THAT(dot.out, Catch::StartsWith("digraph kg {"));
  CHECK(dot.out.find("Wladimir Putin") != std::string::npos);
  auto path = ex.run({"export", "--path", "Narendra Modi", "António Guterres"});
  CHECK(path.code == 0);
  CHECK(path.out.find("Narendra Modi") != std::string::npos);
  CHECK(path.out.find("Joe Biden") == std::string::npos);  // not on the connection
  std::string out = ex.dir.str("graph.nq");
  CHECK(ex.run({"export", "--format", "nquads", "-o", out}).code == 0);
  CHECK(test::read_file(out).find("<https://schema.org/name> \"Wladimir Putin\"") != std::string::npos);
  CHECK(ex.run({"export", "--format", "jsonld", "--output", ex.dir.str("g.jsonld"), "--base", "https://example.org/"})
            .code == 0);
  CHECK(test::read_file(ex.dir.str("g.jsonld")).find("\"@id\": \"https://example.org/entity/1\"") != std::string::npos);
  CHECK(ex.run({"export", "--format", "graphml", "-o", ex.dir.str("g.graphml")}).code == 0);

  auto bad = ex.run({"export", "--format", "svg"});
  CHECK(bad.code == 2);
  CHECK(bad.err == "kg: unknown export format 'svg' (dot, jsonld, nquads, graphml or csv)\n");
  CHECK(ex.run({"export", "--path", "Putin"}).code == 2);  // --path takes two names
  CHECK(ex.run({"export", "--focus", "Putin", "--path", "Putin", "Biden"}).code == 2);
  CHECK(ex.run({"export", "--focus", "Nobody Known"}).code == 3);
  // A failed export leaves no file behind.
  std::string failed = ex.dir.str("failed.nq");
  CHECK(ex.run({"export", "--format", "nquads", "--base", "no iri", "-o", failed}).code == 2);
  CHECK(!std::filesystem::exists(failed));
  for (const auto& entry : std::filesystem::directory_iterator(ex.dir.path()))
    CHECK(entry.path().filename().string().find(".tmp.") == std::string::npos);
}

TEST_CASE("Drawings of more entities than --max-nodes need --force", "[cli][export]") {
  ExampleDb ex;
  auto refused = ex.run({"export", "--max-nodes", "5"});
  CHECK(refused.code == 2);
  CHECK_THAT(refused.err, Catch::Contains("more than 5") && Catch::Contains("--focus") &&
                              Catch::Contains("--min-support") && Catch::Contains("--force"));
  CHECK(ex.run({"export", "--max-nodes", "5", "--force"}).code == 0);
  CHECK(ex.run({"export", "--max-nodes", "5", "--focus", "Olaf Scholz"}).code == 0);
  CHECK(ex.run({"render", "--max-nodes", "5", "-o", ex.dir.str("all.svg")}).code == 2);
  CHECK(!std::filesystem::exists(ex.dir.str("all.svg")));
  CHECK(ex.run({"export", "--format", "nquads", "--max-nodes", "5"}).code == 0);  // only drawings are limited
}

TEST_CASE("render takes the picture format from the file name", "[cli][export]") {
  ExampleDb ex;
  CHECK(ex.run({"render", "--focus", "SOZ", "-o", ex.dir.str("x.svg")}).code == 3);  // not in the examples
  auto svg = ex.run({"render", "--focus", "Narendra Modi", "--depth", "1", "-o", ex.dir.str("modi.svg")});
  INFO(svg.err);
  CHECK(svg.code == 0);
  CHECK(test::read_file(ex.dir.str("modi.svg")).find("Narendra Modi") != std::string::npos);
  CHECK(ex.run({"render", "--layout", "sfdp", "-o", ex.dir.str("all.png")}).code == 0);
  auto gif = ex.run({"render", "-o", ex.dir.str("all.gif")});
  CHECK(gif.code == 8);
  CHECK_THAT(gif.err, Catch::Contains(".svg, .png or .pdf"));
  CHECK(ex.run({"render"}).code == 2);
  CHECK(ex.run({"render", "--layout", "spring", "-o", ex.dir.str("a.svg")}).code == 2);
}

TEST_CASE("extract prints document objects that load gives the same graph as ingest", "[cli][extract]") {
  test::TempDir dir;
  std::string article = test::source_dir() + "/examples/articles/kazan-brics-2024.de.txt";
  auto out = run_kg({"extract", article});
  INFO(out.err);
  REQUIRE(out.code == 0);
  auto doc = document_from_json_text(out.out.substr(0, out.out.find('\n')));
  REQUIRE_OK(doc);
  CHECK(doc->source == article);
  CHECK(!doc->relations.empty());
  test::write_file(dir.str("a.jsonl"), out.out);
  CHECK(run_kg({"--db", dir.str("one"), "load", dir.str("a.jsonl")}).code == 0);
  auto ingest = run_kg({"--db", dir.str("two"), "ingest", article});
  CHECK(ingest.code == 0);
  CHECK_THAT(ingest.out, Catch::StartsWith("ingested 1 document (de 1): "));
  auto a = run_kg({"--db", dir.str("one"), "export", "--format", "nquads"});
  auto b = run_kg({"--db", dir.str("two"), "export", "--format", "nquads"});
  CHECK(a.out == b.out);
  auto explain = run_kg({"extract", "--explain", article});
  CHECK_THAT(explain.err, Catch::Contains("[de.office.adjective, 0.9]"));
}

TEST_CASE("extract reads folders and JSON Lines, and names bad inputs", "[cli][extract]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.str("in/sub"));
  test::write_file(dir.str("in/a.txt"), "Der polnische Präsident Jan Kowal reist nach Rom.");
  test::write_file(dir.str("in/sub/b.md"), "Die italienische Premierministerin Lia Conti empfängt Jan Kowal.");
  test::write_file(dir.str("in/skip.json"), "{}");
  test::write_file(dir.str("in/bad.txt"), "kaputt \xFF hier");
  test::write_file(dir.str("in/empty.txt"), "");
  auto r = run_kg({"extract", dir.str("in")});
  CHECK(r.code == 4);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 3);  // a, empty, sub/b
  CHECK_THAT(r.err, Catch::Contains("bad.txt: invalid UTF-8 at byte 7"));
  CHECK_THAT(r.err, Catch::Contains("empty.txt: warning: empty"));
  auto lines = run_kg(
      {"extract", "-"},
      "{\"text\": \"Der spanische König Felipe Rojo kam.\", \"source\": \"s1\", \"date\": \"2025-03\"}\nnot json\n");
  CHECK(lines.code == 4);
  CHECK_THAT(lines.out, Catch::Contains("\"date\":\"2025-03\""));
  CHECK_THAT(lines.err, Catch::Contains("-:2: not a JSON object with a \"text\" string"));
  // A .jsonl file, named or in a folder, holds one article per line; a line of kg's own output
  // (facts, no text) is named as what it is.
  std::filesystem::create_directories(dir.str("lines"));
  test::write_file(dir.str("lines/two.jsonl"),
                   "{\"text\": \"Der spanische König Felipe Rojo kam.\", \"source\": \"s1\"}\n\n"
                   "{\"text\": \"The Spanish king Felipe Rojo came.\", \"source\": \"s2\", \"lang\": \"en\"}\n"
                   "{\"entities\": [], \"relations\": []}\n");
  for (const std::string& input : {dir.str("lines/two.jsonl"), dir.str("lines")}) {
    auto two = run_kg({"extract", input});
    CHECK(two.code == 4);
    CHECK(std::count(two.out.begin(), two.out.end(), '\n') == 2);
    CHECK_THAT(two.out, Catch::Contains("\"source\":\"s2\"") && Catch::Contains("\"lang\":\"en\""));
    CHECK_THAT(two.err,
               Catch::Contains("two.jsonl:4: a document object with facts (kg load reads it), not an article"));
  }
  CHECK(run_kg({"extract", dir.str("nothing-here")}).code == 3);
  test::write_file(dir.str("lex.tsv"), "org\tBund der Fischer\tBdF\t\nbogus line\n");
  auto lex = run_kg({"extract", "--lexicon", dir.str("lex.tsv"), dir.str("in/a.txt")});
  CHECK(lex.code == 4);
  CHECK_THAT(lex.err, Catch::Contains("lex.tsv:2: expected CLASS<TAB>NAME<TAB>FORMS<TAB>ATTRIBUTES"));
}

TEST_CASE("No JSON line makes kg abort: out-of-range numbers, wrong types, a BOM, a cut string", "[cli][hostile]") {
  test::TempDir dir;
  std::string db = dir.str("db");
  std::string file = dir.str("numbers.jsonl");
  std::string unterminated = "{\"id\": \"" + std::string(200000, 'q') + "\n";
  test::write_file(file, "\xEF\xBB\xBF" + doc_line("first") + "\n" +                       // 1: a byte order mark
                             "{\"id\": \"n\", \"x\": 1e400}\n" +                           // 2: a double overflow
                             "{\"id\": \"n\", \"x\": 123456789012345678901234567890}\n" +  // 3: a huge integer
                             "{\"id\": \"n\", \"x\": 7e7777777777777777777777 \n" +        // 4: overflow, malformed
                             unterminated +                                                // 5: never closed
                             doc_line("last") + "\n");
  auto r = run_kg({"--db", db, "load", file});
  INFO(r.err);
  CHECK(r.code == 4);
  CHECK_THAT(r.err, Catch::Contains(file + ":2: malformed JSON: a number that is malformed or out of range"));
  CHECK_THAT(r.err, Catch::Contains(file + ":3: malformed JSON: a number that is malformed or out of range"));
  CHECK_THAT(r.err, Catch::Contains(file + ":4: malformed JSON"));
  CHECK_THAT(r.err, Catch::Contains(file + ":5: malformed JSON"));
  CHECK(r.err.size() < 2000);  // the unterminated line is not echoed whole
  CHECK_THAT(r.out, Catch::StartsWith("loaded 2 documents"));

  for (const char* key : {"source", "id", "date", "lang"}) {
    for (const char* value : {"12", "null", "[\"x\"]"}) {
      std::string line = std::string("{\"text\": \"Anna Probe traf Max Muster.\", \"") + key + "\": " + value + "}\n";
      INFO(line);
      auto e = run_kg({"extract", "-"}, line);
      CHECK(e.code == 4);
      CHECK_THAT(e.err, Catch::Contains(std::string("-:1: ") + key + ": must be a string"));
      auto i = run_kg({"--db", dir.str("ingested"), "ingest", "--no-ner", "-"}, line);
      CHECK(i.code == 4);
      CHECK_THAT(i.err, Catch::Contains(std::string("-:1: ") + key + ": must be a string"));
    }
  }
}

TEST_CASE("Control characters in names and sentences reach a terminal as escapes, JSON keeps them", "[cli][hostile]") {
  test::TempDir dir;
  std::string db = dir.str("db");
  Document d = test::sample_document("esc");
  d.entities[0].name = "Ada\x1b]0;owned\x07 Host\rX";
  d.relations[0].evidence.text =
      "Der Gipfel\x1b[2J fand statt \xC2\x9B"
      "31m.";
  test::write_file(dir.str("esc.jsonl"), document_to_json(d).dump() + "\n");
  REQUIRE(run_kg({"--db", db, "load", dir.str("esc.jsonl")}).code == 0);
  auto text = run_kg({"--db", db, "show", "Testgipfel esc", "--evidence", "0"});
  INFO(text.out);
  REQUIRE(text.code == 0);
  CHECK(text.out.find('\x1b') == std::string::npos);
  CHECK(text.out.find("\xC2\x9B") == std::string::npos);
  CHECK_THAT(text.out, Catch::Contains("Der Gipfel\\x1b[2J fand statt \\u009b31m."));
  auto host = run_kg({"--db", db, "entities", "--type", "PER"});
  CHECK(host.out.find('\r') == std::string::npos);
  CHECK_THAT(host.out, Catch::Contains("Ada\\x1b]0;owned\\x07 Host\\x0dX"));
  // Errors name what was asked the same way.
  auto missing = run_kg({"--db", db, "show", "Nobody\x1b[31m"});
  CHECK(missing.err.find('\x1b') == std::string::npos);
  // JSON carries the data unchanged (escaped as JSON escapes it).
  auto json = nlohmann::json::parse(run_kg({"--db", db, "entities", "--type", "PER", "--format", "json"}).out);
  bool found = false;
  for (const auto& e : json["entities"]) found = found || e["name"] == "Ada\x1b]0;owned\x07 Host\rX";
  CHECK(found);
}

TEST_CASE("kg ner --tokens refuses a file that is not text", "[cli][hostile]") {
  test::TempDir dir;
  test::write_file(dir.str("binary"), std::string("\x7f"
                                                  "ELF\x02\x01\x01\0\0\xff\xfe\n",
                                                  12));
  auto r = run_kg({"ner", "--tokens", dir.str("binary")});
  CHECK(r.code == 4);
  CHECK(r.err ==
        "kg: " + dir.str("binary") + ":1: invalid UTF-8 at byte 9 (--tokens takes UTF-8 text, one token per line)\n");
  CHECK(r.out.empty());
}

TEST_CASE("extract reads each document with its language's pack, and refuses a language without one",
          "[cli][extract]") {
  test::TempDir dir;
  test::write_file(dir.str("toy.txt"), "Mopo ka Blorvia.");
  auto toy =
      run_kg({"extract", "--lang", "xx", "--pack", test::source_dir() + "/tests/data/toy-pack", dir.str("toy.txt")});
  CHECK(toy.code == 0);
  CHECK_THAT(toy.out, Catch::Contains("\"rule\":\"toy.lies\""));
  CHECK_THAT(toy.out, Catch::Contains("\"lang\":\"xx\""));
  auto none = run_kg({"extract", "--lang", "qq", dir.str("toy.txt")});
  CHECK(none.code != 0);
  CHECK(none.out.empty());
  CHECK(none.err == "kg: no language pack for 'qq'\n");
  // A JSON line naming a language without a pack is reported and skipped; the others are read.
  auto lines = run_kg({"extract", "-"},
                      "{\"text\": \"Mopo ka Blorvia.\", \"lang\": \"qq\"}\n"
                      "{\"text\": \"Anna Probe traf Max Muster.\", \"lang\": \"de\"}\n");
  CHECK(lines.code == 4);
  CHECK(std::count(lines.out.begin(), lines.out.end(), '\n') == 1);
  CHECK_THAT(lines.err, Catch::Contains("-:1: no language pack for 'qq'"));
}
