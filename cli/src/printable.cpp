#include "printable.h"

#include <cstdio>

namespace kg::cli {

namespace {

std::string hex_escape(const char* prefix, unsigned value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, value);
  return buf;
}

}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
      out += hex_escape("\\x", c, 2);
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out += hex_escape("\\u", static_cast<unsigned char>(s[++i]), 4);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

PrintableStreambuf::int_type PrintableStreambuf::overflow(int_type ch) {
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  auto c = static_cast<unsigned char>(traits_type::to_char_type(ch));
  auto put = [&](const std::string& s) {
    return target_->sputn(s.data(), static_cast<std::streamsize>(s.size())) == static_cast<std::streamsize>(s.size());
  };
  if (after_c2_) {
    after_c2_ = false;
    bool ok = c >= 0x80 && c <= 0x9F ? put(hex_escape("\\u", c, 4)) : put(std::string{'\xC2', static_cast<char>(c)});
    return ok ? ch : traits_type::eof();
  }
  if (c == 0xC2) {
    after_c2_ = true;
    return ch;
  }
  if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) return put(hex_escape("\\x", c, 2)) ? ch : traits_type::eof();
  return traits_type::eq_int_type(target_->sputc(static_cast<char>(c)), traits_type::eof()) ? traits_type::eof() : ch;
}

}  // namespace kg::cli
