#include "extract/boilerplate.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "extract/fold.h"
#include "extract/lexicon_file.h"

namespace ag::extract {
namespace {

constexpr std::string_view kPath = "fr/boilerplate.txt";
constexpr std::size_t kMaxRuleChars = 1000;
// Prose guard: a line of at least this many words ending like a sentence is article text.
constexpr std::size_t kProseWords = 10;
// How far into a line a teaser label's mark may come ("À lire également :").
constexpr std::size_t kLabelReach = 40;

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Trims ASCII space and the no-break spaces French typography puts around punctuation.
// Every line is trimmed: an ASCII byte that is no space ends it at once (both no-break
// spaces start and end on bytes >= 0x80).
std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
    else if (s.empty() || static_cast<unsigned char>(s.front()) < 0x80)
      break;
    else if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else if (s.substr(0, 3) == "\xE2\x80\xAF") s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
    else if (s.empty() || static_cast<unsigned char>(s.back()) < 0x80)
      break;
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF") s.remove_suffix(3);
    else break;
  }
  return s;
}

// A bullet, arrow or pictograph before a widget's label ("📌 Lire aussi", "► Partager")
// decorates it: rules match from what follows. Skipped are the non-ASCII characters that are
// no Latin letter (up to U+024F) and the spaces after them; ASCII marks stay ("#COP29").
std::string skip_leading_marks(std::string folded) {
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t next = i;
    const char32_t c = next_code_point(folded, next);
    if (c < 0x80 ? c != ' ' || i == 0 : c >= 0xC0 && c <= 0x24F) break;
    i = next;
  }
  if (i > 0) folded.erase(0, i);
  return folded;
}

