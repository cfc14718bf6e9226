// Ingestion plus extraction: bytes -> decode_text -> Document (publication date,
// boilerplate, sentences) -> Extractor::extract and mentions. Whatever the bytes, nothing
// crashes, every text is valid UTF-8, every span lies inside the text, and every event
// written as JSON is strict JSON that reads back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/boilerplate.h"
#include "extract/decode.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/pubdate.h"
#include "extract/sentences.h"
#include "fuzz/fuzz_util.h"
#include "model/edtf.h"
#include "model/event_json.h"

using namespace ag;
using namespace ag::extract;
using namespace ag::fuzz;

namespace {

void check_spans(const std::vector<Span>& spans, std::size_t size, bool sorted) {
  std::size_t last_end = 0;
  for (const Span& s : spans) {
    AG_FUZZ_CHECK(s.begin <= s.end && s.end <= size, "span outside the text");
    if (sorted) AG_FUZZ_CHECK(s.begin >= last_end, "spans overlap or are unsorted");
    last_end = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Loaded and validated once: the bundled lexicons are the same for every input.
  static const Extractor extractor;

  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string reason;
  std::optional<Decoded> decoded = decode_text(bytes, reason);
  if (!decoded) {
    AG_FUZZ_CHECK(!reason.empty(), "decode_text refused input without a reason");
    return 0;
  }
  AG_FUZZ_CHECK(valid_utf8(decoded->text), decoded->text);
  AG_FUZZ_CHECK(decoded->text.find('\r') == std::string::npos, "CR left after decoding");

  Document doc;
  doc.name = "fuzz.txt";
  doc.text = std::move(decoded->text);
  doc.published = find_publication_date(doc.text);
  if (!doc.published.empty()) {
    AG_FUZZ_CHECK(parse_edtf(to_edtf(doc.published)).has_value(), to_edtf(doc.published));
  } else if (size % 2 == 0) {
    // Half of the inputs get a default date (like --published), so relative dates resolve.
    doc.published = Date{2024, 6, 15};
  }
  doc.boilerplate = find_boilerplate(doc.text);
  check_spans(doc.boilerplate, doc.text.size(), true);

  const std::vector<Sentence> sentences = split_sentences(doc);
  for (const Sentence& s : sentences) {
    AG_FUZZ_CHECK(s.span.begin <= s.span.end && s.span.end <= doc.text.size(), "sentence outside the text");
    AG_FUZZ_CHECK(valid_utf8(std::string_view(doc.text).substr(s.span.begin, s.span.size())),
                  "sentence cuts a UTF-8 sequence");
  }

  const std::size_t text_chars = code_points(doc.text);
  for (const Event& e : extractor.extract(doc)) {
    AG_FUZZ_CHECK(e.participants.size() >= 2, e.id);
    const std::string line = to_json_line(e);
    AG_FUZZ_CHECK(strict_json(line), line);
    Event back;
    try {
      back = parse_event_line(line);
    } catch (const EventParseError& err) {
      fail("an extracted event does not read back", std::string(err.what()) + ": " + line);
    }
    AG_FUZZ_CHECK(to_json_line(back) == line, line);
    for (const Source& s : e.sources) AG_FUZZ_CHECK(s.start <= s.end && s.end <= text_chars, line);
  }
  for (const ActorMention& m : extractor.mentions(doc)) AG_FUZZ_CHECK(valid_utf8(m.surface), m.surface);
  return 0;
}
