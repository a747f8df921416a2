package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// scanTag returns the end of the body of a hashtag or mention that starts at
// text[i] (just after '#' or '@'), or i when there is none. The body is
// letters of any script, digits, '_' and ZWNJ (#خبر_فوری، #ایران‌ما، @irna_fa)
// and must hold at least one letter or '_', so «#۱» stays a sign and a
// number.
func scanTag(text string, i int) int {
	j, named := i, false
	for j < len(text) {
		b := text[j]
		if b < 0x80 {
			switch {
			case isAlnum(b) || b == '_':
				named = named || b > '9' || b < '0'
				j++
				continue
			}
			break
		}
		if c, ok := arabic2(text, j); ok {
			switch c {
			case cLetter, cMark:
				named = true
			case cDigit:
			default:
				return tagEnd(i, j, named)
			}
			j += 2
			continue
		}
		if isJoiner(text, j) && j > i {
			j += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError {
			break
		}
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			named = true
		} else if !unicode.IsDigit(r) {
			break
		}
		j += w
	}
	return tagEnd(i, j, named)
}

func tagEnd(i, j int, named bool) int {
	if !named {
		return i
	}
	return j
}
