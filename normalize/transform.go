package normalize

import (
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
// unchanged.
func (rt runeTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var buf [64]byte
	for nSrc < len(src) {
		n, short := spanRunes(rt.t, src[nSrc:], atEOF)
		if nDst+n > len(dst) {
			m := copy(dst[nDst:], src[nSrc:nSrc+n])
			return nDst + m, nSrc + m, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+n])
		nSrc += n
		if short {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nSrc == len(src) {
			break
		}
		// Common case: a rune of the Arabic block deleted or replaced by a
		// one- or two-byte rune, written without decoding.
		if c := src[nSrc]; c >= 0xD8 && c <= 0xDB && nSrc+1 < len(src) {
			switch a := rt.t.block[int(c&3)<<6|int(src[nSrc+1]&0x3F)]; {
			case a == actDelete:
				nSrc += 2
				continue
			case a > 0 && a < 0x80:
				if nDst+1 > len(dst) {
					return nDst, nSrc, transform.ErrShortDst
				}
				dst[nDst] = byte(a)
				nDst++
				nSrc += 2
				continue
			case a >= 0x80 && a < 0x800:
				if nDst+2 > len(dst) {
					return nDst, nSrc, transform.ErrShortDst
				}
				dst[nDst], dst[nDst+1] = byte(0xC0|a>>6), byte(0x80|a&0x3F)
				nDst += 2
				nSrc += 2
				continue
			}
		}
		r, size := decode(src[nSrc:])
		out := rt.t.appendRune(buf[:0], r)
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}
