#pragma once
// Shared helpers of the extract tests: one Extractor (bundled lexicons) for the whole test
// binary, documents built from short texts, readable summaries of events and mentions for
// failure messages, and a SentenceContext built the way the extractor builds it, for the
// tests that call the per-sentence stages directly.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "extract/extractor.h"
#include "extract/fold.h"
#include "extract/lexicons.h"
#include "extract/sentence_context.h"
#include "model/edtf.h"
#include "model/event.h"
#include "tests/support/temp_dir.h"

namespace ag::extract::test {

// The bundled language data, loaded once: loading validates every lexicon file.
inline const Extractor& extractor() {
  static const Extractor ex;
  return ex;
}

inline const Lexicons& lexicons() { return extractor().lexicons(); }

inline Date date(const std::string& edtf) {
  if (edtf.empty()) return Date{};
  auto d = parse_edtf(edtf);
  REQUIRE(d);
  return *d;
}

inline Document document(const std::string& text, const std::string& published, const std::string& name = "test.txt") {
  Document d;
  d.name = name;
  d.text = text;
  d.published = date(published);
  return d;
}

inline std::vector<Event> events_of(const std::string& text, const std::string& published) {
  return extractor().extract(document(text, published));
}

inline std::vector<ActorMention> mentions_of(const std::string& text, const std::string& published) {
  return extractor().mentions(document(text, published));
}

// Participant ids, sorted: the contract does not fix their order.
inline std::vector<std::string> ids(const Event& e) {
  std::vector<std::string> out;
  for (const auto& p : e.participants) out.push_back(p.id);
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// One line per event, for INFO/CAPTURE messages.
inline std::string describe(const std::vector<Event>& events) {
  std::ostringstream o;
  o << events.size() << " event(s)";
  for (const auto& e : events) {
    o << "\n  " << e.type << " [";
    for (std::size_t i = 0; i < e.participants.size(); ++i) o << (i ? " " : "") << e.participants[i].id;
    o << "] initiator=" << (e.initiator.empty() ? "null" : e.initiator)
      << " mediator=" << (e.mediator.empty() ? "null" : e.mediator) << " date=" << (e.date.empty() ? "null" : e.date)
      << " status=" << e.status << " topics=";
    for (std::size_t i = 0; i < e.topics.size(); ++i) o << (i ? "," : "") << e.topics[i];
  }
  return o.str();
}

inline std::string describe(const std::vector<ActorMention>& mentions) {
  std::ostringstream o;
  o << mentions.size() << " mention(s)";
  for (const auto& m : mentions)
    o << "\n  '" << m.surface << "' -> " << m.actor.id << " (" << to_string(m.actor.kind) << ", "
      << (m.actor.country.empty() ? "-" : m.actor.country) << ", " << (m.actor.role.empty() ? "-" : m.actor.role) << ")";
  return o.str();
}

// The ids every mention whose surface contains `surface` resolved to, in text order.
inline std::vector<std::string> resolved(const std::vector<ActorMention>& mentions, const std::string& surface) {
  std::vector<std::string> out;
  for (const auto& m : mentions)
    if (m.surface.find(surface) != std::string::npos) out.push_back(m.actor.id);
  return out;
}

// The first mention whose surface contains `surface`, or nullptr.
inline const ActorMention* mention(const std::vector<ActorMention>& mentions, const std::string& surface) {
  for (const auto& m : mentions)
    if (m.surface.find(surface) != std::string::npos) return &m;
  return nullptr;
}

// A whole text folded and scanned as the extractor does; `context()` is one sentence
// spanning all of it (the tests that use it pass one sentence).
struct ScannedText {
  std::string text;
  FoldedText folded;
  std::vector<PhraseHit> hits;

  explicit ScannedText(std::string t) : text(std::move(t)) {
    fold_text(text, folded);
    hits = scan_phrases(lexicons(), folded.text);
  }

  SentenceContext context(const Date& reference) const {
    SentenceContext ctx{lexicons(), text, folded, 0, static_cast<uint32_t>(folded.text.size()), hits, reference};
    return ctx;
  }

  // The original text of a folded range.
  std::string original(uint32_t b, uint32_t e) const {
    return text.substr(folded.origin[b], folded.origin[e] - folded.origin[b]);
  }
};

using ag::test::TempDir;

}  // namespace ag::extract::test
