package normalize

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Rune-level rules: each rule maps one rune to zero or more runes with no
// context, so that the rune stage is a stateless transform.Transformer.

// Actions in runeTable.block.
const (
	actKeep   int32 = 0
	actDelete int32 = -1
)

// runeTable is the compiled rune stage of one Normalizer.
type runeTable struct {
	// block maps U+0600–U+06FF (two-byte UTF-8 with lead 0xD8–0xDB) to
	// actKeep, actDelete or a replacement rune.
	block [256]int32
	// keep2 reports, indexed by (c-0xD8)<<8 | c1 for the two bytes c, c1
	// of a rune, whether block keeps it (false for a non-continuation c1).
	keep2 [1024]bool
	// out2 holds, with the same index as keep2, the rune-stage output of
	// the two bytes as a little-endian uint16 (its first byte in the low
	// bits) with its length in bits 16–17, or out2Slow when the pair needs
	// the general path: a deletion (which looks at the next byte), a
	// non-continuation second byte or an output longer than two bytes.
	out2 [1024]uint32
	// flag is indexed by the two bytes c | c1<<8 at any position of the
	// input; it is 1 where a rune starting with c may need a change: a lead
	// byte 0xD8–0xDB whose rune the block does not keep, or a lead byte of
	// [needsOther]. A run of positions with no flag is left unchanged by
	// the rune stage (see [skipClean]).
	flag           *[1 << 16]uint8
	keepInvisibles bool
	keepSpaces     bool
}

const (
	zwnj    = '\u200c'
	zwnjStr = "\u200c"
)

// newRuneTable compiles the rune rules selected by o.
func newRuneTable(o options) *runeTable {
	t := &runeTable{keepInvisibles: o.keepInvisibles, keepSpaces: o.keepSpaces}
	for i := range t.block {
		r := rune(0x600 + i)
		t.block[i] = blockAction(r, o)
	}
	for d := range 4 {
		for c1 := 0x80; c1 <= 0xBF; c1++ {
			t.keep2[d<<8|c1] = t.block[d<<6|c1&0x3F] == actKeep
		}
		for c1 := range 256 {
			t.out2[d<<8|c1] = out2Entry(byte(0xD8+d), byte(c1), t.block[d<<6|c1&0x3F])
		}
	}
	t.flag = flagTable(&t.keep2)
	return t
}

var (
	flagTablesMu sync.Mutex
	flagTables   = map[[1024]bool]*[1 << 16]uint8{}
)

// flagTable returns the runeTable.flag table for the keep2 table keep,
// built once for each distinct keep2 (64 KiB each).
func flagTable(keep *[1024]bool) *[1 << 16]uint8 {
	flagTablesMu.Lock()
	defer flagTablesMu.Unlock()
	if f, ok := flagTables[*keep]; ok {
		return f
	}
	f := new([1 << 16]uint8)
	for c := range 256 {
		for c1 := range 256 {
			var v bool
			if c >= 0xD8 && c <= 0xDB {
				v = c1&0xC0 == 0x80 && !keep[(c-0xD8)<<8|c1]
			} else {
				v = mayNeedOther(byte(c), byte(c1))
			}
			if v {
				f[c|c1<<8] = 1
			}
		}
	}
	flagTables[*keep] = f
	return f
}

// skipClean returns the end of the run of eight-byte blocks of s from i on
// in which no position has a flag, checking only blocks followed by one
// more byte (so that every rune starting in a block that the flag tests is
// whole). The rune stage leaves such blocks unchanged: every byte there is
// ASCII, a continuation byte, a lead byte whose rune is kept whatever
// follows, or the lead of a kept Arabic-block rune.
func skipClean[S ~string | ~[]byte](t *runeTable, s S, i int) int {
	f := t.flag
	for i+9 <= len(s) {
		b := s[i : i+9]
		// One eight-byte load; each position's key is two adjacent bytes.
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if f[uint16(w)]|f[uint16(w>>8)]|f[uint16(w>>16)]|f[uint16(w>>24)]|
			f[uint16(w>>32)]|f[uint16(w>>40)]|f[uint16(w>>48)]|
			f[uint16(w>>56)|uint16(b[8])<<8] != 0 {
			break
		}
		i += 8
	}
	return i
}

