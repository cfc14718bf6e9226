#include "extract/pubdate.h"

#include <unicode/uchar.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/fold.h"
#include "extract/lexicon_error.h"
#include "extract/lexicon_file.h"

namespace ag::extract {
namespace {

constexpr std::string_view kPath = "fr/header_dates.tsv";
// Month words are short: a longer word is not folded and looked up at all.
constexpr std::size_t kLongestWord = 12;

// The header of an article: its publication date, when stated, sits in the title block.
// Looking further would pick dates of the events the body reports.
constexpr std::size_t kHeaderLines = 12;
constexpr std::size_t kHeaderBytes = 1500;
// A date inside a long line counts only near its start or after a keyword ("Publié le"):
// elsewhere in a long line it is a body sentence's date (a photo caption, a lead paragraph).
constexpr std::size_t kShortLine = 100;
constexpr std::size_t kLineStart = 30;
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

enum class Kind { number, word, punct, space };

struct Token {
  Kind kind;
  std::string_view text;  // the token's bytes in the line
  std::size_t pos;        // offset in the line
};

Kind classify(char32_t c) {
  if (c >= '0' && c <= '9') return Kind::number;
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Kind::word;
    return c == ' ' || c == '\t' ? Kind::space : Kind::punct;
  }
  if (u_isalpha(static_cast<UChar32>(c))) return Kind::word;
  if (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xA0 || c == 0x202F) return Kind::space;
  return Kind::punct;
}

// Numbers, words, single punctuation marks, and runs of space.
std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t start = i;
    const Kind k = classify(next_code_point(line, i));
    if (k != Kind::punct) {
      std::size_t j = i;
      while (j < line.size()) {
        std::size_t n = j;
        if (classify(next_code_point(line, n)) != k) break;
        j = n;
      }
      i = j;
    }
    out.push_back({k, line.substr(start, i - start), start});
  }
  return out;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool plausible_year(std::string_view t) {
  if (t.size() != 4) return false;
  const int y = to_int(t);
  return y >= kMinYear && y <= kMaxYear;
}

// Scans tokens from one index, skipping space where a pattern allows it.
class Cursor {
 public:
  Cursor(const std::vector<Token>& t, std::size_t i) : t_(t), i_(i) {}
  const Token* peek() const { return i_ < t_.size() ? &t_[i_] : nullptr; }
  bool at(Kind k) const { return peek() && peek()->kind == k; }
  bool at_punct(std::string_view marks) const {
    return at(Kind::punct) && peek()->text.size() == 1 && marks.find(peek()->text[0]) != std::string_view::npos;
  }
  const Token* take() { return i_ < t_.size() ? &t_[i_++] : nullptr; }
  void skip_space() {
    while (at(Kind::space)) ++i_;
  }
  void skip_punct(std::string_view marks) {
    if (at_punct(marks)) ++i_;
  }

 private:
  const std::vector<Token>& t_;
  std::size_t i_;
};

