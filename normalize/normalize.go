package normalize

import (
	"bytes"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/text/transform"
)

// A Normalizer normalizes Persian text according to its options. It is
// immutable after [New] and safe for concurrent use by multiple goroutines.
type Normalizer struct {
	o  options
	rt *runeTable
	// caches pools the word caches of this Normalizer's calls (their
	// fast-lane answers depend on the options).
	caches *sync.Pool
}

// New returns a Normalizer with the default rules changed by opts.
func New(opts ...Option) *Normalizer {
	var o options
	for _, f := range opts {
		o = f(o)
	}
	if o.keepZWNJ {
		o.keepGlued, o.keepSpaced = true, true
	}
	return &Normalizer{o: o, rt: newRuneTable(o), caches: &sync.Pool{New: func() any { return newWordCache() }}}
}

// defaultNormalizer is the Normalizer behind the package-level functions.
var defaultNormalizer = sync.OnceValue(func() *Normalizer { return New() })

// String returns the normalized form of s with the default rules. It
// returns s itself, without allocating, when s is already normal.
func String(s string) string { return defaultNormalizer().String(s) }

// Bytes returns the normalized form of b with the default rules. It returns
// b itself when b is already normal (the check costs one string copy of b);
// otherwise a new slice.
func Bytes(b []byte) []byte { return defaultNormalizer().Bytes(b) }

// AppendString appends the normalized form of s (default rules) to dst and
// returns the extended slice.
func AppendString(dst []byte, s string) []byte { return defaultNormalizer().AppendString(dst, s) }

// IsNormalized reports whether s is already normal under the default rules,
// that is whether String(s) == s. It does not allocate when s is normal, and
// stops at the first difference otherwise.
func IsNormalized(s string) bool { return defaultNormalizer().IsNormalized(s) }

// String returns the normalized form of s. It returns s itself, without
// allocating, when s is already normal.
func (n *Normalizer) String(s string) string {
	if len(s) < cacheMinLen {
		r := n.runeStage(s)
		w := writer{src: r, lazy: true}
		var st lineState
		n.text(&w, &st, r)
		if w.lazy {
			return r[:w.n] // the output is a prefix of r (trimmed end)
		}
		return ownedString(w.buf)
	}
	w := writer{src: s, lazy: true}
	n.laneText(&w, s)
	if w.lazy {
		return s[:w.n]
	}
	return ownedString(w.buf)
}

// runeStage returns the rune-stage output of s, or s itself when it is
// unchanged.
func (n *Normalizer) runeStage(s string) string {
	if sp, _ := spanRunes(n.rt, s, true); sp < len(s) {
		// The rune stage looks only forward: s[:sp] needs no second look.
		b := append(make([]byte, 0, len(s)), s[:sp]...)
		return ownedString(appendRunes(n.rt, b, s[sp:]))
	}
	return s
}

// ownedString returns the bytes of b as a string without copying them. The
// caller gives b up: nothing may write to it afterwards (as with
// strings.Builder).
func ownedString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Bytes returns the normalized form of b. It returns b itself when b is
// already normal (the check costs one string copy of b); otherwise a new
// slice.
func (n *Normalizer) Bytes(b []byte) []byte {
	s := string(b)
	if sp, _ := spanRunes(n.rt, b, true); sp == len(b) && n.IsNormalized(s) {
		return b
	}
	return n.AppendString(nil, s)
}

// AppendString appends the normalized form of s to dst and returns the
// extended slice.
func (n *Normalizer) AppendString(dst []byte, s string) []byte {
	w := writer{buf: dst}
	if len(s) < cacheMinLen {
		var st lineState
		n.text(&w, &st, n.runeStage(s))
		return w.buf
	}
	n.laneText(&w, s)
	return w.buf
}

// IsNormalized reports whether n.String(s) == s. It does not allocate when
// s is normal, and stops at the first difference otherwise.
func (n *Normalizer) IsNormalized(s string) bool {
	if sp, _ := spanRunes(n.rt, s, true); sp < len(s) {
		return false
	}
	w := writer{src: s, lazy: true, check: true}
	if len(s) < cacheMinLen {
		var st lineState
		n.text(&w, &st, s)
	} else {
		n.laneText(&w, s)
	}
	return w.lazy && w.n == len(s)
}

// laneText normalizes s, before the rune stage, into w line by line, with
// a word cache and the fast lane (see tokSource), which applies the rune
// stage itself. A line longer than a segment, or holding a presentation
// form (which the rune stage may expand), goes through the rune stage
// first and is segmented as by text, so that the segments are the same.
func (n *Normalizer) laneText(w *writer, s string) {
	c := n.caches.Get().(*wordCache)
	n.laneTextCache(w, s, c)
	n.caches.Put(c)
}

// laneTextCache is laneText with the word cache c.
func (n *Normalizer) laneTextCache(w *writer, s string, c *wordCache) {
	st := lineState{cache: c}
	for len(s) > 0 && !w.done() {
		end, next := lineEnd(s, strings.IndexByte(s, '\n'))
		if line := s[:end]; !laneLine(line) {
			st.r = appendRunes(n.rt, st.r[:0], line)
			n.text(w, &st, unsafe.String(unsafe.SliceData(st.r), len(st.r)))
		} else {
			n.segment(w, &st, line)
		}
		w.str(s[end:next])
		st.cont = false
		s = s[next:]
	}
}

