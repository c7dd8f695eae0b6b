// Exports checked by the programs that consume them: Graphviz's dot, python3-pyld, rapper
// (raptor2-utils) and Boost's read_graphml. The setup script installs all of them, so these
// tests always run.
#include <sys/wait.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "kg/export/export.h"
#include "kg/store/store.h"
#include "test_helpers.h"

using namespace kg;
using namespace kg::exporting;

namespace {

// Names and sentences that break careless writers: quotes, backslashes, line breaks, tabs,
// markup, braces, semicolons, characters outside the BMP and right-to-left text.
const std::vector<std::string> kHostile = {
    "Anna \"die Große\" O'Neil",
    "C:\\Pfad\\zu\\Datei \\n kein Umbruch",
    "Zeile eins\nZeile zwei",
    "Tab\tgetrennt",
    "<html><b>fett</b></html> & Co",
    "{geschweift}; [eckig]; a=b; c|d",
    "Emoji 😀 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "مؤتمر القمة العربية",
    "ועידת השלום",
};

// A document whose entities carry the hostile names and whose evidence quotes them.
Document hostile_document() {
  Document d;
  d.id = "hostile \"doc\" <1>";
  d.source = "quellen/«böse» \\ datei.txt";
  d.lang = "de";
  d.date = "2025-02";
  d.entities.push_back(
      {"org", "Verband {x}; <y> \"z\"", EntityType::kOrganization, {"V\\Z"}, {}, nlohmann::json::object()});
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    std::string id = "p" + std::to_string(i);
    d.entities.push_back({id, kHostile[i], EntityType::kPerson, {}, {}, nlohmann::json::object()});
    Relation r;
    r.subject = id;
    r.predicate = *parse_predicate(i % 2 ? "member_of" : "holds_office");
    r.object = "org";
    if (i % 2 == 0) r.attributes = {{"role", "Chef \"" + std::to_string(i) + "\" <b>"}};
    r.evidence = {{0, 10}, "Satz über " + kHostile[i] + ": \"Zitat\" \\ Ende."};
    d.relations.push_back(r);
  }
  return d;
}

struct Db {
  test::TempDir dir;
  std::unique_ptr<Store> store;
  explicit Db(const std::vector<Document>& docs) {
    {
      auto w = Store::open(dir.str("db"), StoreOptions{});
      REQUIRE_OK(w);
      for (const Document& d : docs) REQUIRE_OK((*w)->load(d));
      REQUIRE_OK((*w)->write_graph_image());
    }
    StoreOptions ro;
    ro.read_only = true;
    auto r = Store::open(dir.str("db"), ro);
    REQUIRE_OK(r);
    store = std::move(r).value();
  }
  std::string file(const std::string& name) const { return dir.str(name); }
};

std::vector<Document> examples() {
  std::vector<Document> docs;
  std::istringstream lines(test::read_file(test::source_dir() + "/examples/facts.jsonl"));
  for (std::string line; std::getline(lines, line);) {
    auto d = document_from_json_text(line);
    REQUIRE_OK(d);
    docs.push_back(std::move(d).value());
  }
  return docs;
}

// Runs a shell command; returns its exit code.
int shell(const std::string& command) {
  int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

template <typename Write>
std::string write_to(const std::string& path, Write write) {
  std::ofstream out(path, std::ios::binary);
  REQUIRE_OK(write(out));
  out.close();
  return test::read_file(path);
}

Subgraph whole() { return Subgraph{true, Selection{}, {}, {}}; }

struct ReadBack {
  std::size_t nodes = 0, edges = 0;
  std::vector<std::string> names, sentences;
};

ReadBack read_graphml_file(const std::string& path) {
  struct V {
    std::string name;
  };
  struct E {
    std::string evidence;
  };
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", boost::get(&V::name, g));
  dp.property("evidence", boost::get(&E::evidence, g));
  std::ifstream in(path);
  boost::read_graphml(in, g, dp);
  ReadBack r;
  r.nodes = boost::num_vertices(g);
  r.edges = boost::num_edges(g);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) r.names.push_back(g[v].name);
  for (auto e : boost::make_iterator_range(boost::edges(g))) r.sentences.push_back(g[e].evidence);
  return r;
}

}  // namespace