std::optional<Date> make_date(int y, int m, int d) {
  if (d == 0) {
    if (m < 1 || m > 12) return std::nullopt;
    return Date{y, m, 0};
  }
  if (!valid_ymd(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

// A day number, possibly glued to digits before it ("11:1117/09/2024" from a time run into
// the date): its last two digits, or its last one when two make no day.
int day_from(std::string_view digits) {
  if (digits.size() >= 2) {
    const int two = to_int(digits.substr(digits.size() - 2));
    if (two >= 1 && two <= 31) return two;
  }
  return to_int(digits.substr(digits.size() - 1));
}

// "17/09/2024", "17.09.2024", "17-09-2024"; month/day order swapped when only that is valid.
std::optional<Date> numeric_dmy(const std::vector<Token>& t, std::size_t i) {
  Cursor c(t, i);
  const Token* d = c.take();
  if (!c.at_punct("/.-")) return std::nullopt;
  const char sep = c.take()->text[0];
  if (!c.at(Kind::number) || c.peek()->text.size() > 2) return std::nullopt;
  const Token* m = c.take();
  if (!c.at_punct(std::string_view(&sep, 1))) return std::nullopt;
  c.take();
  if (!c.at(Kind::number) || !plausible_year(c.peek()->text)) return std::nullopt;
  const int y = to_int(c.take()->text);
  const int day = day_from(d->text), month = to_int(m->text);
  if (auto r = make_date(y, month, day); r && day > 0) return r;
  if (d->text.size() <= 2 && month > 12) return make_date(y, day, month);
  return std::nullopt;
}

// "12-02-15", "12/02/15": a day, a month and a two-digit year of this century, the short form
// some outlets write after their publication keyword ("Publié le 12-02-15 à 13h47"). Taken
// only there: elsewhere two-digit triples are scores, references or versions.
std::optional<Date> numeric_dmy_short(const std::vector<Token>& t, std::size_t i) {
  if (i > 0 && t[i - 1].kind != Kind::space) return std::nullopt;  // inside a longer run
  Cursor c(t, i);
  const Token* d = c.take();
  if (d->kind != Kind::number || d->text.size() > 2 || !c.at_punct("/.-")) return std::nullopt;
  const char sep = c.take()->text[0];
  if (!c.at(Kind::number) || c.peek()->text.size() > 2) return std::nullopt;
  const Token* m = c.take();
  if (!c.at_punct(std::string_view(&sep, 1))) return std::nullopt;
  c.take();
  if (!c.at(Kind::number) || c.peek()->text.size() != 2) return std::nullopt;
  const int y = 2000 + to_int(c.take()->text), day = to_int(d->text);
  if (c.at(Kind::number) || c.at_punct(std::string_view(&sep, 1)) || day == 0) return std::nullopt;
  return make_date(y, to_int(m->text), day);
}

// "2024-06-20", "2024-06-20T10:00:00Z", "2024/06/20", "2024.06.20" (Asian agencies), and
// "2024-06" (month precision; not with dots, which also write numbers and versions).
std::optional<Date> iso(const std::vector<Token>& t, std::size_t i) {
  Cursor c(t, i);
  if (!plausible_year(c.peek()->text)) return std::nullopt;
  const int y = to_int(c.take()->text);
  if (!c.at_punct("-/.")) return std::nullopt;
  const char sep = c.take()->text[0];
  if (!c.at(Kind::number) || c.peek()->text.size() != 2) return std::nullopt;
  const int m = to_int(c.take()->text);
  if (c.at_punct(std::string_view(&sep, 1))) {
    c.take();
    if (c.at(Kind::number) && c.peek()->text.size() == 2) {
      const int d = to_int(c.take()->text);
      return d > 0 ? make_date(y, m, d) : std::nullopt;
    }
    return std::nullopt;
  }
  return sep == '.' ? std::nullopt : make_date(y, m, 0);
}

// "23.XI.2022": a day, a month between dots (Roman numerals, header_dates.tsv dotted_month)
// and a year, with nothing else between.
std::optional<Date> dotted_month_dmy(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  Cursor c(t, i);
  const Token* d = c.take();
  if (d->text.size() > 2 || !c.at_punct(".")) return std::nullopt;
  c.take();
  if (!c.at(Kind::word)) return std::nullopt;
  const int m = w.dotted_month(c.take()->text);
  if (m == 0 || !c.at_punct(".")) return std::nullopt;
  c.take();
  if (!c.at(Kind::number) || !plausible_year(c.peek()->text)) return std::nullopt;
  const int day = to_int(d->text);
  return day > 0 ? make_date(to_int(c.take()->text), m, day) : std::nullopt;
}

bool is_ordinal_suffix(const Token* t, const HeaderDateWords& w) {
  return t && t->kind == Kind::word && w.is_ordinal(t->text);
}

// "5 mars 2021", "03 Avril 2024", "1er févr. 2022", "3 April 2024".
std::optional<Date> day_month_year(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  Cursor c(t, i);
  const Token* d = c.take();
  if (d->text.size() > 2) return std::nullopt;
  if (is_ordinal_suffix(c.peek(), w)) c.take();
  c.skip_space();
  if (!c.at(Kind::word)) return std::nullopt;
  const int m = w.month(c.take()->text);
  if (m == 0) return std::nullopt;
  c.skip_punct(".");
  c.skip_space();
  if (!c.at(Kind::number) || !plausible_year(c.peek()->text)) return std::nullopt;
  const int y = to_int(c.take()->text);
  const int day = to_int(d->text);
  return day > 0 ? make_date(y, m, day) : std::nullopt;
}

// "April 3, 2024", "mars 2021" (month precision).
std::optional<Date> month_first(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  Cursor c(t, i);
  const int m = w.month(c.take()->text);
  if (m == 0) return std::nullopt;
  c.skip_punct(".");
  c.skip_space();
  if (!c.at(Kind::number)) return std::nullopt;
  if (plausible_year(c.peek()->text)) return make_date(to_int(c.take()->text), m, 0);
  const Token* d = c.take();
  if (d->text.size() > 2) return std::nullopt;
  if (is_ordinal_suffix(c.peek(), w)) c.take();
  c.skip_punct(",");
  c.skip_space();
  if (!c.at(Kind::number) || !plausible_year(c.peek()->text)) return std::nullopt;
  const int day = to_int(d->text);
  return day > 0 ? make_date(to_int(c.take()->text), m, day) : std::nullopt;
}

// Whether a day number stands before the month word at i ("30 février"): then the date was
// the day-month-year form, valid or not, and the month alone must not be taken.
bool day_before(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  std::size_t j = i;
  if (j > 0 && t[j - 1].kind == Kind::space) --j;
  if (j > 0 && is_ordinal_suffix(&t[j - 1], w)) --j;
  return j > 0 && t[j - 1].kind == Kind::number && t[j - 1].text.size() <= 2;
}

std::optional<Date> date_at(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  // A number glued to a preceding word ("COP29") is a name, not a date.
  if (i > 0 && t[i - 1].kind == Kind::word && t[i].kind == Kind::number) return std::nullopt;
  if (t[i].kind == Kind::number) {
    if (auto d = iso(t, i)) return d;
    if (auto d = numeric_dmy(t, i)) return d;
    if (auto d = dotted_month_dmy(t, i, w)) return d;
    return day_month_year(t, i, w);
  }
  if (t[i].kind == Kind::word && !day_before(t, i, w)) return month_first(t, i, w);
  return std::nullopt;
}

bool has_keyword_before(std::string_view line, std::size_t pos, const HeaderDateWords& w) {
  return w.has_keyword(fold_key(line.substr(0, pos)));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A word of running text: lowercase, of two letters or more, and neither a month nor a word
// date lines hold ("le", "publié", "mis à jour").
bool prose_word(const Token& t, const HeaderDateWords& w) {
  if (t.kind != Kind::word || t.text.size() < 2) return false;
  const auto c0 = static_cast<unsigned char>(t.text[0]), c1 = static_cast<unsigned char>(t.text[1]);
  const bool lowercase = (c0 >= 'a' && c0 <= 'z') || (c0 == 0xC3 && c1 >= 0x9F);  // "é", "à"...
  return lowercase && w.month(t.text) == 0 && !w.is_line_word(t.text);
}

// Whether the word at token k opens a host name ("lalibre.be - 22/02/2024", "ouest-infos.fr"):
// words, digits and hyphens glued up to a dot and another word. Outlets sign their date lines
// with their web address, in lowercase like running text.
bool host_name(const std::vector<Token>& t, std::size_t k) {
  std::size_t j = k + 1;
  while (j < t.size() && (t[j].kind == Kind::word || t[j].kind == Kind::number || t[j].text == "-")) ++j;
  return j + 1 < t.size() && t[j].text == "." && t[j + 1].kind == Kind::word;
}

// Whether the date at token i ends a byline after a dash or a bar ("Par notre correspondant à
// Maputo — samedi 25 septembre 2021"): the words before it sign the page, they do not tell
// a story; nothing but date words follows. A sentence does not set its date off that way.
bool closes_byline(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  std::size_t j = i;
  while (j > 0 && (t[j - 1].kind == Kind::space || (t[j - 1].kind == Kind::word && w.is_line_word(t[j - 1].text)))) --j;
  if (j == 0 || t[j - 1].kind != Kind::punct) return false;
  const std::string_view mark = t[j - 1].text;
  if (mark != "—" && mark != "–" && mark != "-" && mark != "|") return false;
  for (std::size_t k = i + 1; k < t.size(); ++k)
    if (prose_word(t[k], w)) return false;
  return true;
}

// Whether the date at token i is told in a sentence rather than being the line's own date:
// a word of running text before it ("Emmanuel Macron a reçu Olaf Scholz le 5 mars 2023"), or
// an article right before it and running text after it ("Le 5 mars 2023, le président a
// reçu ..."). Date lines put only places, outlets and separators before their date ("Alger,
// 10 mars 2024 (APS) - Le président ...", "Le Monde | International | 20 janvier 2020").
// In an article with no date line, such a sentence would otherwise date the article, and
// every later event would read as told before it happened.
bool in_prose(const std::vector<Token>& t, std::size_t i, const HeaderDateWords& w) {
  if (closes_byline(t, i, w)) return false;
  for (std::size_t k = 0; k < i; ++k)
    if ((k == 0 || t[k - 1].kind == Kind::space) && t[k].text.size() >= 3 && prose_word(t[k], w) && !host_name(t, k))
      return true;
  std::size_t j = i;
  if (j > 0 && t[j - 1].kind == Kind::space) --j;
  if (j == 0 || t[j - 1].kind != Kind::word || fold_key(t[j - 1].text) != "le") return false;
  int after = 0;
  for (std::size_t k = i + 1; k < t.size(); ++k) after += prose_word(t[k], w) ? 1 : 0;
  return after >= 3;
}

// The first date of a header line that reads as the page's own date.
std::optional<Date> date_in_line(std::string_view line, const HeaderDateWords& w) {
  const std::vector<Token> tokens = tokenize(line);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t pos = tokens[i].pos;
    const std::optional<Date> d = date_at(tokens, i, w);
    if (!d) {
      if (auto s = numeric_dmy_short(tokens, i); s && has_keyword_before(line, pos, w)) return s;
      continue;
    }
    if (has_keyword_before(line, pos, w)) return d;
    if ((line.size() <= kShortLine || pos <= kLineStart) && !in_prose(tokens, i, w)) return d;
  }
  return std::nullopt;
}

// The day and month of a line made of a date without a year and nothing else.
std::optional<Date> day_month_line(std::string_view line, const HeaderDateWords& w) {
  if (line.size() > kLineStart + 20) return std::nullopt;
  const std::vector<Token> t = tokenize(line);
  std::optional<Date> found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Kind::word || w.is_line_word(t[i].text)) continue;
    const int m = w.month(t[i].text);
    if (m == 0 || found) return std::nullopt;  // another word, or a second month: not a date line
    std::size_t j = i;
    if (j > 0 && t[j - 1].kind == Kind::space) --j;
    if (j > 0 && is_ordinal_suffix(&t[j - 1], w)) --j;
    if (j == 0 || t[j - 1].kind != Kind::number || t[j - 1].text.size() > 2) return std::nullopt;
    const int day = to_int(t[j - 1].text);
    if (!valid_ymd(2000, m, day)) return std::nullopt;  // a leap year: 29 February is a day
    found = Date{0, m, day};
  }
  return found;
}

// The date `in_line` finds in the first header line where it finds one; empty when none.
template <class F>
Date first_in_header(std::string_view text, F in_line) {
  text = text.substr(0, kHeaderBytes);
  std::size_t lines = 0;
  while (!text.empty() && lines < kHeaderLines) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = trim(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty()) continue;
    ++lines;
    if (const std::optional<Date> d = in_line(line)) return *d;
  }
  return Date{};
}

}  // namespace

