// The tagger's files and its place in the pipeline, on its public interface (ner.h): word lists,
// model files, tagged corpora (GermEval TSV, CoNLL), strict span scores, the built-in model and
// the mention source the pipeline adds.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/core/files.h"
#include "kg/core/schema.h"
#include "kg/extract/ner.h"
#include "text.h"

namespace kg::extract {

Result<std::vector<std::string>> read_word_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read word list " + path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::string entry = normalize_text(line.substr(0, line.find('\t')));
    if (!entry.empty()) out.push_back(std::move(entry));
  }
  return out;
}

std::string normalize_token(std::string_view token) {
  std::string normal = normalize_text(token);
  return normal.empty() ? std::string(token) : normal;
}

Result<std::unique_ptr<NerTagger>> NerTagger::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open NER model " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return from_bytes(ss.str(), path);
}

Status NerTagger::save(const std::string& path) const {
  return write_file_atomically(path, [&](std::ostream& out) {
    const std::string bytes = to_bytes();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return Status::Ok();
  });
}

// --- data files and scores --------------------------------------------------------------------

namespace {

// GermEval's and the legal corpus' tags as kg's four types ("" for O).
std::string map_type(std::string_view t) {
  if (t.ends_with("deriv") || t.ends_with("part")) return "";
  if (t == "PER" || t == "ORG" || t == "LOC" || t == "OTH") return std::string(t);
  if (t == "RR" || t == "AN") return "PER";                               // judge, lawyer
  if (t == "INN" || t == "GRT" || t == "UN" || t == "MRK") return "ORG";  // institution, court, company, brand
  if (t == "LD" || t == "ST" || t == "STR" || t == "LDS") return "LOC";   // country, city, street, landscape
  return "";
}

}  // namespace

Result<std::vector<NerSentence>> read_ner_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  std::vector<NerSentence> out;
  NerSentence cur;
  std::string line;
  std::size_t no = 0;
  auto flush = [&] {
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = {};
  };
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t at = 0;
    const char sep = line.find('\t') != std::string::npos ? '\t' : ' ';
    while (at <= line.size()) {
      std::size_t e = line.find(sep, at);
      if (e == std::string::npos) e = line.size();
      f.push_back(line.substr(at, e - at));
      at = e + 1;
    }
    while (!f.empty() && f.back().empty()) f.pop_back();
    std::string token, tag;
    if (sep == '\t' && f.size() >= 3 && !f[0].empty() && std::all_of(f[0].begin(), f[0].end(), ::isdigit)) {
      token = f[1];
      tag = f[2];  // GermEval: the outer tag
    } else if (f.size() >= 2) {
      token = f[0];
      tag = f.back();
    } else {
      return Status::InvalidInput(path + ":" + std::to_string(no) + ": expected a token and a tag");
    }
    if (token.empty()) return Status::InvalidInput(path + ":" + std::to_string(no) + ": empty token");
    std::string label = "O";
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      std::string type = map_type(std::string_view(tag).substr(2));
      if (!type.empty()) label = tag.substr(0, 2) + type;
    } else if (tag != "O") {
      return Status::InvalidInput(path + ":" + std::to_string(no) + ": unknown tag '" + tag + "'");
    }
    cur.tokens.push_back(normalize_token(token));
    cur.tags.push_back(std::move(label));
  }
  flush();
  return out;
}

void NerScore::add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  // Spans (start, end, type) of a BIO sequence; an I- without its B- starts a span (CoNLL).
  auto spans = [](const std::vector<std::string>& tags) {
    std::vector<std::array<std::size_t, 3>> out;
    for (std::size_t i = 0; i < tags.size(); ++i) {
      if (tags[i].size() < 3) continue;
      const std::string type = tags[i].substr(2);
      const bool begins = tags[i][0] == 'B' || i == 0 || tags[i - 1].size() < 3 || tags[i - 1].substr(2) != type;
      if (!begins) continue;
      std::size_t j = i + 1;
      while (j < tags.size() && tags[j].size() >= 3 && tags[j][0] == 'I' && tags[j].substr(2) == type) ++j;
      std::size_t t = 0;
      while (t < 4 && type != kNerTypes[t]) ++t;
      if (t < 4) out.push_back({i, j, t});
    }
    return out;
  };
  auto g = spans(gold), p = spans(predicted);
  for (const auto& s : p) {
    const bool hit = std::find(g.begin(), g.end(), s) != g.end();
    (hit ? per_type[s[2]].tp : per_type[s[2]].fp)++;
    (hit ? overall.tp : overall.fp)++;
  }
  for (const auto& s : g) {
    if (std::find(p.begin(), p.end(), s) != p.end()) continue;
    per_type[s[2]].fn++;
    overall.fn++;
  }
}

// --- the mention source -----------------------------------------------------------------------

namespace {

class NerSource : public MentionSource {
 public:
  explicit NerSource(std::shared_ptr<const NerTagger> t) : tagger_(std::move(t)) {}
  std::vector<ProposedMention> propose(const TokenizedText& text) const override {
    std::vector<ProposedMention> out;
    auto offset = [&](std::string_view token) { return static_cast<std::size_t>(token.data() - text.text.data()); };
    for (const auto& [first, last] : text.sentences) {
      const std::vector<std::string_view> words(text.tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                                text.tokens.begin() + static_cast<std::ptrdiff_t>(last));
      const std::vector<std::string> tags = tagger_->tag(words);
      for (std::size_t i = 0; i < tags.size(); ++i) {
        if (tags[i][0] != 'B') continue;
        const std::string_view type = std::string_view(tags[i]).substr(2);
        std::size_t j = i + 1;
        while (j < tags.size() && tags[j][0] == 'I' && std::string_view(tags[j]).substr(2) == type) ++j;
        // The tagger's labels are entity type codes (schema.cpp); OTH names no type of the graph.
        const std::optional<EntityType> entity_type = parse_entity_type(type);
        if (!entity_type) continue;
        ProposedMention m;
        m.type = *entity_type;
        m.start = offset(words[i]);
        m.end = offset(words[j - 1]) + words[j - 1].size();
        out.push_back(m);
      }
    }
    return out;
  }

 private:
  std::shared_ptr<const NerTagger> tagger_;
};

}  // namespace

#ifdef KG_HAS_NER_MODEL
extern "C" const char kg_ner_model_begin[];
extern "C" const char kg_ner_model_end[];
#endif

Result<std::shared_ptr<const NerTagger>> builtin_ner_tagger() {
#ifdef KG_HAS_NER_MODEL
  static const Result<std::shared_ptr<const NerTagger>> model = []() -> Result<std::shared_ptr<const NerTagger>> {
    auto t = NerTagger::from_bytes(
        std::string_view(kg_ner_model_begin, static_cast<std::size_t>(kg_ner_model_end - kg_ner_model_begin)),
        "built-in NER model");
    if (!t.ok()) return t.status();
    return std::shared_ptr<const NerTagger>(std::move(t).value());
  }();
  return model;
#else
  return Status::NotFound("this kg was built without a NER model (extract/models/de-ner.bin)");
#endif
}

std::unique_ptr<MentionSource> ner_mention_source(std::shared_ptr<const NerTagger> tagger) {
  return std::make_unique<NerSource>(std::move(tagger));
}

}  // namespace kg::extract
