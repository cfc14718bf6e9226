// Example: the library API without the CLI. Extracts the interaction events of the
// articles named on the command line and prints one line per event.
//
//   build/extract_events samples/001_b2f00d48faade77c.txt
#include <iostream>

#include "extract/extractor.h"
#include "extract/input.h"
#include "extract/lexicon_error.h"
#include "extract/pipeline.h"

int main(int argc, char** argv) {
  using namespace ag::extract;
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) {
    std::cerr << "usage: extract_events FILE_OR_DIR...\n";
    return 2;
  }
  try {
    const Extractor extractor;  // the bundled French lexicons
    auto report = [](const Diagnostic& d) { std::cerr << d.where << ": " << d.message << '\n'; };
    DocumentReader reader(expand_inputs(paths, report), ReadOptions{}, report);
    Document doc;
    while (reader.next(doc)) {
      for (const ag::Event& e : extractor.extract(doc)) {
        std::cout << (e.date.empty() ? "(no date)" : e.date) << "  " << e.type << "  ";
        for (std::size_t i = 0; i < e.participants.size(); ++i)
          std::cout << (i ? ", " : "") << e.participants[i].name;
        if (!e.initiator.empty()) std::cout << "  (initiated by " << e.initiator << ")";
        std::cout << "  [" << e.status << "]  " << doc.name << '\n';
      }
    }
  } catch (const LexiconError& e) {
    std::cerr << e.what() << '\n';
    return 1;
  } catch (const InputError& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
