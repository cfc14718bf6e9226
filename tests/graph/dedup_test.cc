#include "graph/dedup.h"

#include <algorithm>
#include <random>
#include <set>

#include <catch2/catch.hpp>

#include "model/event_json.h"
#include "tests/graph/test_events.h"

using namespace ag;
using namespace ag::graph;
using ag::test::event;
using ag::test::source;

TEST_CASE("one call reported by two articles is one event with both sources", "[graph]") {
  Event a = event("ev-a", "phone_call", {"aliyev", "blinken"}, "2024-04-03", "doc1.txt", "2024-04-03");
  a.initiator = "blinken";
  a.topics = {"peace_process"};
  Event b = event("ev-b", "phone_call", {"blinken", "aliyev"}, "2024-04-03", "doc2.txt", "2024-04-04");
  b.topics = {"climate", "peace_process"};
  b.subjects = {"COP29"};
  b.confidence = 0.9;
  DedupStats st;
  auto out = deduplicate({b, a}, {}, &st);
  REQUIRE(out.size() == 1);
  REQUIRE(st.input == 2);
  REQUIRE(st.output == 1);
  REQUIRE(st.merged == 1);
  const Event& e = out[0];
  REQUIRE(e.id == "ev-a");  // the earliest report
  REQUIRE(e.sources.size() == 2);
  REQUIRE(e.sources[0].document == "doc1.txt");
  REQUIRE(e.initiator == "blinken");
  REQUIRE(e.topics == std::vector<std::string>{"peace_process", "climate"});
  REQUIRE(e.subjects == std::vector<std::string>{"COP29"});
  REQUIRE(e.confidence == Approx(0.9));
}

TEST_CASE("different types, participants or dates stay apart", "[graph]") {
  auto out = deduplicate({event("ev-1", "phone_call", {"a", "b"}, "2024-04-03"),
                          event("ev-2", "meeting", {"a", "b"}, "2024-04-03"),
                          event("ev-3", "phone_call", {"a", "c"}, "2024-04-03"),
                          event("ev-4", "phone_call", {"a", "b"}, "2024-04-04"),
                          event("ev-5", "phone_call", {"a", "b", "c"}, "2024-04-03")});
  REQUIRE(out.size() == 5);
}

TEST_CASE("the merged event takes the more precise date", "[graph]") {
  auto out = deduplicate({event("ev-1", "meeting", {"a", "b"}, "2024-04"),
                          event("ev-2", "meeting", {"a", "b"}, "XXXX-04-03", "d2", "2024-04-05")});
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].date == "2024-04-03");

  out = deduplicate({event("ev-1", "meeting", {"a", "b"}, "2024"),
                     event("ev-2", "meeting", {"a", "b"}, "2024-06-07")});
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].date == "2024-06-07");
}

TEST_CASE("a partial date matching two events stays apart", "[graph]") {
  auto out = deduplicate({event("ev-1", "phone_call", {"a", "b"}, "2024-04-03"),
                          event("ev-2", "phone_call", {"a", "b"}, "2024-04-20"),
                          event("ev-3", "phone_call", {"a", "b"}, "2024-04")});
  REQUIRE(out.size() == 3);
}

TEST_CASE("an undated report joins an event near its publication only", "[graph]") {
  auto near = deduplicate({event("ev-1", "phone_call", {"a", "b"}, "2024-04-03"),
                           event("ev-2", "phone_call", {"a", "b"}, "", "d2", "2024-04-05")});
  REQUIRE(near.size() == 1);
  REQUIRE(near[0].date == "2024-04-03");
  REQUIRE(near[0].sources.size() == 2);

  auto far = deduplicate({event("ev-1", "phone_call", {"a", "b"}, "2021-04-03"),
                          event("ev-2", "phone_call", {"a", "b"}, "", "d2", "2024-04-05")});
  REQUIRE(far.size() == 2);

  auto year_unknown = deduplicate({event("ev-1", "phone_call", {"a", "b"}, "2021-03-15"),
                                   event("ev-2", "phone_call", {"a", "b"}, "XXXX-03-15", "d2", "2024-03-20")});
  REQUIRE(year_unknown.size() == 2);
}

