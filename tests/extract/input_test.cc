#include "extract/input.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/temp_dir.h"

using namespace ag;
using namespace ag::extract;
namespace fs = std::filesystem;
using ag::test::TempDir;

namespace {

struct Collected {
  std::vector<Diagnostic> all;
  DiagnosticSink sink() {
    return [this](const Diagnostic& d) { all.push_back(d); };
  }
  const Diagnostic* find(const std::string& where) const {
    for (const auto& d : all)
      if (d.where == where) return &d;
    return nullptr;
  }
};

std::vector<Document> read_all(const std::vector<InputFile>& inputs, Collected& diags, ReadOptions options = {},
                               std::size_t* skipped = nullptr) {
  DocumentReader reader(inputs, options, diags.sink());
  std::vector<Document> out;
  Document d;
  while (reader.next(d)) out.push_back(d);
  if (skipped) *skipped = reader.skipped();
  return out;
}

const Document* named(const std::vector<Document>& docs, const std::string& name) {
  for (const auto& d : docs)
    if (d.name == name) return &d;
  return nullptr;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  for (const auto& x : v)
    if (x == s) return true;
  return false;
}

std::string utf16le(const std::u16string& s) {
  std::string out = "\xFF\xFE";
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

std::string utf16be(const std::u16string& s) {
  std::string out = "\xFE\xFF";
  for (char16_t c : s) {
    out += static_cast<char>(c >> 8);
    out += static_cast<char>(c & 0xFF);
  }
  return out;
}

const char* kEvent =
    R"({"id":"ev-1","type":"phone_call","participants":[{"id":"ilham-aliyev"},{"id":"antony-blinken"}],"date":"2024-04-03"})";

}  // namespace

TEST_CASE("kinds are recognized from content", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string article = dir.file("a.txt", "Titre\n\n03 Avril 2024\n\nTexte.\n");
  const std::string corpus = dir.file("c.txt", "\n\n{\"id\":\"d1\",\"text\":\"Bonjour.\"}\n");
  const std::string events = dir.file("e.txt", std::string(kEvent) + "\n");
  const std::string jsonl_no_text = dir.file("n.jsonl", "{\"id\":\"d1\"}\n");
  const std::string not_json = dir.file("j.txt", "{ pas du JSON }\n");
  const std::string array = dir.file("arr.txt", "[\"text\"]\n");
  const auto inputs = expand_inputs({article, corpus, events, jsonl_no_text, not_json, array}, diags.sink());
  REQUIRE(inputs.size() == 6);
  CHECK(inputs[0].kind == InputKind::article);
  CHECK(inputs[1].kind == InputKind::corpus);
  CHECK(inputs[2].kind == InputKind::events);
  CHECK(inputs[3].kind == InputKind::corpus);
  CHECK(inputs[4].kind == InputKind::article);
  CHECK(inputs[5].kind == InputKind::article);
  CHECK(inputs[0].path == article);  // a file is taken as given
  CHECK(diags.all.empty());
}

TEST_CASE("a missing path is a fatal input error", "[extract][input]") {
  TempDir dir;
  Collected diags;
  CHECK_THROWS_AS(expand_inputs({dir / "nope.txt"}, diags.sink()), InputError);
  fs::create_symlink(dir / "nowhere", dir / "dangling");
  CHECK_THROWS_WITH(expand_inputs({dir / "dangling"}, diags.sink()), Catch::Contains("broken symbolic link"));
}

TEST_CASE("directories are walked recursively, sorted by path, hidden entries left out", "[extract][input]") {
  TempDir dir;
  Collected diags;
  dir.file("b.txt", "B");
  dir.file("a/z.txt", "Z");
  dir.file("a/b/c.txt", "C");
  dir.file("a.txt", "A");
  dir.file(".hidden/x.txt", "X");
  dir.file(".DS_Store", "junk");
  const auto inputs = expand_inputs({dir.path.string()}, diags.sink());
  std::vector<std::string> paths;
  for (const auto& f : inputs) paths.push_back(fs::path(f.path).lexically_relative(dir.path).string());
  CHECK(paths == std::vector<std::string>{"a.txt", "a/b/c.txt", "a/z.txt", "b.txt"});
  CHECK(diags.all.empty());
}

TEST_CASE("symbolic link loops are reported, not followed forever", "[extract][input]") {
  TempDir dir;
  Collected diags;
  dir.file("sub/doc.txt", "Texte.");
  fs::create_directory_symlink(dir.path, dir.path / "sub" / "loop");    // back to the root
  fs::create_directory_symlink(dir.path / "sub", dir.path / "sub2");   // same directory twice
  fs::create_symlink(dir.path / "sub" / "doc.txt", dir.path / "alias.txt");  // same file twice
  const auto inputs = expand_inputs({dir.path.string()}, diags.sink());
  REQUIRE(inputs.size() == 1);
  CHECK(fs::path(inputs[0].path).filename() == "alias.txt");
  const Diagnostic* loop = diags.find(dir / "sub/loop");
  REQUIRE(loop);
  CHECK(loop->message.find("loop") != std::string::npos);
  CHECK(diags.find(dir / "sub2"));
  CHECK(diags.find(dir / "sub/doc.txt"));
}

TEST_CASE("a directory with events.jsonl is a build directory", "[extract][input]") {
  TempDir dir;
  Collected diags;
  dir.file("events.jsonl", std::string(kEvent) + "\n");
  dir.file("graph.json", "{}");
  dir.file("report.txt", "Texte.");
  const auto inputs = expand_inputs({dir.path.string()}, diags.sink());
  REQUIRE(inputs.size() == 1);
  CHECK(inputs[0].path == dir / "events.jsonl");
  CHECK(inputs[0].kind == InputKind::events);
}

TEST_CASE("a build directory inside a walked directory gives its events file only", "[extract][input]") {
  TempDir dir;
  Collected diags;
  dir.file("articles/a.txt", "Texte.");
  dir.file("out/events.jsonl", std::string(kEvent) + "\n");
  dir.file("out/graph.json", "{\"nodes\":[]}");
  dir.file("out/sub/x.txt", "Texte.");
  const auto inputs = expand_inputs({dir.path.string()}, diags.sink());
  REQUIRE(inputs.size() == 2);
  CHECK(inputs[0].path == dir / "articles/a.txt");
  CHECK(inputs[0].kind == InputKind::article);
  CHECK(inputs[1].path == dir / "out/events.jsonl");
  CHECK(inputs[1].kind == InputKind::events);
}

TEST_CASE("standard input is taken as '-'", "[extract][input]") {
  Collected diags;
  const auto inputs = expand_inputs({"-"}, diags.sink());
  REQUIRE(inputs.size() == 1);
  CHECK(inputs[0].path == "-");
}

TEST_CASE("articles in every encoding are read; binary and empty files are skipped", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::u16string text = u"Élysée\n\nLe 17/09/2024, M. Macron a reçu l’émir.";
  const std::string expected = "Élysée\n\nLe 17/09/2024, M. Macron a reçu l’émir.";
  dir.file("1_utf8.txt", expected);
  dir.file("2_bom.txt", "\xEF\xBB\xBF" + expected);
  dir.file("3_le.txt", utf16le(text));
  dir.file("4_be.txt", utf16be(text));
  dir.file("5_latin1.txt", "\xC9lys\xE9" "e\n\nLe 17/09/2024, M. Macron a re\xE7u l'\xE9mir.");
  dir.file("6_cp1252.txt", "\xC9lys\xE9" "e\n\nLe 17/09/2024, M. Macron a re\xE7u l\x92\xE9mir.");
  dir.file("7_binary.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
  dir.file("8_empty.txt", "");
  dir.file("9_blank.txt", "  \n\n \t\n");
  const auto inputs = expand_inputs({dir.path.string()}, diags.sink());
  REQUIRE(inputs.size() == 9);
  std::size_t skipped = 0;
  const auto docs = read_all(inputs, diags, {}, &skipped);
  REQUIRE(docs.size() == 6);
  CHECK(skipped == 3);
  for (const auto& d : docs) {
    INFO(d.name);
    CHECK(to_edtf(d.published) == "2024-09-17");
    CHECK(d.text.find("Élysée") == 0);
  }
  CHECK(docs[0].text == expected);
  CHECK(docs[0].diagnostics.empty());
  CHECK(docs[1].text == expected);
  CHECK(docs[2].text == expected);
  CHECK(has(docs[2].diagnostics, "decoded as UTF-16LE"));
  CHECK(docs[3].text == expected);
  CHECK(has(docs[3].diagnostics, "decoded as UTF-16BE"));
  CHECK(docs[4].text == "Élysée\n\nLe 17/09/2024, M. Macron a reçu l'émir.");
  CHECK(has(docs[4].diagnostics, "decoded as Windows-1252"));
  CHECK(docs[5].text == expected);
  CHECK(has(docs[5].diagnostics, "decoded as Windows-1252"));

  const Diagnostic* bin = diags.find(dir / "7_binary.bin");
  REQUIRE(bin);
  CHECK(bin->severity == Diagnostic::Severity::skipped);
  CHECK(bin->message.find("binary") != std::string::npos);
  const Diagnostic* empty = diags.find(dir / "8_empty.txt");
  REQUIRE(empty);
  CHECK(empty->message == "empty file");
  const Diagnostic* blank = diags.find(dir / "9_blank.txt");
  REQUIRE(blank);
  CHECK(blank->severity == Diagnostic::Severity::skipped);
}

TEST_CASE("a corpus is streamed record by record with names, dates and diagnostics", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string path = dir.file(
      "corpus.jsonl",
      "\xEF\xBB\xBF{\"id\":\"d1\",\"text\":\"Aliyev a reçu Blinken.\",\"date\":\"2024-06-20\",\"title\":\"T1\","
      "\"url\":\"https://example.org/1\"}\n"
      "{\"id\":\"d2\",\"text\":\"Pas fini\"\n"
      "{\"text\":\"Sans identifiant.\",\"published\":\"2024-06-20T10:00:00Z\"}\r\n"
      "{\"id\":\"d4\",\"title\":\"Pas de texte\"}\n"
      "\n"
      "{\"id\":7,\"text\":\"Un id numérique.\",\"date\":\"2024-06\"}\n"
      "{\"id\":\"d8\",\"text\":\"Date en clair.\",\"date\":\"17/09/2024\"}\n"
      "{\"id\":\"d9\",\"text\":\"Date illisible.\",\"date\":\"hier\"}\n"
      "[1,2,3]\n"
      "{\"id\":\"d11\",\"text\":\"\\u0000\\u0001 binaire\"}\n"
      "{\"id\":\"d12\",\"text\":\"Publié le 3 mars 2023\\n\\nDate dans le texte.\"}\n"
      "{\"id\":\"d13\",\"text\":\"Caf\\u00e9 d\\u00e9compos\\u00e9: Cafe\\u0301.\"}\n");
  const auto inputs = expand_inputs({path}, diags.sink());
  REQUIRE(inputs.size() == 1);
  REQUIRE(inputs[0].kind == InputKind::corpus);
  std::size_t skipped = 0;
  const auto docs = read_all(inputs, diags, {}, &skipped);
  CHECK(docs.size() == 7);
  CHECK(skipped == 4);

  const Document* d1 = named(docs, path + "#d1");
  REQUIRE(d1);
  CHECK(d1->text == "Aliyev a reçu Blinken.");
  CHECK(to_edtf(d1->published) == "2024-06-20");
  CHECK(d1->title == "T1");
  CHECK(d1->url == "https://example.org/1");
  CHECK(d1->diagnostics.empty());

  const Document* d3 = named(docs, path + "#3");  // no id: named by its line
  REQUIRE(d3);
  CHECK(to_edtf(d3->published) == "2024-06-20");
  const Document* d6 = named(docs, path + "#7");
  REQUIRE(d6);
  CHECK(to_edtf(d6->published) == "2024-06");
  const Document* d8 = named(docs, path + "#d8");
  REQUIRE(d8);
  CHECK(to_edtf(d8->published) == "2024-09-17");
  const Document* d9 = named(docs, path + "#d9");
  REQUIRE(d9);
  CHECK(d9->published.empty());
  CHECK(has(d9->diagnostics, "unrecognized date \"hier\""));
  CHECK(has(d9->diagnostics, "no publication date"));
  const Document* d12 = named(docs, path + "#d12");
  REQUIRE(d12);
  CHECK(to_edtf(d12->published) == "2023-03-03");
  const Document* d13 = named(docs, path + "#d13");
  REQUIRE(d13);
  CHECK(d13->text == "Café décomposé: Café.");

  const Diagnostic* broken = diags.find(path + ":2");
  REQUIRE(broken);
  CHECK(broken->severity == Diagnostic::Severity::skipped);
  CHECK(broken->message.find("not JSON") == 0);
  const Diagnostic* no_text = diags.find(path + ":4");
  REQUIRE(no_text);
  CHECK(no_text->message == "no \"text\" string");
  const Diagnostic* array = diags.find(path + ":9");
  REQUIRE(array);
  CHECK(array->message == "not a JSON object");
  const Diagnostic* binary = diags.find(path + ":10");
  REQUIRE(binary);
  CHECK(binary->message.find("binary") != std::string::npos);
}

TEST_CASE("documents in input order across files, with boilerplate spans", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string a = dir.file("a.txt", "Titre\n\nPublicité\n\nTexte de l'article.\n");
  const std::string c = dir.file("c.jsonl", "{\"id\":\"x\",\"text\":\"Un.\"}\n{\"id\":\"y\",\"text\":\"Deux.\"}\n");
  const std::string e = dir.file("e.jsonl", std::string(kEvent) + "\n");
  const auto docs = read_all(expand_inputs({c, e, a}, diags.sink()), diags);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].name == c + "#x");
  CHECK(docs[1].name == c + "#y");
  CHECK(docs[2].name == a);
  REQUIRE(docs[2].boilerplate.size() == 1);
  CHECK(docs[2].text.substr(docs[2].boilerplate[0].begin, docs[2].boilerplate[0].size()) == "Publicité");
}

