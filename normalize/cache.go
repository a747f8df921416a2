package normalize

import (
	"strings"
	"unsafe"
)

// The word stage asks the lexicon the same questions again and again: news
// text repeats its words heavily. A wordCache remembers, for a call (and,
// pooled, for later calls of the same Normalizer), what the rules make of
// each token (the lane table, see tokSource.lane), the glued-word rule's
// answer per word core (the glued table, for the tokens the lane reads
// through the spacing stage), the compound rule's answer for the pairs
// that pass its filters, and what the spaced-word rule makes of pairs of
// lane tokens (the pair table). Every answer is a pure function of the
// bytes it is kept under (and of the options), so an entry is used only
// after comparing those bytes; the pair table's keys are lane slots, which
// name the bytes of a lane entry until the cache starts over. The tables
// use open addressing with linear probing: an entry stays until its table
// is three quarters full, when the table starts over. The lane's table
// then keeps the tokens looked up again since they were made (see reset),
// and the pair table, whose keys are lane slots, starts over with it.

const (
	gluedBits = 15
	gluedMax  = 3 << (gluedBits - 2) // entries in use before glued starts over
	// cacheMinLen is the input length from which String uses a cache;
	// shorter inputs hold too few repeats to pay for fetching it.
	cacheMinLen = 512
)

// gluedEntry is the answer of the glued-word rule for the word
// key[:n]: rep is 0 when the word stays, else 1 + the index of its
// replacement (already through tidyZWNJ) in wordCache.gluedReps (or, in
// the lane's table, of its answer in wordCache.reps or known). The word is
// copied into the entry, zero-padded, so that checking a hit reads no
// memory but the slot's; an entry takes 32 bytes, two to a cache line.
type gluedEntry struct {
	key   [gluedKeyMax]byte
	n     uint8
	flags uint8 // joinFlags of the word
	used  uint8 // lane: looked up again since it was made
	rep   uint32
}

// gluedKeyMax is the longest word the cache holds (12 Arabic-script
// letters and a ZWNJ or a mark); longer words are rare and go to the
// lexicon directly.
const gluedKeyMax = 25

// maxReps bounds the lane's replacements (and its known tokens); when
// they are full, the lane's table starts over.
const maxReps = 1 << 16

// A wordCache holds the tables described above; each Normalizer pools its
// own (the lane's answers depend on the options).
type wordCache struct {
	glued     *[1 << gluedBits]gluedEntry
	gluedUsed int // entries of glued in use
	// lane holds the fast lane's answers per token (see tokSource.lane).
	lane     *[1 << laneBits]gluedEntry
	laneUsed int // entries of lane in use
	// pairTab holds what the spaced-word rule makes of pairs of lane
	// tokens, by their lane slots (token.slot): a pair of uint32s, neither
	// 0. Lane slots stay until reset, which clears this too.
	pairTab  *[1 << pairTabBits]pairAnswer
	pairUsed int
	joined   []string // the joined words of pairTab, which starts them over with it
	resets   uint32   // how many times the lane's table has started over
	// pairs holds joinCompound's answers for the pairs that pass its
	// filters.
	pairs     *[1 << pairBits]pairEntry
	reps      []string // the lane's replacements
	known     []token  // the word-stage tokens of laneWord answers
	gluedReps []string // the glued table's replacements
	// Scratch for reset: the lane entries it keeps, with their answers.
	keep      []gluedEntry
	keepReps  []string
	keepKnown []token
	// Scratch for laneAnswer.
	runes   []byte
	ctxLine []byte
	ctxSt   lineState
}

// laneBits sizes the fast lane's table: 128K entries (4 MiB), of which
// laneMax are used before it starts over; the distinct tokens of 5 MB of
// news are about 50K.
const (
	laneBits = 17
	laneMax  = 3 << (laneBits - 2)
)

// wordHash is a cheap hash of a word: its first and last 8 bytes, or all
// of its bytes when it is shorter, and its length.
func wordHash(s string) uint64 {
	x, y := wordKey(s)
	return mixKey(x, y, len(s))
}

// wordKey returns the parts of s that wordHash mixes, and that the lane's
// table compares first: its first and last 8 bytes, or, when it is
// shorter than 8, its bytes (in the low bytes of x, the others zero) and 0.
func wordKey(s string) (x, y uint64) {
	if len(s) >= 8 {
		return load64(s, 0), load64(s, len(s)-8)
	}
	for i := len(s) - 1; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x, 0
}

