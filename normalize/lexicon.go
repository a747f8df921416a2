package normalize

//go:generate go run ../internal/gen -lexicon ../../shared/lexicon -out data

import (
	_ "embed"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// ZWNJ restoration from the lexicon. Two entry points serve the word stage
// of the normalizer: restoreGlued puts back the ZWNJs of a word that lost
// them (تروریستها → تروریست‌ها), joinSpaced says when a space between two
// words stands for a ZWNJ (می توانید → می‌توانید). Both decide with tables
// derived from open word lists by internal/gen (go generate): the words the
// lexicon knows and how it writes them, verb stems, and compound parts; an
// unknown glued word is analysed into stem + affix, the readings compared
// by the corpus frequency of their stems. Known words are never split, so
// words that merely look affixed (میز، میدان، تنها) stay whole.
//
// The tables, embedded and parsed once on first use (see the '#' header of
// each file for what it holds and what it was derived from):
var (
	//go:embed data/words.txt
	lexWordsData string
	//go:embed data/verbs.txt
	lexVerbsData string
	//go:embed data/heads.txt
	lexHeadsData string
)

const lexZWNJ = "\u200c" // the zero-width non-joiner, U+200C

// Word tags of data/words.txt.
const (
	lexNoun        uint8 = 1 << iota // takes the plural ها
	lexAdj                           // takes the comparative تر / ترین
	lexFunc                          // a function word (preposition, conjunction, pronoun, stop word)
	lexPluralForm                    // a plural form (ایالات، روابط)
	lexGluedUsual                    // usually written glued; form is the ZWNJ spelling also in use
	lexNumeral                       // a numeral (یک، سه)
	lexPreposition                   // only a preposition (به، از)
)

// lexTagLetters maps the tag letters of data/words.txt to their tags.
var lexTagLetters = [...]struct {
	letter byte
	tag    uint8
}{
	{'n', lexNoun}, {'a', lexAdj}, {'f', lexFunc}, {'p', lexPluralForm},
	{'g', lexGluedUsual}, {'u', lexNumeral}, {'r', lexPreposition},
}

// lexWord is what the lexicon knows about one word, keyed by its glued
// form (the word with its ZWNJs removed).
type lexWord struct {
	form string // the word as written, with its ZWNJs; "" when it has none
	freq uint8  // frequency bucket: bit length of the corpus frequency (0: unknown)
	tags uint8
}

// lexTables are the parsed tables: one open-addressing hash table (see
// lexRec) holding every key the restorers look up — the glued words of
// data/words.txt, the verb stems, the compound parts — so that each
// lookup hashes its key once, eight bytes at a time, and reads one record
// with all the flags it needs.
type lexTables struct {
	recs  []lexRec
	slots []uint32 // index+1 into recs in the low idxBits bits, a hash tag above; 0: empty
	shift uint     // 64 - log2(len(slots))
	// idxBits, idxMask split a slot into record index and tag.
	idxBits uint
	idxMask uint32
	none    lexRec // the record of a key the tables do not hold
	// nWords, nPresent, nPast, nHeads count the entries of each table.
	nWords, nPresent, nPast, nHeads int
	// headEnds has bit i set when a compound part of data/heads.txt ends
	// in the two letters of index i (see lexPair); headStarts likewise for
	// its first two letters. headExact is false when some part is not
	// made of two letters or more, all two-byte, which disables both
	// filters.
	headEnds   []uint64
	headStarts []uint64
	headExact  bool
	// partEnds has bit i set when the first part of a word written with
	// one ZWNJ ends in the two letters of index i, partStarts when its
	// second part (of two letters or more) begins with them: joinSpaced
	// rejects most word pairs with these two bits. partExact is false when
	// some part is not made of two-byte letters, which disables them.
	partEnds   []uint64
	partStarts []uint64
	partExact  bool
	// secondEnds has bit i set when the second part (of two letters or
	// more) of a word written with one ZWNJ ends in the two letters of
	// index i; joints when a first part ends in the letter of index i>>8
	// and the second begins with the letter of index i&255.
	secondEnds []uint64
	joints     []uint64
	// firstSigs and pairSigs are bitsets over the signatures (lexSig) of
	// the first parts and of the (first, second part) pairs: a pair is
	// rejected with a few byte reads, before any hashing.
	firstSigs []uint64
	pairSigs  []uint64
	// secondSigs is the bitset over the signatures of the second parts
	// (after a first part of two letters or more), for joinFlags.
	secondSigs []uint64
	// firsts and pairs are Bloom filters over the hashes (lexHash) of the
	// first parts (2^16 bits, 8 KiB: about 4,300 parts) and of the glued
	// keys (2^19 bits, 64 KiB: about 31,000 keys) of the words written
	// with one ZWNJ: joinSpaced tests its pairs there before it reads the
	// table.
	firsts, pairs lexBloom
}

// lexBloom is a Bloom filter over hashes, two probes: mayHold is
// false for a hash never added, true for all added and for about 1-2%
// of others with the sizes above.
type lexBloom struct {
	bits  []uint64
	shift uint
}

func newLexBloom(logBits uint) lexBloom {
	return lexBloom{bits: make([]uint64, 1<<logBits/64), shift: 64 - logBits}
}

func (b *lexBloom) probes(h uint64) (uint64, uint64) {
	f := h * 0xD6E8FEB86659FD93
	return f >> b.shift, (f >> 20) & (1<<(64-b.shift) - 1)
}

func (b *lexBloom) add(h uint64) {
	b1, b2 := b.probes(h)
	b.bits[b1/64] |= 1 << (b1 % 64)
	b.bits[b2/64] |= 1 << (b2 % 64)
}

func (b *lexBloom) mayHold(h uint64) bool {
	b1, b2 := b.probes(h)
	return b.bits[b1/64]&(1<<(b1%64)) != 0 && b.bits[b2/64]&(1<<(b2%64)) != 0
}

// lexRec is what the tables know about one key, a glued word (ZWNJs
// removed) or a stem.
type lexRec struct {
	key   string
	form  string // the word as written, with its ZWNJs; "" when it has none
	freq  uint8  // frequency bucket: bit length of the corpus frequency (0: unknown)
	tags  uint8
	flags uint8
	// headCount is how many lexicon compounds end with the key as their
	// second part (data/heads.txt).
	headCount int32
	// prefixes counts the lexicon words written with a ZWNJ whose first
	// part is the key.
	prefixes int32
}

// Flags of lexRec.
const (
	lexRecWord      uint8 = 1 << iota // a word of data/words.txt
	lexRecPresent                     // a present stem
	lexRecPast                        // a past stem
	lexRecHead                        // a second part of compounds (data/heads.txt)
	lexRecBound                       // the head is rare as a word of its own
	lexRecFirstPart                   // the first part of a word written with exactly one ZWNJ
)

// The hash of the tables: eight bytes at a time (the last eight
// overlapping the previous ones), each multiplied in, with the length.
const (
	lexHashK1 uint64 = 0x9E3779B97F4A7C15
	lexHashK2 uint64 = 0xC2B2AE3D27D4EB4F
)

// lexHash returns the hash of the bytes of s.
func lexHash[T string | []byte](s T) uint64 {
	n := len(s)
	h := uint64(n) * lexHashK2
	if n < 8 {
		var x uint64
		for i := 0; i < n; i++ {
			x |= uint64(s[i]) << (8 * i)
		}
		h = (h ^ x) * lexHashK1
		return h ^ h>>32
	}
	last := lexLoad64(s[n-8:])
	for len(s) > 8 {
		h = bits.RotateLeft64((h^lexLoad64(s))*lexHashK1, 31)
		s = s[8:]
	}
	h = (h ^ last) * lexHashK1
	return h ^ h>>32
}

// lexLoad64 returns the first eight bytes of s, little-endian.
func lexLoad64[T string | []byte](s T) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// slot returns the first slot index and the tag of the hash h.
func (t *lexTables) slot(h uint64) (uint64, uint32) {
	f := h * 0x9E3779B97F4A7C15
	return f >> t.shift, uint32(f) >> t.idxBits
}

// find returns the record of key, whose hash is h (t.none when the
// tables do not hold it).
func (t *lexTables) find(key string, h uint64) *lexRec {
	i, tag := t.slot(h)
	mask := uint64(len(t.slots) - 1)
	for {
		s := t.slots[i]
		if s == 0 {
			return &t.none
		}
		if s>>t.idxBits == tag {
			if r := &t.recs[s&t.idxMask-1]; r.key == key {
				return r
			}
		}
		i = (i + 1) & mask
	}
}

// findPair returns the record of the key a+b, whose hash is h.
func (t *lexTables) findPair(a, b string, h uint64) *lexRec {
	i, tag := t.slot(h)
	mask := uint64(len(t.slots) - 1)
	for {
		s := t.slots[i]
		if s == 0 {
			return &t.none
		}
		if s>>t.idxBits == tag {
			if r := &t.recs[s&t.idxMask-1]; len(r.key) == len(a)+len(b) && r.key[:len(a)] == a && r.key[len(a):] == b {
				return r
			}
		}
		i = (i + 1) & mask
	}
}

// rec returns the record of key.
func (t *lexTables) rec(key string) *lexRec { return t.find(key, lexHash(key)) }

// prefix returns the record of g[:k].
func (t *lexTables) prefix(g string, k int) *lexRec { return t.rec(g[:k]) }

// word returns what the lexicon knows about the glued word g.
func (t *lexTables) word(g string) (lexWord, bool) {
	r := t.rec(g)
	return lexWord{form: r.form, freq: r.freq, tags: r.tags}, r.flags&lexRecWord != 0
}

// lexPair returns the index (0-65535) of the two two-byte letters s[i:i+4]
// (U+0600-U+06FF), or -1.
func lexPair(s string, i int) int {
	a, b := lexLetterIndex(s, i), lexLetterIndex(s, i+2)
	if a < 0 || b < 0 {
		return -1
	}
	return a<<8 | b
}

// lexLetterIndex returns the index (0-255) of the two-byte letter at s[i]
// in U+0600-U+06FF, or -1.
func lexLetterIndex(s string, i int) int {
	if i+1 >= len(s) || s[i] < 0xD8 || s[i] > 0xDB || s[i+1]&0xC0 != 0x80 {
		return -1
	}
	return int(s[i]&3)<<6 | int(s[i+1]&0x3F)
}

// lexCutSuffix is strings.CutSuffix for suffix lists: a suffix whose last
// byte differs from s's costs no call.
func lexCutSuffix(s, suffix string) (string, bool) {
	if suffix == "" {
		return s, true
	}
	if len(s) < len(suffix) || s[len(s)-1] != suffix[len(suffix)-1] {
		return s, false
	}
	return strings.CutSuffix(s, suffix)
}

// lexPairAt is lexPair without its checks: the index of the two letters
// at s[i:i+4] when they are two-byte letters of U+0600-U+06FF, some other
// index when they are not (for filters that let false positives pass).
// i+4 <= len(s).
func lexPairAt(s string, i int) int {
	s = s[i : i+4]
	return int(s[0]&3)<<14 | int(s[1]&0x3F)<<8 | int(s[2]&3)<<6 | int(s[3]&0x3F)
}

// lexSig is the signature of a word of two letters or more: its length,
// its first two and its last two letters (as lexPairAt).
func lexSig(s string) uint64 {
	return uint64(len(s)) | uint64(lexPairAt(s, 0))<<8 | uint64(lexPairAt(s, len(s)-4))<<24
}

// lexPairSig combines the signatures of two words.
func lexPairSig(a, b uint64) uint64 { return a*0xC2B2AE3D27D4EB4F ^ b }

// Sizes of the signature bitsets: 2^16 bits (8 KiB) for about 4,300 first
// parts, 2^19 bits (64 KiB) for about 31,000 pairs.
const (
	lexFirstSigBits  = 16
	lexPairSigBits   = 19
	lexSecondSigBits = 18
)

// lexSigIndex maps a signature to a bit of a bitset of 2^logBits bits.
func lexSigIndex(sig uint64, logBits uint) uint64 {
	return (sig * 0x9E3779B97F4A7C15) >> (64 - logBits)
}

// lexBit reports whether bit i of the bitset b is set.
func lexBit(b []uint64, i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// maySigPair reports whether the pair of signatures of a first part ls
// and right less its last cut bytes (two letters or more) may be a
// compound's.
func (t *lexTables) maySigPair(ls uint64, right string, cut int) bool {
	if len(right)-cut < 4 {
		return false
	}
	i := lexSigIndex(lexPairSig(ls, lexSig(right[:len(right)-cut])), lexPairSigBits)
	return t.pairSigs[i/64]&(1<<(i%64)) != 0
}

// mayHaveHead reports whether some compound part of data/heads.txt may
// end the glued word g: exact (no false negatives) on the last two
// letters.
func (t *lexTables) mayHaveHead(g string) bool {
	if !t.headExact {
		return true
	}
	p := lexPair(g, len(g)-4)
	return p >= 0 && t.headEnds[p/64]&(1<<(p%64)) != 0
}

// mayStartHead reports whether a compound part may begin at g[i].
func (t *lexTables) mayStartHead(g string, i int) bool {
	if !t.headExact {
		return true
	}
	c := lexPair(g, i)
	return c >= 0 && t.headStarts[c/64]&(1<<(c%64)) != 0
}

// lexData returns the parsed tables, parsing them once, on first use.
var lexData = sync.OnceValue(lexDataLoad)

// lexDataLoad parses the embedded tables.
func lexDataLoad() *lexTables {
	t := &lexTables{headEnds: make([]uint64, 1<<16/64), headStarts: make([]uint64, 1<<16/64), headExact: true,
		partEnds: make([]uint64, 1<<16/64), partStarts: make([]uint64, 1<<16/64), partExact: true,
		secondEnds: make([]uint64, 1<<16/64), joints: make([]uint64, 1<<16/64),
		firstSigs: make([]uint64, 1<<lexFirstSigBits/64), pairSigs: make([]uint64, 1<<lexPairSigBits/64),
		secondSigs: make([]uint64, 1<<lexSecondSigBits/64),
		firsts:     newLexBloom(16), pairs: newLexBloom(19)}
	index := make(map[string]int32, strings.Count(lexWordsData, "\n")+1024)
	get := func(key string) *lexRec {
		i, ok := index[key]
		if !ok {
			i = int32(len(t.recs))
			index[key] = i
			t.recs = append(t.recs, lexRec{key: key})
		}
		return &t.recs[i]
	}
	var firsts []string
	lexEachLine(lexWordsData, func(f []string) {
		if len(f) < 2 {
			return
		}
		w, tags := f[0], f[1]
		var info lexWord
		if strings.Contains(w, lexZWNJ) {
			info.form = w
		}
		for tags != "" && tags[0] >= '0' && tags[0] <= '9' {
			info.freq = info.freq*10 + tags[0] - '0'
			tags = tags[1:]
		}
		for _, tl := range lexTagLetters {
			if strings.IndexByte(tags, tl.letter) >= 0 {
				info.tags |= tl.tag
			}
		}
		g := strings.ReplaceAll(w, lexZWNJ, "")
		r := get(g)
		if r.flags&lexRecWord == 0 {
			t.nWords++
		}
		r.form, r.freq, r.tags = info.form, info.freq, info.tags
		r.flags |= lexRecWord
		if info.form != "" {
			firsts = append(firsts, info.form)
		}
	})
	for _, form := range firsts {
		first, rest, _ := strings.Cut(form, lexZWNJ)
		r := get(first)
		r.prefixes++
		if !strings.Contains(rest, lexZWNJ) {
			r.flags |= lexRecFirstPart
			t.firsts.add(lexHash(first))
			t.pairs.add(lexHash(first + rest))
			// joinSpaced looks up words of two letters or more only.
			if len(first) >= 4 {
				if p := lexPair(first, len(first)-4); p >= 0 {
					t.partEnds[p/64] |= 1 << (p % 64)
				} else {
					t.partExact = false
				}
			}
			if len(rest) >= 4 {
				if p := lexPair(rest, 0); p >= 0 {
					t.partStarts[p/64] |= 1 << (p % 64)
				} else {
					t.partExact = false
				}
				if p := lexPair(rest, len(rest)-4); p >= 0 {
					t.secondEnds[p/64] |= 1 << (p % 64)
				} else {
					t.partExact = false
				}
			}
			if len(first) >= 4 {
				fs := lexSig(first)
				i := lexSigIndex(fs, lexFirstSigBits)
				t.firstSigs[i/64] |= 1 << (i % 64)
				if len(rest) >= 4 {
					i := lexSigIndex(lexPairSig(fs, lexSig(rest)), lexPairSigBits)
					t.pairSigs[i/64] |= 1 << (i % 64)
					i = lexSigIndex(lexSig(rest), lexSecondSigBits)
					t.secondSigs[i/64] |= 1 << (i % 64)
				}
			}
			if len(first) >= 4 && len(rest) >= 4 {
				if a, b := lexLetterIndex(first, len(first)-2), lexLetterIndex(rest, 0); a >= 0 && b >= 0 {
					j := a<<8 | b
					t.joints[j/64] |= 1 << (j % 64)
				} else {
					t.partExact = false
				}
			}
		}
	}
	present, past := map[string]bool{}, map[string]bool{}
	lexEachLine(lexVerbsData, func(f []string) {
		if len(f) == 2 {
			get(f[0]).flags |= lexRecPast
			get(f[1]).flags |= lexRecPresent
			past[f[0]], present[f[1]] = true, true
		}
	})
	t.nPresent, t.nPast = len(present), len(past)
	lexEachLine(lexHeadsData, func(f []string) {
		if len(f) < 2 {
			return
		}
		n := 0
		for _, c := range f[1] {
			n = n*10 + int(c-'0')
		}
		r := get(f[0])
		if r.flags&lexRecHead == 0 {
			t.nHeads++
		}
		r.flags |= lexRecHead
		r.flags &^= lexRecBound
		if len(f) > 2 && f[2] == "bound" {
			r.flags |= lexRecBound
		}
		r.headCount = int32(n)
		p, c := lexPair(f[0], len(f[0])-4), lexPair(f[0], 0)
		if p < 0 || c < 0 {
			t.headExact = false
			return
		}
		t.headEnds[p/64] |= 1 << (p % 64)
		t.headStarts[c/64] |= 1 << (c % 64)
	})
	// The records in order of frequency, their keys in one string in the
	// same order: the records and keys of the common words share few
	// cache lines.
	// A counting sort: the ranks are small and it keeps ties in order.
	var count [258]int // by rank + 1 (ranks are -1 to 255)
	for i := range t.recs {
		count[lexRecRank(t.recs[i])+1]++
	}
	var at [258]int // where each rank starts, the highest first
	for r, pos := 256, 0; r >= 0; r-- {
		at[r], pos = pos, pos+count[r]
	}
	sorted := make([]lexRec, len(t.recs))
	for i := range t.recs {
		r := lexRecRank(t.recs[i]) + 1
		sorted[at[r]] = t.recs[i]
		at[r]++
	}
	t.recs = sorted
	var keys strings.Builder
	for i := range t.recs {
		keys.WriteString(t.recs[i].key)
	}
	arena, off := keys.String(), 0
	for i := range t.recs {
		n := len(t.recs[i].key)
		t.recs[i].key, off = arena[off:off+n], off+n
	}
	size := 1
	for size < 2*len(t.recs)+2 {
		size *= 2
	}
	t.slots = make([]uint32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	t.idxBits = uint(bits.Len(uint(len(t.recs) + 1)))
	t.idxMask = 1<<t.idxBits - 1
	for i := range t.recs {
		pos, tag := t.slot(lexHash(t.recs[i].key))
		for t.slots[pos] != 0 {
			pos = (pos + 1) & uint64(size-1)
		}
		t.slots[pos] = tag<<t.idxBits | uint32(i+1)
	}
	return t
}

// lexRecRank orders the records of the table: the words by frequency, then
// the other keys.
func lexRecRank(r lexRec) int {
	if r.flags&lexRecWord == 0 {
		return -1
	}
	return int(r.freq)
}

// lexEachLine calls f with the tab-separated fields of every entry line of
// an embedded table.
func lexEachLine(data string, f func(fields []string)) {
	var fields [4]string
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		n := 0
		for n < len(fields)-1 {
			i := strings.IndexByte(line, '\t')
			if i < 0 {
				break
			}
			fields[n], line = line[:i], line[i+1:]
			n++
		}
		fields[n] = line
		f(fields[:n+1])
	}
}

// lexJoins reports whether the letter r connects to the letter after it,
// so that a ZWNJ after it is visible. The non-joining letters are
// ا آ د ذ ر ز ژ و (and the rarer أ إ ؤ ة ء).
func lexJoins(r rune) bool {
	switch r {
	case 'آ', 'ا', 'أ', 'إ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ؤ', 'ة', 'ء':
		return false
	}
	return r >= 0x0620 && r <= 0x06FF
}

// lexEndsJoining reports whether the last letter of s joins the next one.
func lexEndsJoining(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return lexJoins(r)
}

// lexPersianWord reports whether s is made only of Arabic-script letters
// (two-byte UTF-8 sequences in U+0621-U+06D3, digits and signs excluded) and
// ZWNJs, for the rules of joinSpaced that do not consult the lexicon.
func lexPersianWord(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if r < 0x0621 || r > 0x06D3 || (r >= 0x0660 && r <= 0x066D) {
				return false // digits, punctuation, signs
			}
			i += 2
			continue
		}
		if c == 0xE2 && strings.HasPrefix(s[i:], lexZWNJ) {
			i += len(lexZWNJ)
			continue
		}
		return false
	}
	return true
}

