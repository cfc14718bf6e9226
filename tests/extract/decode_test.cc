#include "extract/decode.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using namespace ag::extract;

namespace {

// "Élysée, été" in UTF-16 with the given byte order, BOM first.
std::string utf16(const std::u16string& s, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : s) {
    const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

std::optional<Decoded> decode(std::string_view bytes, std::string& reason) { return decode_text(bytes, reason); }

}  // namespace

TEST_CASE("valid UTF-8 passes through unchanged and without warning", "[extract][decode]") {
  std::string reason;
  auto d = decode("M. Macron a reçu l’ambassadeur à l’Élysée.\n", reason);
  REQUIRE(d);
  CHECK(d->text == "M. Macron a reçu l’ambassadeur à l’Élysée.\n");
  CHECK(d->warning.empty());
  CHECK(reason.empty());
}

TEST_CASE("a UTF-8 byte order mark is stripped", "[extract][decode]") {
  std::string reason;
  auto d = decode("\xEF\xBB\xBF" "Bakou, le 3 avril", reason);
  REQUIRE(d);
  CHECK(d->text == "Bakou, le 3 avril");
  CHECK(d->warning.empty());
}

TEST_CASE("UTF-16 LE and BE with a BOM are converted", "[extract][decode]") {
  const std::u16string text = u"Élysée, été\nAliyev";
  for (bool le : {true, false}) {
    std::string reason;
    auto d = decode(utf16(text, le), reason);
    REQUIRE(d);
    CHECK(d->text == "Élysée, été\nAliyev");
    CHECK(d->warning == (le ? "decoded as UTF-16LE" : "decoded as UTF-16BE"));
  }
}

TEST_CASE("UTF-16 surrogate pairs survive conversion", "[extract][decode]") {
  std::string reason;
  auto d = decode(utf16(u"A\U0001F600B", true), reason);
  REQUIRE(d);
  CHECK(d->text == "A\xF0\x9F\x98\x80" "B");
}

TEST_CASE("Latin-1 and Windows-1252 bytes are decoded as Windows-1252 with a warning", "[extract][decode]") {
  std::string reason;
  // Latin-1: "Élysée été" with é = 0xE9, É = 0xC9.
  auto latin1 = decode("\xC9lys\xE9" "e \xE9t\xE9", reason);
  REQUIRE(latin1);
  CHECK(latin1->text == "Élysée été");
  CHECK(latin1->warning == "decoded as Windows-1252");
  // Windows-1252 specials: € (0x80), ’ (0x92), “ ” (0x93 0x94), œ (0x9C), … (0x85).
  auto cp1252 = decode("\x80 l\x92\x9C" "uvre \x93oui\x94\x85", reason);
  REQUIRE(cp1252);
  CHECK(cp1252->text == "€ l’œuvre “oui”…");
  CHECK(cp1252->warning == "decoded as Windows-1252");
}

TEST_CASE("a BOM-marked UTF-8 file with broken bytes keeps UTF-8 and replaces them", "[extract][decode]") {
  std::string reason;
  auto d = decode("\xEF\xBB\xBF" "caf\xC3\xA9 \xFF ok", reason);
  REQUIRE(d);
  CHECK(d->text == "café \xEF\xBF\xBD ok");
  CHECK_FALSE(d->warning.empty());
}

TEST_CASE("overlong and surrogate UTF-8 sequences are not valid UTF-8", "[extract][decode]") {
  std::string reason;
  // 0xC0 0xAF is an overlong '/', 0xED 0xA0 0x80 a UTF-16 surrogate: both read as Windows-1252.
  auto d = decode("a\xC0\xAF" "b", reason);
  REQUIRE(d);
  CHECK(d->warning == "decoded as Windows-1252");
  CHECK(d->text == "aÀ¯b");
  auto s = decode("x\xED\xA0\x80y", reason);
  REQUIRE(s);
  CHECK(s->warning == "decoded as Windows-1252");
}

TEST_CASE("binary data is refused with a reason", "[extract][decode]") {
  std::string reason;
  SECTION("NUL bytes without a UTF-16 BOM") {
    const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    CHECK_FALSE(decode(png, reason));
    CHECK(reason.find("binary") != std::string::npos);
  }
  SECTION("many control characters") {
    std::string bytes;
    for (int i = 0; i < 200; ++i) bytes += static_cast<char>(1 + i % 8);
    CHECK_FALSE(decode(bytes, reason));
    CHECK(reason.find("control") != std::string::npos);
  }
  SECTION("mostly high bytes that are not UTF-8") {
    std::string bytes;
    for (int i = 0; i < 300; ++i) bytes += static_cast<char>(0x80 + (i * 37) % 128);
    CHECK_FALSE(decode(bytes, reason));
    CHECK(reason.find("binary") != std::string::npos);
  }
  SECTION("UTF-16 that decodes to NULs") {
    CHECK_FALSE(decode(std::string("\xFF\xFE" "A\0\0\0\0\0", 8), reason));
    CHECK_FALSE(reason.empty());
  }
}

TEST_CASE("a few stray control characters do not make text binary", "[extract][decode]") {
  std::string reason;
  std::string text(400, 'a');
  text += "\x1A";  // DOS end-of-file mark
  auto d = decode(text, reason);
  REQUIRE(d);
  CHECK(d->text.size() == 401);
}

TEST_CASE("decomposed text is normalized to NFC", "[extract][decode]") {
  std::string reason;
  // "Élysée" with combining acute accents (E + U+0301, e + U+0301).
  auto d = decode("E\xCC\x81lyse\xCC\x81" "e", reason);
  REQUIRE(d);
  CHECK(d->text == "Élysée");
  CHECK(d->text.size() == 8);
  // UTF-16 input is normalized too.
  auto w = decode(utf16(u"Cafe\u0301", true), reason);
  REQUIRE(w);
  CHECK(w->text == "Café");
}

TEST_CASE("decode: text that is not NFC is found in every block, from any thread", "[extract][decode]") {
  // Which code points are NFC-inert is read per block of 256 when first used: a singleton
  // (U+212B ANGSTROM SIGN, U+2126 OHM SIGN, U+F900), a Hangul jamo pair and a combining mark
  // in other blocks are each seen, by several threads decoding at once.
  struct Case {
    std::string in, nfc;
  };
  const std::vector<Case> cases = {
      {"\xE2\x84\xAB ngstr\xC3\xB6m", "\xC3\x85 ngstr\xC3\xB6m"},  // U+212B -> U+00C5
      {"\xCE\xA9 et \xE2\x84\xA6", "\xCE\xA9 et \xCE\xA9"},        // U+2126 -> U+03A9
      {"\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},                // U+1100 U+1161 -> U+AC00
      {"\xEF\xA4\x80", "\xE8\xB1\x88"},                            // U+F900 -> U+8C48
      {"Cafe\xCC\x81 \xE2\x80\x99", "Caf\xC3\xA9 \xE2\x80\x99"},   // e U+0301 -> U+00E9
      {"d\xC3\xA9j\xC3\xA0 \xE2\x80\x94 \xE4\xB8\xAD", "d\xC3\xA9j\xC3\xA0 \xE2\x80\x94 \xE4\xB8\xAD"},  // all NFC
  };
  std::vector<int> failures(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < failures.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (std::size_t k = 0; k < cases.size(); ++k) {
          const Case& c = cases[(k + t) % cases.size()];
          std::string reason;
          const auto d = decode_text(c.in, reason);
          if (!d || d->text != c.nfc) ++failures[t];
        }
    });
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}

TEST_CASE("CR LF and lone CR line ends become LF", "[extract][decode]") {
  std::string reason;
  auto d = decode("Titre\r\n\r\nLigne un\rLigne deux\r\n", reason);
  REQUIRE(d);
  CHECK(d->text == "Titre\n\nLigne un\nLigne deux\n");
}

TEST_CASE("empty input decodes to empty text", "[extract][decode]") {
  std::string reason;
  auto d = decode("", reason);
  REQUIRE(d);
  CHECK(d->text.empty());
}

TEST_CASE("decode: a special byte at any offset of the eight-byte scan is seen", "[decode]") {
  // A CR LF, an accented letter and a combining accent (not NFC-inert) at every offset of
  // the word-at-a-time scan, after plain ASCII: each is found where it stands.
  const std::string pad = "abcdefghijklmnopqrstuvwxyz";
  for (std::size_t at = 0; at < 17; ++at) {
    std::string reason;
    const auto crlf = decode_text(pad.substr(0, at) + "\xC3\xA9\r\n" + pad, reason);
    REQUIRE(crlf);
    CHECK(crlf->text == pad.substr(0, at) + "\xC3\xA9\n" + pad);
    CHECK(crlf->warning.empty());
    const auto combining = decode_text(pad.substr(0, at) + "e\xCC\x81" + pad, reason);  // e + U+0301
    REQUIRE(combining);
    CHECK(combining->text == pad.substr(0, at) + "\xC3\xA9" + pad);  // composed to é
    const auto latin1 = decode_text(pad.substr(0, at) + "\xE9t\xE9" + pad, reason);
    REQUIRE(latin1);
    CHECK(latin1->text == pad.substr(0, at) + "\xC3\xA9t\xC3\xA9" + pad);
    CHECK(latin1->warning == "decoded as Windows-1252");
  }
}
