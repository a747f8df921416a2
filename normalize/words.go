package normalize

import "unsafe"

// token is a space-delimited token of a line with what the word stage
// needs to know about it, found in one pass over its bytes.
type token struct {
	s          string
	latin      bool // holds an ASCII letter
	arabic     bool // holds an Arabic-script letter
	asciiDigit bool // holds 0–9
	digit      bool // holds any digit
	sep        bool // holds . , ٫ or ٬
	maybeURL   bool // holds @ or : or starts with www.
	firstEdge  bool // starts with a letter or digit
	lastEdge   bool // ends with a letter or digit
	split      wordSplit
	// known is set by the fast lane for a token it has already put through
	// the word stage's rules of one token (tokenWord): s is the result and
	// flags are its joinFlags.
	known bool
	flags uint8
	// slot is the slotID of the token's entry in the lane table, for a
	// clean token of the fast lane; 0 for any other (see wordCache.pair).
	slot uint32
}

// wordSplit locates the Arabic-script word of a token (see splitWord):
// s[:coreStart] is the leading punctuation, s[coreStart:coreEnd] the word.
type wordSplit struct {
	coreStart, coreEnd int
	simple             bool // no Arabic-script letter after the word
}

// parts returns the leading punctuation, the word and the rest of s.
func (w wordSplit) parts(s string) (lead, core, trail string) {
	return s[:w.coreStart], s[w.coreStart:w.coreEnd], s[w.coreEnd:]
}

// splitOf computes the wordSplit of s.
func splitOf(s string) wordSplit {
	lead, core, _, simple := splitWord(s)
	return wordSplit{len(lead), len(lead) + len(core), simple}
}

// scanToken reads the token of line starting at start, up to the next
// space, and returns it with its end.
func scanToken(line string, start int) (token, int) {
	var t token
	end := scanTokenInto(&t, line, start)
	return t, end
}

// scanTokenInto is scanToken writing into t.
func scanTokenInto(t *token, line string, start int) int {
	// Fast path: most tokens are words of Arabic-script letters only.
	i := start
	for i+1 < len(line) {
		d := line[i] - 0xD8
		if d > 3 || !arabicLetter2[(int(d)<<8|int(line[i+1]))&1023] {
			// A ZWNJ between two letters (می\u200cشود) is part of the word.
			if i > start && line[i] == 0xE2 && i+4 < len(line) && line[i+1] == 0x80 && line[i+2] == 0x8C {
				if d := line[i+3] - 0xD8; d <= 3 && arabicLetter2[(int(d)<<8|int(line[i+4]))&1023] {
					i += 5
					continue
				}
			}
			break
		}
		i += 2
	}
	if i > start && (i == len(line) || isTokenEnd(line[i])) {
		// Field by field: a composite literal goes through a stack copy
		// that stalls on store forwarding.
		t.s = line[start:i]
		t.latin, t.arabic, t.asciiDigit, t.digit = false, true, false, false
		t.sep, t.maybeURL, t.firstEdge, t.lastEdge = false, false, true, true
		t.split.coreStart, t.split.coreEnd, t.split.simple = 0, i-start, true
		t.known, t.slot = false, 0
		return i
	}
	return scanTokenSlow(t, line, start)
}

