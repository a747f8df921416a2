package normalize

import (
	"math/bits"
	"strings"
	"unsafe"
)

// The fast lane. Most of a line of Persian news is clean tokens (see
// isCleanWord) between single spaces, which the rune and spacing stages
// leave as they are. A tokSource in fast mode reads the tokens of a line
// as they come, before the rune stage, and takes each token's final form
// and joinFlags from the word cache's lane table: one look-up for a token
// seen before, instead of the rune stage, a scan by the spacing stage, a
// scan by the word stage and a look-up. A token that is not clean but is
// spaced alike between any two clean tokens («کتاب،», «۱۲») comes from the
// table too, as its spaced form. The rune and spacing stages run rule by
// rule only on regions around the other tokens and other spaces. The word
// stage gets what it would get from the rune and spacing stages on the
// whole line: a region starts at a clean token after a single space, where
// the spacing stage's state follows from the last token before it, and
// ends after a clean token that a single space and another clean token
// follow, so that no spacing rule reaches across a region's edges.
// lane_test.go checks the two against each other, on text and by fuzzing.

// tokSource yields tokens to the word stage: in scan mode the tokens of
// the spaced text s; in fast mode (fast set) those of the segment line,
// scanning the spaced form of a region (in scan mode) where the line needs
// the spacing stage.
type tokSource struct {
	s        string // scan mode: the spaced text being read
	i        int    // scan mode: next byte of s
	scanning bool
	gapIn    string // scan mode: the gap before s's first token, when s starts with one

	fast  bool
	n     *Normalizer
	cache *wordCache
	cont  bool   // the segment continues a line (lineState.cont)
	reg   []byte // holds the spaced regions of the segment
	line  string // fast mode: the segment
	// The held token is a clean token line[heldStart:heldEnd], read but
	// not yet yielded: whether it is (or starts a region) depends on what
	// follows. heldOut, heldFlags and heldSlot are what lane gave for it.
	heldOut            string
	heldFlags          uint8
	heldSlot           uint32
	hasHeld            bool
	heldStart, heldEnd int
	done               bool   // fast mode: everything is read
	last               string // the last token yielded
	// known is the word-stage token lane found for a laneWord answer; word
	// is scratch for knownWord.
	known *token
	word  token
	slot  uint32 // the slotID of lane's last answer, 0 for none
	// q[qi:qn] are context-free tokens read ahead (see queueCtxFree).
	q      [8]queued
	qi, qn int
	// nextClean found line[stashStart:stashEnd], for which lane gave
	// stashOut and stashFlags, not clean: fastNext takes it from there.
	stashed              bool
	stashOut             string
	stashFlags           uint8
	stashStart, stashEnd int
}

// begin sets r to read line in fast mode with n's rules and the cache c;
// cont reports that line continues a line (lineState.cont). The regions'
// buffer and the other scratch of r are kept.
func (r *tokSource) begin(n *Normalizer, c *wordCache, cont bool, line string) {
	r.s, r.i, r.scanning, r.gapIn = "", 0, false, ""
	r.fast, r.n, r.cache, r.cont, r.reg, r.line = true, n, c, cont, r.reg[:0], line
	r.heldOut, r.heldFlags, r.heldSlot, r.hasHeld, r.heldStart, r.heldEnd = "", 0, 0, false, 0, 0
	r.done, r.last, r.known, r.slot = false, "", nil, 0
	r.qi, r.qn, r.stashed = 0, 0, false
}

// next reads the next token into t and returns the spaces before it. At
// the end it returns false and the spaces after the last token.
func (r *tokSource) next(t *token) (string, bool) {
	gap, ok := r.read(t)
	if ok {
		r.last = t.s
	}
	return gap, ok
}

