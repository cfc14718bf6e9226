#pragma once
// The actors one document names, and the memory of who was named where: what surnames,
// pronouns and bare role descriptors ("le chef de l'État") resolve against.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/lexicons.h"
#include "model/edtf.h"
#include "model/event.h"

namespace ag::extract {

enum class Gender : uint8_t { unknown, male, female };

struct DocActor {
  long kb = -1;  // index in the knowledge base, -1 for an actor the text introduced
  Actor actor;   // id, name, kind, country, role
  Gender gender = Gender::unknown;  // from the text ("la chancelière", "Mme"): for "il"/"elle"
  // The first word of the full name the text last wrote, folded ("faisal" for "Faisal ben
  // Farhane", whom the data displays as "Fayçal"): what "le prince Faisal" names later.
  std::string written_first;
};

class DocActors {
 public:
  // Takes the storage the last document of this thread left (see ~DocActors), else room for
  // the actors a typical article names: growing the tables one actor at a time (rehashing
  // the maps, moving every actor) cost more than the lookups themselves.
  explicit DocActors(const Lexicons& lex);
  // Leaves the actors' storage, strings included, to the thread's next document: copying a
  // knowledge-base actor's id and name into a string of its own was an allocation for each
  // actor of each document.
  ~DocActors();
  DocActors(const DocActors&) = delete;
  DocActors& operator=(const DocActors&) = delete;

  // The document's actor for knowledge-base actor `kb_index` (created on first use).
  int from_kb(uint32_t kb_index);
  // An actor the text introduced by apposition ("Maria Zakharova, porte-parole ...").
  int introduced_person(std::string_view name, std::string_view country, std::string_view role);

  const DocActor& operator[](int i) const { return actors_[static_cast<std::size_t>(i)]; }
  DocActor& operator[](int i) { return actors_[static_cast<std::size_t>(i)]; }
  std::size_t size() const { return live_; }

  // Records that actor `a` was named at folded offset `pos` (`by_full_name`: not a
  // surname, pronoun or role).
  void mentioned(int a, uint32_t pos, bool by_full_name);
  // The last person named before `pos`, or -1; with a gender, the last one not known to be
  // of the other gender.
  int last_person_before(uint32_t pos, Gender gender = Gender::unknown) const;
  // The person named nearest before `pos` by text position (a sentence's names are recorded
  // out of order: known names first, then the ones it introduces), or -1; looking back as
  // far as last_person_before does.
  int nearest_person_before(uint32_t pos) const;
  // The last actor named before `pos` for whom `accept(index)` holds, or -1 (looking back
  // as far as last_person_before does).
  int last_before_if(uint32_t pos, const std::function<bool(int)>& accept) const;
  // The actor the document names most (the first named on a tie) that held `office` on
  // `date`, at a place `at` accepts when given; or -1.
  int last_holder(std::string_view office, const Date& date,
                  const std::function<bool(const std::string& where)>& at = nullptr) const;
  // The same with the date asked of `date` (at most once) only when some actor the document
  // names ever held `office`, for which alone it decides anything: finding it may mean
  // reading a sentence's dates.
  int last_holder(std::string_view office, const std::function<const Date&()>& date,
                  const std::function<bool(const std::string& where)>& at = nullptr) const;
  // The country the document names before naming anyone ("PARIS (AFP) -", "Alger, 10 mars
  // (APS) -": the dateline, where the story is told from), as an ISO3 code; empty when a
  // person comes first or no country is named.
  std::string home_country() const;
  // Whether knowledge-base actor `kb` was named in full before.
  bool named_in_full(long kb) const;
  // Whether knowledge-base actor `kb` was named at all before.
  bool named(long kb) const;
  // How many times knowledge-base actor `kb` was named before (0 when never).
  std::size_t times_named(long kb) const;
  // The introduced person with this full name ("Phumtham Wechayachai" again), or -1.
  int introduced_by_name(std::string_view name) const;
  // The introduced person whose last name is this folded word ("machar"), or -1.
  int introduced_by_surname(std::string_view folded_word) const;
  // Whether any introduced person has a surname to be found by (else the above is -1).
  bool knows_surnames() const { return !by_surname_.empty(); }

