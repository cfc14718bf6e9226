#pragma once
// Sentence boundaries of Unicode UAX #29 (the default rules ICU applies for French), the
// raw material split_sentences corrects (abbreviations, closing quotes, lowercase starts).
#include <cstdint>
#include <string_view>
#include <vector>

namespace ag::extract {

// Appends to `out` the UAX #29 sentence boundaries of `utf8` (valid UTF-8, under 2 GiB), in
// increasing order, as ICU's sentence BreakIterator::next() reports them: byte offsets after
// each sentence, the text's length last, never 0. The same boundaries as ICU's, faster:
// breaks can only follow a paragraph separator or a run of sentence terminators, closing
// punctuation and spaces, so only those places are examined, with the Sentence_Break
// property taken from ICU. Text with Extend or Format characters (combining marks that NFC
// could not compose, zero-width joiners, soft hyphens, ...), whose rules are subtler, is
// handed to ICU itself.
void sentence_breaks(std::string_view utf8, std::vector<uint32_t>& out);

// The same boundaries computed by ICU's BreakIterator over the whole text: the reference
// sentence_breaks is tested against, and its path for texts with Extend or Format characters.
void icu_sentence_breaks(std::string_view utf8, std::vector<uint32_t>& out);

}  // namespace ag::extract
