// Text utilities shared by every module: UTF-8 validation and the name normalisation used for
// lookup, built on ICU.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

// The byte offset of the first invalid UTF-8 sequence in `text`, or nullopt when it is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The lookup key of a name: NFKC, case-folded, diacritics removed, dashes unified to '-',
// whitespace collapsed and trimmed. "Recep Tayyip Erdoğan" and "recep  tayyip ERDOGAN" give the
// same key. Requires valid UTF-8 (invalid bytes are replaced by U+FFFD).
std::string normalize_name(std::string_view name);

// The last whitespace-separated word of a normalised name ("wladimir putin" → "putin"); empty when
// the name has a single word.
std::string surname_key(std::string_view normalized);

// Levenshtein distance between two strings, counted in Unicode code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace kg
