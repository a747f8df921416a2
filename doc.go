// Package sokhan analyses Persian (Farsi) news text in one call: [Analyze]
// normalizes a text, splits it into tokens and sentences, finds its people,
// countries, organizations and places, attributes its quotes to their
// speakers and picks its summary sentences.
//
//	doc := sokhan.Analyze(text)
//	for _, q := range doc.Quotes {
//		fmt.Println(q.SpeakerName, q.Cue, doc.QuoteText(q))
//	}
//
// The root package only chains the packages that do the work, each usable
// on its own: normalize (orthography), tokenize (tokens and sentences),
// entity (named entities and their mention clusters) and summarize (quotes
// and extractive summaries). The command cmd/sokhan runs the same pipeline
// on files (`sokhan analyze --json`).
//
// # Rules
//
// Analyze applies, in order: normalize.String (letters, digits,
// punctuation spacing, ZWNJ restoration), tokenize.Split, entity.Extract,
// summarize.Quotes and summarize.Summary. Each package's documentation
// lists its rules. Options ([SummarySentences], [Normalizer], [Extractor])
// change the summary length or replace a stage by a configured one.
//
// # Offsets
//
// Every span in a [Document] — of tokens, sentences, entity mentions and
// quotes — is a half-open byte range into Document.Text, the normalized
// text, never into Document.Original; Summary holds indices into
// Document.Sentences. To show a result in the original text, normalize
// your own copy of it or keep Document.Text.
//
// # Invalid input
//
// Analyze never panics and never fails: empty input gives an empty
// Document, and invalid UTF-8 passes through normalization unchanged, as
// normalize documents; the command cmd/sokhan rejects invalid UTF-8 with
// the byte offset instead.
//
// # Concurrency
//
// Analyze is safe for concurrent use; the lists behind every stage are
// parsed once, on first use, and only read afterwards. A Document is a
// plain value owned by the caller.
package sokhan
