package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

// Extractor finds entities in tokenized text. It is immutable once built and
// safe for concurrent use.
type Extractor struct {
	ix         *index
	home       string
	noPronouns bool
}

// New returns an Extractor over the embedded gazetteers and any given with
// [WithGazetteer]. It fails only when an embedded list is malformed.
func New(opts ...Option) (*Extractor, error) {
	c := config{home: "ایران"}
	for _, o := range opts {
		o(&c)
	}
	w, err := embeddedWordSets()
	if err != nil {
		return nil, err
	}
	var gs []*Gazetteer
	if !c.noDefault {
		g, err := embedded()
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	gs = append(gs, c.gazetteers...)
	return &Extractor{ix: build(w, gs), home: c.home, noPronouns: c.noPronouns}, nil
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New() })

// Extract finds the entities of text on the default Extractor (embedded
// gazetteers, home country «ایران»). tokens must be the tokens of text, as
// [tokenize.Split] returns them (nil: Extract tokenizes text itself);
// tokens whose spans do not index text are ignored. Entities come in the
// order of their first mention, with IDs from 1; their mentions are in
// text order.
func Extract(text string, tokens []tokenize.Token) []Entity {
	x, err := defaultExtractor()
	if err != nil {
		// The embedded lists are checked by the package tests; a broken
		// build still extracts nothing rather than panicking.
		return nil
	}
	return x.Extract(text, tokens)
}

// Extract finds the entities of text; see the package documentation for the
// rules. tokens must be the tokens of text, as [tokenize.Split] returns
// them (nil: Extract tokenizes text itself); tokens whose spans do not
// index text are ignored. It allocates the result and small maps; its
// per-token buffers are reused across calls.
func (x *Extractor) Extract(text string, tokens []tokenize.Token) []Entity {
	if tokens == nil {
		tokens, _ = tokenize.Split(text)
	}
	toks := validTokens(text, tokens)
	if len(toks) == 0 {
		return nil
	}
	s := &state{x: x, w: x.ix.w, text: text, toks: toks, lastPerson: -1, pendingRole: -1}
	s.prepare()
	s.run()
	s.earlierSurnames()
	out := s.result()
	s.release()
	return out
}

// validTokens returns tokens, or a filtered copy without the tokens whose
// span is out of bounds, overlaps the previous token or disagrees with Text.
func validTokens(text string, tokens []tokenize.Token) []tokenize.Token {
	prev := 0
	for i := range tokens {
		t := &tokens[i]
		if !validToken(text, *t, prev) {
			out := slices.Clone(tokens[:i])
			for _, t := range tokens[i:] {
				if validToken(text, t, prev) {
					out = append(out, t)
					prev = t.End
				}
			}
			return out
		}
		prev = t.End
	}
	return tokens
}

func validToken(text string, t tokenize.Token, prev int) bool {
	if t.Start < prev || t.End <= t.Start || t.End > len(text) || len(t.Text) != t.End-t.Start {
		return false
	}
	// Tokens from tokenize.Split share text's bytes: equal pointers
	// answer without comparing them.
	w := text[t.Start:t.End]
	return unsafe.StringData(w) == unsafe.StringData(t.Text) || w == t.Text
}

// ent is an entity under construction.
type ent struct {
	Entity
	first     int // byte offset of the first mention, for ordering
	firstName int // token index of the first name mention, or -1
	nameLen   int // folded length of the fullest name seen
	surname   string
	role      roleInfo
	roleRank  int
	lastTok   int // token index of the latest mention
	// nMentions counts the mentions in state.ms; recent holds the spans of
	// the latest four, to drop repeats.
	nMentions int
	recent    [4]tokenize.Span
}

// mrec is a mention of entity ent, recorded in state.ms until result
// groups the mentions by entity.
type mrec struct {
	ent int32
	m   Mention
}

// Ranks of a person's role by the strength of its evidence.
const (
	rankNone = iota
	rankBare
	rankGazetteer
	rankCounterpart
	rankText
)

// pmention is one mention of a person, for pronoun resolution.
type pmention struct {
	tok, sent, ent int
	quoted         bool
}

