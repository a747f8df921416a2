package normalize

import (
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// runeTransformer is the rune stage as a transform.SpanningTransformer.
type runeTransformer struct {
	t *runeTable
}

// Reset implements transform.Transformer; the rune stage has no state.
func (runeTransformer) Reset() {}

// Span implements transform.SpanningTransformer.
func (rt runeTransformer) Span(src []byte, atEOF bool) (n int, err error) {
	n, short := spanRunes(rt.t, src, atEOF)
	switch {
	case short:
		return n, transform.ErrShortSrc
	case n < len(src):
		return n, transform.ErrEndOfSpan
	}
	return n, nil
}

// Transform implements transform.Transformer. Invalid UTF-8 is copied
// unchanged. Unchanged eight-byte blocks are found with one table load per
// position and copied whole; Arabic-block runes cost one table load; only
// other non-ASCII runes that may change are decoded.
func (rt runeTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	t := rt.t
	for nSrc < len(src) {
		// Unchanged blocks and the flagged runes with a short replacement
		// are written by copyClean; near the ends of src and dst the
		// runes take the fast path of copyRunes, and the rune where that
		// stops takes the general path below.
		nDst, nSrc = t.copyClean(dst, src, nDst, nSrc)
		nDst, nSrc = t.copyRunes(dst, src[:min(len(src), nSrc+16)], nDst, nSrc)
		if nSrc == len(src) {
			break
		}
		c := src[nSrc]
		if c < 0x80 {
			j := nSrc + 1
			for j < len(src) && src[j] < 0x80 {
				j++
			}
			m := copy(dst[nDst:], src[nSrc:j])
			nDst += m
			nSrc += m
			if nSrc < j {
				return nDst, nSrc, transform.ErrShortDst
			}
			continue
		}
		if c >= 0xD8 && c <= 0xDB {
			if nSrc+1 >= len(src) {
				if !atEOF {
					return nDst, nSrc, transform.ErrShortSrc
				}
			} else if c1 := src[nSrc+1]; c1&0xC0 == 0x80 {
				a := t.block[int(c&3)<<6|int(c1&0x3F)]
				switch {
				case a == actKeep:
					if nDst+2 > len(dst) {
						return nDst, nSrc, transform.ErrShortDst
					}
					dst[nDst], dst[nDst+1] = c, c1
					nDst += 2
				case a == actDelete:
					if nSrc+2 == len(src) && !atEOF {
						return nDst, nSrc, transform.ErrShortSrc // the next byte decides
					}
					if strayAfter(src, nSrc+2) {
						if nDst+2 > len(dst) {
							return nDst, nSrc, transform.ErrShortDst
						}
						dst[nDst], dst[nDst+1] = c, c1
						nDst += 2
					}
				case a < 0x80:
					if nDst+1 > len(dst) {
						return nDst, nSrc, transform.ErrShortDst
					}
					dst[nDst] = byte(a)
					nDst++
				case a < 0x800:
					if nDst+2 > len(dst) {
						return nDst, nSrc, transform.ErrShortDst
					}
					dst[nDst], dst[nDst+1] = byte(0xC0|a>>6), byte(0x80|a&0x3F)
					nDst += 2
				default:
					var buf [4]byte
					out := utf8.AppendRune(buf[:0], a)
					if nDst+len(out) > len(dst) {
						return nDst, nSrc, transform.ErrShortDst
					}
					nDst += copy(dst[nDst:], out)
				}
				nSrc += 2
				continue
			}
		}
		// Any other byte: decode, then keep or rewrite the rune.
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := decode(src[nSrc:])
		var out []byte
		if size > 1 && needsOther(c) {
			if repl, ok := t.other(r); ok {
				var buf [64]byte
				if repl == "" && nSrc+size == len(src) && !atEOF {
					return nDst, nSrc, transform.ErrShortSrc // the next byte decides
				}
				if repl != "" || !strayAfter(src, nSrc+size) {
					out = t.appendRune(buf[:0], r)
				}
			}
		}
		if out == nil {
			out = src[nSrc : nSrc+size]
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// copyRunes is the fast path of Transform: it writes the rune-stage output
// of src[i:] to dst[j:] while the input is ASCII, two-byte runes of
// U+0600–U+06FF that are kept or replaced by at most two bytes, or ZWNJ, and
// returns the new positions. It stops at any other rune, at a rune that
// needs a deletion, and where dst or src may be too short; the general path
// of Transform takes it from there. Its output is never longer than its
// input, so that it works within min(len(src)-i, len(dst)-j) bytes.
func (t *runeTable) copyRunes(dst, src []byte, j, i int) (int, int) {
	s := src[:i+min(len(src)-i, len(dst)-j)]
	tab := &t.out2
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			dst[j] = c
			i++
			j++
			// A run of ASCII: eight bytes at a time.
			for i+8 <= len(s) {
				w := binary.LittleEndian.Uint64(s[i:])
				if w&0x8080808080808080 != 0 {
					break
				}
				binary.LittleEndian.PutUint64(dst[j:], w)
				i += 8
				j += 8
			}
			continue
		}
		if i+1 >= len(s) {
			break
		}
		c1 := s[i+1]
		d := c - 0xD8
		if d > 3 {
			if c == 0xE2 && c1 == 0x80 && i+2 < len(s) && s[i+2] == 0x8C { // ZWNJ
				dst[j], dst[j+1], dst[j+2] = 0xE2, 0x80, 0x8C
				i += 3
				j += 3
				continue
			}
			break
		}
		e := tab[(int(d)<<8|int(c1))&1023]
		if e&out2Slow != 0 {
			break
		}
		// j+2 <= len(dst): the output so far is no longer than the input.
		binary.LittleEndian.PutUint16(dst[j:], uint16(e))
		i += 2
		j += int(e >> 16 & 3)
	}
	return j, i
}

// copyClean is the block path of Transform: it copies the runs of
// unflagged eight-byte blocks of src[i:] (see [skipClean]) to dst[j:] whole;
// in a block with a flag it copies the bytes before the first flagged
// position and rewrites the rune there when it is an Arabic-block rune with
// a replacement of at most two bytes or a ZWNJ, then goes on after that
// rune. It returns the new positions where it stops: at any other flagged
// rune, or where fewer than nine bytes of src or eight of dst remain. It
// may write to dst beyond the returned position.
func (t *runeTable) copyClean(dst, src []byte, j, i int) (int, int) {
	// Output is never longer than input, so that while i+9 <= end, dst
	// has room for eight bytes at j.
	end := i + min(len(src)-i, len(dst)-j)
	f := t.flag
	tab := &t.out2
	for {
		if k := skipClean(t, src[:end], i); k > i {
			copy(dst[j:], src[i:k])
			j += k - i
			i = k
		}
		if i+9 > end {
			break
		}
		// The block at i has a flag. Copy it, then go back to its first
		// flagged position p.
		w := binary.LittleEndian.Uint64(src[i:])
		binary.LittleEndian.PutUint64(dst[j:], w)
		p := 0
		for ; p < 7 && f[uint16(w>>(8*p))] == 0; p++ {
		}
		i += p
		j += p
		c := src[i]
		if d := c - 0xD8; d <= 3 {
			e := tab[(int(d)<<8|int(src[i+1]))&1023]
			if e&out2Slow != 0 {
				break
			}
			binary.LittleEndian.PutUint16(dst[j:], uint16(e))
			i += 2
			j += int(e >> 16 & 3)
			continue
		}
		if c == 0xE2 && i+3 <= end && src[i+1] == 0x80 && src[i+2] == 0x8C { // ZWNJ
			dst[j], dst[j+1], dst[j+2] = 0xE2, 0x80, 0x8C
			i += 3
			j += 3
			continue
		}
		break
	}
	return j, i
}
