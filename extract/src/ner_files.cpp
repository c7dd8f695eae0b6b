// The tagger's files and its place in the pipeline, on its public interface (ner.h): word lists,
// model files, tagged corpora (GermEval TSV, CoNLL), strict span scores, the built-in model and
// the mention source the pipeline adds.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "embedded_models.h"
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
  // WNUT-17's types (lower case there).
  if (t == "person") return "PER";
  if (t == "location") return "LOC";
  if (t == "group" || t == "corporation") return "ORG";
  if (t == "product" || t == "creative-work") return "OTH";
  return "";
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> f;
  std::size_t at = 0;
  while (at <= line.size()) {
    std::size_t e = line.find(sep, at);
    if (e == std::string::npos) e = line.size();
    f.push_back(line.substr(at, e - at));
    at = e + 1;
  }
  return f;
}

// CoNLL-U with entities in MISC as CorefUD brackets (GUM: "Entity=(3-person-new-…-Barack_Obama" opens
// mention 3, "3)" closes it, "(4-place-…)" is one token). Every mention is annotated there, names,
// nouns and pronouns alike; a name is a mention of a person, place or organisation whose words,
// after leading determiners, start with a proper noun and hold only proper
// nouns, numbers, adpositions, determiners, conjunctions and punctuation ("the Daughters of the
// American Revolution" gives "Daughters of the American Revolution"; "a group of Afghan
// teenagers" is no name; a mention with a comma or parenthesis inside is an apposition, no name).
Result<std::vector<NerSentence>> read_conllu_entities(std::istream& in, const std::string& path) {
  struct Open {
    std::string id, type;
    std::size_t start = 0;
  };
  struct Span {
    std::size_t start, end;
    std::string type;
  };
  std::vector<NerSentence> out;
  NerSentence cur;
  std::vector<std::string> upos;
  std::vector<Open> open;  // mentions may cross sentence ends in principle; kept per sentence
  std::vector<Span> spans;
  auto flush = [&] {
    // Inner names first ("Houston" in "the Space Center in Houston"); an outer mention keeps what
    // its inner names leave: one block of words, or a person's last block ("Governor of Texas Jo
    // Doe" gives Texas and Jo Doe).
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span& a, const Span& b) { return a.end - a.start < b.end - b.start; });
    for (const Span& s : spans) {
      std::vector<std::pair<std::size_t, std::size_t>> blocks;
      for (std::size_t i = s.start; i < s.end; ++i) {
        if (cur.tags[i] != "O") continue;
        if (!blocks.empty() && blocks.back().second == i)
          blocks.back().second = i + 1;
        else
          blocks.push_back({i, i + 1});
      }
      if (blocks.empty() || (blocks.size() > 1 && s.type != "PER")) continue;
      auto [b, e] = blocks.back();
      while (b < e && upos[b] == "DET") ++b;
      if (b == e || upos[b] != "PROPN") continue;
      bool name = true;
      for (std::size_t i = b; i < e && name; ++i) {
        const std::string& u = upos[i];
        const std::string& w = cur.tokens[i];
        name = u == "PROPN" || u == "NUM" || u == "ADP" || u == "DET" || u == "CCONJ" ||
               (u == "PUNCT" && (w == "-" || w == "&" || w == "." || w == "'"));
      }
      const std::string& last = upos[e - 1];
      if (!name || last == "ADP" || last == "DET" || last == "CCONJ" || last == "PUNCT") continue;
      for (std::size_t i = b; i < e; ++i) cur.tags[i] = (i == b ? "B-" : "I-") + s.type;
    }
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = {};
    upos.clear();
    spans.clear();
    open.clear();
  };
  auto kg_type = [](std::string_view etype) -> std::string {
    if (etype == "person") return "PER";
    if (etype == "place") return "LOC";
    if (etype == "organization") return "ORG";
    return "";
  };
  std::string line;
  std::size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    const std::vector<std::string> f = split(line, '\t');
    if (f.size() != 10) return Status::InvalidInput(path + ":" + std::to_string(no) + ": expected 10 CoNLL-U columns");
    if (f[0].find_first_of("-.") != std::string::npos) continue;  // multiword tokens, empty nodes
    if (f[1].empty()) return Status::InvalidInput(path + ":" + std::to_string(no) + ": empty token");
    const std::size_t at = cur.tokens.size();
    cur.tokens.push_back(normalize_token(f[1]));
    cur.tags.push_back("O");
    upos.push_back(f[3]);
    for (const std::string& item : split(f[9], '|')) {
      if (!item.starts_with("Entity=")) continue;
      const std::string_view v = std::string_view(item).substr(7);
      for (std::size_t i = 0; i < v.size();) {
        if (v[i] == '(') {
          std::size_t e = v.find_first_of("()", i + 1);
          if (e == std::string_view::npos) e = v.size();
          const std::vector<std::string> parts = split(std::string(v.substr(i + 1, e - i - 1)), '-');
          // GRP-etype-…: the mention's number and its entity type come first. (Its identity, a
          // Wikipedia title, is given for linked entities only; names of others count as well.)
          Open o{parts[0], parts.size() > 1 ? kg_type(parts[1]) : "", at};
          if (e < v.size() && v[e] == ')') {
            if (!o.type.empty()) spans.push_back({at, at + 1, o.type});
            i = e + 1;
          } else {
            open.push_back(std::move(o));
            i = e;
          }
        } else {
          std::size_t e = v.find(')', i);
          if (e == std::string_view::npos)
            return Status::InvalidInput(path + ":" + std::to_string(no) + ": bad Entity");
          const std::string_view id = v.substr(i, e - i);
          for (std::size_t k = open.size(); k-- > 0;) {
            if (open[k].id != id) continue;
            if (!open[k].type.empty()) spans.push_back({open[k].start, at + 1, open[k].type});
            open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
            break;
          }
          i = e + 1;
        }
      }
    }
  }
  flush();
  return out;
}

}  // namespace

