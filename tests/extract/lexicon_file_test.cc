#include "extract/lexicon_file.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/lexicon_error.h"
#include "extract_test_support.h"

using namespace ag::extract;
using ag::extract::test::TempDir;

namespace {

std::vector<std::string> fields(const LexiconRecord& r) {
  std::vector<std::string> out;
  for (auto f : r.fields) out.emplace_back(f);
  return out;
}

// The message of the LexiconError `f` throws, with its file and line.
template <class F>
LexiconError error_of(F&& f) {
  try {
    f();
  } catch (const LexiconError& e) {
    return e;
  }
  FAIL("no LexiconError thrown");
  return LexiconError("", 0, "");
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("lexicon file: TAB-separated records with their line numbers", "[extract][lexicon_file]") {
  const LexiconFile f("fr/roles.tsv",
                      "# a comment\n"
                      "président\thead_of_state\t-\n"
                      "\n"
                      "   \t  \n"
                      "  # an indented comment\n"
                      "secrétaire d'État\tforeign_minister\tUSA\n");
  CHECK(f.name() == "fr/roles.tsv");
  REQUIRE(f.records().size() == 2);
  CHECK(f.records()[0].line == 2);
  CHECK(f.records()[0].file == "fr/roles.tsv");
  CHECK(fields(f.records()[0]) == Strings{"président", "head_of_state", "-"});
  CHECK(f.records()[1].line == 6);
  CHECK(fields(f.records()[1]) == Strings{"secrétaire d'État", "foreign_minister", "USA"});
}

TEST_CASE("lexicon file: CRLF line ends, spaces around fields, last line without newline",
          "[extract][lexicon_file]") {
  const LexiconFile f("x.tsv", "a\t b \r\n c \t\td\r\nlast\tline");
  REQUIRE(f.records().size() == 3);
  CHECK(fields(f.records()[0]) == Strings{"a", "b"});
  CHECK(fields(f.records()[1]) == Strings{"c", "", "d"});  // an empty field between two TABs stays
  CHECK(fields(f.records()[2]) == Strings{"last", "line"});
  CHECK(f.records()[2].line == 3);
}

TEST_CASE("lexicon file: empty content has no records", "[extract][lexicon_file]") {
  CHECK(LexiconFile("x.tsv", "").records().empty());
  CHECK(LexiconFile("x.tsv", "\n\n# only comments\n").records().empty());
}

TEST_CASE("lexicon file: field() reads '-' and absent fields as empty", "[extract][lexicon_file]") {
  const LexiconFile f("x.tsv", "office\tvladimir-putin\thead_of_state\tRUS\t2012-05-07\t-\n");
  const LexiconRecord& r = f.records().at(0);
  CHECK(r.field(0) == "office");
  CHECK(r.field(4) == "2012-05-07");
  CHECK(r.field(5).empty());
  CHECK(r.field(6).empty());
  CHECK(r.field(100).empty());
  CHECK(r.fields[5] == "-");  // the raw field is still there
}

TEST_CASE("lexicon file: expect_fields reports FILE:LINE and the counts", "[extract][lexicon_file]") {
  const LexiconFile f("lexicons/fr/roles.tsv", "# header\n\nprésident\thead_of_state\n");
  const LexiconRecord& r = f.records().at(0);
  CHECK_NOTHROW(r.expect_fields(2, 2));
  CHECK_NOTHROW(r.expect_fields(1, 3));
  const auto exact = error_of([&] { r.expect_fields(3, 3); });
  CHECK(std::string(exact.what()) == "lexicons/fr/roles.tsv:3: expected 3 TAB-separated fields, found 2");
  CHECK(exact.file() == "lexicons/fr/roles.tsv");
  CHECK(exact.line() == 3);
  const auto range = error_of([&] { r.expect_fields(4, 5); });
  CHECK(std::string(range.what()) == "lexicons/fr/roles.tsv:3: expected 4 to 5 TAB-separated fields, found 2");
}

TEST_CASE("lexicon file: fail() throws FILE:LINE: message", "[extract][lexicon_file]") {
  const LexiconFile f("my_actors.tsv", "\n\n\nperson\tX\tY\tZZZ\n");
  const auto e = error_of([&] { f.records().at(0).fail("id 'X' is not a lowercase slug"); });
  CHECK(std::string(e.what()) == "my_actors.tsv:4: id 'X' is not a lowercase slug");
  CHECK(e.line() == 4);
}

TEST_CASE("lexicon file: a line of invalid UTF-8 is an error at its line", "[extract][lexicon_file]") {
  const auto e = error_of([] { LexiconFile("bad.tsv", "ok\tline\n# fine\nbroken\t\xFF\xFE\n"); });
  CHECK(std::string(e.what()) == "bad.tsv:3: not valid UTF-8");
  CHECK(e.file() == "bad.tsv");
  CHECK(e.line() == 3);
  // Invalid bytes inside a comment are an error too: the whole file must be UTF-8.
  CHECK_THROWS_AS(LexiconFile("bad.tsv", "# \xC3\n"), LexiconError);
  // A truncated sequence at the very end.
  CHECK_THROWS_AS(LexiconFile("bad.tsv", "a\tb\xE2\x82"), LexiconError);
  CHECK_NOTHROW(LexiconFile("ok.tsv", "Çavuşoğlu\tƏliyev\t😀\n"));
}

TEST_CASE("lexicon file: overlong and surrogate encodings are not valid UTF-8", "[extract][lexicon_file]") {
  // "\xC0\xAF" is an overlong '/', "\xED\xA0\x80" a UTF-16 surrogate, "\xF8..." a 5-byte form:
  // none is UTF-8 (RFC 3629).
  CHECK_THROWS_AS(LexiconFile("bad.tsv", "a\xC0\xAF" "b\n"), LexiconError);
  CHECK_THROWS_AS(LexiconFile("bad.tsv", "a\xED\xA0\x80" "b\n"), LexiconError);
  CHECK_THROWS_AS(LexiconFile("bad.tsv", "a\xF4\x90\x80\x80" "b\n"), LexiconError);  // above U+10FFFF
}

TEST_CASE("lexicon file: records stay valid when the file is moved", "[extract][lexicon_file]") {
  std::vector<LexiconFile> files;
  files.emplace_back("a.tsv", std::string("alpha\tbeta\n") + std::string(1000, '#') + "\n");
  for (int i = 0; i < 20; ++i) files.emplace_back("b.tsv", "gamma\tdelta\n");  // reallocations
  REQUIRE(files[0].records().size() == 1);
  CHECK(fields(files[0].records()[0]) == Strings{"alpha", "beta"});
  LexiconFile moved = std::move(files[0]);
  CHECK(fields(moved.records()[0]) == Strings{"alpha", "beta"});
}

TEST_CASE("lexicon file: split_alternatives drops empty parts and trims", "[extract][lexicon_file]") {
  auto split = [](std::string_view s) {
    Strings out;
    for (auto p : split_alternatives(s)) out.emplace_back(p);
    return out;
  };
  CHECK(split("Bakou|Baku") == Strings{"Bakou", "Baku"});
  CHECK(split(" Erevan | Yerevan ||") == Strings{"Erevan", "Yerevan"});
  CHECK(split("|seul|") == Strings{"seul"});
  CHECK(split("").empty());
  CHECK(split("|||").empty());
  CHECK(split("Quai d'Orsay") == Strings{"Quai d'Orsay"});
}

TEST_CASE("lexicon file: bundled files by name and by folder", "[extract][lexicon_file]") {
  const auto roles = load_lexicon_files("", "fr/roles.tsv");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].name() == "lexicons/fr/roles.tsv");
  CHECK(roles[0].records().size() > 50);