TEST_CASE("publication date options: default and forced", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string dated = dir.file("dated.txt", "Titre\n03 Avril 2024\n\nTexte.\n");
  const std::string undated = dir.file("undated.txt", "Titre\n\nTexte sans date.\n");
  const auto inputs = expand_inputs({dated, undated}, diags.sink());

  auto none = read_all(inputs, diags);
  CHECK(to_edtf(none[0].published) == "2024-04-03");
  CHECK(none[1].published.empty());
  CHECK(has(none[1].diagnostics, "no publication date"));

  ReadOptions def;
  def.default_published = Date{2020, 1, 2};
  auto with_default = read_all(inputs, diags, def);
  CHECK(to_edtf(with_default[0].published) == "2024-04-03");
  CHECK(to_edtf(with_default[1].published) == "2020-01-02");
  CHECK(with_default[1].diagnostics.empty());

  ReadOptions forced = def;
  forced.force_published = true;
  auto with_forced = read_all(inputs, diags, forced);
  CHECK(to_edtf(with_forced[0].published) == "2020-01-02");
  CHECK(to_edtf(with_forced[1].published) == "2020-01-02");
}

TEST_CASE("a file that vanishes before it is read is skipped with a reason", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string a = dir.file("a.txt", "Texte.");
  const std::string b = dir.file("b.txt", "Autre texte.");
  const auto inputs = expand_inputs({a, b}, diags.sink());
  fs::remove(a);
  std::size_t skipped = 0;
  const auto docs = read_all(inputs, diags, {}, &skipped);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].name == b);
  CHECK(skipped == 1);
  REQUIRE(diags.find(a));
  CHECK(diags.find(a)->severity == Diagnostic::Severity::skipped);
}

