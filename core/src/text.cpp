#include "kg/core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace kg {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

namespace {

bool is_dash(UChar32 c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D; }

// ASCII-only names skip ICU entirely: lower-case and collapse spaces.
bool normalize_ascii(std::string_view name, std::string* out) {
  out->clear();
  out->reserve(name.size());
  bool space = false;
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return false;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out->empty();
      continue;
    }
    if (space) out->push_back(' ');
    space = false;
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return true;
}

}  // namespace

std::string normalize_name(std::string_view name) {
  std::string out;
  if (normalize_ascii(name, &out)) return out;

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return {};  // ICU data missing

  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString folded = casefold->normalize(s, status);
  icu::UnicodeString decomposed = nfd->normalize(folded, status);
  icu::UnicodeString stripped;
  bool space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c)) {
      space = stripped.length() > 0;
      continue;
    }
    if (space) stripped.append(static_cast<UChar>(' '));
    space = false;
    stripped.append(is_dash(c) ? static_cast<UChar32>('-') : c);
  }
  icu::UnicodeString composed = nfc->normalize(stripped, status);
  out.clear();
  if (U_FAILURE(status)) return out;
  composed.toUTF8String(out);
  return out;
}

std::string surname_key(std::string_view normalized) {
  auto pos = normalized.rfind(' ');
  if (pos == std::string_view::npos) return {};
  return std::string(normalized.substr(pos + 1));
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  auto decode = [](std::string_view s) {
    std::vector<UChar32> cps;
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    auto n = static_cast<std::int32_t>(s.size());
    for (std::int32_t i = 0; i < n;) {
      UChar32 c;
      U8_NEXT(p, i, n, c);
      cps.push_back(c);
    }
    return cps;
  };
  std::vector<UChar32> x = decode(a), y = decode(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

}  // namespace kg
