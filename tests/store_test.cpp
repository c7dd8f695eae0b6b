#include <rocksdb/db.h>

#include "../store/src/keys.h"
#include "kg/core/query.h"
#include "kg/store/store.h"
#include "test_helpers.h"

using namespace kg;

namespace {

std::unique_ptr<Store> open_writer(const test::TempDir& dir) {
  auto s = Store::open(dir.str("db"), StoreOptions{});
  REQUIRE_OK(s);
  return std::move(s).value();
}

std::unique_ptr<Store> open_reader(const test::TempDir& dir) {
  StoreOptions o;
  o.read_only = true;
  auto s = Store::open(dir.str("db"), o);
  REQUIRE_OK(s);
  return std::move(s).value();
}

EntityId id_of(const Store& s, const std::string& name) {
  auto r = s.resolve(name);
  REQUIRE_OK(r);
  return *r;
}

Document doc_with(const std::string& id, std::vector<Entity> entities,
                  std::vector<std::tuple<std::string, std::string, std::string>> rels) {
  Document d;
  d.id = id;
  d.source = "src/" + id;
  d.entities = std::move(entities);
  for (auto& [s, p, o] : rels) {
    Relation r;
    r.subject = s;
    r.predicate = *parse_predicate(p);
    r.object = o;
    r.evidence = {{0, 10}, id + ": " + s + " " + p + " " + o};
    d.relations.push_back(r);
  }
  return d;
}

Entity ent(const std::string& id, const std::string& name, EntityType t, std::vector<std::string> aliases = {}) {
  return Entity{id, name, t, std::move(aliases), {}, nlohmann::json::object()};
}

}  // namespace

TEST_CASE("Edge keys are big-endian so byte order is id order", "[store][keys]") {
  CHECK(keys::spo_key(1, 2, 256) < keys::spo_key(2, 1, 1));
  CHECK(keys::spo_key(255, 1, 1) < keys::spo_key(256, 1, 1));
  CHECK(keys::spo_key(1, 2, 3).size() == keys::kEdgeKeySize);
  Edge e = keys::decode_spo(keys::spo_key(0x0102030405060708ULL, 4, 9));
  CHECK(e.subject == 0x0102030405060708ULL);
  CHECK(e.predicate == 4);
  CHECK(e.object == 9);
  Edge o = keys::decode_osp(keys::osp_key(7, 3, 11));
  CHECK(o.subject == 7);
  CHECK(o.predicate == 3);
  CHECK(o.object == 11);
  CHECK(keys::pos_key(7, 3, 11).substr(0, 1) == std::string(1, '\x03'));
  CHECK(keys::decode_counter(keys::counter(-5)) == -5);
  CHECK(keys::decode_counter(keys::counter(1LL << 40)) == (1LL << 40));
}

TEST_CASE("Symmetric edges are stored with the smaller id first", "[store][keys]") {
  PredicateId meets = *parse_predicate("meets_with");
  PredicateId member = *parse_predicate("member_of");
  CHECK(keys::canonical(Edge{9, meets, 3, 0}).subject == 3);
  CHECK(keys::canonical(Edge{9, member, 3, 0}).subject == 9);
}

TEST_CASE("A loaded document reads back with entities, edges and evidence", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  auto stats = store->load(test::sample_document("d1", 2));
  REQUIRE_OK(stats);
  CHECK(stats->entities_created == 5);
  CHECK(stats->relations == 5);
  EntityId host = id_of(*store, "ada host");
  auto e = store->entity(host);
  REQUIRE_OK(e);
  CHECK(e->name == "Ada Host");
  CHECK(e->type == EntityType::kPerson);
  CHECK(e->support == 1);
  std::vector<Edge> edges;
  REQUIRE(store->edges_of(host, &edges).ok());
  CHECK(edges.size() == 2);
  auto ev = store->evidence(edges[0]);
  REQUIRE_OK(ev);
  REQUIRE(ev->size() == 1);
  CHECK((*ev)[0].source == "test/d1.txt");
  CHECK((*ev)[0].date == "2025-01");
  CHECK_THAT((*ev)[0].sentence, Catch::Contains("traf den Gastgeber"));
  auto counts = store->counts();
  REQUIRE_OK(counts);
  CHECK(counts->documents == 1);
  CHECK(counts->entities == 5);
  CHECK(counts->edges == 5);
  REQUIRE(store->check().ok());
}

TEST_CASE("Loading the same document again changes nothing", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(test::sample_document("d1")));
  auto before = store->counts();
  auto again = store->load(test::sample_document("d1"));
  REQUIRE_OK(again);
  CHECK(again->already_loaded);
  auto after = store->counts();
  CHECK(after->entities == before->entities);
  CHECK(after->edges == before->edges);
  CHECK(after->evidence == before->evidence);
  CHECK(store->entity(id_of(*store, "Ada Host"))->support == 1);
}

