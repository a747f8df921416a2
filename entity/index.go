package entity

import (
	"strings"
)

const zwnj = "\u200c"

// info is what the gazetteers know about one phrase. A phrase can be several
// things at once (a first name that is also a common word, a country that is
// also a city name); the rules decide which reading wins.
type info struct {
	country   string // canonical country name
	govTail   string // for «جمهوری اسلامی ایران»: the folded short name at its end, «ایران»
	demonym   string // country of a demonym
	location  string // location name
	org       string // canonical organization
	orgType   string
	role      string // canonical role title
	roleComp  complement
	person    *personEntry // a known person's full name
	surnameOf *personEntry // a known person's surname
	first     bool         // a first name
	title     bool         // an honorific
	nonName   bool         // an ordinary word: a name only with evidence
	common    bool         // a frequent ordinary word (common.txt)
	flags     flags        // closed-class facts about the word alone
	phrase    bool         // a listed phrase (not only the prefix of one)
	more      bool         // the prefix of a longer listed phrase
}

// index is the merged, read-only lookup structure an Extractor matches
// with. Phrases are keyed by their folded form: the words without spaces and
// ZWNJ, so that «رئیس‌جمهور», «رئیس جمهور», «رئیسجمهور» and the tokens
// «رئیس» «جمهور» are one key. The same map holds every proper prefix of a
// key that ends where the phrase has a space or ZWNJ (with more set), so
// that a scan over the tokens takes one lookup per token and stops as soon
// as no phrase can continue.
type index struct {
	w       *wordSets // the closed-class and cue word sets of the rules
	keys    map[string]*info
	past    map[string]bool // past verb stems: «گرفت»
	present map[string]bool // present verb stems: «گیر»
}

// fold appends the folded form of s (without spaces and ZWNJ) to dst.
func fold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			continue
		}
		if c == 0xE2 && strings.HasPrefix(s[i:], zwnj) {
			i += len(zwnj) - 1
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// plain reports whether s is its own folded form: no space, tab or
// ZWNJ (nor any other character starting with byte 0xE2).
func plain(s string) bool {
	n := len(s)
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			if hasSep(load64(s[i:])) {
				return false
			}
		}
		return !hasSep(load64(s[n-8:])) // overlaps the previous word
	case n >= 4:
		return !hasSep(uint64(load32(s)) | uint64(load32(s[n-4:]))<<32)
	}
	for i := 0; i < n; i++ {
		if c := s[i]; c == ' ' || c == '\t' || c == 0xE2 {
			return false
		}
	}
	return true
}

// hasSep reports whether any byte of v is a space, a tab or 0xE2.
func hasSep(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// A zero byte in v^c*ones is a byte equal to c; the test is exact
	// about whether there is one.
	sp, tab, e2 := v^(' '*ones), v^('\t'*ones), v^(0xE2*ones)
	return ((sp-ones)&^sp|(tab-ones)&^tab|(e2-ones)&^e2)&highs != 0
}

// load64 returns the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func foldString(s string) string { return string(fold(nil, s)) }

// get returns the info of phrase s, creating it as needed.
func (ix *index) get(s string) *info {
	k := foldString(s)
	if k == "" {
		return nil
	}
	in := ix.keys[k]
	if in == nil {
		in = &info{}
		ix.keys[k] = in
	}
	if !in.phrase {
		in.phrase = true
		// Mark the prefixes that end where the phrase has a space or a
		// ZWNJ: the places a token boundary of the text can fall.
		var buf []byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			sep := c == ' ' || c == '\t' || (c == 0xE2 && strings.HasPrefix(s[i:], zwnj))
			if !sep {
				buf = append(buf, c)
				continue
			}
			if c == 0xE2 {
				i += len(zwnj) - 1
			}
			if len(buf) == 0 || len(buf) == len(k) {
				continue
			}
			p := ix.keys[string(buf)]
			if p == nil {
				p = &info{}
				ix.keys[string(buf)] = p
			}
			p.more = true
		}
	}
	return in
}

// flags are facts about a single word that the rules test on every token;
// they live in the index so that one lookup per token answers them all.
type flags uint8

const (
	fPronoun    flags = 1 << iota // وی، او، ایشان
	fHome                         // کشورمان
	fTitlePart                    // العظمی، والمسلمین
	fTitleEnd                     // the last word of an honorific
	fFacility                     // خیابان، بیمارستان ...
	fDeterminer                   // این، آن، هر ...
)