TEST_CASE("Graphviz's dot accepts every DOT export of the examples", "[export]") {
  Db db(examples());
  auto putin = db.store->resolve("Wladimir Putin");
  auto guterres = db.store->resolve("António Guterres");
  REQUIRE_OK(putin);
  REQUIRE_OK(guterres);
  std::vector<Selection> selections(4);
  selections[1].focus = {*putin};
  selections[1].depth = 2;
  selections[2].path = std::make_pair(*putin, *guterres);
  selections[3].types = type_bit(EntityType::kPerson) | type_bit(EntityType::kOrganization);
  selections[3].predicates =
      predicate_bit(*parse_predicate("member_of")) | predicate_bit(*parse_predicate("holds_office"));
  for (std::size_t i = 0; i < selections.size(); ++i) {
    auto sub = select(*db.store, selections[i]);
    REQUIRE_OK(sub);
    std::string path = db.file("g" + std::to_string(i) + ".dot");
    std::string dot = write_to(path, [&](std::ostream& o) { return write_dot(*db.store, *sub, Options{}, o); });
    CHECK(dot.starts_with("digraph kg {"));
    INFO(dot);
    CHECK(shell("dot -Tsvg " + path + " -o " + path + ".svg") == 0);
  }
}

TEST_CASE("DOT carries predicate, role, support and date on edges and the type on nodes, for gvpr", "[export]") {
  Db db(examples());
  auto sub = select(*db.store, Selection{});
  REQUIRE_OK(sub);
  const std::string path = db.file("all.dot");
  write_to(path, [&](std::ostream& o) { return write_dot(*db.store, *sub, Options{}, o); });
  // Graphviz's own query tool selects on the attributes: every meeting, and persons by type.
  const std::string meetings = db.file("meetings.txt"), persons = db.file("persons.txt");
  REQUIRE(shell("gvpr 'E[predicate==\"meets_with\"]{print(support, \" \", date)}' " + path + " > " + meetings) == 0);
  REQUIRE(shell("gvpr 'N[type==\"PER\"]{print(label)}' " + path + " > " + persons) == 0);
  const std::string m = test::read_file(meetings), p = test::read_file(persons);
  CHECK(std::count(m.begin(), m.end(), '\n') >= 2);
  CHECK_THAT(m, Catch::Contains("1 2024-"));
  CHECK_THAT(p, Catch::Contains("Wladimir Putin"));
  CHECK_THAT(p, !Catch::Contains("Russland"));
  auto offices = db.file("offices.txt");
  REQUIRE(shell("gvpr 'E[predicate==\"holds_office\" && role!=\"\"]{print(role)}' " + path + " > " + offices) == 0);
  CHECK_THAT(test::read_file(offices), Catch::Contains("Präsident"));
}

TEST_CASE("CSV for neo4j-admin import: header grammar, and the counts read back by Python's csv module", "[export]") {
  Db db(examples());
  auto sub = select(*db.store, Selection{});
  REQUIRE_OK(sub);
  const std::string folder = db.file("csv");
  REQUIRE_OK(write_csv(*db.store, *sub, Options{}, folder));
  auto counts = db.store->counts();
  REQUIRE_OK(counts);
  // Every header field is name[:type] or one of the import tool's special fields, and every
  // relationship's ends are nodes of the file; read with a real CSV reader.
  const std::string script = db.file("check.py");
  std::ofstream(script) << R"py(import csv, re, sys
field = re.compile(r'^(:(ID|LABEL|START_ID|END_ID|TYPE)|[A-Za-z_]\w*(:(ID|long|int|double|boolean|string|string\[\]|date))?)$')
with open(sys.argv[1] + '/nodes.csv', newline='') as f:
    rows = list(csv.reader(f))
assert all(field.match(h) for h in rows[0]), rows[0]
ids = {r[0] for r in rows[1:]}
assert all(len(r) == len(rows[0]) for r in rows)
with open(sys.argv[1] + '/relationships.csv', newline='') as f:
    rels = list(csv.reader(f))
assert all(field.match(h) for h in rels[0]), rels[0]
assert all(r[0] in ids and r[1] in ids and re.match(r'^[A-Z_]+$', r[2]) for r in rels[1:])
print(len(rows) - 1, len(rels) - 1)
)py";
  const std::string out = db.file("check.txt");
  REQUIRE(shell("python3 " + script + " " + folder + " > " + out) == 0);
  CHECK(test::read_file(out) == std::to_string(counts->entities) + " " + std::to_string(counts->edges) + "\n");
  // A second export into the same folder is refused and leaves the files as they were.
  const std::string before = test::read_file(folder + "/nodes.csv");
  CHECK(write_csv(*db.store, *sub, Options{}, folder).code() == StatusCode::kInvalidArgument);
  CHECK(test::read_file(folder + "/nodes.csv") == before);
}