TEST_CASE("Documents share entities by type and normalised name, and count support", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(test::sample_document("d1")));
  REQUIRE_OK(store->load(test::sample_document("d2", 3, "ADA  HOST")));
  EntityId host = id_of(*store, "Ada Host");
  CHECK(store->entity(host)->support == 2);
  CHECK(store->entity(host)->aliases == std::vector<std::string>{"ADA  HOST"});
  // Musterstadt is one place in both documents; the two events stay apart (events join by name only).
  EntityId place = id_of(*store, "musterstadt");
  std::vector<Edge> edges;
  REQUIRE(store->edges_of(place, &edges).ok());
  CHECK(edges.size() == 2);
  CHECK_FALSE(store->resolve("Gipfel").ok());  // the generic alias names two events
}

TEST_CASE("Lookups ignore case and diacritics", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(doc_with(
      "d",
      {ent("e", "Recep Tayyip Erdoğan", EntityType::kPerson, {"Erdoğan"}), ent("t", "Türkei", EntityType::kLocation)},
      {{"e", "holds_office", "t"}})));
  EntityId id = id_of(*store, "Recep Tayyip Erdoğan");
  CHECK(id_of(*store, "erdogan") == id);
  CHECK(id_of(*store, "RECEP TAYYIP ERDOGAN") == id);
  CHECK(id_of(*store, "turkei") == id_of(*store, "Türkei"));
  CHECK(id_of(*store, "#" + std::to_string(id)) == id);
}

TEST_CASE("Persons join across documents on the full name only, never on a lone surname", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(
      doc_with("d1", {ent("p", "Wladimir Putin", EntityType::kPerson), ent("r", "Russland", EntityType::kLocation)},
               {{"p", "holds_office", "r"}})));
  auto lone =
      store->load(doc_with("d2", {ent("p", "Putin", EntityType::kPerson), ent("x", "Xi Jinping", EntityType::kPerson)},
                           {{"p", "meets_with", "x"}}));
  REQUIRE_OK(lone);
  CHECK(lone->entities_created == 2);
  EntityId putin = id_of(*store, "Wladimir Putin");
  CHECK(store->entity(putin)->support == 1);
  // The full name joins whatever its case and diacritics; the graph shows the better spelling.
  auto full = store->load(
      doc_with("d3", {ent("p", "WLADIMIR PUTIN", EntityType::kPerson), ent("r", "Rußland", EntityType::kLocation)},
               {{"p", "holds_office", "r"}}));
  REQUIRE_OK(full);
  CHECK(full->entities_joined == 2);  // "Rußland" is Russland too
  CHECK(store->entity(putin)->support == 2);
  CHECK(store->entity(putin)->name == "Wladimir Putin");
  REQUIRE_OK(store->load(doc_with("d4", {ent("p", "Marija Pejčinović Burić", EntityType::kPerson)}, {})));
  REQUIRE_OK(store->load(doc_with("d5", {ent("p", "Marija Pejcinovic Buric", EntityType::kPerson)}, {})));
  EntityId mpb = id_of(*store, "Marija Pejcinovic Buric");
  CHECK(store->entity(mpb)->support == 2);
  CHECK(store->entity(mpb)->name == "Marija Pejčinović Burić");
}

TEST_CASE("Extracted aliases and titles never join documents", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(doc_with("d1", {ent("p", "Wladimir Putin", EntityType::kPerson, {"Präsident"})}, {})));
  REQUIRE_OK(store->load(doc_with("d2", {ent("p", "Anna Muster", EntityType::kPerson, {"Präsident"})}, {})));
  CHECK(id_of(*store, "Wladimir Putin") != id_of(*store, "Anna Muster"));
  CHECK(store->entity(id_of(*store, "Anna Muster"))->support == 1);
}

TEST_CASE("Events join only when kind, organiser or place, and year agree", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  auto summit = [](const std::string& doc, const std::string& name, nlohmann::json attrs) {
    Entity e = ent("e", name, EntityType::kEvent, {"Gipfel"});
    e.attributes = std::move(attrs);
    return doc_with(doc, {e, ent("p", "Anna Muster", EntityType::kPerson)}, {{"p", "participates_in", "e"}});
  };
  using nlohmann::json;
  REQUIRE_OK(store->load(
      summit("a", "Nordbund-Gipfel 2019 (Musterstadt)",
             json{{"kind", "Gipfel"}, {"organiser", "Nordbund"}, {"place", "Musterstadt"}, {"date", "2019-05-02"}})));
  // Another year: another summit.
  REQUIRE_OK(store->load(
      summit("b", "Nordbund-Gipfel 2021 (Musterstadt)",
             json{{"kind", "Gipfel"}, {"organiser", "Nordbund"}, {"place", "Musterstadt"}, {"date", "2021"}})));
  // The same summit reported again joins.
  REQUIRE_OK(store->load(
      summit("c", "Nordbund-Gipfel 2019 (Musterstadt)",
             json{{"kind", "Gipfel"}, {"organiser", "Nordbund"}, {"place", "Musterstadt"}, {"date", "2019-05"}})));
  // A summit without a year joins nothing, and neither does a bare generic noun.
  REQUIRE_OK(store->load(summit("d", "Gipfel", json{{"kind", "Gipfel"}, {"organiser", "Nordbund"}})));
  REQUIRE_OK(store->load(summit("e", "Gipfel", json::object())));
  auto c = store->counts();
  REQUIRE_OK(c);
  CHECK(c->entities == 5);  // four events and one person
  CHECK(store->entity(id_of(*store, "Nordbund-Gipfel 2019 (Musterstadt)"))->support == 2);
  CHECK(store->entity(id_of(*store, "Nordbund-Gipfel 2021 (Musterstadt)"))->support == 1);
}