Result<std::vector<NerSentence>> read_ner_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  if (path.ends_with(".conllu")) return read_conllu_entities(in, path);
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
    if (line.find_first_not_of(" \t") == std::string::npos) {  // WNUT-17 ends some sentences with a tab
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

Result<std::shared_ptr<const NerTagger>> builtin_ner_tagger(std::string_view lang) {
  using Loaded = Result<std::shared_ptr<const NerTagger>>;
  // Each embedded model is loaded once, on first use.
  static const std::vector<std::pair<std::string, Loaded>> models = [] {
    std::vector<std::pair<std::string, Loaded>> out;
    for (const EmbeddedModel& e : embedded_ner_models()) {
      auto t = NerTagger::from_bytes(std::string_view(e.begin, static_cast<std::size_t>(e.end - e.begin)),
                                     std::string("built-in ") + e.lang + " NER model");
      out.emplace_back(e.lang, t.ok() ? Loaded(std::shared_ptr<const NerTagger>(std::move(t).value())) : t.status());
    }
    return out;
  }();
  for (const auto& [l, model] : models)
    if (l == lang) return model;
  std::string have;
  for (const auto& [l, model] : models) have += (have.empty() ? "" : ", ") + l;
  return Status::NotFound("no built-in NER model for '" + std::string(lang) +
                          "' (this kg has: " + (have.empty() ? "none" : have) + ")");
}

std::vector<std::string> builtin_ner_languages() {
  std::vector<std::string> out;
  for (const EmbeddedModel& e : embedded_ner_models()) out.emplace_back(e.lang);
  return out;
}

std::unique_ptr<MentionSource> ner_mention_source(std::shared_ptr<const NerTagger> tagger) {
  return std::make_unique<NerSource>(std::move(tagger));
}

}  // namespace kg::extract