// nextClean is next for the common case only: the held token when a
// single space and a clean token follow it, as the word, flags and gap of
// a known token. It reports false otherwise (then next carries on, with
// the look-up nextClean made kept for it).
func (r *tokSource) nextClean() (string, uint8, string, uint32, bool) {
	if !r.holding() {
		return "", 0, "", 0, false
	}
	line, hs, he := r.line, r.heldStart, r.heldEnd
	if !simpleGapAt(line, he) {
		return "", 0, "", 0, false
	}
	cs := he + 1
	out, flags, ce := r.lane(line, cs)
	tok, tflags, tslot := r.heldOut, r.heldFlags, r.heldSlot
	if !r.holdAnswer(out, flags, cs, ce) {
		r.stashed, r.stashOut, r.stashFlags, r.stashStart, r.stashEnd = true, out, flags, cs, ce
		return "", 0, "", 0, false
	}
	r.last = tok
	gap := ""
	if hs > 0 {
		gap = line[hs-1 : hs]
	}
	return tok, tflags &^ laneKind, gap, tslot, true
}

// holding reports whether r, in fast mode, holds a token with nothing
// read ahead of it: what nextClean and wordState.chain start from.
func (r *tokSource) holding() bool {
	return r.qn == 0 && !r.stashed && r.hasHeld && !r.scanning
}

// read is next without keeping the last token.
func (r *tokSource) read(t *token) (string, bool) {
	for {
		if r.scanning {
			ws := r.i
			s := skipWS(r.s, ws)
			if s < len(r.s) {
				r.i = scanTokenInto(t, r.s, s)
				gap := r.s[ws:s]
				if r.gapIn != "" {
					gap, r.gapIn = r.gapIn, ""
				}
				return gap, true
			}
			r.scanning = false
			if r.qi == r.qn && (!r.fast || r.done) {
				return r.s[ws:], false
			}
		}
		if r.qi < r.qn {
			e := &r.q[r.qi]
			r.qi++
			if r.qi == r.qn {
				r.qi, r.qn = 0, 0
			}
			if e.known {
				*t = e.tok
				return e.gap, true
			}
			r.scan(e.s, e.gap)
			continue
		}
		return r.fastNext(t)
	}
}

