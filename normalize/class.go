package normalize

// Byte-level character classes for the fast paths of the spacing and word
// stages: one table lookup per Arabic-block rune instead of range tests.

const (
	clsLetter uint8 = 1 << iota // Arabic-script letter
	clsJoins                    // letter that joins to the left
	clsDigit                    // Persian or Arabic-Indic digit
	clsSep                      // ٫ or ٬
	clsMark                     // Arabic diacritic
)

// arabicClass holds the classes of U+0600–U+06FF.
var arabicClass = func() (t [256]uint8) {
	for i := range t {
		r := rune(0x600 + i)
		if isArabicLetter(r) {
			t[i] |= clsLetter
		}
		if joinsLeft(r) {
			t[i] |= clsJoins
		}
		if isPersianDigit(r) {
			t[i] |= clsDigit
		}
		if isDiacritic(r) {
			t[i] |= clsMark
		}
		if r == '٫' || r == '٬' {
			t[i] |= clsSep
		}
	}
	return t
}()

// arabicLetter2 reports, for the two bytes c, c1 of a rune with c in
// 0xD8–0xDB, whether they encode an Arabic-script letter; it is indexed by
// (c-0xD8)<<8 | c1, so that a non-continuation c1 reads false.
var arabicLetter2 = func() (t [1024]bool) {
	for d := range 4 {
		for c1 := 0x80; c1 <= 0xBF; c1++ {
			t[d<<8|c1] = arabicClass[d<<6|c1&0x3F]&clsLetter != 0
		}
	}
	return t
}()

// arabicPlain2 is arabicLetter2 for letters and digits.
var arabicPlain2 = func() (t [1024]bool) {
	for d := range 4 {
		for c1 := 0x80; c1 <= 0xBF; c1++ {
			t[d<<8|c1] = arabicClass[d<<6|c1&0x3F]&(clsLetter|clsDigit) != 0
		}
	}
	return t
}()

// asciiPlain reports ASCII letters and digits.
var asciiPlain = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return t
}()

// isPlain reports whether r is a plain rune: an ASCII letter or digit, an
// Arabic-script letter or a Persian digit. No spacing rule looks at a plain
// rune that follows another plain rune.
func isPlain(r rune) bool {
	if r < 0x80 {
		return r >= 0 && asciiPlain[r]
	}
	return r >= 0x600 && r <= 0x6FF && arabicClass[r-0x600]&(clsLetter|clsDigit) != 0
}

// plainRunSpaced returns the end of the run of plain runes starting at i,
// crossing single spaces followed by a plain rune, with the last three runes
// of the run (last first; 0 where the run is shorter). runStart is the index
// after the last space crossed, or -1.
func plainRunSpaced(s string, i int) (end int, last [3]rune, runStart int) {
	runStart = -1
	start := i
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if asciiPlain[c] {
				i++
				continue
			}
			if c == ' ' && i+1 < len(s) && plainAt(s, i+1) {
				i++
				runStart = i
				continue
			}
			break
		}
		if d := c - 0xD8; d > 3 || i+1 >= len(s) || !arabicPlain2[(int(d)<<8|int(s[i+1]))&1023] {
			break
		}
		i += 2
	}
	// The last three runes, read backwards: ASCII or two-byte.
	k := i
	for t := 0; t < 3 && k > start; t++ {
		if s[k-1] < 0x80 {
			last[t] = rune(s[k-1])
			k--
		} else {
			last[t] = rune(s[k-2]&0x1F)<<6 | rune(s[k-1]&0x3F)
			k -= 2
		}
	}
	return i, last, runStart
}

// plainAt reports whether the rune at s[i] is plain.
func plainAt(s string, i int) bool {
	c := s[i]
	if c < 0x80 {
		return asciiPlain[c]
	}
	d := c - 0xD8
	return d <= 3 && i+1 < len(s) && arabicPlain2[(int(d)<<8|int(s[i+1]))&1023]
}

// isCleanWord reports whether s is a clean token: Arabic-script letters,
// with any ZWNJ standing alone between a letter that joins to the left and
// another letter. The spacing stage leaves such a token unchanged between
// single spaces, and the word stage reads it as one simple word; the fast
// lane (see tokSource) relies on both.
func isCleanWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	joins := false // the previous rune is a letter that joins to the left
	for i := 0; i < len(s); {
		c := s[i]
		if d := c - 0xD8; d <= 3 && i+1 < len(s) && arabicLetter2[(int(d)<<8|int(s[i+1]))&1023] {
			joins = arabicClass[int(c&3)<<6|int(s[i+1]&0x3F)]&clsJoins != 0
			i += 2
			continue
		}
		// A ZWNJ after a joining letter and before a letter.
		if !joins || c != 0xE2 || i+4 >= len(s) || s[i+1] != 0x80 || s[i+2] != 0x8C {
			return false
		}
		if d := s[i+3] - 0xD8; d > 3 || !arabicLetter2[(int(d)<<8|int(s[i+4]))&1023] {
			return false
		}
		i += 3
		joins = false
	}
	return true
}