TEST_CASE("two undated reports without publication dates merge", "[graph]") {
  auto out = deduplicate({event("ev-1", "meeting", {"a", "b"}), event("ev-2", "meeting", {"b", "a"}, "", "d2")});
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].sources.size() == 2);
}

TEST_CASE("a planned meeting that then took place is one occurred event", "[graph]") {
  Event planned = event("ev-p", "meeting", {"a", "b"}, "2024-06-01", "d1", "2024-05-20");
  planned.status = "planned";
  planned.cameo = "036";
  Event done = event("ev-d", "meeting", {"a", "b"}, "2024-06-01", "d2", "2024-06-02");
  done.cameo = "043";
  done.initiator = "a";
  auto out = deduplicate({done, planned});
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].status == "occurred");
  REQUIRE(out[0].cameo == "043");
  REQUIRE(out[0].initiator == "a");
  REQUIRE(out[0].id == "ev-p");
}

TEST_CASE("the same report read twice keeps one source", "[graph]") {
  Event a = event("ev-1", "meeting", {"a", "b"}, "2024-06-01", "d1", "2024-06-02");
  auto out = deduplicate({a, a});
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].sources.size() == 1);
}

TEST_CASE("missing ids are filled and colliding ids made unique", "[graph]") {
  Event a = event("", "meeting", {"a", "b"}, "2024-06-01");
  auto out = deduplicate({a});
  REQUIRE(out[0].id.rfind("ev-", 0) == 0);
  REQUIRE(out[0].id.size() == 19);
  REQUIRE(deduplicate({a})[0].id == out[0].id);

  auto twins = deduplicate({event("ev-x", "meeting", {"a", "b"}, "2024-06-01"),
                            event("ev-x", "meeting", {"a", "c"}, "2024-06-01")});
  REQUIRE(twins.size() == 2);
  REQUIRE(twins[0].id == "ev-x");
  REQUIRE(twins[1].id == "ev-x-2");
}

TEST_CASE("output is sorted by date and does not depend on input order", "[graph]") {
  std::vector<Event> in = {
      event("ev-1", "meeting", {"a", "b"}, "2024-06-01", "d1", "2024-06-02"),
      event("ev-2", "meeting", {"a", "b"}, "2024-06", "d2", "2024-06-30"),
      event("ev-3", "phone_call", {"a", "c"}, "2023-01-01", "d3"),
      event("ev-4", "phone_call", {"c", "a"}, "", "d4"),
      event("ev-5", "meeting", {"b", "a"}, "2024-06-01", "d5", "2024-06-01"),
      event("ev-6", "mediation", {"a", "b", "m"}, "XXXX-02-02", "d6"),
      event("ev-7", "meeting", {"a", "b"}, "2024-07-01", "d7"),
  };
  auto reference = deduplicate(in);
  std::vector<std::string> ids;
  for (const auto& e : reference) ids.push_back(e.id);
  REQUIRE(ids == std::vector<std::string>{"ev-3", "ev-5", "ev-7", "ev-6"});
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(in.begin(), in.end(), rng);
    auto out = deduplicate(in);
    REQUIRE(out.size() == reference.size());
    for (std::size_t i = 0; i < out.size(); ++i) REQUIRE(to_json_line(out[i]) == to_json_line(reference[i]));
  }
}

