// The NER tagger: an averaged structured perceptron over hashed features with first-order
// Viterbi decoding.
//
// Why a perceptron and not a CRF: on GermEval-sized data the two reach about the same F1 with the
// same features (the CRF's edge is calibrated probabilities, which kg does not use), while the
// perceptron trains in seconds without a numerical optimiser and its averaged weights quantise to
// 8-bit integers without loss we can measure (dev F1 66.9 with 8 bits, 66.7 with 16). Tagging is
// then integer additions over a few dozen 16-byte feature rows per token plus a 9-state Viterbi:
// the speed the issue asks for, with the rows (2 MB at 17 bits) mostly in cache.
//
// Model file, format version 5 (all integers little-endian):
//   magic      8 bytes  "KGNER\0\0\1"
//   version    u32      5 (version 4 files, without the language, are read as German)
//   labels     u32      9 (O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-OTH, I-OTH)
//   bits       u32      log2 of the number of feature rows (10..24)
//   dict_bits  u32      log2 of the common-noun bit set's size in bits (0: none)
//   language   4 bytes  the language code, zero-padded ("de\0\0"; since version 5): its built-in
//                       pack's lexicon gives the lexicon-class feature
//   trans      i32[10*9]  transition scores; row 9 is the start of the sentence
//   dict       (2^dict_bits / 8) bytes: bit h set if a dictionary noun hashes to h
//   clusters   u32 count, then count × (u64 FNV-1a of a word, u16 its cluster), sorted by hash
//   lists      u32 count, then count × (u64 lower-case hash of a word, u8 bit i set when word
//              list i holds it), sorted by hash (since version 3; at most 8 lists)
//   present    (2^bits / 8) bytes: bit r set if feature row r is stored
//   rows       i8[9] per present row, in row order (version 4; i16 before)
//   checksum   u64      FNV-1a 64 of every byte before it
// Weights are the averaged perceptron weights times one scale (the largest becomes 127), rounded;
// transitions use the same scale in 32 bits; rows whose weights all round to zero are not stored.
#include "kg/extract/ner.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <numeric>
#include <optional>
#include <random>
#include <sstream>
#include <unordered_map>

#include "kg/core/schema.h"
#include "lexicon.h"
#include "pack.h"

namespace kg::extract {
namespace {

constexpr int kLabels = 9;
// The largest transition score a model file may carry (trained ones stay within a few hundred).
constexpr std::int32_t kMaxTransition = 1 << 20;
constexpr std::array<const char*, kLabels> kLabelNames = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                                          "B-LOC", "I-LOC", "B-OTH", "I-OTH"};
constexpr char kMagic[8] = {'K', 'G', 'N', 'E', 'R', 0, 0, 1};
constexpr std::uint32_t kVersion = 5;

int label_index(std::string_view tag) {
  for (int i = 0; i < kLabels; ++i)
    if (tag == kLabelNames[static_cast<std::size_t>(i)]) return i;
  return 0;
}

// I-X may only follow B-X or I-X.
bool allowed(int prev, int next) {
  if (next == 0 || next % 2 == 1) return true;
  return prev == next || prev == next - 1;
}

// The transitions (10 rows of 9: from each label, and row 9 from the sentence start) with the
// forbidden ones set to `forbidden`.
template <typename Score>
std::array<Score, 10 * kLabels> fold(const Score* trans, Score forbidden) {
  std::array<Score, 10 * kLabels> out{};
  for (int p = 0; p < 10; ++p)
    for (int y = 0; y < kLabels; ++y)
      out[static_cast<std::size_t>(p * kLabels + y)] = allowed(p == 9 ? 0 : p, y) ? trans[p * kLabels + y] : forbidden;
  return out;
}

// First-order Viterbi over n tokens: emit(i, y) scores label y at token i, `trans` comes from
// fold(). Writes the best labels into `labels`.
template <typename Score, typename Emit>
void viterbi(std::size_t n, const Emit& emit, const std::array<Score, 10 * kLabels>& trans, std::vector<int>* labels) {
  labels->assign(n, 0);
  if (n == 0) return;
  thread_local std::vector<std::array<std::uint8_t, kLabels>> back;
  back.resize(n);
  std::array<Score, kLabels> best{}, next{};
  for (int y = 0; y < kLabels; ++y)
    best[static_cast<std::size_t>(y)] = trans[static_cast<std::size_t>(9 * kLabels + y)] + emit(0, y);
  for (std::size_t i = 1; i < n; ++i) {
    for (int y = 0; y < kLabels; ++y) {
      Score top = best[0] + trans[static_cast<std::size_t>(y)];
      int arg = 0;
      for (int p = 1; p < kLabels; ++p) {
        const Score v = best[static_cast<std::size_t>(p)] + trans[static_cast<std::size_t>(p * kLabels + y)];
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      next[static_cast<std::size_t>(y)] = top + emit(i, y);
      back[i][static_cast<std::size_t>(y)] = static_cast<std::uint8_t>(arg);
    }
    // Shifted so that the best is 0: the argmax is the same, and scores stay within one step's
    // range however long the sentence (integer scores never overflow).
    const Score shift = *std::max_element(next.begin(), next.end());
    for (Score& v : next) v -= shift;
    best = next;
  }
  int y = 0;
  for (int c = 1; c < kLabels; ++c)
    if (best[static_cast<std::size_t>(c)] > best[static_cast<std::size_t>(y)]) y = c;
  for (std::size_t i = n; i-- > 0;) {
    (*labels)[i] = y;
    if (i > 0) y = back[i][static_cast<std::size_t>(y)];
  }
}

std::uint64_t fnv(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2));
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 29);
}