TEST_CASE("A lone surname that two known people carry stays a person of its own", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(
      doc_with("d1", {ent("a", "Anna Muster", EntityType::kPerson), ent("b", "Bert Muster", EntityType::kPerson)},
               {{"a", "meets_with", "b"}})));
  auto lone = store->load(doc_with("d2", {ent("m", "Muster", EntityType::kPerson)}, {}));
  REQUIRE_OK(lone);
  CHECK(lone->entities_created == 1);
  CHECK(lone->entities_joined == 0);
  EntityId muster = id_of(*store, "Muster");
  CHECK(muster != id_of(*store, "Anna Muster"));
  CHECK(muster != id_of(*store, "Bert Muster"));
  CHECK(store->entity(id_of(*store, "Anna Muster"))->support == 1);
}

TEST_CASE("Forget removes what only the document supported and weakens the rest", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(test::sample_document("d1", 2)));
  REQUIRE_OK(store->load(test::sample_document("d2", 2)));
  EntityId place = id_of(*store, "Musterstadt");
  CHECK(store->entity(place)->support == 2);

  auto stats = store->forget("d1");
  REQUIRE_OK(stats);
  CHECK(stats->documents == std::vector<std::string>{"d1"});
  CHECK(stats->entities_removed == 3);  // the event and two people of d1
  CHECK(store->entity(place)->support == 1);
  CHECK(store->entity(id_of(*store, "Ada Host"))->support == 1);
  CHECK_FALSE(store->resolve("Person 0 d1").ok());
  REQUIRE(store->check().ok());

  SECTION("by source too, and then the graph is empty") {
    auto by_source = store->forget("test/d2.txt");
    REQUIRE_OK(by_source);
    auto c = store->counts();
    CHECK(c->documents == 0);
    CHECK(c->entities == 0);
    CHECK(c->edges == 0);
    CHECK(c->evidence == 0);
  }
  SECTION("an unknown document is a clear error") {
    auto missing = store->forget("nope");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.status().code() == StatusCode::kNotFound);
    CHECK(missing.status().message() == "no document with id or source \"nope\"");
  }
}

TEST_CASE("An edge two documents state survives forgetting one of them", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  auto d = [](const std::string& id) {
    return doc_with(id, {ent("a", "Anna Beispiel", EntityType::kPerson), ent("b", "Bert Muster", EntityType::kPerson)},
                    {{"a", "meets_with", "b"}});
  };
  REQUIRE_OK(store->load(d("d1")));
  REQUIRE_OK(store->load(d("d2")));
  EntityId a = id_of(*store, "Anna Beispiel"), b = id_of(*store, "Bert Muster");
  auto edges = direct_edges(*store, b, a);
  REQUIRE(edges->size() == 1);
  CHECK((*edges)[0].support == 2);
  auto stats = store->forget("d1");
  REQUIRE_OK(stats);
  CHECK(stats->edges_weakened == 1);
  edges = direct_edges(*store, a, b);
  REQUIRE(edges->size() == 1);
  CHECK((*edges)[0].support == 1);
  auto ev = store->evidence((*edges)[0]);
  REQUIRE(ev->size() == 1);
  CHECK((*ev)[0].document == "d2");
}

TEST_CASE("A merge is curation that survives later loads and forget", "[store]") {
  test::TempDir dir;
  {
    auto store = open_writer(dir);
    REQUIRE_OK(store->load(
        doc_with("d1", {ent("a", "Recep Erdogan", EntityType::kPerson), ent("t", "Türkei", EntityType::kLocation)},
                 {{"a", "holds_office", "t"}})));
    REQUIRE_OK(store->load(doc_with(
        "d2", {ent("a", "Recep Tayyip Erdoğan", EntityType::kPerson), ent("n", "NATO", EntityType::kOrganization)},
        {{"a", "member_of", "n"}})));
  }
  auto store = open_writer(dir);
  EntityId from = id_of(*store, "Recep Erdogan"), into = id_of(*store, "Recep Tayyip Erdoğan");
  REQUIRE(from != into);
  REQUIRE(store->merge(from, into).ok());
  CHECK(id_of(*store, "Recep Erdogan") == into);
  std::vector<Edge> edges;
  REQUIRE(store->edges_of(into, &edges).ok());
  CHECK(edges.size() == 2);
  CHECK_FALSE(store->entity(from).ok());
  REQUIRE(store->check().ok());

  // A later document that names the merged entity joins the surviving one.
  REQUIRE_OK(store->load(
      doc_with("d3", {ent("a", "Recep Erdogan", EntityType::kPerson), ent("x", "Xi Jinping", EntityType::kPerson)},
               {{"a", "meets_with", "x"}})));
  CHECK(id_of(*store, "Xi Jinping") != into);
  REQUIRE(direct_edges(*store, into, id_of(*store, "Xi Jinping"))->size() == 1);

  // Forgetting every document leaves the curated entity and its curated name.
  REQUIRE_OK(store->forget("d1"));
  REQUIRE_OK(store->forget("d2"));
  REQUIRE_OK(store->forget("d3"));
  REQUIRE(store->check().ok());
  CHECK(id_of(*store, "Recep Erdogan") == into);
  // Support counts documents only; the curation fact keeps the entity.
  CHECK(store->entity(into)->support == 0);
  auto curated = store->curation(into);
  REQUIRE_OK(curated);
  REQUIRE(curated->size() == 1);
  CHECK((*curated)[0].name == "Recep Erdogan");
  CHECK((*curated)[0].id == from);
  edges.clear();
  REQUIRE(store->edges_of(into, &edges).ok());
  CHECK(edges.empty());

  SECTION("and it survives reopening") {
    store.reset();
    auto again = open_reader(dir);
    CHECK(id_of(*again, "recep erdogan") == into);
  }
}

