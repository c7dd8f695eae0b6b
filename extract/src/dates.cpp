#include "dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>

namespace kg::extract {
namespace {

// How much of a line a dateline can take.
constexpr std::size_t kHead = 120;

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view w) {
  int n = 0;
  for (char c : w) n = n * 10 + (c - '0');
  return n;
}

bool is_year(std::string_view w) { return w.size() == 4 && all_digits(w) && (w[0] == '1' || w[0] == '2'); }

// "3" before "." : a day of the month.
bool is_day(std::string_view w) { return w.size() <= 2 && all_digits(w) && number(w) >= 1 && number(w) <= 31; }

// "-07": a dash and two digits.
void append_two(std::string& out, int n) {
  out += '-';
  out += static_cast<char>('0' + n / 10 % 10);
  out += static_cast<char>('0' + n % 10);
}

std::string iso(int year, int month, int day) {
  std::string out = std::to_string(year);
  append_two(out, month);
  if (day > 0) append_two(out, day);
  return out;
}

// A date starting at token i: "[D .] Month Year" (`months`: the class "month"); sets *end to the token after it.
std::optional<std::string> date_at(const std::vector<Token>& t, std::size_t i, std::size_t last,
                                   const WordClass& months, std::size_t* end) {
  // "June 3, 2024", "June 3 2024" (the English order).
  if (i + 2 < last && month_number(t[i].text, months) > 0 && is_day(t[i + 1].text)) {
    const std::size_t y = t[i + 2].text == "," ? i + 3 : i + 2;
    if (y < last && is_year(t[y].text)) {
      *end = y + 1;
      return iso(number(t[y].text), month_number(t[i].text, months), number(t[i + 1].text));
    }
  }
  int day = 0;
  // "3. Juli 2024", and "3 July 2024" without the period.
  if (i + 1 < last && is_day(t[i].text) && t[i + 1].text == ".") {
    day = number(t[i].text);
    i += 2;
  } else if (i + 2 < last && is_day(t[i].text) && month_number(t[i + 1].text, months) > 0 && is_year(t[i + 2].text)) {
    day = number(t[i].text);
    i += 1;
  }
  if (i + 1 < last) {
    if (int m = month_number(t[i].text, months); m > 0 && is_year(t[i + 1].text)) {
      *end = i + 2;
      return iso(number(t[i + 1].text), m, day);
    }
  }
  return std::nullopt;
}

}  // namespace

int month_number(std::string_view word, const WordClass& months) {
  const int m = months.position(word);
  return m <= 12 ? m : 0;
}

bool begins_date(std::string_view w, const WordClass& months, const WordClass& weekdays) {
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (weekdays.has(w) || months.has(w)) return true;
  if (w.ends_with('.')) w.remove_suffix(1);
  if (w.size() < 3) return false;
  return std::any_of(months.entries().begin(), months.entries().end(),
                     [&](const std::string& name) { return name.starts_with(w); });
}

std::optional<std::string> document_date(std::string_view text, const WordClasses& words, std::size_t* skip) {
  *skip = 0;
  std::size_t i = text.find_first_not_of(" \t\r\n");
  if (i != std::string_view::npos && text.compare(i, 5, "date ") == 0) {
    std::size_t d = i + 5, e = d;
    while (e < text.size() && ((text[e] >= '0' && text[e] <= '9') || text[e] == '-')) ++e;
    if (e > d) {
      *skip = e;
      return std::string(text.substr(d, e - d));
    }
  }
  // The first three lines: a line that is a date, or a place, a comma and a date.
  std::size_t line_start = i == std::string_view::npos ? text.size() : i;
  for (int line = 0; line < 3 && line_start < text.size(); ++line) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    // A dateline is short: the line's first words suffice (an article may be one long line).
    const std::vector<Token> t =
        tokenize(text.substr(line_start, std::min<std::size_t>(line_end - line_start, kHead)), words["abbreviation"]);
    std::size_t at = 0;
    // "Oslo," / "Bad Muster," : up to three capitalised words and a comma.
    for (std::size_t k = 0; k < t.size() && k < 4; ++k) {
      if (t[k].text == ",") {
        at = k + 1;
        break;
      }
      if (!t[k].upper) break;
    }
    std::size_t end = 0;
    if (auto d = date_at(t, at, t.size(), words["month"], &end)) {
      // The date ends the line or its first part ("Oslo, 9. Mai 2025. Text…", "… 2025 - Text").
      if (end == t.size() || t[end].text == "." || t[end].text == "-" || t[end].text == "–" || t[end].text == "(") {
        return d;
      }
    }
    line_start = text.find_first_not_of(" \t\r\n", line_end);
    if (line_start == std::string_view::npos) break;
  }
  return std::nullopt;
}

