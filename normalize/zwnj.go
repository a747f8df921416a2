package normalize

import "strings"

// ZWNJ rules. The zero-width non-joiner (U+200C, نیم\u200cفاصله) separates the
// parts of a Persian word that are written apart but belong together:
// می\u200cرود، کتاب\u200cها، بزرگ\u200cترین، خانه\u200cای، بی\u200cگناه. The Persian Academy
// orthography (دستور خط فارسی) writes it only after a letter that joins to
// the left; after ا د ذ ر ز ژ و the parts touch without it (کشورها).

// joinsLeft reports whether r is an Arabic-script letter that connects to
// the following letter (dual-joining), so that a ZWNJ after it is
// meaningful. Right-joining letters (ا آ أ إ د ذ ر ز ژ و ؤ ة ۀ ...) and the
// non-joining hamza do not.
func joinsLeft(r rune) bool {
	if !isArabicLetter(r) {
		return false
	}
	switch {
	case r >= 0x622 && r <= 0x625, r == 0x627, r == 0x629, r >= 0x62F && r <= 0x632,
		r == 0x648, r == 0x621, r >= 0x671 && r <= 0x673, r == 0x675, r >= 0x676 && r <= 0x677,
		r >= 0x688 && r <= 0x699, r == 0x6C0, r >= 0x6C3 && r <= 0x6CB, r == 0x6CD,
		r == 0x6CF, r >= 0x6D2 && r <= 0x6D3, r == 0x6D5, r >= 0x6EE && r <= 0x6EF:
		return false
	}
	return true
}

// tidyZWNJ removes every ZWNJ of s that the ZWNJ rules forbid: at a word
// edge, doubled, after a letter that does not join to the left, or before
// anything but a letter. It returns s itself when nothing changes.
func tidyZWNJ(s string) string {
	if !strings.Contains(s, zwnjStr) {
		return s
	}
	b := newLazy(s, nil)
	base := ' '
	for i := 0; i < len(s); {
		r, size := decode(s[i:])
		if r == zwnj {
			next, _ := decode(s[i+size:])
			if next == zwnj || !isArabicLetter(next) || !joinsLeft(base) {
				b.replace(i, i+size, "")
			}
		} else if !isDiacritic(r) {
			base = r
		}
		i += size
	}
	return b.result()
}

// splitWord splits a token into leading non-letters, the Arabic-script word
// (letters, ZWNJs and marks) and the rest. simple reports whether the rest
// holds no further Arabic-script letter, so that core is the token's only
// word.
func splitWord(tok string) (lead, core, trail string, simple bool) {
	i := 0
	for i < len(tok) {
		cls, size := classAt(tok, i)
		if cls&clsLetter != 0 {
			break
		}
		i += size
	}
	j := i
	for j < len(tok) {
		cls, size := classAt(tok, j)
		if cls&(clsLetter|clsMark) == 0 && !(size == 3 && tok[j:j+3] == zwnjStr) {
			break
		}
		j += size
	}
	simple = true
	for k := j; k < len(tok); {
		cls, size := classAt(tok, k)
		if cls&clsLetter != 0 {
			simple = false
			break
		}
		k += size
	}
	return tok[:i], tok[i:j], tok[j:], simple
}

// classAt returns the classes of the rune at s[i] (0 outside the Arabic
// block) and its size in bytes.
func classAt(s string, i int) (uint8, int) {
	c := s[i]
	if c < 0x80 {
		return 0, 1
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return arabicClass[int(c&3)<<6|int(s[i+1]&0x3F)], 2
	}
	_, size := decode(s[i:])
	return 0, size
}

// restoreWord applies the glued-word rule to one token: when its word lost
// its ZWNJs (تروریستها، میشناسند، سهجانبه), the lexicon's ZWNJ form is put
// back. Words that merely look like affixed forms (میز، تنها) stay.
// The cache c may be nil. It also returns the joinFlags of the word (0
// when joinPair never joins the token), valid only when tok is returned
// unchanged.
func restoreWord(c *wordCache, tok string, sp wordSplit) (string, uint8) {
	lead, core, trail := sp.parts(tok)
	if !sp.simple || len(core) < 4 {
		return tok, 0
	}
	rep, ok, flags := c.restoreCore(core)
	if !ok {
		return tok, flags
	}
	if lead == "" && trail == "" {
		return rep, flags
	}
	return lead + rep + trail, flags
}

// coreFlags returns the joinFlags of the word of tok, 0 when joinPair
// never joins tok.
func coreFlags(tok string, sp wordSplit) uint8 {
	if !sp.simple {
		return 0
	}
	return joinFlags(tok[sp.coreStart:sp.coreEnd])
}

// joinPair applies the spaced-word rule to two adjacent tokens separated
// by one space: when the lexicon says the space stands for a ZWNJ (می
// توانید، کتاب ها، بی گناه، فاجعه آمیز), it returns the joined token and
// true. The ZWNJ is dropped after a letter that does not join (کشور ها →
// کشورها).
// lf and rf are the joinFlags of the words of left and right; c, which may
// be nil, is the call's word cache.
func joinPair(left string, lsp wordSplit, lf uint8, right string, rsp wordSplit, rf uint8, c *wordCache) (string, bool) {
	_, lcore, ltrail := lsp.parts(left)
	rlead, rcore, _ := rsp.parts(right)
	if ltrail != "" || rlead != "" || !lsp.simple || !rsp.simple || lcore == "" || rcore == "" {
		return "", false
	}
	if joinReasonFlags(lcore, rcore, lf, rf, c) == lexKindNone {
		return "", false
	}
	return tidyZWNJ(left + zwnjStr + right), true
}