// lexGluedCandidate is the pre-filter of restoreGlued: a word of at least
// four Persian letters, without ZWNJ, with a joining letter before its
// last letter (a word such as آزادی, all of whose inner letters are
// non-joining, has no place for a ZWNJ). One pass over the bytes.
func lexGluedCandidate(s string) bool {
	_, ok := lexGluedHash(s)
	return ok
}

// Classes of the letters U+0600-U+06FF in lexLetterClass.
const (
	lexClassLetter uint8 = 1 << iota // U+0621-U+06D3 but for digits and signs
	lexClassJoins                    // lexJoins
)

// lexLetterClass holds the classes of U+0600+i.
var lexLetterClass = func() (c [256]uint8) {
	for i := range c {
		r := rune(0x600 + i)
		if r >= 0x0621 && r <= 0x06D3 && (r < 0x0660 || r > 0x066D) {
			c[i] |= lexClassLetter
		}
		if lexJoins(r) {
			c[i] |= lexClassJoins
		}
	}
	return c
}()

// lexGluedHash is lexGluedCandidate, and the hash of s when it is a
// candidate.
func lexGluedHash(s string) (uint64, bool) {
	if len(s) < 8 || len(s)%2 != 0 {
		return 0, false
	}
	var joining uint8
	for i := 0; i+1 < len(s); i += 2 {
		c, d := s[i], s[i+1]
		if c < 0xD8 || c > 0xDB || d&0xC0 != 0x80 {
			return 0, false // ASCII, ZWNJ, another script or invalid UTF-8
		}
		cls := lexLetterClass[int(c&3)<<6|int(d&0x3F)]
		if cls&lexClassLetter == 0 {
			return 0, false // digits, punctuation, signs
		}
		if i+2 < len(s) {
			joining |= cls
		}
	}
	if joining&lexClassJoins == 0 {
		return 0, false
	}
	return lexHash(s), true
}