// out2Slow marks an out2 entry that needs the general path.
const out2Slow uint32 = 1 << 31

// out2Entry returns the out2 entry for the two bytes c, c1 whose block
// action is a.
func out2Entry(c, c1 byte, a int32) uint32 {
	switch {
	case c1&0xC0 != 0x80, a == actDelete:
		return out2Slow
	case a == actKeep:
		return uint32(c) | uint32(c1)<<8 | 2<<16
	case a < 0x80:
		return uint32(a) | 1<<16
	case a < 0x800:
		return uint32(0xC0|a>>6) | uint32(0x80|a&0x3F)<<8 | 2<<16
	}
	return out2Slow
}

// blockAction is the rune rule for r in the Arabic block U+0600–U+06FF.
func blockAction(r rune, o options) int32 {
	switch {
	case r >= 0x660 && r <= 0x669: // Arabic-Indic digits
		switch o.digits {
		case Persian:
			return r - 0x660 + 0x6F0
		case Latin:
			return r - 0x660 + '0'
		}
		return actKeep
	case r >= 0x6F0 && r <= 0x6F9: // Persian digits
		if o.digits == Latin {
			return r - 0x6F0 + '0'
		}
		return actKeep
	case r == 0x640: // tatweel (kashida)
		if o.keepKashida {
			return actKeep
		}
		return actDelete
	case r == 0x61C: // Arabic letter mark (bidi)
		if o.keepInvisibles {
			return actKeep
		}
		return actDelete
	case isDiacritic(r):
		if o.keepDiacritics {
			return actKeep
		}
		return actDelete
	}
	if o.keepLetters {
		return actKeep
	}
	return letterAction(r)
}

// letterAction maps Arabic letter variants to the letters of Persian
// orthography (Persian Academy, دستور خط فارسی): the Arabic yeh and alef
// maksura to Persian yeh, the Arabic kaf to keheh, the Kurdish, Urdu and
// knotted hehs to heh, alef wasla to alef. Hamza forms (أ إ ؤ ئ ء) and ة, ۀ
// are written by Persian as they are.
func letterAction(r rune) int32 {
	switch r {
	case 'ي', 'ى', 'ۍ', 'ێ', 'ې', 'ے':
		return 'ی'
	case 'ك', 'ڪ', 'ػ', 'ؼ':
		return 'ک'
	case 'ە', 'ھ', 'ہ':
		return 'ه'
	case 'ٱ':
		return 'ا'
	}
	return actKeep
}

// isDiacritic reports whether r is an Arabic combining mark: Quranic
// annotation signs, harakat, tanwin, shadda, sukun, hamza above and below,
// superscript alef and small high marks.
func isDiacritic(r rune) bool {
	return r >= 0x610 && r <= 0x61A ||
		r >= 0x64B && r <= 0x65F ||
		r == 0x670 ||
		r >= 0x6D6 && r <= 0x6DC ||
		r >= 0x6DF && r <= 0x6E4 ||
		r >= 0x6E7 && r <= 0x6E8 ||
		r >= 0x6EA && r <= 0x6ED
}

// isInvisible reports whether r is an invisible formatting character removed
// by the invisibles rule: bidi marks, embeddings, overrides and isolates,
// the byte order mark, zero-width space, word joiner, invisible operators,
// soft hyphen and the Mongolian vowel separator. ZWNJ (U+200C) and ZWJ
// (U+200D, needed by emoji sequences) are not in this set.
func isInvisible(r rune) bool {
	switch {
	case r == 0xAD, r == 0x180E, r == 0x200B, r == 0x200E, r == 0x200F, r == 0xFEFF:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// isExoticSpace reports whether r is a space other than ASCII space and tab
// that the spaces rule writes as an ASCII space.
func isExoticSpace(r rune) bool {
	return r == 0xA0 || r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000
}

// isPresentationForm reports whether r is in the Arabic Presentation Forms-A
// (U+FB50–U+FDFF) or -B (U+FE70–U+FEFE) blocks.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE
}

// presentationForms maps every Arabic presentation form to its compatibility
// decomposition (NFKC): ﻻ → لا, ﻙ → ك, ﷲ → الله. Built once.
var presentationForms = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, 1024)
	var buf [4]byte
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			n := utf8.EncodeRune(buf[:], r)
			s := norm.NFKC.String(string(buf[:n]))
			if s != string(buf[:n]) {
				m[r] = s
			}
		}
	}
	add(0xFB50, 0xFDFF)
	add(0xFE70, 0xFEFE)
	return m
})

