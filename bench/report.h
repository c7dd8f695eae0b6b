// Shared by the benchmarks: the machine's description and BENCHMARKS.md sections.
#pragma once

#include <string>

namespace kg::bench {

// "CPU model, N cores, M GiB RAM, kernel".
std::string machine();
// `v` with `precision` decimals.
std::string fmt(double v, int precision = 2);
// Replaces the section between "<!-- NAME -->" and "<!-- end NAME -->" in the file `report` with
// `text` (which carries both markers), or appends it when the file has no such section.
void write_section(const std::string& report, const std::string& name, const std::string& text);

}  // namespace kg::bench