// Suffix families that follow a stem after a ZWNJ (Persian Academy
// orthography: the plural ها and its clitic forms, the comparative and
// superlative تر/ترین, the clitics of a word ending in silent ه).
var (
	lexPlural      = []string{"هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها"}
	lexComparative = []string{"ترین", "تری", "تر"}
	lexHehClitics  = []string{"ایم", "اید", "اند", "ای", "ام", "ات", "اش"}
	// suffixes after which a compound's second part is still recognized
	lexCompoundSuffixes = []string{"ی", "ها", "های", "هایی", "ان"}
	// person endings of a present stem after می (می‌کن-م, and the bare
	// impersonal می‌توان) and of a past stem (می‌کرد-م, می‌کرد).
	lexPresentEndings = []string{"یم", "ید", "ند", "م", "ی", "د", ""}
	lexPastEndings    = []string{"یم", "ید", "ند", "م", "ی", ""}
)

// restoreGlued returns the ZWNJ form of a word whose ZWNJs were stripped.
//
// A word the lexicon knows is returned as the lexicon writes it (میز stays,
// سهجانبه becomes سه‌جانبه), and left glued when that is its usual
// spelling (قطعنامه). An unknown word is analysed as می/نمی + verb form
// with an unambiguous person ending, a known stem + a suffix (ها، تر، ‌ای
// ...), بی + a well-attested noun or adjective, or a known word + a
// compound part, the most frequent reading winning; without such evidence
// (a foreign name: میدری، بیزنجانی) it stays whole. It allocates only
// when it returns a new string. A word that already holds a ZWNJ is left
// alone.
func restoreGlued(word string) (string, bool) {
	h, ok := lexGluedHash(word)
	if !ok {
		return word, false
	}
	t := lexData()
	if r := t.find(word, h); r.flags&lexRecWord != 0 {
		if r.form != "" && r.tags&lexGluedUsual == 0 {
			return r.form, true
		}
		return word, false
	}
	if !t.mayAnalyse(word) {
		return word, false // no affix or part for a reading
	}
	a := t.analyse(word, 0)
	if !a.ok || !a.changes() {
		return word, false
	}
	return a.String(), true
}

