package normalize

import "unicode/utf8"

// Fold returns a search key for s: text that compares equal for spellings
// a reader takes for the same word. It is not orthographic normalization
// (use [String] for text shown to people) and its output is not meant to
// be displayed. Fold
//
//   - removes ZWNJ, kashida, diacritics and invisible characters
//     (می\u200cروم, میروم and می\u200c\u200cروم fold alike; «کتاب\u200cها» and «کتابها» too);
//   - writes one form of each letter: ی for ي ى ئ, ک for ك, ه for ة ۀ ھ ە,
//     ا for أ إ آ ٱ, و for ؤ; presentation forms are decomposed;
//   - writes digits as ASCII 0–9 and ASCII letters in lower case;
//   - turns every space character into one ASCII space.
//
// Fold returns s itself, without allocating, when s is already folded.
// Invalid UTF-8 bytes are kept unchanged, and a rune directly before a
// stray continuation byte is not dropped (as in [String]).
func Fold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' || c == '\t' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				break
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if foldTable[int(c&3)<<6|int(s[i+1]&0x3F)] != 0 {
				break
			}
			i += 2
			continue
		}
		r, size := decode(s[i:])
		if size == 1 {
			i++
			continue
		}
		if f, ok := foldRune(r); !ok || f != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	space := i > 0 && s[i-1] == ' '
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && c != ' ' && c != '\t' {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			space = false
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			switch f := foldTable[int(c&3)<<6|int(s[i+1]&0x3F)]; {
			case f == 0, f < 0 && strayAfter(s, i+2):
				b = append(b, c, s[i+1])
				space = false
			case f > 0:
				b = utf8.AppendRune(b, f)
				space = false
			}
			i += 2
			continue
		}
		r, size := decode(s[i:])
		i += size
		if size == 1 && r == utf8.RuneError {
			b = append(b, s[i-1])
			space = false
			continue
		}
		if r == ' ' || r == '\t' || isExoticSpace(r) {
			if !space {
				b = append(b, ' ')
			}
			space = true
			continue
		}
		if isPresentationForm(r) {
			if d, ok := presentationForms()[r]; ok {
				for _, q := range d {
					if q == ' ' {
						if !space {
							b = append(b, ' ')
						}
						space = true
					} else if f, ok := foldRune(q); ok {
						b = utf8.AppendRune(b, f)
						space = false
					}
				}
				continue
			}
		}
		if f, ok := foldRune(r); ok {
			b = utf8.AppendRune(b, f)
			space = false
		} else if strayAfter(s, i) { // see strayAfter: keep it
			b = append(b, s[i-size:i]...)
			space = false
		}
	}
	return string(b)
}

// foldTable holds the Fold rule for U+0600–U+06FF: 0 keeps the rune, -1
// drops it, anything else is its replacement.
var foldTable = func() (t [256]rune) {
	for i := range t {
		r := rune(0x600 + i)
		switch f, ok := foldRune(r); {
		case !ok:
			t[i] = -1
		case f != r:
			t[i] = f
		}
	}
	return t
}()

// foldRune returns the search-key form of r, or ok false when r is dropped.
func foldRune(r rune) (rune, bool) {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A', true
	case r == zwnj, r == 0x640, isDiacritic(r), isInvisible(r), r == 0x61C:
		return 0, false
	case r >= 0x660 && r <= 0x669:
		return r - 0x660 + '0', true
	case r >= 0x6F0 && r <= 0x6F9:
		return r - 0x6F0 + '0', true
	case isExoticSpace(r):
		return ' ', true
	}
	switch r {
	case 'ي', 'ى', 'ئ', 'ۍ', 'ێ', 'ې', 'ے':
		return 'ی', true
	case 'ك', 'ڪ', 'ػ', 'ؼ':
		return 'ک', true
	case 'ة', 'ۀ', 'ھ', 'ە', 'ہ':
		return 'ه', true
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا', true
	case 'ؤ':
		return 'و', true
	}
	if isPresentationForm(r) {
		if _, ok := presentationForms()[r]; ok {
			return 0xFFFD, true // marks "needs decomposition" for the scan
		}
	}
	return r, true
}
