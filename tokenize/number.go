package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// digitAt returns the width of the decimal digit at text[i] (ASCII,
// Arabic-Indic ٠–٩, Persian ۰–۹ or any other Unicode Nd digit), or 0.
func digitAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	b := text[i]
	if b < 0x80 {
		if '0' <= b && b <= '9' {
			return 1
		}
		return 0
	}
	if c, ok := arabic2(text, i); ok {
		if c == cDigit {
			return 2
		}
		return 0
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if r != utf8.RuneError && unicode.IsDigit(r) {
		return w
	}
	return 0
}

// separatorAt returns the width of a number separator at text[i]: «.» «,»
// «٫» (decimal) «٬» (thousands) «/» (dates, fractions) «:» (times, scores).
func separatorAt(text string, i int) int {
	switch text[i] {
	case '.', ',', '/', ':':
		return 1
	case 0xD9:
		if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xAC) {
			return 2
		}
	}
	return 0
}

// scanNumber scans a number starting with the digit at text[i]. Digits of
// the three scripts may mix («۱۲3»). A separator between two digits keeps
// the number whole: «۱۲٫۵», «۱٬۲۰۰٬۰۰۰», «3.14», «1,200», «۱۴۰۳/۰۲/۱۵»,
// «۲۲:۳۰». A percent sign right after it belongs to it: «۲۵٪», «25%». So
// does an ordinal suffix ([ordinalEnd]): «۱۲ام», «۵مین», «۳‌امین». ASCII
// digits directly followed by Latin letters make one Latin token: «5G»,
// «3D», «MP3» starts with a letter anyway. An ASCII local part followed by
// '@' is an e-mail address.
func scanNumber(text string, i int) (int, Kind) {
	start := i
	j := digitsEnd(text, i)
	if j == i { // cannot happen for a digit, but always advance
		_, w := utf8.DecodeRuneInString(text[i:])
		return i + w, Number
	}
	plain := true
	for j < len(text) {
		w := separatorAt(text, j)
		if w == 0 || digitAt(text, j+w) == 0 {
			break
		}
		j = digitsEnd(text, j+w)
		plain = false
	}
	if j >= len(text) {
		return j, Number
	}
	switch b := text[j]; {
	case b == '%':
		return j + 1, Number
	case b == 0xD9 && j+1 < len(text) && text[j+1] == 0xAA: // ٪
		return j + 2, Number
	case b < 0x80 && text[start] < 0x80:
		if e := scanEmail(text, start); e > start {
			return e, Email
		}
		if plain && isAlnum(b) {
			if e := latinWordEnd(text, start); e > j {
				return e, Latin
			}
		}
	}
	if e := ordinalEnd(text, j); e > j {
		return e, Number
	}
	return j, Number
}

// digitsEnd returns the end of the run of digits at text[i].
func digitsEnd(text string, i int) int {
	for {
		w := digitAt(text, i)
		if w == 0 {
			return i
		}
		i += w
	}
}

// ordinalEnd returns the end of a Persian ordinal suffix written right after
// a number at text[j], or j. The suffixes are «ام» (۱۲ام, twelfth), «امین»
// and «مین» (۵مین, fifth, attributive), with or without a ZWNJ before them
// and with Persian or Arabic yeh, and must end the word: «۲امید» is a number
// and a word. Decision: an ordinal is one Number token, since it names one
// quantity.
func ordinalEnd(text string, j int) int {
	k := j
	if k+2 < len(text) && text[k] == 0xE2 && text[k+1] == 0x80 && text[k+2] == 0x8C {
		k += 3
	}
	s := text[k:]
	var n int
	switch {
	case strings.HasPrefix(s, "امین"), strings.HasPrefix(s, "امين"):
		n = len("امین")
	case strings.HasPrefix(s, "ام"):
		n = len("ام")
	case strings.HasPrefix(s, "مین"), strings.HasPrefix(s, "مين"):
		n = len("مین")
	default:
		return j
	}
	e := k + n
	if e < len(text) {
		if c, ok := arabic2(text, e); ok && (c == cLetter || c == cMark || c == cDigit) {
			return j
		}
		if isJoiner(text, e) {
			return j
		}
	}
	return e
}