TEST_CASE("Merging refuses different types and self-merges", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(doc_with(
      "d", {ent("a", "Georgia", EntityType::kLocation), ent("b", "Georgia Meloni", EntityType::kPerson)}, {})));
  EntityId a = id_of(*store, "Georgia"), b = id_of(*store, "Georgia Meloni");
  CHECK(store->merge(a, b).code() == StatusCode::kInvalidArgument);
  CHECK(store->merge(a, a).code() == StatusCode::kInvalidArgument);
}

TEST_CASE("An alias added by hand is found and survives forget of every document", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(doc_with("d1",
                                  {ent("s", "Schanghaier Organisation für Zusammenarbeit", EntityType::kOrganization),
                                   ent("i", "Indien", EntityType::kLocation)},
                                  {{"i", "member_of", "s"}})));
  EntityId sco = id_of(*store, "Schanghaier Organisation für Zusammenarbeit");
  REQUIRE(store->add_alias(sco, "SOZ").ok());
  CHECK(id_of(*store, "soz") == sco);
  // A later document that calls it SOZ joins it: a curated alias is an identity.
  REQUIRE_OK(store->load(
      doc_with("d2", {ent("s", "SOZ", EntityType::kOrganization), ent("p", "Pakistan", EntityType::kLocation)},
               {{"p", "member_of", "s"}})));
  CHECK(id_of(*store, "SOZ") == sco);
  REQUIRE_OK(store->forget("d1"));
  REQUIRE_OK(store->forget("d2"));
  CHECK(id_of(*store, "SOZ") == sco);
  CHECK(store->add_alias(sco, "   ").code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Unknown names give up to three suggestions", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(test::sample_document("d1", 3)));
  auto r = store->resolve("Ada Hots");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kNotFound);
  CHECK_THAT(r.status().message(), Catch::StartsWith("no entity named \"Ada Hots\"; did you mean \"Ada Host\""));
  // A word of several persons' names lists them to choose from.
  auto many = store->resolve("Person");
  REQUIRE_FALSE(many.ok());
  CHECK(many.status().code() == StatusCode::kInvalidArgument);
  CHECK_THAT(many.status().message(), Catch::StartsWith("\"Person\" names 3 entities: #"));
  CHECK(store->resolve("Nobody Here").status().code() == StatusCode::kNotFound);
}

TEST_CASE("A second writer is refused with the holder's pid while readers still read", "[store]") {
  test::TempDir dir;
  auto writer = open_writer(dir);
  REQUIRE_OK(writer->load(test::sample_document("d1")));
  auto second = Store::open(dir.str("db"), StoreOptions{});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == StatusCode::kBusy);
  CHECK(second.status().message() ==
        "database is in use by another kg process (pid " + std::to_string(::getpid()) + ")");
  auto reader = open_reader(dir);
  CHECK(reader->counts()->documents == 1);
  CHECK(reader->load(test::sample_document("d2")).status().code() == StatusCode::kNotSupported);
  writer.reset();
  auto third = Store::open(dir.str("db"), StoreOptions{});
  CHECK(third.ok());
}