TEST_CASE("events of one day are ordered by id as strings, however long or alike", "[graph]") {
  // Ids sharing long prefixes, prefixes of one another, and bytes past ASCII (ordered as
  // unsigned), around the 16 bytes the sort compares as integers.
  std::vector<std::string> ids = {"ev-0123456789abcdef",
                                  "ev-0123456789abcdeg",
                                  "ev-0123456789abcd",
                                  "ev-0123456789abcde",
                                  "ev-0123456789abcdef0",
                                  "ev-0123456789abcdef-2",
                                  "ev-0123456789abc\xC3\xA9",
                                  "ev-0123456789abc~",
                                  "ev-0123456789abc",
                                  "ev-1",
                                  "ev-0123456789abcdef\xC3\xA9x",
                                  "ev-0123456789abcdef0123",
                                  "ev-0123456789abcdef0124"};
  ids.push_back(std::string("ev-1\0", 5));  // equal to "ev-1" once padded with zeros
  std::vector<Event> in;
  for (std::size_t i = 0; i < ids.size(); ++i)
    in.push_back(event(ids[i], "meeting", {"a" + std::to_string(i), "b"}, "2024-06-01", "d" + std::to_string(i)));
  std::mt19937 rng(3);
  std::shuffle(in.begin(), in.end(), rng);
  std::vector<std::string> out;
  for (const Event& e : deduplicate(in)) out.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  REQUIRE(out == ids);
}

TEST_CASE("many reports of one pair are bucketed, not compared pairwise", "[graph]") {
  std::vector<Event> in;
  for (int i = 0; i < 20000; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 10 + i % 10, 1 + i % 12, 1 + i % 28);
    in.push_back(event("ev-" + std::to_string(i), "phone_call", {"a", "b"}, date, "d" + std::to_string(i)));
  }
  auto out = deduplicate(in);
  REQUIRE(out.size() == 420);  // i mod lcm(10, 12, 28) fixes the date
}

TEST_CASE("deduplication gives the same events for any thread count", "[graph]") {
  const std::vector<Event> input = ag::test::many_reports(30000);
  auto lines = [](const std::vector<Event>& events) {
    std::string out;
    for (const Event& e : events) out += to_json_line(e) + "\n";
    return out;
  };
  DedupStats one_stats;
  const std::string one = lines(deduplicate(input, {}, &one_stats));
  REQUIRE(one_stats.merged > 1000);  // real merges, in slices of thousands of events
  for (unsigned threads : {2u, 3u, 7u}) {
    DedupOptions options;
    options.threads = threads;
    DedupStats st;
    INFO(threads << " threads");
    CHECK(lines(deduplicate(input, options, &st)) == one);
    CHECK(st.output == one_stats.output);
  }
}

TEST_CASE("after many merges the result is in event order and keeps every report", "[graph]") {
  // Deduplication reorders its input in place, around the reports folded into others: every
  // kept event must land once, in order, whichever positions the folded ones held.
  const std::vector<Event> input = ag::test::many_reports(30000, 5);
  std::multiset<std::pair<std::string, std::size_t>> reports;
  for (const Event& e : input)
    for (const Source& s : e.sources) reports.insert({s.document, s.start});
  DedupStats st;
  const std::vector<Event> out = deduplicate(input, {}, &st);
  REQUIRE(st.merged > 1000);
  REQUIRE(out.size() == st.output);
  CHECK(std::is_sorted(out.begin(), out.end(), event_order));
  std::multiset<std::pair<std::string, std::size_t>> kept;
  std::set<std::string> ids;
  for (const Event& e : out) {
    CHECK(e.participants.size() >= 2);  // no emptied report among the results
    ids.insert(e.id);
    for (const Source& s : e.sources) kept.insert({s.document, s.start});
  }
  CHECK(ids.size() == out.size());
  // Every report is kept, except a repeat of one document's sentence in the same event.
  for (const auto& r : kept) CHECK(reports.count(r) >= kept.count(r));
  CHECK(std::set<std::pair<std::string, std::size_t>>(kept.begin(), kept.end()) ==
        std::set<std::pair<std::string, std::size_t>>(reports.begin(), reports.end()));
}
