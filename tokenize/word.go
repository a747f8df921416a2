package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// scanArabicWord scans a Persian or Arabic-script word starting at text[i]:
// letters (tatweel included), combining marks and the joiners ZWNJ and ZWJ,
// which stay inside the word (Persian Academy orthography writes the
// half-space of «می‌روم» and «کتاب‌ها» inside the word). A word followed by a
// dot and another letter is kept whole when it is a dotted abbreviation
// ([arabicAbbrev]).
func scanArabicWord(text string, i int) int {
	start := i
	j := arabicWordEnd(text, i)
	if j+1 < len(text) && text[j] == '.' {
		if k := arabicAbbrev(text, start, j); k > j {
			return k
		}
	}
	return j
}

// arabicWordEnd returns the end of the run of Arabic-script letters, marks
// and joiners that starts at text[i].
func arabicWordEnd(text string, i int) int {
	for i < len(text) {
		// Fast path: two-byte letters and marks of the Arabic block.
		for i+1 < len(text) {
			b := text[i]
			if b-0xD8 > 3 || !wordPair[uint(b&3)<<8|uint(text[i+1])] {
				break
			}
			i += 2
		}
		if i >= len(text) || text[i] < 0x80 {
			return i
		}
		if c, ok := arabic2(text, i); ok {
			if c != cLetter && c != cMark {
				return i
			}
			i += 2
			continue
		}
		if text[i] < 0x80 {
			return i
		}
		if isJoiner(text, i) {
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		if unicode.IsMark(r) || unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			i += w
			continue
		}
		return i
	}
	return i
}

// letterCount counts the letters of a word, up to 2 (enough to tell a
// one-letter segment from a longer one).
func letterCount(word string) int {
	n := 0
	for i := 0; i < len(word) && n < 2; {
		if c, ok := arabic2(word, i); ok {
			if c == cLetter {
				n++
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(word[i:])
		if unicode.IsLetter(r) {
			n++
		}
		i += w
	}
	return n
}

// arabicAbbrev returns the end of a dotted Persian abbreviation that starts
// with the word text[start:dot] followed by a dot, or dot when there is
// none. Two forms are recognised:
//
//   - one-letter segments joined by dots, at least two: «ج.ا.ا» (جمهوری
//     اسلامی ایران), «ق.م» (قبل از میلاد), «ه.ش», «ه.ق», «ص.ب». Every entry
//     of hazm's abbreviation list (MIT) has this shape, so the shape is the
//     rule rather than a list.
//   - an entry of data/abbreviations.txt.
//
// The final dot of a Persian abbreviation is not part of it: Persian writes
// «ق.م» without one, so a dot after it is punctuation that may end a
// sentence. A one-letter word followed by a dot and a longer word («م.احمدی»)
// is not an abbreviation; the sentence splitter treats the dot as an initial.
func arabicAbbrev(text string, start, dot int) int {
	if letterCount(text[start:dot]) == 1 {
		end, segs := dot, 1
		for k := dot; k+1 < len(text) && text[k] == '.'; {
			e := arabicWordEnd(text, k+1)
			if e == k+1 || letterCount(text[k+1:e]) != 1 {
				break
			}
			segs++
			end, k = e, e
		}
		if segs >= 2 {
			return end
		}
	}
	return listedAbbrev(text, start, dot, arabicWordEnd)
}

// listedAbbrev returns the end of the longest entry of data/abbreviations.txt
// that starts at text[start], whose first segment ends at dot, or dot when
// none matches. Candidates end after a segment or after a dot.
func listedAbbrev(text string, start, dot int, segEnd func(string, int) int) int {
	var ends [8]int
	n := 0
	k := dot
	for n+2 <= len(ends) && k < len(text) && text[k] == '.' {
		ends[n] = k + 1 // with the dot
		n++
		e := segEnd(text, k+1)
		if e == k+1 {
			break
		}
		ends[n] = e // without a final dot
		n++
		k = e
	}
	for n > 0 {
		n--
		if isAbbrev(text[start:ends[n]]) {
			return ends[n]
		}
	}
	return dot
}
