package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanLatin scans a token that starts with a Latin letter: a URL
// («https://…», «www.…»), an e-mail address, a bare domain («irna.ir»), a
// dotted abbreviation («U.S.», «Dr.») or a Latin word. Words keep inner
// hyphens, underscores, apostrophes and digits: «F-16», «COVID-19»,
// «O'Brien», «MP3».
func scanLatin(text string, i int) (int, Kind) {
	if j := scanURL(text, i); j > i {
		return j, URL
	}
	if j := scanEmail(text, i); j > i {
		return j, Email
	}
	j := latinWordEnd(text, i)
	if j < len(text) && text[j] == '.' {
		return latinDotted(text, i, j)
	}
	return j, Latin
}

func isAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// latinAt reports the width of the Latin letter, digit or mark at text[i],
// or 0.
func latinAt(text string, i int) int {
	b := text[i]
	if b < 0x80 {
		if isAlnum(b) {
			return 1
		}
		return 0
	}
	if b >= 0xD8 && b <= 0xDB { // Arabic block: never Latin
		return 0
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError || !(unicode.Is(unicode.Latin, r) || unicode.IsMark(r)) {
		return 0
	}
	return w
}

// latinWordEnd returns the end of the Latin word at text[i]: letters and
// digits, joined by a single '-', '_', '\” or '’' between two of them.
func latinWordEnd(text string, i int) int {
	for i < len(text) {
		if w := latinAt(text, i); w > 0 {
			i += w
			continue
		}
		var w int
		switch text[i] {
		case '-', '_', '\'':
			w = 1
		case 0xE2: // ’ U+2019
			if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99 {
				w = 3
			}
		}
		if w == 0 || i+w >= len(text) || latinAt(text, i+w) == 0 {
			return i
		}
		i += w
	}
	return i
}

// latinDotted decides what a Latin word text[start:dot] followed by a dot
// is: a bare domain with a known top-level domain («irna.ir»,
// «news.bbc.co.uk/persian») is a URL; one-letter segments («U.S.», «e.g.»,
// «a.m.») or a listed abbreviation («Dr.», «Ph.D.») are one Latin token with
// their final dot; anything else ends at the dot.
func latinDotted(text string, start, dot int) (int, Kind) {
	if end, labels, tld := domainEnd(text, start); labels >= 2 && isTLD(text[tld:end]) {
		if end < len(text) && (text[end] == '/' || text[end] == ':' && end+1 < len(text) && '0' <= text[end+1] && text[end+1] <= '9') {
			end = urlRest(text, end)
		}
		return end, URL
	}
	if dot-start == 1 {
		end, segs := dot, 1
		k := dot
		for k+1 < len(text) && text[k] == '.' && isAlnum(text[k+1]) && !(k+2 < len(text) && latinAt(text, k+2) > 0) {
			segs++
			k += 2
			end = k
		}
		if segs >= 2 {
			if end < len(text) && text[end] == '.' {
				end++
			}
			return end, Latin
		}
	}
	if k := listedAbbrev(text, start, dot, latinWordEnd); k > dot {
		return k, Latin
	}
	return dot, Latin
}

// scanURL returns the end of a URL starting at text[i] with a scheme
// («http://», «https://», «ftp://») or «www.», or i when there is none.
func scanURL(text string, i int) int {
	k := 0
	for _, prefix := range [...]string{"https://", "http://", "ftp://", "www."} {
		if len(text)-i > len(prefix) && strings.EqualFold(text[i:i+len(prefix)], prefix) {
			k = i + len(prefix)
			break
		}
	}
	if k == 0 {
		return i
	}
	if c, ok := arabic2(text, k); latinAt(text, k) == 0 && !(ok && (c == cLetter || c == cDigit)) {
		return i // a host starts with a letter or digit
	}
	return urlRest(text, k)
}

// urlRest returns the end of the URL whose remainder starts at text[j]: up to
// white space, a character that cannot appear in a URL (< > " { } | \ ^ `),
// Persian punctuation («، ؛ ؟ « »»), without trailing sentence punctuation
// and without a closing parenthesis that was not opened inside the URL.
// Letters and digits of any script are allowed (Persian paths).
func urlRest(text string, j int) int {
	start, parens := j, 0
loop:
	for j < len(text) {
		b := text[j]
		if b < 0x80 {
			switch {
			case b <= ' ' || b == 0x7F:
				break loop
			case b == '<' || b == '>' || b == '"' || b == '{' || b == '}' || b == '|' || b == '\\' || b == '^' || b == '`':
				break loop
			case b == '(':
				parens++
			case b == ')':
				if parens == 0 {
					break loop
				}
				parens--
			}
			j++
			continue
		}
		if c, ok := arabic2(text, j); ok {
			if c != cLetter && c != cMark && c != cDigit {
				break
			}
			j += 2
			continue
		}
		if isJoiner(text, j) {
			j += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			break
		}
		j += w
	}
	for j > start {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			j--
			continue
		}
		break
	}
	return j
}

func isLocalByte(b byte) bool {
	return isAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-'
}

// Limits of RFC 5321 that also bound the look-ahead of a failed match, so
// that scanning stays linear on adversarial input such as «ab.ab.ab…».
const (
	maxLocal  = 64
	maxDomain = 253
)

// scanEmail returns the end of an e-mail address starting at text[i]
// (local@domain.tld, ASCII), or i when there is none.
func scanEmail(text string, i int) int {
	j := i
	for j < len(text) && j-i <= maxLocal && isLocalByte(text[j]) {
		j++
	}
	if j == i || j+1 >= len(text) || text[j] != '@' || text[j-1] == '.' || text[i] == '.' {
		return i
	}
	end, labels, tld := domainEnd(text, j+1)
	if labels < 2 || !isAlphaLabel(text[tld:end]) {
		return i
	}
	return end
}

// domainEnd scans dot-separated labels of ASCII letters, digits and hyphens
// at text[i]. It returns the end, the number of labels and the start of the
// last label. It looks at most maxDomain bytes ahead.
func domainEnd(text string, i int) (end, labels, last int) {
	end, last = i, i
	limit := min(len(text), i+maxDomain)
	for k := i; k < limit; {
		s := k
		for k < limit && (isAlnum(text[k]) || text[k] == '-' && k > s) {
			k++
		}
		if k == s {
			break
		}
		end, last = k, s
		labels++
		if k+1 < limit && text[k] == '.' && isAlnum(text[k+1]) {
			k++
			continue
		}
		break
	}
	return end, labels, last
}

func isAlphaLabel(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			return false
		}
	}
	return true
}

// isTLD reports whether s is one of the top-level domains that mark a bare
// domain name in running text. The set is small on purpose: generic domains
// and the country codes common in Persian news.
func isTLD(s string) bool {
	if !isAlphaLabel(s) || len(s) > 4 {
		return false
	}
	var b [4]byte
	for i := 0; i < len(s); i++ {
		b[i] = s[i] | 0x20
	}
	switch string(b[:len(s)]) {
	case "com", "net", "org", "edu", "gov", "int", "info", "biz", "io", "co",
		"ir", "af", "tj", "ru", "uk", "us", "de", "fr", "tr", "iq", "ae",
		"eu", "tv", "me", "news":
		return true
	}
	return false
}