TEST_CASE("deeply nested JSON neither crashes recognition nor reading", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const std::string first = dir.file("deep_first.jsonl", deep + "\n");
  const std::string corpus = dir.file(
      "deep.jsonl", "{\"id\":\"ok\",\"text\":\"Bon.\"}\n{\"text\":\"x\",\"extra\":" + deep + "}\n" + deep + "\n");
  const auto inputs = expand_inputs({first, corpus}, diags.sink());
  REQUIRE(inputs.size() == 2);
  CHECK(inputs[0].kind == InputKind::article);
  CHECK(inputs[1].kind == InputKind::corpus);
  std::size_t skipped = 0;
  const auto docs = read_all({inputs[1]}, diags, {}, &skipped);
  CHECK(docs.size() == 2);  // a deep value beside "text" is fine
  CHECK(skipped == 1);
  CHECK(diags.find(corpus + ":3"));
}

TEST_CASE("a corpus line longer than the recognition window is read whole", "[extract][input]") {
  TempDir dir;
  Collected diags;
  std::string text;
  while (text.size() < (3u << 20)) text += "Le président a reçu le ministre à Bakou. ";
  const std::string path = dir.file("long.jsonl", "{\"id\":\"long\",\"text\":\"" + text + "\"}\n");
  const auto inputs = expand_inputs({path}, diags.sink());
  REQUIRE(inputs[0].kind == InputKind::corpus);
  DocumentReader reader(inputs, {}, diags.sink());
  Document d;
  REQUIRE(reader.next(d));
  CHECK(d.text.size() == text.size());
  CHECK(reader.bytes_read() > text.size());
  CHECK_FALSE(reader.next(d));
  CHECK(reader.documents_read() == 1);
}