  // The first person named in the last sentence that named one: who a pronoun at the
  // start of the next sentence most likely means.
  int sentence_topic = -1;
  // The gender of a thing the last sentence opened on ("La visite intervient ...": female),
  // unknown when it opened otherwise: a pronoun opening the next sentence means that thing
  // ("Elle survient ...").
  Gender opening_thing = Gender::unknown;

  // Knowledge-base actors the document names in full anywhere, sorted: an undated role
  // ("Le chef de l'OTAN salue...") in a headline means the holder the article names later.
  std::vector<long> named_anywhere;

  // Folded full names and surnames of people the text introduced as business people ("le
  // PDG de Total, Patrick Pouyanné"): no actors, whatever names them again ("M. Pouyanné").
  std::vector<std::string> set_aside;

  // The parties of the interaction last reported: what "les deux dirigeants" names.
  std::vector<int> current_parties;
  // The parties of the last few reports, latest last: whom "les deux présidents" names when
  // the last report's parties are not presidents (a ministers' meeting told in between).
  std::vector<std::vector<int>> party_history;

  // The lists of actors the last sentences named ("A, B et C", "les trois ministres : A, B,
  // C"), latest last, a few at most: what "les trois ministres" names when no report has
  // exactly three parties.
  std::vector<std::vector<int>> recent_lists;
  // For each of recent_lists, the words that announced it before a colon ("les représentants
  // des trois puissances garantes"), folded; empty when none did.
  std::vector<std::string> recent_list_intros;

 private:
  static constexpr std::size_t kTypicalActors = 16;
  static constexpr std::size_t kTypicalMentions = 64;
  // The most actors and mentions whose storage is kept for the next document: a huge one's
  // is let go.
  static constexpr std::size_t kKeptActors = 256;
  static constexpr std::size_t kKeptMentions = 4096;
  const Lexicons& lex_;
  // The document's actors are the first live_; the rest are an earlier document's, kept for
  // their strings' buffers and reset when taken (add_actor).
  std::vector<DocActor> actors_;
  std::size_t live_ = 0;
  // A new actor, reset, at index live_ - 1.
  DocActor& add_actor();
  struct Use {
    int actor;
    uint32_t pos;
    bool full;
  };
  std::vector<Use> history_;
  // Per document actor: how often and when first named, whether ever in full. Kept so the
  // questions above cost O(actors), not O(history): a long article has a long history.
  struct Tally {
    std::size_t count = 0;
    std::size_t first_use = 0;
    bool full = false;
  };
  std::vector<Tally> tally_;
  // Per knowledge-base actor, its index among the document's actors or -1: a table as long
  // as the knowledge base, taken from the thread's spare and reset entry by entry (the
  // document's own) when the document ends. A hash map's node cost an allocation per actor.
  std::vector<int> by_kb_;
  // The storage a finished document left to the next one on this thread (the tables above,
  // the actors' strings included): a document's first actors and mentions took an allocation
  // each.
  struct Spare {
    std::vector<DocActor> actors;
    std::vector<int> by_kb;
    std::vector<Use> history;
    std::vector<Tally> tally;
  };
  static Spare& spare();
  // The document's actor for knowledge-base actor `kb`, or -1.
  int doc_index(long kb) const {
    return kb >= 0 && static_cast<std::size_t>(kb) < by_kb_.size() ? by_kb_[static_cast<std::size_t>(kb)] : -1;
  }
  // The ids of people the text introduced. A knowledge-base actor's id is found through the
  // knowledge base and by_kb_ instead: most documents introduce nobody, and every actor they
  // name would be hashed. (A map of views into a deque of ids cost the deque's two
  // allocations in every document.)
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, int> by_surname_;  // folded last word of introduced people
};

}  // namespace ag::extract