TEST_CASE("Opening something that is not a kg database of this version fails clearly", "[store]") {
  test::TempDir dir;
  SECTION("a missing database, read-only") {
    StoreOptions o;
    o.read_only = true;
    auto r = Store::open(dir.str("none"), o);
    CHECK(r.status().code() == StatusCode::kNotFound);
    CHECK(r.status().message() == "no kg database at " + dir.str("none") + " (kg load creates one)");
  }
  SECTION("a folder of other files") {
    test::write_file(dir.str("notes.txt"), "hello");
    auto r = Store::open(dir.str(), StoreOptions{});
    CHECK(r.status().code() == StatusCode::kCorruption);
  }
  SECTION("a plain RocksDB database") {
    rocksdb::DB* raw = nullptr;
    rocksdb::Options o;
    o.create_if_missing = true;
    REQUIRE(rocksdb::DB::Open(o, dir.str("plain"), &raw).ok());
    delete raw;
    auto r = Store::open(dir.str("plain"), StoreOptions{});
    CHECK(r.status().code() == StatusCode::kCorruption);
    CHECK_THAT(r.status().message(), Catch::Contains("not a kg database"));
    // Refused before anything was written: no lock file, no families of ours.
    CHECK_FALSE(std::filesystem::exists(dir.str("plain") + "/kg.writer.lock"));
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.str("plain"), &names).ok());
    CHECK(names == std::vector<std::string>{"default"});
  }
  SECTION("a RocksDB database with some of kg's families but not all") {
    rocksdb::DB* raw = nullptr;
    rocksdb::Options o;
    o.create_if_missing = true;
    REQUIRE(rocksdb::DB::Open(o, dir.str("part"), &raw).ok());
    rocksdb::ColumnFamilyHandle* h = nullptr;
    REQUIRE(raw->CreateColumnFamily(rocksdb::ColumnFamilyOptions(), "meta", &h).ok());
    REQUIRE(raw->DestroyColumnFamilyHandle(h).ok());
    delete raw;
    CHECK(Store::open(dir.str("part"), StoreOptions{}).status().code() == StatusCode::kCorruption);
    StoreOptions ro;
    ro.read_only = true;
    CHECK(Store::open(dir.str("part"), ro).status().code() == StatusCode::kCorruption);
  }
  SECTION("a file") {
    test::write_file(dir.str("file"), "x");
    StoreOptions ro;
    ro.read_only = true;
    // Readers and writers say the same.
    CHECK(Store::open(dir.str("file"), StoreOptions{}).status().code() == StatusCode::kInvalidArgument);
    CHECK(Store::open(dir.str("file"), ro).status().code() == StatusCode::kInvalidArgument);
  }
  SECTION("a newer format version") {
    { auto s = open_writer(dir); }
    {
      std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
      std::vector<std::string> names;
      REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.str("db"), &names).ok());
      for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
      std::vector<rocksdb::ColumnFamilyHandle*> handles;
      rocksdb::DB* raw = nullptr;
      REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), dir.str("db"), cfs, &handles, &raw).ok());
      for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == "meta") REQUIRE(raw->Put(rocksdb::WriteOptions(), handles[i], "format_version", "99").ok());
      for (auto* h : handles) REQUIRE(raw->DestroyColumnFamilyHandle(h).ok());
      delete raw;
    }
    auto r = Store::open(dir.str("db"), StoreOptions{});
    CHECK(r.status().code() == StatusCode::kCorruption);
    CHECK_THAT(r.status().message(), Catch::Contains("has kg format version 99; this kg reads versions 1 and 2"));
  }
}

TEST_CASE("A version 1 database committed to the repository still opens", "[store]") {
  test::TempDir dir;
  std::filesystem::copy(test::source_dir() + "/tests/data/format-v1-db", dir.str("db"),
                        std::filesystem::copy_options::recursive);
  auto store = open_reader(dir);
  auto c = store->counts();
  REQUIRE_OK(c);
  CHECK(c->documents == 3);
  REQUIRE(store->check().ok());
  CHECK(store->entity(id_of(*store, "Putin"))->name == "Wladimir Putin");

  SECTION("and a writer upgrades it: later documents join its entities") {
    store.reset();
    auto writer = open_writer(dir);
    EntityId putin = id_of(*writer, "Wladimir Putin");
    const std::uint64_t before = writer->entity(putin)->support;
    REQUIRE_OK(writer->load(doc_with("new", {ent("p", "Wladimir Putin", EntityType::kPerson)}, {})));
    CHECK(writer->entity(putin)->support == before + 1);
    REQUIRE(writer->check().ok());
  }
}

TEST_CASE("A group written as ingested table files equals the same documents loaded one by one", "[store]") {
  std::vector<Document> docs;
  for (int i = 0; i < 120; ++i) docs.push_back(test::sample_document("g" + std::to_string(i % 100), 4));  // 20 repeats
  docs.push_back(
      doc_with("w1", {ent("p", "Wladimir Putin", EntityType::kPerson), ent("r", "Russland", EntityType::kLocation)},
               {{"p", "holds_office", "r"}}));
  docs.push_back(
      doc_with("w2", {ent("p", "WLADIMIR PUTIN", EntityType::kPerson), ent("r", "Russland", EntityType::kLocation)},
               {{"p", "holds_office", "r"}}));
  std::size_t relations = 0;
  for (const auto& d : docs) relations += d.relations.size();
  REQUIRE(relations >= Store::kIngestThreshold);

  test::TempDir one_by_one, grouped;
  auto a = open_writer(one_by_one);
  for (const auto& d : docs) REQUIRE_OK(a->load(d));
  auto b = open_writer(grouped);
  auto stats = b->load_group(docs);
  REQUIRE_OK(stats);
  CHECK((*stats)[100].already_loaded);  // "g0" again, within the same group
  CHECK_FALSE((*stats)[0].already_loaded);
  REQUIRE(b->check().ok());
  auto ca = a->counts(), cb = b->counts();
  CHECK(cb->documents == ca->documents);
  CHECK(cb->entities == ca->entities);
  CHECK(cb->edges == ca->edges);
  CHECK(cb->evidence == ca->evidence);
  // Resolution within the group: the full name of w2 joined the person of w1.
  EntityId putin = id_of(*b, "Wladimir Putin");
  CHECK(b->entity(putin)->support == 2);
  CHECK(b->entity(id_of(*b, "Ada Host"))->support == 100);
  auto edges = direct_edges(*b, putin, id_of(*b, "Russland"));
  REQUIRE(edges->size() == 1);
  CHECK((*edges)[0].support == 2);
  // The ingested group can be forgotten document by document like any other.
  REQUIRE_OK(b->forget("w1"));
  REQUIRE(b->check().ok());
  CHECK(b->entity(putin)->support == 1);
}

