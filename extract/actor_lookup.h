#pragma once
// Finding an actor of the knowledge base by any of its names, for queries.
#include <string>
#include <string_view>
#include <vector>

namespace ag::extract {

class Lexicons;

// Canonical ids of the actors whose name, alias, derived surname, or (for countries)
// French name, capital or demonym matches `query`, case- and diacritic-insensitively.
// Sorted, unique; empty when nothing matches.
std::vector<std::string> lookup_actor(const Lexicons& lexicons, std::string_view query);

}  // namespace ag::extract
