// Package normalize writes Persian text in standard orthography: Persian
// letters and digits, clean punctuation spacing, and zero-width
// non-joiners (ZWNJ, U+200C, نیم\u200cفاصله) where Persian writes them. In this
// documentation a ZWNJ is shown as \u200c.
//
// Scraped Persian news arrives with Arabic ي and ك, Arabic-Indic or Latin
// digits, kashida, invisible bidi marks, a missing space after «،» and,
// worst, ZWNJs stripped or turned into spaces: «تروریستها»، «می توانید».
// [String] repairs all of these and changes nothing else:
//
//	normalize.String("تروريستها مي توانند ٥٣ بار ,  گفت :")
//	// "تروریست\u200cها می\u200cتوانند ۵۳ بار، گفت:"
//
// The package-level functions use the default rules; [New] builds a
// [Normalizer] with some rule families switched off by options.
//
// # Rules
//
// The rules follow the Persian Academy orthography (دستور خط فارسی,
// فرهنگستان زبان و ادب فارسی) and Unicode's Arabic blocks (U+0600–U+06FF,
// presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF). Each family has an
// option that turns it off.
//
// Rune stage (one rune at a time, also available as [Runes]):
//
//   - Letters ([KeepArabicLetters]): ي ى ۍ ې → ی (علي → علی); ك ڪ → ک
//     (كتاب → کتاب); ە ھ ہ → ه; ٱ → ا. Hamza forms (أ إ ؤ ئ ء), ة and ۀ
//     are kept as Persian writes them.
//   - Presentation forms are decomposed into base letters (ﻻ → لا,
//     ﺳﻼﻡ → سلام), using the compatibility decomposition of
//     golang.org/x/text/unicode/norm.
//   - Digits ([Digits]): Arabic-Indic ٠–٩ → Persian ۰–۹ (٥٣ → ۵۳).
//   - Kashida ([KeepKashida]): the tatweel U+0640 is removed (پایــان →
//     پایان).
//   - Diacritics ([KeepDiacritics]): harakat, tanwin, shadda, sukun,
//     superscript alef and Quranic marks are removed (مُحَمَّد → محمد).
//   - Invisibles ([KeepInvisibles]): bidi marks, embeddings and isolates,
//     the byte order mark, zero-width space, word joiner and soft hyphen
//     are removed. ZWNJ and ZWJ (emoji sequences) are never removed by
//     this rule.
//   - Spaces ([KeepSpaces]): NBSP, thin, em and ideographic spaces → space.
//
// Spacing stage (per line; line structure is always kept):
//
//   - Spaces ([KeepSpaces]): runs of spaces and tabs → one space; line
//     edges trimmed (" سلام  دنیا " → "سلام دنیا").
//   - Punctuation spacing ([KeepPunctuationSpacing]): no space before
//     . ، ؛ : ؟ ! » ) and one after them; no space after « ( and one
//     before them (سلام ،دنیا → سلام، دنیا; گفت : → گفت:; «سلام»گفت →
//     «سلام» گفت). URLs and e-mail addresses (bultannews@gmail.com),
//     decimals (۱۲٫۵), times (۲۲:۳۰), ellipses (...), abbreviations with
//     one-letter parts (ه.ش) and Latin text are not touched.
//   - Latin punctuation ([KeepLatinPunctuation]): , ; ? after an Arabic-
//     script letter → ، ؛ ؟ (تسنیم, → تسنیم،; دارد? → دارد؟).
//   - Quotes ([KeepQuotes]): "..." and “...” around Persian text → «...».
//   - ZWNJ cleanup ([KeepZWNJ]): a ZWNJ is kept only between a letter that
//     joins to the left and another letter: none after ا د ذ ر ز ژ و
//     (کشور\u200cها → کشورها), at a word edge, beside a space or punctuation, or
//     doubled.
//
// Word stage (per space-delimited token):
//
//   - Digits ([Digits]): Latin digits → Persian in Persian context (سال
//     1402 → سال ۱۴۰۲), never inside a token with Latin letters, next to a
//     Latin word, or in a URL or e-mail address (COVID-19, F-16, iPhone 15
//     stay). With Digits(Latin) every digit is written 0–9.
//   - Separators ([Separators]): a point between Persian digits that is
//     the number's only point → ٫ (۱۲.۵ → ۱۲٫۵, but ۱۴۰۲.۰۸.۱۵ stays); a
//     comma before exactly three digits → ٬ (۱,۲۰۰ → ۱٬۲۰۰).
//   - Glued words ([KeepGluedWords]): a word whose ZWNJs were stripped gets
//     them back from the embedded lexicon (تروریستها → تروریست\u200cها,
//     میشناسند → می\u200cشناسند, سهجانبه → سه\u200cجانبه); words that only look
//     affixed stay (میز، میدان، تنها).
//   - Spaced words ([KeepSpacedWords]): two words whose space stands for a
//     ZWNJ are joined (می توانید → می\u200cتوانید, کتاب ها → کتاب\u200cها, فاجعه آمیز →
//     فاجعه\u200cآمیز); after a non-joining letter the parts touch (کشور ها →
//     کشورها).
//
// [Fold] is separate from these rules: it makes search keys (no ZWNJ, no
// diacritics, one form per letter, ASCII digits), not text for readers.
//
// # Offsets
//
// Normalization changes lengths: byte offsets into the input do not carry
// over to the output. Every other package of sokhan takes the normalized
// text as its input, and its spans index that text.
//
// # Streaming
//
// [Runes] is a stateless transform.SpanningTransformer for the rune stage;
// it chains with norm.NFC and works with transform.NewReader. [Transformer]
// and [NewReader] run the whole pipeline with output equal to [String]; they
// hold one line at a time, and cut a line longer than 64 KiB at a space, so
// memory does not grow with the input. The word rules do not look across
// such a cut, in String as in streaming; since normalizing moves the cut,
// idempotence is guaranteed for lines up to 64 KiB.
//
// # Invalid UTF-8
//
// Invalid bytes are copied to the output unchanged and never stop or slow
// the normalizer; the text around them is normalized as usual. One rule
// keeps this lossless and idempotent: a character that would be removed
// (a diacritic, a kashida, an invisible character, a ZWNJ) is kept when a
// stray continuation byte follows it, so that stray bytes on both sides of
// it can never join into a new character.
//
// # Concurrency
//
// A [Normalizer] is immutable and safe for concurrent use; the default one
// and the embedded lexicon are built once, on first use. The transformers
// returned by [Transformer] and [Normalizer.Transformer] have state: use
// one per stream, or call Reset. A call on 512 bytes or more (and a stream)
// takes a word cache (6.5 MiB) from its Normalizer's sync.Pool for its own
// use and gives it back when done. The cache remembers, per token, what
// the rules make of it (which depends on the token and the options alone),
// so it never changes a result; with it most tokens of a line cost one
// look-up, and only the stretches around other tokens and other spaces go
// through the rune and spacing stages rule by rule.
package normalize
