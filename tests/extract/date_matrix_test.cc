// The date matrix (tests/extract/date_matrix.tsv): short articles that cross date expressions,
// dateline forms and where the date stands relative to the trigger, each with the date the
// Macron-Scholz event must get. Read as the program reads a plain article: the publication
// date from the header, boilerplate set aside. The matrix is wider than what the extractor
// reads today: the test holds a floor and lists the lines that miss, so that a change that
// loses one shows up and a fix can raise the floor.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/boilerplate.h"
#include "extract/pubdate.h"
#include "tests/extract/extract_test_support.h"

namespace ag::extract::test {
namespace {

struct MatrixLine {
  int line = 0;
  std::string label, expected, text;
};

std::string unescape_newlines(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<MatrixLine> read_matrix() {
  std::ifstream in(std::string(AG_SOURCE_DIR) + "/tests/extract/date_matrix.tsv", std::ios::binary);
  REQUIRE(in);
  std::vector<MatrixLine> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t2 == std::string::npos) FAIL("date_matrix.tsv:" << n << ": three TAB-separated fields expected");
    out.push_back({n, line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), unescape_newlines(line.substr(t2 + 1))});
  }
  return out;
}

// The date of the first event between Macron and Scholz, "null" when it has none, "no event"
// when there is no such event.
std::string matrix_date(const std::string& text) {
  Document doc = document(text, "");
  doc.published = find_publication_date(doc.text);
  doc.boilerplate = find_boilerplate(doc.text);
  for (const Event& e : extractor().extract(doc)) {
    const auto who = ids(e);
    if (std::count(who.begin(), who.end(), "emmanuel-macron") && std::count(who.begin(), who.end(), "olaf-scholz"))
      return e.date.empty() ? "null" : e.date;
  }
  return "no event";
}

TEST_CASE("Date matrix: the events' dates across expressions, datelines and positions") {
  const auto matrix = read_matrix();
  REQUIRE(matrix.size() >= 300);
  int passed = 0;
  std::ostringstream missed;
  for (const auto& m : matrix) {
    const std::string want = m.expected.empty() ? "null" : m.expected;
    const std::string got = matrix_date(m.text);
    if (got == want)
      ++passed;
    else
      missed << "\n  date_matrix.tsv:" << m.line << " " << m.label << ": want " << want << ", got " << got;
  }
  // Raise the floor with each fix; the lines below it are what is left to do.
  constexpr int kFloor = 602;
  INFO(passed << "/" << matrix.size() << " pass; missed:" << missed.str());
  CHECK(passed >= kFloor);
}

}  // namespace
}  // namespace ag::extract::test
