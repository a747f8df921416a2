package normalize

import (
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
// unchanged. It works byte by byte: ASCII runs are copied, Arabic-block
// runes are looked up in one table, and only other non-ASCII runes are
// decoded.
func (rt runeTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	t := rt.t
	for nSrc < len(src) {
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
		var buf [64]byte
		if size > 1 && needsOther(c) {
			if repl, ok := t.other(r); ok {
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