type state struct {
	x     *Extractor
	w     *wordSets // x.ix.w
	text  string
	toks  []tokenize.Token
	sent  []int32 // sentence index of each token
	first []*info // index entry of each word alone (a phrase or a prefix), or nil
	// quoted marks the tokens of quoted speech: inside «» or after a
	// reporting verb and a colon, to the end of the paragraph.
	quoted []bool
	// covered marks the tokens inside person mentions.
	covered []bool
	buf     *buffers

	ents     []*ent
	byName   map[entKey]int        // kind and name → index in ents
	people   map[string]int        // folded full name → person in ents
	surnames map[string]surnameRef // surname (or first word of a two-word one) → person
	// surnameBits is a filter over the keys of surnames (surnameHash):
	// a clear bit means no surname.
	surnameBits []uint64
	pms         []pmention
	// subj holds, for each sentence, one plus the index in pms of its
	// earliest person mention outside quoted speech (0: none): the
	// sentence's subject, for pronouns.
	subj []int32
	// ordinaryUse holds the words the text itself uses as ordinary words
	// (see noteOrdinaryUse).
	ordinaryUse map[string]uint16
	// knownTotal counts the occurrences of each known person's surname
	// (people.txt), to weigh the evidence in ordinaryUse against.
	knownTotal map[string]int32
	ms         []mrec // the mentions, in recording order
	slab       []ent  // the current slab of entities
	// scratch backs the structure of the role phrase parseRole reads.
	scratch [8]string

	lastPerson    int // entity of the person name mention that ended at lastPersonEnd
	lastPersonEnd int
	pendingRole   int // token index one past a role phrase with no person yet
	pending       rolePhrase
	lastCountry   int // token index one past the latest country mention

	// memo caches the latest match result: the rules ask for the same
	// position several times.
	memoOK          bool
	memoAt, memoEnd int
	memoInfo        *info
	// chains caches the index walks from the latest tokens matchIf
	// started at, by token index modulo its length (in buffers).
	chains *[4]chain
}

// prepare assigns a sentence index to each token (a sentence ends after
// «.», «؟», «!» or «?», with a closing guillemet that follows, and at a
// line break), marks quoted speech, and looks each word up once in the
// index.
func (s *state) prepare() {
	n0 := len(s.toks)
	b := bufPool.Get().(*buffers)
	if cap(b.sent) < n0 {
		b.sent, b.first = make([]int32, n0), make([]*info, n0)
		b.quoted, b.covered = make([]bool, n0), make([]bool, n0)
	}
	if cap(b.subj) < n0+1 {
		b.subj = make([]int32, n0+1)
	}
	s.buf = b
	s.chains = &b.chains
	for k := range s.chains {
		s.chains[k].ok = false // walks of an earlier text
	}
	s.sent, s.first = b.sent[:n0], b.first[:n0]
	s.quoted, s.covered = b.quoted[:n0], b.covered[:n0]
	s.subj = b.subj[:n0+1]
	if b.surnameBits == nil {
		b.surnameBits = make([]uint64, surnameFilterWords)
	}
	clear(b.surnameBits)
	s.surnameBits = b.surnameBits
	if b.ordinary == nil {
		b.ordinary, b.knownTotal = make(map[string]uint16), make(map[string]int32)
	}
	clear(b.ordinary)
	clear(b.knownTotal)
	s.knownTotal = b.knownTotal
	s.ordinaryUse = b.ordinary
	s.ms, s.pms = b.ms[:0], b.pms[:0]
	clear(s.first)
	clear(s.covered)
	var n int32
	var arr [maxKey]byte
	guillemets, afterCue := 0, false
	for i, t := range s.toks {
		if (t.Kind == tokenize.Word || t.Kind == tokenize.Latin) && len(t.Text) <= maxKey {
			p := plain(t.Text)
			if p {
				s.first[i] = s.x.ix.keys[t.Text]
			} else {
				s.first[i] = s.x.ix.keys[string(fold(arr[:0], t.Text))]
			}
			s.noteOrdinaryUse(i, p)
			if in := s.first[i]; in != nil && in.surnameOf != nil {
				s.knownTotal[t.Text]++
			}
		}
		if i > 0 {
			p := s.toks[i-1]
			gap := s.text[p.End:t.Start]
			nl := false
			switch {
			case len(gap) == 1:
				nl = gap[0] == '\n'
			case len(gap) > 1:
				nl = hasNewline(gap)
			}
			if nl || p.Kind == tokenize.Punct && s.endsSentenceAt(i-1) && !closing(t) {
				n++
			}
			if nl {
				guillemets, afterCue = 0, false
			}
			// «گفت: ...» quotes the rest of the paragraph.
			if p.Kind == tokenize.Punct && p.Text == ":" && i >= 2 && (s.w.reportingCues[s.toks[i-2].Text] || s.x.ix.isVerb(s.toks[i-2].Text)) {
				afterCue = true
			}
		}
		if t.Kind == tokenize.Punct && t.Text == "«" {
			guillemets++
		}
		s.sent[i] = n
		s.subj[n] = 0
		s.quoted[i] = guillemets > 0 || afterCue
		if t.Kind == tokenize.Punct && t.Text == "»" && guillemets > 0 {
			guillemets--
			if guillemets == 0 {
				afterCue = false // «گفت: «...»» ends at the closing guillemet
			}
		}
	}
}

