package entity

import (
	"fmt"
	"io"
	"strings"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
)

// Gazetteer is a set of name lists: countries and their variants, demonyms,
// locations, organizations, first names, known people, role titles,
// honorifics and ordinary words that are also names. The default
// [Extractor] uses the lists embedded in the package (data/*.txt); users add
// their own with [LoadGazetteer] and [WithGazetteer]. A Gazetteer is
// immutable once loaded.
type Gazetteer struct {
	countries  []countryEntry
	demonyms   []demonymEntry
	locations  []locationEntry
	orgs       []orgEntry
	firstNames []string
	people     []personEntry
	roles      []roleEntry
	titles     []string
	nonNames   []string
	common     []string
	verbs      []verbEntry
}

type verbEntry struct{ past, present string }

type countryEntry struct{ variant, canonical string }

type demonymEntry struct{ demonym, country string }

type locationEntry struct{ name, kind, country string }

type orgEntry struct{ variant, canonical, typ string }

type personEntry struct{ full, surname, role string }

// complement says what a role title takes after it: «وزیر امور خارجه» takes
// a country, «دبیرکل» an organization.
type complement uint8

const (
	compNone complement = iota
	compCountry
	compOrg
	compBoth
)

type roleEntry struct {
	role string
	comp complement
}

// Len returns the number of entries in the gazetteer, over all its lists.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.countries) + len(g.demonyms) + len(g.locations) + len(g.orgs) +
		len(g.firstNames) + len(g.people) + len(g.roles) + len(g.titles) + len(g.nonNames) + len(g.common) + len(g.verbs)
}

// listKind names one gazetteer list; user gazetteer lines start with it.
type listKind uint8

const (
	listCountry listKind = iota
	listDemonym
	listLocation
	listOrganization
	listFirstName
	listPerson
	listRole
	listTitle
	listNonName
	listCommon
	listVerb
)

// listSpec describes one list: its keyword in user gazetteers and how many
// fields follow the keyword (min required, max allowed).
var listSpecs = [...]struct {
	keyword  string
	min, max int
}{
	listCountry:      {"country", 1, 2},
	listDemonym:      {"demonym", 2, 2},
	listLocation:     {"location", 1, 3},
	listOrganization: {"organization", 1, 3},
	listFirstName:    {"firstname", 1, 2},
	listPerson:       {"person", 1, 3},
	listRole:         {"role", 1, 2},
	listTitle:        {"title", 1, 1},
	listNonName:      {"nonname", 1, 1},
	listCommon:       {"common", 1, 1},
	listVerb:         {"verb", 1, 2},
}

// LoadGazetteer reads a user gazetteer from r. Each line is one entry: a
// list keyword, a tab, and the fields of that list separated by tabs
// (optional trailing fields may be left out); blank lines and lines starting
// with '#' are ignored, and the lines need not be sorted:
//
//	country       VARIANT [CANONICAL]          (CANONICAL defaults to VARIANT)
//	demonym       DEMONYM COUNTRY              (recognized, never a country mention)
//	location      NAME [KIND [COUNTRY]]        (KIND capital|city|region|sea|other)
//	organization  VARIANT [CANONICAL [TYPE]]   (TYPE intl|agency|gov|party|company|other)
//	firstname     NAME [ORIGIN]
//	person        FULL NAME [SURNAME [ROLE]]   (SURNAME defaults to the last word)
//	role          ROLE [TAKES]                 (TAKES country|org|both|none)
//	title         TITLE                        (an honorific such as «دکتر»)
//	nonname       WORD                         (a common word that is a name only with evidence)
//	common        WORD                         (an ordinary word, never a name on its own)
//	verb          PAST [PRESENT]               (verb stems: «گرفت» «گیر»; "-" for none)
//
// Names are matched on normalized text, so entries should be normalized too.
// A malformed entry is reported with its line number, as in
// "line 3: unknown list \"contry\"".
func LoadGazetteer(r io.Reader) (*Gazetteer, error) {
	entries, err := lexicon.ParseReader(r)
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{}
	for _, e := range entries {
		if err := g.addUserEntry(e); err != nil {
			return nil, fmt.Errorf("line %d: %w", e.Line, err)
		}
	}
	return g, nil
}