// keep returns buf, which was appended to r.reg[start:start], as a string
// that stays valid until the segment is done: the next output goes after
// it in r.reg (or, when buf has moved to a new array, after it there).
func (r *tokSource) keep(start int, buf []byte) string {
	if len(buf) == 0 {
		return ""
	}
	if start < cap(r.reg) && unsafe.SliceData(buf) == unsafe.SliceData(r.reg[start:start+1]) {
		r.reg = r.reg[:start+len(buf)]
	} else {
		r.reg = buf
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// scan sets r to read the tokens of s, the first after the spaces gap.
func (r *tokSource) scan(s, gap string) {
	r.s, r.i, r.scanning, r.gapIn = s, 0, true, gap
}

// startFast starts reading r.line in fast mode.
func (r *tokSource) startFast() {
	line := r.line
	if len(line) == 0 {
		r.done = true
		return
	}
	if isWS(line[0]) {
		r.region(0, 0)
		return
	}
	out, flags, e := r.lane(line, 0)
	if r.holdAnswer(out, flags, 0, e) {
		r.hasHeld = true
		return
	}
	// A context-free token opens the line: it is spaced as after a word
	// unless its first rune is one that the Latin-punctuation rule reads
	// after a letter only (, ; ?), or a ZWNJ (whose rule looks back).
	if flags&laneCtxFree != 0 && line[0] != ',' && line[0] != ';' && line[0] != '?' &&
		!strings.Contains(line[:e], zwnjStr) && r.queueCtxFree(out, flags, "", e) {
		return
	}
	r.region(0, e)
}

// tokenEnd returns the index of the first space at or after i, or
// len(line). Tokens are short: it reads eight bytes at a time rather than
// calling strings.IndexByte.
func tokenEnd(line string, i int) int {
	for i+8 <= len(line) {
		// The bytes that are spaces become zero bytes of x^spaceFill; the
		// lowest zero byte sets the lowest bit of z (bits above it may be
		// set by the borrow).
		if z := spaceBytes(load64(line, i)); z != 0 {
			return i + bits.TrailingZeros64(z)/8
		}
		i += 8
	}
	for i < len(line) && line[i] != ' ' {
		i++
	}
	return i
}

// load64 returns the eight bytes of s from i (i+8 <= len(s)) as a
// little-endian number.
func load64(s string, i int) uint64 {
	return *(*uint64)(unsafe.Pointer(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)))
}

// simpleGapAt reports whether a single space at line[i] is followed by a
// token.
func simpleGapAt(line string, i int) bool {
	return i+1 < len(line) && line[i] == ' ' && !isWS(line[i+1])
}

// What the fast lane knows of a token (in gluedEntry.flags of
// wordCache.lane, beside the joinFlags of its output).
const (
	laneDirty   uint8 = 0      // needs the spacing stage in a region
	laneClean   uint8 = 1 << 7 // clean: rep is the glued-word rule's output
	laneCtxFree uint8 = 1 << 6 // spaced alike between any clean tokens: rep is its spacing
	laneKind          = laneClean | laneCtxFree
	// laneWord, with laneCtxFree, marks a token whose spacing is one
	// token that no neighbour changes in the word stage: rep is then 1 +
	// its index in wordCache.known, the token as the word stage makes it.
	laneWord uint8 = 1 << 0
)

// hold looks the token at line[s] up with lane and returns its end and,
// when it is clean, makes it the held token (without setting hasHeld) and
// reports true.
func (r *tokSource) hold(s int) (int, bool) {
	out, flags, e := r.lane(r.line, s)
	return e, r.holdAnswer(out, flags, s, e)
}

// holdAnswer is hold for line[s:e], for which lane (its last call) gave out
// and flags.
func (r *tokSource) holdAnswer(out string, flags uint8, s, e int) bool {
	if flags&laneClean == 0 {
		return false
	}
	r.heldOut, r.heldFlags, r.heldSlot, r.heldStart, r.heldEnd = out, flags, r.slot, s, e
	return true
}

// setClean makes t the clean token out with the lane flags flags and the
// lane slot slot.
func (t *token) setClean(out string, flags uint8, slot uint32) {
	t.s, t.slot = out, slot
	t.latin, t.arabic, t.asciiDigit, t.digit = false, true, false, false
	t.sep, t.maybeURL, t.firstEdge, t.lastEdge = false, false, true, true
	t.split.coreStart, t.split.coreEnd, t.split.simple = 0, len(out), true
	t.known, t.flags = true, flags&^laneKind
}

// lane returns what the fast lane knows of the token that starts at
// line[s] (not a space) and ends at the next space or the end of line: its
// kind and joinFlags, its output (the glued-word rule's for a clean token,
// the spacing stage's for a context-free one; the token itself when
// unchanged), and its end. It sets r.slot to the slotID of the token's
// entry (0 for none) and, for a laneWord answer, r.known.
//
// It finds the token's end with the loads that make its hash, and is the
// hit path only, small enough to keep its state in registers; laneMiss
// fills an entry and laneLong answers tokens too long to keep.
func (r *tokSource) lane(line string, s int) (string, uint8, int) {
	// x and y are the token's first and last 8 bytes; for a token shorter
	// than 8, x is its bytes (the low bytes of x, the others zero) and y
	// is 0. Keys of the table are zero-padded, so that a key of up to 16
	// bytes is compared by x and y alone.
	var x, y uint64
	var e int
	switch {
	case s+8 <= len(line):
		x = load64(line, s)
	case len(line) >= 8:
		x = load64(line, len(line)-8) >> (8 * (s + 8 - len(line))) // the zeros shifted in are no spaces
		x |= spaceFill << (8 * (len(line) - s))                    // ... but the end of line is one
	default:
		x = spaceFill
		for i := len(line) - 1; i >= s; i-- {
			x = x<<8 | uint64(line[i])
		}
	}
	if z := spaceBytes(x); z != 0 {
		k := bits.TrailingZeros64(z) / 8
		e = s + k
		x &= 1<<(8*k) - 1
	} else {
		e = tokenEnd(line, s+8)
		y = load64(line, e-8)
	}
	n := e - s
	if n > gluedKeyMax || n == 0 {
		out, flags := r.laneLong(line[s:e])
		return out, flags, e
	}
	const mask = 1<<laneBits - 1
	c := r.cache
	tab := c.lane
	for i := laneHash(x, y, n); ; i++ {
		ent := &tab[i&mask]
		if ent.n == 0 {
			out, flags := r.laneMiss(line[s:e], i&mask)
			return out, flags, e
		}
		if int(ent.n) != n {
			continue
		}
		k := unsafe.Pointer(&ent.key)
		if *(*uint64)(k) != x || n >= 8 && (*(*uint64)(unsafe.Add(k, n-8)) != y || n > 16 && !ent.midIs(line[s:e])) {
			continue
		}
		if ent.used == 0 {
			ent.used = 1 // see reset
		}
		r.slot = c.slotID(i & mask)
		switch {
		case ent.rep == 0:
			return line[s:e], ent.flags, e
		case ent.flags&(laneCtxFree|laneWord) == laneCtxFree|laneWord:
			r.known = &c.known[ent.rep-1]
			return "", ent.flags, e
		}
		return c.reps[ent.rep-1], ent.flags, e
	}
}

// laneHash returns the slot of the lane's table where the search for a
// token of n bytes, of which lane (and wordKey) gave x and y, starts
// (before masking).
func laneHash(x, y uint64, n int) uint64 {
	return slot(mixKey(x, y, n), laneBits)
}

// spaceFill is eight spaces.
const spaceFill = 0x2020202020202020

// spaceBytes returns x, eight bytes of text, with the high bit of its
// lowest space byte set (bits above it may be set too) and 0 when it holds
// no space.
func spaceBytes(x uint64) uint64 {
	y := x ^ spaceFill
	return (y - 0x0101010101010101) &^ y & 0x8080808080808080
}

// midIs reports whether the key of e, whose first and last 8 bytes are
// those of tok (17 to gluedKeyMax bytes), is tok: it compares the bytes
// between.
func (e *gluedEntry) midIs(tok string) bool {
	k := unsafe.Pointer(&e.key)
	return *(*uint64)(unsafe.Add(k, 8)) == load64(tok, 8) &&
		(len(tok) <= 24 || *(*uint64)(unsafe.Add(k, 16)) == load64(tok, 16))
}

// laneLong is lane for a token too long for the table (or empty).
func (r *tokSource) laneLong(tok string) (string, uint8) {
	r.slot = 0
	out, flags := r.laneAnswer(tok)
	if out != tok {
		out = strings.Clone(out)
	}
	return out, flags
}

// laneMiss is lane for a token not in the table, whose entry is to be the
// empty slot i (unless the table starts over).
func (r *tokSource) laneMiss(tok string, i uint64) (string, uint8) {
	c := r.cache
	out, flags := r.laneAnswer(tok)
	resets := c.resets
	if c.laneUsed >= laneMax {
		c.reset()
	}
	var idx uint32
	if flags&laneCtxFree != 0 && r.knownWord(out) {
		if len(c.known) >= maxReps {
			c.reset()
		}
		c.known = append(c.known, r.word)
		idx = uint32(len(c.known))
		flags |= laneWord
		r.known = &c.known[idx-1]
		out = ""
	} else if out != tok {
		if len(c.reps) >= maxReps {
			c.reset()
		}
		idx = c.addRep(out)
		out = c.reps[idx-1] // out may be scratch
	} else {
		out = tok
	}
	if c.resets != resets {
		i = c.laneFree(tok) // the entries kept moved
	}
	e := &c.lane[i]
	e.n = uint8(copy(e.key[:], tok))
	e.rep = idx
	e.flags = flags
	c.laneUsed++
	r.slot = c.slotID(i)
	return out, flags
}

// knownWord reports whether the spaced form x of a context-free token is
// one token whose word-stage rules of one token (tokenWord) need no
// neighbour (no digit rule applies), and if so sets r.word to the result.
func (r *tokSource) knownWord(x string) bool {
	if x == "" || strings.ContainsAny(x, " \t\v\f") {
		return false
	}
	t := &r.word
	if scanTokenInto(t, x, 0) != len(x) || t.asciiDigit || t.sep && t.digit {
		return false
	}
	st := lineState{cache: r.cache}
	w, split, flags := r.n.tokenWord(&st, t, nil, false, false)
	t.s = strings.Clone(w)
	t.split, t.flags, t.known = split, flags, true
	return true
}

// laneAnswer computes what lane returns for tok, which has not been
// through the rune stage; its output may be scratch, valid until the next
// call.
func (r *tokSource) laneAnswer(raw string) (string, uint8) {
	n, c := r.n, r.cache
	tok := raw
	if sp, _ := spanRunes(n.rt, raw, true); sp < len(raw) {
		c.runes = appendRunes(n.rt, append(c.runes[:0], raw[:sp]...), raw[sp:])
		tok = unsafe.String(unsafe.SliceData(c.runes), len(c.runes))
	}
	if isCleanWord(tok) {
		if n.o.keepGlued || len(tok) < 4 {
			return tok, laneClean | joinFlags(tok)
		}
		// As restoreWord and then coreFlags in wordsFrom.
		// Not through the glued table: the lane's own entry keeps the
		// answer.
		rep, ok := restoreCoreDirect(tok)
		if !ok {
			return tok, laneClean | joinFlags(tok)
		}
		return rep, laneClean | coreFlags(rep, splitOf(rep))
	}
	if len(raw) > gluedKeyMax {
		return raw, laneDirty
	}
	// Context-free: spaced the same after a letter that joins and one that
	// does not (which only a ZWNJ can tell apart), and before a letter,
	// with the spaces around it kept.
	var x string
	for k, before := range [2]string{"ب ", "ا "} {
		if k == 1 && !strings.Contains(tok, zwnjStr) {
			break
		}
		c.ctxLine = append(append(append(c.ctxLine[:0], before...), tok...), " ب"...)
		line := unsafe.String(unsafe.SliceData(c.ctxLine), len(c.ctxLine))
		c.ctxSt.cont = false
		spaced, ok := strings.CutPrefix(n.spacing(&c.ctxSt, line), before)
		if ok {
			spaced, ok = strings.CutSuffix(spaced, " ب")
		}
		if !ok || spaced == "" || isWS(spaced[0]) || isWS(spaced[len(spaced)-1]) || k == 1 && spaced != x {
			return raw, laneDirty
		}
		x = spaced
	}
	// The spacing state after it must be that after a token ending in a
	// plain rune: its last rune is neither a mark nor a ZWNJ.
	if q, _ := decodeLast(x); q == zwnj || isDiacritic(q) || opensRight(q) {
		return raw, laneDirty
	}
	return x, laneCtxFree
}

// fastNext is read in fast mode, outside a region.
func (r *tokSource) fastNext(t *token) (string, bool) {
	if !r.hasHeld {
		r.done = true
		return "", false
	}
	if tok, flags, gap, slot, ok := r.nextClean(); ok {
		t.setClean(tok, flags, slot)
		return gap, true
	}
	if r.stashed {
		// nextClean looked up the token after the held one: not clean.
		r.stashed = false
		t.setClean(r.heldOut, r.heldFlags, r.heldSlot)
		return r.afterHeld(t, r.stashOut, r.stashFlags, r.stashStart, r.stashEnd)
	}
	line := r.line
	hs, he := r.heldStart, r.heldEnd
	if he == len(line) {
		gap := ""
		if hs > 0 {
			gap = line[hs-1 : hs]
		}
		t.setClean(r.heldOut, r.heldFlags, r.heldSlot)
		r.hasHeld, r.done = false, true
		return gap, true
	}
	// Other spaces after the held token.
	r.hasHeld = false
	r.region(hs, he)
	return r.read(t)
}

// afterHeld is fastNext when the token line[cs:ce] after the held one (in
// t) is not clean; lane gave out and flags for it.
func (r *tokSource) afterHeld(t *token, out string, flags uint8, cs, ce int) (string, bool) {
	line := r.line
	hs, he := r.heldStart, r.heldEnd
	gap := ""
	if hs > 0 {
		gap = line[hs-1 : hs]
	}
	if flags&laneCtxFree != 0 && r.queueCtxFree(out, flags, line[he:cs], ce) {
		return gap, true
	}
	// The token after the held one needs the spacing stage: so may the
	// space between them, and with it the held token.
	r.hasHeld = false
	r.region(hs, ce)
	return r.read(t)
}

// queueCtxFree queues the context-free token that ends at line[end], for
// which lane gave out and flags, to be read after the spaces gap, with the
// context-free tokens that follow it after single spaces and start with a
// letter or digit (so that what stands before them does not matter), when
// the line ends after them or a single space and a clean token (which it
// then holds) follow; it reports whether it did. Their spacing is then
// known.
func (r *tokSource) queueCtxFree(out string, flags uint8, gap string, end int) bool {
	line := r.line
	r.queue(out, flags, gap)
	for {
		if end == len(line) {
			r.hasHeld, r.done = false, true
			return true
		}
		if !simpleGapAt(line, end) {
			break
		}
		s := end + 1
		o, f, e := r.lane(line, s)
		if r.holdAnswer(o, f, s, e) {
			r.hasHeld = true
			return true
		}
		if f&laneCtxFree == 0 || !plainAt(line, s) || r.qn == len(r.q) {
			break
		}
		r.queue(o, f, line[end:s])
		end = e
	}
	r.qi, r.qn = 0, 0
	return false
}

// queue adds a context-free token (lane's answer out, flags; lane's last
// answer) to r.q. A known token keeps its lane slot, so that the pair
// table holds its joins as those of clean tokens.
func (r *tokSource) queue(out string, flags uint8, gap string) {
	e := &r.q[r.qn]
	r.qn++
	e.gap, e.known = gap, flags&laneWord != 0
	if e.known {
		e.tok = *r.known // copied now: a later look-up may reset the cache
		e.tok.slot = r.slot
	} else {
		e.s = out
	}
}

// queued is a context-free token of tokSource.q: the word stage's token
// (known) or the spaced text to scan (s), after the spaces gap.
type queued struct {
	known bool
	tok   token
	s     string
	gap   string
}

// region runs the spacing stage on the region of line that starts at a (a
// token start after a single space, or 0) and takes in at least line[:end],
// and sets r to scan its output. The region ends after a clean token that
// a single space and a clean token follow (which r then holds), or at the
// end of the line.
func (r *tokSource) region(a, end int) {
	line := r.line
	for end < len(line) {
		if !simpleGapAt(line, end) {
			// Other spaces: they and the token after them.
			j := skipWS(line, end)
			if j == len(line) {
				end = j
				break
			}
			end = tokenEnd(line, j)
			continue
		}
		ce, ok := r.hold(end + 1)
		end = ce
		if !ok || ce == len(line) || !simpleGapAt(line, ce) {
			continue
		}
		de, ok := r.hold(ce + 1)
		if ok {
			r.hasHeld = true
			break
		}
		end = de
	}
	state := spaceState{ppp: ' ', pp: ' ', p: ' ', lastNS: ' ', base: ' ', atStart: !r.cont}
	if a > 0 {
		// A single space after the last token yielded, which ends in a
		// rune that is neither a mark nor a ZWNJ (see laneAnswer): the
		// spacing stage has that rune before the space. The rune before it
		// matters to no rule at a token start after a space.
		q, _ := decodeLast(r.last)
		state.atStart = false
		state.pp, state.lastNS, state.base = q, q, q
	}
	// The region through the rune stage, then the spacing stage.
	text := line[a:end]
	if sp, _ := spanRunes(r.n.rt, text, true); sp < len(text) {
		start := len(r.reg)
		text = r.keep(start, appendRunes(r.n.rt, append(r.reg[start:start], text[:sp]...), text[sp:]))
	}
	start := len(r.reg)
	b := lazyBuf{src: text, buf: r.reg[start:start]}
	r.n.spacingFrom(&b, text, state)
	out := text
	if b.changed {
		out = r.keep(start, append(b.buf, b.src[b.last:]...))
	}
	gap := ""
	if a > 0 {
		gap = line[a-1 : a]
	}
	r.scan(out, gap)
	if !r.hasHeld {
		r.done = true
	}
}
