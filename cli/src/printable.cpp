#include "printable.h"

#include <cstdio>
#include <sstream>

namespace kg::cli {

namespace {

std::string hex_escape(const char* prefix, unsigned value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, value);
  return buf;
}

}  // namespace

std::string printable(std::string_view s) {
  std::stringbuf out;
  PrintableStreambuf escaping(&out);
  escaping.sputn(s.data(), static_cast<std::streamsize>(s.size()));
  escaping.pubsync();
  return out.str();
}

int PrintableStreambuf::sync() {
  if (after_c2_) {
    after_c2_ = false;
    if (traits_type::eq_int_type(target_->sputc('\xC2'), traits_type::eof())) return -1;
  }
  return target_->pubsync();
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
