package entity

import (
	"fmt"
	"strings"
	"sync"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
)

// wordSets are the closed-class words and cue words the rules test tokens
// against, read from data/words.txt (SET<TAB>WORD lines, SET naming the
// field). Each set is a map, so a lookup costs one hash.
type wordSets struct {
	// functionWords are closed-class words and very frequent news words that
	// never start or continue a personal name: prepositions, conjunctions,
	// pronouns, determiners, numerals, time words, auxiliaries and the verbs
	// that close news sentences. A token in this set ends a name.
	functionWords map[string]bool

	// roleNouns head role phrases; they end a name even when the role phrase
	// they start is not listed («مراد آیدین وزیر تجارت»).
	roleNouns map[string]bool

	// countryCues precede a country name and are evidence that an ambiguous
	// word («مالی») names a country: «کشور مالی», «دولت مالی».
	countryCues map[string]bool

	// locationCues precede a place name: «شهر دوشنبه», «به مقصد دوشنبه».
	locationCues map[string]bool

	// orgCues precede an organization's name: «خبرگزاری مهر».
	orgCues map[string]bool

	// facilityCues name streets, buildings and institutions, which are often
	// named after people: the name that follows is part of a place name.
	facilityCues map[string]bool

	// clauseOpeners may precede a subject pronoun: «و وی», «اما او».
	clauseOpeners map[string]bool

	// prepositions govern the word after them: «به گفته وی», «از وی».
	prepositions map[string]bool

	// quantifiers before a role title make it a non-referring use:
	// «دو رئیس‌جمهور», «چند وزیر», «وزرای خارجه».
	quantifiers map[string]bool

	// surnameSuffixes end compound surnames that news often writes with a
	// space instead of a ZWNJ: «موسوی نژاد», «رسول پناه», «حدادی فر». After a
	// surname they continue it; alone they are no surname.
	surnameSuffixes map[string]bool

	// givenOnly are first names that end compound first names («محمد رضا»,
	// «علی اکبر», «مرتضی علی») and are not used as surnames: two first names
	// ending in one of them are no full name.
	givenOnly map[string]bool

	// speechVerbs are the verbs of reporting (or the nouns of compound ones)
	// without the particles and copulas of nameEnders: after a word the text
	// also uses as an ordinary word, only these make it a subject («گل تاکید
	// کرد», not «گل شد»).
	speechVerbs map[string]bool

	// determiners point at a common noun: «این تیم», «هر گل». A word after
	// one is an ordinary word in that text.
	determiners map[string]bool

	// genericBodies open the names of state bodies every country has
	// («وزارت امور خارجه», «سازمان انرژی اتمی»): such a body without a country
	// is the home country's. «کاخ سفید» or «کرملین» name their country
	// themselves.
	genericBodies map[string]bool

	// envoyHeads are the titles of envoys, whose role names where they serve:
	// «سفیر ایران در مسکو», «نماینده دائم ایران در سازمان ملل».
	envoyHeads map[string]bool

	// reportingCues follow the subject of a news sentence: the verbs of
	// reporting (or the noun of a compound one: «اظهار داشت») and «نیز».
	reportingCues map[string]bool

	// nameEnders follow a name and end it: the verbs of reporting and the
	// particles that follow a sentence's subject.
	nameEnders map[string]bool
}

// fields maps the SET names of data/words.txt to the fields of w.
func (w *wordSets) fields() map[string]*map[string]bool {
	return map[string]*map[string]bool{
		"functionWords":   &w.functionWords,
		"roleNouns":       &w.roleNouns,
		"countryCues":     &w.countryCues,
		"locationCues":    &w.locationCues,
		"orgCues":         &w.orgCues,
		"facilityCues":    &w.facilityCues,
		"clauseOpeners":   &w.clauseOpeners,
		"prepositions":    &w.prepositions,
		"quantifiers":     &w.quantifiers,
		"surnameSuffixes": &w.surnameSuffixes,
		"givenOnly":       &w.givenOnly,
		"speechVerbs":     &w.speechVerbs,
		"determiners":     &w.determiners,
		"genericBodies":   &w.genericBodies,
		"envoyHeads":      &w.envoyHeads,
		"reportingCues":   &w.reportingCues,
		"nameEnders":      &w.nameEnders,
	}
}

// embeddedWordSets parses data/words.txt once.
var embeddedWordSets = sync.OnceValues(func() (*wordSets, error) {
	b, err := dataFS.ReadFile("data/words.txt")
	if err != nil {
		return nil, err
	}
	return parseWordSets(string(b))
})