// other returns the rule for a rune outside U+0600–U+06FF: keep (ok false),
// or its replacement (possibly empty for a deletion).
func (t *runeTable) other(r rune) (repl string, ok bool) {
	switch {
	case isInvisible(r):
		if t.keepInvisibles {
			return "", false
		}
		return "", true
	case isExoticSpace(r):
		if t.keepSpaces {
			return "", false
		}
		return " ", true
	case isPresentationForm(r):
		s, ok := presentationForms()[r]
		return s, ok
	}
	return "", false
}

// needsOther reports whether a rune starting with lead byte c may need a
// rule from [runeTable.other].
func needsOther(c byte) bool {
	return c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF
}

// mayNeedOther reports whether a rune starting with the bytes c, c1 may
// need a rule from [runeTable.other]: it is needsOther narrowed by the
// second byte, for the flag table.
func mayNeedOther(c, c1 byte) bool {
	switch c {
	case 0xC2: // U+00A0, U+00AD
		return c1 == 0xA0 || c1 == 0xAD
	case 0xE1: // U+1680, U+180E
		return c1 == 0x9A || c1 == 0xA0
	case 0xE2: // U+2000–U+207F
		return c1 == 0x80 || c1 == 0x81
	case 0xE3: // U+3000
		return c1 == 0x80
	case 0xEF: // U+FB50–U+FDFF, U+FE70–U+FEFF
		return c1 >= 0xAD && c1 <= 0xB7 || c1 >= 0xB9 && c1 <= 0xBB
	}
	return false
}

// decode decodes the first rune of s; invalid or truncated input gives
// (utf8.RuneError, 1). It works on both strings and byte slices without
// conversion.
func decode[S ~string | ~[]byte](s S) (rune, int) {
	n := len(s)
	if n == 0 {
		return utf8.RuneError, 0
	}
	c := s[0]
	if c < 0x80 {
		return rune(c), 1
	}
	cont := func(i int, lo, hi byte) bool { return i < n && s[i] >= lo && s[i] <= hi }
	switch {
	case c >= 0xC2 && c <= 0xDF:
		if cont(1, 0x80, 0xBF) {
			return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
		}
	case c >= 0xE0 && c <= 0xEF:
		lo, hi := byte(0x80), byte(0xBF)
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
		if cont(1, lo, hi) && cont(2, 0x80, 0xBF) {
			return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
		}
	case c >= 0xF0 && c <= 0xF4:
		lo, hi := byte(0x80), byte(0xBF)
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
		if cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) {
			return rune(c&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
		}
	}
	return utf8.RuneError, 1
}