// FNV-1a of the word lower-cased (ASCII and the Latin-1 capitals À–Þ; enough for features).
std::uint64_t lower_hash(std::string_view w) {
  std::uint64_t h = 1469598103934665603ULL;
  for (std::size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    h = (h ^ c) * 1099511628211ULL;
    if (c == 0xC3 && i + 1 < w.size()) {
      unsigned char d = static_cast<unsigned char>(w[++i]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d = static_cast<unsigned char>(d + 0x20);
      h = (h ^ d) * 1099511628211ULL;
    }
  }
  return h;
}

// The hash of the word's shape ("Xxxx", "XX", "d.d", "Xx-Xxx": letters, digits and the rest,
// runs longer than two collapsed).
std::uint64_t shape_hash(std::string_view w) {
  std::uint64_t h = 1469598103934665603ULL;
  char last = 0, before = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c == 0xC3 && i + 1 < w.size()) {
      unsigned char d = static_cast<unsigned char>(w[++i]);
      k = d < 0xA0 ? 'X' : 'x';
    } else if (c >= 0x80) {
      while (i + 1 < w.size() && (static_cast<unsigned char>(w[i + 1]) & 0xC0) == 0x80) ++i;
      k = 'x';
    } else {
      k = static_cast<char>(c);
    }
    if (k == last && k == before) continue;
    before = last;
    last = k;
    h = (h ^ static_cast<unsigned char>(k)) * 1099511628211ULL;
  }
  return h;
}

bool upper_initial(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) < 0xA0);
}

// The lexicon of a model's language: its built-in pack's (none for a language kg has no pack for).
const Lexicon* builtin_lexicon(std::string_view lang) {
  auto pack = builtin_pack(lang);
  return pack.ok() ? &(*pack)->lexicon : nullptr;
}

// The lexicon class of a word: 1 + LexClass, or 0 when the lexicons do not know it.
std::uint64_t lexicon_class(const Lexicon* lexicon, std::string_view w) {
  if (lexicon == nullptr) return 0;
  const Lexicon& lex = *lexicon;
  if (auto e = lex.word(w)) return 1 + static_cast<std::uint64_t>(lex.entry(*e).cls);
  if (lex.is_given_name(w)) return 1 + static_cast<std::uint64_t>(LexClass::kGiven);
  if (lex.is_noun(w)) return 1 + static_cast<std::uint64_t>(LexClass::kNoun);
  return 0;
}

// A map from 64-bit word hashes to small values as an open-addressing table (hash 0 marks a free
// slot; a word hashing to 0 is stored as 1).
template <typename V>
class WordTable {
 public:
  void assign(const std::vector<std::pair<std::uint64_t, V>>& entries) {
    std::size_t size = 16;
    while (size < 2 * entries.size()) size *= 2;
    slots_.assign(entries.empty() ? 0 : size, {0, V{}});
    for (const auto& [h, v] : entries) {
      std::size_t i = key(h) & (size - 1);
      while (slots_[i].first != 0 && slots_[i].first != key(h)) i = (i + 1) & (size - 1);
      slots_[i] = {key(h), v};
    }
  }
  V find(std::uint64_t h, V missing) const {
    if (slots_.empty()) return missing;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = key(h) & mask;; i = (i + 1) & mask) {
      if (slots_[i].first == key(h)) return slots_[i].second;
      if (slots_[i].first == 0) return missing;
    }
  }
  // In the file: u32 count, then count × (u64 hash, V), sorted by hash.
  void write(std::string* out) const {
    std::vector<std::pair<std::uint64_t, V>> sorted;
    for (const auto& slot : slots_)
      if (slot.first != 0) sorted.push_back(slot);
    std::sort(sorted.begin(), sorted.end());
    const auto count = static_cast<std::uint32_t>(sorted.size());
    out->append(reinterpret_cast<const char*>(&count), 4);
    for (const auto& [h, v] : sorted) {
      out->append(reinterpret_cast<const char*>(&h), 8);
      out->append(reinterpret_cast<const char*>(&v), sizeof(V));
    }
  }
  // Reads what write() wrote from b[*at, end); false when it does not fit.
  bool read(std::string_view b, std::size_t* at, std::size_t end) {
    std::uint32_t count;
    if (*at + 4 > end) return false;
    std::memcpy(&count, b.data() + *at, 4);
    *at += 4;
    constexpr std::size_t kEntry = 8 + sizeof(V);
    if (count > (end - *at) / kEntry) return false;
    std::vector<std::pair<std::uint64_t, V>> entries(count);
    for (auto& [h, v] : entries) {
      std::memcpy(&h, b.data() + *at, 8);
      std::memcpy(&v, b.data() + *at + 8, sizeof(V));
      *at += kEntry;
    }
    assign(entries);
    return true;
  }

 private:
  static std::uint64_t key(std::uint64_t h) { return h == 0 ? 1 : h; }
  std::vector<std::pair<std::uint64_t, V>> slots_;
};

}  // namespace

