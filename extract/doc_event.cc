#include "extract/doc_event.h"

#include <algorithm>
#include <utility>

#include "extract/strings.h"

namespace ag::extract {
namespace {

bool represents(const DocActors& actors, const Lexicons& lex, int person, int country, const Date& ref) {
  const DocActor& p = actors[person];
  const DocActor& c = actors[country];
  if (p.kb < 0 || p.actor.kind != ActorKind::person || c.actor.kind != ActorKind::country) return false;
  for (uint32_t oi : lex.kb().actors()[static_cast<std::size_t>(p.kb)].offices) {
    const Office& o = lex.kb().offices()[oi];
    const bool speaks =
        is(o.office, "head_of_state") || is(o.office, "head_of_government") || is(o.office, "foreign_minister");
    if (speaks && o.where == c.actor.country && lex.kb().holds(o.actor, o.office, ref)) return true;
  }
  return false;
}

// The participants with every country replaced by the person in `pool` who speaks for it,
// sorted, into `out` (its contents replaced).
void normalized(const std::vector<int>& set, const std::vector<int>& pool, const DocActors& actors, const Lexicons& lex,
                const Date& ref, std::vector<int>& out) {
  out.clear();
  out.reserve(set.size());  // at most one allocation, not one per doubling
  for (int a : set) {
    int rep = a;
    if (actors[a].actor.kind == ActorKind::country)
      for (int p : pool)
        if (represents(actors, lex, p, a, ref)) rep = p;
    if (std::find(out.begin(), out.end(), rep) == out.end()) out.push_back(rep);
  }
  std::sort(out.begin(), out.end());
}

// mergeable's lists, kept by each thread: it runs for every pair of a document's events,
// and allocated three lists each time.
struct MergeScratch {
  std::vector<int> pool, na, nb;
};

bool types_compatible(const DocEvent& a, const DocEvent& b) {
  if (a.type == b.type || a.weak || b.weak) return true;
  return (is(a.type, "meeting") && is(b.type, "mediation")) || (is(a.type, "mediation") && is(b.type, "meeting"));
}

int precision(const Date& d) { return d.empty() ? 0 : d.day ? 3 : d.month ? 2 : 1; }

// Whether `mediation` goes on describing `meeting`, reported just before it, with its third
// parties: a mediation naming every party of the meeting besides its mediator ("A et B ont
// signé un accord. La cérémonie s'est tenue sous l'égide de M").
bool brokered(const DocEvent& mediation, const DocEvent& meeting) {
  if (!is(mediation.type, "mediation") || mediation.mediator < 0 || meeting.participants.size() < 2) return false;
  if (meeting.evidence.begin >= mediation.evidence.begin) return false;
  for (int p : meeting.participants)
    if (std::find(mediation.participants.begin(), mediation.participants.end(), p) == mediation.participants.end())
      return false;
  return true;
}

// "A a accueilli B et C pour un sommet (undated) ... Le 13 mars, A s'était rendu chez B": a
// dated report in the pluperfect after an undated one in another tense is the background of
// the narrative, an earlier interaction of the same people, not the one just reported.
bool background_of_other_date(const DocEvent& a, const DocEvent& b) {
  const DocEvent& first = a.evidence.begin <= b.evidence.begin ? a : b;
  const DocEvent& later = a.evidence.begin <= b.evidence.begin ? b : a;
  if (!first.date.empty() || later.date.empty() || first.pluperfect || !later.pluperfect) return false;
  return !first.planned && !later.planned;
}

// "A a été reçu mercredi par B ... A a invité B en Turquie": a plan told after a dated report
// of the same people, naming no date of its own, is their next interaction, not that one.
bool announced_after(const DocEvent& a, const DocEvent& b) {
  const DocEvent& first = a.evidence.begin <= b.evidence.begin ? a : b;
  const DocEvent& later = a.evidence.begin <= b.evidence.begin ? b : a;
  if (first.planned || !later.planned || first.date.empty() || !later.date.empty()) return false;
  return !later.weak && !later.inferred && !later.continuation && !first.inferred;
}

// "A a invité B en Turquie ... A et B s'étaient entretenus en septembre": an undated plan is
// not an interaction dated months before the article (`ref`, its publication date).
bool plan_beside_past(const DocEvent& a, const DocEvent& b, const Date& ref) {
  const DocEvent& plan = a.planned ? a : b;
  const DocEvent& past = a.planned ? b : a;
  if (!plan.planned || past.planned || !plan.date.empty() || !past.date.year || !past.date.month || !ref.year ||
      !ref.month)
    return false;
  if (plan.inferred || past.inferred) return false;
  return past.date.year * 12 + past.date.month + 1 < ref.year * 12 + ref.month;
}

// "Réunis mardi, ... Autour de l'hôte avaient pris place A, B (undated: told on the
// narrative's Tuesday) ... A, qui avait discuté avec B la veille du sommet, lundi soir": a
// later report in the pluperfect dated another day than the narrative an undated report was
// told in goes back before it, to another interaction of the same people.
bool told_on_other_day(const DocEvent& a, const DocEvent& b) {
  const DocEvent& undated = a.date.empty() ? a : b;
  const DocEvent& dated = a.date.empty() ? b : a;
  if (!undated.date.empty() || !dated.date.full() || !undated.context_date.full()) return false;
  if (!dated.pluperfect || dated.evidence.begin < undated.evidence.begin) return false;
  return !undated.planned && !dated.planned && !(undated.context_date == dated.date);
}

// "Les discussions s'étaient ouvertes vendredi par une audience. A y a accueilli B et C, en
// présence de D (undated: told on the narrative's Friday) ... B et C ont achevé samedi deux
// journées de négociations": some of a larger meeting's people, dated another day than the one
// the larger meeting was told on, met on their own that day, whatever the tense
// (told_on_other_day, for the same people, needs the pluperfect). Not when the larger one is a
// co-occurrence reading (a headline naming everyone), nor the other way round: an undated
// smaller report ("L'audience a débouché sur ...") goes on describing a dated meeting.
bool others_on_other_day(const DocEvent& larger, const DocEvent& smaller) {
  const DocEvent& undated = larger;
  const DocEvent& dated = smaller;
  if (!undated.date.empty() || !dated.date.day || !undated.context_date.day || undated.inferred) return false;
  return !undated.planned && !dated.planned && !(undated.context_date == dated.date);
}

// "Reçu au palais par B, A a signé trois accords (undated: told on the narrative's 6 May) ...
// Les deux hommes se sont ensuite revus en février à Munich": a report dated another month
// than the day an undated report was told on is another interaction of the same people,
// whatever its tense (told_on_other_day needs the pluperfect to part neighbouring days).
bool told_in_other_month(const DocEvent& a, const DocEvent& b) {
  const DocEvent& undated = a.date.empty() ? a : b;
  const DocEvent& dated = a.date.empty() ? b : a;
  if (!undated.date.empty() || !dated.date.month || !undated.context_date.full()) return false;
  if (undated.planned || dated.planned) return false;
  return dated.date.year != undated.context_date.year || dated.date.month != undated.context_date.month;
}

// "A a été reçu vendredi à l'Élysée par B ... A et B s'étaient déjà rencontrés à Charm el-Cheikh":
// a report told as before the news is another interaction than the news, unless both name one
// day. Plans are left to the rules on plans.
bool earlier_than_news(const DocEvent& a, const DocEvent& b) {
  if (a.earlier == b.earlier || a.planned || b.planned) return false;
  return a.date.empty() || b.date.empty() || !(a.date == b.date);
}

// "A a reçu B à la résidence ... Les deux dirigeants doivent se revoir avant l'été": a plan
// and a report of the same people are one interaction only when both are told of one day;
// with no day on either side, the plan is their next interaction, not the one reported. A
// report in the pluperfect ("Ils s'étaient déjà croisés à Genève") goes back before the
// narrative, never forward to what it announces.
bool plan_beside_report(const DocEvent& a, const DocEvent& b) {
  if (a.planned == b.planned) return false;
  if ((a.planned ? b : a).pluperfect) return true;
  const Date& da = a.date.empty() ? a.context_date : a.date;
  const Date& db = b.date.empty() ? b.context_date : b.date;
  return da.empty() && db.empty();
}

bool mergeable(const DocEvent& a, const DocEvent& b, const DocActors& actors, const Lexicons& lex, const Date& ref) {
  if (!types_compatible(a, b)) return false;
  // Met in Moscow, then in Washington: two meetings; "à Moscou" and "au Kremlin": one.
  if (!a.place.empty() && !b.place.empty() && a.place != b.place &&
      (a.place_country.empty() || a.place_country != b.place_country))
    return false;
  // "Ils ont également discuté de la COP, prévue du 11 au 22 novembre": the date is not the
  // conversation's; a weak continuation joins the earlier report of the same people.
  const bool follow_up = (b.weak && b.continuation) || (a.weak && a.continuation);
  if (!follow_up && !compatible(a.date, b.date)) return false;
  // "La cérémonie s'est tenue sous l'égide de M" (read from co-occurrence), later "A et B
  // s'étaient rencontrés": the structural report would replace the mediation's parties, and
  // its third parties would be lost; a mediation the other report does not mention is its own.
  // So is one that happened beside a meeting still planned ("L'Irak avait accueilli des
  // discussions entre A et B", "leurs ministres doivent se rencontrer").
  for (const auto* m : {&a, &b}) {
    const DocEvent& other = m == &a ? b : a;
    if ((m->inferred && !other.inferred) || m->planned != other.planned)
      if (is(m->type, "mediation") && !is(other.type, "mediation") && m->mediator >= 0 &&
          std::find(other.participants.begin(), other.participants.end(), m->mediator) == other.participants.end() &&
          !(m->planned == other.planned && brokered(*m, other)))
        return false;
  }
  // "Dans l'après-midi, ils ont été reçus par M" (the narrative's 6 November) is not the
  // meeting the same people will have on 9 December.
  if (!follow_up && !a.weak && !b.weak && !a.inferred && !b.inferred && a.planned != b.planned &&
      !compatible(a.date.empty() ? a.context_date : a.date, b.date.empty() ? b.context_date : b.date))
    return false;
  if (!follow_up && background_of_other_date(a, b)) return false;
  if (!follow_up && (announced_after(a, b) || plan_beside_past(a, b, ref))) return false;
  if (!follow_up && told_on_other_day(a, b)) return false;
  if (!follow_up && plan_beside_report(a, b)) return false;
  if (!follow_up && told_in_other_month(a, b)) return false;
  if (!follow_up && earlier_than_news(a, b)) return false;
  thread_local MergeScratch scratch;
  std::vector<int>& pool = scratch.pool;
  pool.assign(a.participants.begin(), a.participants.end());
  pool.insert(pool.end(), b.participants.begin(), b.participants.end());
  std::vector<int>& na = scratch.na;
  std::vector<int>& nb = scratch.nb;
  normalized(a.participants, pool, actors, lex, ref, na);
  normalized(b.participants, pool, actors, lex, ref, nb);
  if (na == nb) return true;
  // "Le sommet a rassemblé A, B et C ... A recevra B jeudi": a plan naming other people than a
  // report is their next meeting, not more of that one.
  if (!follow_up && a.planned != b.planned) return false;
  // One report naming fewer of the same people ("A a rencontré B", later "A, B et C").
  const auto& small = na.size() < nb.size() ? na : nb;
  const auto& large = na.size() < nb.size() ? nb : na;
  // The mediator seeing one side alone ("X avait déjà été reçu par M le 16 mars") is a meeting
  // of its own, not the mediation between both sides (the shuttle diplomacy convention).
  const DocEvent& smaller = na.size() < nb.size() ? a : b;
  const DocEvent& larger = na.size() < nb.size() ? b : a;
  if (is(larger.type, "mediation") && !is(smaller.type, "mediation") && larger.mediator >= 0 &&
      std::find(smaller.participants.begin(), smaller.participants.end(), larger.mediator) !=
          smaller.participants.end())
    return false;
  // "Il a également eu un tête-à-tête avec B" beside a summit of A, B and C: the two met apart.
  if (smaller.aside && large.size() > small.size() && large.size() >= 3) return false;
  if (!follow_up && others_on_other_day(larger, smaller)) return false;
  return small.size() >= 2 && std::includes(large.begin(), large.end(), small.begin(), small.end()) &&
         (a.date.empty() || b.date.empty() || a.date == b.date);
}

void absorb(DocEvent& into, DocEvent&& from, const DocActors& actors, const Lexicons& lex, const Date& ref) {
  // Every sentence stays traceable: the strongest report is the main evidence.
  std::vector<Span> spans{from.evidence};
  spans.insert(spans.end(), from.more_evidence.begin(), from.more_evidence.end());
  if (into.weak && !from.weak) {
    into.type = from.type;
    into.weak = false;
    spans.push_back(into.evidence);
    into.evidence = from.evidence;
    spans.erase(spans.begin());
  } else if (into.type == "meeting" && from.type == "mediation") {
    into.type = "mediation";
  }
  for (const Span& sp : spans)
    if (!(sp == into.evidence) &&
        std::find(into.more_evidence.begin(), into.more_evidence.end(), sp) == into.more_evidence.end())
      into.more_evidence.push_back(sp);
  for (int a : from.participants)
    if (std::find(into.participants.begin(), into.participants.end(), a) == into.participants.end())
      into.participants.push_back(a);
  // A country whose leader takes part is represented by the leader.
  std::vector<int> kept;
  for (int a : into.participants) {
    bool represented = false;
    for (int p : into.participants)
      if (p != a && represents(actors, lex, p, a, ref)) represented = true;
    if (!represented) kept.push_back(a);
  }
  into.participants = kept;
  auto keep_if_present = [&](int& role, int alt) {
    if (role < 0) role = alt;
    if (role >= 0 && std::find(kept.begin(), kept.end(), role) == kept.end()) {
      role = -1;
      for (int p : kept)
        if (p == alt) role = alt;
    }
  };
  keep_if_present(into.initiator, from.initiator);
  if (into.initiator_role == InitiatorRole::none) into.initiator_role = from.initiator_role;
  keep_if_present(into.mediator, from.mediator);
  if (into.type != "mediation") into.mediator = -1;
  const bool follow_up = from.weak && from.continuation;
  if (!follow_up && precision(from.date) > precision(into.date)) {
    into.date = from.date;
    // The sentence that dates the interaction is its best evidence.
    if (!from.weak && !(from.evidence == into.evidence)) {
      auto it = std::find(into.more_evidence.begin(), into.more_evidence.end(), from.evidence);
      if (it != into.more_evidence.end()) *it = into.evidence;
      into.evidence = from.evidence;
    }
  }
  if (into.context_date.empty()) into.context_date = from.context_date;
  if (!follow_up) into.planned = into.planned && from.planned;
  into.topics.insert(from.topics.begin(), from.topics.end());
  for (auto& s : from.subjects)
    if (std::find(into.subjects.begin(), into.subjects.end(), s) == into.subjects.end()) into.subjects.push_back(s);
  if (into.place.empty()) {
    into.place = from.place;
    into.place_country = from.place_country;
  }
  into.aside = into.aside || from.aside;
  into.confidence = std::max(into.confidence, from.confidence);
  into.support += from.support;
}

}  // namespace

void merge_document_events(std::vector<DocEvent>& events, const DocActors& actors, const Lexicons& lex,
                           const Date& reference) {
  std::vector<DocEvent> kept;
  kept.reserve(events.size());  // one allocation, not a move of every event at each doubling
  for (auto& e : events) {
    bool merged = false;
    for (auto& k : kept)
      if (mergeable(k, e, actors, lex, reference)) {
        // A co-occurrence reading adds a sentence to a structural report of the same
        // people; it never changes who took part, except to add the third parties of a
        // mediation around them ("A et B ont signé un accord. La cérémonie s'est tenue sous
        // l'égide de M").
        if (e.inferred && !k.inferred && !brokered(e, k)) e.participants = k.participants;
        if (k.inferred && !e.inferred) {
          std::swap(k, e);
          if (!brokered(k, e)) e.participants = k.participants;
        }
        absorb(k, std::move(e), actors, lex, reference);
        merged = true;
        break;
      }
    if (!merged) kept.push_back(std::move(e));
  }
  kept.erase(std::remove_if(kept.begin(), kept.end(), [](const DocEvent& e) { return e.participants.size() < 2; }),
             kept.end());
  // "leur précédente conversation" between two people the article shows calling each other:
  // a conversation of unknown channel takes the channel of their other contacts.
  for (auto& e : kept) {
    // "Ils s'étaient entretenus à Paris": a conversation held somewhere was held together.
    if (!e.weak || !e.place.empty()) continue;
    std::vector<int> mine = e.participants;
    std::sort(mine.begin(), mine.end());
    for (const auto& other : kept) {
      std::vector<int> theirs = other.participants;
      std::sort(theirs.begin(), theirs.end());
      if (&other != &e && !other.weak && theirs == mine && other.type == "phone_call") e.type = other.type;
    }
  }
  // An undated report takes the date of the narrative it was told in; not one told as before it.
  for (auto& e : kept)
    if (e.date.empty() && !e.planned && !e.earlier) e.date = e.context_date;
  events.swap(kept);
}

}  // namespace ag::extract
