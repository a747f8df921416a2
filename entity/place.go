package entity

import (
	"strings"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

// place applies the country, organization and location rules at token i
// and returns one past what it consumed, or i. inside is true for the
// words of a role phrase or an organization's name, where an ambiguous
// country name needs no further evidence.
//
//   - The longest listed phrase wins: «آذربایجان شرقی» (a region) over
//     «آذربایجان», «عربستان سعودی» over «عربستان».
//   - A country variant is a mention of its canonical country; in an
//     official name the mention is the short name at its end: «ایران» in
//     «جمهوری اسلامی ایران».
//   - A country name followed by a detached suffix («ترکیه ای») is an
//     adjective, not a mention; demonyms («روس», «سعودی») are never
//     country mentions.
//   - A country name that is also a common word («مالی») is a mention only
//     after a cue («کشور», «دولت») or next to another country in a list.
//   - «کشورمان» is a pronoun mention of the home country.
//   - A place or organization name that is also a common word («دوشنبه»
//     Monday, «مهر» kindness) needs a cue before it: «شهر دوشنبه»,
//     «خبرگزاری مهر».
//   - A state body's name may contain a country, which is a mention of
//     its own: «روسیه» in «وزارت امور خارجه روسیه»; in the proper name of
//     a company or another organization («شرکت ملی نفت ایران») it is not.
func (s *state) place(i int, inside bool) int {
	if s.has(i, fHome) && s.x.home != "" {
		s.mention(s.entity(Country, s.x.home), i, i+1, Pronoun)
		return i + 1
	}
	end, in := s.matchIf(i, isPlace)
	if in == nil {
		return s.ezafe(i)
	}
	switch {
	case in.country != "":
		if s.followedBySuffix(end) {
			return end
		}
		if in.nonName && !inside && !s.countryEvidence(i, end) {
			return end
		}
		start := i
		if in.govTail != "" {
			start = s.tailStart(i, end, in.govTail)
		}
		s.mention(s.entity(Country, in.country), start, end, Name)
		s.lastCountry = end
	case in.org != "" && (in.location == "" || in.orgType != "agency" || s.agencyCue(i, end)):
		if in.nonName && !inside && !s.w.orgCues[s.word(i-1)] {
			return end
		}
		name, j := in.org, end
		if in.orgType == "gov" && j < len(s.toks) && s.joined(j) {
			if e, c := s.matchIf(j, isCountry); c != nil && !s.followedBySuffix(e) {
				name, j = name+" "+c.country, e
			}
		}
		s.mention(s.entity(Organization, name), i, j, Name)
		// A state body names its country («وزارت امور خارجه روسیه»,
		// «سازمان انرژی اتمی ایران»): a country mention. In the proper
		// name of a company or another organization («شرکت ملی نفت
		// ایران») the organization is the entity, not the country.
		for k := i; k < j && in.orgType == "gov"; {
			if e, c := s.matchIf(k, isCountry); c != nil && e <= j {
				s.mention(s.entity(Country, c.country), k, e, Name)
				s.lastCountry = e
				k = e
				continue
			}
			k++
		}
		return j
	case in.location != "":
		// «دوشنبه» is Monday more often than Dushanbe.
		if (in.nonName || end == i+1 && s.w.functionWords[s.word(i)]) && !inside && !s.w.countryCues[s.word(i-1)] && !s.w.locationCues[s.word(i-1)] {
			return end
		}
		s.mention(s.entity(Location, in.location), i, end, Name)
	}
	return end
}

// agencyCue reports whether the name over tokens [i, end), both a news
// agency and a place («فارس»), names the agency: after «خبرگزاری»,
// «خبرنگار», «به گزارش» and the other organization cues, in «به نقل از
// فارس» or «گفت‌وگو با فارس», or heading a paragraph before a colon
// («فارس: ...»). Elsewhere it is the place: «در فارس», «استانداری فارس».
func (s *state) agencyCue(i, end int) bool {
	if s.w.orgCues[s.word(i-1)] {
		return true
	}
	if w := s.word(i - 2); (w == "نقل" && s.word(i-1) == "از") || ((w == "گفت\u200cوگو" || w == "گفتگو" || w == "وگو") && s.word(i-1) == "با") {
		return true
	}
	return s.isPunct(end, ":") && (i == 0 || s.sent[i] != s.sent[i-1])
}

// tailStart returns the token where the short name key at the end of the
// phrase [i, end) begins, or i when it does not begin at a token boundary.
func (s *state) tailStart(i, end int, key string) int {
	for k := end - 1; k > i; k-- {
		if s.foldedEq(k, end, key) {
			return k
		}
	}
	return i
}

// ezafe applies the ezafe rule at token i: a country name ending in a
// vowel takes «ی» before its modifier («آمریکای جدید», «کانادای امروز»);
// the mention is the name without the «ی».
func (s *state) ezafe(i int) int {
	w := s.word(i)
	base, ok := strings.CutSuffix(w, "ی")
	if !ok || !(strings.HasSuffix(base, "ا") || strings.HasSuffix(base, "و")) || strings.Contains(base, zwnj) {
		return i
	}
	in := s.x.ix.phrase(base)
	if in == nil || in.country == "" || in.nonName {
		return i
	}
	t := s.toks[i]
	s.mentionSpan(s.entity(Country, in.country), i, i+1, tokenize.Span{Start: t.Start, End: t.End - len("ی")}, Name)
	s.lastCountry = i + 1
	return i + 1
}

// countryEvidence reports whether the ambiguous country name over tokens
// [i, end) is used as a country: after a cue word («کشور مالی»), or
// coordinated with another country («نیجر و مالی», «مالی و نیجر»).
func (s *state) countryEvidence(i, end int) bool {
	if s.w.countryCues[s.word(i-1)] {
		return true
	}
	if i >= 1 && (s.word(i-1) == "و" || s.isPunct(i-1, "،,")) && s.lastCountry == i-1 {
		return true
	}
	if s.word(end) == "و" || s.isPunct(end, "،,") {
		if _, c := s.matchIf(end+1, isCountry); c != nil && !c.nonName {
			return true
		}
	}
	return false
}

// inner records the places inside a role phrase over tokens [i, j):
// «روسیه» in «وزیر امور خارجه روسیه», «سازمان ملل» in «دبیرکل سازمان ملل».
func (s *state) inner(i, j int) {
	for k := i; k < j; {
		if e := s.place(k, true); e > k && e <= j {
			k = e
			continue
		}
		k++
	}
}

// pronoun applies the pronoun rule at token i: «وی», «او» or «ایشان» as a
// subject (at the start of a sentence or clause) refers to the subject of
// the latest sentence that mentions a person, within three sentences.
// People named inside quoted speech are not antecedents, and a pronoun
// inside quoted speech is left alone: it is the speaker's, not the
// narrator's.
func (s *state) pronoun(i int) int {
	if s.x.noPronouns || !s.has(i, fPronoun) || s.quoted[i] || !s.subjectPosition(i) {
		return i
	}
	latest := s.latestPerson(i)
	if latest < 0 || int(s.sent[i])-s.pms[latest].sent > 3 {
		return i + 1
	}
	subj := s.pms[latest]
	if k := s.subj[subj.sent]; k > 0 && s.pms[k-1].tok < subj.tok {
		subj = s.pms[k-1]
	}
	s.mention(subj.ent, i, i+1, Pronoun)
	return i + 1
}

// latestPerson returns the index in s.pms of the person mention closest
// before token i, or -1. Mentions are recorded in near text order, so the
// search looks at the last few only.
func (s *state) latestPerson(i int) int {
	latest := -1
	for k := len(s.pms) - 1; k >= 0 && k >= len(s.pms)-16; k-- {
		if pm := s.pms[k]; pm.tok < i && !pm.quoted && (latest < 0 || pm.tok > s.pms[latest].tok) {
			latest = k
		}
	}
	return latest
}

// subjectPosition reports whether token i is a subject: first in its
// sentence or clause (after «،», «؛», «:», «« or a clause opener such as
// «و», «اما», «که»), or right before a verb of reporting.
func (s *state) subjectPosition(i int) bool {
	if i == 0 || s.sent[i] != s.sent[i-1] {
		return true
	}
	if s.isPunct(i-1, "،؛:«(,;") {
		return true
	}
	if s.w.clauseOpeners[s.word(i-1)] {
		return true
	}
	// «در ادامه وی افزود», «در این دیدار او نیز گفت»: a pronoun right before
	// a verb of reporting is its subject, unless a preposition governs it.
	return s.w.reportingCues[s.word(i+1)] && !s.w.prepositions[s.word(i-1)]
}