struct NerTagger::Model {
  std::string lang = "de";
  const Lexicon* lexicon = builtin_lexicon("de");  // of lang; the pack outlives every model
  int bits = 15;
  int dict_bits = 0;
  std::vector<std::int32_t> trans = std::vector<std::int32_t>(10 * kLabels, 0);
  std::vector<std::uint8_t> dict;     // bit set
  WordTable<std::uint16_t> clusters;  // word hash → cluster
  WordTable<std::uint8_t> lists;      // lower-case word hash → bit mask of the word lists holding it
  std::uint64_t cluster_of(std::uint64_t word_hash) const { return clusters.find(word_hash, 0xFFFF); }
  // The weight rows, 2^bits of them, each padded to 16 lanes (one aligned 16-byte load, the adds
  // vectorise; lanes 9..15 stay zero), and the transitions with the forbidden ones (I-X after
  // anything but X) folded in.
  static constexpr int kStride = 16;
  struct alignas(16) Row {
    std::int8_t v[kStride];
  };
  std::vector<Row> lanes;
  std::array<std::int32_t, 10 * kLabels> allowed_trans{};
  std::uint64_t mask() const { return (std::uint64_t{1} << bits) - 1; }

  bool in_dictionary_hash(std::uint64_t lower_word_hash) const {
    if (dict_bits == 0) return false;
    std::uint64_t h = lower_word_hash & ((std::uint64_t{1} << dict_bits) - 1);
    return (dict[h >> 3] >> (h & 7)) & 1;
  }

  // What the features use of one word (hashes, lexicon class, cluster, lists), computed once per
  // word; sentence padding has its own values.
  struct WordView {
    std::uint64_t word, low, shp, cls, suf, clu, lst;
    bool cap;
  };
  WordView describe(std::string_view w) const {
    WordView v;
    v.word = fnv(w);
    v.low = lower_hash(w);
    v.suf = w.size() > 3 ? fnv(w.substr(w.size() - 3)) : v.word;
    v.clu = cluster_of(v.word);
    v.lst = lists.find(v.low, 0);
    v.shp = shape_hash(w);
    v.cls = lexicon_class(lexicon, w);
    v.cap = upper_initial(w);
    return v;
  }
  // Padding's cluster and list values lie outside every real cluster (u16) and list mask (u8).
  static constexpr std::uint64_t kPaddingCluster = 0x10000, kPaddingLists = 0x100;
  static WordView padding(bool before) {
    const std::uint64_t h = fnv(before ? "<s>" : "</s>");
    return {h, h, h, 99, h, kPaddingCluster, kPaddingLists, false};
  }
  static bool listed(std::uint64_t mask) { return mask != 0 && mask != kPaddingLists; }

