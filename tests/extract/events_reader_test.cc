// read_events_file with worker threads: records and reports in file order, line numbers
// right across the pieces the file is cut into, the same result as one thread.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/input.h"
#include "model/event_json.h"

using namespace ag;
using namespace ag::extract;
namespace fs = std::filesystem;

namespace {

struct Result {
  std::vector<std::string> ids;
  std::vector<std::string> reports;  // "WHERE: MESSAGE"
  std::size_t skipped = 0;
};

Result read(const std::string& path, unsigned threads) {
  Result r;
  r.skipped = read_events_file(
      path, [&](const Diagnostic& d) { r.reports.push_back(d.where + ": " + d.message); },
      [&](Event&& e) { r.ids.push_back(e.id); }, threads);
  return r;
}

}  // namespace

TEST_CASE("read_events_file: threads give the records and reports of one thread, in file order", "[input][events]") {
  std::ifstream golden(fs::path(AG_SOURCE_DIR) / "tests/golden/events.jsonl");
  std::vector<std::string> lines;
  for (std::string l; std::getline(golden, l);)
    if (!l.empty()) lines.push_back(l);
  REQUIRE(lines.size() >= 5);

  // About 12 MB: several of the 4 MB pieces the reader cuts, with a BOM, CR LF line ends,
  // blank lines and broken records here and there (one at a known line).
  const fs::path path = fs::temp_directory_path() / ("ag_events_reader_" + std::to_string(::getpid()) + ".jsonl");
  std::size_t line_no = 0, expected_events = 0, broken_line = 0;
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF";
    for (int round = 0; round < 1500; ++round) {
      for (std::size_t k = 0; k < lines.size(); ++k) {
        std::string l = lines[k];
        // A distinct id per line, so that order shows: the event's own "id" comes first.
        const std::size_t key = l.find("\"id\"");
        REQUIRE(key != std::string::npos);
        const std::size_t at = l.find('"', l.find(':', key));
        REQUIRE(at != std::string::npos);
        l.insert(at + 1, std::to_string(round) + "-");
        out << l << (round % 7 == 0 ? "\r\n" : "\n");
        ++line_no;
        ++expected_events;
      }
      if (round % 100 == 50) {
        out << "{\"type\": \"meeting\", broken\n";
        ++line_no;
        if (!broken_line) broken_line = line_no;
      }
      if (round % 200 == 3) {
        out << "\n   \n";
        line_no += 2;
      }
    }
  }
  const Result one = read(path.string(), 1);
  const Result four = read(path.string(), 4);
  fs::remove(path);

  CHECK(one.ids.size() == expected_events);
  CHECK(one.skipped == 15);
  REQUIRE(one.reports.size() == 15);
  CHECK(one.reports[0].rfind(path.string() + ":" + std::to_string(broken_line) + ": ", 0) == 0);
  CHECK(four.ids == one.ids);
  CHECK(four.reports == one.reports);
  CHECK(four.skipped == one.skipped);
}

TEST_CASE("read_events_file: an empty file and a missing one", "[input][events]") {
  const fs::path path = fs::temp_directory_path() / ("ag_events_reader_empty_" + std::to_string(::getpid()));
  std::ofstream(path).close();
  CHECK(read(path.string(), 3).ids.empty());
  fs::remove(path);
  const Result missing = read(path.string(), 3);
  CHECK(missing.ids.empty());
  REQUIRE(missing.reports.size() == 1);
  CHECK(missing.reports[0].find("cannot open") != std::string::npos);
}
