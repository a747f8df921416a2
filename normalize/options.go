package normalize

// Form selects how a family of characters is written: in Persian form, in
// Latin (ASCII) form, or kept as it is in the input.
type Form int

const (
	// Persian writes digits as ۰–۹ and number separators as ٫ (decimal) and
	// ٬ (thousands).
	Persian Form = iota
	// Latin writes digits as 0–9 and number separators as . and ,.
	Latin
	// Keep leaves the characters as they are in the input.
	Keep
)

// An Option configures a [Normalizer]. Options are values: pass them to
// [New]. Every rule family of the package can be switched by one option.
type Option func(o options) options

// options is the configuration of a Normalizer: the zero value is the
// default normalizer.
type options struct {
	digits          Form
	separators      Form
	keepLetters     bool
	keepKashida     bool
	keepDiacritics  bool
	keepInvisibles  bool
	keepSpaces      bool
	keepPunctSpaces bool
	keepLatinPunct  bool
	keepQuotes      bool
	keepZWNJ        bool
	keepGlued       bool
	keepSpaced      bool
}

// Digits sets how digits are written. With Persian (the default),
// Arabic-Indic digits (٠–٩) become Persian (۰–۹) everywhere and Latin digits
// become Persian in Persian context, never inside Latin words, URLs, e-mail
// addresses or identifiers (COVID-19, F-16). With Latin, Persian and
// Arabic-Indic digits become 0–9. Keep leaves every digit as it is.
func Digits(f Form) Option {
	return func(o options) options { o.digits = f; return o }
}

// Separators sets how separators between digits are written. With Persian
// (the default), a decimal point between Persian digits becomes ٫ (۱۲.۵ →
// ۱۲٫۵) and a thousands comma becomes ٬ (۱,۲۰۰ → ۱٬۲۰۰). With Latin, ٫ and ٬
// between digits become . and ,. Keep leaves them as they are.
func Separators(f Form) Option {
	return func(o options) options { o.separators = f; return o }
}

// KeepArabicLetters keeps Arabic letter variants (ي ى ك ە ھ ہ ٱ) instead of
// writing the Persian letters (ی ک ه ا). Presentation forms are still
// decomposed into base letters.
func KeepArabicLetters() Option {
	return func(o options) options { o.keepLetters = true; return o }
}

// KeepKashida keeps the tatweel (kashida, U+0640) used to stretch words.
func KeepKashida() Option {
	return func(o options) options { o.keepKashida = true; return o }
}

// KeepDiacritics keeps Arabic diacritics (harakat, tanwin, shadda, sukun,
// superscript alef, Quranic marks), which are removed by default.
func KeepDiacritics() Option {
	return func(o options) options { o.keepDiacritics = true; return o }
}

// KeepInvisibles keeps invisible formatting characters (bidi marks and
// embeddings, the byte order mark, zero-width space, soft hyphen, word
// joiner), which are removed by default. ZWNJ is never removed by this rule.
func KeepInvisibles() Option {
	return func(o options) options { o.keepInvisibles = true; return o }
}

// KeepSpaces keeps every space as it is: exotic spaces (NBSP, thin spaces,
// ideographic space) are not turned into ASCII spaces, runs of spaces are
// not collapsed and line edges are not trimmed.
func KeepSpaces() Option {
	return func(o options) options { o.keepSpaces = true; return o }
}

// KeepPunctuationSpacing leaves the spaces around punctuation as they are:
// no space is removed before . ، ؛ : ؟ ! » ) or after « (, and none is
// inserted after them.
func KeepPunctuationSpacing() Option {
	return func(o options) options { o.keepPunctSpaces = true; return o }
}

// KeepLatinPunctuation keeps the Latin comma, semicolon and question mark in
// Persian context instead of writing ، ؛ ؟.
func KeepLatinPunctuation() Option {
	return func(o options) options { o.keepLatinPunct = true; return o }
}

// KeepQuotes keeps straight and curly double quotes in Persian context
// instead of writing guillemets « ».
func KeepQuotes() Option {
	return func(o options) options { o.keepQuotes = true; return o }
}

// KeepZWNJ leaves every zero-width non-joiner (U+200C) as it is in the input:
// no cleanup and no restoration. It implies KeepGluedWords and
// KeepSpacedWords.
func KeepZWNJ() Option {
	return func(o options) options { o.keepZWNJ = true; return o }
}

// KeepGluedWords turns off the restoration of ZWNJs stripped from inside a
// word (تروریستها → تروریست\u200cها, میشناسند → می\u200cشناسند).
func KeepGluedWords() Option {
	return func(o options) options { o.keepGlued = true; return o }
}

// KeepSpacedWords turns off the joining of a word and an affix or compound
// part written with a space where a ZWNJ belongs (می توانید → می\u200cتوانید,
// کتاب ها → کتاب\u200cها).
func KeepSpacedWords() Option {
	return func(o options) options { o.keepSpaced = true; return o }
}
