#include "pack.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "mention_finder.h"

namespace kg::extract {
namespace {

Result<std::string> read_file(const std::string& file, const char* what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot open " + what);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool is_lexicon(std::string_view name) { return name.ends_with(".tsv"); }

// A pack folder's files in load order: words.rules, the other *.rules by name, lexicons/*.tsv by name.
Result<std::vector<std::string>> pack_folder_files(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no language pack folder");
  std::vector<std::string> rules, lexicons;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".rules") rules.push_back(e.path().string());
  if (fs::is_directory(fs::path(dir) / "lexicons", ec))
    for (const auto& e : fs::directory_iterator(fs::path(dir) / "lexicons", ec))
      if (e.path().extension() == ".tsv") lexicons.push_back(e.path().string());
  auto words_first = [](const std::string& a, const std::string& b) {
    const bool wa = fs::path(a).filename() == "words.rules", wb = fs::path(b).filename() == "words.rules";
    return wa != wb ? wa : a < b;
  };
  std::sort(rules.begin(), rules.end(), words_first);
  std::sort(lexicons.begin(), lexicons.end());
  rules.insert(rules.end(), lexicons.begin(), lexicons.end());
  return rules;
}

}  // namespace

Status Pack::add_file(std::string_view name, std::string_view text) {
  return is_lexicon(name) ? lexicon.add(name, text, words) : add_rules(name, text);
}

Status Pack::add_rules(std::string_view name, std::string_view text) {
  KG_ASSIGN_OR_RETURN(std::vector<Rule> more, parse_rules(name, text, words));
  for (Rule& r : more) rules.push_back(std::move(r));
  return Status::Ok();
}

void Pack::index_rules() {
  pattern_cues.clear();
  sentence_cues.clear();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& r = rules[i];
    (r.sentence ? sentence_cues : pattern_cues)
        .push_back({r.cue == nullptr ? RuleCue::kNone : r.cue->number(), static_cast<std::uint32_t>(i)});
  }
}

std::vector<std::string> builtin_languages() {
  std::vector<std::string> out;
  for (const PackFile& f : builtin_pack_files())
    if (std::find(out.begin(), out.end(), f.lang) == out.end()) out.emplace_back(f.lang);
  return out;
}

Result<std::unique_ptr<Pack>> load_pack(std::string_view lang, const std::string& dir,
                                        const std::vector<std::string>& lexicon_files,
                                        const std::vector<std::string>& rule_files) {
  auto pack = std::make_unique<Pack>();
  pack->lang = std::string(lang);
  if (!dir.empty()) {
    KG_ASSIGN_OR_RETURN(std::vector<std::string> files, pack_folder_files(dir));
    for (const std::string& f : files) {
      KG_ASSIGN_OR_RETURN(std::string text, read_file(f, "pack file"));
      KG_RETURN_IF_ERROR(pack->add_file(f, text));
    }
  } else {
    bool found = false;
    // Rule files (word classes) before lexicons, each group in the order the build lists them.
    for (bool lexicons : {false, true}) {
      for (const PackFile& f : builtin_pack_files()) {
        if (f.lang != lang || is_lexicon(f.name) != lexicons) continue;
        found = true;
        KG_RETURN_IF_ERROR(pack->add_file(f.name, f.text));
      }
    }
    if (!found) return Status::NotFound("no language pack for '" + std::string(lang) + "'");
  }
  for (const std::string& f : lexicon_files) {
    KG_ASSIGN_OR_RETURN(std::string text, read_file(f, "lexicon"));
    KG_RETURN_IF_ERROR(pack->lexicon.add(f, text, pack->words));
  }
  for (const std::string& f : rule_files) {
    KG_ASSIGN_OR_RETURN(std::string text, read_file(f, "rules"));
    KG_RETURN_IF_ERROR(pack->add_rules(f, text));
  }
  pack->words.index();
  pack->index_rules();
  pack->mention_classes = std::make_shared<const mention_detail::Classes>(pack->words);
  return pack;
}

Result<std::shared_ptr<const Pack>> builtin_pack(std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::string, Result<std::shared_ptr<const Pack>>, std::less<>> packs;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = packs.find(lang); it != packs.end()) return it->second;
  auto p = load_pack(lang, "", {}, {});
  Result<std::shared_ptr<const Pack>> pack = p.status();
  if (p.ok()) pack = std::shared_ptr<const Pack>(std::move(p).value());
  packs.emplace(std::string(lang), pack);
  return pack;
}

const Pack& builtin_german_pack() {
  static const Result<std::shared_ptr<const Pack>> pack = builtin_pack("de");
  static const Pack empty;
  return pack.ok() ? **pack : empty;
}

}  // namespace kg::extract
