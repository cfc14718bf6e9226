#include "extract/actor_lookup.h"

#include <algorithm>

#include "extract/fold.h"
#include "extract/lexicons.h"

namespace ag::extract {

std::vector<std::string> lookup_actor(const Lexicons& lexicons, std::string_view query) {
  std::string key = fold_key(query);
  // "l'Azerbaïdjan", "le Kremlin": names are stored without their article.
  for (std::string_view article : {"l'", "le ", "la ", "les "})
    if (key.size() > article.size() && key.compare(0, article.size(), article) == 0) {
      key = key.substr(article.size());
      break;
    }
  std::vector<std::string> out;
  if (key.empty()) return out;
  const ActorKb& kb = lexicons.kb();
  for (const auto& f : kb.forms())
    if (fold_key(f.text) == key) out.push_back(kb.actors()[f.actor].id);
  for (const auto& a : kb.actors())
    if (a.id == key || fold_key(a.name) == key) out.push_back(a.id);
  for (const auto& [form, iso3] : kb.demonyms())
    if (fold_key(form) == key) {
      const long c = kb.country(iso3);
      if (c >= 0) out.push_back(kb.actors()[static_cast<std::size_t>(c)].id);
    }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ag::extract
