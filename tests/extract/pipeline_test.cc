#include "extract/pipeline.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extract/decode.h"
#include "extract/input.h"
#include "extract/sentences.h"
#include "extract_test_support.h"
#include "model/event_json.h"

using namespace ag;
using namespace ag::extract;
using namespace ag::extract::test;

namespace {

// Short articles, each with its own interactions (and some with none).
const char* const kTexts[] = {
    "Ilham Aliyev s'est entretenu lundi par téléphone avec Vladimir Poutine. Les deux présidents ont évoqué le gaz.",
    "Le président américain a reçu mardi à Washington le président Emmanuel Macron.",
    "Il a plu toute la journée sur la capitale.",
    "Bakou et Erevan ont tenu des pourparlers à Almaty. Une réunion tripartite entre Vladimir Poutine, Ilham "
    "Aliyev et Nikol Pachinian s'est tenue lundi à Moscou.",
    "Le ministre turc des Affaires étrangères a téléphoné à son homologue allemand.",
    "La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a rencontré lundi "
    "l'ambassadeur Jean Testard.",
    "Ilham Aliyev n'a pas rencontré Nikol Pachinian à Grenade.",
    "Ilham Aliyev et Nikol Pachinian doivent se rencontrer à Prague.",
};
const char* const kDates[] = {"2024-04-10", "2018-06-02", "2024-01-01", "2024-05-08",
                              "2016-05-10", "2024-11-20", "2023-10-05", "2024-05-08"};

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// A corpus of `copies` rounds of the texts above, one JSON record per line.
std::string write_corpus(const TempDir& dir, int copies) {
  std::string lines;
  int n = 0;
  for (int round = 0; round < copies; ++round)
    for (std::size_t i = 0; i < std::size(kTexts); ++i)
      lines += "{\"id\": \"d" + std::to_string(n++) + "\", \"date\": \"" + kDates[i] + "\", \"text\": \"" +
               escape(kTexts[i]) + "\"}\n";
  return dir.file("corpus.jsonl", lines);
}

struct Output {
  std::vector<std::string> names;
  std::string jsonl;      // serialized by the consumer
  std::string formatted;  // serialized by PipelineOptions::format on the workers
  PipelineStats stats;
};

void serialize(const Document& doc, const std::vector<Event>& events, std::string& out) {
  out += "# " + doc.name + "\n";
  for (const auto& e : events) out += to_json_line(e) + "\n";
}

Output run(const std::string& corpus, unsigned threads, std::size_t window = 256,
           std::size_t window_bytes = std::size_t(64) << 20) {
  DocumentReader reader({InputFile{corpus, InputKind::corpus}}, ReadOptions{}, [](const Diagnostic&) {});
  Output out;
  PipelineOptions options;
  options.threads = threads;
  options.window = window;
  options.window_bytes = window_bytes;
  options.format = serialize;
  out.stats = run_pipeline(reader, extractor(), options,
                           [&](const Document& doc, std::vector<Event>&& events, std::string& formatted) {
                             out.names.push_back(doc.name);
                             for (const auto& e : events) out.jsonl += to_json_line(e) + "\n";
                             out.formatted += formatted;
                           });
  return out;
}

}  // namespace

TEST_CASE("pipeline: documents come out in input order with their events", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = write_corpus(dir, 1);
  const Output out = run(corpus, 1);
  REQUIRE(out.names.size() == std::size(kTexts));
  for (std::size_t i = 0; i < out.names.size(); ++i) CHECK(out.names[i] == corpus + "#d" + std::to_string(i));
  CHECK(out.stats.documents == std::size(kTexts));
  // The same events as the extractor gives document by document.
  std::string expected;
  std::size_t events = 0;
  for (std::size_t i = 0; i < std::size(kTexts); ++i) {
    const auto evs = extractor().extract(document(kTexts[i], kDates[i], corpus + "#d" + std::to_string(i)));
    events += evs.size();
    for (const auto& e : evs) expected += to_json_line(e) + "\n";
  }
  CHECK(out.jsonl == expected);
  // format() saw the same documents and events, and its output reached the consumer.
  std::string formatted;
  for (std::size_t i = 0; i < std::size(kTexts); ++i) formatted += "# " + corpus + "#d" + std::to_string(i) + "\n";
  CHECK(out.formatted.size() == formatted.size() + expected.size());
  CHECK(out.formatted.rfind("# " + corpus + "#d0\n", 0) == 0);
  CHECK(out.stats.events == events);
  CHECK(events >= 5);  // a corpus with real content
  CHECK(out.stats.sentences >= std::size(kTexts));
}