// flag sets f on the entry of the single word w, creating the entry (not
// as a phrase) when needed.
func (ix *index) flag(w string, f flags) {
	k := foldString(w)
	if k == "" {
		return
	}
	in := ix.keys[k]
	if in == nil {
		in = &info{}
		ix.keys[k] = in
	}
	in.flags |= f
}

// phrase returns the info of the phrase with folded key k, or nil.
func (ix *index) phrase(k string) *info {
	if in := ix.keys[k]; in != nil && in.phrase {
		return in
	}
	return nil
}

// lookup returns the info of phrase s, or nil.
func (ix *index) lookup(s string) *info { return ix.phrase(foldString(s)) }

// govForms are the words that open an official state name such as
// «جمهوری اسلامی ایران» or «پادشاهی هاشمی اردن». In such a name the
// country mention is the country's own short name at the end, as in the
// usage of Persian news where «ایران» in «جمهوری اسلامی ایران» is a
// mention of Iran.
var govForms = map[string]bool{
	"جمهوری": true, "پادشاهی": true, "امارت": true, "سلطنت": true,
	"دولت": true, "ایالت": true, "شاهزاده\u200cنشین": true, "امیرنشین": true,
}

// build merges gazetteers (later ones win on conflicting single values) into
// an index over the word sets w.
func build(w *wordSets, gs []*Gazetteer) *index {
	ix := &index{w: w, keys: make(map[string]*info), past: make(map[string]bool), present: make(map[string]bool)}
	for _, g := range gs {
		if g == nil {
			continue
		}
		for _, e := range g.countries {
			if in := ix.get(e.variant); in != nil {
				in.country = e.canonical
			}
		}
		for _, e := range g.demonyms {
			if in := ix.get(e.demonym); in != nil {
				in.demonym = e.country
			}
		}
		for _, e := range g.locations {
			if in := ix.get(e.name); in != nil {
				in.location = e.name
			}
		}
		for _, e := range g.orgs {
			if in := ix.get(e.variant); in != nil {
				in.org, in.orgType = e.canonical, e.typ
			}
		}
		for _, n := range g.firstNames {
			if in := ix.get(n); in != nil {
				in.first = true
			}
		}
		for i := range g.people {
			p := &g.people[i]
			if in := ix.get(p.full); in != nil {
				in.person = p
			}
			if in := ix.get(p.surname); in != nil && p.surname != p.full {
				in.surnameOf = p
			}
		}
		for _, r := range g.roles {
			if in := ix.get(r.role); in != nil {
				in.role, in.roleComp = r.role, r.comp
			}
		}
		for _, t := range g.titles {
			if in := ix.get(t); in != nil {
				in.title = true
				ix.flag(t[strings.LastIndexByte(t, ' ')+1:], fTitleEnd)
			}
		}
		for _, w := range g.nonNames {
			if in := ix.get(w); in != nil {
				in.nonName = true
			}
		}
		for _, v := range g.verbs {
			if v.past != "" {
				ix.past[v.past] = true
			}
			if v.present != "" {
				ix.present[v.present] = true
			}
		}
		for _, w := range g.common {
			if in := ix.get(w); in != nil {
				in.common = true
			}
		}
	}
	for _, set := range [...]struct {
		words map[string]bool
		f     flags
	}{{pronouns, fPronoun}, {homeWords, fHome}, {titleParts, fTitlePart}, {w.facilityCues, fFacility}, {w.determiners, fDeterminer}} {
		for w := range set.words {
			ix.flag(w, set.f)
		}
	}
	// Official state names: find the country's own name at the end.
	for _, g := range gs {
		if g == nil {
			continue
		}
		for _, e := range g.countries {
			ps := words(e.variant)
			if len(ps) < 2 || !govForms[ps[0]] {
				continue
			}
			in := ix.lookup(e.variant)
			for k := 1; k < len(ps); k++ {
				tail := ix.lookup(strings.Join(ps[k:], " "))
				if tail != nil && tail.country == in.country {
					in.govTail = foldString(strings.Join(ps[k:], ""))
					break
				}
			}
		}
	}
	return ix
}

// words splits a phrase into its words at spaces.
func words(s string) []string { return strings.Fields(s) }