// isTokenEnd reports whether c ends a token.
func isTokenEnd(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// scanTokenSlow is scanTokenInto for any token.
func scanTokenSlow(t *token, line string, start int) int {
	*t = token{}
	if len(line)-start >= 4 && line[start:start+4] == "www." {
		t.maybeURL = true
	}
	i := start
	s := line
	edge, first := false, true
	phase := 0 // 0 before the word, 1 in it, 2 after it
	t.split.simple = true
scan:
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if isTokenEnd(c) {
				break scan
			}
			edge = asciiPlain[c]
			if phase == 1 {
				t.split.coreEnd, phase = i-start, 2
			}
			switch {
			case c >= '0' && c <= '9':
				t.asciiDigit, t.digit = true, true
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				t.latin = true
			case c == '.' || c == ',':
				t.sep = true
			case c == '@' || c == ':':
				t.maybeURL = true
			}
		} else if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			cls := arabicClass[int(c&3)<<6|int(s[i+1]&0x3F)]
			edge = cls&(clsLetter|clsDigit) != 0
			switch {
			case phase == 0 && cls&clsLetter != 0:
				t.split.coreStart, phase = i-start, 1
			case phase == 1 && cls&(clsLetter|clsMark) == 0:
				t.split.coreEnd, phase = i-start, 2
			case phase == 2 && cls&clsLetter != 0:
				t.split.simple = false
			}
			if cls&clsLetter != 0 {
				t.arabic = true
			}
			if cls&clsDigit != 0 {
				t.digit = true
			}
			if cls&clsSep != 0 {
				t.sep = true
			}
			i++
			if phase == 1 && !first {
				// Fast path: the rest of a run of letters.
				for i+2 < len(s) && s[i+1] >= 0xD8 && s[i+1] <= 0xDB && s[i+2]&0xC0 == 0x80 &&
					arabicClass[int(s[i+1]&3)<<6|int(s[i+2]&0x3F)]&clsLetter != 0 {
					i += 2
				}
			}
		} else {
			edge = false
			if phase == 1 {
				if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x8C { // ZWNJ
					i += 3
					continue
				}
				t.split.coreEnd, phase = i-start, 2
			}
		}
		if first {
			t.firstEdge, first = edge, false
		}
		i++
	}
	t.lastEdge = edge && i > start
	t.s = line[start:i]
	switch phase {
	case 0:
		t.split.coreStart, t.split.coreEnd = i-start, i-start
	case 1:
		t.split.coreEnd = i - start
	}
	return i
}

// skipWS returns the index of the first non-space byte at or after i.
func skipWS(line string, i int) int {
	for i < len(line) && isWS(line[i]) {
		i++
	}
	return i
}

// script returns the script of the token for the digit rule.
func (t *token) script() script {
	switch {
	case t.arabic:
		return scriptArabic
	case t.latin:
		return scriptLatin
	}
	return scriptNone
}

// words applies the word stage to a line already through the spacing
// stage: digits and separators, then ZWNJ restoration inside glued words
// and between words written with a space, writing the result to w.
func (n *Normalizer) words(w *writer, st *lineState, line string) {
	src := &st.src
	src.begin(n, nil, st.cont, "")
	src.fast = false
	src.scan(line, "")
	n.wordsFrom(w, st, src, line)
}

// wordsFrom is words for the tokens src yields; pieces of line are
// gathered into one write.
func (n *Normalizer) wordsFrom(w *writer, st *lineState, src *tokSource, line string) {
	ws := wordState{n: n, st: st, out: newSpanWriter(w, line)}
	// The previous token ends with a Latin letter or digit, for the digit
	// rule.
	prevLatinEdge := false
	var toks [2]token
	cur, next := &toks[0], &toks[1]
	gap, ok := src.next(cur)
	for ok {
		if cur.known {
			// A token of the fast lane: its word and flags are known, and
			// the digit rule does not look past it.
			ws.push(cur.s, cur.split, cur.flags, cur.arabic, gap, cur.slot)
			prevLatinEdge = cur.lastEdge && cur.script() == scriptLatin
			// Then the clean tokens that follow, straight from the lane.
			if ws.chain(src) {
				prevLatinEdge = false
			}
			gap, ok = src.next(cur)
			continue
		}
		gap2, ok2 := src.next(next)
		tok, split, flags := n.tokenWord(st, cur, next, ok2, ws.havePend && prevLatinEdge)
		prevLatinEdge = cur.lastEdge && cur.script() == scriptLatin
		ws.push(tok, split, flags, cur.arabic, gap, 0)
		gap, ok = gap2, ok2
		cur, next = next, cur
	}
	if ws.havePend {
		ws.out.str(ws.pend)
	}
	ws.out.str(gap) // the line's trailing spaces
	ws.out.flush()
}