  // The feature rows: kLocal depend on the word alone (the tagger caches their sum per word),
  // kContext on its neighbours and position. Row 0 is the absent feature: never trained, its
  // weights stay zero.
  static constexpr int kLocal = 16, kContext = 26, per = kLocal + kContext;
  // The sum of `count` rows' lanes added to `out` (summed in a local array: a store through
  // `out` could alias the int8 lanes, which would keep the loop from vectorising).
  template <typename T>
  void add_rows(const std::uint32_t* rows, int count, T* out) const {
    T sum[kStride];
    std::copy(out, out + kStride, sum);
    for (int j = 0; j < count; ++j) {
      const std::int8_t* lane = lanes[rows[j]].v;
      for (int y = 0; y < kStride; ++y) sum[y] = static_cast<T>(sum[y] + lane[y]);
    }
    std::copy(sum, sum + kStride, out);
  }
  struct RowWriter {
    std::uint32_t* f;
    std::uint64_t mask;
    void put(std::uint64_t tmpl, std::uint64_t value) {
      const std::uint32_t row = static_cast<std::uint32_t>(mix(tmpl, value) & mask);
      *f++ = row == 0 ? 1 : row;
    }
    void put_if(bool present, std::uint64_t tmpl, std::uint64_t value) {
      if (present)
        put(tmpl, value);
      else
        *f++ = 0;
    }
  };
  void local_rows(std::string_view w, const WordView& v, std::uint32_t* f) const {
    RowWriter r{f, mask()};
    r.put(0, 0);
    r.put(1, v.word);
    r.put(2, v.low);
    for (std::size_t s = 1; s <= 4; ++s) r.put(6 + s, s <= w.size() ? fnv(w.substr(w.size() - s)) : 0);
    for (std::size_t s = 1; s <= 3; ++s) r.put(10 + s, s <= w.size() ? fnv(w.substr(0, s)) : 0);
    r.put(14, v.shp);
    r.put(19, v.cls);
    r.put(27, w.size() > 6 ? fnv(w.substr(w.size() - 6)) : 1);
    r.put(34, v.clu);
    r.put_if(listed(v.lst), 38, v.lst);
    r.put_if(listed(v.lst), 41, mix(v.lst, v.cap));
  }
  // The context rows of one neighbour alone: those a word gives the token k places after it
  // (k = 2, 1) or before it (k = -1, -2), near[] in that order. They depend on that one word, so
  // the tagger sums them once per word; context_rows is these plus the rows that join words.
  static constexpr int kNearOffsets[4] = {-2, -1, 1, 2};
  static constexpr int kNearRows[4] = {1, 6, 6, 1};
  static constexpr int kJoinRows = 12;
  static_assert(kNearRows[0] + kNearRows[1] + kNearRows[2] + kNearRows[3] + kJoinRows == kContext);
  // The lanes of the rows a word gives its neighbours, one sum per offset of kNearOffsets (at
  // most 6 rows of ±127: 16 bits hold them).
  using NearSums = std::array<std::array<std::int16_t, kStride>, 4>;
  NearSums near_sums(const WordView& u) const {
    NearSums out{};
    for (std::size_t k = 0; k < 4; ++k) {
      std::uint32_t rows[6];
      RowWriter r{rows, mask()};
      near_rows(u, kNearOffsets[k], r);
      add_rows(rows, kNearRows[k], out[k].data());
    }
    return out;
  }
  // The sums the sentence padding gives its neighbours (before the sentence, after it).
  std::array<NearSums, 2> padding_near{};
  // What tagging derives from the weights, once they are set (trained or read): the transitions
  // with the forbidden ones folded in, the padding's neighbour sums.
  void prepare() {
    allowed_trans = fold<std::int32_t>(trans.data(), -(1 << 28));
    padding_near = {near_sums(padding(true)), near_sums(padding(false))};
  }
  // The six rows of the word right before (or after) the token, by their templates' numbers (the
  // model's: lower-case word, shape, lexicon class, suffix, cluster, word lists).
  static constexpr std::array<std::uint64_t, 6> kBefore = {3, 15, 20, 30, 35, 39}, kAfter = {4, 16, 21, 31, 36, 40};
  void near_rows(const WordView& u, int offset, RowWriter& r) const {
    if (offset == -2 || offset == 2) {
      r.put(offset < 0 ? 5 : 6, u.low);
      return;
    }
    const std::array<std::uint64_t, 6>& t = offset < 0 ? kBefore : kAfter;
    r.put(t[0], u.low);
    r.put(t[1], u.shp);
    r.put(t[2], u.cls);
    r.put(t[3], u.suf);
    r.put(t[4], u.clu);
    r.put_if(listed(u.lst), t[5], u.lst);
  }
  // The context rows that join the token with a neighbour or tell its position; `v` points at
  // token i's view inside an array padded with two views on either side.
  void join_rows(const WordView* v, std::size_t i, std::size_t n, RowWriter& r) const {
    r.put(17, mix(v[-1].shp, v[0].shp));
    r.put(18, i == 0 ? 0 : i == 1 ? 1 : i + 1 == n ? 2 : 3);
    r.put(22, mix(v[-1].cls, v[0].low));
    r.put(23, (v[0].cap ? 2 : 0) + (in_dictionary_hash(v[0].low) ? 1 : 0) + (i == 0 ? 4 : 0));
    r.put(24, mix(v[-1].low, v[0].low));
    r.put(25, mix(v[0].low, v[1].low));
    r.put(26, mix(v[-2].cls, v[-1].cls));
    r.put(28, mix(v[0].shp, v[1].shp));
    r.put(29, mix(v[1].cls, v[2].cls));
    r.put(32, mix(v[-1].low, v[0].shp));
    r.put(33, mix(mix(v[-1].shp, v[0].shp), v[1].shp));
    r.put(37, mix(v[-1].clu, v[0].clu));
  }
  // Every context row of token i (training): the neighbours' own rows, then the joining ones.
  void context_rows(const WordView* v, std::size_t i, std::size_t n, std::uint32_t* f) const {
    RowWriter r{f, mask()};
    for (int offset : kNearOffsets) near_rows(v[offset], offset, r);
    join_rows(v, i, n, r);
  }
  // Every row of every token (training): `per` rows per token.
  void features(const std::vector<std::string_view>& tokens, std::vector<std::uint32_t>* out) const {
    const std::size_t n = tokens.size();
    std::vector<WordView> views;
    views.reserve(n + 4);
    views.push_back(padding(true));
    views.push_back(padding(true));
    for (std::string_view w : tokens) views.push_back(describe(w));
    views.push_back(padding(false));
    views.push_back(padding(false));
    out->resize(n * per);
    for (std::size_t i = 0; i < n; ++i) {
      local_rows(tokens[i], views[i + 2], out->data() + i * per);
      context_rows(&views[i + 2], i, n, out->data() + i * per + kLocal);
    }
  }

  // A unique number per model, so that a thread's word cache knows whose sums it holds.
  const std::uint64_t id = [] {
    static std::atomic<std::uint64_t> next{1};
    return next++;
  }();

  // Per thread, the words tagged last with their views and the sum of their local rows; cleared
  // when another model tags or when half full (words repeat: most tokens hit).
  struct WordCache {
    static constexpr std::size_t kSlots = 8192;
    struct Entry {
      std::uint64_t hash = 0;
      std::uint32_t offset = 0, size = 0;
      WordView view;
      std::array<std::int32_t, kStride> local;
      NearSums near;
    };
    std::uint64_t model = 0;
    std::size_t used = 0;
    std::vector<Entry> slots = std::vector<Entry>(kSlots);
    std::string words;
    void clear(std::uint64_t for_model) {
      model = for_model;
      used = 0;
      words.clear();
      for (Entry& e : slots) e.hash = 0;
    }
    // The entry of word `w` under model `m`, computed on a miss.
    const Entry& get(const Model& m, std::string_view w) {
      if (model != m.id) clear(m.id);
      const std::uint64_t h = fnv(w) | 1;
      auto probe = [&] {
        std::size_t at = h & (kSlots - 1);
        while (slots[at].hash != 0 &&
               !(slots[at].hash == h && std::string_view(words).substr(slots[at].offset, slots[at].size) == w))
          at = (at + 1) & (kSlots - 1);
        return at;
      };
      std::size_t at = probe();
      if (slots[at].hash != 0) return slots[at];
      if (used * 2 >= kSlots) {
        clear(m.id);
        at = probe();
      }
      Entry& e = slots[at];
      e.hash = h;
      e.offset = static_cast<std::uint32_t>(words.size());
      e.size = static_cast<std::uint32_t>(w.size());
      words += w;
      e.view = m.describe(w);
      std::uint32_t rows[kLocal];
      m.local_rows(w, e.view, rows);
      e.local.fill(0);
      m.add_rows(rows, kLocal, e.local.data());
      e.near = m.near_sums(e.view);
      ++used;
      return e;
    }
  };
};