TEST_CASE("pipeline: the output is identical for 1 and 4 threads", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = write_corpus(dir, 12);  // 96 documents
  const Output one = run(corpus, 1);
  const Output four = run(corpus, 4);
  CHECK(four.names == one.names);
  CHECK(four.jsonl == one.jsonl);
  CHECK(four.formatted == one.formatted);
  CHECK(four.stats.documents == one.stats.documents);
  CHECK(four.stats.sentences == one.stats.sentences);
  CHECK(four.stats.events == one.stats.events);
  CHECK(one.stats.documents == 96);
  // A small window (more waiting on the slowest document) changes nothing either.
  const Output narrow = run(corpus, 4, 2);
  CHECK(narrow.names == one.names);
  CHECK(narrow.jsonl == one.jsonl);
  const Output single = run(corpus, 3, 1);
  CHECK(single.jsonl == one.jsonl);
  // A byte window smaller than one document still lets every document through.
  const Output tiny = run(corpus, 4, 256, 16);
  CHECK(tiny.names == one.names);
  CHECK(tiny.formatted == one.formatted);
}

TEST_CASE("pipeline: zero threads means one", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = write_corpus(dir, 1);
  const Output zero = run(corpus, 0);
  const Output one = run(corpus, 1);
  CHECK(zero.names == one.names);
  CHECK(zero.jsonl == one.jsonl);
}

TEST_CASE("pipeline: an empty input gives nothing", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = dir.file("empty.jsonl", "");
  const Output out = run(corpus, 4);
  CHECK(out.names.empty());
  CHECK(out.jsonl.empty());
  CHECK(out.stats.documents == 0);
  CHECK(out.stats.events == 0);
}

TEST_CASE("pipeline: an exception from the consumer stops the run and is rethrown", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = write_corpus(dir, 4);
  DocumentReader reader({InputFile{corpus, InputKind::corpus}}, ReadOptions{}, [](const Diagnostic&) {});
  PipelineOptions options;
  options.threads = 4;
  options.window = 4;
  std::atomic<int> seen{0};
  CHECK_THROWS_WITH(run_pipeline(reader, extractor(), options,
                                 [&](const Document&, std::vector<Event>&&, std::string&) {
                                   if (++seen == 3) throw std::runtime_error("disk full");
                                 }),
                    "disk full");
  CHECK(seen == 3);
}

TEST_CASE("pipeline: an exception from format() stops the run and is rethrown", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = write_corpus(dir, 4);
  DocumentReader reader({InputFile{corpus, InputKind::corpus}}, ReadOptions{}, [](const Diagnostic&) {});
  PipelineOptions options;
  options.threads = 4;
  options.format = [](const Document& doc, const std::vector<Event>&, std::string&) {
    if (doc.name.find("#d5") != std::string::npos) throw std::runtime_error("cannot format d5");
  };
  std::vector<std::string> names;
  CHECK_THROWS_WITH(run_pipeline(reader, extractor(), options,
                                 [&](const Document& doc, std::vector<Event>&&, std::string&) {
                                   names.push_back(doc.name);
                                 }),
                    "cannot format d5");
  // Documents before the failing one may have been handed over, in order; none after it.
  CHECK(names.size() <= 5);
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(names[i] == corpus + "#d" + std::to_string(i));
}

TEST_CASE("pipeline: the consumer is called from one thread at a time", "[extract][pipeline]") {
  TempDir dir;
  const std::string corpus = write_corpus(dir, 6);
  DocumentReader reader({InputFile{corpus, InputKind::corpus}}, ReadOptions{}, [](const Diagnostic&) {});
  PipelineOptions options;
  options.threads = 4;
  std::atomic<int> inside{0};
  int max_inside = 0;
  std::size_t calls = 0;
  run_pipeline(reader, extractor(), options, [&](const Document&, std::vector<Event>&&, std::string&) {
    const int now = ++inside;
    if (now > max_inside) max_inside = now;
    ++calls;
    --inside;
  });
  CHECK(max_inside == 1);
  CHECK(calls == 6 * std::size(kTexts));
}

TEST_CASE("pipeline: warming the tables up races safely with the stages that use them", "[extract][pipeline]") {
  // Two warm-ups at once and a document decoded and split meanwhile: each table is built
  // once, and what the document gives is what it gives alone.
  const std::string text = "M. Dupont a reçu à l’Élysée le président. Ils ont parlé du gaz le 3 avril 2024.";
  auto decode_and_split = [&] {
    std::string reason;
    Document doc;
    doc.text = decode_text(text, reason).value().text;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const Sentence& s : split_sentences(doc)) spans.emplace_back(s.span.begin, s.span.end);
    return std::make_pair(doc.text, spans);
  };
  std::thread a(warm_up_tables), b(warm_up_tables);
  const auto during = decode_and_split();
  a.join();
  b.join();
  const auto after = decode_and_split();
  CHECK(during == after);
  CHECK(after.second.size() == 2);
  warm_up_tables();  // again: nothing left to build, nothing breaks
}
