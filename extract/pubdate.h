#pragma once
// The publication date an article states in its header.
#include <string_view>

#include "model/edtf.h"

namespace ag::extract {

// Looks for the publication date in the article's first lines, in the common forms
// ("03 Avril 2024", "17/09/2024", "Publié le 12 février 2022 à 18h05", "Mis à jour le ...",
// "2024-06-20", "date 2024-06", "le 5 mars 2021"). Returns an empty Date when none is found.
Date find_publication_date(std::string_view text);

}  // namespace ag::extract
