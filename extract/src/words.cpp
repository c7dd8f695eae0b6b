#include "words.h"

#include <algorithm>
#include <cctype>

namespace kg::extract {

void WordClass::add(std::string_view entry) {
  // (An entry of spaces only, such as a quoted " ", is no word.)
  if (entry.find_first_not_of(' ') == std::string_view::npos) return;
  entries_.emplace_back(entry);
  if (entry.size() > 1 && entry.front() == '*') {
    const auto z = static_cast<unsigned char>(entry.back());
    if (entry.size() == 2) {
      last_[z] = true;
    } else {
      const std::size_t bit = pair_bit(static_cast<unsigned char>(entry[entry.size() - 2]), z);
      end_pairs_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  } else {
    // (a word, a sequence's first word, a prefix without its "*")
    mark_start(entry.size() > 1 && entry.back() == '*' ? entry.substr(0, entry.size() - 1) : entry);
  }
  if (entry.find(' ') != std::string_view::npos) {
    std::vector<std::string> words;
    for (std::size_t at = 0; at < entry.size();) {
      std::size_t space = entry.find(' ', at);
      if (space == std::string_view::npos) space = entry.size();
      if (space > at) words.emplace_back(entry.substr(at, space - at));
      at = space + 1;
    }
    sequences_by_first_[words.front()].push_back(sequences_.size());
    sequences_.push_back(std::move(words));
    exact_.emplace(entry);
  } else if (entry.size() > 1 && entry.back() == '*') {
    prefixes_.emplace_back(entry.substr(0, entry.size() - 1));
  } else if (entry.size() > 1 && entry.front() == '*') {
    suffixes_.emplace_back(entry.substr(1));
  } else {
    exact_.emplace(entry);
  }
}

void WordClass::add_word(std::string_view word) {
  if (word.empty()) return;
  entries_.emplace_back(word);
  exact_.emplace(word);
  mark_start(word);
}

void WordClass::mark_start(std::string_view word) {
  const auto a = static_cast<unsigned char>(word.front());
  if (word.size() < 2 || word[1] == ' ') {
    short_[a] = true;
  } else {
    const std::size_t bit = pair_bit(a, static_cast<unsigned char>(word[1]));
    pairs_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

std::string_view WordClass::lookup(std::string_view word) const {
  if (may_start(word)) {
    if (auto it = exact_.find(word); it != exact_.end()) return *it;
    for (const std::string& p : prefixes_)
      if (word.size() >= p.size() && word.starts_with(p)) return p;
  }
  if (may_end(word))
    for (const std::string& s : suffixes_)
      if (word.size() > s.size() && word.ends_with(s)) return s;
  return {};
}

std::size_t WordClass::match(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const {
  if (i >= end || entries_.empty()) return 0;
  const std::string_view w = tokens[i].text;
  if (w.empty() || !may_hold(w)) return 0;
  std::size_t best = 0;
  auto try_sequence = [&](const std::vector<std::string>& seq) {
    if (seq.size() <= best || i + seq.size() > end) return;
    bool ok = true;
    for (std::size_t k = 0; k < seq.size() && ok; ++k) ok = tokens[i + k].text == seq[k];
    if (ok) best = seq.size();
  };
  if (sequences_.size() <= kSequencesScanned) {
    for (const std::vector<std::string>& seq : sequences_) try_sequence(seq);
  } else if (auto starting = sequences_by_first_.find(w); starting != sequences_by_first_.end()) {
    for (const std::size_t n : starting->second) try_sequence(sequences_[n]);
  }
  if (best == 0 && has(tokens[i].text)) best = 1;
  return best;
}

std::size_t WordClass::find(const std::vector<Token>& tokens, std::size_t first, std::size_t last) const {
  if (entries_.empty()) return last;
  for (std::size_t i = first; i < last; ++i) {
    const std::string_view w = tokens[i].text;
    if (w.empty() || !may_hold(w)) continue;  // (most tokens: no call, no hashing)
    if (match(tokens, i, last) > 0) return i;
  }
  return last;
}

int WordClass::position(std::string_view word) const {
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i] == word) return static_cast<int>(i) + 1;
  return 0;
}

std::string_view WordClass::ending_of(std::string_view word, std::size_t min_rest) const {
  std::string_view best;
  for (const std::string& e : entries_)
    if (e.size() > best.size() && word.size() >= e.size() + min_rest && word.ends_with(e)) best = e;
  return best;
}

const WordClass& WordClasses::operator[](std::string_view name) const {
  static const WordClass kEmpty;
  auto it = classes_.find(name);
  return it == classes_.end() ? kEmpty : it->second;
}

const WordClass& WordClasses::word_set(const std::vector<std::string>& words) {
  std::string key;  // (joined by a newline, which no token holds)
  for (const std::string& w : words) (key += w) += '\n';
  auto [it, created] = word_sets_.try_emplace(key);
  if (created)
    for (const std::string& w : words) it->second.add_word(w);
  return it->second;
}

void WordClasses::index() {
  indexed_ = 0;
  by_word_.clear();
  for (auto& bucket : prefixes_) bucket.clear();
  for (auto& bucket : suffixes_) bucket.clear();
  std::vector<WordClass*> all;
  for (auto& [name, cls] : classes_) all.push_back(&cls);
  for (auto& [words, cls] : word_sets_) all.push_back(&cls);
  for (WordClass* c : all) {
    WordClass& cls = *c;
    if (cls.entries_.empty()) continue;
    const auto n = static_cast<std::uint32_t>(indexed_++);
    cls.number_ = n;
    for (const std::string& w : cls.exact_)
      if (w.find(' ') == std::string::npos) by_word_[w].words.push_back(n);
    for (const std::vector<std::string>& seq : cls.sequences_) by_word_[seq.front()].sequences.emplace_back(n, &seq);
    for (const std::string& p : cls.prefixes_) prefixes_[static_cast<unsigned char>(p.front())].emplace_back(p, n);
    for (const std::string& x : cls.suffixes_) suffixes_[static_cast<unsigned char>(x.back())].emplace_back(x, n);
  }
}

void WordClasses::first_tokens(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                               std::vector<std::uint32_t>* out) const {
  const auto none = static_cast<std::uint32_t>(last);
  out->assign(indexed_, none);
  auto seen = [&](std::uint32_t cls, std::size_t i) {
    std::uint32_t& at = (*out)[cls];
    if (at == none) at = static_cast<std::uint32_t>(i);
  };
  for (std::size_t i = first; i < last; ++i) {
    const std::string_view w = tokens[i].text;
    if (w.empty()) continue;
    if (auto it = by_word_.find(w); it != by_word_.end()) {
      for (const std::uint32_t cls : it->second.words) seen(cls, i);
      for (const auto& [cls, seq] : it->second.sequences) {
        if (i + seq->size() > last) continue;
        bool ok = true;
        for (std::size_t k = 1; k < seq->size() && ok; ++k) ok = tokens[i + k].text == (*seq)[k];
        if (ok) seen(cls, i);
      }
    }
    for (const auto& [p, cls] : prefixes_[static_cast<unsigned char>(w.front())])
      if (w.starts_with(p)) seen(cls, i);
    for (const auto& [x, cls] : suffixes_[static_cast<unsigned char>(w.back())])
      if (w.size() > x.size() && w.ends_with(x)) seen(cls, i);
  }
}

std::vector<std::string> WordClasses::names() const {
  std::vector<std::string> out;
  for (const auto& [name, cls] : classes_) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

bool headed_by(std::string_view word, std::string_view head) {
  if (word == head) return true;
  if (head.size() < 4 || word.size() <= head.size() || !word.ends_with(head.substr(1))) return false;
  const char before = word[word.size() - head.size() - 1], first = word[word.size() - head.size()];
  if (first == head[0] && (before == ' ' || before == '-')) return true;  // "leaders' meeting", "EU-Gipfel"
  return std::isupper(static_cast<unsigned char>(head[0])) &&
         first == static_cast<char>(std::tolower(static_cast<unsigned char>(head[0])));  // "Jahreskonferenz"
}

}  // namespace kg::extract
