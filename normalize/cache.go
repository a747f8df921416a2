package normalize

import "strings"

// The word stage asks the lexicon the same questions again and again: news
// text repeats its words heavily. A wordCache remembers, for one call, the
// answers of the glued-word rule per word. The rule is a pure function of
// the word's bytes, so an entry is reused only after comparing those bytes;
// a slot simply holds the last word that hashed to it. (The spaced-word
// rule is not cached: pairs repeat too little to pay for the look-up.)

const (
	gluedBits = 14
	// cacheMinLen is the input length from which String uses a cache;
	// shorter inputs hold too few repeats to pay for fetching it.
	cacheMinLen = 512
)

// gluedEntry is the answer of the glued-word rule for the word
// key[:n]: rep is 0 when the word stays, else 1 + the index of its
// replacement (already through tidyZWNJ) in wordCache.reps. The word is
// copied into the entry so that checking a hit reads no memory but the
// slot's; an entry takes 32 bytes, a bucket of two one cache line.
type gluedEntry struct {
	key   [gluedKeyMax]byte
	n     uint8
	flags uint8 // joinFlags of the word
	rep   uint32
}

// gluedKeyMax is the longest word the cache holds (13 Arabic-script
// letters); longer words are rare and go to the lexicon directly.
const gluedKeyMax = 26

// maxReps bounds the replacements a cache keeps; when full it starts over.
const maxReps = 1 << 16

// A wordCache is a two-way set-associative table of glued-word answers.
// Its entries stay valid from call to call and from Normalizer to
// Normalizer (the rule depends on the word alone, not on the options), so
// a pooled cache keeps what earlier calls learnt.
type wordCache struct {
	glued [1 << gluedBits][2]gluedEntry
	// lane holds the fast lane's answers per token (see laneLookup). They
	// depend on the options, which is why each Normalizer pools its own
	// caches.
	lane     [1 << laneBits]gluedEntry
	laneUsed int // entries of lane in use
	// pairs holds joinCompound's answers for the pairs that pass its
	// filters.
	pairs [1 << pairBits]pairEntry
	reps  []string
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

// wordHash is a cheap hash of a word: its first and last 8 (or 4) bytes,
// or all of its bytes when it is shorter, and its length.
func wordHash(s string) uint64 {
	n := len(s)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(s, 0), load64(s, n-8)
	case n >= 4:
		a, b = uint64(load32(s, 0)), uint64(load32(s, n-4))
	case n > 0:
		a = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h := (a ^ uint64(n)) * 0x9E3779B97F4A7C15
	h ^= b * 0xC2B2AE3D27D4EB4F
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
	b := &c.glued[slot(wordHash(core), gluedBits)]
	if e := &b[0]; int(e.n) == len(core) && string(e.key[:len(core)]) == core {
		rep, ok := c.rep(e.rep)
		return rep, ok, e.flags
	}
	if e := &b[1]; int(e.n) == len(core) && string(e.key[:len(core)]) == core {
		b[0], b[1] = b[1], b[0]
		rep, ok := c.rep(b[0].rep)
		return rep, ok, b[0].flags
	}
	rep, ok, flags := c.insert(b, core)
	return rep, ok, flags
}

// insert computes the glued-word rule's answer for core and enters it in
// bucket b.
func (c *wordCache) insert(b *[2]gluedEntry, core string) (string, bool, uint8) {
	rep, ok := restoreCoreDirect(core)
	flags := joinFlags(core)
	var idx uint32
	if ok {
		if len(c.reps) >= maxReps {
			c.reset()
		}
		idx = c.addRep(rep)
	}
	b[1] = b[0]
	b[0].n = uint8(copy(b[0].key[:], core))
	b[0].rep = idx
	b[0].flags = flags
	return rep, ok, flags
}

// reset empties c when its replacements are too many.
func (c *wordCache) reset() {
	c.glued = [1 << gluedBits][2]gluedEntry{}
	c.lane = [1 << laneBits]gluedEntry{}
	c.laneUsed = 0
	c.pairs = [1 << pairBits]pairEntry{}
	clear(c.reps)
	c.reps = c.reps[:0]
}

// addRep keeps a copy of rep (so that a pooled cache never holds on to an
// input) and returns the rep field that stands for it.
func (c *wordCache) addRep(rep string) uint32 {
	c.reps = append(c.reps, strings.Clone(rep))
	return uint32(len(c.reps))
}

// rep returns the replacement an entry's rep field stands for.
func (c *wordCache) rep(i uint32) (string, bool) {
	if i == 0 {
		return "", false
	}
	return c.reps[i-1], true
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
