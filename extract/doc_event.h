#pragma once
// An interaction as the document-level stages see it, before it becomes an ag::Event:
// merged across the sentences that report it, with its topics and evidence.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "extract/doc_actors.h"
#include "extract/document.h"
#include "model/edtf.h"
#include "model/event.h"

namespace ag::extract {

struct DocEvent {
  std::string type;
  bool weak = false;  // channel unknown: may merge into a call or meeting of the same people
  std::vector<int> participants;
  int initiator = -1;
  int mediator = -1;
  InitiatorRole initiator_role = InitiatorRole::none;
  bool planned = false;
  Date date;
  // The narrative's date when no sentence of the report names one ("Elle a enfin ete recue
  // par X" after a dated meeting): used only when merging finds no date.
  Date context_date;
  std::set<uint32_t> topics;  // indexes into Lexicons::topic_ids()
  std::vector<std::string> subjects;
  std::string place;
  std::string place_country;  // ISO3, when known: "au Kremlin" and "à Moscou" are one place
  Span evidence;                // the sentence, bytes of Document::text
  std::vector<Span> more_evidence;  // other sentences that report or describe it
  double confidence = 0.5;
  int support = 1;  // sentences that report it
  bool continuation = false;  // a weak report that goes on describing an earlier one
  bool inferred = false;      // read from co-occurrence, not structure: never reshapes a structural report
  bool pluperfect = false;    // "s'étaient rencontrés", "avait reçu": told as background, before the narrative
  bool aside = false;         // "un tête-à-tête", "en aparté": its people met apart from a larger meeting
  bool earlier = false;       // "s'étaient déjà rencontrés": told as before the news, another interaction
};

// Merges the events one document reports more than once: same people (a country and the
// leader who speaks for it count as one), compatible types and dates. Keeps first-mention
// order. `reference` dates the offices that make a leader speak for a country.
void merge_document_events(std::vector<DocEvent>& events, const DocActors& actors, const Lexicons& lex,
                           const Date& reference);

}  // namespace ag::extract