// wordState is the state of the word stage along a segment: the word
// before the current one (pend), which the spaced-word rule may join to it.
type wordState struct {
	n         *Normalizer
	st        *lineState
	out       spanWriter
	pend      string
	pendSplit wordSplit
	pendFlags uint8  // joinFlags of pend's word
	pendSlot  uint32 // token.slot of pend, 0 when it is no lane token
	havePend  bool
}

// chain pushes the clean tokens that r yields straight from the lane, as
// nextClean would yield them one by one, with push's common case inline,
// and reports whether there were any. The held token stays in locals
// along the run; the look-up of the next token is nextClean's, written out
// here because a call per token for it costs 4% of String's instructions.
func (ws *wordState) chain(r *tokSource) bool {
	if !r.holding() {
		return false
	}
	line := r.line
	hs, he := r.heldStart, r.heldEnd
	held, heldFlags, heldSlot := r.heldOut, r.heldFlags, r.heldSlot
	noJoin := ws.n.o.keepSpaced
	took, last := false, ""
	for simpleGapAt(line, he) {
		cs := he + 1
		out, flags, ce := r.lane(line, cs)
		if flags&laneClean == 0 {
			r.stashed, r.stashOut, r.stashFlags, r.stashStart, r.stashEnd = true, out, flags, cs, ce
			break
		}
		// Yield the held token, after its gap.
		tok, tflags := held, heldFlags&^laneKind
		gap := ""
		if hs > 0 {
			gap = line[hs-1 : hs]
		}
		took, last = true, tok
		if !ws.havePend || gap != " " || !noJoin && mayJoin(ws.pendFlags, tflags) {
			ws.push(tok, wordSplit{0, len(tok), true}, tflags, true, gap, heldSlot)
		} else {
			if !ws.out.add(ws.pend) {
				ws.out.strSlow(ws.pend)
			}
			if !ws.out.add(gap) {
				ws.out.strSlow(gap)
			}
			ws.pend, ws.pendSplit, ws.pendFlags, ws.pendSlot = tok, wordSplit{0, len(tok), true}, tflags, heldSlot
		}
		held, heldFlags, heldSlot, hs, he = out, flags, r.slot, cs, ce
	}
	if took {
		r.last = last
		r.heldOut, r.heldFlags, r.heldSlot, r.heldStart, r.heldEnd = held, heldFlags, heldSlot, hs, he
	}
	return took
}

// push takes the next token, tok (its word at split, its joinFlags flags,
// arabic when it holds an Arabic-script letter, its token.slot), after the
// spaces gap.
func (ws *wordState) push(tok string, split wordSplit, flags uint8, arabic bool, gap string, slot uint32) {
	if !ws.havePend {
		ws.out.str(gap)
		ws.pend, ws.pendSplit, ws.pendFlags, ws.pendSlot, ws.havePend = tok, split, flags, slot, true
		return
	}
	o := &ws.n.o
	if !o.keepSpaced && gap == " " && arabic && mayJoin(ws.pendFlags, flags) {
		if ws.join(tok, split, flags, slot) {
			return
		}
	}
	if !ws.out.add(ws.pend) {
		ws.out.strSlow(ws.pend)
	}
	if !ws.out.add(gap) {
		ws.out.strSlow(gap)
	}
	ws.pend, ws.pendSplit, ws.pendFlags, ws.pendSlot = tok, split, flags, slot
}

// join applies the spaced-word rule to the pending word and the next
// token (as push has them) and reports whether it joined them, the joined
// word then pending. What it makes of two lane tokens is kept in the
// cache's pair table.
func (ws *wordState) join(tok string, split wordSplit, flags uint8, slot uint32) bool {
	c := ws.st.cache
	var pair uint64
	if ws.pendSlot != 0 && slot != 0 {
		pair = uint64(ws.pendSlot)<<32 | uint64(slot)
		if v, ok := c.pair(pair); ok {
			if v == 0 {
				return false
			}
			pend := c.joined[v>>8-1]
			ws.pend, ws.pendSplit, ws.pendFlags, ws.pendSlot = pend, splitOf(pend), uint8(v), 0
			return true
		}
	}
	j, joined := joinPair(ws.pend, ws.pendSplit, ws.pendFlags, tok, split, flags, c)
	if !joined {
		if pair != 0 {
			c.keepPair(pair, "", 0)
		}
		return false
	}
	pend, pendSplit := j, splitOf(j)
	// The joined word is read again as a word, as the next pass would
	// (کشور ها → کشورها is one word).
	if !ws.n.o.keepGlued {
		if r, _ := restoreWord(c, pend, pendSplit); r != pend {
			pend, pendSplit = r, splitOf(r)
		}
	}
	pendFlags := coreFlags(pend, pendSplit)
	if pair != 0 {
		c.keepPair(pair, pend, pendFlags) // pend is no input's: it is kept as it is
	}
	ws.pend, ws.pendSplit, ws.pendFlags, ws.pendSlot = pend, pendSplit, pendFlags, 0
	return true
}

