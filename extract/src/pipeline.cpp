// The extractor: the stages in order (extract.h), one language pack per language.
#include <openssl/evp.h>

#include <algorithm>
#include <map>

#include "assemble.h"
#include "dates.h"
#include "frame.h"
#include "kg/core/text.h"
#include "kg/extract/extract.h"
#include "mentions.h"
#include "pack.h"
#include "relations.h"
#include "resolve.h"
#include "text.h"

namespace kg::extract {

std::string content_id(std::string_view text) {
  // The digest's implementation, fetched from OpenSSL's providers once (EVP_sha256() fetches it on
  // every call, which costs more than hashing a short article).
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(text.data(), text.size(), digest, &len, sha256 != nullptr ? sha256 : EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "sha256:";
  out.reserve(out.size() + 2 * len);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

namespace {

// The pack whose common words (class "language.words") the text's first 2000 words use most;
// `fallback` for a text of fewer than 20 words without two clues more for one language; empty for
// a longer one with none.
std::string detect_language(std::string_view text,
                            const std::map<std::string, std::shared_ptr<const Pack>, std::less<>>& packs,
                            const std::string& fallback) {
  std::vector<std::pair<std::string, const WordClass*>> common;  // each pack's class, looked up once
  for (const auto& [lang, pack] : packs)
    if (pack) common.emplace_back(lang, &pack->words["language.words"]);
  std::map<std::string, int> hits;
  int words = 0;
  auto letter = [&](std::size_t k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  for (std::size_t i = 0; i < text.size() && words < 2000;) {
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && letter(j)) ++j;
    ++words;
    const std::string_view w = text.substr(i, j - i);
    for (const auto& [lang, cls] : common)
      if (cls->has(w)) ++hits[lang];
    i = j;
  }
  std::string best;
  int most = 0, second = 0;
  for (const auto& [lang, n] : hits) {
    if (n > most) {
      second = most;
      most = n;
      best = lang;
    } else {
      second = std::max(second, n);
    }
  }
  // A short text needs two clues more for one language than for any other.
  if (words < 20 && most - second < 2) return fallback;
  return best;
}

}  // namespace

struct Extractor::Impl {
  std::string lang;      // the default
  std::string fallback;  // "auto" for a short text without clues
  std::map<std::string, std::shared_ptr<const Pack>, std::less<>> packs;
  std::vector<std::pair<std::string, std::unique_ptr<MentionSource>>> sources;  // language ("": all), source
};

void Extractor::add_source(std::unique_ptr<MentionSource> source, std::string lang) {
  impl_->sources.emplace_back(std::move(lang), std::move(source));
}

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::create(const Options& options) {
  std::unique_ptr<Extractor> x(new Extractor());
  x->impl_->lang = options.lang;
  x->impl_->fallback = options.fallback_lang;
  if (options.lang == kAutoLanguage && !options.pack_dir.empty())
    return Status::InvalidInput("a language pack folder needs the language it is for (--lang), not 'auto'");
  // The built-in packs are shared; the default language's is read afresh when the user adds to it.
  for (const std::string& lang : builtin_languages()) {
    KG_ASSIGN_OR_RETURN(x->impl_->packs[lang], builtin_pack(lang));
  }
  const bool user_files = !options.pack_dir.empty() || !options.lexicon_files.empty() || !options.rule_files.empty();
  if (options.lang == kAutoLanguage) {
    // The user's lexicons and rules join every pack: which one reads a document is known later.
    if (user_files) {
      for (const std::string& lang : builtin_languages()) {
        KG_ASSIGN_OR_RETURN(x->impl_->packs[lang], load_pack(lang, "", options.lexicon_files, options.rule_files));
      }
    }
  } else if (user_files) {
    KG_ASSIGN_OR_RETURN(x->impl_->packs[options.lang],
                        load_pack(options.lang, options.pack_dir, options.lexicon_files, options.rule_files));
  } else if (x->impl_->packs.find(options.lang) == x->impl_->packs.end()) {
    return Status::NotFound("no language pack for '" + options.lang + "'");
  }
  return x;
}

std::vector<std::string> Extractor::languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, pack] : impl_->packs) out.push_back(lang);
  return out;
}

