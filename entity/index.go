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
	govForm   int    // for «جمهوری اسلامی ایران»: how many trailing parts are the country's own name
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
}

// node is one trie node over phrase parts (words split at spaces and ZWNJ).
type node struct {
	next map[string]*node
	val  *info
}

// index is the merged, read-only lookup structure an Extractor matches with.
type index struct {
	root node
}

// parts splits a phrase into its parts at spaces and ZWNJ, so that
// «رئیس‌جمهور», «رئیس جمهور» and the two tokens «رئیس» «جمهور» match alike.
func parts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u200c' || r == '\t' })
}

// get returns the info of phrase s, creating nodes as needed.
func (ix *index) get(s string) *info {
	n := &ix.root
	ps := parts(s)
	if len(ps) == 0 {
		return nil
	}
	for _, p := range ps {
		if n.next == nil {
			n.next = make(map[string]*node)
		}
		c := n.next[p]
		if c == nil {
			c = &node{}
			n.next[p] = c
		}
		n = c
	}
	if n.val == nil {
		n.val = &info{}
	}
	return n.val
}

// lookup returns the info of phrase s, or nil.
func (ix *index) lookup(s string) *info {
	n := &ix.root
	ps := parts(s)
	if len(ps) == 0 {
		return nil
	}
	for _, p := range ps {
		n = n.next[p]
		if n == nil {
			return nil
		}
	}
	return n.val
}

// govForms are the words that open an official state name such as
// «جمهوری اسلامی ایران» or «پادشاهی هاشمی اردن». In such a name the
// country mention is the country's own short name at the end, as in the
// usage of Persian news where «ایران» in «جمهوری اسلامی ایران» is a
// mention of Iran.
var govForms = map[string]bool{
	"جمهوری": true, "پادشاهی": true, "امارت": true, "سلطنت": true,
	"دولت": true, "ایالت": true, "شاهزاده‌نشین": true, "امیرنشین": true,
}

// build merges gazetteers (later ones win on conflicting single values) into
// an index.
func build(gs []*Gazetteer) *index {
	ix := &index{}
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
			}
		}
		for _, w := range g.nonNames {
			if in := ix.get(w); in != nil {
				in.nonName = true
			}
		}
	}
	// Official state names: find the country's own name at the end.
	for _, g := range gs {
		if g == nil {
			continue
		}
		for _, e := range g.countries {
			ps := parts(e.variant)
			if len(ps) < 2 || !govForms[ps[0]] {
				continue
			}
			in := ix.lookup(e.variant)
			for k := 1; k < len(ps); k++ {
				tail := ix.lookup(strings.Join(ps[k:], " "))
				if tail != nil && tail.country == in.country {
					in.govForm = len(ps) - k
					break
				}
			}
		}
	}
	return ix
}