TEST_CASE("Selections keep what was asked for and drop the rest", "[export]") {
  Db db(examples());
  auto id = [&](const char* name) {
    auto r = db.store->resolve(name);
    REQUIRE_OK(r);
    return *r;
  };
  Selection path;
  path.path = std::make_pair(id("Wladimir Putin"), id("António Guterres"));
  auto p = select(*db.store, path);
  REQUIRE_OK(p);
  CHECK(std::find(p->entities.begin(), p->entities.end(), id("Wladimir Putin")) != p->entities.end());
  CHECK(std::find(p->entities.begin(), p->entities.end(), id("António Guterres")) != p->entities.end());
  CHECK(p->edges.size() + 1 >= p->entities.size());  // a union of paths
  Selection people;
  people.focus = {id("Wladimir Putin")};
  people.depth = 2;
  people.types = type_bit(EntityType::kPerson);
  auto s = select(*db.store, people);
  REQUIRE_OK(s);
  for (EntityId e : s->entities) CHECK(*db.store->type_of(e) == EntityType::kPerson);
  for (const Edge& e : s->edges) CHECK(predicate_info(e.predicate).name == "meets_with");
  Selection strong;
  strong.min_support = 2;
  std::string dot = write_to(db.file("strong.dot"), [&](std::ostream& o) {
    return write_dot(*db.store, *select(*db.store, strong), Options{}, o);
  });
  CHECK(dot.find("->") == std::string::npos);  // every example fact has one supporting document
}

TEST_CASE("pyld turns the JSON-LD export into exactly the quads of the N-Quads export", "[export]") {
  std::vector<Document> docs = examples();
  docs.push_back(hostile_document());
  Db db(docs);
  Options options;
  for (const std::string& base : {std::string("urn:kg:"), std::string("https://example.org/kg/")}) {
    options.base = base;
    write_to(db.file("g.jsonld"), [&](std::ostream& o) { return write_jsonld(*db.store, whole(), options, o); });
    write_to(db.file("g.nq"), [&](std::ostream& o) { return write_nquads(*db.store, whole(), options, o); });
    CHECK(shell("/usr/bin/python3 " + test::source_dir() + "/tests/tools/jsonld_equals_nquads.py " +
                db.file("g.jsonld") + " " + db.file("g.nq")) == 0);
  }
  auto sub = select(*db.store, Selection{{*db.store->resolve("Wladimir Putin")}, 1, std::nullopt});
  REQUIRE_OK(sub);
  write_to(db.file("s.jsonld"), [&](std::ostream& o) { return write_jsonld(*db.store, *sub, options, o); });
  write_to(db.file("s.nq"), [&](std::ostream& o) { return write_nquads(*db.store, *sub, options, o); });
  CHECK(shell("/usr/bin/python3 " + test::source_dir() + "/tests/tools/jsonld_equals_nquads.py " + db.file("s.jsonld") +
              " " + db.file("s.nq")) == 0);
}