// mayAnalyse reports whether analyse may find a reading of the glued word
// g: false when g has none of the suffixes, prefixes or compound parts
// that its readings need (exact: no false negatives).
func (t *lexTables) mayAnalyse(g string) bool {
	if len(g) < 4 {
		return true
	}
	// The last letters of the suffixes: ی (یی، ی، های، هایی، تری، ای), ن
	// (ان، ین، هایشان ...، ترین), م (هایم، ایم، ام), ت (هایت، هاست، ات), ش
	// (هایش، اش), ا (ها), ر (تر), د (اید، اند).
	switch g[len(g)-2:] {
	case "ی", "ن", "م", "ت", "ش", "ا", "ر", "د":
		return true
	}
	// the prefixes می، نمی، بی
	switch g[:4] {
	case "می", "نم", "بی":
		return true
	}
	return len(g) >= 12 && t.mayHaveHead(g)
}

// Scores of readings: frequency buckets of their stems, raised for the
// verbal reading (always preferred) and for a reading that leaves the word
// as it is.
const (
	lexVerbScore = 100
	lexKeepBonus = 4
	// lexIndefiniteBias favours a word in silent ه + the indefinite ‌ای
	// (نامه‌ای) over a plural + های (نام‌های) by a factor of four in stem
	// frequency: chosen on the news corpus, where this choice restores
	// more ‌ای/‌های words than frequency alone.
	lexIndefiniteBias = 2
	// lexParticipleFreq is the frequency bucket given to a past participle
	// the lexicon does not list.
	lexParticipleFreq = 16
	// lexFreeCompoundFreq is the least frequency bucket of a compound of
	// two free words that joinSpaced joins.
	lexFreeCompoundFreq = 17
	// lexBiFreq is the least frequency bucket of the known word after بی
	// in an unknown glued word: chosen on the news corpus, where rarer
	// words there are mostly parts of names (بیزنجانی، بیاتلو).
	lexBiFreq = 16
	// lexFreeWordFreq is the frequency bucket from which a word is taken
	// to stand on its own rather than as an inflected compound part.
	lexFreeWordFreq = 16
	// lexPrefixCompounds is the number of lexicon ZWNJ words a function
	// word must begin to act as a compound prefix (پیش، هم، هیچ).
	lexPrefixCompounds = 13
)

