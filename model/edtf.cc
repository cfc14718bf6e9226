#include "model/edtf.h"

#include <cstdio>
#include <cstring>

namespace ag {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_days(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

bool valid_ymd(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  // An unknown year (0) accepts 29 February: some year has it.
  return d <= (y == 0 && m == 2 ? 29 : month_days(y, m));
}

std::optional<Date> parse_edtf(std::string_view s) {
  Date d;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  std::string_view y = s.substr(0, 4);
  if (y == "XXXX") {
    if (s.size() != 10) return std::nullopt;
  } else if (all_digits(y) && to_int(y) > 0) {
    d.year = to_int(y);
  } else {
    return std::nullopt;
  }
  if (s.size() >= 7) {
    if (s[4] != '-' || !all_digits(s.substr(5, 2))) return std::nullopt;
    d.month = to_int(s.substr(5, 2));
    if (d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !all_digits(s.substr(8, 2))) return std::nullopt;
    d.day = to_int(s.substr(8, 2));
    if (!valid_ymd(d.year, d.month, d.day)) return std::nullopt;
  }
  return d;
}

namespace {

// `width` decimal digits of `v` (0 <= v < 10^width) at `p`: what "%0*d" printed, without
// the printf machinery that was half the cost of an event's fields.
char* put_digits(char* p, int v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return p + width;
}

}  // namespace

std::string to_edtf(const Date& d) {
  if (d.empty()) return "";
  // Years beyond four digits (never produced by parse_edtf, but a Date is plain data) keep
  // the printf form.
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    char buf[48];
    if (!d.has_year())
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", d.month, d.day);
    else if (d.month == 0)
      std::snprintf(buf, sizeof buf, "%04d", d.year);
    else if (d.day == 0)
      std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    else
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  char buf[10];
  char* p = buf;
  if (!d.has_year()) {
    std::memcpy(p, "XXXX", 4);
    p += 4;
  } else {
    p = put_digits(p, d.year, 4);
  }
  if (d.has_year() && d.month == 0) return std::string(buf, p);
  *p++ = '-';
  p = put_digits(p, d.month, 2);
  if (d.has_year() && d.day == 0) return std::string(buf, p);
  *p++ = '-';
  p = put_digits(p, d.day, 2);
  return std::string(buf, p);
}

// Howard Hinnant's civil-calendar algorithms.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Date& d) {
  const long z = days_from_civil(d.year, d.month, d.day);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

Date add_days(const Date& d, long n) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + n); }

bool compatible(const Date& a, const Date& b) {
  if (a.empty() || b.empty()) return true;
  if (a.year && b.year && a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

bool day_range(const Date& d, long& first, long& last) {
  if (!d.has_year()) return false;
  const int m1 = d.month ? d.month : 1, m2 = d.month ? d.month : 12;
  first = days_from_civil(d.year, m1, d.day ? d.day : 1);
  last = days_from_civil(d.year, m2, d.day ? d.day : month_days(d.year, m2));
  return true;
}

}  // namespace ag
