#pragma once
// Dates as the event contract writes them: EDTF levels YYYY-MM-DD, YYYY-MM, YYYY and
// XXXX-MM-DD (day and month known, year not stated anywhere).
#include <optional>
#include <string>
#include <string_view>

namespace ag {

struct Date {
  int year = 0;   // 0: unknown
  int month = 0;  // 0: unknown (then day is 0 too)
  int day = 0;    // 0: unknown

  bool empty() const { return year == 0 && month == 0; }
  bool has_year() const { return year != 0; }
  bool full() const { return year != 0 && month != 0 && day != 0; }
  bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
  bool operator!=(const Date& o) const { return !(*this == o); }
};

// Parses an EDTF string of the four forms above; nullopt for anything else or an
// impossible calendar date.
std::optional<Date> parse_edtf(std::string_view s);

// The EDTF form of `d`; empty string for an empty date.
std::string to_edtf(const Date& d);

// Whether (year, month, day) is a real Gregorian date.
bool valid_ymd(int y, int m, int d);

// Days since 1970-01-01 of a full date, and back. Proleptic Gregorian.
long days_from_civil(int y, int m, int d);
Date civil_from_days(long days);

// 0 = Monday ... 6 = Sunday, for a full date.
int weekday(const Date& d);

// `d` moved by `n` days; `d` must be full.
Date add_days(const Date& d, long n);

// Whether two dates may describe the same day: equal where both are known, and each
// unknown part (year, month, day) matches anything.
bool compatible(const Date& a, const Date& b);

// The first and last day a (possibly partial) dated event may fall on, as day numbers;
// false when the date has no year.
bool day_range(const Date& d, long& first, long& last);

}  // namespace ag
