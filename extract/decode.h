#pragma once
// Bytes to normalized UTF-8 text.
#include <optional>
#include <string>
#include <string_view>

namespace ag::extract {

struct Decoded {
  std::string text;     // UTF-8, NFC
  std::string warning;  // e.g. "decoded as Windows-1252"; empty when the input was UTF-8
};

// Decodes a file's bytes: UTF-8 (BOM stripped) validated; UTF-16 LE/BE with a BOM and legacy
// single-byte text (Latin-1 / Windows-1252) converted with ICU, with a warning; then NFC.
// Returns nullopt with `reason` set for binary or undecodable input.
std::optional<Decoded> decode_text(std::string_view bytes, std::string& reason);

}  // namespace ag::extract
