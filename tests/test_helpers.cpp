#include "test_helpers.h"

#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>

#include "kg/cli/app.h"

namespace kg::test {

TempDir::TempDir() {
  static std::mt19937_64 rng(static_cast<std::uint64_t>(::getpid()) * 7919u + 17u);
  path_ = std::filesystem::temp_directory_path() / ("kg-test-" + std::to_string(rng()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

RunResult run_kg(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out, err;
  cli::App app;
  RunResult r;
  r.code = app.run(args, in, out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

std::string source_dir() { return KG_SOURCE_DIR; }

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary);
  f << content;
}

Document sample_document(const std::string& id, int n, const std::string& host) {
  Document d;
  d.id = id;
  d.source = "test/" + id + ".txt";
  d.lang = "de";
  d.date = "2025-01";
  d.entities.push_back({"h", host, EntityType::kPerson, {}, {}, nlohmann::json::object()});
  d.entities.push_back({"ev", "Testgipfel " + id, EntityType::kEvent, {"Gipfel"}, {}, nlohmann::json::object()});
  d.entities.push_back({"loc", "Musterstadt", EntityType::kLocation, {}, {}, nlohmann::json::object()});
  Relation held;
  held.subject = "ev";
  held.predicate = *parse_predicate("held_in");
  held.object = "loc";
  held.evidence = {{0, 20}, "Der Gipfel fand in Musterstadt statt."};
  d.relations.push_back(held);
  for (int i = 0; i < n; ++i) {
    std::string local = "p" + std::to_string(i);
    d.entities.push_back(
        {local, "Person " + std::to_string(i) + " " + id, EntityType::kPerson, {}, {}, nlohmann::json::object()});
    Relation r;
    r.subject = local;
    r.predicate = *parse_predicate("meets_with");
    r.object = "h";
    r.evidence = {{21, 60}, "Person " + std::to_string(i) + " traf den Gastgeber."};
    d.relations.push_back(r);
    Relation p;
    p.subject = local;
    p.predicate = *parse_predicate("participates_in");
    p.object = "ev";
    p.confidence = 0.8;
    p.evidence = {{61, 90}, "Person " + std::to_string(i) + " nahm am Gipfel teil."};
    d.relations.push_back(p);
  }
  return d;
}

}  // namespace kg::test
