#include "report.h"

#include <sys/utsname.h>
#include <unistd.h>

#include <fstream>
#include <iomanip>
#include <sstream>

namespace kg::bench {

std::string machine() {
  std::string cpu = "unknown CPU";
  std::ifstream info("/proc/cpuinfo");
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  struct utsname u {};
  ::uname(&u);
  long pages = ::sysconf(_SC_PHYS_PAGES), page = ::sysconf(_SC_PAGE_SIZE);
  std::ostringstream s;
  s << cpu << ", " << ::sysconf(_SC_NPROCESSORS_ONLN) << " cores, " << (pages * page) / (1L << 30) << " GiB RAM, "
    << u.sysname << " " << u.release;
  return s.str();
}

std::string fmt(double v, int precision) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(precision) << v;
  return s.str();
}

void write_section(const std::string& report, const std::string& name, const std::string& text) {
  std::string all;
  {
    std::ifstream in(report);
    std::stringstream ss;
    ss << in.rdbuf();
    all = ss.str();
  }
  std::string begin = "<!-- " + name + " -->";
  std::string end = "<!-- end " + name + " -->\n";
  auto b = all.find(begin);
  auto e = all.find(end);
  if (b != std::string::npos && e != std::string::npos) {
    all.replace(b, e + end.size() - b, text);
  } else {
    all += (all.empty() ? "" : "\n") + text;
  }
  std::ofstream out(report);
  out << all;
}

}  // namespace kg::bench
