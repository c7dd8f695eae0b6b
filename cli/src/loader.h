// The one way documents reach the store from the command line (`kg load` and `kg ingest`), and
// the one progress line.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/document.h"
#include "kg/store/store.h"

namespace kg::cli {

// One line of progress on a terminal (stderr), rewritten in place; nothing elsewhere.
class ProgressLine {
 public:
  ProgressLine(std::ostream& err, bool terminal) : err_(err), terminal_(terminal) {}
  ~ProgressLine() { clear(); }
  void show(std::string_view text);
  // Removes the line, e.g. before a message of its own line.
  void clear();
  bool on_terminal() const { return terminal_; }

 private:
  std::ostream& err_;
  bool terminal_;
  bool shown_ = false;
};

// Stores documents in atomic groups of about `batch` relations (Store::load_group: after a crash
// each group is fully present or absent), so memory holds one group however much is loaded.
class GroupLoader {
 public:
  GroupLoader(Store& store, std::size_t batch) : store_(store), batch_(batch) {}

  // Adds a document to the group, storing the group when it reaches `batch` relations.
  Status add(Document doc);
  // Stores what is left and, when anything new was loaded, writes the graph image.
  Status finish(ProgressLine* progress = nullptr);

  std::uint64_t loaded() const { return loaded_; }
  std::uint64_t present() const { return present_; }
  std::uint64_t pending() const { return group_.size(); }
  // "VERB N documents (de N, en M): E new entities, J joined known entities[; P already in the database][; S
  // skipped]; the database holds D documents, E entities, R relations" (the totals as kg stats
  // counts them).
  Status print_summary(std::ostream& out, std::string_view verb, std::uint64_t skipped) const;

 private:
  Status flush();

  Store& store_;
  std::size_t batch_;
  std::vector<Document> group_;
  std::size_t group_relations_ = 0;
  std::uint64_t loaded_ = 0, present_ = 0, created_ = 0, joined_ = 0;
  std::map<std::string, std::uint64_t> languages_;  // documents loaded per language
};

}  // namespace kg::cli
