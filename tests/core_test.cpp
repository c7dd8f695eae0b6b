#include <unistd.h>

#include <filesystem>

#include "kg/core/document.h"
#include "kg/core/files.h"
#include "kg/core/schema.h"
#include "kg/core/text.h"
#include "test_helpers.h"

using namespace kg;

TEST_CASE("The predicate registry knows the six predicates of the design", "[core]") {
  REQUIRE(predicates().size() == 6);
  for (const char* name : {"member_of", "meets_with", "held_in", "holds_office", "participates_in", "located_in"}) {
    INFO(name);
    auto id = parse_predicate(name);
    REQUIRE(id.has_value());
    CHECK(predicate_info(*id).name == name);
  }
  CHECK(predicate_info(*parse_predicate("meets_with")).symmetric);
  CHECK_FALSE(predicate_info(*parse_predicate("member_of")).symmetric);
  CHECK_FALSE(parse_predicate("likes").has_value());
  CHECK(find_predicate(0) == nullptr);
}

TEST_CASE("Predicate ids are unique and fit in a mask", "[core]") {
  PredicateMask seen = 0;
  for (const auto& p : predicates()) {
    REQUIRE(p.id > 0);
    REQUIRE(p.id < 64);
    REQUIRE((seen & predicate_bit(p.id)) == 0);
    seen |= predicate_bit(p.id);
  }
}

TEST_CASE("Entity types parse from their codes only", "[core]") {
  CHECK(parse_entity_type("PER") == EntityType::kPerson);
  CHECK(parse_entity_type("EVENT") == EntityType::kEvent);
  CHECK_FALSE(parse_entity_type("per").has_value());
  CHECK_FALSE(parse_entity_type("MISC").has_value());
  CHECK(std::string(entity_type_list()) == "PER, ORG, LOC, EVENT");
}

TEST_CASE("Names normalise without case, diacritics or extra space", "[core]") {
  CHECK(normalize_name("Recep Tayyip Erdoğan") == normalize_name("recep  tayyip ERDOGAN"));
  CHECK(normalize_name("António Guterres") == "antonio guterres");
  CHECK(normalize_name("  Xi   Jinping ") == "xi jinping");
  CHECK(normalize_name("Straße") == "strasse");
  CHECK(normalize_name("SOZ\u2011Gipfel") == "soz-gipfel");
  CHECK(normalize_name("Ελλάδα") == "ελλαδα");
  CHECK(normalize_name("") == "");
  CHECK(surname_key("wladimir putin") == "putin");
  CHECK(surname_key("putin").empty());
}

TEST_CASE("Invalid UTF-8 is located by byte offset", "[core]") {
  CHECK_FALSE(find_invalid_utf8("Erdoğan 😀").has_value());
  CHECK(find_invalid_utf8(std::string("ab\xff"
                                      "cd")) == 2u);
  CHECK(find_invalid_utf8(std::string("ok\xc3")) == 2u);        // truncated sequence
  CHECK(find_invalid_utf8(std::string("\xed\xa0\x80")) == 0u);  // a surrogate
}

TEST_CASE("Edit distance counts code points", "[core]") {
  CHECK(edit_distance("putin", "putin") == 0);
  CHECK(edit_distance("putin", "pution") == 1);
  CHECK(edit_distance("erdoğan", "erdogan") == 1);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("A document object survives a JSON round trip", "[core]") {
  Document d = test::sample_document("doc-1");
  d.relations[0].attributes = {};
  Relation office;
  office.subject = "h";
  office.predicate = *parse_predicate("holds_office");
  office.object = "loc";
  office.attributes = {{"role", "Bürgermeisterin"}};
  office.rule = "de.office.title-name";
  office.evidence = {{5, 10}, "Bürgermeisterin Ada Host"};
  d.relations.push_back(office);
  auto back = document_from_json(document_to_json(d));
  REQUIRE_OK(back);
  CHECK(back->id == d.id);
  CHECK(back->entities.size() == d.entities.size());
  CHECK(back->relations.size() == d.relations.size());
  CHECK(back->relations.back().attributes["role"] == "Bürgermeisterin");
  CHECK(back->relations.back().rule == "de.office.title-name");
  CHECK(document_to_json(*back) == document_to_json(d));
}

TEST_CASE("Bad document objects are rejected with the field that is wrong", "[core]") {
  nlohmann::json good = document_to_json(test::sample_document("d"));
  auto error_of = [](const nlohmann::json& j) {
    auto r = document_from_json(j);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kInvalidInput);
    return r.status().message();
  };
  SECTION("unknown predicate") {
    good["relations"][0]["predicate"] = "likes";
    CHECK_THAT(error_of(good), Catch::Contains("relations[0].predicate: unknown predicate \"likes\""));
  }
  SECTION("unknown entity type") {
    good["entities"][1]["type"] = "MISC";
    CHECK_THAT(error_of(good), Catch::Contains("entities[1].type: unknown entity type \"MISC\""));
  }
  SECTION("relation to a missing entity") {
    good["relations"][1]["object"] = "e99";
    CHECK_THAT(error_of(good), Catch::Contains("no entity with id \"e99\""));
  }
  SECTION("type the predicate does not allow") {
    good["relations"][0]["predicate"] = "member_of";  // event → place
    CHECK_THAT(error_of(good), Catch::Contains("member_of does not take a subject of type EVENT"));
  }
  SECTION("missing evidence") {
    good["relations"][0].erase("evidence");
    CHECK_THAT(error_of(good), Catch::Contains("relations[0].evidence: missing"));
  }
  SECTION("confidence out of range") {
    good["relations"][0]["confidence"] = 1.5;
    CHECK_THAT(error_of(good), Catch::Contains("confidence: must lie between 0 and 1"));
  }
  SECTION("duplicate entity id") {
    good["entities"][1]["id"] = "h";
    CHECK_THAT(error_of(good), Catch::Contains("duplicate entity id \"h\""));
  }
  SECTION("no id") {
    good.erase("id");
    CHECK_THAT(error_of(good), Catch::Contains("id: missing"));
  }
  SECTION("an attribute the predicate does not have") {
    good["relations"][0]["attributes"] = {{"mood", "good"}};
    CHECK_THAT(error_of(good), Catch::Contains("not an attribute of held_in"));
  }
}