// Runes returns the rune stage of n (letters, digits, kashida, diacritics,
// invisible characters, exotic spaces) as a stateless
// transform.SpanningTransformer. It chains with norm.NFC and works with
// transform.NewReader; its Span finds the first byte that needs a change.
func (n *Normalizer) Runes() transform.SpanningTransformer { return runeTransformer{n.rt} }

// Runes returns the rune stage of the default Normalizer; see
// [Normalizer.Runes].
func Runes() transform.SpanningTransformer { return defaultNormalizer().Runes() }

// writer collects output. In lazy mode it only compares the output with src
// until the first difference, so that unchanged input costs no allocation.
type writer struct {
	src   string
	n     int
	buf   []byte
	lazy  bool
	check bool // IsNormalized: stop caring after the first difference
}

// str writes p.
func (w *writer) str(p string) {
	if w.lazy {
		if len(p) <= len(w.src)-w.n && w.src[w.n:w.n+len(p)] == p {
			w.n += len(p)
			return
		}
		w.lazy = false
		if w.check {
			return
		}
		w.buf = append(make([]byte, 0, len(w.src)+len(w.src)/8+16), w.src[:w.n]...)
	}
	if w.check {
		return
	}
	w.buf = append(w.buf, p...)
}

// done reports whether writing more cannot change the result (IsNormalized
// found a difference).
func (w *writer) done() bool { return w.check && !w.lazy }

// maxSegment bounds the bytes the word stages look at together: a line
// longer than this is processed in pieces cut at a space (or, with no
// space, at a rune boundary), so that streaming needs bounded memory.
const maxSegment = 64 << 10

// segmentBounds finds the next segment of s: its content is s[:contentEnd],
// its line terminator ("\n", "\r\n", or none at the end of input or at a cut
// inside a long line) is s[contentEnd:next], and cont reports whether s[next:]
// continues the same line. A line longer than maxSegment is cut at its last
// space before the limit (or, with none, at a rune boundary).
func segmentBounds[S ~string | ~[]byte](s S) (contentEnd, next int, cont bool) {
	var nl int
	switch v := any(s).(type) {
	case string:
		nl = strings.IndexByte(v[:min(len(v), maxSegment+1)], '\n')
	case []byte:
		nl = bytes.IndexByte(v[:min(len(v), maxSegment+1)], '\n')
	}
	if nl >= 0 {
		end, next := lineEnd(s, nl)
		return end, next, false
	}
	if len(s) <= maxSegment {
		return len(s), len(s), false
	}
	cut := -1
	for i := maxSegment - 1; i > 0; i-- {
		if s[i] == ' ' {
			cut = i
			break
		}
	}
	if cut <= 0 {
		cut = maxSegment
		for cut > maxSegment-3 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return cut, cut, true
}

// lineEnd returns where the content of the line of s that a newline at nl
// ends (nl < 0: none, the line runs to the end) stops, before a "\r\n" or
// "\n", and where the next line starts.
func lineEnd[S ~string | ~[]byte](s S, nl int) (end, next int) {
	switch {
	case nl < 0:
		return len(s), len(s)
	case nl > 0 && s[nl-1] == '\r':
		return nl - 1, nl + 1
	}
	return nl, nl + 1
}

// laneLine reports whether a whole line, before the rune stage, goes to
// the fast lane as it is: it is one segment and stays one after the rune
// stage, which lengthens only presentation forms (lead byte 0xEF), none by
// more than 12 times (ﷺ, 3 bytes, becomes 33).
func laneLine[S ~string | ~[]byte](line S) bool {
	switch {
	case len(line) <= maxSegment/16:
		return true
	case len(line) > maxSegment:
		return false
	}
	switch v := any(line).(type) {
	case string:
		return strings.IndexByte(v, 0xEF) < 0
	case []byte:
		return bytes.IndexByte(v, 0xEF) < 0
	}
	return false
}

// segmentReady reports whether buf (not at EOF) holds a complete segment.
func segmentReady(buf []byte) bool {
	lim := min(len(buf), maxSegment+1)
	return bytes.IndexByte(buf[:lim], '\n') >= 0 || len(buf) > maxSegment
}

// lineState carries what the word stages know across segments.
type lineState struct {
	cont bool   // the next segment continues a line
	a    []byte // scratch for the spacing stage
	// cache remembers the word stage's lexicon answers; nil for none.
	cache *wordCache
	b     []byte // scratch for words
	// src reads the tokens of a segment for the fast lane, its scratch
	// kept from segment to segment.
	src tokSource
	r   []byte // laneText's rune-stage output of a line
}

// text normalizes the rune-stage output s into w, segment by segment.
func (n *Normalizer) text(w *writer, st *lineState, s string) {
	for len(s) > 0 && !w.done() {
		end, next, cont := segmentBounds(s)
		n.segment(w, st, s[:end])
		w.str(s[end:next])
		st.cont = cont
		s = s[next:]
	}
}

// segment normalizes one segment of a line: punctuation and spacing, then
// the word stage.
func (n *Normalizer) segment(w *writer, st *lineState, line string) {
	if st.cache == nil {
		spaced := n.spacing(st, line)
		n.words(w, st, spaced)
		return
	}
	// The fast lane needs the word cache for its look-ups.
	src := &st.src
	src.begin(n, st.cache, st.cont, line)
	src.startFast()
	n.wordsFrom(w, st, src, line)
}