TEST_CASE("RDF uses schema.org terms only where their domain fits, and gives a web page its url", "[export]") {
  Document d;
  d.id = "web";
  d.source = "https://example.org/news/2024/summit";
  d.lang = "en";
  d.date = "2024-07";
  d.entities = {{"c", "Peru", EntityType::kLocation, {}, {}, nlohmann::json::object()},
                {"p", "Anna Probe", EntityType::kPerson, {}, {}, nlohmann::json::object()},
                {"o", "APEC", EntityType::kOrganization, {}, {}, nlohmann::json::object()},
                {"e", "APEC summit", EntityType::kEvent, {}, {}, nlohmann::json::object()}};
  auto relation = [](const char* s, const char* p, const char* o) {
    Relation r;
    r.subject = s;
    r.predicate = *parse_predicate(p);
    r.object = o;
    r.evidence = {{0, 5}, "A sentence of ours."};
    return r;
  };
  d.relations = {relation("c", "member_of", "o"), relation("p", "member_of", "o"),
                 relation("c", "participates_in", "e"), relation("p", "participates_in", "e")};
  Db db({d});
  std::string nq =
      write_to(db.file("g.nq"), [&](std::ostream& o) { return write_nquads(*db.store, whole(), Options{}, o); });
  auto has = [&](const std::string& s, const std::string& property, const std::string& o) {
    return nq.find("<urn:kg:entity/" + s + "> <" + property + "> <urn:kg:entity/" + o + ">") != std::string::npos;
  };
  const std::string peru = std::to_string(*db.store->resolve("Peru")),
                    anna = std::to_string(*db.store->resolve("Anna Probe")),
                    apec = std::to_string(*db.store->resolve("APEC")),
                    summit = std::to_string(*db.store->resolve("APEC summit"));
  CHECK(has(peru, "urn:kg:vocab:memberOf", apec));  // a state is no schema:memberOf subject
  CHECK(has(anna, "https://schema.org/memberOf", apec));
  CHECK(has(peru, "urn:kg:vocab:participatesIn", summit));  // nor a schema:attendee
  CHECK(has(summit, "https://schema.org/attendee", anna));
  CHECK(nq.find("<https://schema.org/url> <https://example.org/news/2024/summit>") != std::string::npos);
  write_to(db.file("g.jsonld"), [&](std::ostream& o) { return write_jsonld(*db.store, whole(), Options{}, o); });
  CHECK(shell("/usr/bin/python3 " + test::source_dir() + "/tests/tools/jsonld_equals_nquads.py " + db.file("g.jsonld") +
              " " + db.file("g.nq")) == 0);
  CHECK(shell("rapper -q -i nquads -o nquads " + db.file("g.nq") + " > " + db.file("back.nq")) == 0);
}