// tokenWord applies the digit and glued-word rules to the token cur, which
// next follows when hasNext, and returns it with its word's split and
// joinFlags. prevLatin reports that the token before it ends with a Latin
// letter or digit.
func (n *Normalizer) tokenWord(st *lineState, cur, next *token, hasNext, prevLatin bool) (string, wordSplit, uint8) {
	o := &n.o
	tok, split := cur.s, cur.split
	if !cur.maybeURL || !isProtected(tok) {
		if o.digits != Keep || o.separators != Keep {
			// A neighbour counts for the digit rule only when no
			// punctuation stands between it and this token.
			convert := o.digits == Persian && cur.asciiDigit && !cur.latin &&
				!(prevLatin && cur.firstEdge) &&
				!(hasNext && cur.lastEdge && next.firstEdge && next.script() == scriptLatin)
			if convert || cur.sep && cur.digit {
				if d := n.rewriteDigits(st, tok, convert); d != tok {
					tok, split = d, splitOf(d)
				}
			}
		}
		if !o.keepGlued && cur.arabic {
			r, f := restoreWord(st.cache, tok, split)
			if r == tok {
				return tok, split, f
			}
			tok, split = r, splitOf(r)
		}
	}
	if !cur.arabic {
		// No Arabic-script word: joinPair never joins it.
		return tok, split, 0
	}
	return tok, split, coreFlags(tok, split)
}

// spanWriter writes to w, gathering pieces of line that follow one
// another in line into one write.
type spanWriter struct {
	w     *writer
	line  string
	base  uintptr // the address of line's bytes
	limit uintptr // base + len(line)
	next  uintptr // base + end
	start int     // line[start:end] is gathered, not yet written
}

// newSpanWriter returns a spanWriter to w for pieces of line.
func newSpanWriter(w *writer, line string) spanWriter {
	base := uintptr(unsafe.Pointer(unsafe.StringData(line)))
	return spanWriter{w: w, line: line, base: base, limit: base + uintptr(len(line)), next: base}
}

// str writes p.
func (o *spanWriter) str(p string) {
	if !o.add(p) {
		o.strSlow(p)
	}
}

// add gathers p when it follows what is gathered in line, the common case,
// and reports whether it did; it is small enough to be inlined.
func (o *spanWriter) add(p string) bool {
	if a := uintptr(unsafe.Pointer(unsafe.StringData(p))); a == o.next && a+uintptr(len(p)) <= o.limit {
		o.next += uintptr(len(p))
		return true
	}
	return false
}

// strSlow is str for any p.
func (o *spanWriter) strSlow(p string) {
	if len(p) == 0 {
		return
	}
	if len(p) <= len(o.line) {
		// Where p stands in line, if it does.
		off := uint(uintptr(unsafe.Pointer(unsafe.StringData(p))) - o.base)
		if off <= uint(len(o.line)-len(p)) {
			if o.base+uintptr(off) != o.next {
				o.flush()
				o.start = int(off)
			}
			o.next = o.base + uintptr(off) + uintptr(len(p))
			return
		}
	}
	o.flush()
	o.w.str(p)
}

// flush writes what is gathered.
func (o *spanWriter) flush() {
	end := int(o.next - o.base)
	if end > o.start {
		o.w.str(o.line[o.start:end])
	}
	o.start = end
}