NerTagger::NerTagger() : model_(std::make_unique<Model>()) {}
NerTagger::~NerTagger() = default;

std::vector<std::string> NerTagger::tag(const std::vector<std::string_view>& tokens) const {
  std::vector<std::string> out;
  if (tokens.empty()) return out;
  const Model& m = *model_;
  const std::size_t n = tokens.size();
  thread_local Model::WordCache cache;
  thread_local std::vector<Model::WordView> views;
  thread_local std::vector<Model::NearSums> near;
  thread_local std::vector<std::array<std::int32_t, Model::kStride>> emit;
  // Per token: its view, the sum of its own rows and the sums of the rows it gives its
  // neighbours (all cached per word), with two padding views on either side.
  const Model::WordView before = Model::padding(true), after = Model::padding(false);
  const Model::NearSums &before_near = m.padding_near[0], &after_near = m.padding_near[1];
  views.assign(2, before);
  near.assign(2, before_near);
  emit.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Model::WordCache::Entry& e = cache.get(m, tokens[i]);
    emit[i] = e.local;
    views.push_back(e.view);
    near.push_back(e.near);
  }
  for (int k = 0; k < 2; ++k) {
    views.push_back(after);
    near.push_back(after_near);
  }
  // Emission scores: the token's own sum, what each neighbour gives it (its sum for the offset it
  // stands at), and the rows that join words, looked up per token.
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t e[Model::kStride];
    std::copy(emit[i].begin(), emit[i].end(), e);
    for (std::size_t k = 0; k < 4; ++k) {
      const std::size_t at = i + 2 + static_cast<std::size_t>(static_cast<std::ptrdiff_t>(Model::kNearOffsets[k]));
      const std::int16_t* s = near[at][k].data();
      for (int y = 0; y < Model::kStride; ++y) e[y] += s[y];
    }
    std::uint32_t rows[Model::kJoinRows];
    Model::RowWriter r{rows, m.mask()};
    m.join_rows(&views[i + 2], i, n, r);
    m.add_rows(rows, Model::kJoinRows, e);
    std::copy(e, e + Model::kStride, emit[i].begin());
  }
  thread_local std::vector<int> labels;
  viterbi<std::int32_t>(
      n, [&](std::size_t i, int y) { return emit[i][static_cast<std::size_t>(y)]; }, m.allowed_trans, &labels);
  out.reserve(n);
  for (int y : labels) out.emplace_back(kLabelNames[static_cast<std::size_t>(y)]);
  return out;
}

// --- training -------------------------------------------------------------------------------

// Word clusters from running text: each word of the 50,000 most frequent (seen at least three
// times) is described by its left and right neighbours among the 1,000 most frequent words
// (square-rooted counts, unit length), and spherical k-means (centroids seeded evenly along the
// frequency ranking, so the result is deterministic) groups words that occur in the same company.
static std::vector<std::pair<std::uint64_t, std::uint16_t>> cluster_words(
    const std::vector<const std::vector<std::string>*>& sentences, int k) {
  std::unordered_map<std::string_view, std::size_t> count;
  for (const auto* s : sentences)
    for (const std::string& w : *s) ++count[w];
  std::vector<std::pair<std::string_view, std::size_t>> ranked(count.begin(), count.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  constexpr std::size_t kContext = 1000, kWords = 50000;
  std::unordered_map<std::string_view, std::uint32_t> context, index;
  for (std::size_t i = 0; i < ranked.size() && i < kContext; ++i)
    context[ranked[i].first] = static_cast<std::uint32_t>(i);
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < ranked.size() && words.size() < kWords && ranked[i].second >= 3; ++i) {
    index[ranked[i].first] = static_cast<std::uint32_t>(words.size());
    words.push_back(ranked[i].first);
  }
  if (words.size() < static_cast<std::size_t>(k)) return {};
  std::vector<std::unordered_map<std::uint32_t, float>> counts(words.size());
  for (const auto* s : sentences) {
    for (std::size_t i = 0; i < s->size(); ++i) {
      auto w = index.find((*s)[i]);
      if (w == index.end()) continue;
      if (i > 0)
        if (auto c = context.find((*s)[i - 1]); c != context.end()) counts[w->second][c->second] += 1;
      if (i + 1 < s->size())
        if (auto c = context.find((*s)[i + 1]); c != context.end())
          counts[w->second][static_cast<std::uint32_t>(kContext) + c->second] += 1;
    }
  }
  const std::size_t dims = 2 * kContext;
  std::vector<std::vector<std::pair<std::uint32_t, float>>> vec(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) {
    double norm = 0;
    for (const auto& [d, c] : counts[w]) {
      vec[w].emplace_back(d, std::sqrt(c));
      norm += c;
    }
    std::sort(vec[w].begin(), vec[w].end());
    const float inv = norm > 0 ? static_cast<float>(1 / std::sqrt(norm)) : 0;
    for (auto& e : vec[w]) e.second *= inv;
  }
  std::vector<float> centroid(static_cast<std::size_t>(k) * dims, 0);
  for (int c = 0; c < k; ++c)
    for (const auto& [d, v] : vec[static_cast<std::size_t>(c) * words.size() / static_cast<std::size_t>(k)])
      centroid[static_cast<std::size_t>(c) * dims + d] = v;
  std::vector<std::uint16_t> assign(words.size(), 0);
  for (int round = 0; round < 10; ++round) {
    for (std::size_t w = 0; w < words.size(); ++w) {
      float best = -1;
      for (int c = 0; c < k; ++c) {
        const float* cen = centroid.data() + static_cast<std::size_t>(c) * dims;
        float dot = 0;
        for (const auto& [d, v] : vec[w]) dot += cen[d] * v;
        if (dot > best) {
          best = dot;
          assign[w] = static_cast<std::uint16_t>(c);
        }
      }
    }
    std::vector<float> next(centroid.size(), 0);
    std::vector<std::size_t> members(static_cast<std::size_t>(k), 0);
    for (std::size_t w = 0; w < words.size(); ++w) {
      ++members[assign[w]];
      for (const auto& [d, v] : vec[w]) next[static_cast<std::size_t>(assign[w]) * dims + d] += v;
    }
    for (int c = 0; c < k; ++c) {
      float* n = next.data() + static_cast<std::size_t>(c) * dims;
      if (members[static_cast<std::size_t>(c)] == 0) {
        std::copy(centroid.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(c) * dims),
                  centroid.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(c + 1) * dims), n);
        continue;
      }
      double norm = 0;
      for (std::size_t d = 0; d < dims; ++d) norm += double(n[d]) * n[d];
      const float inv = norm > 0 ? static_cast<float>(1 / std::sqrt(norm)) : 0;
      for (std::size_t d = 0; d < dims; ++d) n[d] *= inv;
    }
    centroid.swap(next);
  }
  std::vector<std::pair<std::uint64_t, std::uint16_t>> out;
  for (std::size_t w = 0; w < words.size(); ++w) out.emplace_back(fnv(words[w]), assign[w]);
  return out;
}