// parseWordSets reads SET<TAB>WORD lines into word sets. An unknown set or
// a line without two fields is an error naming the line; every set must
// have at least one word.
func parseWordSets(data string) (*wordSets, error) {
	w := &wordSets{}
	sets := w.fields()
	for _, e := range lexicon.Parse(data) {
		m, ok := sets[e.Field(0)]
		if !ok || len(e.Fields) != 2 {
			return nil, fmt.Errorf("data/words.txt: line %d: want a known SET and a WORD, got %q", e.Line, e.Fields)
		}
		if *m == nil {
			*m = make(map[string]bool)
		}
		(*m)[e.Field(1)] = true
	}
	for name, m := range sets {
		if len(*m) == 0 {
			return nil, fmt.Errorf("data/words.txt: set %s is empty", name)
		}
	}
	return w, nil
}

// The small closed sets stay in Go.

// titleParts continue an honorific: «آیت‌الله العظمی», «حجت‌الاسلام
// والمسلمین», «سید» in «حجت‌الاسلام سید».
var titleParts = setOf(`العظمی والمسلمین`)

// pronouns are the personal pronouns that refer to a person already
// mentioned.
var pronouns = setOf(`وی او ایشان`)

// nameParticles join the parts of an Arabic name: «فیصل بن فرحان»,
// «عبدالله آل سعود», «ابو محمد».
var nameParticles = setOf(`بن ابن بنت آل ابو ابی`)

// homeWords refer to the home country of an Iranian news text: «کشورمان»
// ("our country").
var homeWords = setOf("کشورمان میهنمان میهن\u200cمان کشور\u200cمان")

// placeNouns head the name of a place or of an office of a place: the
// word after them is a place, whatever else it may be.
var placeNouns = setOf(`شهرستان روستای روستا دهستان بخش جمعه مردم`)

// listedNameTitles are honorifics followed only by listed names: the
// titles of saints, imams and prophets.
var listedNameTitles = setOf(`امام حضرت`)

// arabicPrepositionNames are first names that are also Arabic prepositions
// in set phrases: «علی الخصوص», «علی المتیقن».
var arabicPrepositionNames = setOf(`علی`)

// detachedSuffixes written apart from a country name turn it into an
// adjective or plural («ترکیه ای», «ایران ها»): no country mention then.
var detachedSuffixes = setOf(`ای ایی ی ها های هایی`)

func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// looksLikeVerb reports whether a word has the shape of a finite Persian
// verb: the continuous prefixes «می‌» and «نمی‌», or one of the auxiliaries
// in functionWords. It is a cheap cue for the end of a name.
func looksLikeVerb(w string) bool {
	if strings.HasPrefix(w, "می"+zwnj) || strings.HasPrefix(w, "نمی"+zwnj) {
		return true
	}
	for _, suf := range verbEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// verbEndings are person endings written after a ZWNJ on a participle
// («باخته‌اند», «رفته‌ایم»).
var verbEndings = [...]string{zwnj + "اند", zwnj + "ایم", zwnj + "اید", zwnj + "است"}

// isPlural reports whether w carries a plural suffix after a ZWNJ
// («پرونده‌های», «کشور‌ها»): a common noun, not a name.
func isPlural(w string) bool {
	_, suf, ok := strings.Cut(w, zwnj)
	if !ok {
		return false
	}
	for {
		switch suf {
		case "ها", "های", "هایی", "هایش", "هایشان", "تر", "ترین":
			return true
		}
		var more bool
		_, suf, more = strings.Cut(suf, zwnj)
		if !more {
			return false
		}
	}
}

// Person endings of Persian verbs, for isVerb.
var (
	pastEndings    = [...]string{"", "م", "ی", "یم", "ید", "ند", "ه"}
	presentEndings = [...]string{"م", "ی", "د", "یم", "ید", "ند"}
	pluralEndings  = [...]string{"یم", "ید", "ند"}
)

// isVerb reports whether w is a finite verb or a past participle: the
// shapes of looksLikeVerb, a past stem with a person ending or «ه»
// («گرفت», «دادند», «نموده»), a present stem after «ب» or «ن» with a
// person ending («بگیریم», «نشود»), or a present stem with a plural ending
// («هستیم», «دارند»). Stems come from data/verbs.txt.
func (ix *index) isVerb(w string) bool {
	if looksLikeVerb(w) {
		return true
	}
	if len(ix.past) == 0 {
		return false
	}
	for _, e := range pastEndings {
		if st, ok := strings.CutSuffix(w, e); ok && st != "" && ix.past[st] {
			return true
		}
	}
	for _, e := range pluralEndings {
		if st, ok := strings.CutSuffix(w, e); ok && st != "" && ix.present[st] {
			return true
		}
	}
	for _, p := range [...]string{"ب", "ن"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, e := range presentEndings {
			if st, ok := strings.CutSuffix(rest, e); ok && st != "" && ix.present[st] {
				return true
			}
		}
	}
	return false
}