namespace {

TokenizedText tokenized_view(const Text& t) {
  TokenizedText view;
  view.text = t.text;
  view.tokens.reserve(t.tokens.size());
  for (const Token& tok : t.tokens) view.tokens.push_back(tok.text);
  view.sentences.reserve(t.sentences.size());
  for (const Sentence& s : t.sentences) view.sentences.emplace_back(s.first, s.last);
  return view;
}

// Tokens and sentences of the normalised text, without the date line's words and a dateline's
// agency tag (dates.h); sets the document's date from the text when the input gave none.
Text read_text(const Pack& pack, std::string_view text, Document& doc) {
  std::size_t skip = 0;
  std::optional<std::string> written = document_date(text, pack.words, &skip);
  if (doc.date.empty() && written) doc.date = *written;
  Text t;
  t.text = text;
  t.tokens = tokenize(text, pack.words["abbreviation"]);
  std::erase_if(t.tokens, [&](const Token& tok) { return tok.start < skip; });
  for (std::pair<std::size_t, std::size_t> tag : dateline_tags(text, pack.words)) {
    // A place in capitals that the lexicon knows as a city stays: "BERLIN (dpa) -" reports from Berlin.
    if (const std::size_t paren = text.find('(', tag.first); paren > tag.first && paren < tag.second) {
      const std::string_view place = text.substr(tag.first, text.find_last_not_of(' ', paren - 1) + 1 - tag.first);
      const auto known = pack.lexicon.phrase(title_case(place));
      if (all_capitals(place) && known && pack.lexicon.entry(*known).cls == LexClass::kCity) tag.first = paren;
    }
    std::erase_if(t.tokens, [&](const Token& tok) { return tok.start >= tag.first && tok.end <= tag.second; });
    // A token the tag starts inside keeps its words before it: "Lima" of "Lima/dpa".
    for (Token& tok : t.tokens) {
      if (tok.start < tag.first && tok.end > tag.first && tok.end <= tag.second) {
        tok.end = tag.first;
        tok.text = text.substr(tok.start, tok.end - tok.start);
      }
    }
  }
  t.sentences = split_sentences(text, t.tokens, pack.words);
  return t;
}

// The document object's offsets and texts are the raw text's, which the user holds: "„Gipfel“"
// stays as written, and a span after it is not shifted by the quotes normalising made shorter.
void to_raw_offsets(const NormalizedText& normal, std::string_view raw, Document& doc) {
  if (normal.raw_at.empty()) return;
  auto map = [&](Span& span, std::string& text) {
    span.start = normal.raw_offset(span.start);
    span.end = normal.raw_offset(span.end);
    text = std::string(raw.substr(span.start, span.end - span.start));
  };
  for (Entity& e : doc.entities)
    for (Mention& m : e.mentions) map(m.span, m.text);
  for (Relation& r : doc.relations) map(r.evidence.span, r.evidence.text);
}

}  // namespace

TokenizedText tokenize_text(std::string_view normalized_text, std::string_view lang) {
  static const Pack empty;
  const Result<std::shared_ptr<const Pack>> builtin = builtin_pack(lang);
  const Pack* pack = builtin.ok() ? builtin->get() : &empty;
  Text t;
  t.text = normalized_text;
  t.tokens = tokenize(normalized_text, pack->words["abbreviation"]);
  t.sentences = split_sentences(normalized_text, t.tokens, pack->words);
  return tokenized_view(t);
}

Result<Document> Extractor::extract(const Input& input) const {
  if (auto bad = find_invalid_utf8(input.text)) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(*bad));
  }
  std::string lang = input.lang.empty() ? impl_->lang : input.lang;
  if (lang == kAutoLanguage) {
    lang = detect_language(input.text, impl_->packs, impl_->fallback);
    if (lang.empty()) {
      std::string known;
      for (const auto& [name, pack] : impl_->packs) known += (known.empty() ? "" : ", ") + name;
      return Status::InvalidInput("no language pack recognises the text (kg reads " + known + ")");
    }
  }
  auto it = impl_->packs.find(lang);
  if (it == impl_->packs.end() || !it->second) return Status::InvalidInput("no language pack for '" + lang + "'");
  const Pack& pack = *it->second;
  const NormalizedText normal = normalize_text_mapped(input.text);
  const std::string& text = normal.text;
  Document doc;
  doc.source = input.source;
  doc.lang = lang;
  doc.date = input.date;
  const Text t = read_text(pack, text, doc);
  std::vector<ProposedMention> proposals;
  std::optional<TokenizedText> view;
  for (const auto& [source_lang, source] : impl_->sources) {
    if (!source_lang.empty() && source_lang != lang) continue;
    if (!view) view = tokenized_view(t);
    std::vector<ProposedMention> more = source->propose(*view);
    proposals.insert(proposals.end(), more.begin(), more.end());
  }
  // (the end of the text's title line: its first sentence, when a line break follows it)
  std::size_t title_end = 0;
  if (!t.sentences.empty() && t.sentences[0].last > t.sentences[0].first) {
    const std::size_t end = t.tokens[t.sentences[0].last - 1].end;
    const std::size_t next = text.find_first_not_of(" \t", end);
    if (next == std::string::npos || text[next] == '\n') title_end = end;
  }
  const Mentions mentions = find_mentions(pack, t, std::move(proposals), doc.date);
  const Frame frame = make_frame(pack, t, mentions, doc.date, title_end);
  const std::vector<Rel> relations = find_relations(pack, t, mentions, frame);
  assemble(pack, t, mentions, frame, relations, doc);
  resolve_document(doc, pack, title_end);
  to_raw_offsets(normal, input.text, doc);
  doc.id = content_id(text);
  return doc;
}

}  // namespace kg::extract
