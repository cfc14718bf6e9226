#pragma once
// Actor mentions in a sentence: names, surnames, role descriptors bound to their country
// or organization and resolved to the office holder on the reference date, appositions
// that introduce new people, pronouns, and countries named as places rather than actors.
#include <cstdint>
#include <vector>

#include "extract/doc_actors.h"
#include "extract/sentence_context.h"

namespace ag::extract {

struct Mention {
  uint32_t begin = 0;  // folded-document offsets, role and apposition included
  uint32_t end = 0;
  int actor = -1;      // index into DocActors
  bool place = false;  // "à Moscou", "en Azerbaïdjan": where, not who
  bool pronoun = false;
};

// The sentence's mentions in text order. Records every use in `actors` for later
// resolution of surnames, pronouns and bare roles.
std::vector<Mention> find_mentions(const SentenceContext& ctx, DocActors& actors);
// The same, written over `out`: a buffer the caller keeps from sentence to sentence, so a
// sentence that names someone costs no allocation.
void find_mentions(const SentenceContext& ctx, DocActors& actors, std::vector<Mention>& out);

}  // namespace ag::extract