TEST_CASE("Evidence with quotes, backslashes and control characters reads back unchanged", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  Document d = doc_with(
      "q",
      {ent("a", "Anna \"Die Eiserne\" Muster", EntityType::kPerson), ent("b", "Bert\\Muster", EntityType::kPerson)},
      {{"a", "meets_with", "b"}});
  std::string hostile = "Sie sagte: \"Ja\" \\ nein\n\tTab \x01 und 😀 <html> {x;y} שלום";
  d.relations[0].evidence.text = hostile;
  d.relations[0].rule = "rule \"q\"";
  REQUIRE_OK(store->load(d));
  auto edges = direct_edges(*store, id_of(*store, "Anna \"Die Eiserne\" Muster"), id_of(*store, "Bert\\Muster"));
  REQUIRE(edges->size() == 1);
  auto ev = store->evidence((*edges)[0]);
  REQUIRE_OK(ev);
  CHECK((*ev)[0].sentence == hostile);
  CHECK((*ev)[0].rule == "rule \"q\"");
}

TEST_CASE("An entity's weight is the sum of its edges' supports through loads and forget", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  auto check_weights = [&] {
    REQUIRE(store
                ->scan_entities([&](const StoredEntity& e) {
                  std::vector<Edge> edges;
                  REQUIRE(store->edges_of(e.id, &edges).ok());
                  std::uint64_t sum = 0;
                  for (const Edge& edge : edges) sum += edge.support;
                  INFO(e.name);
                  CHECK(store->degree_hint(e.id) == sum);
                  return true;
                })
                .ok());
  };
  REQUIRE_OK(store->load(test::sample_document("d1", 3)));
  REQUIRE_OK(store->load(test::sample_document("d2", 2)));
  std::vector<Document> group;
  for (int i = 3; i < 60; ++i) group.push_back(test::sample_document("d" + std::to_string(i), 3));
  REQUIRE_OK(store->load_group(group));  // ingested: 57 × 7 relations
  check_weights();
  CHECK(store->degree_hint(id_of(*store, "Ada Host")) == 2 + 3 + 57 * 3);
  REQUIRE_OK(store->forget("d1"));
  REQUIRE_OK(store->forget("d7"));
  check_weights();
}

TEST_CASE("check reports its progress every thousand documents", "[store]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  std::vector<Document> docs;
  for (int i = 0; i < 2500; ++i) docs.push_back(test::sample_document("p" + std::to_string(i), 1));
  REQUIRE_OK(store->load_group(docs));
  std::vector<std::uint64_t> seen;
  REQUIRE(store->check([&](std::uint64_t n) { seen.push_back(n); }).ok());
  CHECK(seen == std::vector<std::uint64_t>{1000, 2000});
}

TEST_CASE("Readers use the graph image only while it shows the database as it is", "[store][image]") {
  test::TempDir dir;
  auto all_edges = [](const Store& s) {
    std::vector<Edge> out;
    REQUIRE_OK(s.scan_edges([&](const Edge& e) { out.push_back(e); }));
    return out;
  };
  {
    auto writer = open_writer(dir);
    REQUIRE_OK(writer->load(test::sample_document("d1", 3)));
    CHECK(*writer->graph_image_current() == false);
    REQUIRE_OK(writer->write_graph_image());
    CHECK(*writer->graph_image_current() == true);
  }
  std::vector<Edge> first;
  {
    auto reader = open_reader(dir);
    REQUIRE(reader->snapshot() != nullptr);
    first = all_edges(*reader);
    CHECK(!first.empty());
    REQUIRE_OK(reader->check());
  }
  {
    auto writer = open_writer(dir);
    REQUIRE_OK(writer->load(test::sample_document("d2", 2)));  // the image is now stale
    CHECK(*writer->graph_image_current() == false);
  }
  {
    auto reader = open_reader(dir);
    CHECK(reader->snapshot() == nullptr);
    std::vector<Edge> now = all_edges(*reader);
    std::uint64_t support_before = 0, support_now = 0;
    for (const Edge& e : first) support_before += e.support;
    for (const Edge& e : now) support_now += e.support;
    CHECK(support_now > support_before);  // d2's facts are seen although the image lacks them
    REQUIRE_OK(reader->check());
  }
  {
    auto writer = open_writer(dir);
    REQUIRE_OK(writer->forget("d1"));
    REQUIRE_OK(writer->write_graph_image());
  }
  auto reader = open_reader(dir);
  REQUIRE(reader->snapshot() != nullptr);
  StoreOptions no_image;
  no_image.read_only = true;
  no_image.graph_image = false;
  auto seeks = Store::open(dir.str("db"), no_image);
  REQUIRE_OK(seeks);
  CHECK((*seeks)->snapshot() == nullptr);
  std::vector<Edge> from_image = all_edges(*reader), from_rocksdb = all_edges(**seeks);
  REQUIRE(from_image.size() == from_rocksdb.size());
  for (std::size_t i = 0; i < from_image.size(); ++i) {
    CHECK(from_image[i] == from_rocksdb[i]);
    CHECK(from_image[i].support == from_rocksdb[i].support);
  }
  REQUIRE(reader
              ->scan_entities([&](const StoredEntity& e) {
                std::vector<Edge> a, b;
                REQUIRE_OK(reader->edges_of(e.id, &a));
                REQUIRE_OK((*seeks)->edges_of(e.id, &b));
                CHECK(a == b);
                return true;
              })
              .ok());
}