// mixKey mixes the parts x and y of a word of n bytes into a hash.
func mixKey(x, y uint64, n int) uint64 {
	h := (x^uint64(n))*0x9E3779B97F4A7C15 ^ y*0xC2B2AE3D27D4EB4F
	return h ^ h>>29
}

// slot returns the slot of hash h in a table of 1<<bits slots.
func slot(h uint64, bits uint) uint64 { return (h * 0x9E3779B97F4A7C15) >> (64 - bits) }

// restoreCore is the glued-word rule for a word core (len(core) >= 4):
// the replacement, already tidy, and true, or "" and false when the word
// stays; with the joinFlags of core.
func (c *wordCache) restoreCore(core string) (string, bool, uint8) {
	if c == nil || len(core) > gluedKeyMax {
		rep, ok := restoreCoreDirect(core)
		return rep, ok, joinFlags(core)
	}
	// Open addressing with linear probing, as the lane's table.
	const mask = 1<<gluedBits - 1
	i := slot(wordHash(core), gluedBits)
	for {
		e := &c.glued[i]
		if e.n == 0 {
			break
		}
		if int(e.n) == len(core) && string(e.key[:len(core)]) == core {
			if e.rep == 0 {
				return "", false, e.flags
			}
			return c.gluedReps[e.rep-1], true, e.flags
		}
		i = (i + 1) & mask
	}
	rep, ok := restoreCoreDirect(core)
	flags := joinFlags(core)
	if c.gluedUsed >= gluedMax {
		c.clearGlued() // slot i is empty still
	}
	var idx uint32
	if ok {
		// A copy, so that a pooled cache never holds on to an input.
		c.gluedReps = append(c.gluedReps, strings.Clone(rep))
		idx = uint32(len(c.gluedReps))
	}
	e := &c.glued[i]
	e.n = uint8(copy(e.key[:], core))
	e.rep = idx
	e.flags = flags
	c.gluedUsed++
	return rep, ok, flags
}

// newWordCache returns an empty cache. Its tables are allocated apart from
// it: they hold no pointers, so the garbage collector does not scan them.
func newWordCache() *wordCache {
	return &wordCache{glued: new([1 << gluedBits]gluedEntry), lane: new([1 << laneBits]gluedEntry),
		pairs: new([1 << pairBits]pairEntry), pairTab: new([1 << pairTabBits]pairAnswer)}
}

// reset starts the lane's table over when it or its replacements are
// full, with the pair table, whose keys are lane slots. It keeps the
// entries that were looked up again since they were made (up to half the
// table and half the replacements), so that the words a long text keeps
// using stay: only the others are answered again. The other tables are
// keyed by words, not slots, and start over alone.
func (c *wordCache) reset() {
	// The entries kept, their rep fields already those of the answers'
	// places in the new reps and known.
	keep, reps, known := c.keep[:0], c.keepReps[:0], c.keepKnown[:0]
	for i := range c.lane {
		e := c.lane[i]
		if e.n == 0 || e.used == 0 || len(keep) == laneMax/2 {
			continue
		}
		switch {
		case e.rep == 0:
		case e.flags&(laneCtxFree|laneWord) == laneCtxFree|laneWord:
			if len(known) == maxReps/2 {
				continue
			}
			known = append(known, c.known[e.rep-1])
			e.rep = uint32(len(known))
		default:
			if len(reps) == maxReps/2 {
				continue
			}
			reps = append(reps, c.reps[e.rep-1])
			e.rep = uint32(len(reps))
		}
		e.used = 0
		keep = append(keep, e)
	}
	clear(c.lane[:])
	c.laneUsed = 0
	c.clearPairs()
	c.resets++
	clear(c.reps)
	clear(c.known)
	c.reps, c.known = append(c.reps[:0], reps...), append(c.known[:0], known...)
	for _, e := range keep {
		c.lane[c.laneFree(unsafe.String(&e.key[0], e.n))] = e
	}
	c.laneUsed = len(keep)
	clear(reps)
	clear(known)
	c.keep, c.keepReps, c.keepKnown = keep[:0], reps[:0], known[:0]
}

