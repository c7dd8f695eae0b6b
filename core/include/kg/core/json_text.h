// Quoted strings written by hand where building a JSON value per record would cost more than the
// work around it (the store's evidence records, the RDF writers): one escaper for all of them.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// `s` as a quoted string that both JSON and N-Quads (STRING_LITERAL_QUOTE) read back exactly:
// quote, backslash, line feed and carriage return escaped; tab, backspace and form feed in their
// short forms; other C0 controls as \u00XX, DEL too when `escape_del` (N-Quads' canonical form).
// Everything else, non-ASCII included, stays UTF-8.
void append_quoted(std::string* out, std::string_view s, bool escape_del = false);

}  // namespace kg
