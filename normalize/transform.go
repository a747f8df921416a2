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