TEST_CASE("a 100 MB single-line corpus record is read", "[.][big][extract][input]") {
  TempDir dir;
  Collected diags;
  std::string text;
  text.reserve(101u << 20);
  while (text.size() < (100u << 20)) text += "M. Macron a rencontré Mme Merkel à Berlin. ";
  const std::string path = dir.file("huge.jsonl", "{\"text\":\"" + text + "\"}\n");
  text.clear();
  DocumentReader reader(expand_inputs({path}, diags.sink()), {}, diags.sink());
  Document d;
  REQUIRE(reader.next(d));
  CHECK(d.text.size() >= (100u << 20));
  CHECK(d.name == path + "#1");
}

TEST_CASE("a pipe is read as a stream and recognized as it is read", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << "\n{\"id\":\"p1\",\"text\":\"Un.\"}\n{\"text\":\"Deux.\"}\n";
  });
  const auto inputs = expand_inputs({fifo}, diags.sink());
  const auto docs = read_all(inputs, diags);
  writer.join();
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].name == fifo + "#p1");
  CHECK(docs[1].name == fifo + "#3");
}

TEST_CASE("an article from a pipe keeps all its text", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << "\nTitre\n17/09/2024\n\nTexte.";
  });
  const auto docs = read_all(expand_inputs({fifo}, diags.sink()), diags);
  writer.join();
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].name == fifo);
  CHECK(docs[0].text == "\nTitre\n17/09/2024\n\nTexte.");
  CHECK(to_edtf(docs[0].published) == "2024-09-17");
}