std::vector<std::pair<std::size_t, std::size_t>> dateline_tags(std::string_view text, const WordClasses& words) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t line_start = text.find_first_not_of(" \t\r\n");
  for (std::size_t line = 0; line < kDatelineLines && line_start != std::string_view::npos && line_start < text.size();
       ++line) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::vector<Token> t =
        tokenize(text.substr(line_start, std::min<std::size_t>(line_end - line_start, kHead)), words["abbreviation"]);
    std::size_t k = 0;
    bool capitals = true;
    while (k < t.size() && k < 4 && t[k].word && t[k].upper) {
      for (unsigned char c : t[k].text) capitals = capitals && !(c >= 'a' && c <= 'z');
      ++k;
    }
    // "Lima/dpa - …", "Lima/dpa. …": the agency after a slash, and its dash or full stop.
    if (const std::size_t slash = t.empty() ? std::string_view::npos : t[0].text.find('/');
        k == 1 && slash != std::string_view::npos && t.size() > 2 &&
        (t[1].text == "-" || t[1].text == "–" || t[1].text == "." || t[1].text == ":")) {
      const std::string_view agency = t[0].text.substr(slash + 1);
      if (!agency.empty() && agency.size() <= 8 &&
          std::all_of(agency.begin(), agency.end(), [](unsigned char c) { return std::isalpha(c) != 0; })) {
        out.emplace_back(line_start + t[0].start + slash, line_start + t[1].end);
        break;
      }
    }
    // "VILNIUS, July 11 (AP) -", "LONDON, Apr 19 (APP):", "CAPRI, Italy, April 18 (Reuters) -": a
    // date (perhaps after the state) between the place and the tag; the tag alone goes.
    std::size_t open = k;
    if (k > 0 && k < t.size() && t[k].text == ",") {
      open = k + 1;
      while (open < t.size() && open < k + 7 && t[open].text != "(" && (t[open].word || t[open].text == ",")) ++open;
      if (open >= t.size() || t[open].text != "(") open = k;
    }
    if (k > 0 && open + 2 < t.size() && t[open].text == "(") {
      std::size_t close = open + 1;
      while (close < t.size() && close < open + 6 && t[close].text != ")") ++close;
      // (a hyphen, an en or an em dash: "PARIS (AP) —")
      const bool dash =
          close + 1 < t.size() && (t[close + 1].text.starts_with("-") || t[close + 1].text.starts_with("–") ||
                                   t[close + 1].text.starts_with("—") || t[close + 1].text == ":");
      // (or no mark at all, older copy, "Bonn (AP) Der Kanzler …": one short word of letters — an
      // agency's tag — after a place of one word or in capitals, before the sentence's capitalised
      // first word; not a party's tag after a name, "Max Muster (SPD)"; or after a date, "New Delhi, Aug 1
      // (PTI) Prime Minister …")
      const bool bare_tag = !dash && (((k == 1 || capitals) && open == k) || open > k) && close == open + 2 &&
                            close + 1 < t.size() && t[close].text == ")" && t[close + 1].word && t[close + 1].upper &&
                            t[open + 1].text.size() <= 8 &&
                            std::all_of(t[open + 1].text.begin(), t[open + 1].text.end(),
                                        [](unsigned char c) { return std::isalpha(c) != 0 || c == '-'; });
      if (bare_tag) {
        out.emplace_back(line_start + t[open].start, line_start + t[close].end);
        break;
      }
      if (close < t.size() && t[close].text == ")" && dash) {
        const bool alone = t[close + 1].text == "-" || t[close + 1].text == "–" || t[close + 1].text == "—" ||
                           t[close + 1].text == ":";
        const std::size_t from = open > k ? t[open].start : capitals ? t[0].start : t[k].start;
        const std::size_t to = alone ? t[close + 1].end : t[close].end;
        out.emplace_back(line_start + from, line_start + to);
        break;
      }
    }
    line_start = text.find_first_not_of(" \t\r\n", line_end);
  }
  return out;
}

std::optional<std::string> sentence_date(const std::vector<Token>& t, std::size_t first, std::size_t last,
                                         std::string_view document_date, const WordClasses& words) {
  const WordClass &months = words["month"], &range = words["date.range"], &year = words["date.year"],
                  &on = words["date.on"], &weekdays = words["weekday"];
  for (std::size_t i = first; i < last; ++i) {
    std::size_t end = 0;
    // "vom 3. bis 5. Juli 2024": the first day, in the month and year that follow.
    if (i + 4 < last && is_day(t[i].text) && t[i + 1].text == "." && range.has(t[i + 2].text)) {
      std::size_t j = i + 3;
      if (auto d = date_at(t, j, last, months, &end); d && d->size() == 10) {
        return iso(number(d->substr(0, 4)), number(d->substr(5, 2)), number(t[i].text));
      }
    }
    if (auto d = date_at(t, i, last, months, &end)) return d;
    // "im Jahr 2002": words of the class "date.year" before a year.
    if (std::size_t n = year.match(t, i, last); n > 0 && i + n < last && is_year(t[i + n].text)) {
      return std::string(t[i + n].text);
    }
  }
  if (document_date.size() != 10) return std::nullopt;
  const int year_number = number(document_date.substr(0, 4)), month = number(document_date.substr(5, 2)),
            day = number(document_date.substr(8, 2));
  namespace c = std::chrono;
  const c::year_month_day published{c::year(year_number), c::month(static_cast<unsigned>(month)),
                                    c::day(static_cast<unsigned>(day))};
  if (!published.ok()) return std::nullopt;
  for (std::size_t i = first; i + 1 < last; ++i) {
    if (!on.has(t[i].text)) continue;
    // "am 3. Juli": in the document's year.
    if (i + 3 < last && is_day(t[i + 1].text) && t[i + 2].text == "." && month_number(t[i + 3].text, months) > 0) {
      return iso(year_number, month_number(t[i + 3].text, months), number(t[i + 1].text));
    }
    // "am Mittwoch": the last such day on or before the document's date.
    if (const int w = weekdays.position(t[i + 1].text); w > 0 && w <= 7) {
      const c::sys_days pub{published};
      const unsigned target = static_cast<unsigned>(w) % 7;  // Monday is 1, Sunday 0
      c::sys_days dday = pub;
      while (c::weekday(dday).c_encoding() != target) dday -= c::days(1);
      const c::year_month_day ymd{dday};
      return iso(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
    }
  }
  return std::nullopt;
}

}  // namespace kg::extract