TEST_CASE("Malformed JSON text and invalid UTF-8 are input errors", "[core]") {
  auto bad = document_from_json_text("{\"id\": ");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::StartsWith("malformed JSON"));
  auto utf = document_from_json_text(std::string("{\"id\": \"a\xff\"}"));
  REQUIRE_FALSE(utf.ok());
  CHECK(utf.status().message() == "invalid UTF-8 at byte 9");
  CHECK(document_from_json_text("[1,2]").status().message() == "document: must be a JSON object");
}

TEST_CASE("Result carries either a value or a status", "[core]") {
  Result<int> ok = 5;
  CHECK(ok.ok());
  CHECK(*ok == 5);
  Result<int> bad = Status::NotFound("no such thing");
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kNotFound);
  CHECK(bad.status().with_context("lookup").message() == "lookup: no such thing");
}

TEST_CASE("Files are written through a temporary file nobody could have planted", "[core][hostile]") {
  test::TempDir dir;
  const std::string target = dir.str("out.dot"), victim = dir.str("victim");
  test::write_file(victim, "keep me");
  // Where kg once wrote its temporary file: a link planted there must not be followed.
  std::filesystem::create_symlink(victim, target + ".tmp." + std::to_string(::getpid()));
  REQUIRE_OK(write_file_atomically(target, [](std::ostream& out) {
    out << "digraph {}\n";
    return Status::Ok();
  }));
  CHECK(test::read_file(target) == "digraph {}\n");
  CHECK(test::read_file(victim) == "keep me");
  // A failed write leaves neither the target nor a temporary file.
  auto st = write_file_atomically(dir.str("never"), [](std::ostream& out) {
    out << "half";
    return Status::IOError("stopped");
  });
  CHECK(st.code() == StatusCode::kIOError);
  CHECK_FALSE(std::filesystem::exists(dir.str("never")));
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    files += e.path().filename().string().rfind("never", 0) == 0;
  CHECK(files == 0);
  // A missing folder is named with the reason.
  auto missing = write_file_atomically(dir.str("no/such/out.dot"), [](std::ostream&) { return Status::Ok(); });
  CHECK(missing.message() == "cannot write " + dir.str("no/such/out.dot") + ": No such file or directory");
}

TEST_CASE("Every file ARCHITECTURE.md names exists", "[core][docs]") {
  // Backticked paths: from the repository's root, or inside the folder whose row names them
  // ("src/keys.h" in the store/ row, "app.cpp" in the cli/ row), so any module's folders.
  const std::string root = test::source_dir();
  const std::string text = test::read_file(root + "/ARCHITECTURE.md");
  const std::vector<std::string> folders = {"",
                                            "core/",
                                            "extract/",
                                            "store/",
                                            "export/",
                                            "cli/",
                                            "tests/",
                                            "bench/",
                                            "scripts/",
                                            "fuzz/",
                                            "examples/",
                                            "core/include/kg/core/",
                                            "extract/include/kg/extract/",
                                            "store/include/kg/store/",
                                            "export/include/kg/export/",
                                            "cli/include/kg/cli/",
                                            "core/include/kg/",
                                            "core/src/",
                                            "extract/src/",
                                            "store/src/",
                                            "export/src/",
                                            "cli/src/"};
  const std::vector<std::string> extensions = {".h",   ".cpp", ".md",  ".sh",   ".py", ".rules",
                                               ".tsv", ".S",   ".bin", ".supp", ".txt"};
  std::size_t checked = 0;
  for (std::size_t at = text.find('`'); at != std::string::npos;) {
    std::size_t end = text.find('`', at + 1);
    if (end == std::string::npos) break;
    std::string token = text.substr(at + 1, end - at - 1);
    at = text.find('`', end + 1);
    if (token.find(' ') != std::string::npos || token.find('*') != std::string::npos ||
        token.find('<') != std::string::npos)
      continue;
    bool path = token.find('/') != std::string::npos;
    for (const std::string& e : extensions) path = path || (token.size() > e.size() && token.ends_with(e));
    if (!path || token.find("::") != std::string::npos || token.starts_with("-")) continue;
    bool found = false;
    for (const std::string& f : folders) found = found || std::filesystem::exists(root + "/" + f + token);
    INFO("ARCHITECTURE.md names `" << token << "`");
    CHECK(found);
    ++checked;
  }
  CHECK(checked > 30);
}
