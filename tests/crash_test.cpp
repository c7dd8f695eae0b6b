// A writer killed with SIGKILL at random moments leaves a database in which every document is
// either complete or absent.
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <random>
#include <thread>

#include "kg/store/store.h"
#include "test_helpers.h"

using namespace kg;

namespace {

pid_t spawn_kg_load(const std::string& db, const std::string& file, const std::string& batch) {
  pid_t pid = ::fork();
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, STDOUT_FILENO);
    ::dup2(devnull, STDERR_FILENO);
    ::execl(KG_BINARY, "kg", "--db", db.c_str(), "load", "--batch", batch.c_str(), file.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

// Every present document is complete (Store::check) and nothing of an absent one remains: each
// document mentions the host once, so its support equals the number of documents.
void verify(const std::string& db, std::size_t* present) {
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::open(db, ro);
  REQUIRE_OK(store);
  auto st = (*store)->check();
  INFO(st.message());
  REQUIRE(st.ok());
  auto docs = (*store)->documents();
  REQUIRE_OK(docs);
  *present = docs->size();
  if (*present == 0) return;
  auto host = (*store)->resolve("Ada Host");
  REQUIRE_OK(host);
  CHECK((*store)->entity(*host)->support == *present);
  auto counts = (*store)->counts();
  CHECK(counts->edges == *present * 11 + 0);  // 5 meets + 5 participates + 1 held_in per document
}

}  // namespace

TEST_CASE("A load killed at random moments leaves every document complete or absent", "[store][crash]") {
  // --batch 1: one WriteBatch per document; --batch 1100: groups of 100 documents written as table
  // files and ingested at once.
  std::string batch = GENERATE(as<std::string>{}, "1", "1100");
  INFO("kg load --batch " << batch);
  test::TempDir dir;
  std::string file = dir.str("docs.jsonl");
  {
    std::string lines;
    for (int i = 0; i < 1000; ++i) lines += document_to_json(test::sample_document("c" + std::to_string(i), 5)).dump() + "\n";
    test::write_file(file, lines);
  }
  std::string db = dir.str("db");

  // How long an uninterrupted load takes here, to spread the kills over it.
  auto t0 = std::chrono::steady_clock::now();
  {
    test::TempDir probe;
    pid_t pid = spawn_kg_load(probe.str("db"), file, batch);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
  }
  auto full = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();

  std::mt19937 rng(20240703);
  std::uniform_int_distribution<long> delay(0, std::max<long>(full, 1000));
  int kills = 0;
  std::size_t present = 0, before = 0;
  for (int round = 0; round < 25; ++round) {
    pid_t pid = spawn_kg_load(db, file, batch);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng) / 2));
    int status = 0;
    if (::kill(pid, SIGKILL) == 0) ++kills;
    ::waitpid(pid, &status, 0);
    verify(db, &present);
    CHECK(present >= before);
    before = present;
  }
  CHECK(kills >= 20);
  // A last uninterrupted load completes the database.
  pid_t pid = spawn_kg_load(db, file, batch);
  int status = 0;
  ::waitpid(pid, &status, 0);
  REQUIRE(WEXITSTATUS(status) == 0);
  verify(db, &present);
  CHECK(present == 1000);
}

TEST_CASE("A full disk ends a load with an I/O error and leaves a database that checks", "[store][crash]") {
  test::TempDir dir;
  std::string mnt = dir.str("small");
  std::filesystem::create_directories(mnt);
  if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=3m") != 0) {
    WARN("cannot mount a tmpfs here (" << std::strerror(errno) << "); not tried");
    return;
  }
  struct Unmount {
    std::string at;
    ~Unmount() { ::umount2(at.c_str(), MNT_DETACH); }
  } unmount{mnt};
  std::string file = dir.str("docs.jsonl");
  {
    std::string lines;
    for (int i = 0; i < 3000; ++i) {
      Document d = test::sample_document("full" + std::to_string(i), 5);
      for (Relation& r : d.relations) r.evidence.text = std::string(200, 'x');  // fill the disk sooner
      lines += document_to_json(d).dump() + "\n";
    }
    test::write_file(file, lines);
  }
  // --batch 1: the write-batch path, whose log writes meet the full disk first; then the
  // table-file path.
  std::string batch = GENERATE(as<std::string>{}, "1", "100000");
  std::string db = mnt + "/db" + batch;
  bool full = false;
  for (int attempt = 0; attempt < 2; ++attempt) {  // the second writer meets a disk already full
    pid_t pid = spawn_kg_load(db, file, batch);
    int status = 0;
    ::waitpid(pid, &status, 0);
    INFO("kg load --batch " << batch << ", attempt " << attempt);
    REQUIRE(WIFEXITED(status));  // no abort
    CHECK((WEXITSTATUS(status) == 6 || WEXITSTATUS(status) == 0));
    full = full || WEXITSTATUS(status) == 6;
    std::size_t present = 0;
    verify(db, &present);
  }
  if (batch == "1") CHECK(full);  // the trial reached the full disk
}
