package normalize

import "unicode/utf8"

// lazyBuf builds an edited copy of src only when an edit happens: as long as
// the output equals src so far, nothing is copied or allocated.
type lazyBuf struct {
	src     string
	last    int    // src[:last] has been accounted for
	buf     []byte // scratch, reused: hand it back to its owner after result
	changed bool
}

func newLazy(src string, scratch []byte) lazyBuf {
	return lazyBuf{src: src, buf: scratch[:0]}
}

// replace writes rep in place of src[i:j]; src[last:i] is kept.
func (b *lazyBuf) replace(i, j int, rep string) {
	if !b.changed {
		b.buf = append(b.buf[:0], b.src[:i]...)
		b.changed = true
	} else {
		b.buf = append(b.buf, b.src[b.last:i]...)
	}
	b.buf = append(b.buf, rep...)
	b.last = j
}

// replaceRune writes r in place of src[i:j].
func (b *lazyBuf) replaceRune(i, j int, r rune) {
	b.replace(i, j, "")
	b.buf = utf8.AppendRune(b.buf, r)
}

// result returns the edited text, or src itself when nothing changed. It
// allocates only when something changed.
func (b *lazyBuf) result() string {
	if !b.changed {
		return b.src
	}
	b.buf = append(b.buf, b.src[b.last:]...)
	return string(b.buf)
}