// hasNewline reports whether the gap between two tokens holds a line
// break. Most gaps are a space or empty: a loop beats a call there.
func hasNewline(gap string) bool {
	if len(gap) > 8 {
		return strings.IndexByte(gap, '\n') >= 0
	}
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			return true
		}
	}
	return false
}

// noteOrdinaryUse records the evidence at word token i that a word is
// used as an ordinary noun or adjective in this text, not as a name: it
// follows a determiner («این تیم», «هر گل», «یک حق») or carries a plural
// suffix after a ZWNJ («تیم‌ها»). Names are not counted or pointed at like
// that in news, so such a word needs more than a first name or an
// honorific before it to be a surname (see ordinaryInText). plain says w
// holds no ZWNJ (see plain).
func (s *state) noteOrdinaryUse(i int, plain bool) {
	w := s.toks[i].Text
	if !plain && strings.IndexByte(w, zwnj[0]) >= 0 {
		if stem, suf, ok := strings.Cut(w, zwnj); ok && (suf == "ها" || suf == "های" || suf == "هایی") {
			s.countOrdinary(stem)
			return
		}
	}
	if i > 0 && s.first[i-1] != nil && s.first[i-1].flags&fDeterminer != 0 && s.toks[i-1].Kind == tokenize.Word && s.joined(i) && !s.w.functionWords[w] {
		s.countOrdinary(w)
	}
}

func (s *state) countOrdinary(w string) {
	if n := s.ordinaryUse[w]; n < 65535 {
		s.ordinaryUse[w] = n + 1
	}
}

// ordinaryInText reports whether the word at token k is used elsewhere in
// the text as an ordinary word (noteOrdinaryUse), at least twice: a single
// «این ظریف» is rhetoric, not evidence. A known person's surname must be
// used so in a tenth of its occurrences or more: sports news writes «این
// مسی» now and then, but «گل» (goal) far more often than the name.
func (s *state) ordinaryInText(k int) bool {
	w := s.word(k)
	n := int(s.ordinaryUse[w])
	if n < 2 {
		return false
	}
	if tot := int(s.knownTotal[w]); tot > 0 && n*10 < tot {
		return false
	}
	return true
}

// endsSentenceAt reports whether token k ends a sentence: a full stop or
// another final mark, or a closing guillemet or parenthesis right after one
// («...است.»).
func (s *state) endsSentenceAt(k int) bool {
	p := s.toks[k]
	if p.Kind != tokenize.Punct {
		return false
	}
	if endsSentence(p.Text) {
		return true
	}
	return closing(p) && k > 0 && s.toks[k-1].Kind == tokenize.Punct && endsSentence(s.toks[k-1].Text)
}

func closing(t tokenize.Token) bool {
	return t.Kind == tokenize.Punct && (t.Text == "»" || t.Text == ")")
}