// laneFree returns the slot of the lane's table where tok, which it does
// not hold, is to go: the first empty one from its hash's.
func (c *wordCache) laneFree(tok string) uint64 {
	const mask = 1<<laneBits - 1
	x, y := wordKey(tok)
	i := laneHash(x, y, len(tok))
	for c.lane[i&mask].n != 0 {
		i++
	}
	return i & mask
}

// addRep keeps a copy of rep (so that a pooled cache never holds on to an
// input) among the lane's replacements and returns the rep field that
// stands for it.
func (c *wordCache) addRep(rep string) uint32 {
	c.reps = append(c.reps, strings.Clone(rep))
	return uint32(len(c.reps))
}

// clearGlued empties the glued table, which starts over alone when it is
// full: its answers are its own.
func (c *wordCache) clearGlued() {
	clear(c.glued[:])
	c.gluedUsed = 0
	clear(c.gluedReps)
	c.gluedReps = c.gluedReps[:0]
}

// restoreCoreDirect is restoreCore without a cache.
func restoreCoreDirect(core string) (string, bool) {
	rep, ok := restoreGlued(core)
	if !ok || rep == core {
		return "", false
	}
	return tidyZWNJ(rep), true
}

// pairBits sizes the table of joinCompound's answers (512 KiB).
const pairBits = 13

// A pairEntry holds joinCompound's answer kind for the left and right
// words key[:ln] and key[ln:ln+rn]; an entry takes one cache line.
type pairEntry struct {
	key    [pairKeyMax]byte
	ln, rn uint8
	kind   lexKind
}

// pairKeyMax bounds the two words of a pairEntry together.
const pairKeyMax = 61

// pairEntry returns the slot of the pair left, right, or nil when c is nil
// or the pair is too long to keep.
func (c *wordCache) pairEntry(left, right string) *pairEntry {
	if c == nil || len(left)+len(right) > pairKeyMax {
		return nil
	}
	h := wordHash(left)*0x9E3779B97F4A7C15 ^ wordHash(right)
	return &c.pairs[slot(h, pairBits)]
}

// pairTabBits sizes the table of lane pairs (64K pairs, 1 MiB).
const pairTabBits = 16

// A pairAnswer is what the spaced-word rule makes of the pair of lane
// slots key: v is 0 when it leaves the words apart, else the joined word
// (through the glued-word rule) as 1 + its index in wordCache.joined,
// shifted left by 8, with its joinFlags in the low byte.
type pairAnswer struct {
	key uint64
	v   uint32
}

// pair returns what c holds for the pair of lane slots p, and false when
// it holds nothing.
func (c *wordCache) pair(p uint64) (uint32, bool) {
	const mask = 1<<pairTabBits - 1
	for i := slot(p, pairTabBits); ; i++ {
		switch e := &c.pairTab[i&mask]; e.key {
		case p:
			return e.v, true
		case 0:
			return 0, false
		}
	}
}

// keepPair records that the pair of lane slots p, which c does not hold,
// stays apart (joined == "") or makes joined, whose joinFlags are flags.
// When the table is three quarters full it starts over.
func (c *wordCache) keepPair(p uint64, joined string, flags uint8) {
	const mask = 1<<pairTabBits - 1
	if c.pairUsed >= 3<<(pairTabBits-2) {
		c.clearPairs()
	}
	var v uint32
	if joined != "" {
		c.joined = append(c.joined, joined)
		v = uint32(len(c.joined))<<8 | uint32(flags)
	}
	i := slot(p, pairTabBits)
	for c.pairTab[i&mask].key != 0 {
		i++
	}
	c.pairTab[i&mask] = pairAnswer{key: p, v: v}
	c.pairUsed++
}

// clearPairs empties the pair table.
func (c *wordCache) clearPairs() {
	clear(c.pairTab[:])
	c.pairUsed = 0
	clear(c.joined)
	c.joined = c.joined[:0]
}

// slotID names the lane entry at index i for token.slot and the pair
// table: 1 + the index, with the count of resets above it, so that a token
// read before a reset never passes for one read after it.
func (c *wordCache) slotID(i uint64) uint32 {
	return (c.resets&(1<<(31-laneBits)-1))<<laneBits | uint32(i) + 1
}