// ---------------------------------------------------------------------------------------
// The header-date lexicon

HeaderDateWords HeaderDateWords::from_file(const LexiconFile& file) {
  HeaderDateWords w;
  bool months[13] = {};
  for (const LexiconRecord& rec : file.records()) {
    rec.expect_fields(3, 3);
    const std::string_view kind = rec.fields[0], word = rec.fields[1], value = rec.fields[2];
    if (word.empty() || fold_key(word) != word || word.front() == ' ' || word.back() == ' ')
      rec.fail("'" + std::string(word) + "' is not written folded (lowercase ASCII, no accents, single spaces)");
    if (kind == "month" || kind == "dotted_month") {
      const int m =
          value.size() <= 2 && !value.empty() && value.find_first_not_of("0123456789") == std::string_view::npos
              ? to_int(value)
              : 0;
      if (m < 1 || m > 12) rec.fail(std::string(kind) + " value must be 1..12, not '" + std::string(value) + "'");
      auto& table = kind == "month" ? w.months_ : w.dotted_months_;
      if (!table.emplace(std::string(word), m).second)
        rec.fail("duplicate " + std::string(kind) + " '" + std::string(word) + "'");
      if (kind == "month") months[m] = true;
      continue;
    }
    if (value != "-") rec.fail("a " + std::string(kind) + " takes no value: write '-'");
    std::vector<std::string>* list = kind == "keyword"     ? &w.keywords_
                                     : kind == "line_word" ? &w.line_words_
                                     : kind == "ordinal"   ? &w.ordinals_
                                                           : nullptr;
    if (!list) rec.fail("unknown kind '" + std::string(kind) + "' (month, dotted_month, keyword, line_word, ordinal)");
    for (const std::string& seen : *list)
      if (seen == word) rec.fail("duplicate " + std::string(kind) + " '" + std::string(word) + "'");
    list->emplace_back(word);
  }
  const std::size_t last_line = file.records().empty() ? 0 : file.records().back().line;
  for (int m = 1; m <= 12; ++m)
    if (!months[m]) throw LexiconError(file.name(), last_line, "no month name for month " + std::to_string(m));
  return w;
}

