#include "loader.h"

namespace kg::cli {

void ProgressLine::show(std::string_view text) {
  if (!terminal_) return;
  (err_ << "\r\033[K" << text).flush();
  shown_ = true;
}

void ProgressLine::clear() {
  if (!shown_) return;
  (err_ << "\r\033[K").flush();
  shown_ = false;
}

Status GroupLoader::add(Document doc) {
  group_relations_ += doc.relations.size();
  group_.push_back(std::move(doc));
  if (group_relations_ >= batch_) return flush();
  return Status::Ok();
}

Status GroupLoader::flush() {
  if (group_.empty()) return Status::Ok();
  KG_ASSIGN_OR_RETURN(std::vector<LoadStats> stats, store_.load_group(group_));
  for (std::size_t i = 0; i < stats.size(); ++i) {
    const LoadStats& s = stats[i];
    if (s.already_loaded) {
      ++present_;
      continue;
    }
    ++loaded_;
    if (i < group_.size() && !group_[i].lang.empty()) ++languages_[group_[i].lang];
    created_ += s.entities_created;
    joined_ += s.entities_joined;
  }
  group_.clear();
  group_relations_ = 0;
  return Status::Ok();
}

Status GroupLoader::finish(ProgressLine* progress) {
  KG_RETURN_IF_ERROR(flush());
  if (loaded_ == 0) return Status::Ok();
  if (progress) progress->show("writing the graph image");
  return store_.write_graph_image();
}

Status GroupLoader::print_summary(std::ostream& out, std::string_view verb, std::uint64_t skipped) const {
  // The totals are the database's own (what `kg stats` and every export count): relations a
  // document states again are one relation of the graph.
  KG_ASSIGN_OR_RETURN(GraphCounts total, store_.totals());
  out << verb << " " << loaded_ << (loaded_ == 1 ? " document" : " documents");
  // The languages the documents were read in ("de 3, en 2"), as told from their text or given.
  for (auto it = languages_.begin(); it != languages_.end(); ++it)
    out << (it == languages_.begin() ? " (" : ", ") << it->first << " " << it->second;
  if (!languages_.empty()) out << ")";
  out << ": " << created_ << " new entities, " << joined_ << " joined known entities";
  if (present_) out << "; " << present_ << " already in the database";
  if (skipped) out << "; " << skipped << " skipped";
  out << "; the database holds " << total.documents << (total.documents == 1 ? " document, " : " documents, ")
      << total.entities << (total.entities == 1 ? " entity, " : " entities, ") << total.edges
      << (total.edges == 1 ? " relation" : " relations") << "\n";
  return Status::Ok();
}

}  // namespace kg::cli