// Gazetteers read off tagged text: the capitalised words that occur inside PER (bit 0), ORG
// (bit 1) or LOC (bit 2) spans at least half of the times they occur at all, keyed by their
// lower-case hash.
static std::unordered_map<std::uint64_t, std::uint8_t> entity_words(const std::vector<NerSentence>& tagged) {
  std::unordered_map<std::string_view, std::array<std::size_t, 4>> seen;  // total, in PER, ORG, LOC
  for (const NerSentence& s : tagged)
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      auto& c = seen[s.tokens[i]];
      ++c[0];
      const std::string_view tag = s.tags[i];
      for (std::size_t t = 0; t < 3; ++t)
        if (tag.size() > 2 && tag.substr(2) == kNerTypes[t]) ++c[t + 1];
    }
  std::unordered_map<std::uint64_t, std::uint8_t> out;
  for (const auto& [word, c] : seen) {
    if (word.size() < 2 || !upper_initial(word)) continue;
    for (std::size_t t = 0; t < 3; ++t)
      if (2 * c[t + 1] >= c[0]) out[lower_hash(word)] |= static_cast<std::uint8_t>(1u << t);
  }
  return out;
}

class NerTrainer {
 public:
  static Result<std::unique_ptr<NerTagger>> run(const std::vector<NerSentence>& sentences, const NerTrainOptions& o) {
    if (o.bucket_bits < 10 || o.bucket_bits > 24) return Status::InvalidInput("bucket bits must lie in 10..24");
    if (o.epochs < 1) return Status::InvalidInput("epochs must be at least 1");
    auto tagger = std::unique_ptr<NerTagger>(new NerTagger());
    NerTagger::Model& m = *tagger->model_;
    m.bits = o.bucket_bits;
    if (o.lang.empty() || o.lang.size() > 4) return Status::InvalidInput("a model's language is a code of 1-4 letters");
    m.lang = o.lang;
    m.lexicon = builtin_lexicon(o.lang);
    if (!o.dictionary.empty()) {
      m.dict_bits = 21;
      m.dict.assign((std::size_t{1} << m.dict_bits) / 8, 0);
      for (const std::string& w : o.dictionary) {
        // Capitalised dictionary words: common nouns mostly.
        if (!upper_initial(w)) continue;
        std::uint64_t h = lower_hash(w) & ((std::uint64_t{1} << m.dict_bits) - 1);
        m.dict[h >> 3] = static_cast<std::uint8_t>(m.dict[h >> 3] | (1u << (h & 7)));
      }
    }
    const std::size_t first_file = o.gazetteer_source.empty() ? 0 : 3;
    if (first_file + o.word_lists.size() > 8)
      return Status::InvalidInput("at most 8 word lists (5 with gazetteers from tagged text)");
    std::unordered_map<std::uint64_t, std::uint8_t> listed;
    if (!o.gazetteer_source.empty()) listed = entity_words(o.gazetteer_source);
    for (std::size_t i = 0; i < o.word_lists.size(); ++i)
      for (const std::string& entry : o.word_lists[i]) {
        std::istringstream words(entry);
        for (std::string w; words >> w;)
          if (upper_initial(w)) listed[lower_hash(w)] |= static_cast<std::uint8_t>(1u << (first_file + i));
      }
    m.lists.assign({listed.begin(), listed.end()});
    if (o.clusters > 0) {
      std::vector<const std::vector<std::string>*> text;
      for (const NerSentence& s : sentences) text.push_back(&s.tokens);
      for (const auto& s : o.unlabeled) text.push_back(&s);
      m.clusters.assign(cluster_words(text, o.clusters));
    }
    if (o.ensemble < 1) return Status::InvalidInput("the ensemble needs at least one member");
    // An ensemble of `ensemble` perceptrons, each trained on its own sentence order (seeds seed,
    // seed + 1, …), whose averaged weights are averaged once more: one model of the same size and
    // speed, less dependent on the order one perceptron happened to see (measured: BENCHMARKS.md).
    const std::size_t rows = std::size_t{1} << m.bits;
    std::vector<float> sum_w(rows * kLabels, 0), sum_tw(10 * kLabels, 0);
    // Features and gold labels once.
    std::vector<std::vector<std::uint32_t>> feats(sentences.size());
    std::vector<std::vector<int>> gold(sentences.size());
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      std::vector<std::string_view> toks(sentences[s].tokens.begin(), sentences[s].tokens.end());
      m.features(toks, &feats[s]);
      for (const std::string& t : sentences[s].tags) gold[s].push_back(label_index(t));
    }
    for (int member = 0; member < o.ensemble; ++member) {
      std::vector<float> w(rows * kLabels, 0), acc(rows * kLabels, 0);
      std::vector<float> tw(10 * kLabels, 0), tacc(10 * kLabels, 0);
      std::vector<std::size_t> order(sentences.size());
      std::iota(order.begin(), order.end(), 0);
      std::mt19937_64 rng(o.seed + static_cast<std::uint64_t>(member));
      float c = 1;
      std::vector<float> emit;
      for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        std::size_t wrong = 0, total = 0;
        for (std::size_t s : order) {
          const std::size_t n = gold[s].size();
          if (n == 0) continue;
          emit.assign(n * kLabels, 0);
          for (std::size_t i = 0; i < n; ++i)
            for (int j = 0; j < NerTagger::Model::per; ++j) {
              const float* r =
                  w.data() +
                  static_cast<std::size_t>(feats[s][i * NerTagger::Model::per + static_cast<std::size_t>(j)]) * kLabels;
              for (int y = 0; y < kLabels; ++y) emit[i * kLabels + static_cast<std::size_t>(y)] += r[y];
            }
          std::vector<int> guess;
          viterbi<float>(
              n, [&](std::size_t i, int y) { return emit[i * kLabels + static_cast<std::size_t>(y)]; },
              fold<float>(tw.data(), -1e30f), &guess);
          total += n;
          auto update = [&](std::size_t i, int y, float d) {
            for (int j = 0; j < NerTagger::Model::per; ++j) {
              const std::uint32_t row = feats[s][i * NerTagger::Model::per + static_cast<std::size_t>(j)];
              if (row == 0) continue;  // the absent feature
              std::size_t at = static_cast<std::size_t>(row) * kLabels + static_cast<std::size_t>(y);
              w[at] += d;
              acc[at] += c * d;
            }
          };
          auto update_t = [&](std::size_t at, float d) {
            tw[at] += d;
            tacc[at] += c * d;
          };
          for (std::size_t i = 0; i < n; ++i) {
            const int g = gold[s][i], p = guess[i];
            const int gp = i == 0 ? 9 : gold[s][i - 1], pp = i == 0 ? 9 : guess[i - 1];
            if (g != p) {
              ++wrong;
              update(i, g, 1);
              update(i, p, -1);
            }
            if (g != p || gp != pp) {
              update_t(static_cast<std::size_t>(gp * kLabels + g), 1);
              update_t(static_cast<std::size_t>(pp * kLabels + p), -1);
            }
          }
          c += 1;
        }
        if (o.progress) o.progress(member + 1, epoch, total == 0 ? 0 : double(wrong) / double(total));
      }
      for (std::size_t i = 0; i < w.size(); ++i) sum_w[i] += w[i] - acc[i] / c;
      for (std::size_t i = 0; i < tw.size(); ++i) sum_tw[i] += tw[i] - tacc[i] / c;
    }
    // The members' averaged weights summed (the same as their mean up to scale), quantised with
    // one scale for rows and transitions.
    const std::vector<float>& w = sum_w;
    const std::vector<float>& tw = sum_tw;
    float top = 0;
    for (float v : w) top = std::max(top, std::fabs(v));
    const float scale = top > 0 ? 127.0f / top : 1.0f;
    m.lanes.assign(rows, NerTagger::Model::Row{});
    for (std::size_t i = 0; i < w.size(); ++i)
      m.lanes[i / kLabels].v[i % kLabels] = static_cast<std::int8_t>(std::lround(w[i] * scale));
    for (std::size_t i = 0; i < tw.size(); ++i) m.trans[i] = static_cast<std::int32_t>(std::lround(tw[i] * scale));
    m.prepare();
    return tagger;
  }
};

