#pragma once
// The extraction pipeline for one document: sentences -> actors -> interactions -> dates ->
// topics -> events. Thread-safe: one Extractor serves every worker thread.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "extract/document.h"
#include "model/event.h"

namespace ag::extract {

class Lexicons;

struct ExtractorOptions {
  std::string lexicons_dir;  // a folder laid out like lexicons/ whose files replace the bundled ones
  std::string actors_file;   // a user actors file merged over the bundled actors
};

// One resolved mention, for auditing the actor layer.
struct ActorMention {
  Actor actor;
  std::string surface;  // the text as written
};

struct ExtractStats {
  std::size_t sentences = 0;
  std::size_t events = 0;
};

class Extractor {
 public:
  // Loads and validates the bundled language data and the user's files. Throws
  // LexiconError ("FILE:LINE: what is wrong") on invalid data.
  explicit Extractor(const ExtractorOptions& options = {});
  ~Extractor();

  // The events reported in `doc`, one per real interaction, in order of first mention.
  std::vector<Event> extract(const Document& doc, ExtractStats* stats = nullptr) const;

  // Every actor mention of `doc` with what it resolved to, in text order.
  std::vector<ActorMention> mentions(const Document& doc) const;

  const Lexicons& lexicons() const { return *lexicons_; }

 private:
  std::shared_ptr<const Lexicons> lexicons_;
};

}  // namespace ag::extract
