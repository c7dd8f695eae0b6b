#include "text.h"

#include "dates.h"
#include "words.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace kg::extract {
namespace {

// The code point at `i` and its length in bytes (U+FFFD for a broken sequence).
UChar32 code_point(std::string_view s, std::size_t i, std::size_t* len) {
  if (static_cast<unsigned char>(s[i]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[i]);
  }
  int32_t at = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), at, static_cast<int32_t>(s.size()), c);
  *len = static_cast<std::size_t>(at) - i;
  return c < 0 ? 0xFFFD : c;
}

bool is_word_char_icu(UChar32 c) { return u_isalnum(c) != 0 || u_charType(c) == U_NON_SPACING_MARK; }

// ICU's answers for the ASCII range, asked once: most characters of news are ASCII.
struct AsciiClasses {
  std::array<bool, 128> word{}, space{}, upper{};
  AsciiClasses() {
    for (UChar32 c = 0; c < 128; ++c) {
      word[static_cast<std::size_t>(c)] = is_word_char_icu(c);
      space[static_cast<std::size_t>(c)] = u_isspace(c) != 0;
      upper[static_cast<std::size_t>(c)] = u_isupper(c) != 0;
    }
  }
};
// (At namespace scope, filled before main: a function's static would be checked at every character,
// 2% of the whole pipeline's instructions.)
const AsciiClasses kAscii;

bool is_word_char(UChar32 c) {
  return c >= 0 && c < 128 ? kAscii.word[static_cast<std::size_t>(c)] : is_word_char_icu(c);
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(UChar32 c) { return c >= 0 && c < 128 ? kAscii.space[static_cast<std::size_t>(c)] : u_isspace(c) != 0; }
bool is_upper(UChar32 c) { return c >= 0 && c < 128 ? kAscii.upper[static_cast<std::size_t>(c)] : u_isupper(c) != 0; }

}  // namespace

namespace {

// What a typographic quote, hyphen or invisible hyphen becomes; nullptr keeps the code point.
const char* unify(UChar32 c) {
  switch (c) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return "\"";
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2039:
    case 0x203A:
    case 0x2032:
      return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x00AD:
    case 0x200B:
    case 0x2060:  // soft hyphen, zero-width space, word joiner
      return "";
    default:
      return nullptr;
  }
}

}  // namespace

std::string normalize_text(std::string_view text) { return normalize_text_mapped(text).text; }

NormalizedText normalize_text_mapped(std::string_view raw) {
  NormalizedText out;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) nfc = nullptr;
  auto normalized = [&](std::string_view s) {
    if (!nfc) return true;
    UErrorCode e = U_ZERO_ERROR;
    const bool yes =
        nfc->isNormalized(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), e);
    return yes || U_FAILURE(e);
  };
  // Every code point unify() rewrites starts with byte 0xC2, 0xE2 or 0xEF; most texts pass untouched.
  // Already in NFC (the usual case: only quotes or hyphens to unify), each code point stands alone.
  const bool composed_already = normalized(raw);
  // (one pass over the bytes: find_first_of would look each byte up in the set with memchr)
  const bool rewritten = std::any_of(raw.begin(), raw.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b == 0xC2 || b == 0xE2 || b == 0xEF;
  });
  if (composed_already && !rewritten) {
    out.text = raw;
    return out;
  }
  out.text.reserve(raw.size());
  out.raw_at.reserve(raw.size() + 1);
  std::string seg;
  for (std::size_t i = 0; i < raw.size();) {
    // A segment: a code point and the ones after it that NFC may join to it ("e" and a combining
    // acute); each is normalised on its own, so every output byte knows the segment it came from.
    std::size_t len = 0;
    code_point(raw, i, &len);
    std::size_t j = i + len;
    while (nfc && !composed_already && j < raw.size()) {
      std::size_t l = 0;
      const UChar32 d = code_point(raw, j, &l);
      if (nfc->hasBoundaryBefore(d)) break;
      j += l;
    }
    const std::string_view in = raw.substr(i, j - i);
    if (static_cast<unsigned char>(in[0]) < 0x80 && in.size() == 1) {
      out.text.push_back(in[0]);
      out.raw_at.push_back(i);
      i = j;
      continue;
    }
    seg.clear();
    std::string composed;
    if (!composed_already && !normalized(in)) {
      UErrorCode e = U_ZERO_ERROR;
      icu::UnicodeString n =
          nfc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size()))), e);
      if (U_SUCCESS(e)) n.toUTF8String(composed);
    }
    const std::string_view from = composed.empty() ? in : std::string_view(composed);
    for (std::size_t k = 0; k < from.size();) {
      std::size_t l = 0;
      const UChar32 c = code_point(from, k, &l);
      if (const char* r = static_cast<unsigned char>(from[k]) >= 0xC2 ? unify(c) : nullptr) {
        seg.append(std::string_view(r));
      } else {
        seg.append(from, k, l);
      }
      k += l;
    }
    const bool same = seg == in;
    for (std::size_t k = 0; k < seg.size(); ++k) out.raw_at.push_back(same ? i + k : i);
    out.text += seg;
    i = j;
  }
  out.raw_at.push_back(raw.size());
  return out;
}

