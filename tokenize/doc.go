// Package tokenize splits Persian text into tokens and sentences that carry
// exact byte offsets, without copying and without allocating while it
// iterates.
//
//	for s := range tokenize.Sentences(text) {
//		fmt.Println(text[s.Start:s.End])
//	}
//
// [Tokens] and [Sentences] are iterators in the style of [strings.Lines];
// [Split] collects both in one pass. All three run the same pure step
// function, which scans bytes with an ASCII fast path and a table for the
// Arabic block (U+0600–U+06FF); it uses no regular expressions and no []rune
// conversions.
//
// The input is meant to be normalized text (see the normalize package:
// Persian ی and ک, Persian digits, ZWNJ inside words, one space between
// words), but raw text is tokenized sensibly too: Arabic ي and ك, presentation
// forms, Latin and Arabic-Indic digits, and missing spaces after punctuation.
//
// # Rules
//
// Tokens:
//
//   - White space (Unicode White_Space) separates tokens and belongs to none.
//     Everything else belongs to exactly one token.
//   - A [Word] is a run of Arabic-script letters and combining marks; ZWNJ
//     (U+200C) and ZWJ (U+200D) stay inside it: «می‌روم», «کتاب‌ها». A word
//     in another non-Latin script (Cyrillic, Greek, CJK) is a Word too.
//   - Punctuation splits off: each mark is its own [Punct] token, except a run
//     of sentence-final marks («...», «؟!», «!!!»), which is one token.
//     Currency, math and other symbols are [Symbol] tokens.
//   - A [Number] is a run of digits (ASCII, Arabic-Indic ٠–٩, Persian ۰–۹,
//     mixed) with a separator . , ٫ ٬ / : between two digits: «۱۲٫۵»,
//     «۱٬۲۰۰», «1,200.5», dates «۱۴۰۳/۰۲/۱۵», times «۲۲:۳۰». A following %
//     or ٪ belongs to it («۲۵٪»), and so does an ordinal suffix ام, امین or
//     مین that ends the word («۱۲ام», «۵مین», «۳‌امین»): an ordinal is one
//     Number. «۲امید» is a number and a word; digits glued to other letters
//     («جذب714») split off. A hyphen is not a separator: «۱۰-۲۰» is three
//     tokens.
//   - A [Latin] token is a Latin-script word with inner digits, hyphens,
//     underscores and apostrophes: «F-16», «COVID-19», «O'Brien», «5G».
//   - A [URL] starts with http://, https://, ftp:// or www., or is a bare
//     domain with a common top-level domain («irna.ir/fa»); it stops at white
//     space, Persian punctuation and characters that cannot appear in a URL,
//     and leaves out trailing sentence punctuation and an unbalanced ')'.
//   - An [Email] is local@domain.tld in ASCII.
//   - A [Hashtag] is '#' and a [Mention] '@' followed by letters of any
//     script, digits, '_' and ZWNJ, with at least one letter or '_':
//     «#خبر_فوری», «@irna_fa».
//   - An [Emoji] token is one emoji sequence: a pictograph with variation
//     selectors, skin tones and tags, ZWJ-joined sequences («👩🏽‍💻»), flags
//     (two regional indicators) and keycaps («1️⃣»).
//   - Dotted abbreviations stay whole: Persian ones made of one-letter
//     segments («ج.ا.ا», «ق.م», «ه.ش»), without a final dot, which remains
//     punctuation; Latin ones made of one-letter segments with their final
//     dot («U.S.», «e.g.»); and the entries of data/abbreviations.txt
//     («Dr.», «Ph.D.»).
//   - Anything else (control and format characters, a lone ZWNJ, a BOM) is an
//     [Other] token; combining marks stay with the character before them.
//
// Sentences:
//
//   - A sentence ends after a run of final marks . ! ? ؟ … ۔ followed by white
//     space or the end of the text, or by closing quotes and brackets
//     (» › ” ’ " ' ) ] }) or emoji and then white space: the closer belongs
//     to the sentence it closes. A full stop inside «…» ends a sentence like any
//     other; keeping a quotation together is the quote extractor's job.
//   - A final mark directly followed by a Persian word also ends one
//     («است.وی», a missing space in raw text).
//   - A line break always ends a sentence and a paragraph.
//   - A colon, comma or semicolon never ends a sentence: «گفت:» does not.
//   - No sentence ends at a dot inside a number, URL, e-mail address or
//     abbreviation (they are inside one token); nor at a dot right after a
//     one-letter word, an initial («دکتر م. احمدی», «J. Smith»), or after
//     Persian one-letter parts joined by dots («م.ع. احمدی») unless they are
//     a date's era (ق.م، ه.ش، ه.ق، ب.م) or follow a number («ساعت ۵ ب.ظ.»);
//     nor at a dot after a number that opens the sentence («۱. مقدمه»); nor
//     at a mark right after an opening bracket («(!)»).
//   - Known limits: a sentence that ends with a one-letter word, with a
//     Latin abbreviation («in the U.S.») or with a Persian one of one-letter
//     parts and a final dot other than an era runs on into the next.
//
// Multi-word verbs («خواهد شد», «گفته شده است») are never joined by the
// functions above; [VerbPhrases] is the optional pass that marks them.
//
// # Offsets
//
// Every [Span] is a half-open byte range into the text given to the
// function: Token.Text == text[tok.Start:tok.End]. Tokens are non-empty,
// strictly increasing and non-overlapping, and only white space lies between
// them. A [Sentence] spans from its first token's Start to its last token's
// End; its Tokens [Range] indexes the sequence [Tokens] yields for the same
// text, and the sentences cover all tokens in order. Paragraph is the
// zero-based index of the sentence's line among the lines that hold a token
// (blank lines are not counted).
//
// # Invalid UTF-8
//
// Input is never rejected and nothing panics. Each byte that does not start
// a valid UTF-8 sequence becomes an [Other] token of one byte, which also
// ends the token before it; offsets stay exact, so the input can be rebuilt
// from the tokens and the white space between them.
//
// # Concurrency
//
// All functions are safe for concurrent use. The abbreviation list is parsed
// once, on first use, with [sync.OnceValue].
package tokenize