// buffers holds the per-token slices of one Extract call, reused through
// bufPool so that repeated calls do not allocate them again.
type buffers struct {
	sent            []int32
	first           []*info
	quoted, covered []bool
	subj            []int32
	ms              []mrec
	pms             []pmention
	ordinary        map[string]uint16
	knownTotal      map[string]int32
	surnameBits     []uint64
	chains          [4]chain
}

// surnameFilterWords is the size of the surname filter in 64-bit words.
const surnameFilterWords = 1024

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

// release returns the per-token buffers to the pool; s must not be used
// afterwards.
func (s *state) release() {
	if s.buf != nil {
		clear(s.ms) // drop the references to the text
		s.buf.ms, s.buf.pms = s.ms[:0], s.pms[:0]
		bufPool.Put(s.buf)
		s.buf = nil
		s.sent, s.first, s.quoted, s.covered, s.subj, s.ms, s.pms = nil, nil, nil, nil, nil, nil, nil
		s.ordinaryUse, s.surnameBits, s.knownTotal = nil, nil, nil
		s.chains = nil
	}
}

func endsSentence(p string) bool {
	switch p {
	case ".", "؟", "!", "?", "…", "...":
		return true
	}
	return false
}

// has reports whether the word at token i alone carries flag f.
func (s *state) has(i int, f flags) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	in := s.first[i]
	return in != nil && in.flags&f != 0
}

// surnameRef is what a word is as a surname in the current text: the surname
// of person ent (ent < 0: none), and whether it opens a two-word surname.
type surnameRef struct {
	ent  int
	head bool
}

func (s *state) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	t := s.toks[i]
	if t.Kind != tokenize.Word && t.Kind != tokenize.Latin {
		return ""
	}
	return t.Text
}

func (s *state) isPunct(i int, set string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != tokenize.Punct {
		return false
	}
	return strings.Contains(set, s.toks[i].Text)
}

// joined reports whether tokens i-1 and i are separated by spaces or ZWNJ
// only (no line break, no punctuation), so they can form one phrase.
func (s *state) joined(i int) bool {
	gap := s.text[s.toks[i-1].End:s.toks[i].Start]
	for j := 0; j < len(gap); j++ {
		switch gap[j] {
		case ' ', '\t':
		case 0xE2: // U+200C ZWNJ is E2 80 8C
			if !strings.HasPrefix(gap[j:], zwnj) {
				return false
			}
			j += len(zwnj) - 1
		default:
			return false
		}
	}
	return true
}

// match returns the longest gazetteer phrase that starts at token i: one
// past its last token and its info, or (i, nil). Phrases match across the
// ZWNJ/space choice: «رئیس‌جمهور» and «رئیس جمهور» are the same phrase.
func (s *state) match(i int) (int, *info) {
	if s.memoOK && s.memoAt == i {
		return s.memoEnd, s.memoInfo
	}
	s.memoEnd, s.memoInfo = s.matchIf(i, nil)
	s.memoAt, s.memoOK = i, true
	return s.memoEnd, s.memoInfo
}

// matchIf is match restricted to phrases whose info satisfies ok (any
// phrase when ok is nil). It folds the tokens into a stack buffer and stops
// as soon as no phrase can continue: no allocation.
func (s *state) matchIf(i int, ok func(*info) bool) (int, *info) {
	end, val := i, (*info)(nil)
	if i < 0 || i >= len(s.toks) || s.first[i] == nil {
		return end, val
	}
	if in := s.first[i]; !in.more {
		if in.phrase && (ok == nil || ok(in)) {
			return i + 1, in
		}
		return end, val
	}
	c := &s.chains[i&(len(s.chains)-1)]
	if !c.ok || c.at != i {
		s.walk(i, c)
	}
	if c.n < 0 {
		return s.walkIf(i, ok)
	}
	for _, l := range c.links[:c.n] {
		if l.in.phrase && (ok == nil || ok(l.in)) {
			end, val = l.end, l.in
		}
	}
	return end, val
}

// chain is the walk of the index from one token: each index entry met
// (one past its last token and its info), in order. n < 0: the walk was
// longer than links holds.
type chain struct {
	ok    bool
	at, n int
	links [maxChain]link
}

type link struct {
	end int
	in  *info
}

