#pragma once
// Escaping text for each output format. Every function first makes the text safe in any
// format: invalid UTF-8 bytes and the non-characters U+FFFE/U+FFFF become U+FFFD, and C0
// control characters that XML 1.0 forbids (all but tab, line feed, carriage return) are
// dropped. Right-to-left text, emoji and long strings pass through unchanged. Functions
// append to `out` and allocate nothing when the text needs no escaping.
#include <cstddef>
#include <string>
#include <string_view>

namespace ag::exporters {

// XML character data or a double-quoted attribute value: & < > " escaped; tab, line feed
// and carriage return as character references, so attribute values keep them.
void append_xml(std::string& out, std::string_view s);

// The inside of a JSON string: " \ and control characters escaped (\n, \u0001 ...), and
// U+2028/U+2029 too so the output is also valid JavaScript.
void append_json(std::string& out, std::string_view s);

// The inside of a double-quoted Graphviz string used as a label or tooltip (an escString):
// " and \ escaped, a line break as \n (carriage returns folded into it), tab as a space,
// and & as &amp; because Graphviz reads HTML entities in labels.
void append_dot(std::string& out, std::string_view s);

// append_dot of at most `max_code_points` code points of `s`, and "…" when it was cut.
// Graphviz rejects quoted strings over 16384 bytes, and long labels only widen drawings.
void append_dot_limited(std::string& out, std::string_view s, std::size_t max_code_points);

// One CSV field (RFC 4180): quoted, with "" for ", when it holds a comma, quote, line
// break or leading/trailing space.
void append_csv(std::string& out, std::string_view s);

// The text as safe UTF-8 (the cleaning above) with runs of white space (including line
// breaks) collapsed to one space and no space at either end: what labels show.
std::string display_text(std::string_view s);

// The display text of `name`, or of `fallback` when that is empty, or "?" : never empty.
std::string label_text(std::string_view name, std::string_view fallback);

// Appends an unsigned integer in decimal.
void append_uint(std::string& out, unsigned long long v);

// Appends a number with two decimals (0.92), for confidences; clamped to [0, 1e15].
void append_fixed2(std::string& out, double v);

}  // namespace ag::exporters