// spanRunes returns the length of the longest prefix of s that the rune stage
// leaves unchanged. When atEOF is false and s ends inside a rune that might
// need a change, short is true and n is where that rune starts.
func spanRunes[S ~string | ~[]byte](t *runeTable, s S, atEOF bool) (n int, short bool) {
	i := 0
	for i < len(s) {
		if i = skipClean(t, s, i); i == len(s) {
			break
		}
		c := s[i]
		if c < 0x80 {
			i++
			// ASCII fast path: eight bytes at a time.
			for i+8 <= len(s) && (s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7])&0x80 == 0 {
				i += 8
			}
			continue
		}
		if c >= 0xD8 && c <= 0xDB {
			if i+1 >= len(s) {
				if !atEOF {
					return i, true
				}
				i++
				continue
			}
			c1 := s[i+1]
			if c1&0xC0 == 0x80 {
				if a := t.block[int(c&3)<<6|int(c1&0x3F)]; a != actKeep {
					if a != actDelete || !strayAfter(s, i+2) {
						if a == actDelete && i+2 == len(s) && !atEOF {
							return i, true // the next byte decides
						}
						return i, false
					}
				}
				i += 2
				// Arabic fast path: the rest of a run of two-byte runes and
				// the ASCII bytes (spaces) between them.
				for i+1 < len(s) {
					c := s[i]
					if c < 0x80 {
						i++
						continue
					}
					if d := c - 0xD8; d > 3 || !t.keep2[(int(d)<<8|int(s[i+1]))&1023] {
						break
					}
					i += 2
				}
				continue
			}
			i++
			continue
		}
		if needsOther(c) {
			if need := 2 + int(c>>5&1); !atEOF && i+need > len(s) {
				return i, true
			}
			r, size := decode(s[i:])
			if size > 1 {
				if repl, ok := t.other(r); ok && (repl != "" || !strayAfter(s, i+size)) {
					if repl == "" && i+size == len(s) && !atEOF {
						return i, true // the next byte decides
					}
					return i, false
				}
			}
			i += size
			continue
		}
		i++ // other lead or continuation bytes pass unchanged
	}
	return i, false
}

// strayAfter reports whether s[j] is a continuation byte. After a complete
// rune such a byte is a stray piece of invalid UTF-8; a rune before it is
// not deleted, so that the stray bytes around it cannot join into a new
// rune (which would make normalization not idempotent).
func strayAfter[S ~string | ~[]byte](s S, j int) bool {
	return j < len(s) && s[j]&0xC0 == 0x80
}

// appendRunes appends the rune-stage output of s to dst. Invalid UTF-8 is
// copied unchanged. Unchanged stretches are found by spanRunes and copied
// whole; inside a changed stretch Arabic-block runes cost one table lookup.
func appendRunes[S ~string | ~[]byte](t *runeTable, dst []byte, s S) []byte {
	for i := 0; i < len(s); {
		n, _ := spanRunes(t, s[i:], true)
		dst = append(dst, s[i:i+n]...)
		i += n
		// Rewrite runes until an ASCII byte: the span check is cheaper there.
		for i < len(s) && s[i] >= 0x80 {
			c := s[i]
			if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				c1 := s[i+1]
				switch a := t.block[int(c&3)<<6|int(c1&0x3F)]; {
				case a == actKeep:
					dst = append(dst, c, c1)
				case a == actDelete:
					if strayAfter(s, i+2) {
						dst = append(dst, c, c1)
					}
				default:
					dst = utf8.AppendRune(dst, a)
				}
				i += 2
				continue
			}
			r, size := decode(s[i:])
			if size > 1 && needsOther(c) {
				if repl, ok := t.other(r); ok && (repl != "" || !strayAfter(s, i+size)) {
					dst = t.appendRune(dst, r)
					i += size
					continue
				}
			}
			dst = append(dst, s[i:i+size]...)
			i += size
		}
	}
	return dst
}

// appendRune appends the rune-stage output for one rune that needs a change.
func (t *runeTable) appendRune(dst []byte, r rune) []byte {
	if r >= 0x600 && r <= 0x6FF {
		return t.appendBlock(dst, r)
	}
	repl, ok := t.other(r)
	if !ok {
		return utf8.AppendRune(dst, r)
	}
	for _, q := range repl {
		if q >= 0x600 && q <= 0x6FF {
			dst = t.appendBlock(dst, q)
		} else {
			dst = utf8.AppendRune(dst, q)
		}
	}
	return dst
}

// appendBlock appends the rune-stage output of r in U+0600–U+06FF.
func (t *runeTable) appendBlock(dst []byte, r rune) []byte {
	switch a := t.block[r-0x600]; a {
	case actKeep:
		return utf8.AppendRune(dst, r)
	case actDelete:
		return dst
	default:
		return utf8.AppendRune(dst, a)
	}
}
