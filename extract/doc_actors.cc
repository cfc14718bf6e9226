#include "extract/doc_actors.h"

#include "extract/actor_kb.h"
#include "extract/fold.h"

namespace ag::extract {

DocActors::Spare& DocActors::spare() {
  thread_local Spare spare;
  return spare;
}

DocActors::DocActors(const Lexicons& lex) : lex_(lex) {
  // Another document alive on this thread (a test's) may hold the spare storage: then the
  // vectors taken are empty.
  Spare& s = spare();
  actors_.swap(s.actors);
  by_kb_.swap(s.by_kb);
  history_.swap(s.history);
  tally_.swap(s.tally);
  actors_.reserve(kTypicalActors);
  tally_.reserve(kTypicalActors);
  if (by_kb_.size() < lex_.kb().actors().size()) by_kb_.resize(lex_.kb().actors().size(), -1);
  history_.reserve(kTypicalMentions);
  // by_id_ holds introduced people only, whom most articles have none of.
}

DocActors::~DocActors() {
  for (std::size_t i = 0; i < live_; ++i)
    if (actors_[i].kb >= 0) by_kb_[static_cast<std::size_t>(actors_[i].kb)] = -1;
  Spare& s = spare();
  // A huge document's storage is let go; so is a second document's when the first one's is kept.
  if (actors_.size() <= kKeptActors && actors_.size() > s.actors.size()) s.actors.swap(actors_);
  if (s.by_kb.empty()) s.by_kb.swap(by_kb_);
  history_.clear();
  tally_.clear();
  if (history_.capacity() <= kKeptMentions && history_.capacity() > s.history.capacity()) s.history.swap(history_);
  if (tally_.capacity() <= kKeptActors && tally_.capacity() > s.tally.capacity()) s.tally.swap(tally_);
}

DocActor& DocActors::add_actor() {
  if (live_ == actors_.size()) {
    ++live_;
    return actors_.emplace_back();
  }
  // Every field back to its default; libstdc++'s move assignment from a short (empty)
  // string copies it into the buffer the string has, which it keeps.
  DocActor& d = actors_[live_++];
  d = DocActor{};
  return d;
}

int DocActors::from_kb(uint32_t kb_index) {
  if (const int known = doc_index(kb_index); known >= 0) return known;
  const KbActor& k = lex_.kb().actors()[kb_index];
  // Filled in place: a document's first mention of each actor comes here, and a DocActor
  // built aside was moved in string by string.
  DocActor& d = add_actor();
  d.kb = kb_index;
  d.actor.id = k.id;
  d.actor.name = k.name;
  d.actor.kind = k.kind;
  d.actor.country = k.country;
  tally_.emplace_back();
  const int index = static_cast<int>(live_ - 1);
  by_kb_[kb_index] = index;
  return index;
}

int DocActors::introduced_person(std::string_view name, std::string_view country, std::string_view role) {
  const std::string id = slugify(name);
  auto it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  // A knowledge-base actor of the document with that id is that actor.
  const long k = lex_.kb().find(id);
  if (k >= 0)
    if (const int known = doc_index(k); known >= 0) return known;
  DocActor& d = add_actor();
  d.actor.id = id;
  d.actor.name.assign(name);
  d.actor.kind = ActorKind::person;
  d.actor.country.assign(country);
  d.actor.role.assign(role);
  tally_.emplace_back();
  const int index = static_cast<int>(live_ - 1);
  by_id_.emplace(id, index);
  const std::string folded = fold_key(name);
  const auto space = folded.rfind(' ');
  if (space != std::string::npos) by_surname_.emplace(folded.substr(space + 1), index);
  return index;
}

void DocActors::mentioned(int a, uint32_t pos, bool by_full_name) {
  history_.push_back({a, pos, by_full_name});
  Tally& t = tally_[static_cast<std::size_t>(a)];
  if (t.count++ == 0) t.first_use = history_.size();
  t.full = t.full || by_full_name;
}

int DocActors::last_person_before(uint32_t pos, Gender gender) const {
  // A pronoun refers to someone named recently: looking back a few hundred mentions is
  // enough and keeps a huge document linear.
  std::size_t looked = 0;
  for (auto it = history_.rbegin(); it != history_.rend() && looked < 400; ++it, ++looked) {
    const DocActor& d = actors_[static_cast<std::size_t>(it->actor)];
    if (it->pos >= pos || d.actor.kind != ActorKind::person) continue;
    if (gender != Gender::unknown && d.gender != Gender::unknown && d.gender != gender) continue;
    return it->actor;
  }
  return -1;
}

int DocActors::nearest_person_before(uint32_t pos) const {
  int nearest = -1;
  uint32_t nearest_pos = 0;
  std::size_t looked = 0;
  for (auto it = history_.rbegin(); it != history_.rend() && looked < 400; ++it, ++looked) {
    if (it->pos >= pos || actors_[static_cast<std::size_t>(it->actor)].actor.kind != ActorKind::person) continue;
    if (nearest < 0 || it->pos > nearest_pos) {
      nearest = it->actor;
      nearest_pos = it->pos;
    }
  }
  return nearest;
}

std::string DocActors::home_country() const {
  for (const Use& u : history_) {
    const Actor& a = actors_[static_cast<std::size_t>(u.actor)].actor;
    if (a.kind == ActorKind::person) return {};
    if (a.kind == ActorKind::country) return a.country;
  }
  return {};
}

int DocActors::last_before_if(uint32_t pos, const std::function<bool(int)>& accept) const {
  std::size_t looked = 0;
  for (auto it = history_.rbegin(); it != history_.rend() && looked < 400; ++it, ++looked) {
    if (it->pos < pos && accept(it->actor)) return it->actor;
  }
  return -1;
}

int DocActors::last_holder(std::string_view office, const Date& date,
                           const std::function<bool(const std::string& where)>& at) const {
  const auto given = [&date]() -> const Date& { return date; };
  return last_holder(office, given, at);
}

int DocActors::last_holder(std::string_view office, const std::function<const Date&()>& date,
                           const std::function<bool(const std::string& where)>& at) const {
  // The holder the document talks about most ("le chef de l'État" in a story about one
  // president who also names foreign ones); the first named breaks ties: a story names its
  // protagonist first, then whom they met or called.
  const ActorKb& kb = lex_.kb();
  const auto ever_held = [&](uint32_t a) {
    for (uint32_t oi : kb.actors()[a].offices)
      if (office.empty() || kb.offices()[oi].office == office) return true;
    return false;
  };
  int best = -1;
  const Date* when = nullptr;
  for (std::size_t i = 0; i < live_; ++i) {
    const Tally& t = tally_[i];
    if (t.count == 0 || actors_[i].kb < 0) continue;
    if (best >= 0) {
      const Tally& b = tally_[static_cast<std::size_t>(best)];
      if (t.count < b.count || (t.count == b.count && t.first_use > b.first_use)) continue;
    }
    const auto a = static_cast<uint32_t>(actors_[i].kb);
    if (!ever_held(a)) continue;  // holds() is false on any date
    if (!when) when = &date();
    std::string where;
    if (kb.holds(a, office, *when, &where) && (!at || at(where))) best = static_cast<int>(i);
  }
  return best;
}

bool DocActors::named_in_full(long kb) const {
  const int i = doc_index(kb);
  return i >= 0 && tally_[static_cast<std::size_t>(i)].full;
}

int DocActors::introduced_by_name(std::string_view name) const {
  auto it = by_id_.find(slugify(name));  // introduced people only
  return it == by_id_.end() ? -1 : it->second;
}

int DocActors::introduced_by_surname(std::string_view w) const {
  auto it = by_surname_.find(std::string(w));
  return it == by_surname_.end() ? -1 : it->second;
}

bool DocActors::named(long kb) const {
  return times_named(kb) > 0;
}

std::size_t DocActors::times_named(long kb) const {
  const int i = doc_index(kb);
  return i >= 0 ? tally_[static_cast<std::size_t>(i)].count : 0;
}

}  // namespace ag::extract