// lexAnalysis is one reading of a glued word: head + (ZWNJ) + tail.
type lexAnalysis struct {
	ok    bool
	head  string // spelled form of the first part
	sep   bool   // a ZWNJ between head and tail
	tail  string // spelled form of the rest
	glued bool   // head and tail are spelled exactly as in the input
	score int
	kind  lexKind // which reading
}

// lexKind names the reading an analysis or a join comes from (for
// diagnostics and measurements of each reading's precision).
type lexKind uint8

const (
	lexKindNone        lexKind = iota
	lexKindSuffixI             // known noun/adjective + glued ی، ان ...
	lexKindVerb                // می/نمی + verb form
	lexKindPlural              // stem + ها family
	lexKindComparative         // adjective + تر/ترین
	lexKindHeh                 // silent ه + ‌ای/‌ام ...
	lexKindBi                  // بی + word
	lexKindCompound            // word + compound part
	lexKindBound               // joinSpaced: a bound compound part
	lexKindInflected           // joinSpaced: compound whose part is inflected, not free
	lexKindFree                // joinSpaced: two free words
	lexKindPrefix              // joinSpaced: a prefix-like function word + a part
)

func (a lexAnalysis) changes() bool { return a.sep || !a.glued }

func (a lexAnalysis) String() string {
	if a.sep {
		return a.head + lexZWNJ + a.tail
	}
	return a.head + a.tail
}

func (a lexAnalysis) better(b lexAnalysis) bool { return a.ok && (!b.ok || a.score > b.score) }

// spelled returns how the lexicon writes the glued word g[:k] and its
// info.
func (t *lexTables) spelled(g string, k int) (string, lexWord, bool) {
	r := t.prefix(g, k)
	info := lexWord{form: r.form, freq: r.freq, tags: r.tags}
	if r.flags&lexRecWord == 0 {
		return g[:k], info, false
	}
	if info.form != "" && info.tags&lexGluedUsual == 0 {
		return info.form, info, true
	}
	return g[:k], info, true
}

// analyse finds the best reading of the unknown glued word g.
func (t *lexTables) analyse(g string, depth int) lexAnalysis {
	var best lexAnalysis
	// A known noun or adjective + a suffix written without ZWNJ: ی/یی
	// (میدانی, سرمایه‌گذاری), the plural ان (علاقه‌مندان), ین after a
	// lexicalized comparative (بیشترین). This reading beats the verbal one
	// (می + دان + ی) because the noun is in the lexicon.
	for _, s := range [...]string{"یی", "ی", "ان", "ین"} {
		stem, ok := lexCutSuffix(g, s)
		if !ok || len(stem) < 6 || (s == "ین" && !strings.HasSuffix(stem, "تر")) {
			continue
		}
		if form, info, known := t.spelled(g, len(stem)); known && info.tags&(lexNoun|lexAdj) != 0 {
			return lexAnalysis{ok: true, head: form, tail: s, glued: form == stem, score: int(info.freq), kind: lexKindSuffixI}
		}
	}
	// می/نمی + a verb form: the most reliable reading, but for a word
	// that is no verb: a name such as میدری is no می‌دری. So a glued word
	// needs an unambiguous person ending (the second singular ی and the
	// bare present stem, rare in news, are left to the lexicon).
	for _, p := range [...]string{"نمی", "می"} {
		if rest, ok := strings.CutPrefix(g, p); ok && t.gluedVerbForm(rest) {
			return lexAnalysis{ok: true, head: p, sep: true, tail: rest, score: lexVerbScore, kind: lexKindVerb}
		}
	}
	// stem + suffix.
	try := func(kind lexKind, suffixes []string, minStem int, allowed func(stem string, info lexWord) bool) {
		for _, s := range suffixes {
			stem, ok := lexCutSuffix(g, s)
			if !ok || len(stem) < minStem {
				continue
			}
			form, info, known := t.spelled(g, len(stem))
			glued := form == stem
			if !known && t.participle(stem) {
				// A past participle (کرده, بوده) is a word even when the
				// lexicon does not list it.
				known, info = true, lexWord{freq: lexParticipleFreq}
			}
			if !known && depth == 0 {
				sub := t.analyse(stem, depth+1)
				if !sub.ok {
					continue
				}
				if sub.score >= lexVerbScore {
					continue // a verb takes no plural or comparative
				}
				// An analysed stem counts as a known word of unknown frequency.
				form, glued = sub.String(), !sub.changes()
				info = lexWord{tags: lexNoun | lexAdj}
			} else if !known {
				continue
			}
			if !allowed(stem, info) {
				continue
			}
			a := lexAnalysis{ok: true, head: form, sep: lexEndsJoining(stem), tail: s, glued: glued, score: int(info.freq), kind: kind}
			if !a.changes() {
				a.score += lexKeepBonus
			}
			if s == "ای" {
				a.score += lexIndefiniteBias
			}
			if t.participle(stem) {
				switch s {
				case "ای":
					// نشسته‌ای "you have sat" is rare beside the plural
					// نشست‌های.
					a.score -= lexKeepBonus
				case "ام", "ایم", "اید", "اند":
					// The perfect (کرده‌ایم) beats a possessive plural
					// (کرد‌هایم).
					a.score = lexVerbScore - 1
				}
			}
			if a.better(best) {
				best = a
			}
		}
	}
	try(lexKindPlural, lexPlural, 4, func(stem string, info lexWord) bool {
		if info.tags&lexNoun != 0 {
			return true
		}
		// A noun in ی made from a noun or adjective the lexicon knows
		// (سرمایه‌گذاری from سرمایه‌گذار) takes the plural too.
		base, ok := strings.CutSuffix(stem, "ی")
		return ok && t.prefix(g, len(base)).tags&(lexNoun|lexAdj) != 0
	})
	// A comparative needs a stem of three letters: گستر is not گس‌تر.
	try(lexKindComparative, lexComparative, 6, func(_ string, info lexWord) bool { return info.tags&lexAdj != 0 })
	try(lexKindHeh, lexHehClitics, 4, func(stem string, info lexWord) bool {
		return strings.HasSuffix(stem, "ه")
	})
	if best.ok {
		return best
	}
	// بی + a well-attested noun or adjective of three letters or more,
	// no verb (بیدارند is بیدار + ند) and no name (بیزنجانی).
	if rest, ok := strings.CutPrefix(g, "بی"); ok && len(rest) >= 6 {
		if form, info, known := t.spelled(rest, len(rest)); known && info.tags&(lexNoun|lexAdj) != 0 && info.tags&lexFunc == 0 &&
			info.freq >= lexBiFreq && !t.finiteVerb(rest) {
			a := lexAnalysis{ok: true, head: "بی", sep: true, tail: form, glued: form == rest, score: int(info.freq), kind: lexKindBi}
			if a.better(best) {
				best = a
			}
		}
	}
	// a known word of three letters or more + a compound part of three
	// letters or more (proper names such as پترو or کانرود are no پت‌رو).
	if len(g) < 12 || !t.mayHaveHead(g) {
		return best
	}
	for i := 6; i <= len(g)-6; i += 2 {
		if !utf8.RuneStart(g[i]) {
			i--
			continue
		}
		if !t.mayStartHead(g, i) {
			continue
		}
		hr := t.rec(g[i:])
		if hr.flags&lexRecHead == 0 {
			continue
		}
		first := g[:i]
		if !lexEndsJoining(first) {
			continue
		}
		form, info, known := t.spelled(g, i)
		if !known {
			continue
		}
		if info.tags&lexFunc != 0 {
			continue
		}
		a := lexAnalysis{ok: true, head: form, sep: true, tail: g[i:], glued: form == first, score: int(info.freq) + min(int(hr.headCount)/50, 3), kind: lexKindCompound}
		if a.better(best) {
			best = a
		}
	}
	return best
}

