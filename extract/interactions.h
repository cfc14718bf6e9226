#pragma once
// Interactions in one sentence: triggers from the lexicon, their arguments from the
// sentence's structure (subject group, object group after avec/entre/de/par, agents,
// mediators), and the cues that cancel them (negation, hypothesis) or make them planned.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/mentions.h"
#include "extract/sentence_context.h"
#include "model/event.h"

namespace ag::extract {

struct Interaction {
  std::string type;          // phone_call, meeting, mediation
  bool weak = false;         // a conversation whose channel the sentence does not give
  std::vector<int> participants;  // DocActors indexes, in text order, mediator included
  int initiator = -1;
  int mediator = -1;
  InitiatorRole initiator_role = InitiatorRole::none;
  bool planned = false;
  bool continuation = false;   // "ont également discuté": goes on describing an earlier report
  bool joins = false;          // "X a également participé à la rencontre": X joins the report before
  bool witness = false;        // joins as a witness ("en présence de X"), a trigger flag: not one of the sides
  bool seated = false;         // seated at a table ("Autour de la table figuraient A, B et C"): joins a meeting
                               // its paragraph just reported, else its people met each other
  bool separate = false;       // one of the contacts "a reçu séparément A et B" reports, one by one
  bool past = false;           // a verb in a past tense says it happened ("a reçu", "s'est entretenu")
  uint32_t trigger_begin = 0;  // folded-document offsets
  uint32_t trigger_end = 0;
  uint32_t region_end = 0;     // end of the last argument
  std::string place;           // "Moscou" in "à Moscou", when next to the trigger
  std::string place_country;   // the place's country (ISO3) when the data knows it: "RUS"
  double confidence = 0.5;
  bool inferred = false;  // from co-occurrence with a trigger, not from the sentence's structure
  std::vector<int> governed;  // inferred only: participants named as a complement ("la réunion de Prague")
  std::vector<int> co_mediators;  // third parties beside the mediator ("sous l'égide de M et de N")
};

// The interactions a sentence reports, in text order. `actors` (the mentions' DocActors)
// lets the knowledge base tell a role's holder from a name apposed to it; may be null.
std::vector<Interaction> find_interactions(const SentenceContext& ctx, const std::vector<Mention>& mentions,
                                           const DocActors* actors = nullptr);

}  // namespace ag::extract
