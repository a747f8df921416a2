package normalize

import (
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns the full normalization pipeline of n as a
// transform.Transformer: its output equals [Normalizer.String] of the whole
// input, however the input is split. It holds at most one segment of a line
// (up to 64 KiB) at a time, so memory does not grow with the input. A
// Transformer has state: use one per stream, or call Reset between streams.
func (n *Normalizer) Transformer() transform.Transformer { return &streamer{n: n} }

// NewReader returns a reader of the normalized form of r (full pipeline).
func (n *Normalizer) NewReader(r io.Reader) io.Reader {
	return transform.NewReader(r, n.Transformer())
}

// Transformer returns the full default pipeline as a transform.Transformer;
// see [Normalizer.Transformer].
func Transformer() transform.Transformer { return defaultNormalizer().Transformer() }

// NewReader returns a reader of the normalized form of r under the default
// rules; see [Normalizer.NewReader].
func NewReader(r io.Reader) io.Reader { return defaultNormalizer().NewReader(r) }

// streamer is the full pipeline as a transform.Transformer.
type streamer struct {
	n      *Normalizer
	in     []byte // rune-stage output; in[inPos:] is not yet segmented
	inPos  int
	out    []byte // normalized output not yet copied to dst
	outPos int
	st     lineState
}

// Reset implements transform.Transformer.
func (s *streamer) Reset() {
	s.in, s.inPos, s.out, s.outPos = s.in[:0], 0, s.out[:0], 0
	s.releaseCache()
	s.st = lineState{a: s.st.a, b: s.st.b}
}

// releaseCache returns the word cache, if any, to the pool.
func (s *streamer) releaseCache() {
	if s.st.cache != nil {
		s.n.caches.Put(s.st.cache)
		s.st.cache = nil
	}
}

// chunk bounds how much input one step of Transform takes in.
const chunk = 16 << 10

// Transform implements transform.Transformer.
func (s *streamer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if s.outPos < len(s.out) {
			c := copy(dst[nDst:], s.out[s.outPos:])
			nDst += c
			s.outPos += c
			if s.outPos < len(s.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		s.out, s.outPos = s.out[:0], 0
		allIn := atEOF && nSrc == len(src)
		if in := s.in[s.inPos:]; len(in) > 0 && (segmentReady(in) || allIn) {
			end, next, cont := segmentBounds(in)
			if s.st.cache == nil && len(in) >= cacheMinLen {
				// Held until the end of the stream (or Reset).
				s.st.cache = s.n.caches.Get().(*wordCache)
			}
			w := writer{buf: s.out}
			s.n.segment(&w, &s.st, string(in[:end]))
			w.buf = append(w.buf, in[end:next]...)
			s.out = w.buf
			s.st.cont = cont
			s.inPos += next
			continue
		}
		if s.inPos > 0 { // compact: everything before inPos is done
			s.in = append(s.in[:0], s.in[s.inPos:]...)
			s.inPos = 0
		}
		if nSrc == len(src) {
			if atEOF {
				s.releaseCache()
				return nDst, nSrc, nil
			}
			return nDst, nSrc, transform.ErrShortSrc
		}
		// Take in the next chunk of src through the rune stage, holding
		// back a rune cut at the end of src.
		end := min(len(src), nSrc+chunk)
		if end < len(src) || !atEOF {
			end = holdBack(src[:end], nSrc)
		}
		if end == nSrc {
			return nDst, nSrc, transform.ErrShortSrc
		}
		s.in = appendRunes(s.n.rt, s.in, src[nSrc:end])
		nSrc = end
	}
}

// holdBack returns the end of src without its last rune when that rune is
// not ASCII and ends src: it may be cut, and whether it is deleted depends
// on the byte after it (see strayAfter). It holds back at most 4 bytes.
func holdBack(src []byte, from int) int {
	end := len(src)
	j := end - 1
	for j >= from && src[j]&0xC0 == 0x80 && end-j <= utf8.UTFMax-1 {
		j--
	}
	if j < from || src[j] < 0xC0 {
		return end // ASCII or stray bytes at the end
	}
	need := 2
	if src[j] >= 0xF0 {
		need = 4
	} else if src[j] >= 0xE0 {
		need = 3
	}
	if end-j > need {
		return end // a complete rune followed by stray bytes
	}
	return j
}
