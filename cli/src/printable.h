// Text for people's terminals: names, sentences and sources come from documents anyone may have
// written, and a raw ESC, OSC or CR in them would move the cursor, retitle the window or hide
// what came before. Text output and error messages show such characters as escapes ("\x1b",
// "\u009b"); JSON and exported files keep the data as it is (their formats escape what they must).
#pragma once

#include <streambuf>
#include <string>
#include <string_view>

namespace kg::cli {

// `s` with C0 controls other than newline and tab, DEL and the C1 controls (U+0080–U+009F)
// written as escapes.
std::string printable(std::string_view s);

// A stream buffer that writes through `target`, escaping as printable() does.
class PrintableStreambuf : public std::streambuf {
 public:
  explicit PrintableStreambuf(std::streambuf* target) : target_(target) {}

 protected:
  int_type overflow(int_type c) override;
  int sync() override;  // writes a held 0xC2 (no C1 control followed) before flushing

 private:
  std::streambuf* target_;
  bool after_c2_ = false;  // the last byte was 0xC2, the lead byte of U+0080–U+00BF
};

}  // namespace kg::cli