// maxChain bounds the entries a chain caches.
const maxChain = 16

// walk fills c with the walk of the index from token i, whose first entry
// continues (s.first[i].more).
func (s *state) walk(i int, c *chain) {
	c.ok, c.at, c.n = true, i, 0
	s.steps(i, func(end int, in *info) bool {
		if c.n == maxChain {
			c.n = -1
			return false
		}
		c.links[c.n] = link{end, in}
		c.n++
		return true
	})
}

// walkIf is matchIf without the chain cache, for walks longer than a
// chain holds.
func (s *state) walkIf(i int, ok func(*info) bool) (end int, val *info) {
	end = i
	s.steps(i, func(e int, in *info) bool {
		if in.phrase && (ok == nil || ok(in)) {
			end, val = e, in
		}
		return true
	})
	return end, val
}

// steps walks the index from token i along joined word tokens: for each
// index entry met, in order, it calls yield with one past the entry's last
// token and its info, until yield returns false or no entry continues.
func (s *state) steps(i int, yield func(end int, in *info) bool) {
	var arr [maxKey]byte
	buf := arr[:0]
	for t := i; t < len(s.toks); t++ {
		tk := s.toks[t]
		if tk.Kind != tokenize.Word && tk.Kind != tokenize.Latin {
			return
		}
		if t > i && !s.joined(t) {
			return
		}
		if len(buf)+len(tk.Text) > maxKey {
			return
		}
		buf = fold(buf, tk.Text)
		in := s.first[i] // prepare looked the first token up
		if t > i {
			in = s.x.ix.keys[string(buf)]
		}
		if in == nil || !yield(t+1, in) || !in.more {
			return
		}
	}
}

// maxKey bounds the folded length of a phrase the matcher tries.
const maxKey = 192

func isRole(in *info) bool    { return in.role != "" }
func isCountry(in *info) bool { return in.country != "" }
func isOrg(in *info) bool     { return in.org != "" }
func isTitle(in *info) bool   { return in.title }
func isPlace(in *info) bool   { return in.country != "" || in.org != "" || in.location != "" }

// single returns the info of token i alone, or nil.
func (s *state) single(i int) *info {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	if in := s.first[i]; in != nil && in.phrase {
		return in
	}
	return nil
}

// foldedEq reports whether tokens [i, j) fold to key.
func (s *state) foldedEq(i, j int, key string) bool {
	var arr [maxKey]byte
	buf := arr[:0]
	for t := i; t < j; t++ {
		if len(buf)+len(s.toks[t].Text) > maxKey {
			return false
		}
		buf = fold(buf, s.toks[t].Text)
	}
	return string(buf) == key
}

// entKey identifies an entity by kind and name.
type entKey struct {
	kind Kind
	name string
}

// entity returns the index of the entity of kind k named name, creating it.
func (s *state) entity(k Kind, name string) int {
	key := entKey{k, name}
	if i, ok := s.byName[key]; ok {
		return i
	}
	if s.byName == nil {
		s.byName = make(map[entKey]int)
	}
	s.byName[key] = s.newEntity(k, name)
	return len(s.ents) - 1
}

// newEntity appends an entity of kind k named name and returns its index.
// Entities are allocated in slabs, of 8 first (most texts name a few) and
// then twice the last up to entSlab.
func (s *state) newEntity(k Kind, name string) int {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]ent, 0, min(max(2*cap(s.slab), 8), entSlab))
	}
	s.slab = append(s.slab, ent{Entity: Entity{Kind: k, Name: name}, first: -1, firstName: -1})
	s.ents = append(s.ents, &s.slab[len(s.slab)-1])
	return len(s.ents) - 1
}

// entSlab is how many entities newEntity allocates at once.
const entSlab = 64

// mention adds a mention over tokens [i, j) to entity e.
func (s *state) mention(e, i, j int, f Form) {
	s.mentionSpan(e, i, j, tokenize.Span{Start: s.toks[i].Start, End: s.toks[j-1].End}, f)
}

