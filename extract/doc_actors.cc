#include "extract/doc_actors.h"

#include "extract/actor_kb.h"
#include "extract/fold.h"

namespace ag::extract {

int DocActors::from_kb(uint32_t kb_index) {
  for (std::size_t i = 0; i < actors_.size(); ++i)
    if (actors_[i].kb == static_cast<long>(kb_index)) return static_cast<int>(i);
  const KbActor& k = lex_.kb().actors()[kb_index];
  DocActor d;
  d.kb = kb_index;
  d.actor.id = k.id;
  d.actor.name = k.name;
  d.actor.kind = k.kind;
  d.actor.country = k.country;
  actors_.push_back(std::move(d));
  return static_cast<int>(actors_.size() - 1);
}

int DocActors::introduced_person(const std::string& name, const std::string& country, const std::string& role) {
  const std::string id = slugify(name);
  for (std::size_t i = 0; i < actors_.size(); ++i)
    if (actors_[i].actor.id == id) return static_cast<int>(i);
  DocActor d;
  d.actor.id = id;
  d.actor.name = name;
  d.actor.kind = ActorKind::person;
  d.actor.country = country;
  d.actor.role = role;
  actors_.push_back(std::move(d));
  return static_cast<int>(actors_.size() - 1);
}

void DocActors::mentioned(int a, uint32_t pos, bool by_full_name) { history_.push_back({a, pos, by_full_name}); }

int DocActors::last_person_before(uint32_t pos, Gender gender) const {
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    const DocActor& d = actors_[static_cast<std::size_t>(it->actor)];
    if (it->pos >= pos || d.actor.kind != ActorKind::person) continue;
    if (gender != Gender::unknown && d.gender != Gender::unknown && d.gender != gender) continue;
    return it->actor;
  }
  return -1;
}

int DocActors::last_holder(std::string_view office, const Date& date) const {
  // The holder the document talks about most ("le chef de l'État" in a story about one
  // president who also names foreign ones); the latest named breaks ties.
  int best = -1;
  std::size_t best_count = 0;
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    const DocActor& d = actors_[static_cast<std::size_t>(it->actor)];
    if (d.kb < 0 || !lex_.kb().holds(static_cast<uint32_t>(d.kb), office, date)) continue;
    std::size_t count = 0;
    for (const auto& u : history_) count += u.actor == it->actor;
    if (count > best_count) {
      best = it->actor;
      best_count = count;
    }
  }
  return best;
}

bool DocActors::named_in_full(long kb) const {
  for (const auto& u : history_)
    if (u.full && actors_[static_cast<std::size_t>(u.actor)].kb == kb) return true;
  return false;
}

int DocActors::introduced_by_surname(std::string_view w) const {
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    if (actors_[i].kb >= 0 || actors_[i].actor.kind != ActorKind::person) continue;
    const std::string folded = fold_key(actors_[i].actor.name);
    const auto space = folded.rfind(' ');
    if (space != std::string::npos && std::string_view(folded).substr(space + 1) == w) return static_cast<int>(i);
  }
  return -1;
}

bool DocActors::named(long kb) const {
  for (const auto& u : history_)
    if (actors_[static_cast<std::size_t>(u.actor)].kb == kb) return true;
  return false;
}

}  // namespace ag::extract
