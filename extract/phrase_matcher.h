#pragma once
// One automaton for every phrase of the language data (actor names, roles, triggers,
// topic words, cues): a byte trie over folded text, walked from each word start, so a
// document is scanned once whatever the size of the lexicons.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ag::extract {

// Letters, digits, '-' and every byte >= 0x80, as a table: the rules' word loops test it
// on every byte (a chain of range compares cost several times the look-up).
struct WordByteTable {
  bool is[256] = {};
  constexpr WordByteTable() {
    for (int c = 0; c < 256; ++c)
      is[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-';
  }
};
inline constexpr WordByteTable kWordBytes{};

class PhraseMatcher {
 public:
  PhraseMatcher();

  // Adds a phrase (already folded with fold_key) with a payload; a phrase may carry
  // several payloads. Must be called before build().
  void add(std::string_view folded_phrase, uint32_t payload);
  // Freezes the automaton for scanning.
  void build();

  struct Match {
    uint32_t begin;  // byte offsets into the scanned text
    uint32_t end;
    const uint32_t* payloads;
    uint32_t payload_count;
  };

  // Calls on_match(const Match&) for every phrase occurrence that starts and ends on word
  // boundaries (letters, digits and '-' are word bytes; any run of spaces in the text
  // matches one space of a phrase). Occurrences may overlap; each start reports its
  // matches shortest first. A std::string, for its terminating NUL: a byte that ends every
  // word, so the walk inside a word needs no test of the text's end.
  template <class F>
  void scan(const std::string& text, F&& on_match) const;

  std::size_t phrase_count() const { return phrases_; }

  static bool is_word_byte(unsigned char c) { return kWordBytes.is[c]; }

 private:
  // The frozen trie, a double array: cell t is a child of cell p by byte b exactly when
  // t == cells_[p].base + code_[b] and cells_[t].check == p. A step is then the same few
  // loads whatever the node's fan-out (the walks take four million steps per 2000 articles,
  // and a test of each node's shape cost as much as the step itself). Cell 0 is the dead
  // end and cell 1 the root; neither is anyone's child, so no step leads to them.
  struct Cell {
    uint32_t base = 0;
    uint32_t check = 0;  // the parent cell; 0: free (the dead end is nobody's parent)
  };
  static constexpr uint32_t kRoot = 1;
  static constexpr uint32_t kNoParent = 0xFFFFFFFF;  // the check of cells 0 and 1
  std::vector<Cell> cells_;
  std::vector<uint32_t> ends_;  // per cell: 0, or 1 + the index in ranges_ of the phrases ending there
  struct Range {
    uint32_t begin;
    uint32_t count;
  };
  std::vector<Range> ranges_;
  std::vector<uint32_t> payloads_;
  // byte -> code: 1.. for the bytes of the phrases, 0 for the others (code 0 never leads to a
  // child: children have codes from 1). '\n' and '\r' share the code of ' ', as any run of
  // spaces matches one space of a phrase.
  unsigned char code_[256] = {};
  // The in-word step's table: a word byte's code, or, for a word byte in no phrase, a code no
  // cell has a child by; 0, by which no cell has a child either, for the bytes that are not
  // word bytes: the step fails there.
  unsigned char word_code_[256] = {};
  bool space_[256] = {};  // what a space of a phrase matches: ' ', '\n', '\r'
  std::size_t phrases_ = 0;

  // Build-time trie: flat arrays (children as first-child / next-sibling lists, by label) and one list
  // of (node, payload) pairs, so adding thirteen thousand phrases allocates next to nothing.
  struct BuildNode {
    uint32_t first_child = 0;
    uint32_t next_sibling = 0;
    unsigned char label = 0;
    bool has_payloads = false;
  };
  std::vector<BuildNode> build_nodes_{BuildNode{}};
  std::vector<std::pair<uint32_t, uint32_t>> build_payloads_;
  // The phrase added last and its path (last_path_[k]: the node after its first k bytes).
  // The lexicons add phrases in runs that share long prefixes (a trigger's alternatives,
  // a role for every demonym): add() starts each walk where the previous phrase's path
  // leaves the new phrase, instead of searching sibling lists down from the root.
  std::string last_phrase_;
  std::vector<uint32_t> last_path_{0};
};

template <class F>
void PhraseMatcher::scan(const std::string& text, F&& on_match) const {
  if (cells_.empty()) return;
  // Locals, not members: the compiler keeps them in registers across on_match.
  const auto* s = reinterpret_cast<const unsigned char*>(text.c_str());  // s[n] == 0: no word byte
  const std::size_t n = text.size();
  const Cell* cells = cells_.data();
  const unsigned char* word_code = word_code_;
  // Cells as std::size_t: indexes, without a widening of each sum before its load.
  auto step = [cells](std::size_t node, std::size_t code) -> std::size_t {
    const std::size_t t = cells[node].base + code;
    return cells[t].check == node ? t : 0;
  };
  auto report = [&](std::size_t start, std::size_t end, std::size_t node) {
    const Range& r = ranges_[ends_[node] - 1];
    on_match(Match{static_cast<uint32_t>(start), static_cast<uint32_t>(end), payloads_.data() + r.begin, r.count});
  };
  std::size_t start = 0;
  while (true) {
    // Next word start: past what separates words.
    while (start < n && !kWordBytes.is[s[start]]) ++start;
    if (start >= n) return;
    std::size_t node = kRoot;
    std::size_t i = start;
    std::size_t word_end = 0;  // where the walk left the word it started in, once known
    while (true) {
      // Through a run of word bytes, where no phrase can end (the next byte is a word byte):
      // the walk alone, up to the first byte that is no word byte (at the latest the NUL).
      // It is entered at a word byte: the start, or past a non-word byte. A byte that is no
      // word byte has a code no cell has a child by, so one test stops the loop both where
      // the walk dies and at the word's end; which of the two it was is told after it.
      for (;; ++i) {
        const std::size_t t = cells[node].base + word_code[s[i]];
        // Expected to go on (seven steps in eight do): the compiler keeps the loop straight.
        if (__builtin_expect(cells[t].check != node, 0)) break;
        node = t;
      }
      if (kWordBytes.is[s[i]]) break;  // died inside a word
      // At a word end: a phrase ending here is bounded.
      if (word_end == 0) word_end = i;
      if (ends_[node]) report(start, i, node);
      // Through non-word bytes; a phrase that ends on one ("sous l'egide d'") is bounded
      // whatever follows it.
      while (i < n && !kWordBytes.is[s[i]]) {
        node = step(node, code_[s[i]]);
        if (node == 0) break;
        // Any run of spaces matches one space; the run is passed only when a phrase goes on.
        if (space_[s[i]])
          while (space_[s[i + 1]]) ++i;
        ++i;
        if (ends_[node]) report(start, i, node);
      }
      if (node == 0 || i >= n) break;
    }
    // On to the next word start: past the word the walk started in, whose end the walk
    // found, or, when it died inside it, which is word bytes from i.
    start = word_end != 0 ? word_end : i;
    while (kWordBytes.is[s[start]]) ++start;
  }
}

}  // namespace ag::extract