  const auto actors = load_lexicon_files("", "fr/actors/");
  REQUIRE(actors.size() >= 2);
  for (std::size_t i = 1; i < actors.size(); ++i) CHECK(actors[i - 1].name() < actors[i].name());
  for (const auto& f : actors) CHECK(f.name().rfind("lexicons/fr/actors/", 0) == 0);
}

TEST_CASE("lexicon file: a missing bundled file is a LexiconError naming it", "[extract][lexicon_file]") {
  const auto e = error_of([] { load_lexicon_files("", "fr/nothing_here.tsv"); });
  CHECK(std::string(e.what()).find("fr/nothing_here.tsv") != std::string::npos);
  CHECK(std::string(e.what()).find("missing") != std::string::npos);
}

TEST_CASE("lexicon file: a user folder replaces the files it has", "[extract][lexicon_file]") {
  TempDir dir;
  const std::string roles = dir.file("fr/roles.tsv", "# mine\nprésident\thead_of_state\t-\n");
  dir.file("fr/actors/b.tsv", "person\tb-b\tB B\tFRA\t-\n");
  dir.file("fr/actors/a.tsv", "person\ta-a\tA A\tFRA\t-\n");

  const auto mine = load_lexicon_files(dir.str(), "fr/roles.tsv");
  REQUIRE(mine.size() == 1);
  CHECK(mine[0].name() == roles);  // errors will name the user's path
  REQUIRE(mine[0].records().size() == 1);
  CHECK(mine[0].records()[0].line == 2);

  const auto actors = load_lexicon_files(dir.str(), "fr/actors/");
  REQUIRE(actors.size() == 2);  // the user's actors only, sorted
  CHECK(actors[0].name() == (dir.path / "fr/actors/a.tsv").string());
  CHECK(actors[1].name() == (dir.path / "fr/actors/b.tsv").string());

  // A file the folder lacks comes from the bundled data.
  const auto triggers = load_lexicon_files(dir.str(), "fr/triggers.tsv");
  REQUIRE(triggers.size() == 1);
  CHECK(triggers[0].name() == "lexicons/fr/triggers.tsv");
}

TEST_CASE("lexicon file: read_lexicon_file reads a user file or names it in the error",
          "[extract][lexicon_file]") {
  TempDir dir;
  const std::string path = dir.file("extra.tsv", "person\tx-y\tX Y\tFRA\t-\r\n");
  const LexiconFile f = read_lexicon_file(path);
  CHECK(f.name() == path);
  REQUIRE(f.records().size() == 1);
  CHECK(fields(f.records()[0]) == Strings{"person", "x-y", "X Y", "FRA", "-"});

  const std::string missing = (dir.path / "absent.tsv").string();
  const auto e = error_of([&] { read_lexicon_file(missing); });
  CHECK(std::string(e.what()).rfind(missing + ":", 0) == 0);
  CHECK(e.file() == missing);
}