TEST_CASE("rapper parses the N-Quads export, one statement per line", "[export]") {
  std::vector<Document> docs = examples();
  docs.push_back(hostile_document());
  Db db(docs);
  std::string nq =
      write_to(db.file("g.nq"), [&](std::ostream& o) { return write_nquads(*db.store, whole(), Options{}, o); });
  std::size_t lines = static_cast<std::size_t>(std::count(nq.begin(), nq.end(), '\n'));
  CHECK(shell("rapper -q -i nquads -o nquads " + db.file("g.nq") + " > " + db.file("back.nq")) == 0);
  std::string back = test::read_file(db.file("back.nq"));
  CHECK(static_cast<std::size_t>(std::count(back.begin(), back.end(), '\n')) == lines);
  CHECK(nq.find("<urn:kg:document/hostile%20%22doc%22%20%3C1%3E>") != std::string::npos);
  Options bad;
  bad.base = "not an iri";
  std::ostringstream out;
  CHECK(write_nquads(*db.store, whole(), bad, out).code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Boost's read_graphml reads the GraphML export back with the same counts", "[export]") {
  std::vector<Document> docs = examples();
  docs.push_back(hostile_document());
  Db db(docs);
  write_to(db.file("g.graphml"), [&](std::ostream& o) { return write_graphml(*db.store, whole(), o); });
  ReadBack r = read_graphml_file(db.file("g.graphml"));
  auto counts = db.store->counts();
  REQUIRE_OK(counts);
  CHECK(r.nodes == counts->entities);
  CHECK(r.edges == counts->edges);
}

TEST_CASE("Hostile names come out intact in DOT", "[export][hostile]") {
  Db db({hostile_document()});
  std::string dot =
      write_to(db.file("h.dot"), [&](std::ostream& o) { return write_dot(*db.store, whole(), Options{}, o); });
  REQUIRE(shell("dot -Tsvg " + db.file("h.dot") + " -o " + db.file("h.svg")) == 0);
  std::string svg = test::read_file(db.file("h.svg"));
  // Graphviz writes labels as XML text: markup escaped, one <text> per line of a label.
  CHECK(svg.find("&lt;html&gt;&lt;b&gt;fett&lt;/b&gt;&lt;/html&gt; &amp; Co") != std::string::npos);
  CHECK(svg.find("C:\\Pfad\\zu\\Datei \\n kein Umbruch") != std::string::npos);
  CHECK(svg.find(">Zeile eins<") != std::string::npos);
  CHECK(svg.find(">Zeile zwei<") != std::string::npos);
  CHECK(svg.find("Emoji 😀 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢") != std::string::npos);
  CHECK(svg.find("مؤتمر القمة العربية") != std::string::npos);
  CHECK(svg.find("{geschweift}; [eckig]; a=b; c|d") != std::string::npos);
  CHECK(svg.find("Anna &quot;die Große&quot; O&#39;Neil") != std::string::npos);
}

TEST_CASE("Hostile names come out intact in JSON-LD", "[export][hostile]") {
  Db db({hostile_document()});
  std::string text =
      write_to(db.file("h.jsonld"), [&](std::ostream& o) { return write_jsonld(*db.store, whole(), Options{}, o); });
  nlohmann::json j = nlohmann::json::parse(text);
  std::vector<std::string> names;
  for (const auto& node : j["@graph"])
    if (node.contains("name")) names.push_back(node["name"]);
  for (const std::string& h : kHostile) CHECK(std::find(names.begin(), names.end(), h) != names.end());
  bool found_role = false, found_source = false;
  for (const auto& node : j["@graph"]) {
    if (node.contains("@graph") && node["@graph"][0].contains("holdsOffice") &&
        node["@graph"][0]["holdsOffice"].is_object()) {
      found_role = found_role || node["@graph"][0]["holdsOffice"]["roleName"] == "Chef \"0\" <b>";
    }
    if (node.value("@type", "") == "NewsArticle") found_source = node["source"] == "quellen/«böse» \\ datei.txt";
  }
  CHECK(found_role);
  CHECK(found_source);
}

TEST_CASE("Hostile names come out intact in N-Quads", "[export][hostile]") {
  Db db({hostile_document()});
  std::string nq =
      write_to(db.file("h.nq"), [&](std::ostream& o) { return write_nquads(*db.store, whole(), Options{}, o); });
  CHECK(nq.find("\"Zeile eins\\nZeile zwei\"") != std::string::npos);
  CHECK(nq.find("\"Tab\\tgetrennt\"") != std::string::npos);
  CHECK(nq.find("\"Anna \\\"die Große\\\" O'Neil\"") != std::string::npos);
  CHECK(nq.find("\"C:\\\\Pfad\\\\zu\\\\Datei \\\\n kein Umbruch\"") != std::string::npos);
  CHECK(nq.find("\"Emoji 😀 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\"") != std::string::npos);
  CHECK(nq.find("\"ועידת השלום\"") != std::string::npos);
  CHECK(shell("rapper -q -i nquads -c " + db.file("h.nq") + " 2>/dev/null") == 0);
}

TEST_CASE("Hostile names come out intact in GraphML", "[export][hostile]") {
  Db db({hostile_document()});
  write_to(db.file("h.graphml"), [&](std::ostream& o) { return write_graphml(*db.store, whole(), o); });
  // Python's XML parser keeps every character of the text.
  auto values = [&](const std::string& attribute) {
    std::string out = db.file(attribute + ".json");
    REQUIRE(shell("/usr/bin/python3 " + test::source_dir() + "/tests/tools/graphml_values.py " + db.file("h.graphml") +
                  " " + attribute + " > " + out) == 0);
    return nlohmann::json::parse(test::read_file(out)).get<std::vector<std::string>>();
  };
  std::vector<std::string> names = values("name"), sentences = values("evidence");
  for (const std::string& h : kHostile) {
    INFO(h);
    CHECK(std::find(names.begin(), names.end(), h) != names.end());
  }
  CHECK(std::find(sentences.begin(), sentences.end(), "Satz über <html><b>fett</b></html> & Co: \"Zitat\" \\ Ende.") !=
        sentences.end());
  // Boost's reader condenses runs of whitespace into one space; apart from that it agrees.
  ReadBack r = read_graphml_file(db.file("h.graphml"));
  CHECK(r.nodes == names.size());
  CHECK(std::find(r.names.begin(), r.names.end(), "Zeile eins Zeile zwei") != r.names.end());
  CHECK(std::find(r.names.begin(), r.names.end(), "<html><b>fett</b></html> & Co") != r.names.end());
}

TEST_CASE("render draws SVG, PNG and PDF and refuses other extensions", "[export]") {
  Db db(examples());
  auto sub = select(*db.store, Selection{{*db.store->resolve("Wladimir Putin")}, 1, std::nullopt});
  REQUIRE_OK(sub);
  const Options plain;
  REQUIRE_OK(render(*db.store, *sub, plain, Layout::kAuto, db.file("p.svg")));
  CHECK(test::read_file(db.file("p.svg")).find("<svg") != std::string::npos);
  REQUIRE_OK(render(*db.store, *sub, plain, Layout::kSfdp, db.file("p.png")));
  CHECK(test::read_file(db.file("p.png")).starts_with("\x89PNG"));
  REQUIRE_OK(render(*db.store, whole(), plain, Layout::kDot, db.file("p.pdf")));
  CHECK(test::read_file(db.file("p.pdf")).starts_with("%PDF"));
  CHECK(render(*db.store, *sub, plain, Layout::kAuto, db.file("p.gif")).code() == StatusCode::kNotSupported);
  CHECK(!std::filesystem::exists(db.file("p.gif")));
}

TEST_CASE("Every Graphviz layout renders, with title, legend, source line and German labels", "[export]") {
  Db db(examples());
  Options o;
  o.title = "Treffen <2024> & mehr";
  o.labels = "de";
  o.legend = true;
  Selection meetings;
  meetings.predicates = predicate_bit(*parse_predicate("meets_with"));
  meetings.drop_isolated = true;
  auto sub = select(*db.store, meetings);
  REQUIRE_OK(sub);
  // Only entities with a meeting are left: every one of them is an end of an edge.
  for (EntityId id : sub->entities) {
    INFO(id);
    CHECK(std::any_of(sub->edges.begin(), sub->edges.end(),
                      [&](const Edge& e) { return e.subject == id || e.object == id; }));
  }
  for (const char* name : {"auto", "dot", "sfdp", "neato", "circo", "twopi", "fdp", "osage", "patchwork"}) {
    INFO(name);
    auto layout = parse_layout(name);
    REQUIRE_OK(layout);
    const std::string path = db.file(std::string("l-") + name + ".svg");
    REQUIRE_OK(render(*db.store, *sub, o, *layout, path));
    const std::string svg = test::read_file(path);
    CHECK_THAT(svg, Catch::Contains("Treffen &lt;2024&gt; &amp; mehr"));
    CHECK_THAT(svg, Catch::Contains("trifft"));    // the German edge label, and the legend's
    CHECK_THAT(svg, Catch::Contains("Quelle: "));  // the source line
    CHECK_THAT(svg, !Catch::Contains(">meets_with<"));
  }
  CHECK(parse_layout("spiral").status().message() ==
        "unknown layout 'spiral' (auto, dot, sfdp, neato, circo, twopi, fdp, osage, patchwork)");
}
