package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Character classes used by the scanner. Tiny closed sets are arrays and
// switches, never maps: asciiClass for U+0000–U+007F and arabicClass for the
// Arabic block U+0600–U+06FF, which together cover almost every byte of a
// Persian news text.
const (
	cOther   uint8 = iota // control, format or unassigned: an Other token
	cSpace                // horizontal white space between tokens
	cNewline              // a line break: ends a sentence and a paragraph
	cLetter               // an Arabic-script letter (Persian, Arabic, tatweel)
	cMark                 // a combining mark (harakat, hamza above): inside words
	cDigit                // a decimal digit: ASCII, Arabic-Indic or Persian
	cPunct                // punctuation that is its own token
	cTerm                 // sentence-final punctuation: . ! ? ؟ ۔
	cSymbol               // math, currency and other symbols
	cLatin                // an ASCII letter
	cNumSep               // ٫ ٬: decimal and thousands separators
	cPercent              // ٪
)

// asciiClass classifies the ASCII range.
var asciiClass = func() (t [128]uint8) {
	for b := range t {
		r := rune(b)
		switch {
		case b == '\n' || b == '\r':
			t[b] = cNewline
		case b == ' ' || b == '\t' || b == '\v' || b == '\f':
			t[b] = cSpace
		case b == '.' || b == '!' || b == '?':
			t[b] = cTerm
		case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
			t[b] = cLatin
		case '0' <= b && b <= '9':
			t[b] = cDigit
		case b == '%':
			t[b] = cPercent
		case unicode.IsPunct(r):
			t[b] = cPunct
		case unicode.IsSymbol(r):
			t[b] = cSymbol
		default:
			t[b] = cOther
		}
	}
	return t
}()

// arabicClass classifies U+0600–U+06FF, indexed by r - 0x0600 (Unicode 15
// Arabic block chart).
var arabicClass = func() (t [256]uint8) {
	set := func(lo, hi rune, c uint8) {
		for r := lo; r <= hi; r++ {
			t[r-0x600] = c
		}
	}
	set(0x0600, 0x0605, cOther)  // number signs (format characters)
	set(0x0606, 0x060F, cSymbol) // cube root, per mille, Afghani sign, …
	set(0x060C, 0x060D, cPunct)  // ، ؍
	set(0x0610, 0x061A, cMark)   // Quranic honorifics, small marks
	set(0x061B, 0x061B, cPunct)  // ؛
	set(0x061C, 0x061C, cOther)  // Arabic letter mark (format)
	set(0x061D, 0x061E, cPunct)  // end of text mark, triple dot
	set(0x061F, 0x061F, cTerm)   // ؟
	set(0x0620, 0x064A, cLetter) // hamza … yeh, tatweel U+0640 included
	set(0x064B, 0x065F, cMark)   // fathatan … wavy hamza below
	set(0x0660, 0x0669, cDigit)  // Arabic-Indic digits
	set(0x066A, 0x066A, cPercent)
	set(0x066B, 0x066C, cNumSep) // ٫ ٬
	set(0x066D, 0x066D, cSymbol) // ٭
	set(0x066E, 0x066F, cLetter)
	set(0x0670, 0x0670, cMark) // superscript alef
	set(0x0671, 0x06D3, cLetter)
	set(0x06D4, 0x06D4, cTerm) // ۔ Urdu full stop
	set(0x06D5, 0x06D5, cLetter)
	set(0x06D6, 0x06DC, cMark)
	set(0x06DD, 0x06DD, cOther) // end of ayah (format)
	set(0x06DE, 0x06DE, cSymbol)
	set(0x06DF, 0x06E4, cMark)
	set(0x06E5, 0x06E6, cLetter) // small waw, small yeh
	set(0x06E7, 0x06E8, cMark)
	set(0x06E9, 0x06E9, cSymbol)
	set(0x06EA, 0x06ED, cMark)
	set(0x06EE, 0x06EF, cLetter)
	set(0x06F0, 0x06F9, cDigit) // Persian digits
	set(0x06FA, 0x06FC, cLetter)
	set(0x06FD, 0x06FE, cSymbol)
	set(0x06FF, 0x06FF, cLetter)
	return t
}()

// wordPair tells, for a lead byte b0 in 0xD8–0xDB and the byte b1 after it,
// whether they encode an Arabic-block letter or combining mark: the inner
// loop of word scanning is one lookup per character. It is indexed by
// (b0&3)<<8 | b1; a b1 that is not a continuation byte gives false.
var wordPair = func() (t [1024]bool) {
	for b0 := 0; b0 < 4; b0++ {
		for b1 := 0x80; b1 < 0xC0; b1++ {
			c := arabicClass[b0<<6|b1&0x3F]
			t[b0<<8|b1] = c == cLetter || c == cMark
		}
	}
	return t
}()

// arabic2 reports whether text[i:] starts with a two-byte sequence of the
// Arabic block and returns its class; it is false at the end of text.
func arabic2(text string, i int) (uint8, bool) {
	if i+1 >= len(text) {
		return 0, false
	}
	b := text[i]
	if b < 0xD8 || b > 0xDB || text[i+1]&0xC0 != 0x80 {
		return 0, false
	}
	return arabicClass[uint(b&0x03)<<6|uint(text[i+1]&0x3F)], true
}

// isJoiner reports whether text[i:] starts with ZWNJ (U+200C) or ZWJ
// (U+200D), the joiners that stay inside a word.
func isJoiner(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && (text[i+2] == 0x8C || text[i+2] == 0x8D)
}

// classOf classifies the rune r outside the two fast tables.
func classOf(r rune) uint8 {
	switch {
	case r < 0x80:
		return asciiClass[r]
	case 0x600 <= r && r <= 0x6FF:
		return arabicClass[r-0x600]
	case r == 0x85 || r == 0x2028 || r == 0x2029:
		return cNewline
	case unicode.IsSpace(r):
		return cSpace
	case r == '…':
		return cTerm
	case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
		return cLetter // presentation forms, supplements
	case unicode.IsMark(r):
		return cMark
	case unicode.IsDigit(r):
		return cDigit
	case unicode.IsPunct(r):
		return cPunct
	case unicode.IsSymbol(r):
		return cSymbol
	}
	return cOther
}

// spaceAt returns the width of the white-space rune at text[i] (0 when there
// is none) and whether it is a line break. text[i] is not ASCII.
func spaceAt(text string, i int) (w int, nl bool) {
	switch text[i] {
	case 0xC2: // U+0085 NEL, U+00A0 NBSP
		if i+1 < len(text) {
			switch text[i+1] {
			case 0x85:
				return 2, true
			case 0xA0:
				return 2, false
			}
		}
		return 0, false
	case 0xE1, 0xE2, 0xE3:
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == 0x2028 || r == 0x2029:
			return n, true
		case r == 0x200B: // zero width space is not a space for unicode.IsSpace
			return 0, false
		case r != utf8.RuneError && unicode.IsSpace(r):
			return n, false
		}
	}
	return 0, false
}
