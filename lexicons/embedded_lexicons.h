#pragma once
// The bundled language data, compiled in from lexicons/ at build time.
#include <string_view>
#include <vector>

namespace ag {

struct EmbeddedFile {
  std::string_view path;     // relative to lexicons/, e.g. "fr/roles.tsv"
  std::string_view content;  // the file's bytes
};

// Every bundled lexicon file, sorted by path.
const std::vector<EmbeddedFile>& embedded_lexicons();

}  // namespace ag
