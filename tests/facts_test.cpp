// Asking the graph for facts by kind and date (kg facts, timeline, mentions): the filters on
// articles of our own, two of them dated a year apart.
#include <filesystem>
#include <fstream>

#include "test_helpers.h"

using namespace kg;

namespace {

// A database of three short articles of ours: two dated, one not.
std::string database(test::TempDir& dir) {
  const std::string db = dir.str("facts.kg");
  std::ofstream(dir.str("a.txt")) << "Die Präsidentin Anna Probe traf in Berlin den Kanzler Max Muster.\n";
  std::ofstream(dir.str("b.txt")) << "Anna Probe traf in Wien den Minister Paul Beispiel.\n";
  std::ofstream(dir.str("c.txt")) << "Max Muster traf in Rom Paul Beispiel.\n";
  REQUIRE(test::run_kg({"--db", db, "ingest", "--date", "2023-05-04", dir.str("a.txt")}).code == 0);
  REQUIRE(test::run_kg({"--db", db, "ingest", "--date", "2024-07", dir.str("b.txt")}).code == 0);
  REQUIRE(test::run_kg({"--db", db, "ingest", dir.str("c.txt")}).code == 0);
  return db;
}

int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("kg facts filters by predicate, dates, document, ends, support and confidence", "[cli][facts]") {
  test::TempDir dir;
  const std::string db = database(dir);
  auto all = test::run_kg({"--db", db, "facts", "--predicate", "meets_with"});
  INFO(all.out << all.err);
  REQUIRE(all.code == 0);
  CHECK(lines(all.out) == 4);  // a header and three meetings, dated ones first
  CHECK(all.out.find("2023-05-04") < all.out.find("2024-07"));
  CHECK(all.out.find("2024-07") < all.out.find("\n-  "));  // the undated one last

  // A date range: July 2024 holds one meeting; the day of the first article another.
  auto july = test::run_kg(
      {"--db", db, "facts", "--predicate", "meets_with", "--since", "2024-07-01", "--until", "2024-07-31"});
  CHECK(lines(july.out) == 2);
  CHECK_THAT(july.out, Catch::Contains("Paul Beispiel"));
  auto day = test::run_kg({"--db", db, "facts", "--predicate", "meets_with", "--until", "2023"});
  CHECK(lines(day.out) == 2);
  CHECK_THAT(day.out, Catch::Contains("Max Muster"));
  // As of the end of 2023 only the first article was known; undated documents never count.
  auto known = test::run_kg({"--db", db, "facts", "--as-of", "2023-12-31", "--format", "json"});
  CHECK_THAT(known.out, !Catch::Contains("2024-07"));
  CHECK_THAT(known.out, Catch::Contains("\"date\": \"2023-05-04\""));

  // Ends: a symmetric fact matches its subject either way round.
  auto paul = test::run_kg({"--db", db, "facts", "--subject", "Paul Beispiel", "--predicate", "meets_with"});
  CHECK(lines(paul.out) == 3);
  auto pair = test::run_kg({"--db", db, "facts", "--subject", "Anna Probe", "--object", "Paul Beispiel"});
  CHECK(lines(pair.out) == 2);
  // A document by its source; support and confidence thresholds.
  auto one = test::run_kg({"--db", db, "facts", "--document", dir.str("c.txt")});
  CHECK(lines(one.out) == 2);
  CHECK(test::run_kg({"--db", db, "facts", "--min-support", "2"}).out == "no facts match\n");
  CHECK(test::run_kg({"--db", db, "facts", "--min-confidence", "1"}).out == "no facts match\n");
  auto people = test::run_kg({"--db", db, "facts", "--type", "LOC", "--format", "json"});
  CHECK_THAT(people.out, !Catch::Contains("meets_with"));

  // Mistakes are one line and exit code 2; an unknown name is not found.
  auto bad = test::run_kg({"--db", db, "facts", "--until", "2024-13-99x"});
  CHECK(bad.code == 2);
  CHECK(bad.err == "kg: --until takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not \"2024-13-99x\"\n");
  auto order = test::run_kg({"--db", db, "facts", "--since", "2025", "--until", "2024"});
  CHECK(order.err == "kg: --since 2025 lies after --until 2024\n");
  CHECK(test::run_kg({"--db", db, "facts", "--min-confidence", "2"}).code == 2);
  CHECK(test::run_kg({"--db", db, "facts", "--subject", "Niemand Unbekannt"}).code != 0);
}

TEST_CASE("kg timeline and kg mentions follow one entity through the documents", "[cli][facts]") {
  test::TempDir dir;
  const std::string db = database(dir);
  auto t = test::run_kg({"--db", db, "timeline", "Anna Probe", "--evidence", "1"});
  INFO(t.out << t.err);
  REQUIRE(t.code == 0);
  CHECK(t.out.starts_with("Anna Probe: "));
  CHECK(t.out.find("2023-05-04") < t.out.find("2024-07"));
  CHECK_THAT(t.out, Catch::Contains("Anna Probe traf in Wien"));
  auto since = test::run_kg({"--db", db, "timeline", "Anna Probe", "--since", "2024"});
  CHECK_THAT(since.out, !Catch::Contains("2023-05-04"));

  auto m = test::run_kg({"--db", db, "mentions", "Paul Beispiel", "--format", "json"});
  REQUIRE(m.code == 0);
  auto j = nlohmann::json::parse(m.out);
  REQUIRE(j["documents"].size() == 2);
  CHECK(j["documents"][0]["date"] == "2024-07");
  CHECK(j["documents"][1]["date"].is_null());
  CHECK(j["documents"][0]["sentences"] == 1);
  auto none = test::run_kg({"--db", db, "mentions", "Niemand Unbekannt"});
  CHECK(none.code != 0);
}

TEST_CASE("kg why takes the filters, and a person is found by any words of the name in order", "[cli][facts]") {
  test::TempDir dir;
  const std::string db = database(dir);
  auto all = test::run_kg({"--db", db, "why", "Anna Probe", "Paul Beispiel"});
  CHECK_THAT(all.out, Catch::Contains("meets_with"));
  auto later = test::run_kg({"--db", db, "why", "Anna Probe", "Paul Beispiel", "--since", "2025"});
  CHECK(later.code == 0);
  CHECK(later.out == "no fact links Anna Probe and Paul Beispiel directly that passes the filters (1 without them)\n");

  std::ofstream(dir.str("d.txt")) << "Die Ministerin Eva Maria Sommer traf in Bern den Kanzler Max Muster.\n";
  REQUIRE(test::run_kg({"--db", db, "ingest", "--date", "2024-08", dir.str("d.txt")}).code == 0);
  for (const char* name : {"Eva Sommer", "Maria Sommer", "Eva Maria"}) {
    auto shown = test::run_kg({"--db", db, "show", name});
    INFO(name << ": " << shown.err);
    CHECK(shown.code == 0);
    CHECK(shown.out.starts_with("Eva Maria Sommer"));
  }
  CHECK(test::run_kg({"--db", db, "show", "Sommer Eva"}).code != 0);  // the order counts
}

TEST_CASE("neighbors, path, export and render take the date and confidence filters", "[cli][facts]") {
  test::TempDir dir;
  const std::string db = database(dir);
  // Anna Probe met Max Muster (2023) and Paul Beispiel (2024-07).
  auto all = test::run_kg({"--db", db, "neighbors", "Anna Probe", "--predicate", "meets_with"});
  INFO(all.out << all.err);
  REQUIRE(all.code == 0);
  CHECK(lines(all.out) == 3);
  auto later = test::run_kg({"--db", db, "neighbors", "Anna Probe", "--predicate", "meets_with", "--since", "2024"});
  CHECK(lines(later.out) == 2);
  CHECK_THAT(later.out, Catch::Contains("Paul Beispiel"));
  CHECK_THAT(later.out, !Catch::Contains("Max Muster"));
  // Only the undated article joins Max Muster and Paul Beispiel directly: dated, the path goes
  // through Anna Probe.
  auto direct = test::run_kg({"--db", db, "path", "Max Muster", "Paul Beispiel", "--predicate", "meets_with"});
  CHECK_THAT(direct.out, Catch::Contains("(1 hop)"));
  auto dated =
      test::run_kg({"--db", db, "path", "Max Muster", "Paul Beispiel", "--predicate", "meets_with", "--since", "2023"});
  CHECK_THAT(dated.out, Catch::Contains("(2 hops)"));
  CHECK(test::run_kg({"--db", db, "path", "Max Muster", "Paul Beispiel", "--since", "2030"})
            .out.starts_with("no connection"));
  // Export: the relationships of July 2024 only; a bad date is one line and exit 2.
  auto csv = test::run_kg({"--db", db, "export", "--format", "csv", "-o", dir.str("csv"), "--predicate", "meets_with",
                           "--since", "2024-07", "--until", "2024-07"});
  REQUIRE(csv.code == 0);
  CHECK(lines(test::read_file(dir.str("csv/relationships.csv"))) == 2);  // the header and one meeting
  auto bad = test::run_kg({"--db", db, "render", "-o", dir.str("x.svg"), "--since", "July"});
  CHECK(bad.code == 2);
  CHECK(lines(bad.err) == 1);
  CHECK_FALSE(std::filesystem::exists(dir.str("x.svg")));
  auto dot = test::run_kg({"--db", db, "export", "--format", "dot", "--min-confidence", "1"});
  CHECK_THAT(dot.out, !Catch::Contains("meets_with"));
  // A fact stated again by a later document passes through that document's date, not only the
  // first document's.
  std::ofstream(dir.str("d.txt")) << "Am Montag traf die Präsidentin Anna Probe erneut den Kanzler Max Muster.\n";
  REQUIRE(test::run_kg({"--db", db, "ingest", "--date", "2025-01", dir.str("d.txt")}).code == 0);
  auto again = test::run_kg({"--db", db, "neighbors", "Anna Probe", "--predicate", "meets_with", "--since", "2025"});
  CHECK_THAT(again.out, Catch::Contains("Max Muster"));
  auto csv2025 = test::run_kg({"--db", db, "export", "--format", "csv", "-o", dir.str("csv2025"), "--predicate",
                               "meets_with", "--since", "2025"});
  REQUIRE(csv2025.code == 0);
  CHECK(lines(test::read_file(dir.str("csv2025/relationships.csv"))) == 2);  // the header and the restated meeting
}