TEST_CASE("check finds a graph image that disagrees with the store", "[store][image]") {
  test::TempDir one, two;
  for (auto* dir : {&one, &two}) {
    auto writer = open_writer(*dir);
    REQUIRE_OK(writer->load(test::sample_document(dir == &one ? "a" : "b", dir == &one ? 3 : 1)));
    REQUIRE_OK(writer->write_graph_image());
  }
  // Both databases are at generation 1, so the foreign image looks current.
  std::filesystem::copy_file(two.str("db/graph.snapshot"), one.str("db/graph.snapshot"),
                             std::filesystem::copy_options::overwrite_existing);
  auto reader = open_reader(one);
  Status st = reader->check();
  CHECK(st.code() == StatusCode::kCorruption);
  CHECK(st.message().find("graph image") != std::string::npos);
}

TEST_CASE("A merge takes the merged person's surname out of the surname index", "[store]") {
  // Surnames longer than std::string's inline buffer: a view into a destroyed temporary shows.
  test::TempDir dir;
  auto store = open_writer(dir);
  REQUIRE_OK(store->load(doc_with("m1",
                                  {ent("a", "Konstantin Vielsilbennachnamegutsherr", EntityType::kPerson),
                                   ent("o", "Erfundene Vereinigung", EntityType::kOrganization)},
                                  {{"a", "member_of", "o"}})));
  REQUIRE_OK(store->load(doc_with("m2",
                                  {ent("a", "Kora Andersilbennachnamegutsherrin", EntityType::kPerson),
                                   ent("o", "Erfundene Vereinigung", EntityType::kOrganization)},
                                  {{"a", "member_of", "o"}})));
  EntityId from = id_of(*store, "Konstantin Vielsilbennachnamegutsherr");
  EntityId into = id_of(*store, "Kora Andersilbennachnamegutsherrin");
  REQUIRE_OK(store->merge(from, into));
  REQUIRE_OK(store->check());
  // The lone surname no longer leads to the entity that is gone.
  auto lone = store->lookup("Vielsilbennachnamegutsherr");
  REQUIRE_OK(lone);
  for (EntityId id : *lone) CHECK(id != from);
  // A later document naming the person by surname alone never joins the deleted entity.
  REQUIRE_OK(store->load(doc_with("m3",
                                  {ent("a", "Vielsilbennachnamegutsherr", EntityType::kPerson),
                                   ent("o", "Zweite Vereinigung", EntityType::kOrganization)},
                                  {{"a", "member_of", "o"}})));
  CHECK(id_of(*store, "Zweite Vereinigung") != 0);
  REQUIRE_OK(store->check());
}

TEST_CASE("A database whose creation was cut short opens as empty and the next writer completes it", "[store]") {
  // What a writer killed while RocksDB creates the column families one by one leaves behind: the
  // creation marker and a database with some of the families.
  test::TempDir dir;
  std::string db = dir.str("db");
  std::filesystem::create_directories(db);
  test::write_file(db + "/kg.creating", "");
  {
    rocksdb::DB* raw = nullptr;
    rocksdb::Options o;
    o.create_if_missing = true;
    REQUIRE(rocksdb::DB::Open(o, db, &raw).ok());
    for (const char* family : {"meta", "entities", "names"}) {
      rocksdb::ColumnFamilyHandle* h = nullptr;
      REQUIRE(raw->CreateColumnFamily(rocksdb::ColumnFamilyOptions(), family, &h).ok());
      REQUIRE(raw->DestroyColumnFamilyHandle(h).ok());
    }
    delete raw;
  }
  {
    auto reader = open_reader(dir);
    CHECK(reader->counts()->documents == 0);
    CHECK(reader->documents()->empty());
    REQUIRE_OK(reader->check());
  }
  {
    auto writer = open_writer(dir);
    REQUIRE_OK(writer->load(test::sample_document("after", 2)));
  }
  CHECK_FALSE(std::filesystem::exists(db + "/kg.creating"));
  auto reader = open_reader(dir);
  CHECK(reader->counts()->documents == 1);
  REQUIRE_OK(reader->check());

  SECTION("and a marker without any RocksDB file is a database not yet begun") {
    test::TempDir other;
    std::filesystem::create_directories(other.str("db"));
    test::write_file(other.str("db") + "/kg.creating", "");
    StoreOptions ro;
    ro.read_only = true;
    auto r = Store::open(other.str("db"), ro);
    REQUIRE_OK(r);
    CHECK((*r)->counts()->documents == 0);
    auto w = Store::open(other.str("db"), StoreOptions{});
    REQUIRE_OK(w);
  }
}

