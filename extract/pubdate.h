#pragma once
// The publication date an article states in its header.
#include <string_view>

#include "model/edtf.h"

namespace ag::extract {

// Looks for the publication date in the article's first lines, in the common forms
// ("03 Avril 2024", "17/09/2024", "Publié le 12 février 2022 à 18h05", "Mis à jour le ...",
// "2024-06-20", "date 2024-06", "le 5 mars 2021"). Returns an empty Date when none is found.
Date find_publication_date(std::string_view text);

// The day and month of a header line that holds a date without a year and nothing else
// ("Vendredi 7 novembre", "Le 20 juin à 10h30"), as XXXX-MM-DD; an empty Date when there is
// none. Not a publication date (sources keep `published` null), but the day relative dates
// ("hier", "la veille") count from when the article states no full date.
Date find_header_day_month(std::string_view text);

}  // namespace ag::extract
