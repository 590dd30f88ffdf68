#pragma once
// Word translations from an installed FreeDict dictionary (dictd format: NAME.index plus
// NAME.dict.dz, as Debian's dict-freedict-* packages install them under /usr/share/dictd).
//
//   auto dict = BilingualDictionary::open("/usr/share/dictd", "en", "de");
//   if (dict) auto t = dict->translate({{"houses", "house"}, {"said"}});  // t[0]: "Haus", ...
//
// Optional evidence for alignment across languages: nothing here is required, and nothing is
// read until a pair of documents in two languages asks for it.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {

class BilingualDictionary {
 public:
  // The dictionary from `source` to `target` (BCP 47 tags; the primary subtag is used) in
  // `directory`, or nullopt when none is installed or its files cannot be read.
  static std::optional<BilingualDictionary> open(const std::string& directory,
                                                 std::string_view source, std::string_view target);

  // For each word, given as its lower-case forms in order of preference ("disciples",
  // "disciple"), the translation words of the first form that is a headword, as written in the
  // dictionary (grammar labels and notes left out); empty if no form is. One pass over the
  // index, and each compressed chunk that holds a chosen entry inflated once.
  std::vector<std::vector<std::string>> translate(
      const std::vector<std::vector<std::string>>& words) const;

 private:
  std::string index_path_;
  std::string dict_path_;
};

// FreeDict's three-letter code for a BCP 47 language ("de" -> "deu"), or "" if unknown.
std::string_view freedict_code(std::string_view language);

}  // namespace driftcheck