// An exact rule ignores what widgets put after their label ("PARTAGEZ:", "commenter !").
std::string strip_trailing_marks(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ':' || s.back() == '!' || s.back() == '?' || s.back() == '.'))
    s.pop_back();
  return s;
}

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = is_space_byte(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool ends_like_sentence(std::string_view s) {
  // Every ending below ends on one of these bytes: most lines are rejected on their last.
  if (s.empty()) return false;
  switch (static_cast<unsigned char>(s.back())) {
    case '.':
    case '!':
    case '?':
    case '"':
    case 0xA6:
    case 0xBB:
    case 0x9D:
      break;
    default:
      return false;
  }
  static const std::string_view kEnds[] = {".", "!", "?", "\"", "\xE2\x80\xA6" /* … */, "\xC2\xBB" /* » */,
                                           "\xE2\x80\x9D" /* ” */};
  for (std::string_view e : kEnds)
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  return false;
}

bool reads_as_prose(std::string_view line) { return ends_like_sentence(line) && word_count(line) >= kProseWords; }

// A teaser label's text starts after a mark like these ("Lire aussi : ...", "LIRE AUSSI >
// ...", "Lire aussi | ..."); a line that goes on with a word is a sentence ("Lire aussi les
// déclarations ... demande du temps").
bool labels_a_link(std::string_view rest) {
  rest = trim(rest);
  return !rest.empty() && (rest[0] == ':' || rest[0] == '|' || rest[0] == '-' || rest[0] == '>');
}

std::size_t parse_max_chars(const LexiconRecord& rec) {
  const std::string_view field = rec.fields[2];
  std::size_t v = 0;
  if (field.empty() || field.size() > 4) rec.fail("max chars must be a number from 1 to 1000");
  for (char c : field) {
    if (c < '0' || c > '9') rec.fail("max chars must be a number from 1 to 1000");
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  if (v < 1 || v > kMaxRuleChars) rec.fail("max chars must be a number from 1 to 1000");
  return v;
}

}  // namespace

BoilerplateRules BoilerplateRules::parse(std::string_view content, const std::string& file) {
  return from_file(LexiconFile(file, std::string(content)));
}

BoilerplateRules BoilerplateRules::load(const std::string& lexicons_dir) {
  return from_file(load_lexicon_files(lexicons_dir, std::string(kPath)).front());
}

BoilerplateRules BoilerplateRules::from_file(const LexiconFile& file) {
  BoilerplateRules r;
  for (const LexiconRecord& rec : file.records()) {
    rec.expect_fields(3, 3);
    const std::string_view how = rec.fields[0], pattern = rec.fields[1];
    if (how != "exact" && how != "prefix" && how != "teaser")
      rec.fail("unknown rule kind '" + std::string(how) + "' (exact, prefix or teaser)");
    if (pattern.empty()) rec.fail("empty pattern");
    const std::size_t max_chars = parse_max_chars(rec);
    r.longest_ = std::max(r.longest_, max_chars);
    if (how == "exact") {
      std::string key = strip_trailing_marks(fold_key(pattern));
      if (key.empty()) rec.fail("pattern has no words");
      if (!r.exact_.emplace(std::move(key), max_chars).second) rec.fail("duplicate rule '" + std::string(pattern) + "'");
    } else {
      std::string key = fold_key(pattern);
      for (const Prefix& p : r.prefixes_)
        if (p.folded == key) rec.fail("duplicate rule '" + std::string(pattern) + "'");
      // Folded keys are ASCII but for rare letters: only an ASCII letter or digit asks for a
      // word boundary, so "#" or "©" match whatever follows them.
      const bool whole_word = std::isalnum(static_cast<unsigned char>(key.back())) != 0;
      r.prefixes_.push_back({std::move(key), max_chars, whole_word, how == "teaser"});
    }
  }
  r.index_prefixes();
  return r;
}

void BoilerplateRules::index_prefixes() {
  // Counted into place, file order kept in each bucket; an empty key goes into all of them.
  std::array<uint32_t, 256> count{};
  uint32_t everywhere = 0;
  for (const Prefix& p : prefixes_) {
    if (p.folded.empty())
      ++everywhere;
    else
      ++count[static_cast<unsigned char>(p.folded[0])];
  }
  first_start_[0] = 0;
  for (std::size_t b = 0; b < 256; ++b) first_start_[b + 1] = first_start_[b] + count[b] + everywhere;
  by_first_.assign(first_start_[256], 0);
  std::array<uint32_t, 256> next;
  std::copy(first_start_.begin(), first_start_.end() - 1, next.begin());
  for (std::size_t i = 0; i < prefixes_.size(); ++i) {
    const std::string& key = prefixes_[i].folded;
    if (!key.empty()) {
      by_first_[next[static_cast<unsigned char>(key[0])]++] = static_cast<uint32_t>(i);
      continue;
    }
    for (std::size_t b = 0; b < 256; ++b) by_first_[next[b]++] = static_cast<uint32_t>(i);
  }
}

const BoilerplateRules& BoilerplateRules::bundled() {
  // Parsed once, thread-safely; should the bundled file be invalid, every call throws again.
  static const BoilerplateRules rules = load("");
  return rules;
}

bool BoilerplateRules::matches(std::string_view line) const {
  return classify(line) != Line::text;
}

BoilerplateRules::Line BoilerplateRules::classify(std::string_view line) const {
  line = trim(line);
  // Cheap rejections first: most lines of an article are long paragraphs.
  if (line.empty() || line.size() > longest_ * 4) return Line::text;
  // Most lines left are paragraphs, about one byte a code point: a prefix with more code
  // points than any rule allows rejects them without counting the rest (a prefix never has
  // more code points than its line).
  const std::size_t probe = longest_ + longest_ / 4 + 1;
  if (line.size() > probe && code_point_count(line.substr(0, probe)) > longest_) return Line::text;
  const std::size_t chars = code_point_count(line);
  if (chars > longest_) return Line::text;
  const bool prose = reads_as_prose(line);
  // Prose is text unless a teaser label marks it as a link: no folding for most lines.
  if (prose && line.substr(0, kLabelReach).find_first_of(":|->") == std::string_view::npos) return Line::text;
  // Buffers kept per thread: every short line of every article comes here, and a string per
  // line (two, with the exact rule's key) showed among the allocations of extraction.
  thread_local std::string folded, key;
  fold_key(line, folded);
  folded = skip_leading_marks(std::move(folded));  // moved back: the buffer stays
  key.assign(folded);
  key = strip_trailing_marks(std::move(key));
  if (auto it = exact_.find(key); !prose && it != exact_.end() && chars <= it->second) return Line::furniture;
  // Only the prefixes that may start the line, by its first byte (an empty line: bucket 0,
  // whose longer keys fail on size); then sizes before a compare (a string compare per rule
  // and line showed in profiles).
  const auto first = static_cast<unsigned char>(folded.empty() ? 0 : folded[0]);
  for (uint32_t k = first_start_[first]; k < first_start_[first + 1]; ++k) {
    const Prefix& p = prefixes_[by_first_[k]];
    if (chars > p.max_chars || folded.size() < p.folded.size()) continue;
    if (std::string_view(folded).substr(0, p.folded.size()) != p.folded) continue;
    if (p.whole_word && folded.size() > p.folded.size() && is_word_byte(folded[p.folded.size()])) continue;
    if (!p.teaser) {
      if (!prose) return Line::furniture;
      continue;
    }
    const std::string_view rest = std::string_view(folded).substr(p.folded.size());
    if (strip_trailing_marks(std::string(rest)).empty()) return Line::list_heading;
    if (!prose || labels_a_link(rest)) return Line::furniture;
  }
  return Line::text;
}

std::vector<Span> find_boilerplate(std::string_view text, const BoilerplateRules& rules) {
  std::vector<Span> spans;
  // Whether only blank lines separate this line from the last marked one: consecutive
  // marked lines become one span.
  bool adjacent = false;
  bool in_list = false;  // under a teaser heading
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw = text.substr(pos, nl - pos);
    const std::string_view line = trim(raw);
    if (line.empty()) {
      in_list = false;  // a blank line ends a list of teasers
    } else {
      const BoilerplateRules::Line kind = rules.classify(line);
      // Under a teaser heading ("Lire aussi" alone on its line), the headlines that follow
      // it up to a blank line are links too, unless one reads as article prose.
      in_list = kind == BoilerplateRules::Line::list_heading ||
                (in_list && (kind != BoilerplateRules::Line::text ||
                             (code_point_count(line) <= rules.longest() && !reads_as_prose(line))));
      if (kind != BoilerplateRules::Line::text || in_list) {
        const std::size_t begin = static_cast<std::size_t>(line.data() - text.data());
        const std::size_t end = begin + line.size();
        if (adjacent && !spans.empty()) spans.back().end = end;
        else spans.push_back({begin, end});
        adjacent = true;
      } else {
        adjacent = false;
      }
    }
    pos = nl + 1;
  }
  return spans;
}

std::vector<Span> find_boilerplate(std::string_view text) { return find_boilerplate(text, BoilerplateRules::bundled()); }

}  // namespace ag::extract