// verbForm reports whether s is a present stem + person ending or a past
// stem + person ending, as after the prefix می.
func (t *lexTables) verbForm(s string) bool {
	return t.stemEnding(s, lexPresentEndings, lexRecPresent, true, true) ||
		t.stemEnding(s, lexPastEndings, lexRecPast, true, true)
}

// gluedVerbForm is verbForm without the endings that also make names and
// nouns: the second singular ی (میدری) and the bare present stem.
func (t *lexTables) gluedVerbForm(s string) bool {
	return t.stemEnding(s, lexPresentEndings, lexRecPresent, false, false) ||
		t.stemEnding(s, lexPastEndings, lexRecPast, false, true)
}

// finiteVerb reports whether s is a finite verb without prefix: a past stem
// + person ending (کرد، گفتند) or a present stem + an ending other than the
// second singular ی (کنند، دارم), which could be a noun suffix (سازی).
func (t *lexTables) finiteVerb(s string) bool {
	return t.stemEnding(s, lexPastEndings, lexRecPast, true, true) ||
		t.stemEnding(s, lexPresentEndings, lexRecPresent, false, false)
}

// stemEnding reports whether s is a stem carrying flag followed by one of
// endings. withYeh admits the second singular ending ی and bare admits the
// empty ending (the bare stem).
func (t *lexTables) stemEnding(s string, endings []string, flag uint8, withYeh, bare bool) bool {
	for _, e := range endings {
		if (e == "ی" && !withYeh) || (e == "" && !bare) {
			continue
		}
		if stem, ok := lexCutSuffix(s, e); ok && stem != "" {
			if t.prefix(s, len(stem)).flags&flag != 0 {
				return true
			}
		}
	}
	return false
}

// participle reports whether s is a past participle (past stem + ه), which
// takes the perfect endings ‌ام ‌ای ‌است ‌ایم ‌اید ‌اند.
func (t *lexTables) participle(s string) bool {
	stem, ok := strings.CutSuffix(s, "ه")
	return ok && t.rec(stem).flags&lexRecPast != 0
}

// joinSpaced reports whether "left right" should be written left+ZWNJ+right.
//
// It joins می/نمی + a verb form, بی + a noun or adjective, a word + the
// plural ها family, an adjective + تر/ترین, a word ending in silent ه +
// ‌ای/‌ام/‌اند..., and the two halves of a compound the lexicon writes with a
// ZWNJ when the second is rare on its own (بین المللی، فعال سازی), the
// first is a function word that begins many compounds (پیش بینی، هم
// اکنون; not a mere preposition: به نام, nor a numeral: یک میلیون) or the
// compound is well attested and no verb or function-word phrase (رئیس
// جمهور, but not انجام شده، به عنوان، رئیس جمهوری). It never allocates.
func joinSpaced(left, right string) bool { return joinReason(left, right) != lexKindNone }

// joinReason is joinSpaced with the rule that joins (lexKindNone: none).
func joinReason(left, right string) lexKind {
	// Pre-filter: two words of two letters or more. Whether they are
	// Persian words is checked only where the rule does not consult the
	// lexicon (which holds nothing else).
	if len(left) < 4 || len(right) < 4 {
		return lexKindNone
	}
	t := lexData()
	// The string switches below are costly: they run only for words that
	// can match (two or three letters, the right first letter).
	if len(left) <= len("نمی") && (left[:2] == "م" || left[:2] == "ن" || left[:2] == "ب") {
		switch left {
		case "می", "نمی":
			return lexIf(t.verbForm(right), lexKindVerb)
		case "بی":
			// The privative prefix before a noun or adjective (بی گناه، بی
			// نظیر، بی توجهی).
			if _, ok := t.compound(left, right); ok {
				return lexKindBi
			}
			r := t.rec(right)
			if r.flags&lexRecWord == 0 {
				stem, _ := strings.CutSuffix(right, "ی")
				r = t.rec(stem)
			}
			return lexIf(r.tags&(lexNoun|lexAdj) != 0 && r.tags&lexFunc == 0, lexKindBi)
		}
	}
	if len(right) <= len("هایشان") && (right[:2] == "ه" || right[:2] == "ت" || right[:2] == "ا") {
		switch right {
		case "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "ترین":
			// Never words of their own. After a non-joining letter the parts
			// are written glued (کشورها), and the glued word must read the same
			// way again.
			return lexIf(lexPersianWord(left) && (lexEndsJoining(left) || t.gluedPluralStable(left, right)), lexKindPlural)
		case "تر", "تری":
			// تر is also "wet": only after an adjective.
			return lexIf(t.rec(left).tags&lexAdj != 0, lexKindComparative)
		case "ای", "ام", "ات", "اش", "ایم", "اید", "اند":
			return lexIf(len(left) >= 6 && strings.HasSuffix(left, "ه") && lexPersianWord(left), lexKindHeh)
		}
	}
	return t.joinCompound(left, right, false, nil)
}

// joinReasonFlags is joinReason for words whose joinFlags are lf and rf.
func joinReasonFlags(left, right string, lf, rf uint8, c *wordCache) lexKind {
	if (lf&joinLeftSpecial != 0 || rf&joinRightSpecial != 0) && len(left) >= 4 && len(right) >= 4 {
		return joinReason(left, right)
	}
	if !mayJoin(lf, rf) || len(left) < 4 || len(right) < 4 {
		return lexKindNone
	}
	return lexData().joinCompound(left, right, true, c)
}