Result<std::unique_ptr<NerTagger>> NerTagger::train(const std::vector<NerSentence>& sentences,
                                                    const NerTrainOptions& options) {
  return NerTrainer::run(sentences, options);
}

// --- model file -----------------------------------------------------------------------------

namespace {

template <typename T>
void put(std::string* out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out->append(b, sizeof(T));
}

}  // namespace

const std::string& NerTagger::language() const { return model_->lang; }

std::string NerTagger::to_bytes() const {
  const Model& m = *model_;
  std::string out(kMagic, sizeof(kMagic));
  put<std::uint32_t>(&out, kVersion);
  put<std::uint32_t>(&out, kLabels);
  put<std::uint32_t>(&out, static_cast<std::uint32_t>(m.bits));
  put<std::uint32_t>(&out, static_cast<std::uint32_t>(m.dict_bits));
  std::string lang = m.lang;
  lang.resize(4, '\0');
  out += lang;
  for (std::int32_t t : m.trans) put<std::int32_t>(&out, t);
  out.append(reinterpret_cast<const char*>(m.dict.data()), m.dict.size());
  m.clusters.write(&out);
  m.lists.write(&out);
  const std::size_t rows = std::size_t{1} << m.bits;
  std::string present(rows / 8, '\0');
  std::string packed;
  for (std::size_t r = 0; r < rows; ++r) {
    const std::int8_t* row = m.lanes[r].v;
    if (std::all_of(row, row + kLabels, [](std::int8_t v) { return v == 0; })) continue;
    present[r >> 3] = static_cast<char>(present[r >> 3] | (1 << (r & 7)));
    packed.append(reinterpret_cast<const char*>(row), kLabels);
  }
  out += present;
  out += packed;
  put<std::uint64_t>(&out, fnv(out));
  return out;
}