TEST_CASE("events files are read line by line; broken lines reported as FILE:LINE", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string path =
      dir.file("events.jsonl", std::string(kEvent) + "\n{broken\n\n" +
                                   R"({"type":"meeting","participants":[{"id":"a"}]})" + "\r\n" + kEvent + "\r\n");
  std::vector<Event> events;
  const std::size_t skipped = read_events_file(path, diags.sink(), [&](Event&& e) { events.push_back(std::move(e)); });
  CHECK(skipped == 2);
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "phone_call");
  CHECK(events[0].participants.size() == 2);
  CHECK(events[0].date == "2024-04-03");
  REQUIRE(diags.find(path + ":2"));
  CHECK(diags.find(path + ":2")->severity == Diagnostic::Severity::skipped);
  REQUIRE(diags.find(path + ":4"));
  CHECK(diags.find(path + ":4")->message.find("participants") != std::string::npos);
  // A file gone before it is read is reported and skipped, not fatal.
  CHECK(read_events_file(dir / "missing.jsonl", diags.sink(), [](Event&&) {}) == 0);
  REQUIRE(diags.find(dir / "missing.jsonl"));
  CHECK(diags.find(dir / "missing.jsonl")->severity == Diagnostic::Severity::skipped);
}

TEST_CASE("events inputs are ignored by the document reader", "[extract][input]") {
  TempDir dir;
  Collected diags;
  const std::string e = dir.file("events.jsonl", std::string(kEvent) + "\n");
  std::size_t skipped = 0;
  CHECK(read_all({{e, InputKind::events}}, diags, {}, &skipped).empty());
  CHECK(skipped == 0);
}