bool all_capitals(std::string_view word) {
  std::size_t letters = 0;
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(word.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(word.data()), i, static_cast<std::int32_t>(word.size()), c);
    if (c < 0 || u_islower(c)) return false;
    letters += u_isalpha(c) ? 1 : 0;
  }
  return letters >= 3;
}

std::string title_case(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  s.toTitle(nullptr, icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

std::string lower_case(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  s.toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

bool has_broken_compound(std::string_view text) { return text.find("- ") != std::string_view::npos; }

std::string join_broken_compounds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    // (not a hyphen that stands for a word before a conjunction: "Friedens- und Sicherheitsrat")
    std::size_t len = 0;
    if (text[i] == '-' && i + 2 < text.size() && text[i + 1] == ' ' && text[i + 2] != ' ' && i > 0 &&
        text[i - 1] != ' ' && u_isupper(code_point(text, i + 2, &len)))
      ++i;
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text, const WordClass& abbreviations) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 1);  // (news averages about six bytes a token)
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    UChar32 c = code_point(text, i, &len);
    if (is_space(c) || c == 0xFEFF) {
      i += len;
      continue;
    }
    Token t;
    t.start = i;
    if (is_word_char(c)) {
      std::size_t j = i;
      for (;;) {
        std::size_t l = 0;
        UChar32 d = j < text.size() ? code_point(text, j, &l) : 0;
        if (j < text.size() && is_word_char(d)) {
          j += l;
          continue;
        }
        // A decimal or thousands mark between digits joins: "96,6 Prozent", "1.000 Gäste", "1,000 guests".
        if ((d == ',' || d == '.') && j + 1 < text.size() && is_digit(text[j - 1]) && is_digit(text[j + 1])) {
          j += l;
          continue;
        }
        // Inner hyphen, slash or apostrophe joins ("SOZ-Gipfel", "90/Die", "d'Ivoire"); a
        // hyphen before a space or "und" stays with its word ("Staats- und").
        if (j < text.size() && (d == '-' || d == '/' || d == '\'' || d == 0x2019)) {
          std::size_t l2 = 0;
          UChar32 e = j + l < text.size() ? code_point(text, j + l, &l2) : 0;
          if (is_word_char(e)) {
            j += l;
            continue;
          }
          // A capitalised word's (or a particle's) hyphen before one space and a capital letter: a
          // compound broken by a space ("Jean- Claude", "Secretary- General", "al- Sisi"), not a
          // hyphen that stands for a word.
          std::size_t l3 = 0;
          if (d == '-' && e == ' ' && (is_upper(c) || j - i <= 3) && j + l + 1 < text.size() &&
              is_upper(code_point(text, j + l + 1, &l3))) {
            j += l + 1;
            continue;
          }
          if (d == '-') j += l;
        }
        break;
      }
      t.end = j;
      t.word = true;
      t.upper = is_upper(c);
      // An abbreviation keeps its period, and so does an initial within a name: one capital letter
      // after a capitalised word and before another ("Peter W. Muster", "Präsident A. Probe").
      std::string_view w = text.substr(i, j - i);
      if (j < text.size() && text[j] == '.' && abbreviations.has(w)) {
        t.end = j + 1;
      } else if (j == i + len && t.upper && j + 2 < text.size() && text[j] == '.' && text[j + 1] == ' ' &&
                 !out.empty() && out.back().word && out.back().upper) {
        std::size_t l = 0;
        if (is_upper(code_point(text, j + 2, &l))) t.end = j + 1;
      } else if (j == i + len && t.upper && j + 3 < text.size() && text[j] == '.') {
        // Initials written together, "F.W. de Klerk", "J.R. Muster": capitals each with its period,
        // then a space — one token.
        std::size_t k = j;
        while (k + 2 < text.size() && text[k] == '.' && std::isupper(static_cast<unsigned char>(text[k + 1])) &&
               text[k + 2] == '.')
          k += 2;
        if (k > j && k + 1 < text.size() && text[k] == '.' && text[k + 1] == ' ') t.end = k + 1;
      }
    } else {
      t.end = i + len;
    }
    t.text = text.substr(t.start, t.end - t.start);
    out.push_back(t);
    i = t.end;
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      const WordClasses& words) {
  const WordClass &range = words["date.range"], &ordinal_before = words["ordinal.before"], &months = words["month"];
  std::vector<Sentence> out;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    if (last > first) out.push_back({first, last, tokens[first].start, tokens[last - 1].end});
    first = last;
  };
  // A list whose items are lines after a bullet, introduced by a line ending in ":" or ";" ("The
  // guests were:\n- A, …\n- B, …"), is one sentence with its introduction.
  auto bullet = [&](std::size_t k) {
    if (k >= tokens.size()) return false;
    const std::string_view b = tokens[k].text;
    return b == "-" || b == "–" || b == "•" || b == "*" || b == "·";
  };
  bool in_list = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i - first >= kMaxSentenceTokens) {
      // No sentence of news runs this long: cut at the last clause boundary of its second half,
      // else here, so that work per sentence (mentions × mentions in the relation rules) is bounded
      // and a text without full stops costs time linear in its length.
      std::size_t cut = i;
      for (std::size_t k = i; k > first + kMaxSentenceTokens / 2; --k) {
        std::string_view p = tokens[k - 1].text;
        if (p == "," || p == ";" || p == ":" || p == "–" || p == "—") {
          cut = k;
          break;
        }
      }
      close(cut);
    }
    const bool line_break =
        i + 1 < tokens.size() &&
        text.substr(tokens[i].end, tokens[i + 1].start - tokens[i].end).find('\n') != std::string_view::npos;
    std::string_view t = tokens[i].text;
    if (line_break) {
      in_list = bullet(i + 1) && (in_list || t == ":" || t == ";");
      if (in_list) continue;
    }
    if (t == "." || t == "!" || t == "?") {
      bool end = i + 1 >= tokens.size() || line_break;
      if (!end) {
        const Token& next = tokens[i + 1];
        // Not inside an abbreviation: before a comma ("D-N.Y., met"), or before an initial that keeps
        // its period right after the mark ("D-N" "." "Y." of "D-N.Y."); after a space an initial
        // starts the next sentence ("… to pay more. U.N. officials said").
        const bool initial =
            next.word && next.upper && next.text.size() == 2 && next.text[1] == '.' && next.start == tokens[i].end;
        end = (next.upper && !initial) || (!next.word && next.text != "," && next.text != ";");
        // A number with a period before a month or a range word ("5. to 6.") is an ordinal.
        if (t == "." && i > 0 && tokens[i - 1].word &&
            std::isdigit(static_cast<unsigned char>(tokens[i - 1].text[0])) &&
            (range.has(next.text) || month_number(next.text, months) > 0)) {
          end = false;
        }
        // "auf dem 12. Gipfel": a number of one or two digits with a period after a word of the class
        // "ordinal.before" (articles, contracted prepositions) is an ordinal.
        if (t == "." && i > 1 && tokens[i - 1].word && tokens[i - 1].text.size() <= 2 &&
            std::all_of(tokens[i - 1].text.begin(), tokens[i - 1].text.end(),
                        [](char c) { return c >= '0' && c <= '9'; }) &&
            ordinal_before.has(tokens[i - 2].text)) {
          end = false;
        }
        // A closing quote or parenthesis after the mark belongs to the sentence.
        if (!next.word && (next.text == "\"" || next.text == "“" || next.text == "”" || next.text == ")" ||
                           next.text == "«" || next.text == "»")) {
          end = false;
        }
      }
      if (end) close(i + 1);
    } else if (line_break) {
      close(i + 1);
    } else if (i > first && (tokens[i - 1].text == "." || tokens[i - 1].text == "!" || tokens[i - 1].text == "?") &&
               !tokens[i].word && tokens[i].text != "." && tokens[i].text != "," && tokens[i].text != ";" &&
               i + 1 < tokens.size() && tokens[i + 1].upper) {
      close(i + 1);  // ." Next (not "König Karl III., Präsident X": a comma after the mark continues it)
    }
  }
  close(tokens.size());
  return out;
}

}  // namespace kg::extract