TEST_CASE("Curation stays consistent through merge, forget, re-load, alias remove and unmerge", "[store][curation]") {
  test::TempDir dir;
  auto store = open_writer(dir);
  // One document names the same man twice, once by surname: two entities, two sentences.
  REQUIRE_OK(
      store->load(doc_with("a",
                           {ent("s", "Scholz", EntityType::kPerson), ent("o", "Olaf Scholz", EntityType::kPerson),
                            ent("b", "Joe Biden", EntityType::kPerson)},
                           {{"s", "meets_with", "b"}, {"o", "meets_with", "b"}})));
  REQUIRE_OK(store->load(
      doc_with("b", {ent("o", "Olaf Scholz", EntityType::kPerson), ent("l", "Litauen", EntityType::kLocation)},
               {{"o", "holds_office", "l"}})));
  const EntityId lone = id_of(*store, "Scholz"), full = id_of(*store, "Olaf Scholz"),
                 biden = id_of(*store, "Joe Biden");
  REQUIRE(lone != full);
  REQUIRE_OK(store->merge(lone, full));
  REQUIRE_OK(store->check());
  // Both sentences survive, the edge is supported by one document, the person by two.
  auto edges = direct_edges(*store, full, biden);
  REQUIRE_OK(edges);
  REQUIRE(edges->size() == 1);
  CHECK((*edges)[0].support == 1);
  auto ev = store->evidence((*edges)[0]);
  REQUIRE_OK(ev);
  CHECK(ev->size() == 2);
  CHECK(store->entity(full)->support == 2);

  // Forgetting the document that named him in full keeps his name findable.
  REQUIRE_OK(store->forget("b"));
  REQUIRE_OK(store->check());
  CHECK(id_of(*store, "Olaf Scholz") == full);
  // Loading it again joins him instead of creating a second "Olaf Scholz".
  REQUIRE_OK(store->load(
      doc_with("b2", {ent("o", "Olaf Scholz", EntityType::kPerson), ent("l", "Litauen", EntityType::kLocation)},
               {{"o", "holds_office", "l"}})));
  auto all = store->lookup("Olaf Scholz");
  REQUIRE_OK(all);
  CHECK(*all == std::vector<EntityId>{full});
  CHECK(store->entity(full)->support == 2);

  // An alias added and removed again no longer finds him, and later documents do not join on it.
  REQUIRE_OK(store->add_alias(full, "Der Kanzler Aus Hamburg"));
  CHECK(id_of(*store, "Der Kanzler Aus Hamburg") == full);
  REQUIRE_OK(store->remove_alias(full, "Der Kanzler Aus Hamburg"));
  CHECK(store->lookup("Der Kanzler Aus Hamburg")->empty());
  REQUIRE_OK(store->load(doc_with("c", {ent("k", "Der Kanzler Aus Hamburg", EntityType::kPerson)}, {})));
  CHECK(id_of(*store, "Der Kanzler Aus Hamburg") != full);
  CHECK(store->remove_alias(full, "Olaf Scholz").code() == StatusCode::kInvalidArgument);
  CHECK(store->remove_alias(full, "Niemand").code() == StatusCode::kNotFound);

  // Unmerge: the lone surname comes back with its fact and sentence; the full name keeps his.
  auto back = store->unmerge(lone);
  REQUIRE_OK(back);
  CHECK(*back == full);
  REQUIRE_OK(store->check());
  CHECK(store->entity(lone)->name == "Scholz");
  CHECK(store->entity(lone)->support == 1);
  CHECK(store->entity(full)->support == 2);
  auto lone_edges = direct_edges(*store, lone, biden);
  REQUIRE_OK(lone_edges);
  REQUIRE(lone_edges->size() == 1);
  CHECK((*store->evidence((*lone_edges)[0])).size() == 1);
  auto full_edges = direct_edges(*store, full, biden);
  REQUIRE(full_edges->size() == 1);
  CHECK((*store->evidence((*full_edges)[0])).size() == 1);
  CHECK(store->curation(full)->empty());
  CHECK(store->unmerge(lone).status().code() == StatusCode::kNotFound);
  // Forgetting the first document now takes the lone surname away, as if never merged.
  REQUIRE_OK(store->forget("a"));
  REQUIRE_OK(store->check());
  CHECK_FALSE(store->entity(lone).ok());
  CHECK(store->entity(full)->support == 1);
}
