#pragma once
// The decoded, segmented text of one input file: what every later stage reads.
//
//   Result<Document> doc = load_document(path, ReadOptions{});
//   for (const Sentence& s : doc->sentences)
//     for (const Token& t : s.tokens) use(t.folded, t.stem, t.start, t.end);
//
// All offsets are Unicode code point offsets into the decoded text, end exclusive.
#include <cstdint>
#include <string>
#include <vector>

namespace driftcheck {

enum class TokenKind { word, number, punct, symbol };

struct Token {
  uint32_t start = 0;  // code points, into Document::text
  uint32_t end = 0;
  std::string text;    // the surface form as written (UTF-8)
  std::string folded;  // NFKC case-folded (UTF-8), the comparison key
  std::string stem;    // Snowball stem of `folded` for the document's language; = folded if none
  TokenKind kind = TokenKind::word;
};

enum class Zone { body, boilerplate };

struct Sentence {
  int id = 0;          // index in Document::sentences
  uint32_t start = 0;  // code points
  uint32_t end = 0;
  int paragraph = 0;        // index of the line-delimited paragraph that holds it
  bool standalone = false;  // the paragraph is this one sentence (a heading, a byline, a teaser)
  Zone zone = Zone::body;
  std::string text;           // UTF-8 slice of Document::text
  std::vector<Token> tokens;  // words, numbers, punctuation and symbols; no white space
};

struct Document {
  std::string path;      // as given on the command line
  std::string encoding;  // the encoding the bytes were decoded from, e.g. "UTF-8", "UTF-16LE"
  bool encoding_detected = false;  // `encoding` was guessed by charset detection, not known
  std::string language;            // BCP 47, given with --lang or guessed from the script
  std::string text;                // the decoded text, UTF-8 (BOM removed; nothing else changed)
  std::vector<Sentence> sentences;
};

const char* to_string(Zone zone);
const char* to_string(TokenKind kind);

// The text between code points `start` and `end` of `doc.text`, as the file has it (white
// space and line breaks between sentences included): what a report's span quotes.
std::string text_between(const Document& doc, uint32_t start, uint32_t end);

}  // namespace driftcheck
