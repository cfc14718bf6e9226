// Ingestion of hostile inputs: what must still be read, and what must be named and skipped.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/decode.h"
#include "extract/input.h"
#include "tests/support/temp_dir.h"

using namespace ag::extract;
namespace fs = std::filesystem;
using ag::test::TempDir;

namespace {

std::string utf16(const std::u16string& s, bool big_endian) {
  std::string out;
  for (char16_t c : s) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

}  // namespace

TEST_CASE("UTF-16 without a byte order mark is decoded, with a warning", "[extract][decode]") {
  const std::u16string text = u"Le président français a reçu à l’Élysée son homologue.\r\nIls ont parlé.";
  for (bool be : {false, true}) {
    INFO(be);
    std::string reason;
    const auto d = decode_text(utf16(text, be), reason);
    REQUIRE(d);
    CHECK(d->text == "Le président français a reçu à l’Élysée son homologue.\nIls ont parlé.");
    CHECK(d->warning == std::string("decoded as ") + (be ? "UTF-16BE" : "UTF-16LE") + " (no byte order mark)");
  }
}

TEST_CASE("binary data with NUL bytes is still refused", "[extract][decode]") {
  std::string reason;
  std::string elf("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3E\x00\x01\x00\x00\x00", 24);
  for (int i = 0; i < 200; ++i) elf += std::string("\x10\x20\x00\x00\x00\x00\x00\x00\x40\x00", 10);
  CHECK_FALSE(decode_text(elf, reason));
  CHECK(reason.find("binary") != std::string::npos);
  // Mostly zero: 16-bit units of a UTF-16 text would be, but these decode to controls.
  CHECK_FALSE(decode_text(std::string(4096, '\0'), reason));
  CHECK(reason.find("binary") != std::string::npos);
}

TEST_CASE("a corpus whose first line is broken is read as a corpus", "[extract][input]") {
  TempDir dir;
  const std::string corpus =
      dir.file("c.txt", "{\"id\": \"a\", \"text\": \"pas fini\n{\"id\": \"b\", \"text\": \"Bonjour.\"}\n");
  const std::string events = dir.file("e.txt", "{\"type\": \"meeting\", \"participants\": [\"a\"\n");
  std::vector<Diagnostic> diags;
  const auto inputs = expand_inputs({corpus, events}, [&](const Diagnostic& d) { diags.push_back(d); });
  REQUIRE(inputs.size() == 2);
  CHECK(inputs[0].kind == InputKind::corpus);
  CHECK(inputs[1].kind == InputKind::events);
  DocumentReader reader({inputs[0]}, ReadOptions{}, [&](const Diagnostic& d) { diags.push_back(d); });
  Document doc;
  REQUIRE(reader.next(doc));
  CHECK(doc.name == corpus + "#b");
  CHECK_FALSE(reader.next(doc));
  CHECK(reader.skipped() == 1);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].where == corpus + ":1");
  CHECK(diags[0].severity == Diagnostic::Severity::skipped);
}

TEST_CASE("files that vanish between listing and reading are named and skipped", "[extract][input]") {
  TempDir dir;
  const std::string a = dir.file("a.txt", "Premier article.\n");
  const std::string b = dir.file("b.jsonl", "{\"text\": \"Un record.\"}\n");
  const std::string c = dir.file("c.txt", "Dernier article.\n");
  const std::string e = dir.file("e.jsonl", "{\"type\":\"meeting\",\"participants\":[\"x\",\"y\"]}\n");
  std::vector<Diagnostic> diags;
  const DiagnosticSink sink = [&](const Diagnostic& d) { diags.push_back(d); };
  const auto inputs = expand_inputs({dir.path.string()}, sink);
  REQUIRE(inputs.size() == 4);
  fs::remove(a);
  fs::remove(b);
  fs::remove(e);
  DocumentReader reader(inputs, ReadOptions{}, sink);
  Document doc;
  REQUIRE(reader.next(doc));
  CHECK(doc.name == c);
  CHECK_FALSE(reader.next(doc));
  CHECK(reader.skipped() == 2);
  std::size_t events = 0;
  CHECK(read_events_file(e, sink, [&](ag::Event&&) { ++events; }) == 0);
  CHECK(events == 0);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].where == a);
  CHECK(diags[1].where == b);
  CHECK(diags[2].where == e);
  for (const auto& d : diags) CHECK(d.severity == Diagnostic::Severity::skipped);
}
