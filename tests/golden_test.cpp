// Golden end-to-end cases as data: tests/golden/<case>/ holds
//   args    the kg arguments, one per line (the database is added in front)
//   stdout  the expected standard output
//   stderr  the expected standard error (optional; empty when absent)
//   exit    the expected exit code (optional; 0 when absent)
//   setup   files to load before the case, one per line (optional; examples/facts.jsonl when absent)
// Paths in args and setup are relative to the repository root, where the cases run.
// KG_UPDATE_GOLDEN=1 rewrites stdout, stderr and exit from the actual results (review the diff!).
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "test_helpers.h"

using namespace kg;

namespace {

std::vector<std::string> lines_of(const std::string& path) {
  std::vector<std::string> out;
  std::istringstream in(test::read_file(path));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(line);
  return out;
}

// The run's temporary database path, replaced by a fixed token so expectations are stable.
std::string scrub(std::string s, const std::string& db) {
  for (std::size_t pos; (pos = s.find(db)) != std::string::npos;) s.replace(pos, db.size(), "$DB");
  return s;
}

}  // namespace

TEST_CASE("Golden end-to-end cases produce their expected output", "[cli][golden]") {
  namespace fs = std::filesystem;
  fs::path root = test::source_dir();
  fs::path cwd = fs::current_path();
  fs::current_path(root);
  bool update = std::getenv("KG_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root / "tests/golden"))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 5);
  for (const fs::path& c : cases) {
    DYNAMIC_SECTION(c.filename().string()) {
      test::TempDir dir;
      std::string db = dir.str("db");
      std::vector<std::string> setup =
          fs::exists(c / "setup") ? lines_of(c / "setup") : std::vector<std::string>{"examples/facts.jsonl"};
      for (const auto& file : setup) REQUIRE(test::run_kg({"--db", db, "load", file}).code == 0);
      std::vector<std::string> args = lines_of(c / "args");
      args.insert(args.begin(), {"--db", db});
      auto r = test::run_kg(args);
      std::string out = scrub(r.out, db), err = scrub(r.err, db);
      if (update) {
        test::write_file(c / "stdout", out);
        if (!err.empty()) test::write_file(c / "stderr", err);
        if (r.code != 0) test::write_file(c / "exit", std::to_string(r.code) + "\n");
      }
      CHECK(out == test::read_file(c / "stdout"));
      CHECK(err == (fs::exists(c / "stderr") ? test::read_file(c / "stderr") : std::string()));
      int expected = fs::exists(c / "exit") ? std::stoi(test::read_file(c / "exit")) : 0;
      CHECK(r.code == expected);
    }
  }
  fs::current_path(cwd);
}