// joinCompound is joinReason for two words of two letters or more, neither
// of which is a prefix or suffix of its rules: the compound rules. checked
// reports that the checks of one word each (see joinFlags) have passed.
// The cache c (which may be nil) remembers the answers for pairs that
// pass the filters, whose look-ups cost the most.
func (t *lexTables) joinCompound(left, right string, checked bool, c *wordCache) lexKind {
	// Every rule below needs a compound left+ZWNJ+part in the lexicon, a
	// part being right or right less a suffix (two letters or more): most
	// pairs are rejected by the last two letters of left and the first
	// two of right, and most others by the record of left.
	if t.partExact {
		l, r := lexPairAt(left, len(left)-4), lexPairAt(right, 0)
		if !checked && (!lexBit(t.partEnds, l) || !lexBit(t.partStarts, r)) || !lexBit(t.joints, (l&0xFF)<<8|r>>8) {
			return lexKindNone
		}
		ls := lexSig(left)
		if i := lexSigIndex(ls, lexFirstSigBits); !checked && t.firstSigs[i/64]&(1<<(i%64)) == 0 {
			return lexKindNone
		}
		if !t.maySigPair(ls, right, 0) && !(strings.HasSuffix(right, "ی") && t.maySigPair(ls, right, len("ی"))) &&
			!((strings.HasSuffix(right, "ها") || strings.HasSuffix(right, "ان")) && t.maySigPair(ls, right, len("ها"))) &&
			!(strings.HasSuffix(right, "های") && t.maySigPair(ls, right, len("های"))) &&
			!(strings.HasSuffix(right, "هایی") && t.maySigPair(ls, right, len("هایی"))) {
			return lexKindNone
		}
		// right is the second part, or the second part + a suffix.
		n := len(right)
		if !checked && !lexBit(t.secondEnds, lexPairAt(right, n-4)) &&
			!(n >= 6 && strings.HasSuffix(right, "ی") && lexBit(t.secondEnds, lexPairAt(right, n-6))) &&
			!(n >= 8 && (strings.HasSuffix(right, "ها") || strings.HasSuffix(right, "ان")) && lexBit(t.secondEnds, lexPairAt(right, n-8))) &&
			!(n >= 10 && strings.HasSuffix(right, "های") && lexBit(t.secondEnds, lexPairAt(right, n-10))) &&
			!(n >= 12 && strings.HasSuffix(right, "هایی") && lexBit(t.secondEnds, lexPairAt(right, n-12))) {
			return lexKindNone
		}
	}
	lh := lexHash(left)
	if !checked && !t.firsts.mayHold(lh) {
		return lexKindNone
	}
	// A compound key is 64 bytes at most (see compound), right less a
	// suffix of 8 bytes at most.
	if len(left)+len(right) > 64+8 {
		return lexKindNone
	}
	var buf [64 + 8]byte
	copy(buf[copy(buf[:], left):], right)
	pairHash := func(k int) uint64 { return lexHash(buf[:len(left)+k]) }
	may := t.pairs.mayHold(pairHash(len(right)))
	for _, s := range lexCompoundSuffixes {
		if may {
			break
		}
		if stem, ok := lexCutSuffix(right, s); ok && len(stem) >= 4 {
			may = t.pairs.mayHold(pairHash(len(stem)))
		}
	}
	if !may {
		return lexKindNone
	}
	e := c.pairEntry(left, right)
	if e != nil && int(e.ln) == len(left) && int(e.rn) == len(right) &&
		string(e.key[:len(left)]) == left && string(e.key[len(left):len(left)+len(right)]) == right {
		return e.kind
	}
	k := t.joinCompoundLookup(left, right, lh, &buf)
	if e != nil {
		e.ln = uint8(copy(e.key[:], left))
		e.rn = uint8(copy(e.key[e.ln:], right))
		e.kind = k
	}
	return k
}

// joinCompoundLookup is joinCompound for a pair its filters pass: the
// look-ups in the lexicon. buf holds left+right; lh is left's lexHash.
func (t *lexTables) joinCompoundLookup(left, right string, lh uint64, buf *[64 + 8]byte) lexKind {
	pairHash := func(k int) uint64 { return lexHash(buf[:len(left)+k]) }
	lr := t.find(left, lh)
	if lr.flags&lexRecFirstPart == 0 {
		return lexKindNone
	}
	second := right
	ci, isCompound := t.compoundHashed(left, right, pairHash(len(right)))
	// When the lexicon's compound ends with a part rare on its own (زمین
	// خواری), a shorter reading (زمین‌خوار + ی) is not looked for.
	exactBound := false
	if isCompound {
		exactBound = t.rec(right).flags&lexRecBound != 0
	}
	for _, s := range lexCompoundSuffixes {
		if exactBound {
			break
		}
		// A compound + a suffix: سرمایه گذاری as سرمایه‌گذار + ی, گفت
		// وگوهای as گفت‌وگو + های; the better attested reading counts
		// (دانش‌آموز beside an unattested دانش‌آموزان).
		// Not when the second word is a well-attested word as it stands:
		// رئیس جمهوری "president of the republic" is a phrase beside the
		// compound رئیس‌جمهور.
		if stem, ok := lexCutSuffix(right, s); ok && len(stem) >= 4 {
			if si, ok := t.compoundHashed(left, stem, pairHash(len(stem))); ok && (!isCompound || si.freq > ci.freq) && t.rec(right).freq < lexFreeWordFreq {
				ci, isCompound, second = si, true, stem
			}
		}
	}
	if !isCompound {
		return lexKindNone
	}
	// A function word that begins many compounds (پیش، هم، هیچ) is a
	// prefix before a part with which the lexicon writes a well-attested
	// compound: پیش بینی، هم اکنون، هیچ گاه; not a numeral (یک میلیون)
	// nor a mere preposition (به نام، به روز).
	prefix := lr.tags&lexFunc != 0 && lr.tags&(lexNumeral|lexPreposition) == 0 && lr.prefixes >= lexPrefixCompounds &&
		ci.freq >= lexFreeCompoundFreq
	sr := t.rec(second)
	if sr.flags&lexRecHead != 0 && sr.flags&lexRecBound != 0 && !t.verbal(right) && !t.finiteVerb(right) {
		// A compound part rare on its own: فعال سازی، صلح آمیز.
		if prefix {
			return lexKindPrefix
		}
		return lexIf(lr.tags&(lexFunc|lexPluralForm) == 0, lexKindBound)
	}
	rok := sr.flags&lexRecWord != 0
	if !rok && (t.analyse(second, 1).ok || t.verbal(second)) {
		rok = true // an inflected word (تنهایی), not a bound part
	}
	// The lexicon writes left‌right as one word. A part that is no word of
	// its own (بین المللی، گفت وگو) joins. Two free words are often a
	// phrase written apart (خلیج فارس، روابط عمومی، تبادل نظر), so they
	// join only when the compound is well attested (hazm frequency of at
	// least 2^16), the first is no plural (ایالات متحده) and neither is a
	// function word (آن را، به دنبال), and the second is not a participle
	// or infinitive (انجام شده، جهانی شدن are verb phrases).
	if prefix && sr.tags&lexFunc == 0 && !t.verbal(right) {
		return lexKindPrefix
	}
	if !rok {
		return lexKindInflected
	}
	if second != right {
		// An inflected phrase of two free words (قابل توجهی، زیست محیطی)
		// joins only when the second is a compound part of the heads
		// table (اصلاح طلبی): on the news corpus two thirds of the other
		// such joins were phrases written apart.
		if sr.flags&lexRecHead == 0 {
			return lexKindNone
		}
	}
	return lexIf(ci.freq >= lexFreeCompoundFreq && lr.tags&(lexFunc|lexPluralForm) == 0 &&
		sr.tags&lexFunc == 0 && !t.verbal(right), lexKindFree)
}

