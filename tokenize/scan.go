package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// next is the one step function behind [Tokens], [Sentences] and [Split]:
// it skips the white space at text[pos:] and returns the byte span and kind
// of the token that follows, and whether the skipped white space held a line
// break. At the end of text it returns start == end == len(text).
//
// next is pure: the same (text, pos) always gives the same answer, it keeps
// no state and allocates nothing.
func next(text string, pos int) (start, end int, kind Kind, nl bool) {
	i := pos
	for i < len(text) {
		b := text[i]
		if b < 0x80 {
			c := asciiClass[b]
			if c == cSpace {
				i++
				continue
			}
			if c == cNewline {
				nl = true
				i++
				continue
			}
			break
		}
		if b >= 0xD8 && b <= 0xDB { // the Arabic block holds no space
			break
		}
		w, isNL := spaceAt(text, i)
		if w == 0 {
			break
		}
		nl = nl || isNL
		i += w
	}
	if i >= len(text) {
		return len(text), len(text), Other, nl
	}
	end, kind = scanToken(text, i)
	return i, end, kind, nl
}

// scanToken returns the end and kind of the token that starts at text[i],
// which is not white space. It always advances: end > i.
func scanToken(text string, i int) (int, Kind) {
	b := text[i]
	if b < 0x80 {
		switch asciiClass[b] {
		case cLatin:
			return scanLatin(text, i)
		case cDigit:
			if j := keycap(text, i); j > i {
				return j, Emoji
			}
			return scanNumber(text, i)
		case cTerm:
			return scanTerm(text, i), Punct
		case cSymbol, cPercent:
			return absorbMarks(text, i+1), Symbol
		case cPunct:
			switch b {
			case '#':
				if j := keycap(text, i); j > i {
					return j, Emoji
				}
				if j := scanTag(text, i+1); j > i+1 {
					return j, Hashtag
				}
			case '*':
				if j := keycap(text, i); j > i {
					return j, Emoji
				}
			case '@':
				if j := scanTag(text, i+1); j > i+1 {
					return j, Mention
				}
			}
			return absorbMarks(text, i+1), Punct
		}
		return absorbMarks(text, i+1), Other
	}
	if c, ok := arabic2(text, i); ok {
		switch c {
		case cLetter, cMark:
			return scanArabicWord(text, i), Word
		case cDigit:
			return scanNumber(text, i)
		case cTerm:
			return scanTerm(text, i), Punct
		case cPunct:
			return absorbMarks(text, i+2), Punct
		case cSymbol, cPercent, cNumSep:
			return absorbMarks(text, i+2), Symbol
		}
		return absorbMarks(text, i+2), Other
	}
	if isJoiner(text, i) {
		// A joiner at the start of a word stays with it; a lone one is Other.
		j := i + 3
		for isJoiner(text, j) {
			j += 3
		}
		if c, ok := arabic2(text, j); ok && (c == cLetter || c == cMark) {
			return scanArabicWord(text, i), Word
		}
		return absorbMarks(text, j), Other
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && w == 1 {
		return i + 1, Other // invalid byte: one Other token of one byte
	}
	if isEmojiStart(r) || isTextPictograph(r) && hasVS16(text, i+w) {
		if j := scanEmoji(text, i); j > i {
			return j, Emoji
		}
	}
	switch c := classOf(r); c {
	case cLetter:
		return scanArabicWord(text, i), Word
	case cDigit:
		return scanNumber(text, i)
	case cTerm:
		return scanTerm(text, i), Punct
	case cPunct:
		return absorbMarks(text, i+w), Punct
	case cSymbol:
		return absorbMarks(text, i+w), Symbol
	case cMark:
		return absorbMarks(text, i+w), Other
	}
	if unicode.IsLetter(r) {
		if unicode.Is(unicode.Latin, r) {
			return scanLatin(text, i)
		}
		return scanForeignWord(text, i), Word
	}
	return absorbMarks(text, i+w), Other
}

// absorbMarks extends a token ending at j over the combining marks,
// variation selectors and joiners that follow it, so that a mark is never
// separated from its base character.
func absorbMarks(text string, j int) int {
	for j < len(text) && text[j] >= 0x80 {
		if c, ok := arabic2(text, j); ok {
			if c != cMark {
				return j
			}
			j += 2
			continue
		}
		if isJoiner(text, j) {
			j += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError || !unicode.IsMark(r) {
			return j
		}
		j += w
	}
	return j
}

// scanTerm returns the end of a run of sentence-final punctuation starting
// at text[i]: «.», «!», «?», «؟», «…», «۔» in any mix, such as «...» or «؟!».
func scanTerm(text string, i int) int {
	for i < len(text) {
		switch b := text[i]; {
		case b == '.' || b == '!' || b == '?':
			i++
		case b == 0xD8 && i+1 < len(text) && text[i+1] == 0x9F: // ؟
			i += 2
		case b == 0xDB && i+1 < len(text) && text[i+1] == 0x94: // ۔
			i += 2
		case b == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6: // …
			i += 3
		default:
			return absorbMarks(text, i)
		}
	}
	return i
}

// isTerm reports whether a Punct token is a run of sentence-final marks.
func isTerm(tok string) bool {
	if tok == "" {
		return false
	}
	switch tok[0] {
	case '.', '!', '?':
		return true
	case 0xD8:
		return len(tok) > 1 && tok[1] == 0x9F
	case 0xDB:
		return len(tok) > 1 && tok[1] == 0x94
	case 0xE2:
		return len(tok) > 2 && tok[1] == 0x80 && tok[2] == 0xA6
	}
	return false
}

// scanForeignWord scans a word in a script other than Arabic and Latin
// (Cyrillic, Greek, CJK …): letters, marks and joiners of such scripts.
func scanForeignWord(text string, i int) int {
	for i < len(text) {
		if isJoiner(text, i) {
			i += 3
			continue
		}
		if text[i] < 0x80 {
			return i
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		if unicode.IsMark(r) || unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Arabic, r) {
			i += w
			continue
		}
		return i
	}
	return i
}