HeaderDateWords HeaderDateWords::parse(std::string_view content, const std::string& file) {
  return from_file(LexiconFile(file, std::string(content)));
}

HeaderDateWords HeaderDateWords::load(const std::string& lexicons_dir) {
  return from_file(load_lexicon_files(lexicons_dir, std::string(kPath)).front());
}

const HeaderDateWords& HeaderDateWords::bundled() {
  static const HeaderDateWords words = load("");
  return words;
}

int HeaderDateWords::month(std::string_view word) const {
  if (word.size() > kLongestWord) return 0;
  const auto it = months_.find(fold_key(word));
  return it == months_.end() ? 0 : it->second;
}

int HeaderDateWords::dotted_month(std::string_view word) const {
  if (word.size() > kLongestWord) return 0;
  const auto it = dotted_months_.find(fold_key(word));
  return it == dotted_months_.end() ? 0 : it->second;
}

bool HeaderDateWords::has_keyword(std::string_view folded) const {
  for (const std::string& k : keywords_)
    if (folded.find(k) != std::string_view::npos) return true;
  return false;
}

bool HeaderDateWords::is_line_word(std::string_view word) const {
  return contains(line_words_, fold_key(word));
}

bool HeaderDateWords::is_ordinal(std::string_view word) const {
  return word.size() <= 2 && contains(ordinals_, fold_key(word));
}

bool HeaderDateWords::contains(const std::vector<std::string>& list, std::string_view folded) {
  for (const std::string& w : list)
    if (w == folded) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Public API

Date find_header_day_month(std::string_view text, const HeaderDateWords& words) {
  return first_in_header(text, [&words](std::string_view line) { return day_month_line(line, words); });
}

Date find_publication_date(std::string_view text, const HeaderDateWords& words) {
  return first_in_header(text, [&words](std::string_view line) { return date_in_line(line, words); });
}

Date find_header_day_month(std::string_view text) {
  return find_header_day_month(text, HeaderDateWords::bundled());
}

Date find_publication_date(std::string_view text) {
  return find_publication_date(text, HeaderDateWords::bundled());
}

}  // namespace ag::extract