// lexIf returns k when cond holds, lexKindNone otherwise.
func lexIf(cond bool, k lexKind) lexKind {
	if cond {
		return k
	}
	return lexKindNone
}

// gluedPluralStable reports whether left+right, a word ending in a
// non-joining letter + a plural or superlative suffix written glued
// (کشورها), is read back as that by restoreGlued: left is a word with a
// ZWNJ (left alone) or a known word, and no known word in silent ه +
// clitic (ار های is no اره‌ای) reads the glued letters better.
func (t *lexTables) gluedPluralStable(left, right string) bool {
	if strings.Contains(left, lexZWNJ) {
		return true
	}
	lh := lexHash(left)
	info := t.find(left, lh)
	if info.flags&lexRecWord == 0 {
		return false
	}
	clitic, ok := strings.CutPrefix(right, "ه")
	if !ok || !slices.Contains(lexHehClitics, clitic) {
		return true
	}
	if len(left)+len("ه") > 64 {
		return true
	}
	var buf [64]byte
	h := t.findPair(left, "ه", lexHash(append(append(buf[:0], left...), "ه"...)))
	if h.flags&lexRecWord == 0 {
		return true
	}
	hscore := int(h.freq)
	if clitic == "ای" {
		hscore += lexIndefiniteBias
	}
	return hscore <= int(info.freq)+lexKeepBonus
}

// verbal reports whether s is a past participle (شده), a negated one
// (نشده) or an infinitive (شدن): the second word of a verb phrase.
func (t *lexTables) verbal(s string) bool {
	if t.participle(s) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "ن"); ok && t.participle(rest) {
		return true
	}
	if stem, ok := strings.CutSuffix(s, "ن"); ok {
		return t.rec(stem).flags&lexRecPast != 0
	}
	return false
}

// compound reports whether the lexicon writes left+right as one word with
// a ZWNJ between exactly these two parts, and returns its entry. It does
// not allocate.
func (t *lexTables) compound(left, right string) (lexWord, bool) {
	if len(left)+len(right) > 64 {
		return lexWord{}, false
	}
	var buf [64]byte
	return t.compoundHashed(left, right, lexHash(append(append(buf[:0], left...), right...)))
}

// compoundHashed is compound with the hash h of left+right.
func (t *lexTables) compoundHashed(left, right string, h uint64) (lexWord, bool) {
	if len(left)+len(right) > 64 {
		return lexWord{}, false
	}
	r := t.findPair(left, right, h)
	if r.flags&lexRecWord == 0 || len(r.form) != len(left)+len(lexZWNJ)+len(right) {
		return lexWord{}, false
	}
	return lexWord{form: r.form, freq: r.freq, tags: r.tags}, strings.HasPrefix(r.form, left) && strings.HasSuffix(r.form, right) &&
		r.form[len(left):len(left)+len(lexZWNJ)] == lexZWNJ
}

// Flags of joinFlags: what the spaced-word rule may do with a word as the
// left or the right word of a pair.
const (
	joinLeftSpecial  uint8 = 1 << iota // می، نمی، بی: joinReason decides by left alone
	joinRightSpecial                   // a suffix (ها، تر، ای ...): decided by right alone
	joinLeftPart                       // may be the first part of a compound
	joinRightPart                      // may be the second part (+ a suffix) of a compound
	joinRightSig                       // as joinRightPart, by the signature of the part (see secondSigs)
	joinHasZWNJ                        // holds a ZWNJ
)

// joinFlags computes, once per word, the pre-filters of joinReason that
// depend on one word only: joinReason(left, right) is lexKindNone unless
// mayJoin(joinFlags(left), joinFlags(right)).
func joinFlags(s string) uint8 {
	if len(s) < 4 {
		return 0
	}
	var f uint8
	switch s {
	case "می", "نمی", "بی":
		f |= joinLeftSpecial
	case "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "ترین",
		"تر", "تری", "ای", "ام", "ات", "اش", "ایم", "اید", "اند":
		f |= joinRightSpecial
	}
	t := lexData()
	left, right := true, true
	if t.partExact {
		ls := lexSig(s)
		i := lexSigIndex(ls, lexFirstSigBits)
		left = lexBit(t.partEnds, lexPairAt(s, len(s)-4)) && t.firstSigs[i/64]&(1<<(i%64)) != 0
		n := len(s)
		right = lexBit(t.partStarts, lexPairAt(s, 0)) &&
			(lexBit(t.secondEnds, lexPairAt(s, n-4)) ||
				n >= 6 && strings.HasSuffix(s, "ی") && lexBit(t.secondEnds, lexPairAt(s, n-6)) ||
				n >= 8 && (strings.HasSuffix(s, "ها") || strings.HasSuffix(s, "ان")) && lexBit(t.secondEnds, lexPairAt(s, n-8)) ||
				n >= 10 && strings.HasSuffix(s, "های") && lexBit(t.secondEnds, lexPairAt(s, n-10)) ||
				n >= 12 && strings.HasSuffix(s, "هایی") && lexBit(t.secondEnds, lexPairAt(s, n-12)))
	}
	if left && t.firsts.mayHold(lexHash(s)) {
		f |= joinLeftPart
	}
	if right {
		f |= joinRightPart
	}
	if strings.Contains(s, lexZWNJ) {
		f |= joinHasZWNJ
	}
	// A compound left‌second that joinReason joins is an entry of the
	// lexicon, and when neither part holds a ZWNJ its second part's
	// signature is in secondSigs; second is s or s less a suffix of
	// lexCompoundSuffixes.
	n := len(s)
	if t.secondSig(s) ||
		n >= 6 && strings.HasSuffix(s, "ی") && t.secondSig(s[:n-2]) ||
		n >= 8 && (strings.HasSuffix(s, "ها") || strings.HasSuffix(s, "ان")) && t.secondSig(s[:n-4]) ||
		n >= 10 && strings.HasSuffix(s, "های") && t.secondSig(s[:n-6]) ||
		n >= 12 && strings.HasSuffix(s, "هایی") && t.secondSig(s[:n-8]) {
		f |= joinRightSig
	}
	return f
}

// secondSig reports whether s (two letters or more) may be the second
// part of a compound.
func (t *lexTables) secondSig(s string) bool {
	i := lexSigIndex(lexSig(s), lexSecondSigBits)
	return t.secondSigs[i/64]&(1<<(i%64)) != 0
}

// mayJoin reports whether joinReason may join a left word of flags lf and
// a right word of flags rf (see joinFlags).
func mayJoin(lf, rf uint8) bool {
	return lf&joinLeftSpecial != 0 || rf&joinRightSpecial != 0 ||
		lf&joinLeftPart != 0 && rf&joinRightPart != 0 &&
			(rf&(joinRightSig|joinHasZWNJ) != 0 || lf&joinHasZWNJ != 0)
}