Result<std::unique_ptr<NerTagger>> NerTagger::from_bytes(std::string_view b, const std::string& name) {
  auto bad = [&](const std::string& why) { return Status::InvalidInput(name + ": not a kg NER model (" + why + ")"); };
  if (b.size() < sizeof(kMagic) + 4 + 8 || std::memcmp(b.data(), kMagic, sizeof(kMagic)) != 0) {
    return b.size() >= sizeof(kMagic) && std::memcmp(b.data(), kMagic, 5) == 0 ? bad("truncated")
                                                                               : bad("wrong magic bytes");
  }
  auto u32 = [&](std::size_t at) {
    std::uint32_t v;
    std::memcpy(&v, b.data() + at, 4);
    return v;
  };
  const std::uint32_t version = u32(8);
  if (version != kVersion && version != 4)
    return Status::InvalidInput(name + ": NER model format version " + std::to_string(version) +
                                ", this kg reads versions 4 and " + std::to_string(kVersion));
  const std::size_t lang_bytes = version >= 5 ? 4 : 0;
  const std::size_t head = sizeof(kMagic) + 4 * 4 + lang_bytes + 10 * kLabels * 4;
  if (b.size() < head + 8) return bad("truncated");
  if (u32(12) != kLabels) return bad("label count");
  const std::uint32_t bits = u32(16), dict_bits = u32(20);
  if (bits < 10 || bits > 24 || (dict_bits != 0 && (dict_bits < 10 || dict_bits > 26)))
    return bad("sizes out of range");
  std::uint64_t sum;
  std::memcpy(&sum, b.data() + b.size() - 8, 8);
  const std::size_t rows = std::size_t{1} << bits;
  const std::size_t dict_bytes = dict_bits == 0 ? 0 : (std::size_t{1} << dict_bits) / 8;
  if (b.size() < head + dict_bytes + rows / 8 + 8) return bad("truncated");
  if (fnv(b.substr(0, b.size() - 8)) != sum) return bad("checksum mismatch: the file is damaged or truncated");
  auto tagger = std::unique_ptr<NerTagger>(new NerTagger());
  Model& m = *tagger->model_;
  m.bits = static_cast<int>(bits);
  m.dict_bits = static_cast<int>(dict_bits);
  std::size_t at = 24;
  if (lang_bytes != 0) {
    const std::string_view code = b.substr(at, lang_bytes);
    m.lang = std::string(code.substr(0, code.find('\0')));
    if (m.lang.empty() || !std::all_of(m.lang.begin(), m.lang.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return bad("language code");
    m.lexicon = builtin_lexicon(m.lang);
    at += lang_bytes;
  }
  for (std::size_t i = 0; i < m.trans.size(); ++i, at += 4) {
    std::memcpy(&m.trans[i], b.data() + at, 4);
    // Trained transitions are of the rows' scale (|w| <= 127 after scaling, sums of a few
    // thousand); a larger one is a crafted file, and would overflow the Viterbi's scores.
    if (m.trans[i] > kMaxTransition || m.trans[i] < -kMaxTransition) return bad("transition score out of range");
  }
  m.dict.assign(b.data() + at, b.data() + at + dict_bytes);
  at += dict_bytes;
  if (!m.clusters.read(b, &at, b.size() - 8) || !m.lists.read(b, &at, b.size() - 8)) return bad("truncated");
  if (at + rows / 8 > b.size() - 8) return bad("truncated");
  std::string_view present = b.substr(at, rows / 8);
  at += rows / 8;
  m.lanes.assign(rows, Model::Row{});
  const std::size_t row_bytes = kLabels;
  for (std::size_t r = 0; r < rows; ++r) {
    if (!((static_cast<unsigned char>(present[r >> 3]) >> (r & 7)) & 1)) continue;
    if (at + row_bytes > b.size() - 8) return bad("truncated");
    std::memcpy(m.lanes[r].v, b.data() + at, row_bytes);
    at += row_bytes;
  }
  if (at != b.size() - 8) return bad("trailing bytes");
  m.prepare();
  return tagger;
}

}  // namespace kg::extract