// mentionSpan adds a mention over span sp, which lies within tokens [i, j),
// to entity e. A ZWNJ at either edge of the span is left out.
func (s *state) mentionSpan(e, i, j int, sp tokenize.Span, f Form) {
	for sp.End-sp.Start > len(zwnj) && strings.HasPrefix(s.text[sp.Start:sp.End], zwnj) {
		sp.Start += len(zwnj)
	}
	for sp.End-sp.Start > len(zwnj) && strings.HasSuffix(s.text[sp.Start:sp.End], zwnj) {
		sp.End -= len(zwnj)
	}
	en := s.ents[e]
	// Mentions arrive in near text order: a repeat is among the last few.
	for k := range min(en.nMentions, len(en.recent)) {
		if en.recent[k] == sp {
			return
		}
	}
	en.recent[en.nMentions%len(en.recent)] = sp
	en.nMentions++
	s.ms = append(s.ms, mrec{ent: int32(e), m: Mention{Span: sp, Text: s.text[sp.Start:sp.End], Form: f}})
	if en.Kind == Person {
		for k := i; k < j; k++ {
			s.covered[k] = true
		}
		if f == Name && (en.firstName < 0 || i < en.firstName) {
			en.firstName = i
		}
	}
	if en.first < 0 || sp.Start < en.first {
		en.first = sp.Start
	}
	if j-1 > en.lastTok {
		en.lastTok = j - 1
	}
	if en.Kind == Person {
		pm := pmention{tok: i, sent: int(s.sent[i]), ent: e, quoted: s.quoted[i]}
		s.pms = append(s.pms, pm)
		if k := s.subj[pm.sent]; !pm.quoted && (k == 0 || s.pms[k-1].tok > pm.tok) {
			s.subj[pm.sent] = int32(len(s.pms))
		}
	}
}

// result orders entities by first mention, mentions by position, and
// numbers the entities from 1.
func (s *state) result() []Entity {
	// All mentions share one backing array: each entity gets the window of
	// its own, filled in recording order and then sorted.
	all := make([]Mention, len(s.ms))
	at := 0
	for _, e := range s.ents {
		e.Mentions = all[at : at : at+e.nMentions]
		at += e.nMentions
	}
	for _, r := range s.ms {
		e := s.ents[r.ent]
		e.Mentions = append(e.Mentions, r.m)
	}
	out := make([]Entity, 0, len(s.ents))
	slices.SortStableFunc(s.ents, func(a, b *ent) int { return cmp.Compare(a.first, b.first) })
	for _, e := range s.ents {
		if len(e.Mentions) == 0 {
			continue
		}
		slices.SortStableFunc(e.Mentions, func(a, b Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		e.ID = len(out) + 1
		out = append(out, e.Entity)
	}
	return out
}

// earlierSurnames applies the headline rule: a person's surname alone
// shortly before their first full mention refers to them when it heads a
// sentence or a quotation («ظریف: ...», «لاوروف گفت»), as news headlines
// and leads write it.
func (s *state) earlierSurnames() {
	for e, en := range s.ents {
		if en.Kind != Person || en.firstName <= 0 || en.surname == "" || strings.Contains(en.surname, " ") {
			continue
		}
		for t := max(0, en.firstName-backWindow); t < en.firstName; t++ {
			if s.covered[t] || s.word(t) != en.surname || s.followedBySuffix(t+1) || s.isVerbToken(t) {
				continue
			}
			if s.isPunct(t+1, ":") || s.w.reportingCues[s.word(t+1)] || t == 0 || s.sent[t] != s.sent[t-1] {
				s.mention(e, t, t+1, Name)
			}
		}
	}
}

// backWindow is how far before a person's first full mention, in tokens,
// the headline rule looks: a headline and a lead.
const backWindow = 120

// run scans the tokens once, left to right, applying the rules in order of
// precedence at each position.
func (s *state) run() {
	for i := 0; i < len(s.toks); {
		if s.word(i) == "" {
			i++
			continue
		}
		if j := s.person(i); j > i {
			i = j
			continue
		}
		if j := s.rolePhrase(i); j > i {
			i = j
			continue
		}
		if j := s.pronoun(i); j > i {
			i = j
			continue
		}
		if j := s.place(i, false); j > i {
			i = j
			continue
		}
		i++
	}
}
