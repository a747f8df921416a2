package normalize

import (
	"bytes"
	"io"
	"unicode/utf8"
	"unsafe"

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

// streamer is the full pipeline as a transform.Transformer. It takes its
// input line by line as it comes (raw) and normalizes a line with the fast
// lane (see laneText), which applies the rune stage itself. A line longer
// than a segment, or holding a presentation form, goes through the rune
// stage into in and is segmented there as by text, a segment at a time, so
// that memory stays bounded however long the line.
type streamer struct {
	n       *Normalizer
	raw     []byte // input; raw[rawPos:] is not yet taken
	rawPos  int
	in      []byte // rune-stage output of long lines; in[inPos:] is not yet segmented
	inPos   int
	oldLine bool   // the line being read goes to in, up to its end
	out     []byte // normalized output not yet copied to dst
	outPos  int
	st      lineState
}

// Reset implements transform.Transformer.
func (s *streamer) Reset() {
	s.raw, s.rawPos, s.in, s.inPos, s.oldLine = s.raw[:0], 0, s.in[:0], 0, false
	s.out, s.outPos = s.out[:0], 0
	s.releaseCache()
	s.st = lineState{a: s.st.a, b: s.st.b, r: s.st.r}
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
		allIn := atEOF && nSrc == len(src) // no more input will come
		raw := s.raw[s.rawPos:]
		// A long line's segments first, in order.
		if in := s.in[s.inPos:]; len(in) > 0 && (segmentReady(in) || allIn && len(raw) == 0) {
			end, next, cont := segmentBounds(in)
			s.useCache(len(in))
			w := writer{buf: s.out}
			s.n.segment(&w, &s.st, string(in[:end]))
			w.buf = append(w.buf, in[end:next]...)
			s.out = w.buf
			s.st.cont = cont
			s.inPos += next
			continue
		}
		if s.oldLine && len(raw) > 0 {
			// Through the rune stage into in: up to the end of the line,
			// or what is complete of it.
			end := len(raw)
			if nl := bytes.IndexByte(raw, '\n'); nl >= 0 {
				end, s.oldLine = nl+1, false
			} else if !allIn {
				end = holdBack(raw, 0)
			} else {
				s.oldLine = false
			}
			if end > 0 {
				s.in = appendRunes(s.n.rt, s.in, raw[:end])
				s.rawPos += end
				continue
			}
		}
		if !s.oldLine && s.inPos == len(s.in) && len(raw) > 0 {
			nl := bytes.IndexByte(raw[:min(len(raw), maxSegment+1)], '\n')
			switch {
			case nl < 0 && len(raw) > maxSegment:
				s.oldLine = true // a long line
				continue
			case nl < 0 && !allIn:
				// Not a whole line yet: take more input.
			default:
				end, next := lineEnd(raw, nl)
				if !laneLine(raw[:end]) {
					// A presentation form: the rune stage may lengthen the line.
					s.in = appendRunes(s.n.rt, s.in, raw[:next])
					s.rawPos += next
					continue
				}
				line := unsafe.String(unsafe.SliceData(raw), end) // read only while raw stays
				w := writer{buf: s.out}
				if s.useCache(len(raw)) {
					s.n.segment(&w, &s.st, line)
				} else {
					s.st.r = appendRunes(s.n.rt, s.st.r[:0], line)
					s.n.segment(&w, &s.st, unsafe.String(unsafe.SliceData(s.st.r), len(s.st.r)))
				}
				w.buf = append(w.buf, raw[end:next]...)
				s.out = w.buf
				s.st.cont = false
				s.rawPos += next
				continue
			}
		}
		// Compact: everything before the positions is done.
		if s.inPos > 0 {
			s.in = append(s.in[:0], s.in[s.inPos:]...)
			s.inPos = 0
		}
		if s.rawPos > 0 {
			s.raw = append(s.raw[:0], s.raw[s.rawPos:]...)
			s.rawPos = 0
		}
		if nSrc == len(src) {
			if atEOF {
				s.releaseCache()
				s.oldLine = false
				return nDst, nSrc, nil
			}
			return nDst, nSrc, transform.ErrShortSrc
		}
		end := min(len(src), nSrc+chunk)
		s.raw = append(s.raw, src[nSrc:end]...)
		nSrc = end
	}
}

// useCache takes a word cache for the rest of the stream (or until Reset)
// once n bytes or more are waiting, and reports whether it has one.
func (s *streamer) useCache(n int) bool {
	if s.st.cache == nil && n >= cacheMinLen {
		s.st.cache = s.n.caches.Get().(*wordCache)
	}
	return s.st.cache != nil
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