TEST_CASE("corpus records read the same on the plain path and through rapidjson", "[extract][input]") {
  // Each pair holds a record the plain reader takes and one it leaves to rapidjson (a \u
  // escape, a float, nesting, a negative number): the documents must not differ.
  TempDir dir;
  const std::string lines[] = {
      // escapes of every kind but \u, an integer id, date and title
      R"({"id": 42, "date": "2024-04-03", "title": "T\"i\\t/le", "text": "Il a dit \"oui\".\nPuis\tnon\\\/ \b\f\r fin."})",
      R"({"id": 42, "date": "2024-04-03", "title": "T\"i\\t/le", "text": "Il a dit \"oui\".\nPuis\tnon\\\/ \b\f\r fin.", "x": [1]})",
      // a string id, url, first of repeated keys, date not a string so "published"
      R"({"text": "Premier texte.", "id": "a-1", "url": "http://x/y", "text": "second", "date": null, "published": "2023-05"})",
      R"({"text": "Premier texte.", "id": "a-1", "url": "http://x/y", "text": "second", "date": null, "published": "2023-05", "n": -1})",
      // an id that is no integer: the line number names the document
      R"({"id": true, "text": "Texte sans id.", "title": 7})",
      R"({"id": 1.5, "text": "Texte sans id.", "title": 7})",
      R"( { "text" : "Espac\u00e9s" , "id" : 0 } )",
      R"( { "text" : "Espacés" , "id" : 0 } )",
  };
  std::string corpus;
  for (const auto& l : lines) corpus += l + std::string("\n");
  const std::string path = dir.file("c.jsonl", corpus);
  Collected diags;
  const auto docs = read_all(expand_inputs({path}, diags.sink()), diags);
  REQUIRE(docs.size() == 8);
  for (std::size_t k = 0; k < 8; k += 2) {
    INFO("lines " << k + 1 << " and " << k + 2);
    const Document &a = docs[k], &b = docs[k + 1];
    CHECK(a.text == b.text);
    CHECK(a.title == b.title);
    CHECK(a.url == b.url);
    CHECK(a.published == b.published);
    CHECK(a.diagnostics == b.diagnostics);
  }
  CHECK(docs[0].name == path + "#42");
  CHECK(docs[0].text == "Il a dit \"oui\".\nPuis\tnon\\/ \b\f\n fin.");  // CR unified to LF by decoding
  CHECK(docs[0].title == "T\"i\\t/le");
  CHECK(docs[2].name == path + "#a-1");
  CHECK(docs[2].text == "Premier texte.");
  CHECK(docs[2].url == "http://x/y");
  CHECK(docs[2].published == Date{2023, 5, 0});
  CHECK(docs[4].name == path + "#5");  // no usable id: the line number
  CHECK(docs[5].name == path + "#6");
  CHECK(docs[4].title.empty());
  CHECK(docs[6].name == path + "#0");
  CHECK(docs[7].name == path + "#0");
  CHECK(docs[6].text == "Espacés");
}

TEST_CASE("broken corpus records get rapidjson's reasons whatever the plain reader saw", "[extract][input]") {
  TempDir dir;
  const std::string path = dir.file("c.jsonl",
                                    "{\"text\": \"a\x01b\"}\n"           // raw control byte
                                    "{\"text\": \"ok\"} x\n"             // trailing garbage
                                    "{\"text\": 5, \"text\": \"no\"}\n"  // first \"text\" not a string
                                    "{\"text\": \"bad \\q escape\"}\n"
                                    "{}\n");
  Collected diags;
  const auto docs = read_all(expand_inputs({path}, diags.sink()), diags);
  CHECK(docs.empty());
  for (int line = 1; line <= 5; ++line) {
    const Diagnostic* d = diags.find(path + ":" + std::to_string(line));
    REQUIRE(d);
    CHECK(d->severity == Diagnostic::Severity::skipped);
  }
  CHECK(diags.find(path + ":1")->message.rfind("not JSON: ", 0) == 0);
  CHECK(diags.find(path + ":2")->message.rfind("not JSON: ", 0) == 0);
  CHECK(diags.find(path + ":3")->message == "no \"text\" string");
  CHECK(diags.find(path + ":4")->message.rfind("not JSON: ", 0) == 0);
  CHECK(diags.find(path + ":5")->message == "no \"text\" string");
}
