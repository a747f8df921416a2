package tokenize

// Span is a half-open byte range [Start, End) into the analysed text:
// text[s.Start:s.End] is the spanned substring.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word    Kind = iota // a Persian or Arabic-script word, ZWNJ included
	Number              // digits with their separators: ۱۲٫۵، ۱۴۰۳/۰۲/۱۵، ۲۲:۳۰، ۲۵٪
	Punct               // punctuation: . ، ؛ : ؟ ! « » ( ) …
	Symbol              // other symbols: currency, math, arrows
	Latin               // a Latin-script word, acronym or identifier: F-16, COVID-19
	URL                 // http://…, www.…
	Email               // name@host.tld
	Hashtag             // #word, Persian too
	Mention             // @name
	Emoji               // one emoji sequence (ZWJ, skin tones, flags)
	Other               // anything else
)

var kindNames = [...]string{
	Word:    "Word",
	Number:  "Number",
	Punct:   "Punct",
	Symbol:  "Symbol",
	Latin:   "Latin",
	URL:     "URL",
	Email:   "Email",
	Hashtag: "Hashtag",
	Mention: "Mention",
	Emoji:   "Emoji",
	Other:   "Other",
}

// String returns the kind's name, such as "Word".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Token is one token of a text. Text is a substring of the analysed text
// (no copy): Text == text[Start:End].
type Token struct {
	Text string
	Span
	Kind Kind
}

// Range is a half-open range [Start, End) of token indices.
type Range struct {
	Start, End int
}

// Len returns the number of tokens in the range.
func (r Range) Len() int { return r.End - r.Start }

// Sentence is one sentence of a text: its byte span, the indices of its
// tokens in the token sequence of the same text, and the zero-based index of
// the paragraph (line) it belongs to.
type Sentence struct {
	Span
	Tokens    Range
	Paragraph int
}