func (g *Gazetteer) addUserEntry(e lexicon.Entry) error {
	kw := strings.TrimSpace(e.Fields[0])
	lk := -1
	for i, s := range listSpecs {
		if s.keyword == kw {
			lk = i
		}
	}
	if lk < 0 {
		return fmt.Errorf("unknown list %q (want country, demonym, location, organization, firstname, person, role, title, nonname, common or verb)", kw)
	}
	spec := listSpecs[lk]
	fields := make([]string, len(e.Fields)-1)
	for i, f := range e.Fields[1:] {
		fields[i] = collapseSpace(f)
	}
	if len(fields) < spec.min || len(fields) > spec.max {
		if spec.min == spec.max {
			return fmt.Errorf("%s entry needs %d field(s) after the keyword, got %d", kw, spec.min, len(fields))
		}
		return fmt.Errorf("%s entry needs %d to %d fields after the keyword, got %d", kw, spec.min, spec.max, len(fields))
	}
	field := func(i int) string {
		if i < len(fields) {
			return fields[i]
		}
		return ""
	}
	return g.add(listKind(lk), field(0), field(1), field(2))
}

// add appends one entry to list lk, filling defaults and validating enums.
func (g *Gazetteer) add(lk listKind, a, b, c string) error {
	switch lk {
	case listCountry:
		if b == "" {
			b = a
		}
		g.countries = append(g.countries, countryEntry{a, b})
	case listDemonym:
		g.demonyms = append(g.demonyms, demonymEntry{a, b})
	case listLocation:
		if b == "" {
			b = "other"
		}
		switch b {
		case "capital", "city", "region", "sea", "other":
		default:
			return fmt.Errorf("location kind %q is not capital, city, region, sea or other", b)
		}
		if c == "-" {
			c = ""
		}
		g.locations = append(g.locations, locationEntry{a, b, c})
	case listOrganization:
		if b == "" {
			b = a
		}
		if c == "" {
			c = "other"
		}
		switch c {
		case "intl", "agency", "gov", "party", "company", "other":
		default:
			return fmt.Errorf("organization type %q is not intl, agency, gov, party, company or other", c)
		}
		g.orgs = append(g.orgs, orgEntry{a, b, c})
	case listFirstName:
		g.firstNames = append(g.firstNames, a)
	case listPerson:
		if b == "" || b == "-" {
			b = a[strings.LastIndexByte(a, ' ')+1:]
		}
		if c == "-" {
			c = ""
		}
		g.people = append(g.people, personEntry{a, b, c})
	case listRole:
		comp, ok := parseComplement(b)
		if !ok {
			return fmt.Errorf("role complement %q is not country, org, both or none", b)
		}
		g.roles = append(g.roles, roleEntry{a, comp})
	case listTitle:
		g.titles = append(g.titles, a)
	case listNonName:
		g.nonNames = append(g.nonNames, a)
	case listCommon:
		g.common = append(g.common, a)
	case listVerb:
		if a == "-" {
			a = ""
		}
		if b == "-" {
			b = ""
		}
		g.verbs = append(g.verbs, verbEntry{a, b})
	}
	return nil
}

func parseComplement(s string) (complement, bool) {
	switch s {
	case "", "none", "-":
		return compNone, true
	case "country":
		return compCountry, true
	case "org":
		return compOrg, true
	case "both":
		return compBoth, true
	}
	return compNone, false
}

// collapseSpace trims s and turns runs of spaces into one space.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// embeddedFile names one embedded list and how its lines map onto a list.
type embeddedFile struct {
	name   string
	list   listKind
	fields int // exact number of tab-separated fields
}

var embeddedFiles = []embeddedFile{
	{"countries.txt", listCountry, 2},
	{"demonyms.txt", listDemonym, 2},
	{"locations.txt", listLocation, 3},
	{"organizations.txt", listOrganization, 3},
	{"firstnames.txt", listFirstName, 2},
	{"people.txt", listPerson, 3},
	{"roles.txt", listRole, 2},
	{"titles.txt", listTitle, 1},
	{"nonnames.txt", listNonName, 1},
	{"common.txt", listCommon, 1},
	{"verbs.txt", listVerb, 2},
}

// parseEmbedded builds a gazetteer from embedded list files; read returns a
// file's content and whether it exists. A malformed entry is an error naming
// the file and line.
func parseEmbedded(read func(name string) (string, bool)) (*Gazetteer, error) {
	g := &Gazetteer{}
	for _, f := range embeddedFiles {
		data, ok := read(f.name)
		if !ok {
			continue
		}
		for _, e := range lexicon.Parse(data) {
			if len(e.Fields) != f.fields {
				return nil, fmt.Errorf("data/%s: line %d: want %d fields, got %d", f.name, e.Line, f.fields, len(e.Fields))
			}
			if err := g.add(f.list, e.Field(0), e.Field(1), e.Field(2)); err != nil {
				return nil, fmt.Errorf("data/%s: line %d: %w", f.name, e.Line, err)
			}
		}
	}
	return g, nil
}
